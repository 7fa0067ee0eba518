// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Values.h"

#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <cctype>
#include <cstring>
#include <mutex>
#include <unordered_map>

namespace commonplace::resources {
std::string_view country_aliases_json();
}

#include <simdjson.h>

namespace commonplace::model {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool digits(std::string_view s, std::size_t pos, std::size_t n)
{
    if (s.size() < pos + n)
        return false;
    for (std::size_t i = pos; i < pos + n; ++i)
        if (!isDigit(s[i]))
            return false;
    return true;
}

int num(std::string_view s, std::size_t pos, std::size_t n)
{
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i)
        v = v * 10 + (s[i] - '0');
    return v;
}

std::string foldKey(std::string_view s)
{
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), int(s.size())));
    u.foldCase();
    u.trim();
    std::string out;
    u.toUTF8String(out);
    return out;
}

// Country names in many languages -> ISO code, from ICU's locale data plus a small alias file
// for names ICU does not use (e.g. "Großbritannien").
const std::unordered_map<std::string, std::string>& countryNames()
{
    static std::unordered_map<std::string, std::string> names;
    static std::once_flag once;
    std::call_once(once, [] {
        const auto* country = Model::builtin().type("country");
        static const char* languages[] = {"en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru",
                                          "uk", "ar", "tr", "hu", "cs", "sv", "da", "no", "fi",
                                          "el", "ro", "bg", "hr", "sr", "ka", "sw", "zh", "ja"};
        for (auto& [code, label] : country->values) {
            names.emplace(foldKey(code), code);
            names.emplace(foldKey(label), code);
        }
        // ICU's names in many languages. Codes whose English ICU name is not our label are
        // historic aliases (ICU calls "DD" Germany): they go last so they never take a name
        // from the current country.
        auto addIcuNames = [&](bool aliasesPass) {
            for (auto& [code, label] : country->values) {
                if (code.size() != 2)
                    continue;
                std::string upper = code;
                for (auto& c : upper)
                    c = char(std::toupper(static_cast<unsigned char>(c)));
                icu::Locale region("", upper.c_str());
                icu::UnicodeString english;
                region.getDisplayCountry(icu::Locale("en"), english);
                std::string englishUtf8;
                english.toUTF8String(englishUtf8);
                if ((englishUtf8 != label) != aliasesPass)
                    continue;
                for (const char* lang : languages) {
                    icu::UnicodeString display;
                    region.getDisplayCountry(icu::Locale(lang), display);
                    std::string utf8;
                    display.toUTF8String(utf8);
                    if (!utf8.empty() && utf8 != upper)
                        names.emplace(foldKey(utf8), code);
                }
                const char* iso3 = region.getISO3Country();
                if (iso3 && *iso3)
                    names.emplace(foldKey(iso3), code);
            }
        };
        addIcuNames(false);
        addIcuNames(true);
        simdjson::dom::parser parser;
        simdjson::padded_string json(resources::country_aliases_json());
        simdjson::dom::object aliases;
        if (parser.parse(json).get_object().get(aliases) == simdjson::SUCCESS) {
            for (auto [alias, code] : aliases) {
                std::string_view c;
                if (code.get_string().get(c) == simdjson::SUCCESS)
                    names.emplace(foldKey(alias), std::string(c));
            }
        }
    });
    return names;
}

std::optional<std::string> parseDate(std::string_view raw, std::string_view format)
{
    // Supports %Y %m %d %H %M %S and literal characters; enough for spreadsheet dates.
    int y = -1, mo = -1, d = -1, h = -1, mi = -1, sec = -1;
    std::size_t i = 0;
    for (std::size_t f = 0; f < format.size(); ++f) {
        if (format[f] == '%' && f + 1 < format.size()) {
            char spec = format[++f];
            std::size_t maxLen = spec == 'Y' ? 4 : 2;
            std::size_t start = i;
            while (i < raw.size() && i - start < maxLen && isDigit(raw[i]))
                ++i;
            if (i == start)
                return std::nullopt;
            int v = num(raw, start, i - start);
            switch (spec) {
            case 'Y':
                y = v;
                break;
            case 'm':
                mo = v;
                break;
            case 'd':
                d = v;
                break;
            case 'H':
                h = v;
                break;
            case 'M':
                mi = v;
                break;
            case 'S':
                sec = v;
                break;
            default:
                return std::nullopt;
            }
        } else {
            if (i >= raw.size() || raw[i] != format[f])
                return std::nullopt;
            ++i;
        }
    }
    if (i != raw.size() || y < 0)
        return std::nullopt;
    char buf[32];
    std::string out;
    std::snprintf(buf, sizeof buf, "%04d", y);
    out = buf;
    if (mo >= 0) {
        std::snprintf(buf, sizeof buf, "-%02d", mo);
        out += buf;
        if (d >= 0) {
            std::snprintf(buf, sizeof buf, "-%02d", d);
            out += buf;
            if (h >= 0) {
                std::snprintf(buf, sizeof buf, "T%02d", h);
                out += buf;
                if (mi >= 0) {
                    std::snprintf(buf, sizeof buf, ":%02d", mi);
                    out += buf;
                    if (sec >= 0) {
                        std::snprintf(buf, sizeof buf, ":%02d", sec);
                        out += buf;
                    }
                }
            }
        }
    }
    if (!isDatePrefix(out))
        return std::nullopt;
    return out;
}

} // namespace

std::string_view trim(std::string_view s)
{
    auto isSpace = [](unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (!s.empty() && isSpace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    // Non-breaking spaces (U+00A0) are common in spreadsheets.
    while (s.size() >= 2 && s.substr(0, 2) == "\xC2\xA0")
        s.remove_prefix(2);
    while (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0")
        s.remove_suffix(2);
    return s;
}

bool isDatePrefix(std::string_view s)
{
    // YYYY[-MM[-DD[THH[:MM[:SS[.fff]]]]]][Z|+hh:mm]
    if (!digits(s, 0, 4))
        return false;
    std::size_t n = s.size();
    if (n == 4)
        return true;
    if (s[4] != '-' || !digits(s, 5, 2))
        return false;
    int month = num(s, 5, 2);
    if (month < 1 || month > 12)
        return false;
    if (n == 7)
        return true;
    if (s[7] != '-' || !digits(s, 8, 2))
        return false;
    int day = num(s, 8, 2);
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day < 1 || day > mdays[month - 1])
        return false;
    if (month == 2 && day == 29) {
        int year = num(s, 0, 4);
        bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        if (!leap)
            return false;
    }
    if (n == 10)
        return true;
    std::size_t i = 10;
    if (s[i] != 'T' && s[i] != ' ')
        return false;
    ++i;
    if (!digits(s, i, 2) || num(s, i, 2) > 23)
        return false;
    i += 2;
    for (int part = 0; part < 2 && i < n && s[i] == ':'; ++part) {
        if (!digits(s, i + 1, 2) || num(s, i + 1, 2) > 59)
            return false;
        i += 3;
    }
    if (i < n && s[i] == '.') {
        ++i;
        std::size_t start = i;
        while (i < n && isDigit(s[i]))
            ++i;
        if (i == start)
            return false;
    }
    if (i == n)
        return true;
    if (s[i] == 'Z')
        return i + 1 == n;
    if (s[i] == '+' || s[i] == '-') {
        std::string_view tz = s.substr(i + 1);
        return (tz.size() == 5 && digits(tz, 0, 2) && tz[2] == ':' && digits(tz, 3, 2)) ||
               (tz.size() == 4 && digits(tz, 0, 4)) || (tz.size() == 2 && digits(tz, 0, 2));
    }
    return false;
}

std::optional<std::string> countryCode(std::string_view nameOrCode)
{
    std::string key = foldKey(trim(nameOrCode));
    if (key.empty())
        return std::nullopt;
    const auto& names = countryNames();
    auto it = names.find(key);
    if (it == names.end())
        return std::nullopt;
    return it->second;
}

std::optional<std::string> validate(const PropertyType& type, std::string_view value)
{
    if (value.empty())
        return std::string("empty value");
    switch (type.kind) {
    case TypeKind::Date:
        if (!isDatePrefix(value))
            return "'" + std::string(value) +
                   "' is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)";
        return std::nullopt;
    case TypeKind::Country:
    case TypeKind::Language:
    case TypeKind::Gender:
        if (!type.values.empty() && type.values.find(value) == type.values.end())
            return "'" + std::string(value) + "' is not a known " + type.label + " code";
        return std::nullopt;
    case TypeKind::Entity:
        if (value.size() > 1024)
            return std::string("an entity id longer than 1024 bytes");
        for (char c : value)
            if (static_cast<unsigned char>(c) < 0x20)
                return std::string("an entity id with control characters");
        return std::nullopt;
    case TypeKind::Number: {
        bool sawDigit = false;
        for (char c : value) {
            if (isDigit(c))
                sawDigit = true;
            else if (!std::strchr(".,-+ 'eE_", c))
                return "'" + std::string(value) + "' is not a number";
        }
        if (!sawDigit)
            return "'" + std::string(value) + "' is not a number";
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<std::string> clean(const PropertyType& type, std::string_view raw,
                                 const CleanOptions& options)
{
    std::string_view v = trim(raw);
    if (v.empty())
        return std::nullopt;
    switch (type.kind) {
    case TypeKind::Country:
        return countryCode(v);
    case TypeKind::Date:
        if (!options.dateFormat.empty())
            return parseDate(v, options.dateFormat);
        if (isDatePrefix(v))
            return std::string(v);
        return std::nullopt;
    case TypeKind::Language:
    case TypeKind::Gender:
    case TypeKind::Topic: {
        std::string lower(v);
        for (auto& c : lower)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        if (!type.values.empty() && type.values.find(lower) == type.values.end())
            return std::nullopt;
        return lower;
    }
    default:
        if (validate(type, v))
            return std::nullopt;
        return std::string(v);
    }
}

} // namespace commonplace::model
