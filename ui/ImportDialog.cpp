// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "Labels.h"
#include "import/CsvMappingEditor.h"
#include "import/CsvPreview.h"
#include "io/Mapping.h"
#include "io/MappingPreview.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QTreeWidget>
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
    m_editMappingButton = new QPushButton(tr("Edi&t Mapping…"));
    m_editMappingButton->setObjectName(QStringLiteral("editMappingButton"));
    m_editMappingButton->setToolTip(
        tr("Make a new mapping, or change this one, in the CSV mapping editor"));
    auto* mappingRow = new QHBoxLayout;
    mappingRow->setContentsMargins(0, 0, 0, 0);
    mappingRow->addWidget(m_mapping, 1);
    mappingRow->addWidget(m_mappingButton);
    mappingRow->addWidget(m_editMappingButton);

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

    // CSV preview: the first rows, and what the mapping makes of them.
    m_rows = new QTableWidget;
    m_rows->setObjectName(QStringLiteral("csvRowsTable"));
    m_rows->setAccessibleName(tr("First rows of the file"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setWordWrap(false);
    m_rows->verticalHeader()->setDefaultSectionSize(m_rows->fontMetrics().height() + 8);
    m_entities = new QTreeWidget;
    m_entities->setObjectName(QStringLiteral("csvEntitiesTree"));
    m_entities->setAccessibleName(tr("Entities the mapping makes of these rows"));
    m_entities->setColumnCount(2);
    m_entities->setHeaderLabels({tr("Entity or property"), tr("Value")});
    m_entities->setUniformRowHeights(true);
    m_previewStatus = new QLabel;
    m_previewStatus->setObjectName(QStringLiteral("csvPreviewStatus"));
    m_previewStatus->setWordWrap(true);
    m_previewStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* rowsLabel = new QLabel(tr("First &rows of the file:"));
    rowsLabel->setBuddy(m_rows);
    auto* entitiesLabel = new QLabel(tr("&Entities they make:"));
    entitiesLabel->setBuddy(m_entities);
    m_preview = new QWidget;
    auto* previewLayout = new QVBoxLayout(m_preview);
    previewLayout->setContentsMargins(0, 6, 0, 0);
    previewLayout->addWidget(rowsLabel);
    previewLayout->addWidget(m_rows, 2);
    previewLayout->addWidget(entitiesLabel);
    previewLayout->addWidget(m_entities, 3);
    previewLayout->addWidget(m_previewStatus);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    connect(m_dataset, &QLineEdit::textChanged, this, &ImportDialog::updateState);
    connect(m_mapping, &QLineEdit::textChanged, this, &ImportDialog::updateState);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::updateState);
    connect(m_mappingButton, &QPushButton::clicked, this, &ImportDialog::chooseMapping);
    connect(m_editMappingButton, &QPushButton::clicked, this, &ImportDialog::editMapping);
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
    m_editMappingButton->setEnabled(csv);
    m_preview->setVisible(csv);
    if (csv)
        updatePreview();
    else if (!m_previewedMapping.isNull())
        adjustSize();
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

void ImportDialog::editMapping()
{
    CsvMappingEditor editor(m_file, m_mapping->text().trimmed(), this);
    if (editor.exec() != QDialog::Accepted || editor.mappingFile().isEmpty())
        return;
    m_previewedMapping = QString(); // the file may have changed under the same name
    if (m_mapping->text().trimmed() == editor.mappingFile())
        updateState();
    else
        m_mapping->setText(editor.mappingFile());
}

void ImportDialog::updatePreview()
{
    const QString mapping = m_mapping->text().trimmed();
    if (!m_previewedMapping.isNull() && mapping == m_previewedMapping)
        return;
    m_previewedMapping = mapping;
    m_rows->clear();
    m_entities->clear();

    // The rows, as the importer will cut them (the mapping's delimiter and encoding).
    io::CsvOptions options;
    std::optional<io::Mapping> parsed;
    QString mappingError;
    if (!mapping.isEmpty()) {
        auto loaded = io::loadMapping(QFile::encodeName(mapping).toStdString());
        if (loaded) {
            parsed = std::move(*loaded);
            if (!parsed->queries.empty() && parsed->queries.front().delimiter)
                options.delimiter = *parsed->queries.front().delimiter;
            if (!parsed->queries.empty() && parsed->queries.front().encoding)
                options.encoding = *parsed->queries.front().encoding;
        } else {
            mappingError = QString::fromStdString(loaded.error().describe());
        }
    }
    if ((!parsed || !parsed->queries.front().delimiter) &&
        (m_file.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive) ||
         m_file.endsWith(QLatin1String(".tab"), Qt::CaseInsensitive)))
        options.delimiter = '\t';
    const bool header = !parsed || parsed->queries.front().header;
    auto sample = io::readCsvSample(QFile::encodeName(m_file).toStdString(), options,
                                    std::size_t(kPreviewRows), header);
    if (!sample) {
        m_previewStatus->setText(QString::fromStdString(sample.error().describe()));
        return;
    }
    m_rows->setColumnCount(int(sample->header.size()));
    QStringList labels;
    for (const auto& h : sample->header)
        labels << QString::fromStdString(h);
    m_rows->setHorizontalHeaderLabels(labels);
    m_rows->setRowCount(int(sample->rows.size()));
    for (std::size_t r = 0; r < sample->rows.size(); ++r) {
        const auto& cells = sample->rows[r].cells;
        for (std::size_t c = 0; c < cells.size() && c < sample->header.size(); ++c)
            m_rows->setItem(int(r), int(c), new QTableWidgetItem(QString::fromStdString(cells[c])));
    }
    m_rows->resizeColumnsToContents();
    if (sample->error) {
        m_previewStatus->setText(QString::fromStdString(sample->error->describe()));
        return;
    }
    if (mapping.isEmpty()) {
        m_previewStatus->setText(tr("Choose a mapping, or make one with “Edit Mapping…”, to see "
                                    "the entities these rows make."));
        return;
    }
    if (!mappingError.isEmpty()) {
        m_previewStatus->setText(mappingError);
        return;
    }

    // The entities: these rows imported for real, into a throwaway workspace.
    const QString error =
        previewEntities(*parsed, *sample, QFileInfo(m_file).fileName(), m_entities);
    if (!error.isEmpty()) {
        m_previewStatus->setText(error);
        return;
    }
    m_previewStatus->setText(tr("The first %n rows make these entities. Nothing is written to "
                                "your workspace until you import.",
                                nullptr, int(sample->rows.size())));
}

} // namespace commonplace::ui
