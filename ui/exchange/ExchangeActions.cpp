// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/ExchangeActions.h"

#include "exchange/BundleExportDialog.h"
#include "exchange/BundleImportDialog.h"
#include "exchange/ExchangeText.h"
#include "exchange/KeyringDialog.h"

#include "store/Workspace.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace commonplace::ui {

namespace {
const auto kBundleDir = QStringLiteral("exchange/bundleDir");
}

ExchangeActions::ExchangeActions(QWidget* window, std::function<store::Workspace*()> workspace,
                                 std::function<void()> changed)
    : QObject(window)
    , m_window(window)
    , m_workspace(std::move(workspace))
    , m_changed(std::move(changed))
{
    m_import = new QAction(tr("Import &Bundle…"), this);
    m_import->setObjectName(QStringLiteral("importBundleAction"));
    m_import->setStatusTip(tr("Import a signed exchange bundle from a partner organisation"));
    connect(m_import, &QAction::triggered, this, &ExchangeActions::importBundle);
    m_export = new QAction(tr("E&xport Bundle…"), this);
    m_export->setObjectName(QStringLiteral("exportBundleAction"));
    m_export->setStatusTip(tr("Export a signed bundle for partners, redacted and sealed"));
    connect(m_export, &QAction::triggered, this, &ExchangeActions::exportBundle);
    m_keys = new QAction(tr("&Keys…"), this);
    m_keys->setObjectName(QStringLiteral("keysAction"));
    m_keys->setStatusTip(tr("This organisation's key and partners' keys"));
    connect(m_keys, &QAction::triggered, this, &ExchangeActions::showKeys);
}

void ExchangeActions::addTo(QMenu* file, QMenu* tools)
{
    file->addAction(m_import);
    file->addAction(m_export);
    tools->addAction(m_keys);
}

void ExchangeActions::setEnabled(bool enabled)
{
    for (QAction* a : {m_import, m_export, m_keys})
        a->setEnabled(enabled);
}

void ExchangeActions::importBundle()
{
    store::Workspace* ws = m_workspace();
    if (!ws)
        return;
    QSettings settings;
    const QString file = QFileDialog::getOpenFileName(
        m_window, tr("Import a bundle"), settings.value(kBundleDir, QDir::homePath()).toString(),
        tr("Commonplace bundles (*.cpbundle);;All files (*)"));
    if (file.isEmpty())
        return;
    settings.setValue(kBundleDir, QFileInfo(file).path());
    BundleImportDialog dialog(ws, file, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto& r = dialog.report();
    if (m_changed)
        m_changed();
    QMessageBox::information(m_window, tr("Bundle imported"),
                             tr("Imported into dataset “%1”: %2 new values, %3 retracted.")
                                 .arg(QString::fromStdString(r.dataset),
                                      QString::number(r.statementsAdded),
                                      QString::number(r.statementsRetracted)));
}

void ExchangeActions::exportBundle()
{
    store::Workspace* ws = m_workspace();
    if (!ws)
        return;
    QStringList names;
    if (auto datasets = ws->datasets()) {
        for (const auto& d : *datasets)
            names << QString::fromStdString(d.name);
    }
    QSettings settings;
    BundleExportDialog dialog(ws, names, settings.value(kBundleDir, QDir::homePath()).toString(),
                              m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto& r = dialog.report();
    QMessageBox::information(
        m_window, tr("Bundle exported"),
        tr("Bundle number %1 of dataset “%2” written.")
                .arg(QString::number(r.sequence), QString::fromStdString(r.dataset)) +
            QLatin1Char('\n') + ExchangeText::withheld(r.withheld));
}

void ExchangeActions::showKeys()
{
    store::Workspace* ws = m_workspace();
    if (!ws)
        return;
    KeyringDialog dialog(ws, m_window);
    dialog.exec();
}

} // namespace commonplace::ui
