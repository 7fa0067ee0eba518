// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace commonplace::util {

enum class XmlContext
{
    Text,     ///< element content: tabs and line feeds stay literal
    Attribute ///< attribute value: tabs and line breaks become character references
};

/**
 * Appends `s` to `out` escaped for an XML 1.0 document encoded as UTF-8: `& < > "` become
 * entities, a carriage return (and, in attributes, a tab or line feed) becomes a character
 * reference so that parsers do not normalise it away. Characters XML 1.0 forbids (C0 controls
 * other than tab, line feed and carriage return; U+FFFE, U+FFFF) are dropped, and bytes that are
 * not valid UTF-8 become U+FFFD, so the output is always well-formed.
 */
void appendXmlEscaped(std::string& out, std::string_view s, XmlContext context = XmlContext::Text);

/** `s` escaped as appendXmlEscaped() does. */
std::string xmlEscaped(std::string_view s, XmlContext context = XmlContext::Text);

} // namespace commonplace::util
