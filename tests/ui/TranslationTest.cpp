// SPDX-License-Identifier: GPL-3.0-or-later
// The languages: each catalogue is built into the binary, switching installs it (and Qt's
// own), sets the locale for numbers and the layout direction, and texts come out translated.
#include "Labels.h"
#include "MainWindow.h"
#include "UiTestUtil.h"
#include "settings/Language.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>

using namespace commonplace;
using commonplace::ui::applyLanguage;
using commonplace::ui::currentLanguage;
using commonplace::ui::supportedLanguages;

namespace {

/** Switches to a language for one test and back to English after it. */
struct LanguageScope
{
    explicit LanguageScope(const QString& code) { REQUIRE(applyLanguage(code)); }
    ~LanguageScope() { applyLanguage(QStringLiteral("en")); }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;
};

QString tr(const char* context, const char* text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

const char* const kMainWindow = "commonplace::ui::MainWindow";

} // namespace

TEST_CASE("every language's catalogue is built into the application", "[ui][i18n]")
{
    REQUIRE(supportedLanguages().size() == 5);
    for (const auto& language : supportedLanguages()) {
        INFO(language.code.toStdString());
        const QString qm = QStringLiteral(":/i18n/commonplace_%1.qm").arg(language.code);
        REQUIRE(QFile::exists(qm));
        QFile file(qm);
        REQUIRE(file.open(QIODevice::ReadOnly));
        // An empty catalogue (nothing finished) compiles to a few dozen bytes.
        CHECK(file.size() > 1000);
    }
}

TEST_CASE("switching language translates texts and sets the locale", "[ui][i18n]")
{
    struct Expected
    {
        const char* code;
        QLocale::Language language;
        const char* file;
        const char* restricted;
        const char* usuallyReliable;
    };
    const Expected all[] = {
        {"fr", QLocale::French, "&Fichier", "Restreint", "habituellement fiable"},
        {"es", QLocale::Spanish, "&Archivo", "Restringido", "normalmente fiable"},
        {"pt", QLocale::Portuguese, "&Arquivo", "Restrito", "geralmente confiável"},
        {"ar", QLocale::Arabic, "&ملف", "مقيَّد", "موثوق عادةً"},
    };
    for (const Expected& e : all) {
        INFO(e.code);
        LanguageScope scope(QString::fromLatin1(e.code));
        CHECK(currentLanguage() == QString::fromLatin1(e.code));
        CHECK(QLocale().language() == e.language);
        CHECK(tr(kMainWindow, "&File") == QString::fromUtf8(e.file));
        CHECK(ui::sensitivityLabel(store::Sensitivity::Restricted) ==
              QString::fromUtf8(e.restricted));
        CHECK(ui::gradingDescription("B", 2).contains(QString::fromUtf8(e.usuallyReliable)));
        // The window's own texts come out in the language, not in English.
        ui::MainWindow window;
        const QList<QAction*> menus = window.menuBar()->actions();
        REQUIRE(!menus.isEmpty());
        CHECK(menus.constFirst()->text() == QString::fromUtf8(e.file));
        CHECK(window.layoutDirection() == (QString::fromLatin1(e.code) == QLatin1String("ar")
                                               ? Qt::RightToLeft
                                               : Qt::LeftToRight));
    }
    CHECK(currentLanguage() == QStringLiteral("en"));
    CHECK(tr(kMainWindow, "&File") == QStringLiteral("&File"));
}

TEST_CASE("Arabic lays the window out right to left, and English back left to right", "[ui][i18n]")
{
    {
        LanguageScope scope(QStringLiteral("ar"));
        CHECK(QGuiApplication::layoutDirection() == Qt::RightToLeft);
        CHECK(QApplication::isRightToLeft());
    }
    CHECK(QGuiApplication::layoutDirection() == Qt::LeftToRight);
}

TEST_CASE("plural forms follow each language's grammar", "[ui][i18n]")
{
    const char* source = "%n values above “%1” were left out.";
    SECTION("English keeps one and many apart")
    {
        LanguageScope scope(QStringLiteral("en"));
        CHECK(tr(kMainWindow, source, 1) == QStringLiteral("1 value above “%1” was left out."));
        CHECK(tr(kMainWindow, source, 3) == QStringLiteral("3 values above “%1” were left out."));
    }
    SECTION("French counts zero as singular")
    {
        LanguageScope scope(QStringLiteral("fr"));
        CHECK(tr(kMainWindow, source, 0).contains(QStringLiteral("exclue.")));
        CHECK(tr(kMainWindow, source, 1).contains(QStringLiteral("exclue.")));
        CHECK(tr(kMainWindow, source, 2).contains(QStringLiteral("exclues.")));
    }
    SECTION("Arabic has six forms: zero, one, two, few, many, other")
    {
        LanguageScope scope(QStringLiteral("ar"));
        const QString zero = tr(kMainWindow, source, 0);
        const QString one = tr(kMainWindow, source, 1);
        const QString two = tr(kMainWindow, source, 2);
        const QString few = tr(kMainWindow, source, 5);
        const QString many = tr(kMainWindow, source, 11);
        const QString other = tr(kMainWindow, source, 100);
        CHECK(one.contains(QStringLiteral("قيمة واحدة")));
        CHECK(two.contains(QStringLiteral("قيمتان")));
        CHECK(few.contains(QStringLiteral("قيم ")));
        CHECK(many.contains(QStringLiteral("قيمةً")));
        const QStringList forms{zero, one, two, few, many, other};
        CHECK(QSet<QString>(forms.begin(), forms.end()).size() == 6);
        // Numbers are written by the locale; 13 takes the same form as 11.
        QString thirteen = many;
        thirteen.replace(QStringLiteral("11"), QStringLiteral("13"));
        CHECK(tr(kMainWindow, source, 13) == thirteen);
    }
}

TEST_CASE("Qt's own strings follow the language when Debian's catalogue is installed", "[ui][i18n]")
{
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(dir + QStringLiteral("/qtbase_fr.qm"))) {
        WARN("qt6-translations-l10n is not installed: Qt's own strings stay in English");
        return;
    }
    LanguageScope scope(QStringLiteral("fr"));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    CHECK(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')) ==
          QStringLiteral("Annuler"));
}

TEST_CASE("numbers are written the way the chosen language writes them", "[ui][i18n]")
{
    {
        LanguageScope scope(QStringLiteral("fr"));
        // French groups thousands with a (narrow) no-break space.
        const QString grouped = ui::formatNumber(QStringLiteral("1085000"));
        CHECK(grouped.size() == 9);
        CHECK(!grouped.contains(QLatin1Char(',')));
        CHECK(ui::formatNumber(QStringLiteral("12.50")).contains(QLatin1Char(',')));
    }
    {
        LanguageScope scope(QStringLiteral("ar"));
        // Arabic (Egypt) writes its own digits, the decimals included.
        CHECK(ui::formatNumber(QStringLiteral("1085000.50")) == QStringLiteral("١٬٠٨٥٬٠٠٠٫٥٠"));
    }
    CHECK(ui::formatNumber(QStringLiteral("1085000")) == QStringLiteral("1,085,000"));
    CHECK(ui::formatNumber(QStringLiteral("1085000.50")) == QStringLiteral("1,085,000.50"));
}

TEST_CASE("countries, languages and genders are named in the chosen language", "[ui][i18n]")
{
    CHECK(ui::displayValue("Person", "nationality", "ke") == QStringLiteral("Kenya (ke)"));
    {
        LanguageScope scope(QStringLiteral("fr"));
        CHECK(ui::displayValue("Person", "nationality", "de") == QStringLiteral("Allemagne (de)"));
        CHECK(ui::displayValue("Person", "spokenLanguage", "ara") == QStringLiteral("arabe (ara)"));
        CHECK(ui::displayValue("Person", "gender", "female") == QStringLiteral("féminin (female)"));
        // Codes ICU does not know, or reads differently, keep the model's English name.
        CHECK(ui::displayValue("Person", "nationality", "suhh") ==
              QStringLiteral("Soviet Union (suhh)"));
        CHECK(ui::displayValue("Person", "nationality", "ge-ab")
                  .startsWith(QStringLiteral("Abkhazia")));
    }
    {
        LanguageScope scope(QStringLiteral("ar"));
        CHECK(ui::displayValue("Person", "nationality", "ke") == QStringLiteral("كينيا (ke)"));
    }
}

TEST_CASE("dates are written the way the chosen language writes them", "[ui][i18n]")
{
    CHECK(ui::formatDate(QStringLiteral("2011-12-29")) == QStringLiteral("2011-12-29"));
    {
        LanguageScope scope(QStringLiteral("fr"));
        CHECK(ui::formatDate(QStringLiteral("2011-12-29")) == QStringLiteral("29 décembre 2011"));
        CHECK(ui::formatDate(QStringLiteral("2011-12")) == QStringLiteral("décembre 2011"));
        CHECK(ui::formatDate(QStringLiteral("2011")) == QStringLiteral("2011"));
        CHECK(ui::formatDate(QStringLiteral("2024-03-01T10:22:03")) ==
              QStringLiteral("1 mars 2024"));
        CHECK(ui::formatDate(QStringLiteral("2011-13-45")) == QStringLiteral("2011-13-45"));
        CHECK(ui::formatDate(QStringLiteral("last spring")) == QStringLiteral("last spring"));
        CHECK(ui::displayValue("Payment", "date", "2019-05-02") == QStringLiteral("2 mai 2019"));
    }
    {
        LanguageScope scope(QStringLiteral("es"));
        CHECK(ui::formatDate(QStringLiteral("2011-12-29")) ==
              QStringLiteral("29 de diciembre de 2011"));
    }
    {
        LanguageScope scope(QStringLiteral("ar"));
        CHECK(ui::formatDate(QStringLiteral("2011-12-29")).contains(QStringLiteral("ديسمبر")));
    }
}

TEST_CASE("the default tactics and themes are named in the chosen language", "[ui][i18n]")
{
    CHECK(ui::taxonomyLabel("Disinformation") == QStringLiteral("Disinformation"));
    LanguageScope scope(QStringLiteral("es"));
    CHECK(ui::taxonomyLabel("Disinformation") == QStringLiteral("Desinformación"));
    CHECK(ui::taxonomyLabel("SRHR and abortion") == QStringLiteral("DSSR y aborto"));
    // What a researcher added or renamed stays as written.
    CHECK(ui::taxonomyLabel("Vigilantes at clinics") == QStringLiteral("Vigilantes at clinics"));
}

TEST_CASE("an unknown language changes nothing", "[ui][i18n]")
{
    const QString before = currentLanguage();
    CHECK_FALSE(applyLanguage(QStringLiteral("xx")));
    CHECK_FALSE(applyLanguage(QString()));
    CHECK(currentLanguage() == before);
}
