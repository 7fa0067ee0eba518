// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFont>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace commonplace::ui {

/**
 * Edit ▸ Preferences: language, the dataset and sensitivity of new findings, the idle time
 * after which the app locks, the demo on first run, the text size. Reads and writes Settings;
 * nothing is saved until OK.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /** `datasets`: the open workspace's datasets, offered for the default dataset. */
    explicit SettingsDialog(const QStringList& datasets, QWidget* parent = nullptr);

    /** Writes the dialog's values to Settings and applies the text size (OK does this). */
    void save();
    /** After save(): whether the language differs from the one the app runs in. */
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

private:
    void updateLanguageNote();

    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QComboBox* m_dataset = nullptr;
    QComboBox* m_sensitivity = nullptr;
    QSpinBox* m_idleLock = nullptr;
    QCheckBox* m_loadDemo = nullptr;
    QSpinBox* m_fontScale = nullptr;
    bool m_languageChanged = false;
};

/**
 * Shows the dialog for `window`; when the language changed, offers to restart (closing
 * `window` first, so nothing is lost) with `restartArguments`.
 */
void editPreferences(QWidget* window, const QStringList& datasets,
                     const QStringList& restartArguments);

/**
 * Scales the application font to `percent` of the font the app started with, and gives it
 * fallbacks for the scripts entity names come in (Arabic, Hebrew, CJK, ...) among the faces
 * installed, so every name is drawn in a face made for its script.
 */
void applyFontScale(int percent);
/** `font` with the installed script fallbacks added after its own families. */
QFont withScriptFallbacks(QFont font);

} // namespace commonplace::ui
