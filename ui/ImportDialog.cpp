// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "Labels.h"
#include "io/CsvReader.h"
#include "io/Mapping.h"
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
#include <QTemporaryDir>
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

void ImportDialog::updatePreview()
{
    const QString mapping = m_mapping->text().trimmed();
    if (!m_previewedMapping.isNull() && mapping == m_previewedMapping)
        return;
    m_previewedMapping = mapping;
    m_rows->clear();
    m_entities->clear();

    // The rows, as the importer will cut them (the mapping's delimiter if it names one).
    io::CsvOptions options;
    std::optional<io::Mapping> parsed;
    QString mappingError;
    if (!mapping.isEmpty()) {
        auto loaded = io::loadMapping(QFile::encodeName(mapping).toStdString());
        if (loaded) {
            parsed = std::move(*loaded);
            if (!parsed->queries.empty() && parsed->queries.front().delimiter)
                options.delimiter = *parsed->queries.front().delimiter;
        } else {
            mappingError = QString::fromStdString(loaded.error().describe());
        }
    }
    if (!parsed && m_file.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive))
        options.delimiter = '\t';
    io::CsvReader reader(QFile::encodeName(m_file).toStdString(), options);
    std::vector<std::vector<std::string>> records;
    if (auto st = reader.open(); st) {
        while (records.size() < std::size_t(kPreviewRows) + 1 && reader.next())
            records.emplace_back(reader.fields().begin(), reader.fields().end());
    }
    if (reader.failed() && records.empty()) {
        m_previewStatus->setText(QString::fromStdString(reader.error().describe()));
        return;
    }
    if (!records.empty()) {
        const auto& header = records.front();
        m_rows->setColumnCount(int(header.size()));
        QStringList labels;
        for (const auto& h : header)
            labels << QString::fromStdString(h);
        m_rows->setHorizontalHeaderLabels(labels);
        m_rows->setRowCount(int(records.size()) - 1);
        for (std::size_t r = 1; r < records.size(); ++r) {
            for (std::size_t c = 0; c < records[r].size() && c < header.size(); ++c)
                m_rows->setItem(int(r - 1), int(c),
                                new QTableWidgetItem(QString::fromStdString(records[r][c])));
        }
        m_rows->resizeColumnsToContents();
    }
    if (mapping.isEmpty()) {
        m_previewStatus->setText(tr("Choose a mapping to see the entities these rows make."));
        return;
    }
    if (!mappingError.isEmpty()) {
        m_previewStatus->setText(mappingError);
        return;
    }

    // The entities: these rows imported for real, into a throwaway workspace.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        m_previewStatus->setText(tr("No room for a preview: %1").arg(scratch.errorString()));
        return;
    }
    const QString sample = scratch.filePath(QStringLiteral("sample.csv"));
    {
        QFile out(sample);
        if (!out.open(QIODevice::WriteOnly)) {
            m_previewStatus->setText(out.errorString());
            return;
        }
        for (const auto& record : records) {
            QByteArray line;
            for (std::size_t c = 0; c < record.size(); ++c) {
                if (c)
                    line += options.delimiter;
                QByteArray field = QByteArray::fromStdString(record[c]);
                field.replace('"', "\"\"");
                line += '"' + field + '"';
            }
            out.write(line + '\n');
        }
    }
    auto ws = store::Workspace::open(
        QFile::encodeName(scratch.filePath(QStringLiteral("preview.commonplace"))).toStdString(),
        store::Workspace::Mode::CreateNew);
    if (!ws) {
        m_previewStatus->setText(QString::fromStdString(ws.error().describe()));
        return;
    }
    io::ImportOptions importOptions;
    importOptions.format = io::Format::Csv;
    importOptions.dataset = "preview";
    importOptions.mappingPath = QFile::encodeName(mapping).toStdString();
    auto report = io::importFile(**ws, QFile::encodeName(sample).toStdString(), importOptions);
    if (!report) {
        // Name the user's file, not the sample; the sample's lines are the file's first ones
        // (one record a line), so the line number still points at the right row.
        QString message = QString::fromStdString(report.error().describe());
        message.replace(sample, QFileInfo(m_file).fileName());
        m_previewStatus->setText(tr("These rows would not import: %1").arg(message));
        return;
    }
    auto rows = (*ws)->listEntities({}, store::EntitySort::Schema, store::SortOrder::Ascending,
                                    nullptr, 200);
    int count = 0;
    if (rows) {
        for (const auto& row : *rows) {
            auto detail = (*ws)->entity(row.id);
            if (!detail)
                continue;
            const bool unnamed = row.caption.empty() || row.caption == row.id;
            auto* item =
                new QTreeWidgetItem(m_entities, {unnamed ? schemaLabel(row.schema)
                                                         : QString::fromStdString(row.caption),
                                                 schemaLabel(row.schema)});
            for (const auto& st : detail->statements)
                new QTreeWidgetItem(item, {propertyLabel(row.schema, st.prop),
                                           displayValue(row.schema, st.prop, st.value)});
            ++count;
        }
    }
    m_entities->expandToDepth(0);
    m_entities->resizeColumnToContents(0);
    m_previewStatus->setText(tr("The first %n rows make these entities. Nothing is written to "
                                "your workspace until you import.",
                                nullptr, int(records.size()) - 1));
    Q_UNUSED(count)
}

} // namespace commonplace::ui
