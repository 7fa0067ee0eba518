// SPDX-License-Identifier: GPL-3.0-or-later
// The app's preferences as typed values over QSettings: code asks for defaultSensitivity(), never
// for a raw key, so a key is spelled once, has one default, and is checked when read.
#pragma once

#include "store/Types.h"

#include <QObject>
#include <QString>

namespace commonplace::ui {

/** Emits changed() whenever any setting is written through a Settings object. */
class SettingsNotifier : public QObject
{
    Q_OBJECT

signals:
    void changed();
};

/**
 * Typed access to the user's preferences (QSettings under the application's organisation and
 * name). Values out of range or of the wrong type read as their default. Cheap to construct:
 * make one where you need it.
 */
class Settings
{
public:
    /** The version of the layout of the keys; migrate() brings older files up to it. */
    static constexpr int kVersion = 1;
    static constexpr int kDefaultIdleLockMinutes = 10;
    static constexpr int kMaxIdleLockMinutes = 24 * 60;
    static constexpr int kMinFontScale = 80;
    static constexpr int kMaxFontScale = 200;

    Settings();

    /** "" to follow the system's language, otherwise a code from supportedLanguages(). */
    QString language() const;
    void setLanguage(const QString& code);

    /** The dataset a new finding goes into; "" when the user has not chosen one. */
    QString defaultDataset() const;
    void setDefaultDataset(const QString& name);

    /** The sensitivity a new finding starts with. Internal unless the user chose otherwise. */
    store::Sensitivity defaultSensitivity() const;
    void setDefaultSensitivity(store::Sensitivity sensitivity);

    /** Minutes without input after which the app locks; 0 means never. */
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);

    /** Whether a new default workspace gets the fictional demo dataset on first run. */
    bool loadDemoOnFirstRun() const;
    void setLoadDemoOnFirstRun(bool load);

    /** The application font as a percentage of the system's (80-200). */
    int fontScalePercent() const;
    void setFontScalePercent(int percent);

    /** Upgrades keys written by older versions; called once at start-up. */
    static void migrate();
    /** Announces changes made through any Settings object (for the idle lock, ...). */
    static SettingsNotifier* notifier();
};

} // namespace commonplace::ui
