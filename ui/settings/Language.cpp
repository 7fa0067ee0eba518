// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace commonplace::ui {

namespace {

struct Installed
{
    QString code;
    std::vector<std::unique_ptr<QTranslator>> translators;
};

Installed& installed()
{
    static Installed state;
    return state;
}

/** Loads `file` (a path or a name in `dir`) into a new translator; null when missing. */
std::unique_ptr<QTranslator> load(const QString& name, const QString& dir)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(name, dir))
        return nullptr;
    return translator;
}

QLocale localeFor(const QString& code)
{
    const QLocale system = QLocale::system();
    const QLocale wanted(code);
    // The system's own variant of the language keeps the user's digits and date order.
    if (system.language() == wanted.language())
        return system;
    return wanted;
}

} // namespace

QList<LanguageInfo> supportedLanguages()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("pt"), QStringLiteral("Português")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
    };
}

bool isSupportedLanguage(const QString& code)
{
    for (const LanguageInfo& language : supportedLanguages()) {
        if (language.code == code)
            return true;
    }
    return false;
}

QString languageForLocale(const QLocale& locale)
{
    for (const QString& name : locale.uiLanguages()) {
        const QString code = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (isSupportedLanguage(code))
            return code;
    }
    return QStringLiteral("en");
}

QString effectiveLanguage(const QString& setting)
{
    return isSupportedLanguage(setting) ? setting : languageForLocale(QLocale::system());
}

bool applyLanguage(const QString& code)
{
    if (!isSupportedLanguage(code))
        return false;
    Installed& state = installed();
    for (const auto& translator : state.translators)
        QCoreApplication::removeTranslator(translator.get());
    state.translators.clear();

    const QString i18n = QStringLiteral(":/i18n");
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    // Installed last is asked first: the language, then English (its plural forms), then Qt.
    std::vector<std::unique_ptr<QTranslator>> order;
    if (code != QLatin1String("en")) {
        auto qt = load(QStringLiteral("qtbase_") + code, qtDir);
        // Debian ships Brazilian Portuguese only; it serves Portuguese better than English.
        if (!qt && code == QLatin1String("pt"))
            qt = load(QStringLiteral("qtbase_pt_BR"), qtDir);
        order.push_back(std::move(qt));
    }
    order.push_back(load(QStringLiteral("commonplace_en"), i18n));
    if (code != QLatin1String("en"))
        order.push_back(load(QStringLiteral("commonplace_") + code, i18n));
    for (auto& translator : order) {
        if (!translator)
            continue;
        QCoreApplication::installTranslator(translator.get());
        state.translators.push_back(std::move(translator));
    }

    QLocale::setDefault(localeFor(code));
    QGuiApplication::setLayoutDirection(QLocale(code).textDirection());
    state.code = code;
    return true;
}

QString currentLanguage()
{
    return installed().code;
}

} // namespace commonplace::ui
