// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Xml.h"

namespace commonplace::util {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD

bool isPlainAscii(unsigned char c)
{
    return c >= 0x20 && c < 0x80 && c != '&' && c != '<' && c != '>' && c != '"';
}

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence starting at s[i] (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or 0 when the bytes there are not one.
std::size_t sequenceLength(std::string_view s, std::size_t i)
{
    auto at = [&](std::size_t k) -> unsigned char {
        return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
    };
    unsigned char c = at(0);
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return isContinuation(at(1)) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        unsigned char lo = c == 0xE0 ? 0xA0 : 0x80;
        unsigned char hi = c == 0xED ? 0x9F : 0xBF;
        return at(1) >= lo && at(1) <= hi && isContinuation(at(2)) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        unsigned char lo = c == 0xF0 ? 0x90 : 0x80;
        unsigned char hi = c == 0xF4 ? 0x8F : 0xBF;
        return at(1) >= lo && at(1) <= hi && isContinuation(at(2)) && isContinuation(at(3)) ? 4 : 0;
    }
    return 0;
}

} // namespace

void appendXmlEscaped(std::string& out, std::string_view s, XmlContext context)
{
    bool attribute = context == XmlContext::Attribute;
    std::size_t i = 0;
    while (i < s.size()) {
        // Most text needs no change: copy runs of plain ASCII in one go.
        std::size_t run = i;
        while (run < s.size() && isPlainAscii(static_cast<unsigned char>(s[run])))
            ++run;
        if (run > i) {
            out.append(s.substr(i, run - i));
            i = run;
            if (i == s.size())
                break;
        }
        auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            std::size_t n = sequenceLength(s, i);
            if (n == 0) {
                out += kReplacement;
                ++i;
                continue;
            }
            // U+FFFE and U+FFFF are not XML characters.
            bool nonCharacter = n == 3 && c == 0xEF &&
                                static_cast<unsigned char>(s[i + 1]) == 0xBF &&
                                static_cast<unsigned char>(s[i + 2]) >= 0xBE;
            if (!nonCharacter)
                out.append(s.substr(i, n));
            i += n;
            continue;
        }
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\r':
            out += "&#13;";
            break;
        case '\n':
            if (attribute)
                out += "&#10;";
            else
                out += '\n';
            break;
        case '\t':
            if (attribute)
                out += "&#9;";
            else
                out += '\t';
            break;
        default:
            if (c >= 0x20)
                out += static_cast<char>(c);
            // Other C0 controls cannot appear in XML 1.0, not even as references: dropped.
            break;
        }
        ++i;
    }
}

std::string xmlEscaped(std::string_view s, XmlContext context)
{
    std::string out;
    out.reserve(s.size());
    appendXmlEscaped(out, s, context);
    return out;
}

} // namespace commonplace::util
