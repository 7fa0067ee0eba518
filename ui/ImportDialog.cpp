// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "Labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace commonplace::ui {

ImportDialog::ImportDialog(const QString& file, QWidget* parent)
    : QDialog(parent)
    , m_file(file)
{
    setWindowTitle(tr("Import"));
    setObjectName(QStringLiteral("importDialog"));

    auto* intro = new QLabel(tr("Import <b>%1</b> into this workspace. Everything in the file is "
                                "imported, or nothing is.")
                                 .arg(QFileInfo(file).fileName().toHtmlEscaped()));
    intro->setWordWrap(true);

    m_dataset = new QLineEdit(datasetNameFor(file));
    m_dataset->setObjectName(QStringLiteral("datasetLineEdit"));
    m_dataset->setAccessibleName(tr("Dataset name"));
    m_dataset->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_.-]+")), m_dataset));
    m_dataset->setToolTip(tr("Every value remembers the dataset it came from. Letters, digits, "
                             "'_', '-' and '.'."));

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    m_format->setAccessibleName(tr("File format"));
    m_format->addItem(tr("Detect from the file"), int(io::Format::Auto));
    m_format->addItem(tr("FollowTheMoney JSON lines"), int(io::Format::Ftm));
    m_format->addItem(tr("CSV with a mapping"), int(io::Format::Csv));
    if (file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        m_format->setCurrentIndex(2);

    m_mapping = new QLineEdit;
    m_mapping->setObjectName(QStringLiteral("mappingLineEdit"));
    m_mapping->setAccessibleName(tr("Mapping file"));
    m_mapping->setPlaceholderText(tr("A JSON file saying which column goes to which property"));
    m_mappingButton = new QPushButton(tr("Choose…"));
    m_mappingButton->setAccessibleName(tr("Choose a mapping file"));
    auto* mappingRow = new QHBoxLayout;
    mappingRow->setContentsMargins(0, 0, 0, 0);
    mappingRow->addWidget(m_mapping, 1);
    mappingRow->addWidget(m_mappingButton);

    m_sensitivity = new QComboBox;
    m_sensitivity->setObjectName(QStringLiteral("sensitivityComboBox"));
    m_sensitivity->setAccessibleName(tr("Sensitivity of the imported values"));
    for (auto level : {store::Sensitivity::Public, store::Sensitivity::Coalition,
                       store::Sensitivity::Internal, store::Sensitivity::Restricted})
        m_sensitivity->addItem(sensitivityLabel(level), int(level));
    m_sensitivity->setToolTip(tr("The lowest sensitivity the imported values get; values the "
                                 "file marks as more sensitive keep their level."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Dataset:"), m_dataset);
    form->addRow(tr("&Format:"), m_format);
    // A row holding a layout gets no buddy by itself; without one "&M" would show literally.
    auto* mappingLabel = new QLabel(tr("&Mapping:"));
    mappingLabel->setBuddy(m_mapping);
    form->addRow(mappingLabel, mappingRow);
    form->addRow(tr("&Sensitivity:"), m_sensitivity);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_dataset, &QLineEdit::textChanged, this, &ImportDialog::updateState);
    connect(m_mapping, &QLineEdit::textChanged, this, &ImportDialog::updateState);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::updateState);
    connect(m_mappingButton, &QPushButton::clicked, this, &ImportDialog::chooseMapping);
    updateState();
    setMinimumWidth(480);
}

QString ImportDialog::datasetNameFor(const QString& file)
{
    QString base = QFileInfo(file).fileName();
    // "donations.ftm.json" -> "donations": drop every extension.
    if (int dot = base.indexOf(QLatin1Char('.')); dot > 0)
        base.truncate(dot);
    base = base.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9_.-]+")), QStringLiteral("_"));
    while (base.startsWith(QLatin1Char('_')) || base.startsWith(QLatin1Char('.')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('_')))
        base.chop(1);
    return base.isEmpty() ? QStringLiteral("imported") : base;
}

ImportRequest ImportDialog::request() const
{
    ImportRequest r;
    r.file = m_file;
    r.dataset = m_dataset->text().trimmed();
    r.format = io::Format(m_format->currentData().toInt());
    r.mappingFile = m_mapping->isEnabled() ? m_mapping->text().trimmed() : QString();
    r.sensitivity = store::Sensitivity(m_sensitivity->currentData().toInt());
    return r;
}

void ImportDialog::updateState()
{
    const auto format = io::Format(m_format->currentData().toInt());
    const bool csv =
        format == io::Format::Csv ||
        (format == io::Format::Auto && m_file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive));
    m_mapping->setEnabled(csv);
    m_mappingButton->setEnabled(csv);
    const bool ready =
        !m_dataset->text().trimmed().isEmpty() && (!csv || !m_mapping->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

void ImportDialog::chooseMapping()
{
    const QString start =
        m_mapping->text().isEmpty() ? QFileInfo(m_file).absolutePath() : m_mapping->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV mapping"), start,
                                                      tr("Mapping files (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_mapping->setText(path);
}

} // namespace commonplace::ui
