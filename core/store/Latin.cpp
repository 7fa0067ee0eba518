// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Latin.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cctype>
#include <cstdint>
#include <unordered_map>

namespace commonplace::store {

namespace {

// Cyrillic the way English-language reporting spells it (close to BGN/PCGN without its "ye"
// after vowels): ICU's Any-Latin gives ISO 9 (й j, ц c, х h), which nobody types. Lower
// first, so the rules only name lower-case letters.
const char16_t* kRules = u"::Lower;"
                         u"а>a; б>b; в>v; г>g; д>d; е>e; ё>e; ж>zh; з>z; и>i; й>y; к>k; л>l;"
                         u"м>m; н>n; о>o; п>p; р>r; с>s; т>t; у>u; ф>f; х>kh; ц>ts; ч>ch; ш>sh;"
                         u"щ>shch; ъ>; ы>y; ь>; э>e; ю>yu; я>ya; і>i; ї>yi; є>ye; ґ>g; ў>u;"
                         u"::Any-Latin; ::Latin-ASCII;";

struct Converted
{
    std::string latin, skeleton, consonants;
};

bool isWordByte(unsigned char c)
{
    return c >= 0x80 || std::isalnum(c);
}

/** Scripts written without short vowels (Hebrew, Arabic, Syriac, Thaana and their forms). */
bool hasAbjad(std::string_view utf8)
{
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const std::int32_t length = std::int32_t(utf8.size());
    for (std::int32_t i = 0; i < length;) {
        UChar32 cp;
        U8_NEXT(bytes, i, length, cp);
        if ((cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) ||
            (cp >= 0xFE70 && cp <= 0xFEFF))
            return true;
    }
    return false;
}

/** Calls fn(word) for each run of word bytes (ASCII letters and digits, any non-ASCII byte). */
template <typename Fn> void forEachWord(std::string_view text, Fn&& fn)
{
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isWordByte(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && isWordByte(static_cast<unsigned char>(text[j])))
            ++j;
        fn(text.substr(i, j - i));
        i = j;
    }
}

/** Keeps [a-z0-9], everything else separates tokens; single spaces, no ends. */
std::string asciiTokens(std::string_view text)
{
    std::string out;
    bool space = false;
    for (unsigned char c : text) {
        if (std::isalnum(c) && c < 0x80) {
            if (space && !out.empty())
                out += ' ';
            space = false;
            out += char(std::tolower(c));
        } else {
            space = true;
        }
    }
    return out;
}

std::string skeletonOf(std::string_view latin)
{
    std::string out;
    out.reserve(latin.size());
    for (char c : latin) {
        if (c == 'y' || c == 'j')
            out += 'i';
        else if (c == 'x')
            out += "ks";
        else
            out += c;
    }
    return out;
}

std::string consonantsOf(std::string_view skeleton)
{
    std::string out;
    for (char c : skeleton) {
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u')
            continue;
        if (c == ' ') {
            if (!out.empty() && out.back() != ' ')
                out += ' ';
            continue;
        }
        if (!out.empty() && out.back() == c)
            continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

} // namespace

struct LatinForm::Impl
{
    std::unique_ptr<icu::Transliterator> translit;
    std::unordered_map<std::string, Converted> cache;
    std::string out;

    Impl()
    {
        UErrorCode status = U_ZERO_ERROR;
        UParseError parse{};
        translit.reset(icu::Transliterator::createFromRules(
            icu::UnicodeString(u"commonplace-latin"), icu::UnicodeString(kRules), UTRANS_FORWARD,
            parse, status));
        if (U_FAILURE(status))
            translit.reset(); // no transform data: ASCII words still work
    }

    const Converted& convert(std::string_view word)
    {
        auto it = cache.find(std::string(word));
        if (it != cache.end())
            return it->second;
        if (cache.size() > 500000)
            cache.clear(); // bounded; names repeat, so a fresh cache fills fast
        Converted c;
        if (!hasNonAscii(word) || !translit) {
            c.latin = asciiTokens(word);
        } else {
            icu::UnicodeString text = icu::UnicodeString::fromUTF8(
                icu::StringPiece(word.data(), std::int32_t(word.size())));
            translit->transliterate(text);
            std::string utf8;
            text.toUTF8String(utf8);
            c.latin = asciiTokens(utf8);
        }
        c.skeleton = skeletonOf(c.latin);
        if (hasAbjad(word)) {
            c.consonants = consonantsOf(c.skeleton);
            if (c.consonants == c.skeleton)
                c.consonants.clear();
        }
        return cache.emplace(std::string(word), std::move(c)).first->second;
    }
};

LatinForm::LatinForm()
    : m_impl(std::make_unique<Impl>())
{}

LatinForm& LatinForm::forThisThread()
{
    static thread_local LatinForm instance;
    return instance;
}

void LatinForm::warmUp()
{
    // A word of each script family Any-Latin treats apart (each loads its own rules); converted
    // by a throwaway instance so this thread's cache keeps only real words.
    LatinForm latin;
    for (const char* word :
         {"Иван", "Γιώργος", "محمد", "שלום", "王小明", "김민준", "さくら", "カタカナ", "हिन्दी",
          "বাংলা", "ไทย", "ქართული", "Հայերեն", "தமிழ்", "ܐܪܡܝܐ"})
        (void)latin.m_impl->convert(word);
}

LatinForm::~LatinForm() = default;

bool LatinForm::hasNonAscii(std::string_view text)
{
    for (unsigned char c : text)
        if (c >= 0x80)
            return true;
    return false;
}

const std::string& LatinForm::indexForm(std::string_view names)
{
    std::string& out = m_impl->out;
    out.clear();
    if (!hasNonAscii(names))
        return out;
    std::size_t start = 0;
    while (start <= names.size()) {
        std::size_t end = names.find('\n', start);
        if (end == std::string_view::npos)
            end = names.size();
        if (start > 0 && !out.empty() && out.back() != '\n')
            out += '\n'; // one line per name, as in the main index
        forEachWord(names.substr(start, end - start), [&](std::string_view word) {
            const Converted& c = m_impl->convert(word);
            for (const std::string* part : {&c.skeleton, &c.consonants}) {
                if (part->empty())
                    continue;
                if (!out.empty() && out.back() != '\n')
                    out += ' ';
                out += *part;
            }
        });
        start = end + 1;
    }
    return out;
}

std::vector<LatinForm::Word> LatinForm::queryWords(std::string_view query)
{
    std::vector<Word> words;
    forEachWord(query, [&](std::string_view text) {
        const Converted& c = m_impl->convert(text);
        std::string consonants = c.consonants.empty() ? consonantsOf(c.skeleton) : c.consonants;
        // A single consonant ("zzzzzz" -> "z") would match a good part of every workspace.
        if (consonants.size() < 2)
            consonants.clear();
        words.push_back({std::string(text), c.latin, c.skeleton, std::move(consonants)});
    });
    return words;
}

std::string LatinForm::fold(std::string_view text)
{
    std::string out;
    forEachWord(text, [&](std::string_view word) {
        const Converted& c = m_impl->convert(word);
        if (!c.skeleton.empty()) {
            if (!out.empty())
                out += ' ';
            out += c.skeleton;
        }
    });
    return out;
}

} // namespace commonplace::store
