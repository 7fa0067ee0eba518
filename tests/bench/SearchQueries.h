// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace commonplace::bench {

/**
 * 50 Ctrl+K queries as people type them: prefixes of one to five letters, whole names, two
 * words, accented Latin, Cyrillic, Arabic and Chinese names, organisation words and two that
 * match nothing. Shared by ui_bench (through the popup) and search_bench (the store alone).
 */
inline const std::vector<const char*> kSearchQueries = {
    "m",          "ma",         "mar",     "mari",   "maria",  "s",      "sm",
    "smith",      "john smith", "garcía",  "garc",   "lópez",  "kowal",  "kowalski",
    "wiśniewski", "müller",     "schmidt", "nagy",   "kovács", "rossi",  "silva",
    "santos",     "oliveira",   "dubois",  "diallo", "mwangi", "otieno", "kamau",
    "kwame",      "sharma",     "patel",   "öztürk", "giorgi", "иван",   "иванов",
    "смирнов",    "ольга",      "محمد",    "أحمد",   "فاطمة",  "王",     "李",
    "foundation", "institute",  "holding", "trust",  "gmbh",   "ltda",   "xqzv",
    "zzzzzz"};

} // namespace commonplace::bench
