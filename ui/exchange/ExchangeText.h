// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Keyring.h"
#include "io/Bundle.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace commonplace::ui {

/** Texts the exchange dialogs share. */
class ExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeText)

public:
    /** "Trusted", "Not yet trusted", "Revoked", or "Unknown key" for nullopt. */
    static QString trustLabel(std::optional<crypto::TrustState> state);
    /** The fingerprint in eight groups of four characters. */
    static QString groups(const std::string& fingerprint);
    /** The fingerprint as twenty words. */
    static QString words(const std::string& fingerprint);
    /** What an export leaves out, by kind, as a sentence. */
    static QString withheld(const io::RedactionSummary& summary);
};

} // namespace commonplace::ui
