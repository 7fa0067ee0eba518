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
    m_format->addItem(tr("Excel workbook (one sheet per type)"), int(io::ExportFormat::Xlsx));
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
    m_destinationLabel = new QLabel(tr("&Save to:"));
    m_destinationLabel->setBuddy(m_destination);
    form->addRow(m_destinationLabel, destinationRow);

    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);

    connect(m_destination, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseDestination);
    formatChanged();
    updateState();
    setMinimumWidth(520);
}

QString ExportDialog::suffixFor(io::ExportFormat format)
{
    switch (format) {
    case io::ExportFormat::Ftm:
        return QStringLiteral("ijson");
    case io::ExportFormat::Csv:
        return {}; // a folder of one CSV file per type
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
    const auto format = io::ExportFormat(m_format->currentData().toInt());
    const bool folder = format == io::ExportFormat::Csv;
    m_destinationLabel->setText(folder ? tr("&Folder:") : tr("&Save to:"));
    m_note->setText(folder ? tr("One CSV file per type is written into this folder; files of "
                                "the same name there are replaced.")
                           : tr("The file is written whole or not at all."));
    // Keep a chosen name in step with the format: a folder has no suffix, a file its own.
    const QString current = m_destination->text().trimmed();
    if (current.isEmpty())
        return;
    QFileInfo info(current);
    const QString base = info.suffix().isEmpty() ? info.fileName() : info.completeBaseName();
    const QString suffix = suffixFor(format);
    m_destination->setText(
        info.dir().filePath(suffix.isEmpty() ? base : base + QLatin1Char('.') + suffix));
}

void ExportDialog::chooseDestination()
{
    const auto format = io::ExportFormat(m_format->currentData().toInt());
    const QString suffix = suffixFor(format);
    QString start = m_destination->text().trimmed();
    if (suffix.isEmpty()) {
        // CSV: a folder, which may not exist yet (the export creates it).
        const QString parent = start.isEmpty() ? m_startDirectory : QFileInfo(start).path();
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Export into folder"), parent);
        if (!dir.isEmpty())
            m_destination->setText(dir);
        return;
    }
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
