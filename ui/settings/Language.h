// SPDX-License-Identifier: GPL-3.0-or-later
// The languages Commonplace speaks, and switching the application to one of them: its own
// catalogue, Qt's (dialog buttons, context menus), the locale for numbers and dates, and the
// layout direction (right to left for Arabic).
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace commonplace::ui {

struct LanguageInfo
{
    QString code;       ///< "fr": the suffix of resources/translations/commonplace_fr.ts
    QString nativeName; ///< "Français": the name in the language itself, never translated
};

/** English, French, Spanish, Portuguese, Arabic, in that order. */
QList<LanguageInfo> supportedLanguages();
bool isSupportedLanguage(const QString& code);
/** The supported language closest to a locale ("fr" for fr_CA); "en" when none is. */
QString languageForLocale(const QLocale& locale);
/** The language a setting asks for: the setting itself, or the system's when it is "". */
QString effectiveLanguage(const QString& setting);

/**
 * Switches the application to `code` (a supported language): installs its catalogue with
 * English as the fallback and Qt's own strings, makes its locale the default for numbers and
 * dates (the system's locale when that speaks the same language, so fr_CA stays fr_CA), and
 * sets the layout direction. Replaces what an earlier call installed. Widgets built before the
 * call keep their texts: the main window takes a new language at the next start. Returns false
 * (and changes nothing) when `code` is not supported.
 */
bool applyLanguage(const QString& code);
/** The code last applied with applyLanguage(), "" before the first call. */
QString currentLanguage();

} // namespace commonplace::ui
