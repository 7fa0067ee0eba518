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
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

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

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ImportDialog::startPreview);

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
        schedulePreview();
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
    if (path.isEmpty())
        return;
    m_mapping->setText(path);
    if (m_mapping->isEnabled())
        startPreview(); // a choice, not typing: no need to wait
}

void ImportDialog::editMapping()
{
    CsvMappingEditor editor(m_file, m_mapping->text().trimmed(), this);
    if (editor.exec() != QDialog::Accepted || editor.mappingFile().isEmpty())
        return;
    m_previewedMapping = QString(); // the file may have changed under the same name
    // Not a keystroke: the preview starts at once.
    m_mapping->setText(editor.mappingFile());
    updateState();
    startPreview();
}

// Everything a preview shows, computed off the UI thread from values (never the dialog).
struct ImportDialog::PreviewData
{
    std::optional<io::CsvSample> sample;
    QString status;
    PreviewResult entities;
    bool entitiesRun = false;
};

bool ImportDialog::previewPending() const
{
    return m_previewTimer->isActive() || m_previewsRunning > 0;
}

void ImportDialog::schedulePreview()
{
    // Typing a dataset name does not change the preview; typing a mapping path does, once
    // the typing stops.
    const QString mapping = m_mapping->text().trimmed();
    if (!m_previewedMapping.isNull() && mapping == m_previewedMapping) {
        m_previewTimer->stop();
        return;
    }
    if (m_previewsStarted == 0)
        startPreview(); // the dialog opens with its preview on the way
    else
        m_previewTimer->start();
}

void ImportDialog::startPreview()
{
    m_previewTimer->stop();
    const QString mapping = m_mapping->text().trimmed();
    m_previewedMapping = mapping;
    ++m_previewsStarted;
    ++m_previewsRunning;
    const int generation = ++m_generation;
    const QString file = m_file;

    auto work = [file, mapping]() -> PreviewData {
        PreviewData data;
        // The rows, as the importer will cut them (the mapping's delimiter and encoding).
        io::CsvOptions options;
        std::optional<io::Mapping> parsed;
        QString mappingError;
        if (!mapping.isEmpty()) {
            auto loaded = io::loadMapping(QFile::encodeName(mapping).toStdString());
            if (loaded) {
                parsed = std::move(*loaded);
                if (parsed->queries.front().delimiter)
                    options.delimiter = *parsed->queries.front().delimiter;
                if (parsed->queries.front().encoding)
                    options.encoding = *parsed->queries.front().encoding;
            } else {
                mappingError = QString::fromStdString(loaded.error().describe());
            }
        }
        if ((!parsed || !parsed->queries.front().delimiter) &&
            (file.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive) ||
             file.endsWith(QLatin1String(".tab"), Qt::CaseInsensitive)))
            options.delimiter = '\t';
        const bool header = !parsed || parsed->queries.front().header;
        auto sample = io::readCsvSample(QFile::encodeName(file).toStdString(), options,
                                        std::size_t(kPreviewRows), header);
        if (!sample) {
            data.status = QString::fromStdString(sample.error().describe());
            return data;
        }
        data.sample = std::move(*sample);
        if (data.sample->error) {
            data.status = QString::fromStdString(data.sample->error->describe());
            return data;
        }
        if (mapping.isEmpty()) {
            data.status = tr("Choose a mapping, or make one with “Edit Mapping…”, to see the "
                             "entities these rows make.");
            return data;
        }
        if (!mappingError.isEmpty()) {
            data.status = mappingError;
            return data;
        }
        // The entities: these rows imported for real, into a throwaway workspace.
        data.entities = computePreview(*parsed, *data.sample, QFileInfo(file).fileName());
        data.entitiesRun = true;
        data.status = data.entities.error.isEmpty()
                          ? tr("The first %n rows make these entities. Nothing is written to "
                               "your workspace until you import.",
                               nullptr, int(data.sample->rows.size()))
                          : data.entities.error;
        return data;
    };
    auto* watcher = new QFutureWatcher<PreviewData>(this);
    connect(watcher, &QFutureWatcher<PreviewData>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_previewsRunning;
        if (generation != m_generation)
            return; // typing went on: a newer preview is running or due
        showPreviewData(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(work));
}

void ImportDialog::showPreviewData(const PreviewData& data)
{
    m_rows->clear();
    m_entities->clear();
    m_rows->setRowCount(0);
    m_rows->setColumnCount(0);
    if (data.sample) {
        const auto& sample = *data.sample;
        m_rows->setColumnCount(int(sample.header.size()));
        QStringList labels;
        for (const auto& h : sample.header)
            labels << QString::fromStdString(h);
        m_rows->setHorizontalHeaderLabels(labels);
        m_rows->setRowCount(int(sample.rows.size()));
        QStringList lines;
        for (std::size_t r = 0; r < sample.rows.size(); ++r) {
            const auto& cells = sample.rows[r].cells;
            lines << QString::number(sample.rows[r].line);
            for (std::size_t c = 0; c < cells.size() && c < sample.header.size(); ++c)
                m_rows->setItem(int(r), int(c),
                                new QTableWidgetItem(QString::fromStdString(cells[c])));
        }
        m_rows->setVerticalHeaderLabels(lines);
        m_rows->resizeColumnsToContents();
    }
    if (data.entitiesRun)
        showPreview(data.entities, m_entities);
    m_previewStatus->setText(data.status);
    emit previewShown();
}

} // namespace commonplace::ui
