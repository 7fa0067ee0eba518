// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/Similarity.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>

namespace commonplace::match {

namespace {

// Token credits. A fuzzy pair earns a share that rises from 0 at similarity 0.7 to 1 at 1.0
// (similarity: the mean of Jaro-Winkler and the Damerau-Levenshtein ratio): a typo in a long
// word keeps most of it, different short names (khaled/khalil) little. Any pair that earns
// something counts as partners, which matters for the substitution penalty below.
constexpr double kFuzzyFloor = 0.7;
constexpr double kInitialCredit = 0.6;
constexpr double kNicknameCredit = 0.95;
constexpr double kPrefixCredit = 0.7;
constexpr double kSkeletonCredit = 0.8;      // same consonants, any script ("mansour"/"mansur")
constexpr double kAbjadSkeletonCredit = 0.9; // same consonants, one name in Arabic or Hebrew
constexpr std::size_t kMaxTokens = 12;       // longer names compare their first 12 tokens

std::string joinTokens(const std::vector<std::string>& tokens, std::string_view sep)
{
    std::string out;
    for (auto& t : tokens) {
        if (!out.empty())
            out += sep;
        out += t;
    }
    return out;
}

/** max(|a - b|, |b - a|) over the multisets of characters: a lower bound of the edit distance. */
std::size_t bagDistance(std::string_view a, std::string_view b)
{
    // Folded words are a-z and 0-9; anything else shares one bucket (the bound stays a bound).
    auto bucket = [](char c) -> unsigned {
        if (c >= 'a' && c <= 'z')
            return unsigned(c - 'a');
        if (c >= '0' && c <= '9')
            return 26u + unsigned(c - '0');
        return 36u;
    };
    std::array<int, 37> count{};
    for (char c : a)
        ++count[bucket(c)];
    for (char c : b)
        --count[bucket(c)];
    std::size_t more = 0, less = 0;
    for (int c : count) {
        if (c > 0)
            more += std::size_t(c);
        else
            less += std::size_t(-c);
    }
    return std::max(more, less);
}

} // namespace

TokenCache::TokenCache(unsigned bits)
    : m_slots(std::size_t(1) << bits)
    , m_mask((std::uint64_t(1) << bits) - 1)
{}

double jaro(std::string_view a, std::string_view b)
{
    if (a.empty() && b.empty())
        return 1;
    if (a.empty() || b.empty())
        return 0;
    if (a == b)
        return 1;
    const std::size_t la = a.size(), lb = b.size();
    const std::size_t window = std::max(la, lb) / 2 > 0 ? std::max(la, lb) / 2 - 1 : 0;
    // Names are short; fixed buffers avoid allocations for up to 64 characters.
    std::array<bool, 64> fa{}, fb{};
    std::vector<bool> va, vb;
    bool small = la <= 64 && lb <= 64;
    if (!small) {
        va.assign(la, false);
        vb.assign(lb, false);
    }
    auto flagA = [&](std::size_t i) -> bool { return small ? fa[i] : va[i]; };
    auto flagB = [&](std::size_t i) -> bool { return small ? fb[i] : vb[i]; };
    auto setA = [&](std::size_t i) {
        if (small)
            fa[i] = true;
        else
            va[i] = true;
    };
    auto setB = [&](std::size_t i) {
        if (small)
            fb[i] = true;
        else
            vb[i] = true;
    };
    std::size_t matches = 0;
    for (std::size_t i = 0; i < la; ++i) {
        std::size_t lo = i > window ? i - window : 0;
        std::size_t hi = std::min(lb, i + window + 1);
        for (std::size_t j = lo; j < hi; ++j) {
            if (flagB(j) || a[i] != b[j])
                continue;
            setA(i);
            setB(j);
            ++matches;
            break;
        }
    }
    if (matches == 0)
        return 0;
    std::size_t transpositions = 0, k = 0;
    for (std::size_t i = 0; i < la; ++i) {
        if (!flagA(i))
            continue;
        while (!flagB(k))
            ++k;
        if (a[i] != b[k])
            ++transpositions;
        ++k;
    }
    double m = double(matches);
    return (m / double(la) + m / double(lb) + (m - double(transpositions) / 2) / m) / 3;
}

double jaroWinkler(std::string_view a, std::string_view b)
{
    double j = jaro(a, b);
    std::size_t prefix = 0;
    while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    return j + double(prefix) * 0.1 * (1 - j);
}

std::size_t levenshtein(std::string_view a, std::string_view b)
{
    if (a.size() < b.size())
        std::swap(a, b);
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t(0));
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

std::size_t damerauLevenshtein(std::string_view a, std::string_view b)
{
    const std::size_t la = a.size(), lb = b.size();
    if (la == 0)
        return lb;
    if (lb == 0)
        return la;
    // Three rows: the one before the previous is needed for transpositions. Names fit in
    // fixed buffers; longer text takes the heap.
    constexpr std::size_t kSmall = 64;
    std::array<std::size_t, kSmall * 3> small;
    std::vector<std::size_t> large;
    std::size_t* rows = small.data();
    if (lb + 1 > kSmall) {
        large.resize((lb + 1) * 3);
        rows = large.data();
    }
    std::size_t* prev2 = rows;
    std::size_t* prev = rows + (lb + 1);
    std::size_t* cur = rows + 2 * (lb + 1);
    for (std::size_t j = 0; j <= lb; ++j)
        prev[j] = j;
    for (std::size_t i = 1; i <= la; ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= lb; ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t v = std::min(prev[j] + 1, cur[j - 1] + 1);
            v = std::min(v, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
        }
        std::size_t* t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
    }
    return prev[lb];
}

std::size_t damerauLevenshtein(std::string_view a, std::string_view b, std::size_t limit)
{
    const std::size_t la = a.size(), lb = b.size();
    if ((la > lb ? la - lb : lb - la) > limit)
        return limit + 1;
    if (la == 0 || lb == 0)
        return std::max(la, lb);
    constexpr std::size_t kSmall = 64;
    std::array<std::size_t, kSmall * 3> small;
    std::vector<std::size_t> large;
    std::size_t* rows = small.data();
    if (lb + 1 > kSmall) {
        large.resize((lb + 1) * 3);
        rows = large.data();
    }
    std::size_t* prev2 = rows;
    std::size_t* prev = rows + (lb + 1);
    std::size_t* cur = rows + 2 * (lb + 1);
    for (std::size_t j = 0; j <= lb; ++j)
        prev[j] = j;
    std::size_t previousMin = 0;
    for (std::size_t i = 1; i <= la; ++i) {
        cur[0] = i;
        std::size_t rowMin = cur[0];
        for (std::size_t j = 1; j <= lb; ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t v = std::min(prev[j] + 1, cur[j - 1] + 1);
            v = std::min(v, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            rowMin = std::min(rowMin, v);
        }
        // Every later cell descends from a cell of this row, or (by a transposition, at a
        // cost of 1) of the previous one.
        if (rowMin > limit && previousMin + 1 > limit)
            return limit + 1;
        previousMin = rowMin;
        std::size_t* t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
    }
    return std::min(prev[lb], limit + 1);
}

double levenshteinSimilarity(std::string_view a, std::string_view b)
{
    std::size_t longer = std::max(a.size(), b.size());
    if (longer == 0)
        return 1;
    return 1.0 - double(damerauLevenshtein(a, b)) / double(longer);
}

double tokenSortSimilarity(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    std::vector<std::string> sa = a, sb = b;
    std::sort(sa.begin(), sa.end());
    std::sort(sb.begin(), sb.end());
    return jaroWinkler(joinTokens(sa, " "), joinTokens(sb, " "));
}

double tokenSetSimilarity(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    std::vector<std::string> sa = a, sb = b;
    std::sort(sa.begin(), sa.end());
    sa.erase(std::unique(sa.begin(), sa.end()), sa.end());
    std::sort(sb.begin(), sb.end());
    sb.erase(std::unique(sb.begin(), sb.end()), sb.end());
    std::vector<std::string> common, onlyA, onlyB;
    std::set_intersection(sa.begin(), sa.end(), sb.begin(), sb.end(), std::back_inserter(common));
    std::set_difference(sa.begin(), sa.end(), sb.begin(), sb.end(), std::back_inserter(onlyA));
    std::set_difference(sb.begin(), sb.end(), sa.begin(), sa.end(), std::back_inserter(onlyB));
    std::string c = joinTokens(common, " ");
    std::string ca = joinTokens(onlyA, " "), cb = joinTokens(onlyB, " ");
    std::string fa = c.empty() ? ca : ca.empty() ? c : c + " " + ca;
    std::string fb = c.empty() ? cb : cb.empty() ? c : c + " " + cb;
    double best = levenshteinSimilarity(fa, fb);
    if (!c.empty()) {
        best = std::max(best, levenshteinSimilarity(c, fa));
        best = std::max(best, levenshteinSimilarity(c, fb));
    }
    return best;
}

bool initialsCompatible(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    const auto& shorter = a.size() <= b.size() ? a : b;
    const auto& longer = a.size() <= b.size() ? b : a;
    if (shorter.empty())
        return false;
    std::vector<bool> used(longer.size(), false);
    bool anyInitial = false;
    // Full tokens first, so that an initial does not take the token a full word needs.
    for (int pass = 0; pass < 2; ++pass) {
        for (auto& t : shorter) {
            bool initial = t.size() == 1;
            if (initial != (pass == 1))
                continue;
            anyInitial = anyInitial || initial;
            bool found = false;
            for (std::size_t i = 0; i < longer.size() && !found; ++i) {
                if (used[i])
                    continue;
                if (initial ? longer[i].front() == t.front() : longer[i] == t) {
                    used[i] = true;
                    found = true;
                }
            }
            if (!found)
                return false;
        }
    }
    return anyInitial;
}

double tokenWeight(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Word:
    case TokenKind::Number:
        return 1.0;
    case TokenKind::Initial:
        return 0.35;
    case TokenKind::OrgTerm:
        return 0.5;
    case TokenKind::Particle:
        return 0.3;
    case TokenKind::Stopword:
        return 0.1;
    }
    return 1.0;
}

TokenSimilarity compareTokens(std::string_view a, TokenKind ka, std::string_view b, TokenKind kb,
                              bool abjad)
{
    if (a == b)
        return {1.0, TokenMatch::Exact};
    if (a.empty() || b.empty())
        return {};
    // Folded organisation words, stop words and numbers are only ever the same exactly.
    auto exactOnly = [](TokenKind k) {
        return k == TokenKind::OrgTerm || k == TokenKind::Stopword || k == TokenKind::Number;
    };
    if (exactOnly(ka) || exactOnly(kb))
        return {};
    if (a.size() == 1 || b.size() == 1) {
        if (a.size() != b.size() && a.front() == b.front())
            return {kInitialCredit, TokenMatch::Initial};
        return {};
    }
    if (sameGivenName(a, b))
        return {kNicknameCredit, TokenMatch::Nickname};
    // A word cut short ("joh" / "john", "chris" / "christopher").
    std::string_view shorter = a.size() < b.size() ? a : b, longer = a.size() < b.size() ? b : a;
    bool prefix = shorter.size() >= 3 && longer.starts_with(shorter);
    // The edit distance is at least the bag distance (letters one has and the other lacks):
    // when even that bound keeps the pair below the floor, skip the dynamic programme.
    // Past the floor only if d / L < jw - 0.4 (s = jw/2 + (1 - d/L)/2 > 0.7): the distance
    // needs computing only up to that bound.
    double jw = jaroWinkler(a, b);
    double longerSize = double(std::max(a.size(), b.size()));
    double s = 0;
    double bound = longerSize * (jw - (2 * kFuzzyFloor - 1));
    if (bound > 0 && double(bagDistance(a, b)) < bound) {
        std::size_t limit = std::size_t(std::ceil(bound)) - 1; // the largest d below the bound
        std::size_t d = damerauLevenshtein(a, b, limit);
        if (d <= limit)
            s = 0.5 * jw + 0.5 * (1 - double(d) / longerSize);
    }
    TokenSimilarity out;
    if (s > kFuzzyFloor)
        out = {(s - kFuzzyFloor) / (1 - kFuzzyFloor), TokenMatch::Fuzzy};
    if (prefix && out.value < kPrefixCredit)
        out = {kPrefixCredit, TokenMatch::Prefix};
    // Transliterations disagree mostly on vowels (mansour/mansur, khaled/khalid): the same
    // consonants are good evidence when there are at least three of them, or two when one
    // name comes from a script that does not write short vowels.
    if (out.value < kAbjadSkeletonCredit) {
        char bufA[64], bufB[64];
        std::string_view sa(bufA, Normalizer::skeleton(a, !abjad, bufA, sizeof bufA));
        std::string_view sb(bufB, Normalizer::skeleton(b, !abjad, bufB, sizeof bufB));
        if (sa == sb && (sa.size() >= 3 || (abjad && sa.size() >= 2))) {
            double credit = abjad ? kAbjadSkeletonCredit : kSkeletonCredit;
            if (credit > out.value)
                out = {credit, TokenMatch::Skeleton};
        } else if (abjad && sa.size() >= 3 && sb.size() >= 3) {
            double ss = 0.5 * jaroWinkler(sa, sb) + 0.5 * levenshteinSimilarity(sa, sb);
            double credit = ss >= 0.9 ? kAbjadSkeletonCredit * (ss - 0.5) / 0.5 : 0;
            if (credit > out.value)
                out = {credit, TokenMatch::Skeleton};
        }
    }
    return out;
}

NameComparison compareNames(const NormalizedName& a, const NormalizedName& b, bool explain)
{
    std::vector<std::string_view> ta(a.tokens.begin(), a.tokens.end());
    std::vector<std::string_view> tb(b.tokens.begin(), b.tokens.end());
    std::vector<std::string_view> sa(a.surface.begin(), a.surface.end());
    std::vector<std::string_view> sb(b.surface.begin(), b.surface.end());
    NameView va{ta.data(), a.kinds.data(), ta.size(), a.script};
    NameView vb{tb.data(), b.kinds.data(), tb.size(), b.script};
    if (sa.size() == ta.size())
        va.surface = sa.data();
    if (sb.size() == tb.size())
        vb.surface = sb.data();
    return compareNames(va, vb, explain);
}

NameComparison compareNames(const NameView& a, const NameView& b, bool explain)
{
    return compareNames(a, b, CompareOptions{explain, true});
}

NameComparison compareNames(const NameView& a, const NameView& b, const CompareOptions& options)
{
    const bool explain = options.explain;
    NameComparison out;
    const std::size_t na = std::min(a.size, kMaxTokens);
    const std::size_t nb = std::min(b.size, kMaxTokens);
    if (na == 0 || nb == 0)
        return out;
    const bool abjad = isAbjad(a.script) || isAbjad(b.script);

    struct Pair
    {
        double credit;
        std::uint8_t i, j;
        TokenMatch how;
    };
    std::array<Pair, kMaxTokens * kMaxTokens> pairs;
    std::size_t count = 0;
    const bool cached = options.cache && a.ids && b.ids;
    for (std::size_t i = 0; i < na; ++i)
        for (std::size_t j = 0; j < nb; ++j) {
            TokenSimilarity s;
            // An organisation word against a plain word: a typo of the word as written
            // ("famiky" / "family", "nadzieeja" / "nadzieja"), never a translation.
            const bool termA = a.kinds[i] == TokenKind::OrgTerm,
                       termB = b.kinds[j] == TokenKind::OrgTerm;
            if (termA != termB && (termA ? b.kinds[j] : a.kinds[i]) == TokenKind::Word &&
                (termA ? a.surface : b.surface)) {
                std::string_view x = termA ? a.surface[i] : a.tokens[i];
                std::string_view y = termB ? b.surface[j] : b.tokens[j];
                auto compute = [&] {
                    TokenSimilarity t =
                        compareTokens(x, TokenKind::Word, y, TokenKind::Word, abjad);
                    if (t.how != TokenMatch::Fuzzy)
                        t = {}; // only spelling mistakes, not initials or cut words
                    return t;
                };
                const std::uint32_t* idsA = termA ? a.surfaceIds : a.ids;
                const std::uint32_t* idsB = termB ? b.surfaceIds : b.ids;
                if (options.cache && idsA && idsB)
                    s = options.cache->get(idsA[i], idsB[j], 0x10000u | (abjad ? 1u : 0u), compute);
                else
                    s = compute();
            } else if (a.ids && b.ids && a.ids[i] == b.ids[j])
                s = {1.0, TokenMatch::Exact};
            else if (cached)
                s = options.cache->get(a.ids[i], b.ids[j],
                                       std::uint32_t(a.kinds[i]) << 8 |
                                           std::uint32_t(b.kinds[j]) << 1 | (abjad ? 1u : 0u),
                                       [&] {
                                           return compareTokens(a.tokens[i], a.kinds[i],
                                                                b.tokens[j], b.kinds[j], abjad);
                                       });
            else
                s = compareTokens(a.tokens[i], a.kinds[i], b.tokens[j], b.kinds[j], abjad);
            if (s.value > 0)
                pairs[count++] = {s.value, std::uint8_t(i), std::uint8_t(j), s.how};
        }
    // Best pairs first; among equals, heavier tokens first (a word before an initial).
    std::sort(pairs.begin(), pairs.begin() + std::ptrdiff_t(count),
              [&](const Pair& x, const Pair& y) {
                  if (x.credit != y.credit)
                      return x.credit > y.credit;
                  double wx = tokenWeight(a.kinds[x.i]) + tokenWeight(b.kinds[x.j]);
                  double wy = tokenWeight(a.kinds[y.i]) + tokenWeight(b.kinds[y.j]);
                  if (wx != wy)
                      return wx > wy;
                  return std::abs(int(x.i) - int(x.j)) < std::abs(int(y.i) - int(y.j));
              });
    std::array<bool, kMaxTokens> usedA{}, usedB{};
    double total = 0, earned = 0;
    for (std::size_t i = 0; i < na; ++i)
        total += tokenWeight(a.kinds[i]);
    for (std::size_t j = 0; j < nb; ++j)
        total += tokenWeight(b.kinds[j]);
    std::string detail;
    for (std::size_t k = 0; k < count; ++k) {
        const Pair& p = pairs[k];
        if (usedA[p.i] || usedB[p.j])
            continue;
        usedA[p.i] = usedB[p.j] = true;
        earned += (tokenWeight(a.kinds[p.i]) + tokenWeight(b.kinds[p.j])) * p.credit;
        out.usedSkeleton = out.usedSkeleton || p.how == TokenMatch::Skeleton;
        out.usedNickname = out.usedNickname || p.how == TokenMatch::Nickname;
        out.usedInitial = out.usedInitial || p.how == TokenMatch::Initial;
        if (explain) {
            if (!detail.empty())
                detail += ", ";
            detail += a.tokens[p.i];
            detail += p.how == TokenMatch::Exact ? "=" : "~";
            detail += b.tokens[p.j];
            switch (p.how) {
            case TokenMatch::Nickname:
                detail += " (nickname)";
                break;
            case TokenMatch::Initial:
                detail += " (initial)";
                break;
            case TokenMatch::Prefix:
                detail += " (cut short)";
                break;
            case TokenMatch::Skeleton:
                detail += " (consonants " + Normalizer::skeleton(a.tokens[p.i]) + ")";
                break;
            case TokenMatch::Fuzzy: {
                char buf[32];
                std::snprintf(buf, sizeof buf, " (%.2f)", p.credit);
                detail += buf;
                break;
            }
            default:
                break;
            }
        }
    }
    // A word on each side without a partner looks like a different name (Christian/Heritage
    // Family Alliance, Zhao Jianguo/Jianhua, Mary P./Mary H. Harris), more than a word missing
    // on one side does (Sarah J. Marlow/Sarah Marlow): the smaller of the two shares of words
    // left over is taken off. Words count alike here, initials included; stop words and
    // particles do not count.
    auto counts = [](TokenKind k) { return k != TokenKind::Stopword && k != TokenKind::Particle; };
    double wordsA = 0, wordsB = 0, unmatchedA = 0, unmatchedB = 0;
    for (std::size_t i = 0; i < na; ++i)
        if (counts(a.kinds[i])) {
            ++wordsA;
            if (!usedA[i])
                ++unmatchedA;
        }
    for (std::size_t j = 0; j < nb; ++j)
        if (counts(b.kinds[j])) {
            ++wordsB;
            if (!usedB[j])
                ++unmatchedB;
        }
    double substituted =
        wordsA > 0 && wordsB > 0 ? std::min(unmatchedA / wordsA, unmatchedB / wordsB) : 0;
    out.aligned = total > 0 ? earned / total * (1 - substituted) : 0;

    // Joined: for names whose words are split differently ("jian guo" / "jianguo",
    // "mc donald" / "mcdonald"). Only when the number of words differs, and only as far as it
    // could beat the alignment: its credit is (similarity - 0.7) / 0.3, so the distance needs
    // computing only up to the bound that keeps it above the aligned score.
    std::size_t sigA = 0, sigB = 0;
    for (std::size_t i = 0; i < na; ++i)
        sigA += a.kinds[i] != TokenKind::Stopword;
    for (std::size_t j = 0; j < nb; ++j)
        sigB += b.kinds[j] != TokenKind::Stopword;
    if (options.joined && out.aligned < 0.95 && sigA != sigB && sigA && sigB) {
        const NameView& fewerView = sigA < sigB ? a : b;
        const NameView& moreView = sigA < sigB ? b : a;
        std::size_t fewerSize = sigA < sigB ? na : nb, moreSize = sigA < sigB ? nb : na;
        std::vector<std::string_view> fewer;
        std::string fixed;
        for (std::size_t i = 0; i < fewerSize; ++i)
            if (fewerView.kinds[i] != TokenKind::Stopword)
                fewer.push_back(fewerView.tokens[i]);
        for (std::size_t i = 0; i < moreSize; ++i)
            if (moreView.kinds[i] != TokenKind::Stopword)
                fixed += moreView.tokens[i];
        double needed = kFuzzyFloor + (1 - kFuzzyFloor) * out.aligned; // similarity to beat
        std::string joinedText;
        auto tryOrder = [&] {
            joinedText.clear();
            for (auto t : fewer)
                joinedText += t;
            double longer = double(std::max(joinedText.size(), fixed.size()));
            double bound = longer * (1 - needed); // distances below it beat the alignment
            if (bound <= 0 || double(bagDistance(joinedText, fixed)) >= bound)
                return;
            std::size_t limit = std::size_t(std::ceil(bound)) - 1;
            std::size_t d = damerauLevenshtein(joinedText, fixed, limit);
            if (d <= limit)
                out.joined = std::max(out.joined, 1 - double(d) / longer);
        };
        if (fewer.size() <= 3) {
            std::sort(fewer.begin(), fewer.end());
            do
                tryOrder();
            while (std::next_permutation(fewer.begin(), fewer.end()));
        } else {
            tryOrder(); // written order
        }
        // Credit like a fuzzy token: a near miss is worth less than an exact join.
        out.joined = out.joined > kFuzzyFloor ? (out.joined - kFuzzyFloor) / (1 - kFuzzyFloor) : 0;
    }
    if (explain) {
        std::vector<std::string> sa(a.tokens, a.tokens + na), sb(b.tokens, b.tokens + nb);
        out.tokenSort = tokenSortSimilarity(sa, sb);
    }
    out.score = std::max(out.aligned, out.joined);
    if (explain) {
        std::string leftOver;
        for (std::size_t i = 0; i < na; ++i)
            if (!usedA[i])
                (leftOver += leftOver.empty() ? "" : " ") += a.tokens[i];
        for (std::size_t j = 0; j < nb; ++j)
            if (!usedB[j])
                (leftOver += leftOver.empty() ? "" : " ") += b.tokens[j];
        if (!leftOver.empty())
            detail += (detail.empty() ? "left over: " : "; left over: ") + leftOver;
        out.detail = std::move(detail);
    }
    return out;
}

} // namespace commonplace::match
