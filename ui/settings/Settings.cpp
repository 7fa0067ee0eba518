// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include "Language.h"

#include <QSettings>

#include <algorithm>

namespace commonplace::ui {

namespace {

namespace keys {
const auto version = QStringLiteral("settings/version");
const auto language = QStringLiteral("general/language");
const auto loadDemo = QStringLiteral("general/loadDemoOnFirstRun");
const auto fontScale = QStringLiteral("appearance/fontScalePercent");
const auto defaultDataset = QStringLiteral("findings/defaultDataset");
const auto defaultSensitivity = QStringLiteral("findings/defaultSensitivity");
const auto idleLock = QStringLiteral("security/idleLockMinutes");
} // namespace keys

int readInt(const QString& key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = QSettings().value(key, fallback).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

void write(const QString& key, const QVariant& value)
{
    QSettings settings;
    if (settings.value(key) == value)
        return;
    settings.setValue(key, value);
    emit Settings::notifier()->changed();
}

} // namespace

Settings::Settings() = default;

QString Settings::language() const
{
    const QString code = QSettings().value(keys::language).toString();
    return isSupportedLanguage(code) ? code : QString();
}

void Settings::setLanguage(const QString& code)
{
    write(keys::language, isSupportedLanguage(code) ? code : QString());
}

QString Settings::defaultDataset() const
{
    return QSettings().value(keys::defaultDataset).toString().trimmed();
}

void Settings::setDefaultDataset(const QString& name)
{
    write(keys::defaultDataset, name.trimmed());
}

store::Sensitivity Settings::defaultSensitivity() const
{
    // Stored by name, as everywhere else in Commonplace, so the file reads plainly.
    const QString name = QSettings().value(keys::defaultSensitivity).toString();
    if (auto level = store::parseSensitivity(name.toStdString()))
        return *level;
    return store::Sensitivity::Internal;
}

void Settings::setDefaultSensitivity(store::Sensitivity sensitivity)
{
    write(keys::defaultSensitivity, QString::fromUtf8(store::toString(sensitivity)));
}

int Settings::idleLockMinutes() const
{
    return readInt(keys::idleLock, kDefaultIdleLockMinutes, 0, kMaxIdleLockMinutes);
}

void Settings::setIdleLockMinutes(int minutes)
{
    write(keys::idleLock, std::clamp(minutes, 0, kMaxIdleLockMinutes));
}

bool Settings::loadDemoOnFirstRun() const
{
    return QSettings().value(keys::loadDemo, true).toBool();
}

void Settings::setLoadDemoOnFirstRun(bool load)
{
    write(keys::loadDemo, load);
}

int Settings::fontScalePercent() const
{
    return readInt(keys::fontScale, 100, kMinFontScale, kMaxFontScale);
}

void Settings::setFontScalePercent(int percent)
{
    write(keys::fontScale, std::clamp(percent, kMinFontScale, kMaxFontScale));
}

void Settings::migrate()
{
    QSettings settings;
    const int version = settings.value(keys::version, 0).toInt();
    if (version >= kVersion)
        return;
    // Version 0 is a file from before typed settings: nothing was stored under these keys, so
    // there is nothing to convert yet; later versions convert here, one step at a time.
    settings.setValue(keys::version, kVersion);
}

SettingsNotifier* Settings::notifier()
{
    static SettingsNotifier instance;
    return &instance;
}

} // namespace commonplace::ui
