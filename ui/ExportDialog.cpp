// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "Labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace commonplace::ui {

ExportDialog::ExportDialog(const QStringList& datasets, const QString& startDirectory,
                           QWidget* parent)
    : QDialog(parent)
    , m_startDirectory(startDirectory)
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    m_format->setAccessibleName(tr("Export format"));
    m_format->addItem(tr("FollowTheMoney JSON lines"), int(io::ExportFormat::Ftm));
    m_format->addItem(tr("CSV (one table per type)"), int(io::ExportFormat::Csv));
    m_format->addItem(tr("GraphML (yEd, NetworkX)"), int(io::ExportFormat::GraphML));
    m_format->addItem(tr("GEXF (Gephi)"), int(io::ExportFormat::Gexf));

    m_sensitivity = new QComboBox;
    m_sensitivity->setObjectName(QStringLiteral("maxSensitivityComboBox"));
    m_sensitivity->setAccessibleName(tr("Highest sensitivity to include"));
    for (auto level : {store::Sensitivity::Public, store::Sensitivity::Coalition,
                       store::Sensitivity::Internal, store::Sensitivity::Restricted})
        m_sensitivity->addItem(sensitivityLabel(level), int(level));
    // Sharing is the common case and the safe default: only public values leave.
    m_sensitivity->setCurrentIndex(0);
    m_sensitivity->setToolTip(tr("Values and sources more sensitive than this are left out."));

    m_dataset = new QComboBox;
    m_dataset->setObjectName(QStringLiteral("datasetComboBox"));
    m_dataset->setAccessibleName(tr("Dataset to export"));
    m_dataset->addItem(tr("All datasets"), QString());
    for (const QString& name : datasets)
        m_dataset->addItem(name, name);

    m_destination = new QLineEdit;
    m_destination->setObjectName(QStringLiteral("destinationLineEdit"));
    m_destination->setAccessibleName(tr("Destination file"));
    auto* browse = new QPushButton(tr("Choose…"));
    browse->setAccessibleName(tr("Choose the destination file"));
    auto* destinationRow = new QHBoxLayout;
    destinationRow->setContentsMargins(0, 0, 0, 0);
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Include up to:"), m_sensitivity);
    form->addRow(tr("&Dataset:"), m_dataset);
    auto* destinationLabel = new QLabel(tr("&Save to:"));
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destinationRow);

    auto* note = new QLabel(tr("The file is written whole or not at all."));
    note->setForegroundRole(QPalette::PlaceholderText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    connect(m_destination, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseDestination);
    updateState();
    setMinimumWidth(520);
}

QString ExportDialog::suffixFor(io::ExportFormat format)
{
    switch (format) {
    case io::ExportFormat::Ftm:
        return QStringLiteral("ijson");
    case io::ExportFormat::Csv:
        return QStringLiteral("csv");
    case io::ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case io::ExportFormat::GraphML:
        return QStringLiteral("graphml");
    case io::ExportFormat::Gexf:
        return QStringLiteral("gexf");
    case io::ExportFormat::Bundle:
        return QStringLiteral("cpbundle");
    }
    return {};
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.file = m_destination->text().trimmed();
    r.format = io::ExportFormat(m_format->currentData().toInt());
    r.maxSensitivity = store::Sensitivity(m_sensitivity->currentData().toInt());
    r.dataset = m_dataset->currentData().toString();
    return r;
}

void ExportDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_destination->text().trimmed().isEmpty());
}

void ExportDialog::formatChanged()
{
    // Keep a chosen file name in step with the format.
    const QString current = m_destination->text().trimmed();
    if (current.isEmpty())
        return;
    QFileInfo info(current);
    const QString suffix = suffixFor(io::ExportFormat(m_format->currentData().toInt()));
    m_destination->setText(
        info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
}

void ExportDialog::chooseDestination()
{
    const auto format = io::ExportFormat(m_format->currentData().toInt());
    const QString suffix = suffixFor(format);
    QString start = m_destination->text().trimmed();
    if (start.isEmpty())
        start = QDir(m_startDirectory).filePath(QStringLiteral("export.") + suffix);
    QFileDialog dialog(this, tr("Export to"), start,
                       tr("%1 files (*.%2);;All files (*)").arg(suffix.toUpper(), suffix));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    dialog.selectFile(start);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        m_destination->setText(dialog.selectedFiles().constFirst());
}

} // namespace commonplace::ui
