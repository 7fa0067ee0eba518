// SPDX-License-Identifier: GPL-3.0-or-later
// Typed settings: defaults, round trips, values out of range read as their default, and the
// Preferences dialog writing what the person chose.
#include "settings/Settings.h"
#include "UiTestUtil.h"
#include "settings/Language.h"
#include "settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>

using namespace commonplace;
using commonplace::ui::Settings;
using commonplace::ui::SettingsDialog;

namespace {

/** Starts each test from empty preferences and leaves none behind. */
struct CleanSettings
{
    CleanSettings() { QSettings().clear(); }
    ~CleanSettings() { QSettings().clear(); }
    CleanSettings(const CleanSettings&) = delete;
    CleanSettings& operator=(const CleanSettings&) = delete;
};

} // namespace

TEST_CASE("settings have safe defaults", "[ui][settings]")
{
    CleanSettings clean;
    const Settings settings;
    CHECK(settings.language().isEmpty());
    CHECK(settings.defaultDataset().isEmpty());
    // A new finding is internal until the researcher says it may travel further.
    CHECK(settings.defaultSensitivity() == store::Sensitivity::Internal);
    CHECK(settings.idleLockMinutes() == Settings::kDefaultIdleLockMinutes);
    CHECK(settings.loadDemoOnFirstRun());
    CHECK(settings.fontScalePercent() == 100);
}

TEST_CASE("settings keep what is written and announce it", "[ui][settings]")
{
    CleanSettings clean;
    QSignalSpy changed(Settings::notifier(), &ui::SettingsNotifier::changed);
    Settings settings;
    settings.setLanguage(QStringLiteral("ar"));
    settings.setDefaultDataset(QStringLiteral("  partner-2024 "));
    settings.setDefaultSensitivity(store::Sensitivity::Restricted);
    settings.setIdleLockMinutes(0);
    settings.setLoadDemoOnFirstRun(false);
    settings.setFontScalePercent(130);
    CHECK(changed.count() == 6);
    // Writing the same value again is not a change.
    settings.setIdleLockMinutes(0);
    CHECK(changed.count() == 6);

    const Settings again;
    CHECK(again.language() == QStringLiteral("ar"));
    CHECK(again.defaultDataset() == QStringLiteral("partner-2024"));
    CHECK(again.defaultSensitivity() == store::Sensitivity::Restricted);
    CHECK(again.idleLockMinutes() == 0);
    CHECK_FALSE(again.loadDemoOnFirstRun());
    CHECK(again.fontScalePercent() == 130);
}

TEST_CASE("settings out of range or of the wrong kind read as their default", "[ui][settings]")
{
    CleanSettings clean;
    {
        // What a hand-edited or damaged file could hold.
        QSettings raw;
        raw.setValue(QStringLiteral("general/language"), QStringLiteral("klingon"));
        raw.setValue(QStringLiteral("findings/defaultSensitivity"), QStringLiteral("secret"));
        raw.setValue(QStringLiteral("security/idleLockMinutes"), QStringLiteral("soon"));
        raw.setValue(QStringLiteral("appearance/fontScalePercent"), 5000);
    }
    const Settings settings;
    CHECK(settings.language().isEmpty());
    CHECK(settings.defaultSensitivity() == store::Sensitivity::Internal);
    CHECK(settings.idleLockMinutes() == Settings::kDefaultIdleLockMinutes);
    CHECK(settings.fontScalePercent() == 100);

    Settings writer;
    writer.setIdleLockMinutes(-5);
    CHECK(Settings().idleLockMinutes() == 0);
    writer.setFontScalePercent(10);
    CHECK(Settings().fontScalePercent() == Settings::kMinFontScale);
    writer.setLanguage(QStringLiteral("de"));
    CHECK(Settings().language().isEmpty());
}

TEST_CASE("migrate stamps the settings version once", "[ui][settings]")
{
    CleanSettings clean;
    CHECK_FALSE(QSettings().contains(QStringLiteral("settings/version")));
    Settings::migrate();
    CHECK(QSettings().value(QStringLiteral("settings/version")).toInt() == Settings::kVersion);
}

TEST_CASE("the Preferences dialog shows and saves the settings", "[ui][settings]")
{
    CleanSettings clean;
    ui::applyLanguage(QStringLiteral("en"));
    Settings().setDefaultSensitivity(store::Sensitivity::Coalition);

    SettingsDialog dialog({QStringLiteral("demo"), QStringLiteral("donations")});
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
    auto* dataset = dialog.findChild<QComboBox*>(QStringLiteral("defaultDatasetComboBox"));
    auto* sensitivity = dialog.findChild<QComboBox*>(QStringLiteral("defaultSensitivityComboBox"));
    auto* idle = dialog.findChild<QSpinBox*>(QStringLiteral("idleLockSpinBox"));
    auto* demo = dialog.findChild<QCheckBox*>(QStringLiteral("loadDemoCheckBox"));
    auto* font = dialog.findChild<QSpinBox*>(QStringLiteral("fontScaleSpinBox"));
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("languageNoteLabel"));
    REQUIRE((language && dataset && sensitivity && idle && demo && font && note));

    // It opens on what is stored.
    CHECK(language->currentData().toString().isEmpty());
    CHECK(sensitivity->currentData().toInt() == int(store::Sensitivity::Coalition));
    CHECK(idle->value() == Settings::kDefaultIdleLockMinutes);
    CHECK(demo->isChecked());
    CHECK(dataset->count() == 2);

    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    CHECK(note->isVisible());
    CHECK(note->text().contains(QStringLiteral("Français")));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    CHECK_FALSE(note->isVisible());
    language->setCurrentIndex(language->findData(QStringLiteral("es")));

    dataset->setFocus();
    dataset->lineEdit()->selectAll();
    QTest::keyClicks(dataset->lineEdit(), QStringLiteral("donations"));
    sensitivity->setCurrentIndex(sensitivity->findData(int(store::Sensitivity::Restricted)));
    idle->setValue(5);
    demo->setChecked(false);
    dialog.accept();

    const Settings settings;
    CHECK(settings.language() == QStringLiteral("es"));
    CHECK(settings.defaultDataset() == QStringLiteral("donations"));
    CHECK(settings.defaultSensitivity() == store::Sensitivity::Restricted);
    CHECK(settings.idleLockMinutes() == 5);
    CHECK_FALSE(settings.loadDemoOnFirstRun());
    CHECK(dialog.languageChanged());
}

TEST_CASE("the system language is the default, English when the system's is not offered",
          "[ui][settings]")
{
    CHECK(ui::languageForLocale(QLocale(QStringLiteral("fr_CA"))) == QStringLiteral("fr"));
    CHECK(ui::languageForLocale(QLocale(QStringLiteral("pt_BR"))) == QStringLiteral("pt"));
    CHECK(ui::languageForLocale(QLocale(QStringLiteral("ar_MA"))) == QStringLiteral("ar"));
    CHECK(ui::languageForLocale(QLocale(QStringLiteral("de_DE"))) == QStringLiteral("en"));
    CHECK(ui::effectiveLanguage(QStringLiteral("es")) == QStringLiteral("es"));
}
