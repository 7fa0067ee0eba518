// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// String and name similarity measures for entity resolution. All work on folded ASCII
// (see Normalize.h) and return values in [0, 1], 1 meaning identical.

#include "match/Normalize.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace commonplace::match {

/** Jaro similarity. */
double jaro(std::string_view a, std::string_view b);
/** Jaro-Winkler similarity: Jaro with a bonus for a common prefix of up to 4 characters (0.1 each).
 */
double jaroWinkler(std::string_view a, std::string_view b);
/** Levenshtein distance: insertions, deletions and substitutions. */
std::size_t levenshtein(std::string_view a, std::string_view b);
/** Optimal string alignment distance: Levenshtein plus transposition of neighbours ("nuemann"). */
std::size_t damerauLevenshtein(std::string_view a, std::string_view b);
/** damerauLevenshtein, or limit + 1 as soon as the distance is known to exceed `limit`. */
std::size_t damerauLevenshtein(std::string_view a, std::string_view b, std::size_t limit);
/** 1 - damerauLevenshtein / longer length. */
double levenshteinSimilarity(std::string_view a, std::string_view b);

/** Jaro-Winkler of the tokens sorted and joined ("marlow sarah" vs "marlow s"). */
double tokenSortSimilarity(const std::vector<std::string>& a, const std::vector<std::string>& b);
/**
 * Token-set similarity in the usual sense: the shared tokens against each side's full token
 * set, sorted, compared by levenshteinSimilarity; the best of the three comparisons.
 */
double tokenSetSimilarity(const std::vector<std::string>& a, const std::vector<std::string>& b);
/**
 * True when one token list can be an abbreviation of the other by initials: every initial of
 * the shorter list matches the first letter of a distinct token of the other, and every full
 * token matches a token of the other ("S. Marlow" ~ "Sarah J. Marlow", not "T. Marlow").
 */
bool initialsCompatible(const std::vector<std::string>& a, const std::vector<std::string>& b);

/** Why two tokens were taken as the same. */
enum class TokenMatch : unsigned char
{
    None,
    Exact,
    Nickname, ///< "bob" ~ "robert"
    Initial,  ///< "s" ~ "sarah"
    Prefix,   ///< "joh" ~ "john": one cut short (at least 3 letters)
    Fuzzy,    ///< spelling variant or typo
    Skeleton  ///< same consonants, for a name from a script without written vowels
};

/** The similarity of two tokens and why. */
struct TokenSimilarity
{
    double value = 0; ///< credit in [0, 1] the pair earns in a name comparison
    TokenMatch how = TokenMatch::None;
};

/** Compares two name tokens; `abjad` when either name was written in Arabic or Hebrew script. */
TokenSimilarity compareTokens(std::string_view a, TokenKind ka, std::string_view b, TokenKind kb,
                              bool abjad);

/** Weight of a token in name comparisons by its kind (a word 1, an initial 0.35, ...). */
double tokenWeight(TokenKind kind);

/** The outcome of comparing two names, measure by measure. */
struct NameComparison
{
    double score = 0;     ///< the name similarity used for scoring: max(aligned, joined)
    double aligned = 0;   ///< weighted token alignment (order-free, initials, nicknames, typos)
    double joined = 0;    ///< the tokens joined without spaces ("jian guo" vs "jianguo"); computed
                          ///< only when the word counts differ and the alignment is below 0.95
    double tokenSort = 0; ///< Jaro-Winkler over sorted tokens (reported, not scored; explain only)
    bool usedSkeleton = false;
    bool usedNickname = false;
    bool usedInitial = false;
    std::string detail; ///< "sarah~s (initial), marlow=marlow; left over: j"
};

/** A name as compareNames reads it: tokens and their kinds, without owning them. */
struct NameView
{
    const std::string_view* tokens = nullptr;
    const TokenKind* kinds = nullptr;
    std::size_t size = 0;
    Script script = Script::Latin;
    const std::uint32_t* ids = nullptr; ///< optional token ids, for a TokenCache
    /** Optional: the words as written behind organisation words (NormalizedName::surface),
     *  and their ids when `ids` is given. */
    const std::string_view* surface = nullptr;
    const std::uint32_t* surfaceIds = nullptr;
};

/**
 * Remembers token comparisons by token id (a direct-mapped table: a newer pair may take an
 * older one's slot). Names repeat their words, so most comparisons of a large dedupe are
 * lookups. One per thread.
 */
class TokenCache
{
public:
    explicit TokenCache(unsigned bits = 21);
    /** The comparison of tokens `a` and `b` (ids) in the given mode, computing it if needed. */
    template <typename F>
    TokenSimilarity get(std::uint32_t a, std::uint32_t b, std::uint32_t mode, F&& compute)
    {
        std::uint64_t key = (std::uint64_t(a) << 32 | b) * 0x9e3779b97f4a7c15ULL + mode;
        Slot& s = m_slots[(key >> 17) & m_mask];
        if (s.key == key + 1)
            return {double(s.value), s.how};
        TokenSimilarity t = compute();
        s.key = key + 1;
        s.value = float(t.value);
        s.how = t.how;
        return {double(s.value), t.how}; // rounded alike whether cached or not: deterministic
    }

private:
    struct Slot
    {
        std::uint64_t key = 0; // 0: empty
        float value = 0;
        TokenMatch how = TokenMatch::None;
    };
    std::vector<Slot> m_slots;
    std::uint64_t m_mask;
};

/**
 * Compares two normalised names. The aligned measure pairs tokens greedily, best pair first,
 * and is the share of both names' token weight that found a partner, each pair counted by its
 * credit: sum((w_a + w_b) * credit) / (W_a + W_b). `explain` fills `detail`.
 */
NameComparison compareNames(const NameView& a, const NameView& b, bool explain = false);

struct CompareOptions
{
    bool explain = false;        ///< fill NameComparison::detail and tokenSort
    bool joined = true;          ///< compute the joined measure (names; not addresses)
    TokenCache* cache = nullptr; ///< with token ids in both views
};
NameComparison compareNames(const NameView& a, const NameView& b, const CompareOptions& options);
/** compareNames over two NormalizedName values. */
NameComparison compareNames(const NormalizedName& a, const NormalizedName& b, bool explain = false);

} // namespace commonplace::match
