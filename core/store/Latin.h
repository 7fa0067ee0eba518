// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace commonplace::store {

/**
 * Latin forms of names for search across scripts ("Malofeev" finds "Малофеев", "Zaitseva"
 * finds "Зайцева", "Sao Paulo" finds "São Paulo", "Mohamed" finds "محمد").
 *
 * A word becomes lower-case ASCII: Cyrillic by English-style rules (х kh, ц ts, ж zh, й y, я
 * ya), every other script by ICU's Any-Latin, then Latin-ASCII (accents, ł, ø, ß). Its
 * *skeleton* then folds the spellings transliterations disagree on: y and j are i, x is ks
 * ("Zaytseva", "Zajceva" and "Zaitseva" are one skeleton). Words in scripts that write no short
 * vowels (Arabic, Hebrew) also get their *consonant form* (the skeleton without a, e, i, o, u
 * and doubled letters: محمد, Muhammad and Mohamed are all "mhmd").
 *
 * Words are converted once and cached; one instance is not thread-safe: each thread uses its
 * own, forThisThread().
 */
class LatinForm
{
public:
    /**
     * This thread's instance (made on first use: an ICU transliterator). Every reader on a
     * thread (search, the list filter, completion) shares it and its cache of words.
     */
    static LatinForm& forThisThread();

    /**
     * Loads ICU's transliteration rules for every script this converts, so that the first name
     * in Chinese, Arabic, ... typed into a search does not wait for them (the first Chinese
     * word alone loads ICU's Han-Latin rules: a second of CPU on a slow machine). ICU keeps the
     * compiled rules for the whole process: call once, on any thread, in the background.
     */
    static void warmUp();

    LatinForm();
    ~LatinForm();
    LatinForm(const LatinForm&) = delete;
    LatinForm& operator=(const LatinForm&) = delete;

    /**
     * What the search index keeps for the names of an entity (UTF-8, names separated by
     * newlines): the skeletons of every word (and the consonant forms of abjad words), separated
     * by spaces. Empty when the names are plain ASCII: the main index already finds those.
     */
    const std::string& indexForm(std::string_view names);

    /** One word of a query in its forms (each lower-case ASCII; latin may hold several
     * tokens, "王小明" gives "wang xiao ming"). */
    struct Word
    {
        std::string text;       ///< as typed
        std::string latin;      ///< transliterated, lower-case ASCII
        std::string skeleton;   ///< the skeleton of latin
        std::string consonants; ///< the consonant form of the skeleton (may be empty)
    };
    /** The words of a query (split on spaces and punctuation). */
    std::vector<Word> queryWords(std::string_view query);

    /** The lower-case ASCII form of text (for comparing a caption with a query). */
    std::string fold(std::string_view text);

    /** True when text holds any byte outside ASCII. */
    static bool hasNonAscii(std::string_view text);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/**
 * FTS5 queries for names typed in any script, as Workspace::search() builds them (each word
 * quoted, so user text is never FTS syntax; the last word a prefix): `names` for entity_fts
 * (each word as typed or transliterated), `latin` for entity_latin (the Latin forms of names in
 * other scripts; empty when a word has none). Both empty when the text holds no word. Uses
 * this thread's LatinForm. (Defined with the search, in Workspace.cpp.)
 */
struct NameQueries
{
    std::string names;
    std::string latin;
};
NameQueries nameQueries(std::string_view text);

/**
 * How many full-text matches of each index a search ranks: the first this many (bm25 costs a
 * few milliseconds per thousand matches). 10,000 made Ctrl+K several times slower on 1,000,000
 * entities; names equal to or starting with the query are found apart from this window. Used
 * by the search (Workspace.cpp) and by completion (Catalog.cpp).
 */
inline constexpr int kRankWindow = 1000;

} // namespace commonplace::store
