// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Folding names and values into comparable forms. Only for comparing: the values stored in
// the workspace are never changed.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace commonplace::match {

/** The writing system a name was written in (that of its first letter). */
enum class Script : std::uint8_t
{
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Han,
    Other
};

std::string_view toString(Script s);

/** True for scripts that usually leave short vowels unwritten (Arabic, Hebrew). */
inline bool isAbjad(Script s)
{
    return s == Script::Arabic || s == Script::Hebrew;
}

/** True when two folded given names are forms of one name in the nickname table ("bob", "robert").
 */
bool sameGivenName(std::string_view a, std::string_view b);

/** What a token of a normalised name is; decides its weight when names are compared. */
enum class TokenKind : std::uint8_t
{
    Word,     ///< a distinctive word
    Initial,  ///< a single letter ("S." in "S. Marlow")
    Number,   ///< digits
    OrgTerm,  ///< a kind-of-organisation or theme word, folded to English ("stiftung" ->
              ///< "foundation")
    Stopword, ///< "the", "of", "und" in organisation names
    Particle  ///< "von", "de", "al", "bin" and patronymics ("sergeyevich") in person names
};

/** How a name is read: honorifics belong to people, legal forms to organisations. */
enum class NameKind
{
    Person,
    Organization,
    Unknown ///< a LegalEntity: both are removed
};

/** A name prepared for comparison. */
struct NormalizedName
{
    std::vector<std::string> tokens; ///< lower-case ASCII words in written order
    std::vector<TokenKind> kinds;    ///< one per token
    /** One per token: the word as written (folded) where an organisation word was folded to
     *  English ("familia" for "family"), for typos; the token itself elsewhere. */
    std::vector<std::string> surface;
    std::vector<std::string>
        legalForms;                  ///< kinds of the legal forms removed ("limited", "stock", ...)
    std::vector<std::string> titles; ///< honorifics removed, folded ("dr", "herr")
    std::string gender;              ///< "female" / "male" when an honorific tells, else ""
    std::string generation;          ///< "jr", "sr", "ii", ... when the name ends with one
    Script script = Script::Latin;   ///< the script of the original

    /** The tokens joined by single spaces. */
    std::string text() const;
};

/**
 * Folds text into comparable ASCII with ICU: NFKC with case folding, transliteration of any
 * script to Latin (Cyrillic by BGN/PCGN, Chinese by pinyin of names, others by ICU's Any-Latin),
 * diacritics removed, punctuation turned into spaces, apostrophes dropped ("Int'l" -> "intl").
 * Names additionally lose honorifics (people) or legal forms (organisations), and organisation
 * words in many languages fold to one English word, from the tables in
 * resources/match/names.json.
 *
 * A Normalizer caches transliterations and is not thread-safe: use one per thread. Creating
 * one costs a few milliseconds; the tables are parsed once per process.
 */
class Normalizer
{
public:
    Normalizer();
    ~Normalizer();
    Normalizer(const Normalizer&) = delete;
    Normalizer& operator=(const Normalizer&) = delete;

    /** "Müller-Lüdenscheidt, Dr." -> "muller ludenscheidt dr"; "Юлия" -> "yuliya". */
    std::string fold(std::string_view text);
    /** fold() split into words. */
    std::vector<std::string> words(std::string_view text);
    /** A name read as `kind`: tokens, their kinds, and what was removed. */
    NormalizedName name(std::string_view text, NameKind kind);

    /** Identifiers: letters and digits only, upper case, leading zeros dropped ("DE 012-34" ->
     * "DE01234"). */
    static std::string identifier(std::string_view value);
    /** E-mail addresses: trimmed, lower case; "" when there is no '@'. */
    static std::string email(std::string_view value);
    /** Phone numbers: the last 9 digits (country and trunk prefixes vary); "" when fewer than 6. */
    static std::string phone(std::string_view value);
    /**
     * Web addresses: host and path, lower case, without scheme, "www.", query or trailing "/"
     * ("https://www.Example.org/About/" -> "example.org/about").
     */
    static std::string url(std::string_view value);

    /** The script of the first letter of `text` (Latin when there is none). */
    static Script scriptOf(std::string_view text);
    /**
     * The consonant skeleton of a folded token, for comparing transliterations, which disagree
     * mostly on vowels: vowels and w, y, v (long vowels in Arabic and Hebrew) dropped, q and c
     * -> k, x -> ks, ph -> f, doubled letters once ("mohammed" -> "mhmd", "hussein" -> "hsn",
     * "david" and "dwd" -> "dd"). With `dropFinalH`, a final h goes too ("sarah" -> "sr").
     */
    static std::string skeleton(std::string_view token, bool dropFinalH = false);
    /** skeleton() into a buffer of `capacity` bytes; returns its length (at most capacity). */
    static std::size_t skeleton(std::string_view token, bool dropFinalH, char* out,
                                std::size_t capacity);
    /**
     * A phonetic key of a folded token, for finding candidates despite spelling variants:
     * the first letter and a consonant skeleton with similar sounds merged ("veselova",
     * "wesselowa" -> "vslv"; "mikhail", "michael" -> "mkl").
     */
    static std::string phoneticKey(std::string_view token);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace commonplace::match
