// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvMappingEditor.h"

#include "Labels.h"
#include "import/CsvFilterDialog.h"
#include "import/CsvPreview.h"
#include "io/MappingRows.h"
#include "model/Model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace commonplace::ui {

namespace {

const model::Model& theModel()
{
    return model::Model::builtin();
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string ss(const QString& s)
{
    return s.toStdString();
}

char defaultDelimiterFor(const QString& file)
{
    return file.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive) ||
                   file.endsWith(QLatin1String(".tab"), Qt::CaseInsensitive)
               ? '\t'
               : ',';
}

bool contains(const std::vector<std::string>& list, const std::string& s)
{
    return std::find(list.begin(), list.end(), s) != list.end();
}

// Required properties first, then those that name the entity, then the featured ones, then
// the rest by label: what a person maps first is on top.
int propertyRank(const model::Schema& schema, const model::Property& p)
{
    if (contains(schema.required(), p.name))
        return 0;
    if (contains(schema.caption(), p.name))
        return 1;
    if (contains(schema.featured(), p.name))
        return 2;
    return 3;
}

} // namespace

CsvMappingEditor::CsvMappingEditor(const QString& csvFile, const QString& mappingFile,
                                   QWidget* parent)
    : QDialog(parent)
    , m_csvFile(csvFile)
{
    setWindowTitle(tr("CSV Mapping — %1").arg(QFileInfo(csvFile).fileName()));
    setObjectName(QStringLiteral("csvMappingEditor"));

    auto* intro = new QLabel(
        tr("Say which entities each row of <b>%1</b> becomes: their type, the columns whose "
           "values identify them, and where each property comes from. The preview below "
           "imports the first rows for real, into a scratch workspace.")
            .arg(QFileInfo(csvFile).fileName().toHtmlEscaped()));
    intro->setWordWrap(true);

    // How the file is read.
    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(QStringLiteral("delimiterComboBox"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->addItem(tr("Comma ( , )"), int(','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Vertical bar ( | )"), int('|'));
    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("encodingComboBox"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_encoding->addItem(tr("UTF-8"), int(io::CsvEncoding::Utf8));
    m_encoding->addItem(tr("Windows-1252 (Western European)"), int(io::CsvEncoding::Windows1252));
    m_encoding->addItem(tr("Latin-1 (ISO-8859-1)"), int(io::CsvEncoding::Latin1));
    m_header = new QCheckBox(tr("First row holds the column names"));
    m_header->setObjectName(QStringLiteral("headerCheckBox"));
    m_header->setToolTip(tr("Without a header row the first row is data and the columns are "
                            "named by their number: 1, 2, 3, …"));
    m_keyPrefix = new QLineEdit;
    m_keyPrefix->setObjectName(QStringLiteral("keyPrefixLineEdit"));
    m_keyPrefix->setAccessibleName(tr("Id prefix"));
    m_keyPrefix->setToolTip(tr("Text hashed into every id; FollowTheMoney uses the dataset name. "
                               "Leave it empty unless ids must match another tool's."));
    m_query = new QComboBox;
    m_query->setObjectName(QStringLiteral("queryComboBox"));
    m_query->setAccessibleName(tr("Pass over the file"));
    m_query->setToolTip(tr("This mapping reads the file several times, each pass with its own "
                           "row filter and entities."));
    m_detected = new QLabel;
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setWordWrap(true);
    m_filters = new QLabel;
    m_filters->setObjectName(QStringLiteral("filtersLabel"));
    m_filters->setWordWrap(true);
    m_editFilters = new QPushButton(tr("Row Filters…"));
    m_editFilters->setObjectName(QStringLiteral("rowFiltersButton"));
    m_editFilters->setToolTip(tr("Choose which rows this pass reads, by the values of a column"));
    m_addPass = new QPushButton(tr("Add Pass"));
    m_addPass->setObjectName(QStringLiteral("addPassButton"));
    m_addPass->setToolTip(tr("Read the file once more, with its own row filters and entities "
                             "(for example to type the same key as a Person in some rows and "
                             "as a Company in others)"));
    m_removePass = new QPushButton(tr("Remove Pass"));
    m_removePass->setObjectName(QStringLiteral("removePassButton"));
    m_description = new QLineEdit;
    m_description->setObjectName(QStringLiteral("descriptionLineEdit"));
    m_description->setAccessibleName(tr("Description of the mapping"));
    m_description->setPlaceholderText(tr("What this mapping is for (optional)"));

    // Shown when a mapping file could not be loaded: the rows stay on screen, the reason is
    // spelt out, and the user can load it again after fixing it, or start a new mapping.
    m_loadProblem = new QFrame;
    m_loadProblem->setObjectName(QStringLiteral("loadProblemBar"));
    m_loadProblem->setAutoFillBackground(true);
    {
        QPalette pal = m_loadProblem->palette();
        pal.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
        pal.setColor(QPalette::WindowText, QColor(0x7a, 0x0e, 0x0e));
        m_loadProblem->setPalette(pal);
    }
    static_cast<QFrame*>(m_loadProblem)->setFrameShape(QFrame::StyledPanel);
    m_loadProblemText = new QLabel;
    m_loadProblemText->setObjectName(QStringLiteral("loadProblemLabel"));
    m_loadProblemText->setWordWrap(true);
    m_loadProblemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryLoad = new QPushButton(tr("Load Again"));
    m_retryLoad->setObjectName(QStringLiteral("retryLoadButton"));
    m_retryLoad->setToolTip(tr("Read the mapping file again, after fixing it in a text editor"));
    m_startNew = new QPushButton(tr("Start a New Mapping"));
    m_startNew->setObjectName(QStringLiteral("startNewMappingButton"));
    {
        auto* bar = new QHBoxLayout(m_loadProblem);
        bar->addWidget(m_loadProblemText, 1);
        bar->addWidget(m_retryLoad);
        bar->addWidget(m_startNew);
    }
    m_loadProblem->hide();

    auto* fileRow = new QHBoxLayout;
    auto addLabelled = [&](QHBoxLayout* row, const QString& text, QWidget* w) {
        auto* label = new QLabel(text);
        label->setBuddy(w);
        row->addWidget(label);
        row->addWidget(w);
        return label;
    };
    addLabelled(fileRow, tr("&Delimiter:"), m_delimiter);
    addLabelled(fileRow, tr("&Encoding:"), m_encoding);
    fileRow->addWidget(m_header);
    addLabelled(fileRow, tr("Id pre&fix:"), m_keyPrefix);
    fileRow->addStretch(1);
    auto* passRow = new QHBoxLayout;
    m_queryLabel = addLabelled(passRow, tr("P&ass:"), m_query);
    passRow->addWidget(m_addPass);
    passRow->addWidget(m_removePass);
    passRow->addWidget(m_editFilters);
    passRow->addWidget(m_filters, 1);
    auto* descriptionLabel = new QLabel(tr("Description:"));
    descriptionLabel->setBuddy(m_description);
    passRow->addWidget(descriptionLabel);
    passRow->addWidget(m_description, 1);

    m_rows = new QTableWidget;
    m_rows->setObjectName(QStringLiteral("csvRowsTable"));
    m_rows->setAccessibleName(tr("First rows of the file"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setWordWrap(false);
    m_rows->verticalHeader()->setDefaultSectionSize(m_rows->fontMetrics().height() + 6);
    auto* rowsLabel = new QLabel(tr("First &rows of the file:"));
    rowsLabel->setBuddy(m_rows);

    // The entities each row makes.
    m_entities = new QListWidget;
    m_entities->setObjectName(QStringLiteral("entitiesList"));
    m_entities->setAccessibleName(tr("Entities each row makes"));
    auto* entitiesLabel = new QLabel(tr("Entit&ies each row makes:"));
    entitiesLabel->setBuddy(m_entities);
    m_newSchema = new QComboBox;
    m_newSchema->setObjectName(QStringLiteral("newSchemaComboBox"));
    m_newSchema->setAccessibleName(tr("Type of a new entity"));
    m_schema = new QComboBox;
    m_schema->setObjectName(QStringLiteral("schemaComboBox"));
    m_schema->setAccessibleName(tr("Type of the entity"));
    {
        std::vector<const model::Schema*> schemata;
        for (const model::Schema* s : theModel().schemata())
            if (!s->isAbstract())
                schemata.push_back(s);
        std::vector<std::pair<QString, QString>> items;
        for (const model::Schema* s : schemata)
            items.emplace_back(schemaLabel(s->name()), qs(s->name()));
        std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
            return QString::localeAwareCompare(a.first, b.first) < 0;
        });
        for (const auto& [label, name] : items) {
            m_newSchema->addItem(label, name);
            m_schema->addItem(label, name);
        }
        m_newSchema->setCurrentIndex(m_newSchema->findData(QStringLiteral("Person")));
    }
    m_addEntity = new QPushButton(tr("Add entit&y"));
    m_addEntity->setObjectName(QStringLiteral("addEntityButton"));
    m_removeEntity = new QPushButton(tr("Remo&ve entity"));
    m_removeEntity->setObjectName(QStringLiteral("removeEntityButton"));
    auto* newRow = new QHBoxLayout;
    addLabelled(newRow, tr("Ne&w:"), m_newSchema);
    newRow->addWidget(m_addEntity);
    auto* entitiesBox = new QVBoxLayout;
    entitiesBox->addWidget(entitiesLabel);
    entitiesBox->addWidget(m_entities, 1);
    entitiesBox->addLayout(newRow);
    entitiesBox->addWidget(m_removeEntity);

    m_entityName = new QLineEdit;
    m_entityName->setObjectName(QStringLiteral("entityNameLineEdit"));
    m_entityName->setAccessibleName(tr("Name of the entity in the mapping"));
    m_entityName->setToolTip(tr("Used by links between the entities of a row (a payment's "
                                "payer is the entity named here)."));
    m_keys = new QListWidget;
    m_keys->setObjectName(QStringLiteral("keyColumnsList"));
    m_keys->setAccessibleName(tr("Key columns"));
    m_keys->setToolTip(tr("Tick the columns whose values identify the entity: rows with the "
                          "same values make one entity. Space ticks the current column."));
    m_keys->setMaximumHeight(110);
    m_keyLiteral = new QLineEdit;
    m_keyLiteral->setObjectName(QStringLiteral("keyLiteralLineEdit"));
    m_keyLiteral->setAccessibleName(tr("Key text"));
    m_keyLiteral->setToolTip(tr("Optional text hashed into this entity's ids, to keep apart "
                                "entities made from the same columns."));
    m_properties = new QTableWidget(0, 3);
    m_properties->setObjectName(QStringLiteral("propertiesTable"));
    m_properties->setAccessibleName(tr("Properties of the entity"));
    m_properties->setHorizontalHeaderLabels({tr("Property"), tr("Comes from"), tr("Sample")});
    m_properties->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_properties->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_properties->setSelectionMode(QAbstractItemView::SingleSelection);
    m_properties->verticalHeader()->hide();
    m_properties->horizontalHeader()->setStretchLastSection(true);
    m_properties->verticalHeader()->setDefaultSectionSize(m_properties->fontMetrics().height() + 6);
    m_propertyPicker = new QComboBox;
    m_propertyPicker->setObjectName(QStringLiteral("propertyPickerComboBox"));
    m_propertyPicker->setAccessibleName(tr("Property to add"));
    m_propertyPicker->setToolTip(tr("★ required by the type, ◆ names the entity"));
    m_addProperty = new QPushButton(tr("Add pro&perty"));
    m_addProperty->setObjectName(QStringLiteral("addPropertyButton"));
    m_removeProperty = new QPushButton(tr("Remove t&his property"));
    m_removeProperty->setObjectName(QStringLiteral("removePropertyButton"));

    auto* entityForm = new QFormLayout;
    entityForm->addRow(tr("&Name:"), m_entityName);
    entityForm->addRow(tr("&Type:"), m_schema);
    entityForm->addRow(tr("&Key columns:"), m_keys);
    entityForm->addRow(tr("Key &literal:"), m_keyLiteral);
    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_propertyPicker, 1);
    pickRow->addWidget(m_addProperty);
    pickRow->addWidget(m_removeProperty);
    auto* propertiesLabel =
        new QLabel(tr("Pr&operties (★ required by the type, ◆ names the entity):"));
    propertiesLabel->setBuddy(m_properties);

    // Where the current property's values come from.
    m_propertyTitle = new QLabel;
    m_propertyTitle->setObjectName(QStringLiteral("propertyTitle"));
    m_sourceKind = new QComboBox;
    m_sourceKind->setObjectName(QStringLiteral("sourceKindComboBox"));
    m_sourceKind->setAccessibleName(tr("Source of the values"));
    m_sourceKind->addItem(tr("A column"), int(SourceKind::Column));
    m_sourceKind->addItem(tr("A constant value"), int(SourceKind::Constant));
    m_sourceKind->addItem(tr("A template of columns"), int(SourceKind::Template));
    m_sourceKind->addItem(tr("Another entity of the row"), int(SourceKind::Entity));
    m_sourceColumn = new QComboBox;
    m_sourceColumn->setObjectName(QStringLiteral("sourceColumnComboBox"));
    m_sourceColumn->setAccessibleName(tr("Column"));
    m_sourceText = new QLineEdit;
    m_sourceText->setObjectName(QStringLiteral("sourceTextLineEdit"));
    m_sourceText->setAccessibleName(tr("Constant value or template"));
    m_sourceEntity = new QComboBox;
    m_sourceEntity->setObjectName(QStringLiteral("sourceEntityComboBox"));
    m_sourceEntity->setAccessibleName(tr("Target entity"));
    m_format = new QLineEdit;
    m_format->setObjectName(QStringLiteral("dateFormatLineEdit"));
    m_format->setAccessibleName(tr("Date format"));
    m_format->setPlaceholderText(tr("ISO dates; or e.g. %d.%m.%Y"));
    m_split = new QLineEdit;
    m_split->setObjectName(QStringLiteral("splitLineEdit"));
    m_split->setAccessibleName(tr("Separator of several values in one cell"));
    m_split->setMaximumWidth(80);
    m_required = new QCheckBox(tr("Re&quired: a row without a value is an error"));
    m_required->setObjectName(QStringLiteral("requiredCheckBox"));
    m_sampleLabel = new QLabel;
    m_sampleLabel->setObjectName(QStringLiteral("sampleLabel"));
    m_sampleLabel->setWordWrap(true);
    m_sampleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* sourceForm = new QFormLayout;
    sourceForm->addRow(m_propertyTitle);
    sourceForm->addRow(tr("&Source:"), m_sourceKind);
    sourceForm->addRow(tr("&Column:"), m_sourceColumn);
    sourceForm->addRow(tr("Te&xt:"), m_sourceText);
    sourceForm->addRow(tr("Tar&get entity:"), m_sourceEntity);
    auto* optionsRow = new QHBoxLayout;
    optionsRow->setContentsMargins(0, 0, 0, 0);
    optionsRow->addWidget(m_format, 1);
    addLabelled(optionsRow, tr("Split values &by:"), m_split);
    auto* formatLabel = new QLabel(tr("Date for&mat:"));
    formatLabel->setBuddy(m_format);
    sourceForm->addRow(formatLabel, optionsRow);
    sourceForm->addRow(m_required);
    sourceForm->addRow(m_sampleLabel);
    m_propertyPanel = new QGroupBox(tr("Where the values come from"));
    m_propertyPanel->setLayout(sourceForm);

    auto* entityLayout = new QVBoxLayout;
    entityLayout->setContentsMargins(0, 0, 0, 0);
    entityLayout->addLayout(entityForm);
    entityLayout->addWidget(propertiesLabel);
    entityLayout->addWidget(m_properties, 1);
    entityLayout->addLayout(pickRow);
    m_entityPanel = new QWidget;
    auto* entityAndSource = new QHBoxLayout(m_entityPanel);
    entityAndSource->setContentsMargins(0, 0, 0, 0);
    entityAndSource->addLayout(entityLayout, 3);
    entityAndSource->addWidget(m_propertyPanel, 2);

    auto* mappingPane = new QWidget;
    auto* mappingLayout = new QHBoxLayout(mappingPane);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addLayout(entitiesBox, 1);
    mappingLayout->addWidget(m_entityPanel, 4);

    // The preview.
    m_preview = new QTreeWidget;
    m_preview->setObjectName(QStringLiteral("previewTree"));
    m_preview->setAccessibleName(tr("Entities the first rows make"));
    m_preview->setColumnCount(2);
    m_preview->setHeaderLabels({tr("Entity or property"), tr("Value")});
    m_preview->setUniformRowHeights(true);
    m_issues = new QListWidget;
    m_issues->setObjectName(QStringLiteral("issuesList"));
    m_issues->setAccessibleName(tr("Problems in the first rows"));
    m_issues->setWordWrap(true);
    m_issues->setResizeMode(QListView::Adjust);
    m_issues->setToolTip(tr("Choose a problem to see its cell in the rows above."));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* previewLabel = new QLabel(tr("Res&ult for the first rows:"));
    previewLabel->setBuddy(m_preview);
    auto* issuesLabel = new QLabel(tr("Problems in these rows:"));
    issuesLabel->setBuddy(m_issues);
    auto* previewPane = new QWidget;
    auto* previewGrid = new QHBoxLayout(previewPane);
    previewGrid->setContentsMargins(0, 0, 0, 0);
    auto* left = new QVBoxLayout;
    left->addWidget(previewLabel);
    left->addWidget(m_preview, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(issuesLabel);
    right->addWidget(m_issues, 1);
    previewGrid->addLayout(left, 3);
    previewGrid->addLayout(right, 2);

    auto* rowsPane = new QWidget;
    auto* rowsLayout = new QVBoxLayout(rowsPane);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addWidget(rowsLabel);
    rowsLayout->addWidget(m_rows, 1);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("mappingSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(rowsPane);
    splitter->addWidget(mappingPane);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({190, 440, 220});

    m_open = new QPushButton(tr("Open Mapping…"));
    m_open->setObjectName(QStringLiteral("openMappingButton"));
    m_open->setShortcut(QKeySequence::Open);
    m_open->setToolTip(
        tr("Load a mapping file (%1)")
            .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    m_save = new QPushButton(tr("Save Mapping"));
    m_save->setObjectName(QStringLiteral("saveMappingButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Save the mapping to its file (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_saveAs = new QPushButton(tr("Save Mapping As…"));
    m_saveAs->setObjectName(QStringLiteral("saveMappingAsButton"));
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use This Mapping"));
    m_buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_saveAs, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_loadProblem);
    layout->addLayout(fileRow);
    layout->addWidget(m_detected);
    layout->addLayout(passRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &CsvMappingEditor::refreshPreview);

    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        for (auto& q : m_mapping.queries)
            q.delimiter = char(m_delimiter->currentData().toInt());
        readFile();
        schedulePreview();
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        const auto e = io::CsvEncoding(m_encoding->currentData().toInt());
        for (auto& q : m_mapping.queries) {
            if (e == io::CsvEncoding::Utf8)
                q.encoding.reset();
            else
                q.encoding = e;
        }
        readFile();
        schedulePreview();
    });
    connect(m_header, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updating)
            return;
        for (auto& q : m_mapping.queries)
            q.header = on;
        readFile();
        schedulePreview();
    });
    connect(m_keyPrefix, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_mapping.keyPrefix = ss(text);
        schedulePreview();
    });
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString& text) {
        // Free text for people; the import ignores it. Cleared, the key goes.
        m_mapping.description = {};
        if (!text.isEmpty())
            m_mapping.description.text = ss(text);
    });
    connect(m_editFilters, &QPushButton::clicked, this, &CsvMappingEditor::editFilters);
    connect(m_addPass, &QPushButton::clicked, this, &CsvMappingEditor::addPass);
    connect(m_removePass, &QPushButton::clicked, this, &CsvMappingEditor::removePass);
    connect(m_retryLoad, &QPushButton::clicked, this, [this] { loadMapping(m_failedMappingFile); });
    connect(m_startNew, &QPushButton::clicked, this, &CsvMappingEditor::startNewMapping);
    connect(m_query, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updating || index < 0)
            return;
        m_queryIndex = index;
        fillEntities();
        schedulePreview();
    });
    connect(m_entities, &QListWidget::currentRowChanged, this, [this] {
        if (!m_updating)
            showEntity();
    });
    connect(m_addEntity, &QPushButton::clicked, this, &CsvMappingEditor::addEntity);
    connect(m_removeEntity, &QPushButton::clicked, this, &CsvMappingEditor::removeEntity);
    connect(m_entityName, &QLineEdit::editingFinished, this, &CsvMappingEditor::renameEntity);
    connect(m_schema, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            changeSchema();
    });
    connect(m_keys, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            changeKeys();
    });
    connect(m_keyLiteral, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (auto* e = currentEntity()) {
            e->keyLiteral = ss(text);
            schedulePreview();
        }
    });
    connect(m_properties, &QTableWidget::currentCellChanged, this, [this] {
        if (!m_updating)
            showProperty();
    });
    connect(m_addProperty, &QPushButton::clicked, this, &CsvMappingEditor::addProperty);
    connect(m_removeProperty, &QPushButton::clicked, this, &CsvMappingEditor::removeProperty);
    for (QComboBox* combo : {m_sourceKind, m_sourceColumn, m_sourceEntity})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                changeSource();
        });
    for (QLineEdit* edit : {m_sourceText, m_format, m_split})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (!m_updating)
                changeSource();
        });
    connect(m_required, &QCheckBox::toggled, this, [this] {
        if (!m_updating)
            changeSource();
    });
    connect(m_issues, &QListWidget::currentRowChanged, this, [this](int row) {
        // Show the cell a problem is about.
        if (row < 0)
            return;
        const QPoint cell = m_issues->item(row)->data(Qt::UserRole).toPoint();
        if (cell.x() >= 0 && cell.y() >= 0)
            m_rows->setCurrentCell(cell.y(), cell.x());
    });
    connect(m_open, &QPushButton::clicked, this, &CsvMappingEditor::openMapping);
    connect(m_save, &QPushButton::clicked, this, &CsvMappingEditor::saveCurrent);
    connect(m_saveAs, &QPushButton::clicked, this, &CsvMappingEditor::saveMappingAs);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CsvMappingEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // A new mapping reads the file as it looks; a loaded one as it says.
    if (auto detected = io::detectCsvLayoutOf(QFile::encodeName(csvFile).toStdString()))
        m_layout = *detected;
    m_mapping = freshMapping();
    // A mapping that cannot be loaded leaves the new one, with the file's rows and the reason.
    if (mappingFile.isEmpty() || !loadMapping(mappingFile)) {
        readFile();
        fillEntities();
        refreshPreview();
    }
    resize(1180, 860);
}

io::Mapping CsvMappingEditor::freshMapping() const
{
    io::Mapping mapping;
    mapping.queries.emplace_back();
    if (m_layout) {
        auto& q = mapping.queries.front();
        if (m_layout->delimiter != defaultDelimiterFor(m_csvFile))
            q.delimiter = m_layout->delimiter;
        if (m_layout->encoding != io::CsvEncoding::Utf8)
            q.encoding = m_layout->encoding;
        q.header = m_layout->headerLikely;
    }
    return mapping;
}

void CsvMappingEditor::startNewMapping()
{
    m_mapping = freshMapping();
    m_mappingFile.clear();
    m_queryIndex = 0;
    m_loadError.clear();
    m_loadProblem->hide();
    readFile();
    refreshPreview();
}

void CsvMappingEditor::showLoadError(const QString& path, const QString& error)
{
    m_loadError = error;
    m_failedMappingFile = path;
    m_loadProblemText->setText(
        tr("<b>The mapping could not be loaded.</b> %1<br>The rows of the file are shown "
           "below. Fix the mapping file and load it again, or make a new mapping here.")
            .arg(error.toHtmlEscaped()));
    m_loadProblem->show();
}

bool CsvMappingEditor::editFilters()
{
    const QString pass =
        m_mapping.queries.size() > 1
            ? tr("Pass %1 of %2").arg(m_queryIndex + 1).arg(m_mapping.queries.size())
            : tr("This Mapping");
    CsvFilterDialog dialog(query(), m_sample, pass, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    query().filters = dialog.filters();
    query().filtersNot = dialog.filtersNot();
    fillEntities();
    refreshPreview();
    return true;
}

void CsvMappingEditor::addPass()
{
    // The new pass reads the file as the others do; its entities and filters start empty.
    io::QueryMapping q;
    const auto& current = query();
    q.delimiter = current.delimiter;
    q.encoding = current.encoding;
    q.header = current.header;
    m_mapping.queries.push_back(std::move(q));
    m_queryIndex = int(m_mapping.queries.size()) - 1;
    fillEntities();
    refreshPreview();
}

void CsvMappingEditor::removePass()
{
    if (m_mapping.queries.size() < 2)
        return;
    m_mapping.queries.erase(m_mapping.queries.begin() + m_queryIndex);
    m_queryIndex = std::min(m_queryIndex, int(m_mapping.queries.size()) - 1);
    readFile();
    refreshPreview();
}

io::QueryMapping& CsvMappingEditor::query()
{
    return m_mapping.queries[std::size_t(m_queryIndex)];
}

io::EntityMapping* CsvMappingEditor::currentEntity()
{
    const int row = m_entities->currentRow();
    auto& entities = query().entities;
    return row >= 0 && std::size_t(row) < entities.size() ? &entities[std::size_t(row)] : nullptr;
}

io::PropertyMapping* CsvMappingEditor::currentProperty()
{
    auto* e = currentEntity();
    const int row = m_properties->currentRow();
    return e && row >= 0 && std::size_t(row) < e->properties.size()
               ? &e->properties[std::size_t(row)]
               : nullptr;
}

int CsvMappingEditor::columnIndex(const std::string& column) const
{
    for (std::size_t i = 0; i < m_sample.header.size(); ++i)
        if (m_sample.header[i] == column)
            return int(i);
    return -1;
}

QString CsvMappingEditor::sampleOf(const std::string& column) const
{
    const int c = columnIndex(column);
    if (c < 0)
        return {};
    QStringList values;
    for (const auto& row : m_sample.rows) {
        if (std::size_t(c) < row.cells.size() && !row.cells[std::size_t(c)].empty()) {
            const QString v = qs(row.cells[std::size_t(c)]);
            if (!values.contains(v))
                values << v;
        }
        if (values.size() == 4)
            break;
    }
    return values.join(QStringLiteral(" · "));
}

CsvMappingEditor::SourceKind CsvMappingEditor::kindOf(const io::PropertyMapping& pm)
{
    if (!pm.entity.empty())
        return SourceKind::Entity;
    if (pm.pattern)
        return SourceKind::Template;
    if (pm.columns.empty() && !pm.literals.empty())
        return SourceKind::Constant;
    return SourceKind::Column;
}

QString CsvMappingEditor::sourceText(const io::EntityMapping& entity,
                                     const io::PropertyMapping& pm) const
{
    Q_UNUSED(entity)
    switch (kindOf(pm)) {
    case SourceKind::Entity:
        return tr("entity “%1”").arg(qs(pm.entity));
    case SourceKind::Template:
        return tr("template “%1”").arg(qs(*pm.pattern));
    case SourceKind::Constant:
        return tr("constant “%1”").arg(qs(pm.literals.front()));
    case SourceKind::Column:
        break;
    }
    if (pm.columns.empty())
        return tr("(choose a column)");
    QStringList columns;
    for (const auto& c : pm.columns)
        columns << qs(c);
    QString text = tr("column %1").arg(columns.join(QStringLiteral(", ")));
    if (!pm.format.empty())
        text += QStringLiteral(" (%1)").arg(qs(pm.format));
    return text;
}

io::PropertyMapping CsvMappingEditor::newProperty(const io::EntityMapping& entity,
                                                  const model::Property& p) const
{
    io::PropertyMapping pm;
    pm.property = &p;
    if (p.type->kind == model::TypeKind::Entity && p.range) {
        // Another entity of the row that fits, preferring one no other link of this entity
        // uses yet (a payment's payer and beneficiary are two entities).
        std::string fallback;
        for (const auto& other : m_mapping.queries[std::size_t(m_queryIndex)].entities) {
            if (other.name == entity.name || !other.schema->isA(*p.range))
                continue;
            bool used = false;
            for (const auto& existing : entity.properties)
                used = used || existing.entity == other.name;
            if (!used) {
                pm.entity = other.name;
                break;
            }
            if (fallback.empty())
                fallback = other.name;
        }
        if (pm.entity.empty())
            pm.entity = fallback;
        if (!pm.entity.empty())
            return pm;
    }
    // A column named like the property is the likely source.
    const QString label = propertyLabel(entity.schema->name(), p.name);
    for (const auto& h : m_sample.header)
        if (QString::compare(qs(h).trimmed(), label, Qt::CaseInsensitive) == 0 ||
            QString::compare(qs(h).trimmed(), qs(p.name), Qt::CaseInsensitive) == 0)
            pm.columns = {h};
    return pm;
}

std::string CsvMappingEditor::uniqueEntityName(const std::string& base) const
{
    std::string lowered = base;
    if (!lowered.empty())
        lowered[0] = char(std::tolower(static_cast<unsigned char>(lowered[0])));
    auto taken = [&](const std::string& n) {
        for (const auto& e : m_mapping.queries[std::size_t(m_queryIndex)].entities)
            if (e.name == n)
                return true;
        return false;
    };
    std::string name = lowered;
    for (int i = 2; taken(name); ++i)
        name = lowered + std::to_string(i);
    return name;
}

void CsvMappingEditor::readFile()
{
    io::CsvOptions options;
    const auto& q = m_mapping.queries[std::size_t(m_queryIndex)];
    options.delimiter = q.delimiter.value_or(defaultDelimiterFor(m_csvFile));
    options.encoding = q.encoding.value_or(io::CsvEncoding::Utf8);
    m_updating = true;
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(int(options.delimiter))));
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(int(options.encoding))));
    m_header->setChecked(q.header);
    m_updating = false;

    auto sample = io::readCsvSample(QFile::encodeName(m_csvFile).toStdString(), options,
                                    std::size_t(kSampleRows), q.header);
    m_readError.clear();
    if (sample) {
        m_sample = std::move(*sample);
        if (m_sample.error)
            m_readError = qs(m_sample.error->describe());
    } else {
        m_sample = {};
        m_readError = qs(sample.error().describe());
    }

    if (m_layout) {
        QStringList notes;
        const int d = m_delimiter->findData(int(m_layout->delimiter));
        notes << tr("Detected: %1, %2")
                     .arg(m_delimiter->itemText(d),
                          m_encoding->itemText(m_encoding->findData(int(m_layout->encoding))));
        if (m_layout->byteOrderMark)
            notes << tr("with a byte order mark");
        if (m_layout->utf16)
            notes = QStringList{tr("The file is UTF-16, which cannot be imported: save it as "
                                   "UTF-8 and open it again.")};
        if (!m_layout->utf16)
            notes << (m_layout->headerLikely ? tr("a header row")
                                             : tr("no header row (the first row looks like data)"));
        const QString text = notes.join(QStringLiteral(", ")) + QLatin1Char('.');
        m_detected->setText(text);
    }
    fillRows();
    fillEntities();
}

void CsvMappingEditor::fillRows()
{
    m_rows->clear();
    m_rows->setColumnCount(int(m_sample.header.size()));
    QStringList labels;
    for (const auto& h : m_sample.header)
        labels << qs(h);
    m_rows->setHorizontalHeaderLabels(labels);
    m_rows->setRowCount(int(m_sample.rows.size()));
    QStringList lines;
    for (std::size_t r = 0; r < m_sample.rows.size(); ++r) {
        const auto& row = m_sample.rows[r];
        lines << tr("Line %1").arg(row.line);
        for (std::size_t c = 0; c < row.cells.size() && c < m_sample.header.size(); ++c)
            m_rows->setItem(int(r), int(c), new QTableWidgetItem(qs(row.cells[c])));
    }
    m_rows->setVerticalHeaderLabels(lines);
    m_rows->resizeColumnsToContents();
    for (int c = 0; c < m_rows->columnCount(); ++c)
        m_rows->setColumnWidth(c, std::min(m_rows->columnWidth(c), 260));

    m_updating = true;
    const QString current = m_sourceColumn->currentText();
    m_sourceColumn->clear();
    for (const auto& h : m_sample.header)
        m_sourceColumn->addItem(qs(h));
    m_sourceColumn->setCurrentIndex(m_sourceColumn->findText(current));
    m_updating = false;
}

void CsvMappingEditor::fillEntities()
{
    m_updating = true;
    m_keyPrefix->setText(qs(m_mapping.keyPrefix));
    m_query->clear();
    for (std::size_t i = 0; i < m_mapping.queries.size(); ++i)
        m_query->addItem(tr("Pass %1 of %2").arg(i + 1).arg(m_mapping.queries.size()));
    m_query->setCurrentIndex(m_queryIndex);
    const bool several = m_mapping.queries.size() > 1;
    m_query->setEnabled(several);
    m_removePass->setEnabled(several);
    m_description->setText(m_mapping.description.text ? qs(*m_mapping.description.text)
                                                      : QString());
    // A description that is not text (a JSON object, say) is kept as it is, not edited here.
    m_description->setEnabled(m_mapping.description.json.empty());

    const auto& q = query();
    QStringList filters;
    auto describe = [](const io::ColumnFilter& f) {
        QStringList values;
        for (const auto& v : f.values)
            values << QStringLiteral("“%1”").arg(qs(v));
        return QStringLiteral("%1 = %2").arg(qs(f.column), values.join(QStringLiteral(" | ")));
    };
    for (const auto& f : q.filters)
        filters << describe(f);
    for (const auto& f : q.filtersNot)
        filters << tr("not %1").arg(describe(f));
    m_filters->setText(filters.isEmpty()
                           ? tr("Every row is read.")
                           : tr("Only rows where %1.").arg(filters.join(tr(" and "))));

    const int current = m_entities->currentRow();
    m_entities->clear();
    for (const auto& e : q.entities)
        m_entities->addItem(
            QStringLiteral("%1 — %2").arg(qs(e.name), schemaLabel(e.schema->name())));
    m_updating = false;
    const int count = m_entities->count();
    m_entities->setCurrentRow(count == 0 ? -1 : std::clamp(current, 0, count - 1));
    showEntity();
}

void CsvMappingEditor::showEntity()
{
    auto* e = currentEntity();
    m_entityPanel->setEnabled(e != nullptr);
    m_removeEntity->setEnabled(e != nullptr);
    m_updating = true;
    m_keys->clear();
    for (const auto& h : m_sample.header) {
        auto* item = new QListWidgetItem(qs(h), m_keys);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(e && contains(e->keys, h) ? Qt::Checked : Qt::Unchecked);
        const QString sample = sampleOf(h);
        if (!sample.isEmpty())
            item->setToolTip(sample);
    }
    // Key columns the file lacks stay visible, so a mistake can be unticked.
    if (e)
        for (const auto& k : e->keys)
            if (columnIndex(k) < 0) {
                auto* item = new QListWidgetItem(tr("%1 (not in the file)").arg(qs(k)), m_keys);
                item->setData(Qt::UserRole, qs(k));
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Checked);
            }
    m_entityName->setText(e ? qs(e->name) : QString());
    m_keyLiteral->setText(e ? qs(e->keyLiteral) : QString());
    if (e)
        m_schema->setCurrentIndex(m_schema->findData(qs(e->schema->name())));
    m_properties->setRowCount(0);
    if (e) {
        m_properties->setRowCount(int(e->properties.size()));
        for (std::size_t i = 0; i < e->properties.size(); ++i) {
            const auto& pm = e->properties[i];
            QString label = propertyLabel(e->schema->name(), pm.property->name);
            if (contains(e->schema->required(), pm.property->name))
                label += QStringLiteral(" ★");
            else if (contains(e->schema->caption(), pm.property->name))
                label += QStringLiteral(" ◆");
            auto* name = new QTableWidgetItem(label);
            name->setToolTip(qs(pm.property->name));
            m_properties->setItem(int(i), 0, name);
            m_properties->setItem(int(i), 1, new QTableWidgetItem(sourceText(*e, pm)));
            QString sample;
            if (kindOf(pm) == SourceKind::Column && !pm.columns.empty())
                sample = sampleOf(pm.columns.front());
            m_properties->setItem(int(i), 2, new QTableWidgetItem(sample));
        }
        m_properties->resizeColumnToContents(0);
        m_properties->resizeColumnToContents(1);
    }
    m_updating = false;
    fillPropertyPicker();
    if (e && !e->properties.empty() && m_properties->currentRow() < 0)
        m_properties->setCurrentCell(0, 0);
    showProperty();
}

void CsvMappingEditor::fillPropertyPicker()
{
    m_propertyPicker->clear();
    auto* e = currentEntity();
    if (!e) {
        m_addProperty->setEnabled(false);
        return;
    }
    std::vector<const model::Property*> candidates;
    for (const model::Property* p : e->schema->properties()) {
        if (p->stub || p->hidden)
            continue;
        bool mapped = false;
        for (const auto& pm : e->properties)
            mapped = mapped || pm.property->name == p->name;
        if (!mapped)
            candidates.push_back(p);
    }
    const model::Schema& schema = *e->schema;
    std::stable_sort(candidates.begin(), candidates.end(), [&](auto* a, auto* b) {
        const int ra = propertyRank(schema, *a), rb = propertyRank(schema, *b);
        if (ra != rb)
            return ra < rb;
        return QString::localeAwareCompare(propertyLabel(schema.name(), a->name),
                                           propertyLabel(schema.name(), b->name)) < 0;
    });
    for (const model::Property* p : candidates) {
        QString text = propertyLabel(schema.name(), p->name);
        const int rank = propertyRank(schema, *p);
        if (rank == 0)
            text += QStringLiteral(" ★");
        else if (rank == 1)
            text += QStringLiteral(" ◆");
        if (p->type->kind == model::TypeKind::Entity && p->range)
            text += QStringLiteral("  → ") + schemaLabel(p->range->name());
        m_propertyPicker->addItem(text, qs(p->name));
        m_propertyPicker->setItemData(m_propertyPicker->count() - 1,
                                      tr("%1 (%2 values)").arg(qs(p->name), qs(p->type->label)),
                                      Qt::ToolTipRole);
    }
    m_addProperty->setEnabled(m_propertyPicker->count() > 0);
}

void CsvMappingEditor::showProperty()
{
    auto* e = currentEntity();
    auto* pm = currentProperty();
    m_propertyPanel->setEnabled(pm != nullptr);
    m_removeProperty->setEnabled(pm != nullptr);
    m_updating = true;
    m_sourceEntity->clear();
    if (!pm) {
        m_propertyTitle->setText(tr("Choose or add a property."));
        m_sampleLabel->clear();
        m_updating = false;
        return;
    }
    const bool isRef = pm->property->type->kind == model::TypeKind::Entity;
    const bool isDate = pm->property->type->kind == model::TypeKind::Date;
    m_propertyTitle->setText(
        tr("<b>%1</b> of %2 (%3)")
            .arg(propertyLabel(e->schema->name(), pm->property->name).toHtmlEscaped(),
                 qs(e->name).toHtmlEscaped(), qs(pm->property->type->label).toHtmlEscaped()));
    // "Another entity" only for links, and only entities of the row that fit the link.
    for (const auto& other : query().entities) {
        if (&other == e || !isRef || !pm->property->range ||
            !other.schema->isA(*pm->property->range))
            continue;
        m_sourceEntity->addItem(
            QStringLiteral("%1 — %2").arg(qs(other.name), schemaLabel(other.schema->name())),
            qs(other.name));
    }
    // "Another entity of the row" is offered to links only.
    if (auto* kinds = qobject_cast<QStandardItemModel*>(m_sourceKind->model()))
        kinds->item(m_sourceKind->findData(int(SourceKind::Entity)))->setEnabled(isRef);
    const SourceKind kind = kindOf(*pm);
    m_sourceKind->setCurrentIndex(m_sourceKind->findData(int(kind)));
    m_sourceColumn->setCurrentIndex(
        pm->columns.empty() ? -1 : m_sourceColumn->findText(qs(pm->columns.front())));
    m_sourceText->setText(kind == SourceKind::Template   ? qs(pm->pattern.value_or(""))
                          : kind == SourceKind::Constant ? qs(pm->literals.front())
                                                         : QString());
    m_sourceText->setPlaceholderText(kind == SourceKind::Template
                                         ? tr("e.g. {{Street}}, {{City}}")
                                         : tr("The same value for every row"));
    m_sourceEntity->setCurrentIndex(m_sourceEntity->findData(qs(pm->entity)));
    m_format->setText(qs(pm->format));
    m_split->setText(qs(pm->split));
    m_required->setChecked(pm->required);

    m_sourceColumn->setEnabled(kind == SourceKind::Column);
    m_sourceText->setEnabled(kind == SourceKind::Constant || kind == SourceKind::Template);
    m_sourceEntity->setEnabled(kind == SourceKind::Entity);
    m_format->setEnabled(isDate && kind != SourceKind::Entity);
    m_split->setEnabled(kind == SourceKind::Column || kind == SourceKind::Constant);

    QString sample;
    if (kind == SourceKind::Column && !pm->columns.empty()) {
        const QString values = sampleOf(pm->columns.front());
        sample = values.isEmpty()
                     ? tr("Column “%1” is empty in the first rows.").arg(qs(pm->columns.front()))
                     : tr("Values in “%1”: %2").arg(qs(pm->columns.front()), values);
    } else if (kind == SourceKind::Entity && m_sourceEntity->count() == 0) {
        sample =
            tr("No entity of this row can be a %1: add one first.")
                .arg(pm->property->range ? schemaLabel(pm->property->range->name()) : QString());
    }
    m_sampleLabel->setText(sample);
    m_updating = false;
}

void CsvMappingEditor::schedulePreview()
{
    m_previewTimer->start();
}

void CsvMappingEditor::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString CsvMappingEditor::statusText() const
{
    return m_status->text();
}

void CsvMappingEditor::addEntity()
{
    const model::Schema* schema = theModel().schema(ss(m_newSchema->currentData().toString()));
    if (!schema)
        return;
    io::EntityMapping e;
    e.schema = schema;
    e.name = uniqueEntityName(schema->name());
    // Start with what the type requires and what names it, filled where the file or the row
    // has an obvious source.
    std::vector<std::string> first = schema->required();
    const bool named = std::any_of(first.begin(), first.end(), [&](const std::string& r) {
        return contains(schema->caption(), r);
    });
    if (!named && !schema->caption().empty())
        first.push_back(schema->caption().front());
    for (const auto& name : first) {
        const model::Property* p = schema->property(name);
        if (p && !p->stub && !p->hidden)
            e.properties.push_back(newProperty(e, *p));
    }
    query().entities.push_back(std::move(e));
    fillEntities();
    m_entities->setCurrentRow(m_entities->count() - 1);
    m_entityName->setFocus();
    schedulePreview();
}

void CsvMappingEditor::removeEntity()
{
    const int row = m_entities->currentRow();
    auto& entities = query().entities;
    if (row < 0 || std::size_t(row) >= entities.size())
        return;
    const std::string name = entities[std::size_t(row)].name;
    entities.erase(entities.begin() + row);
    // Links to it go with it.
    for (auto& other : entities)
        other.properties.erase(
            std::remove_if(other.properties.begin(), other.properties.end(),
                           [&](const io::PropertyMapping& pm) { return pm.entity == name; }),
            other.properties.end());
    fillEntities();
    schedulePreview();
}

void CsvMappingEditor::renameEntity()
{
    auto* e = currentEntity();
    const std::string name = ss(m_entityName->text().trimmed());
    if (!e || name == e->name)
        return;
    if (name.empty() || uniqueEntityName(name) != name) {
        setStatus(tr("Every entity needs a name of its own."), true);
        m_entityName->setText(qs(e->name));
        return;
    }
    for (auto& other : query().entities)
        for (auto& pm : other.properties)
            if (pm.entity == e->name)
                pm.entity = name;
    e->name = name;
    fillEntities();
    schedulePreview();
}

void CsvMappingEditor::changeSchema()
{
    auto* e = currentEntity();
    const model::Schema* schema = theModel().schema(ss(m_schema->currentData().toString()));
    if (!e || !schema || schema == e->schema)
        return;
    // Properties the new type lacks are dropped; the others now belong to the new type.
    QStringList dropped;
    std::vector<io::PropertyMapping> kept;
    for (auto& pm : e->properties) {
        const model::Property* p = schema->property(pm.property->name);
        if (!p || p->stub) {
            dropped << propertyLabel(e->schema->name(), pm.property->name);
            continue;
        }
        pm.property = p;
        kept.push_back(std::move(pm));
    }
    e->properties = std::move(kept);
    e->schema = schema;
    fillEntities();
    if (!dropped.isEmpty())
        setStatus(tr("A %1 has no %2; those properties were removed.")
                      .arg(schemaLabel(schema->name()), dropped.join(QStringLiteral(", "))),
                  false);
    schedulePreview();
}

void CsvMappingEditor::changeKeys()
{
    auto* e = currentEntity();
    if (!e)
        return;
    e->keys.clear();
    for (int i = 0; i < m_keys->count(); ++i) {
        auto* item = m_keys->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QVariant missing = item->data(Qt::UserRole);
        e->keys.push_back(ss(missing.isValid() ? missing.toString() : item->text()));
    }
    schedulePreview();
}

void CsvMappingEditor::addProperty()
{
    auto* e = currentEntity();
    if (!e || m_propertyPicker->currentIndex() < 0)
        return;
    const model::Property* p = e->schema->property(ss(m_propertyPicker->currentData().toString()));
    if (!p)
        return;
    io::PropertyMapping pm = newProperty(*e, *p);
    e->properties.push_back(std::move(pm));
    showEntity();
    m_properties->setCurrentCell(m_properties->rowCount() - 1, 0);
    m_sourceKind->setFocus();
    schedulePreview();
}

void CsvMappingEditor::removeProperty()
{
    auto* e = currentEntity();
    const int row = m_properties->currentRow();
    if (!e || row < 0 || std::size_t(row) >= e->properties.size())
        return;
    e->properties.erase(e->properties.begin() + row);
    showEntity();
    schedulePreview();
}

void CsvMappingEditor::changeSource()
{
    auto* pm = currentProperty();
    if (!pm)
        return;
    const auto kind = SourceKind(m_sourceKind->currentData().toInt());
    // The panel edits the first column or constant; further ones the file gave (several
    // columns, constants beside columns) stay while the kind of source stays.
    const bool sameKind = kind == kindOf(*pm);
    const auto columns = std::move(pm->columns);
    const auto literals = std::move(pm->literals);
    pm->columns.clear();
    pm->literals.clear();
    pm->pattern.reset();
    pm->entity.clear();
    switch (kind) {
    case SourceKind::Column:
        if (m_sourceColumn->currentIndex() >= 0)
            pm->columns = {ss(m_sourceColumn->currentText())};
        if (sameKind && !pm->columns.empty()) {
            pm->columns.insert(pm->columns.end(),
                               columns.begin() + std::min<std::size_t>(1, columns.size()),
                               columns.end());
            pm->literals = literals;
        }
        break;
    case SourceKind::Constant:
        pm->literals = {ss(m_sourceText->text())};
        if (sameKind && literals.size() > 1)
            pm->literals.insert(pm->literals.end(), literals.begin() + 1, literals.end());
        break;
    case SourceKind::Template:
        pm->pattern = ss(m_sourceText->text());
        break;
    case SourceKind::Entity:
        if (m_sourceEntity->count() > 0)
            pm->entity = ss(
                m_sourceEntity->itemData(std::max(0, m_sourceEntity->currentIndex())).toString());
        break;
    }
    const bool isDate = pm->property->type->kind == model::TypeKind::Date;
    pm->format = isDate && kind != SourceKind::Entity ? ss(m_format->text().trimmed()) : "";
    pm->split =
        kind == SourceKind::Column || kind == SourceKind::Constant ? ss(m_split->text()) : "";
    pm->required = m_required->isChecked();
    if (kind == SourceKind::Entity)
        pm->join.reset(); // "join" does not apply to links

    // Refresh this row of the table and the panel (which controls apply), keeping focus.
    const int row = m_properties->currentRow();
    if (auto* e = currentEntity()) {
        m_properties->item(row, 1)->setText(sourceText(*e, *pm));
        m_properties->item(row, 2)->setText(kind == SourceKind::Column && !pm->columns.empty()
                                                ? sampleOf(pm->columns.front())
                                                : QString());
    }
    QWidget* focus = focusWidget();
    showProperty();
    if (focus)
        focus->setFocus();
    schedulePreview();
}

Result<io::Mapping> CsvMappingEditor::mapping() const
{
    auto fail = [](const QString& message) { return makeError(ss(message)); };
    for (std::size_t qi = 0; qi < m_mapping.queries.size(); ++qi) {
        const auto& q = m_mapping.queries[qi];
        if (q.entities.empty())
            return fail(tr("The mapping makes no entities yet: add one (its type, then “Add "
                           "entity”)."));
        for (const auto& e : q.entities) {
            if (e.keys.empty())
                return fail(tr("Entity “%1” has no key column: tick the columns whose values "
                               "identify it under “Key columns”.")
                                .arg(qs(e.name)));
            for (const auto& pm : e.properties) {
                const QString what =
                    tr("Property “%1” of “%2”")
                        .arg(propertyLabel(e.schema->name(), pm.property->name), qs(e.name));
                switch (kindOf(pm)) {
                case SourceKind::Column:
                    if (pm.columns.empty())
                        return fail(
                            tr("%1 has no column: choose one, or remove the property.").arg(what));
                    break;
                case SourceKind::Template:
                    if (pm.pattern->empty())
                        return fail(tr("%1: the template is empty.").arg(what));
                    break;
                case SourceKind::Entity:
                    if (pm.entity.empty())
                        return fail(tr("%1 links to no entity: add the entity it links to, or "
                                       "remove the property.")
                                        .arg(what));
                    break;
                case SourceKind::Constant:
                    break;
                }
            }
        }
    }
    // The importer's own checks, on exactly the text that will be saved.
    const std::string json = io::mappingToJson(m_mapping);
    const std::string name =
        m_mappingFile.isEmpty() ? std::string("mapping") : ss(QFileInfo(m_mappingFile).fileName());
    auto parsed = io::parseMapping(json, name);
    if (!parsed)
        return makeError(parsed.error().message);
    parsed->path = ss(m_mappingFile);
    return parsed;
}

void CsvMappingEditor::refreshPreview()
{
    m_previewTimer->stop();
    m_issues->clear();
    m_preview->clear();
    for (int r = 0; r < m_rows->rowCount(); ++r)
        for (int c = 0; c < m_rows->columnCount(); ++c)
            if (auto* item = m_rows->item(r, c)) {
                item->setBackground(QBrush());
                item->setForeground(QBrush());
                item->setToolTip(QString());
            }
    if (!m_readError.isEmpty()) {
        setStatus(m_readError, true);
        if (m_sample.header.empty())
            return;
    }
    auto checked = mapping();
    if (!checked) {
        setStatus(qs(checked.error().message), true);
        return;
    }
    // Rows this pass's filters skip are greyed, by the importer's own filter code.
    if (const io::RowMapper rows(*checked, std::size_t(m_queryIndex), m_sample.header,
                                 m_sample.headerLine, ',');
        rows.headerProblems().empty()) {
        std::vector<std::string_view> cells;
        const QBrush grey(palette().color(QPalette::Disabled, QPalette::Text));
        for (std::size_t r = 0; r < m_sample.rows.size(); ++r) {
            cells.assign(m_sample.rows[r].cells.begin(), m_sample.rows[r].cells.end());
            if (rows.passes(cells))
                continue;
            for (int c = 0; c < m_rows->columnCount(); ++c)
                if (auto* item = m_rows->item(int(r), c)) {
                    item->setForeground(grey);
                    item->setToolTip(tr("This pass skips this row (Row Filters…)."));
                }
        }
    }
    const auto issues = io::checkSample(*checked, std::size_t(m_queryIndex), m_sample);
    for (const auto& issue : issues) {
        int row = -1;
        for (std::size_t r = 0; r < m_sample.rows.size(); ++r)
            if (m_sample.rows[r].line == issue.line)
                row = int(r);
        const int column = columnIndex(issue.column);
        const QString where = tr("Line %1").arg(issue.line);
        auto* item =
            new QListWidgetItem(QStringLiteral("%1: %2").arg(where, qs(issue.message)), m_issues);
        item->setData(Qt::UserRole, QPoint(column, row));
        item->setForeground(issue.error ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x5a, 0x00));
        if (row >= 0 && column >= 0)
            if (auto* cell = m_rows->item(row, column)) {
                cell->setBackground(QColor(0xff, 0xe4, 0xb5));
                cell->setToolTip(qs(issue.message));
            }
    }
    int count = 0;
    const QString error =
        previewEntities(*checked, m_sample, QFileInfo(m_csvFile).fileName(), m_preview, &count);
    if (!error.isEmpty()) {
        setStatus(error, true);
        return;
    }
    if (!m_readError.isEmpty())
        return;
    QString text =
        tr("The first %n rows make %1 entities.", nullptr, int(m_sample.rows.size())).arg(count);
    if (!issues.empty())
        text +=
            QLatin1Char(' ') + tr("Problems found: %1 (listed on the right).").arg(issues.size());
    setStatus(text, false);
}

bool CsvMappingEditor::loadMapping(const QString& path)
{
    auto loaded = io::loadMapping(QFile::encodeName(path).toStdString());
    if (!loaded) {
        const QString error = qs(loaded.error().describe());
        showLoadError(path, error);
        setStatus(tr("Cannot open the mapping: %1").arg(error), true);
        return false;
    }
    m_mapping = std::move(*loaded);
    m_mappingFile = path;
    m_queryIndex = 0;
    m_loadError.clear();
    m_loadProblem->hide();
    readFile();
    refreshPreview();
    return true;
}

bool CsvMappingEditor::saveMapping(const QString& path)
{
    auto checked = mapping();
    if (!checked) {
        setStatus(tr("Not saved: %1").arg(qs(checked.error().message)), true);
        return false;
    }
    if (auto st = io::saveMapping(*checked, QFile::encodeName(path).toStdString()); !st) {
        setStatus(tr("Not saved: %1").arg(qs(st.error().describe())), true);
        return false;
    }
    m_mappingFile = path;
    setStatus(tr("Saved the mapping to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void CsvMappingEditor::openMapping()
{
    const QString start =
        m_mappingFile.isEmpty() ? QFileInfo(m_csvFile).absolutePath() : m_mappingFile;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a CSV mapping"), start,
                                                      tr("Mapping files (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadMapping(path);
}

bool CsvMappingEditor::saveMappingAs()
{
    QString start = m_mappingFile.isEmpty() ? m_failedMappingFile : m_mappingFile;
    if (start.isEmpty()) {
        const QFileInfo csv(m_csvFile);
        start = csv.absolutePath() + QLatin1Char('/') + csv.completeBaseName() +
                QStringLiteral(".mapping.json");
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the CSV mapping"), start,
                                                      tr("Mapping files (*.json)"));
    return !path.isEmpty() && saveMapping(path);
}

void CsvMappingEditor::saveCurrent()
{
    if (m_mappingFile.isEmpty())
        saveMappingAs();
    else
        saveMapping(m_mappingFile);
}

void CsvMappingEditor::accept()
{
    const bool saved = m_mappingFile.isEmpty() ? saveMappingAs() : saveMapping(m_mappingFile);
    if (saved)
        QDialog::accept();
}

} // namespace commonplace::ui
