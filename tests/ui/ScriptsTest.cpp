// SPDX-License-Identifier: GPL-3.0-or-later
// Entity names in any script: the application font (with the script fallbacks Commonplace adds)
// has a glyph for every character of names in Arabic, Hebrew, Cyrillic, Greek, Devanagari,
// Chinese, Japanese and Korean, so none shows as a box. Needs the fonts packaging/dev.sh
// installs (fonts-noto-core, fonts-wqy-microhei).
#include "UiTestUtil.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontMetrics>

namespace {

/** The characters of `text` the font cannot draw, as "U+XXXX". */
QStringList missingGlyphs(const QFont& font, const QString& text)
{
    const QFontMetrics metrics(font);
    QStringList missing;
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isSpace(c) || metrics.inFontUcs4(c))
            continue;
        missing << QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    }
    return missing;
}

} // namespace

TEST_CASE("names in every script have glyphs in the application font", "[ui][scripts]")
{
    const QFont font = commonplace::ui::withScriptFallbacks(QApplication::font());
    const QStringList names{
        QStringLiteral("مؤسسة الأسرة العربية"),         // Arabic
        QStringLiteral("עמותת המשפחה"),                 // Hebrew
        QStringLiteral("Фонд защиты семьи"),            // Cyrillic
        QStringLiteral("Ελληνική Ένωση Οικογενειών"),   // Greek
        QStringLiteral("परिवार संरक्षण समिति"),           // Devanagari
        QStringLiteral("家庭价值基金会"),               // Chinese
        QStringLiteral("日本会議 にっぽんかいぎ"),      // Japanese
        QStringLiteral("한국가정협회"),                 // Korean
        QStringLiteral("Związek Rodzin Çiftçi Ştefan"), // Latin with diacritics
    };
    for (const QString& name : names) {
        INFO(name.toStdString());
        const QStringList missing = missingGlyphs(font, name);
        INFO(missing.join(QLatin1Char(' ')).toStdString());
        CHECK(missing.isEmpty());
    }
}

TEST_CASE("Arabic names are drawn in a face made for Arabic", "[ui][scripts]")
{
    if (!QFontDatabase::hasFamily(QStringLiteral("Noto Sans Arabic"))) {
        WARN("fonts-noto-core is not installed: Arabic falls back to another face");
        return;
    }
    const QFont font = commonplace::ui::withScriptFallbacks(QApplication::font());
    CHECK(font.families().contains(QStringLiteral("Noto Sans Arabic")));
    // Fallbacks come after the desktop's own face, which keeps drawing Latin text.
    CHECK(font.families().constFirst() == QApplication::font().family());
}
