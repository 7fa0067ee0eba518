// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/Normalize.h"

#include <simdjson.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

namespace commonplace::resources {
std::string_view match_names_json();
}

namespace commonplace::match {

namespace {

bool isAscii(std::string_view s)
{
    for (unsigned char c : s)
        if (c >= 0x80)
            return false;
    return true;
}

bool isAsciiAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool isApostrophe(UChar32 c)
{
    return c == 0x27 || c == 0x60 || c == 0xB4 || c == 0x2BC || c == 0x2BB || c == 0x2018 ||
           c == 0x2019 || c == 0x2BF || c == 0x2BE;
}

bool isWordChar(UChar32 c)
{
    return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

/** Appends the ASCII letters and digits of `s` to `out` as words ('a'-'z', '0'-'9'). */
void appendCleanAscii(std::string& out, std::string_view s)
{
    bool inWord = !out.empty() && out.back() != ' ';
    for (char c : s) {
        if (isAsciiAlnum(c)) {
            out.push_back(asciiLower(c));
            inWord = true;
        } else if (c == '\'' || c == '`') {
            continue; // "O'Brien" -> "obrien"
        } else if (inWord) {
            out.push_back(' ');
            inWord = false;
        }
    }
}

/** Russian-style patronymics (Sergeyevich, Ivanovna): a middle name often left out. */
bool isPatronymic(std::string_view t)
{
    if (t.size() < 7)
        return false;
    for (std::string_view end : {"ovich", "evich", "ovna", "evna", "ichna"})
        if (t.ends_with(end))
            return true;
    return false;
}

void trimSpaces(std::string& s)
{
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    std::size_t i = 0;
    while (i < s.size() && s[i] == ' ')
        ++i;
    s.erase(0, i);
}

std::vector<std::string> splitSpaces(std::string_view s)
{
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ')
            ++i;
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ')
            ++j;
        if (j > i)
            out.emplace_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

Script scriptOfCode(UScriptCode code)
{
    switch (code) {
    case USCRIPT_LATIN:
        return Script::Latin;
    case USCRIPT_CYRILLIC:
        return Script::Cyrillic;
    case USCRIPT_GREEK:
        return Script::Greek;
    case USCRIPT_ARABIC:
        return Script::Arabic;
    case USCRIPT_HEBREW:
        return Script::Hebrew;
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
        return Script::Han;
    default:
        return Script::Other;
    }
}

/** Word sequences mapped to a value, matched longest first. */
class PhraseTable
{
public:
    void add(std::vector<std::string> words, std::string value)
    {
        if (words.empty())
            return;
        auto& list = m_byFirst[words.front()];
        for (auto& [w, v] : list)
            if (w == words)
                return; // first entry wins
        list.emplace_back(std::move(words), std::move(value));
        std::sort(list.begin(), list.end(),
                  [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    }

    /** The longest phrase starting at `tokens[i]`: its length and value, or 0. */
    std::pair<std::size_t, const std::string*> at(const std::vector<std::string>& tokens,
                                                  std::size_t i, std::size_t end) const
    {
        auto it = m_byFirst.find(tokens[i]);
        if (it == m_byFirst.end())
            return {0, nullptr};
        for (auto& [words, value] : it->second) {
            if (i + words.size() > end)
                continue;
            if (std::equal(words.begin(), words.end(), tokens.begin() + std::ptrdiff_t(i)))
                return {words.size(), &value};
        }
        return {0, nullptr};
    }

    /** The longest phrase ending at `tokens[end - 1]`: its length and value, or 0. */
    std::pair<std::size_t, const std::string*> endingAt(const std::vector<std::string>& tokens,
                                                        std::size_t begin, std::size_t end) const
    {
        std::size_t best = 0;
        const std::string* value = nullptr;
        for (std::size_t len = 1; len <= std::min<std::size_t>(m_maxLength, end - begin); ++len) {
            auto [n, v] = at(tokens, end - len, end);
            if (n == len && len > best) {
                best = len;
                value = v;
            }
        }
        return {best, value};
    }

    void finish()
    {
        for (auto& [first, list] : m_byFirst)
            for (auto& [words, value] : list)
                m_maxLength = std::max(m_maxLength, words.size());
    }

private:
    std::unordered_map<std::string, std::vector<std::pair<std::vector<std::string>, std::string>>>
        m_byFirst;
    std::size_t m_maxLength = 0;
};

struct Tables
{
    PhraseTable legalForms;  // -> kind
    PhraseTable honorifics;  // -> gender ("female", "male", "")
    PhraseTable generations; // -> "jr", "sr", ...
    PhraseTable orgTerms;    // -> English word
    std::unordered_set<std::string> stopwords;
    std::unordered_set<std::string> particles;
    std::unordered_map<std::string, std::vector<int>> nicknames; // name -> groups
};

// ---- the ICU part -----------------------------------------------------------------------------

/** NFKC with case folding, transliteration to ASCII, words; with a cache of words. */
struct Folder
{
    const icu::Normalizer2* nfkcCf = nullptr;
    std::unique_ptr<icu::Transliterator> latin, cyrillic, greek, han, any;
    std::unordered_map<std::string, std::string> cache; // folded non-ASCII word -> ASCII words

    Folder()
    {
        UErrorCode st = U_ZERO_ERROR;
        nfkcCf = icu::Normalizer2::getNFKCCasefoldInstance(st);
        if (U_FAILURE(st))
            nfkcCf = nullptr;
    }

    icu::Transliterator* transliterator(std::unique_ptr<icu::Transliterator>& slot, const char* id)
    {
        if (!slot) {
            UErrorCode st = U_ZERO_ERROR;
            slot.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id),
                                                           UTRANS_FORWARD, st));
            if (U_FAILURE(st))
                slot.reset();
        }
        return slot.get();
    }

    /** One non-ASCII word (already case folded) as ASCII words separated by spaces. */
    const std::string& foldWord(const std::string& word)
    {
        auto it = cache.find(word);
        if (it != cache.end())
            return it->second;
        if (cache.size() > 2'000'000)
            cache.clear(); // bound memory on pathological input
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(word);
        UErrorCode st = U_ZERO_ERROR;
        UChar32 first = u.char32At(0);
        UScriptCode code = uscript_getScript(first, &st);
        if (U_FAILURE(st))
            code = USCRIPT_COMMON;
        icu::Transliterator* t = nullptr;
        switch (scriptOfCode(code)) {
        case Script::Latin:
            t = transliterator(latin, "Latin-ASCII");
            break;
        case Script::Cyrillic:
            t = transliterator(cyrillic, "Russian-Latin/BGN; Any-Latin; Latin-ASCII");
            break;
        case Script::Han:
            t = transliterator(han, "Han-Latin/Names; Any-Latin; Latin-ASCII");
            break;
        case Script::Greek:
            // ELOT 743 / UNGEGN: modern pronunciation (Ελένη -> Eleni, not Elene).
            t = transliterator(greek, "Greek-Latin/UNGEGN; Any-Latin; Latin-ASCII");
            break;
        case Script::Arabic:
            prepareArabic(u);
            t = transliterator(any, "Any-Latin; Latin-ASCII");
            break;
        default:
            t = transliterator(any, "Any-Latin; Latin-ASCII");
            break;
        }
        if (t)
            t->transliterate(u);
        std::string utf8;
        u.toUTF8String(utf8);
        std::string out;
        appendCleanAscii(out, utf8);
        trimSpaces(out);
        return cache.emplace(word, std::move(out)).first->second;
    }

    /**
     * Arabic before transliteration: vowel marks and tatweel dropped, the article al- (and
     * wa-al-) taken off ("الدولية" and "دولية" are one word), taa marbuta and alif maqsura written
     * as the vowel "a" they stand for at the end of names (فاطمة -> "ftma", not "ftmt").
     */
    static void prepareArabic(icu::UnicodeString& u)
    {
        icu::UnicodeString out;
        for (int32_t i = 0; i < u.length(); ++i) {
            char16_t c = u.charAt(i);
            if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640)
                continue;
            if (c == 0x0629 || c == 0x0649)
                out.append(char16_t('a'));
            else
                out.append(c);
        }
        // "wa-al-" (and the): "والأسرة" is "الأسرة".
        if (out.length() > 4 && out.charAt(0) == 0x0648 && out.charAt(1) == 0x0627 &&
            out.charAt(2) == 0x0644)
            out.remove(0, 1);
        if (out.length() > 3 && out.charAt(0) == 0x0627 && out.charAt(1) == 0x0644)
            out.remove(0, 2);
        u = out;
    }

    std::string fold(std::string_view text)
    {
        std::string out;
        if (isAscii(text)) {
            appendCleanAscii(out, text);
            trimSpaces(out);
            return out;
        }
        std::string normalized;
        if (nfkcCf) {
            UErrorCode st = U_ZERO_ERROR;
            icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(
                text.data(), int32_t(std::min<std::size_t>(text.size(), 1 << 20))));
            icu::UnicodeString n = nfkcCf->normalize(u, st);
            if (U_SUCCESS(st))
                n.toUTF8String(normalized);
            else
                u.toUTF8String(normalized);
        } else {
            normalized.assign(text);
        }
        std::string word;
        bool wordAscii = true;
        auto flush = [&] {
            if (word.empty())
                return;
            if (!out.empty() && out.back() != ' ')
                out.push_back(' ');
            if (wordAscii)
                appendCleanAscii(out, word);
            else
                appendCleanAscii(out, foldWord(word));
            word.clear();
            wordAscii = true;
        };
        const char* s = normalized.data();
        int32_t length = int32_t(normalized.size());
        int32_t i = 0;
        while (i < length) {
            int32_t start = i;
            UChar32 c;
            U8_NEXT(s, i, length, c);
            if (c < 0) {
                flush();
                continue;
            }
            if (isApostrophe(c))
                continue;
            if (isWordChar(c)) {
                // A change of script inside a word ("ООО«Вектор»" aside) splits it: a
                // transliterator works per script and so do the tables.
                word.append(s + start, std::size_t(i - start));
                if (c >= 0x80)
                    wordAscii = false;
            } else {
                flush();
            }
        }
        flush();
        trimSpaces(out);
        return out;
    }
};

const Tables& tables()
{
    static const Tables* instance = [] {
        auto* t = new Tables;
        Folder folder;
        auto words = [&](std::string_view s) { return splitSpaces(folder.fold(s)); };
        simdjson::dom::parser parser;
        simdjson::dom::element root;
        std::string_view json = resources::match_names_json();
        if (parser.parse(json.data(), json.size()).get(root) != simdjson::SUCCESS)
            return t; // the embedded file is checked by the tests; an empty table still works
        auto forEachString = [](simdjson::dom::element e, auto&& f) {
            simdjson::dom::array arr;
            if (e.get_array().get(arr) != simdjson::SUCCESS)
                return;
            for (auto v : arr) {
                std::string_view s;
                if (v.get_string().get(s) == simdjson::SUCCESS)
                    f(s);
            }
        };
        auto forEachGroup = [&](std::string_view section, auto&& f) {
            simdjson::dom::object obj;
            if (root[section].get_object().get(obj) != simdjson::SUCCESS)
                return;
            for (auto [key, value] : obj) {
                if (key.starts_with("//"))
                    continue;
                forEachString(value, [&](std::string_view s) { f(key, s); });
            }
        };
        forEachGroup("honorifics", [&](std::string_view gender, std::string_view title) {
            auto w = words(title);
            if (w.size() == 1 && w[0].size() == 1)
                return; // a title that folds to one letter would eat initials
            t->honorifics.add(std::move(w), gender == "neutral" ? "" : std::string(gender));
        });
        forEachGroup("generations", [&](std::string_view gen, std::string_view form) {
            t->generations.add(words(form), std::string(gen));
        });
        // Chinese words fold to pinyin syllables ("he ping"); written in Latin letters they are
        // often one word ("heping"): both forms go into the table.
        auto addWithJoined = [&](PhraseTable& table, std::string_view form, std::string value) {
            auto w = words(form);
            if (w.size() > 1 && Normalizer::scriptOf(form) == Script::Han) {
                std::string joined;
                for (auto& x : w)
                    joined += x;
                table.add({joined}, value);
            }
            table.add(std::move(w), std::move(value));
        };
        forEachGroup("org_terms", [&](std::string_view term, std::string_view form) {
            addWithJoined(t->orgTerms, form, std::string(term));
        });
        forEachGroup("legal_forms", [&](std::string_view kind, std::string_view form) {
            addWithJoined(t->legalForms, form, std::string(kind));
        });
        forEachString(root["stopwords"]["words"], [&](std::string_view s) {
            for (auto& w : words(s))
                t->stopwords.insert(w);
        });
        forEachString(root["particles"]["words"], [&](std::string_view s) {
            for (auto& w : words(s))
                t->particles.insert(w);
        });
        simdjson::dom::array groups;
        if (root["nicknames"]["groups"].get_array().get(groups) == simdjson::SUCCESS) {
            int g = 0;
            for (auto group : groups) {
                forEachString(group, [&](std::string_view s) {
                    std::string w = folder.fold(s);
                    auto& list = t->nicknames[w];
                    if (std::find(list.begin(), list.end(), g) == list.end())
                        list.push_back(g);
                });
                ++g;
            }
        }
        t->legalForms.finish();
        t->honorifics.finish();
        t->generations.finish();
        t->orgTerms.finish();
        return t;
    }();
    return *instance;
}

} // namespace

struct Normalizer::Impl
{
    Folder folder;
    const Tables* tables = nullptr;
};

std::string_view toString(Script s)
{
    switch (s) {
    case Script::Latin:
        return "Latin";
    case Script::Cyrillic:
        return "Cyrillic";
    case Script::Greek:
        return "Greek";
    case Script::Arabic:
        return "Arabic";
    case Script::Hebrew:
        return "Hebrew";
    case Script::Han:
        return "Han";
    case Script::Other:
        break;
    }
    return "other";
}

std::string NormalizedName::text() const
{
    std::string out;
    for (auto& t : tokens) {
        if (!out.empty())
            out.push_back(' ');
        out += t;
    }
    return out;
}

bool sameGivenName(std::string_view a, std::string_view b)
{
    const auto& nick = tables().nicknames;
    auto ia = nick.find(std::string(a));
    if (ia == nick.end())
        return false;
    auto ib = nick.find(std::string(b));
    if (ib == nick.end())
        return false;
    for (int g : ia->second)
        if (std::find(ib->second.begin(), ib->second.end(), g) != ib->second.end())
            return true;
    return false;
}

Normalizer::Normalizer()
    : d(std::make_unique<Impl>())
{
    d->tables = &tables();
}

Normalizer::~Normalizer() = default;

std::string Normalizer::fold(std::string_view text)
{
    return d->folder.fold(text);
}

std::vector<std::string> Normalizer::words(std::string_view text)
{
    return splitSpaces(d->folder.fold(text));
}

NormalizedName Normalizer::name(std::string_view text, NameKind kind)
{
    const Tables& t = *d->tables;
    NormalizedName n;
    n.script = scriptOf(text);
    std::vector<std::string> toks = words(text);
    bool person = kind != NameKind::Organization;
    bool org = kind != NameKind::Person;
    std::size_t begin = 0, end = toks.size();

    // Honorifics and generations come off the ends of person names, legal forms off the ends
    // of organisation names; a name never loses its last word this way.
    bool changed = true;
    while (changed && end - begin > 1) {
        changed = false;
        if (person) {
            if (auto [len, gender] = t.honorifics.at(toks, begin, end); len && len < end - begin) {
                for (std::size_t i = begin; i < begin + len; ++i)
                    n.titles.push_back(toks[i]);
                if (!gender->empty() && n.gender.empty())
                    n.gender = *gender;
                begin += len;
                changed = true;
                continue;
            }
            if (auto [len, gen] = t.generations.endingAt(toks, begin, end);
                len && len < end - begin) {
                n.generation = *gen;
                end -= len;
                changed = true;
                continue;
            }
            if (auto [len, gender] = t.honorifics.endingAt(toks, begin, end);
                len && len < end - begin) {
                for (std::size_t i = end - len; i < end; ++i)
                    n.titles.push_back(toks[i]);
                if (!gender->empty() && n.gender.empty())
                    n.gender = *gender;
                end -= len;
                changed = true;
                continue;
            }
        }
        if (org) {
            if (auto [len, form] = t.legalForms.endingAt(toks, begin, end);
                len && len < end - begin) {
                n.legalForms.push_back(*form);
                end -= len;
                changed = true;
                continue;
            }
            if (auto [len, form] = t.legalForms.at(toks, begin, end); len && len < end - begin) {
                n.legalForms.push_back(*form);
                begin += len;
                changed = true;
                continue;
            }
        }
    }

    auto push = [&](std::string token, TokenKind k, std::string surface = {}) {
        n.surface.push_back(surface.empty() ? token : std::move(surface));
        n.tokens.push_back(std::move(token));
        n.kinds.push_back(k);
    };
    for (std::size_t i = begin; i < end;) {
        const std::string& tok = toks[i];
        if (kind == NameKind::Organization) {
            if (auto [len, term] = t.orgTerms.at(toks, i, end); len) {
                std::string surface = toks[i];
                for (std::size_t k = 1; k < len; ++k)
                    surface += toks[i + k];
                push(*term, TokenKind::OrgTerm, std::move(surface));
                i += len;
                continue;
            }
            // "B.A.B." is one word, not three initials.
            if (tok.size() == 1 && i + 1 < end && toks[i + 1].size() == 1) {
                std::string joined;
                while (i < end && toks[i].size() == 1)
                    joined += toks[i++];
                push(std::move(joined), TokenKind::Word);
                continue;
            }
            if (t.stopwords.count(tok)) {
                push(tok, TokenKind::Stopword);
                ++i;
                continue;
            }
        } else if ((t.particles.count(tok) || isPatronymic(tok)) && end - begin > 1) {
            push(tok, TokenKind::Particle);
            ++i;
            continue;
        }
        bool digits =
            std::all_of(tok.begin(), tok.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits)
            push(tok, TokenKind::Number);
        else if (tok.size() == 1)
            push(tok, TokenKind::Initial);
        else
            push(tok, TokenKind::Word);
        ++i;
    }
    return n;
}

std::string Normalizer::identifier(std::string_view value)
{
    std::string out;
    for (char c : value)
        if (isAsciiAlnum(c))
            out.push_back(c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c);
    std::size_t zeros = 0;
    while (zeros + 1 < out.size() && out[zeros] == '0')
        ++zeros;
    out.erase(0, zeros);
    return out;
}

std::string Normalizer::email(std::string_view value)
{
    std::string out;
    for (char c : value) {
        if (c == ' ' || c == '\t' || c == '<' || c == '>')
            continue;
        out.push_back(asciiLower(c));
    }
    if (out.starts_with("mailto:"))
        out.erase(0, 7);
    if (out.find('@') == std::string::npos || out.front() == '@' || out.back() == '@')
        return {};
    return out;
}

std::string Normalizer::phone(std::string_view value)
{
    std::string digits;
    for (char c : value)
        if (c >= '0' && c <= '9')
            digits.push_back(c);
    if (digits.size() < 6)
        return {};
    if (digits.size() > 9)
        digits.erase(0, digits.size() - 9);
    return digits;
}

std::string Normalizer::url(std::string_view value)
{
    std::string s;
    for (char c : value)
        if (c != ' ' && c != '\t')
            s.push_back(asciiLower(c));
    if (auto p = s.find("://"); p != std::string::npos && p < 10)
        s.erase(0, p + 3);
    for (char stop : {'?', '#'})
        if (auto p = s.find(stop); p != std::string::npos)
            s.erase(p);
    if (s.starts_with("www."))
        s.erase(0, 4);
    if (s.starts_with("m."))
        s.erase(0, 2);
    while (!s.empty() && s.back() == '/')
        s.pop_back();
    if (auto at = s.find('@'); at != std::string::npos && at < s.find('/'))
        s.erase(0, at + 1); // user:password@host
    return s;
}

Script Normalizer::scriptOf(std::string_view text)
{
    const char* s = text.data();
    int32_t length = int32_t(std::min<std::size_t>(text.size(), 1 << 20));
    int32_t i = 0;
    while (i < length) {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0)
            continue;
        if (c < 0x80) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                return Script::Latin;
            continue;
        }
        UErrorCode st = U_ZERO_ERROR;
        UScriptCode code = uscript_getScript(c, &st);
        if (U_FAILURE(st) || code == USCRIPT_COMMON || code == USCRIPT_INHERITED)
            continue;
        return scriptOfCode(code);
    }
    return Script::Latin;
}

std::size_t Normalizer::skeleton(std::string_view token, bool dropFinalH, char* out,
                                 std::size_t capacity)
{
    std::size_t n = 0;
    auto put = [&](char c) {
        if (n < capacity)
            out[n++] = c;
    };
    char previous = 0; // the previous letter as written: only adjacent doubles collapse
    for (std::size_t i = 0; i < token.size(); ++i) {
        char c = asciiLower(token[i]);
        bool repeat = c == previous;
        previous = c;
        if (repeat)
            continue;
        if (c == 'p' && i + 1 < token.size() && token[i + 1] == 'h') {
            put('f');
            previous = 'h';
            ++i;
            continue;
        }
        if (c == 'x') {
            put('k');
            put('s');
            continue;
        }
        if (c == 'q' || c == 'c')
            c = 'k';
        // Vowels, and the letters that write long vowels in Arabic and Hebrew (w, y; v for vav).
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w' ||
            c == 'v')
            continue;
        if (dropFinalH && c == 'h' && i + 1 == token.size() && i > 0)
            continue; // "sarah" / "sara", "hannah" / "hanna"
        put(c);
    }
    return n;
}

std::string Normalizer::skeleton(std::string_view token, bool dropFinalH)
{
    std::string out(token.size() + 1, '\0');
    out.resize(skeleton(token, dropFinalH, out.data(), out.size()));
    return out;
}

std::string Normalizer::phoneticKey(std::string_view token)
{
    // Merge the spellings that transliteration schemes and languages disagree on, then keep
    // the first sound and the consonants.
    std::string s;
    for (std::size_t i = 0; i < token.size(); ++i) {
        char c = asciiLower(token[i]);
        char next = i + 1 < token.size() ? asciiLower(token[i + 1]) : 0;
        char next2 = i + 2 < token.size() ? asciiLower(token[i + 2]) : 0;
        if ((c == 's' && next == 'c' && next2 == 'h') ||
            (c == 't' && next == 's' && next2 == 'c')) {
            s.push_back('s');
            i += 2;
            continue;
        }
        if (next == 'h' && (c == 's' || c == 'z')) {
            s.push_back('s');
            ++i;
            continue;
        }
        if (next == 'h' && (c == 'c' || c == 'k')) {
            s.push_back('k');
            ++i;
            continue;
        }
        if (next == 'h' && (c == 'p' || c == 't' || c == 'd' || c == 'g')) {
            s.push_back(c == 'p' ? 'f' : c);
            ++i;
            continue;
        }
        if ((c == 'c' && next == 'k') || (c == 't' && (next == 's' || next == 'z')) ||
            (c == 'c' && next == 'z')) {
            s.push_back(c == 'c' && next == 'k' ? 'k' : 's');
            ++i;
            continue;
        }
        switch (c) {
        case 'c':
        case 'q':
        case 'x':
            c = 'k';
            break;
        case 'z':
            c = 's';
            break;
        case 'w':
            c = 'v';
            break;
        case 'j':
        case 'y':
            c = 'i';
            break;
        default:
            break;
        }
        s.push_back(c);
    }
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
        if (i == 0) {
            out.push_back(vowel ? 'a' : c);
            continue;
        }
        if (vowel || c == 'h')
            continue;
        if (out.back() == c)
            continue;
        out.push_back(c);
        if (out.size() >= 6)
            break;
    }
    return out;
}

} // namespace commonplace::match
