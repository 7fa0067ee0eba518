// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "Labels.h"
#include "settings/Language.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFont>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace commonplace::ui {

namespace {

QString nativeName(const QString& code)
{
    for (const LanguageInfo& language : supportedLanguages()) {
        if (language.code == code)
            return language.nativeName;
    }
    return code;
}

} // namespace

SettingsDialog::SettingsDialog(const QStringList& datasets, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    const Settings settings;

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(
        tr("System language (%1)").arg(nativeName(languageForLocale(QLocale::system()))),
        QString());
    // Each language by its own name, so a person who cannot read the current one finds theirs.
    for (const LanguageInfo& language : supportedLanguages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLanguageNote);

    m_languageNote = new QLabel;
    m_languageNote->setObjectName(QStringLiteral("languageNoteLabel"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);

    m_dataset = new QComboBox;
    m_dataset->setObjectName(QStringLiteral("defaultDatasetComboBox"));
    m_dataset->setAccessibleName(tr("Default dataset"));
    m_dataset->setEditable(true);
    m_dataset->setInsertPolicy(QComboBox::NoInsert);
    m_dataset->addItems(datasets);
    m_dataset->lineEdit()->setPlaceholderText(tr("None: choose for each finding"));
    m_dataset->setCurrentText(settings.defaultDataset());
    m_dataset->setToolTip(tr("The dataset a new finding goes into; type a name to use a new "
                             "dataset"));

    m_sensitivity = new QComboBox;
    m_sensitivity->setObjectName(QStringLiteral("defaultSensitivityComboBox"));
    m_sensitivity->setAccessibleName(tr("Default sensitivity"));
    for (auto level : {store::Sensitivity::Public, store::Sensitivity::Coalition,
                       store::Sensitivity::Internal, store::Sensitivity::Restricted})
        m_sensitivity->addItem(sensitivityLabel(level), static_cast<int>(level));
    m_sensitivity->setCurrentIndex(
        m_sensitivity->findData(static_cast<int>(settings.defaultSensitivity())));
    m_sensitivity->setToolTip(tr("How far a new finding may travel until you choose otherwise: "
                                 "exports leave out everything above the level they are given"));

    m_idleLock = new QSpinBox;
    m_idleLock->setObjectName(QStringLiteral("idleLockSpinBox"));
    m_idleLock->setAccessibleName(tr("Lock when idle for"));
    m_idleLock->setRange(0, Settings::kMaxIdleLockMinutes);
    m_idleLock->setSpecialValueText(tr("Never"));
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setValue(settings.idleLockMinutes());
    m_idleLock->setToolTip(tr("Lock Commonplace after this many minutes without input, so an "
                              "unattended laptop does not show your research (0: never)"));

    m_loadDemo = new QCheckBox(tr("Load the fictional de&mo dataset into a new default "
                                  "workspace"));
    m_loadDemo->setObjectName(QStringLiteral("loadDemoCheckBox"));
    m_loadDemo->setChecked(settings.loadDemoOnFirstRun());

    m_fontScale = new QSpinBox;
    m_fontScale->setObjectName(QStringLiteral("fontScaleSpinBox"));
    m_fontScale->setAccessibleName(tr("Text size"));
    m_fontScale->setRange(Settings::kMinFontScale, Settings::kMaxFontScale);
    m_fontScale->setSingleStep(10);
    m_fontScale->setSuffix(tr("%", "percent sign after the text size"));
    m_fontScale->setValue(settings.fontScalePercent());

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(tr("Default &dataset:"), m_dataset);
    form->addRow(tr("Default &sensitivity:"), m_sensitivity);
    form->addRow(tr("Loc&k when idle for:"), m_idleLock);
    form->addRow(tr("&Text size:"), m_fontScale);
    form->addRow(QString(), m_loadDemo);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    updateLanguageNote();
}

void SettingsDialog::updateLanguageNote()
{
    const QString chosen = effectiveLanguage(m_language->currentData().toString());
    const QString running = currentLanguage();
    if (running.isEmpty() || chosen == running) {
        m_languageNote->hide();
        return;
    }
    m_languageNote->setText(
        tr("Commonplace will speak %1 after a restart.").arg(nativeName(chosen)));
    m_languageNote->show();
}

void SettingsDialog::save()
{
    Settings settings;
    settings.setLanguage(m_language->currentData().toString());
    settings.setDefaultDataset(m_dataset->currentText());
    settings.setDefaultSensitivity(
        static_cast<store::Sensitivity>(m_sensitivity->currentData().toInt()));
    settings.setIdleLockMinutes(m_idleLock->value());
    settings.setLoadDemoOnFirstRun(m_loadDemo->isChecked());
    settings.setFontScalePercent(m_fontScale->value());
    applyFontScale(settings.fontScalePercent());
    const QString running = currentLanguage();
    m_languageChanged = !running.isEmpty() && effectiveLanguage(settings.language()) != running;
}

void SettingsDialog::accept()
{
    save();
    QDialog::accept();
}

void editPreferences(QWidget* window, const QStringList& datasets,
                     const QStringList& restartArguments)
{
    SettingsDialog dialog(datasets, window);
    if (dialog.exec() != QDialog::Accepted || !dialog.languageChanged())
        return;
    QMessageBox box(QMessageBox::Question, SettingsDialog::tr("Restart Commonplace?"),
                    SettingsDialog::tr("The new language takes effect when Commonplace "
                                       "restarts. Restart now? Your work is saved."),
                    QMessageBox::NoButton, window);
    QPushButton* restart =
        box.addButton(SettingsDialog::tr("&Restart Now"), QMessageBox::AcceptRole);
    box.addButton(SettingsDialog::tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restart);
    box.exec();
    if (box.clickedButton() != restart)
        return;
    // Close first: the window saves its layout and refuses while a task runs.
    if (!window->close())
        return;
    QProcess::startDetached(QCoreApplication::applicationFilePath(), restartArguments);
    QCoreApplication::quit();
}

QFont withScriptFallbacks(QFont font)
{
    // The desktop's font (Noto Sans here) has no Arabic, Hebrew or CJK glyphs; without these
    // fallbacks fontconfig picks whatever covers the script (often DejaVu Sans for Arabic),
    // which looks out of place beside it. Only faces that are installed are added.
    static const char* const kFallbacks[] = {
        "Noto Sans Arabic", "Noto Sans Hebrew",    "Noto Sans Devanagari", "Noto Sans Bengali",
        "Noto Sans Thai",   "Noto Sans Armenian",  "Noto Sans Georgian",   "Noto Sans Ethiopic",
        "Noto Sans CJK SC", "WenQuanYi Micro Hei",
    };
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    for (const char* name : kFallbacks) {
        const QString family = QString::fromLatin1(name);
        if (!families.contains(family) && QFontDatabase::hasFamily(family))
            families << family;
    }
    font.setFamilies(families);
    return font;
}

void applyFontScale(int percent)
{
    static const QFont base = withScriptFallbacks(QApplication::font());
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * percent / 100.0);
    else if (base.pixelSize() > 0)
        font.setPixelSize(static_cast<int>(std::lround(base.pixelSize() * percent / 100.0)));
    QApplication::setFont(font);
}

} // namespace commonplace::ui
