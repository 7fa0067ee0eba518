// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/FindingForm.h"

#include "Labels.h"
#include "edit/EditCommands.h"
#include "edit/RecordModels.h"
#include "edit/SuggestField.h"
#include "model/Model.h"
#include "model/Values.h"
#include "settings/Settings.h"
#include "store/Catalog.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace commonplace::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string ss(const QString& s)
{
    return s.trimmed().toStdString();
}

constexpr int kKeyRole = Qt::UserRole + 1;
const char* const kActorSchemata[] = {"Person", "Organization", "Company", "PublicBody",
                                      "LegalEntity"};

QLabel* heading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    label->setFont(f);
    return label;
}

} // namespace

FindingForm::FindingForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("findingForm"));
    setAccessibleName(tr("Record a finding"));

    auto* outer = new QVBoxLayout(this);
    m_heading = heading(tr("Record a finding"));
    outer->addWidget(m_heading);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);
    auto* columns = new QHBoxLayout(body);
    columns->setContentsMargins(0, 0, 0, 0);
    auto* left = new QFormLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    // Left column: what the finding says.
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("What was found, in one line"));
    left->addRow(tr("&Title:"), m_title);

    m_date = new QLineEdit;
    m_date->setObjectName(QStringLiteral("dateLineEdit"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD, YYYY-MM or YYYY"));
    left->addRow(tr("&Date:"), m_date);

    m_country = new QLineEdit;
    m_country->setObjectName(QStringLiteral("countryLineEdit"));
    m_country->setAccessibleName(tr("Country"));
    m_country->setPlaceholderText(tr("Type a country name"));
    auto* countries = new QCompleter(countryNames(), m_country);
    countries->setCaseSensitivity(Qt::CaseInsensitive);
    countries->setCompletionMode(QCompleter::InlineCompletion);
    m_country->setCompleter(countries);
    left->addRow(tr("C&ountry:"), m_country);

    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("themeComboBox"));
    m_theme->setAccessibleName(tr("Theme"));
    left->addRow(tr("T&heme:"), m_theme);

    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_text->setAccessibleName(tr("Text"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().height() * 10);
    m_text->setPlaceholderText(tr("The finding in detail: who did what, when, with which money"));
    left->addRow(tr("Te&xt:"), m_text);

    m_tacticFilter = new QLineEdit;
    m_tacticFilter->setObjectName(QStringLiteral("tacticFilterLineEdit"));
    m_tacticFilter->setAccessibleName(tr("Filter tactics"));
    m_tacticFilter->setPlaceholderText(tr("Type to filter, Return to tick"));
    m_tactics = new QListWidget;
    m_tactics->setObjectName(QStringLiteral("tacticListWidget"));
    m_tactics->setAccessibleName(tr("Tactics"));
    m_tactics->setMinimumHeight(m_tactics->fontMetrics().height() * 9);
    m_tacticSummary = new QLabel;
    m_tacticSummary->setObjectName(QStringLiteral("tacticSummaryLabel"));
    m_tacticSummary->setWordWrap(true);
    auto* tacticBox = new QVBoxLayout;
    tacticBox->setSpacing(2);
    tacticBox->addWidget(m_tacticFilter);
    tacticBox->addWidget(m_tactics);
    tacticBox->addWidget(m_tacticSummary);
    auto* tacticLabel = new QLabel(tr("T&actics:"));
    tacticLabel->setBuddy(m_tacticFilter);
    left->addRow(tacticLabel, tacticBox);

    m_sensitivity = new QComboBox;
    m_sensitivity->setObjectName(QStringLiteral("sensitivityComboBox"));
    m_sensitivity->setAccessibleName(tr("Sensitivity"));
    for (auto level : {store::Sensitivity::Public, store::Sensitivity::Coalition,
                       store::Sensitivity::Internal, store::Sensitivity::Restricted})
        m_sensitivity->addItem(sensitivityLabel(level), int(level));

    m_dataset = new QComboBox;
    m_dataset->setObjectName(QStringLiteral("datasetComboBox"));
    m_dataset->setAccessibleName(tr("Dataset"));
    m_dataset->setEditable(true);

    // Right column: who, and on which evidence.
    auto* actorBox = new QGroupBox(tr("Actors"));
    auto* actorLayout = new QVBoxLayout(actorBox);
    m_actorField = new SuggestField;
    m_actorField->setObjectName(QStringLiteral("actorField"));
    m_actorField->setAccessibleName(tr("Add an actor"));
    m_actorField->setPlaceholderText(tr("Type a name: pick one, or create it"));
    m_actorField->setCreateLabel(tr("Create new actor \"%1\""));
    m_actorSchema = new QComboBox;
    m_actorSchema->setObjectName(QStringLiteral("actorSchemaComboBox"));
    m_actorSchema->setAccessibleName(tr("Type of a new actor"));
    for (const char* schema : kActorSchemata)
        m_actorSchema->addItem(schemaLabel(schema), QString::fromLatin1(schema));
    auto* actorRow = new QHBoxLayout;
    auto* typeLabel = new QLabel(tr("&New ones are:"));
    typeLabel->setBuddy(m_actorSchema);
    actorRow->addWidget(typeLabel, 0, Qt::AlignTop);
    actorRow->addWidget(m_actorSchema, 0, Qt::AlignTop);
    actorRow->addWidget(m_actorField, 1);
    actorLayout->addLayout(actorRow);
    m_actors = new QListWidget;
    m_actors->setObjectName(QStringLiteral("actorListWidget"));
    m_actors->setAccessibleName(tr("Actors of this finding (Delete removes)"));
    m_actors->setMaximumHeight(m_actors->fontMetrics().height() * 5);
    actorLayout->addWidget(m_actors);
    right->addWidget(actorBox);

    m_relationshipBox = new QGroupBox(tr("Relationship it establishes"));
    auto* relLayout = new QVBoxLayout(m_relationshipBox);
    m_relationship = new QComboBox;
    m_relationship->setObjectName(QStringLiteral("relationshipComboBox"));
    m_relationship->setAccessibleName(tr("Relationship type"));
    m_relationship->addItem(tr("(none)"), QString());
    std::vector<const model::Schema*> edges;
    for (const model::Schema* s : model::Model::builtin().schemata())
        if (s->edge() && !s->isAbstract())
            edges.push_back(s);
    std::sort(edges.begin(), edges.end(),
              [](const auto* a, const auto* b) { return a->label() < b->label(); });
    for (const model::Schema* s : edges)
        m_relationship->addItem(schemaLabel(s->name()), qs(s->name()));
    relLayout->addWidget(m_relationship);
    m_relationshipFields = new QWidget;
    m_relationshipLayout = new QFormLayout(m_relationshipFields);
    m_relationshipLayout->setContentsMargins(0, 0, 0, 0);
    for (QComboBox** end : {&m_sourceEnd, &m_targetEnd}) {
        *end = new QComboBox;
        (*end)->setAccessibleName(tr("End of the relationship"));
        m_relationshipLayout->addRow(QStringLiteral("-"), *end);
    }
    for (int i = 0; i < 6; ++i) {
        auto* edit = new QLineEdit;
        edit->setAccessibleName(tr("Value of the relationship"));
        m_relationshipEdits.push_back(edit);
        m_relationshipLayout->addRow(QStringLiteral("-"), edit);
    }
    relLayout->addWidget(m_relationshipFields);
    m_relationshipFields->hide();
    right->addWidget(m_relationshipBox);

    auto* sourceBox = new QGroupBox(tr("Sources"));
    auto* sourceLayout = new QVBoxLayout(sourceBox);
    m_sourceField = new SuggestField;
    m_sourceField->setObjectName(QStringLiteral("sourceField"));
    m_sourceField->setAccessibleName(tr("Add a source"));
    m_sourceField->setPlaceholderText(tr("Type a title: pick a source, or add a new one"));
    m_sourceField->setCreateLabel(tr("New source \"%1\"..."));
    sourceLayout->addWidget(m_sourceField);
    m_sources = new QListWidget;
    m_sources->setObjectName(QStringLiteral("sourceListWidget"));
    m_sources->setAccessibleName(tr("Sources of this finding (Delete removes)"));
    m_sources->setMaximumHeight(m_sources->fontMetrics().height() * 4);
    sourceLayout->addWidget(m_sources);

    m_newSourceBox = new QGroupBox(tr("New source"));
    m_newSourceBox->setObjectName(QStringLiteral("newSourceGroupBox"));
    auto* ns = new QFormLayout(m_newSourceBox);
    m_srcTitle = new QLineEdit;
    m_srcTitle->setObjectName(QStringLiteral("sourceTitleLineEdit"));
    m_srcTitle->setAccessibleName(tr("Source title"));
    ns->addRow(tr("Title:"), m_srcTitle);
    m_srcUrl = new QLineEdit;
    m_srcUrl->setObjectName(QStringLiteral("sourceUrlLineEdit"));
    m_srcUrl->setAccessibleName(tr("Source URL"));
    m_srcUrl->setPlaceholderText(QStringLiteral("https://"));
    ns->addRow(tr("URL:"), m_srcUrl);
    m_srcPublisher = new QLineEdit;
    m_srcPublisher->setObjectName(QStringLiteral("sourcePublisherLineEdit"));
    m_srcPublisher->setAccessibleName(tr("Publisher"));
    ns->addRow(tr("Publisher:"), m_srcPublisher);
    m_srcDate = new QLineEdit;
    m_srcDate->setObjectName(QStringLiteral("sourceDateLineEdit"));
    m_srcDate->setAccessibleName(tr("Source date"));
    m_srcDate->setPlaceholderText(tr("YYYY-MM-DD"));
    ns->addRow(tr("Published:"), m_srcDate);
    m_srcReliability = new QComboBox;
    m_srcReliability->setObjectName(QStringLiteral("reliabilityComboBox"));
    m_srcReliability->setAccessibleName(tr("Reliability of the source (A-F)"));
    m_srcReliability->addItem(tr("unknown"), QString());
    for (char c = 'A'; c <= 'F'; ++c) {
        const std::string r(1, c);
        m_srcReliability->addItem(
            gradeChoiceLabel(QString(QLatin1Char(c)), gradingDescription(r, 0)),
            QString(QLatin1Char(c)));
    }
    ns->addRow(tr("Reliability:"), m_srcReliability);
    m_srcCredibility = new QComboBox;
    m_srcCredibility->setObjectName(QStringLiteral("credibilityComboBox"));
    m_srcCredibility->setAccessibleName(tr("Credibility of the information (1-6)"));
    m_srcCredibility->addItem(tr("unknown"), 0);
    for (int i = 1; i <= 6; ++i)
        m_srcCredibility->addItem(gradeChoiceLabel(QString::number(i), gradingDescription({}, i)),
                                  i);
    ns->addRow(tr("Credibility:"), m_srcCredibility);
    m_srcFile = new QLineEdit;
    m_srcFile->setObjectName(QStringLiteral("sourceFileLineEdit"));
    m_srcFile->setAccessibleName(tr("Attached file"));
    m_srcFile->setPlaceholderText(tr("Path of a file to attach (optional)"));
    m_srcBrowse = new QPushButton(tr("&Browse..."));
    m_srcBrowse->setObjectName(QStringLiteral("browseButton"));
    m_srcBrowse->setAccessibleName(tr("Choose a file to attach"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_srcFile, 1);
    fileRow->addWidget(m_srcBrowse);
    ns->addRow(tr("File:"), fileRow);
    m_srcAdd = new QPushButton(tr("Add this source"));
    m_srcAdd->setObjectName(QStringLiteral("addSourceButton"));
    m_srcAdd->setAccessibleName(tr("Add this source"));
    ns->addRow(QString(), m_srcAdd);
    m_newSourceBox->hide();
    sourceLayout->addWidget(m_newSourceBox);
    right->addWidget(sourceBox);
    right->addStretch(1);

    left->addRow(tr("&Sensitivity:"), m_sensitivity);
    left->addRow(tr("Datas&et:"), m_dataset);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->hide();
    outer->addWidget(m_status);

    auto* buttons = new QHBoxLayout;
    auto* hint = new QLabel(tr("Ctrl+Return saves, Escape cancels"));
    hint->setEnabled(false);
    buttons->addWidget(hint);
    buttons->addStretch(1);
    m_save = new QPushButton(tr("Sa&ve finding"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save finding"));
    m_save->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    outer->addLayout(buttons);

    setTabOrder(m_title, m_date);
    setTabOrder(m_date, m_country);
    setTabOrder(m_country, m_theme);
    setTabOrder(m_theme, m_text);
    setTabOrder(m_text, m_tacticFilter);
    setTabOrder(m_tacticFilter, m_tactics);
    setTabOrder(m_tactics, m_actorSchema);
    setTabOrder(m_actorSchema, m_actorField->lineEdit());
    setTabOrder(m_actorField->lineEdit(), m_actors);
    setTabOrder(m_actors, m_relationship);
    setTabOrder(m_relationship, m_sourceEnd);
    setTabOrder(m_sourceEnd, m_targetEnd);
    QWidget* previous = m_targetEnd;
    for (QLineEdit* edit : m_relationshipEdits) {
        setTabOrder(previous, edit);
        previous = edit;
    }
    setTabOrder(previous, m_sourceField->lineEdit());
    setTabOrder(m_sourceField->lineEdit(), m_sources);
    setTabOrder(m_sources, m_srcTitle);
    setTabOrder(m_srcTitle, m_srcUrl);
    setTabOrder(m_srcUrl, m_srcPublisher);
    setTabOrder(m_srcPublisher, m_srcDate);
    setTabOrder(m_srcDate, m_srcReliability);
    setTabOrder(m_srcReliability, m_srcCredibility);
    setTabOrder(m_srcCredibility, m_srcFile);
    setTabOrder(m_srcFile, m_srcBrowse);
    setTabOrder(m_srcBrowse, m_srcAdd);
    setTabOrder(m_srcAdd, m_sensitivity);
    setTabOrder(m_sensitivity, m_dataset);
    setTabOrder(m_dataset, m_save);
    setTabOrder(m_save, m_cancel);

    connect(m_tacticFilter, &QLineEdit::textChanged, this, &FindingForm::filterTactics);
    connect(m_tacticFilter, &QLineEdit::returnPressed, this, &FindingForm::tickFirstTactic);
    connect(m_tactics, &QListWidget::itemChanged, this, &FindingForm::updateTacticSummary);
    m_actorField->setProvider([this](const QString& text) {
        QList<Suggestion> out;
        if (!m_ws)
            return out;
        if (auto rows = store::Catalog(*m_ws).completeEntities(ss(text), 8)) {
            for (const auto& r : *rows)
                out.append({qs(r.caption), qs(r.id), schemaLabel(r.schema)});
        }
        return out;
    });
    connect(m_actorField, &SuggestField::chosen, this, [this](const Suggestion& s) {
        QString schema;
        if (m_ws) {
            if (auto d = m_ws->entity(ss(s.id)))
                schema = qs(d->entity.schema);
        }
        addActor({s.id, s.text, schema, false});
    });
    connect(m_actorField, &SuggestField::createRequested, this, [this](const QString& name) {
        addActor(
            {qs(store::Editor::newId("cp")), name, m_actorSchema->currentData().toString(), true});
    });
    m_sourceField->setProvider([this](const QString& text) {
        QList<Suggestion> out;
        if (!m_ws)
            return out;
        if (auto rows = store::Catalog(*m_ws).sources(ss(text), 0, 8, false)) {
            for (const auto& r : *rows)
                out.append({qs(r.source.title), qs(r.source.key),
                            gradingText(r.source.reliability, r.source.credibility)});
        }
        return out;
    });
    connect(m_sourceField, &SuggestField::chosen, this,
            [this](const Suggestion& s) { addExistingSource(s.id, s.text); });
    connect(m_sourceField, &SuggestField::createRequested, this, &FindingForm::openNewSource);
    connect(m_relationship, &QComboBox::currentIndexChanged, this,
            &FindingForm::relationshipChanged);
    for (QComboBox* end : {m_sourceEnd, m_targetEnd})
        connect(end, &QComboBox::activated, this, [this] { m_endsChosen = true; });
    connect(m_srcAdd, &QPushButton::clicked, this, &FindingForm::addNewSource);
    connect(m_srcBrowse, &QPushButton::clicked, this, &FindingForm::browseAttachment);
    for (QLineEdit* e : {m_srcTitle, m_srcUrl, m_srcPublisher, m_srcDate, m_srcFile})
        connect(e, &QLineEdit::returnPressed, this, &FindingForm::addNewSource);
    connect(m_save, &QPushButton::clicked, this, &FindingForm::save);
    connect(m_cancel, &QPushButton::clicked, this, &FindingForm::cancelled);
    for (auto key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &FindingForm::save);
    }
    setEnabled(false);
}

void FindingForm::setWorkspace(store::Workspace* workspace)
{
    m_ws = workspace;
    setEnabled(m_ws != nullptr);
    reloadChoices();
    newFinding();
}

void FindingForm::setUndoStack(QUndoStack* stack)
{
    m_stack = stack;
}

void FindingForm::reloadChoices()
{
    const QString theme = m_theme->currentData().toString();
    m_theme->clear();
    m_theme->addItem(tr("(none)"), QString());
    m_tactics->clear();
    const QString dataset = m_dataset->currentText();
    m_dataset->clear();
    if (!m_ws)
        return;
    store::Catalog catalog(*m_ws);
    if (auto themes = catalog.taxonomy("theme")) {
        for (const auto& t : *themes)
            m_theme->addItem(taxonomyLabel(t.label), qs(t.key));
    }
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(theme)));
    if (auto tactics = catalog.taxonomy("tactic")) {
        for (const auto& t : *tactics) {
            auto* item = new QListWidgetItem(taxonomyLabel(t.label), m_tactics);
            item->setData(kKeyRole, qs(t.key));
            item->setToolTip(taxonomyLabel(t.description));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    if (auto names = catalog.datasetNames()) {
        for (const auto& n : *names)
            m_dataset->addItem(qs(n));
    }
    QString wanted = dataset.isEmpty() ? Settings().defaultDataset() : dataset;
    if (wanted.trimmed().isEmpty())
        wanted = QStringLiteral("research");
    if (m_dataset->findText(wanted) < 0)
        m_dataset->addItem(wanted);
    m_dataset->setCurrentText(wanted);
}

void FindingForm::newFinding()
{
    m_editKey.clear();
    m_loaded = {};
    m_heading->setText(tr("Record a finding"));
    m_save->setText(tr("Sa&ve finding"));
    for (QLineEdit* e : {m_title, m_date, m_country, m_tacticFilter, m_srcTitle, m_srcUrl,
                         m_srcPublisher, m_srcDate, m_srcFile})
        e->clear();
    m_text->clear();
    m_theme->setCurrentIndex(0);
    for (int i = 0; i < m_tactics->count(); ++i)
        m_tactics->item(i)->setCheckState(Qt::Unchecked);
    m_actorField->clear();
    m_sourceField->clear();
    m_actorData.clear();
    m_actors->clear();
    m_sourceData.clear();
    m_sources->clear();
    m_endsChosen = false;
    m_relationship->setCurrentIndex(0);
    m_relationshipBox->setVisible(true);
    m_actorField->setCreateLabel(tr("Create new actor \"%1\""));
    m_sourceField->setCreateLabel(tr("New source \"%1\"..."));
    m_newSourceBox->hide();
    m_sensitivity->setCurrentIndex(m_sensitivity->findData(int(Settings().defaultSensitivity())));
    m_status->hide();
    m_status->clear();
    updateTacticSummary();
    m_title->setFocus();
}

bool FindingForm::editFinding(const QString& key)
{
    if (!m_ws)
        return false;
    store::Catalog catalog(*m_ws);
    auto f = catalog.finding(ss(key));
    if (!f)
        return false;
    newFinding();
    m_editKey = key;
    m_loaded = *f;
    m_heading->setText(tr("Edit finding"));
    m_save->setText(tr("Sa&ve changes"));
    m_title->setText(qs(f->title));
    m_date->setText(qs(f->date));
    m_country->setText(countryName(f->country));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(qs(f->theme))));
    m_text->setPlainText(qs(f->text));
    for (int i = 0; i < m_tactics->count(); ++i) {
        auto* item = m_tactics->item(i);
        bool on = std::find(f->tactics.begin(), f->tactics.end(),
                            ss(item->data(kKeyRole).toString())) != f->tactics.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    for (const auto& id : f->entities) {
        auto d = m_ws->entity(id);
        addActor({qs(id), d ? qs(d->entity.caption) : qs(id), d ? qs(d->entity.schema) : QString(),
                  false});
    }
    for (const auto& k : f->sources) {
        auto s = catalog.source(k);
        addExistingSource(qs(k), s ? qs(s->title) : qs(k));
    }
    m_sensitivity->setCurrentIndex(std::max(0, m_sensitivity->findData(int(f->sensitivity))));
    if (m_dataset->findText(qs(f->dataset)) < 0)
        m_dataset->addItem(qs(f->dataset));
    m_dataset->setCurrentText(qs(f->dataset));
    // New actors, relationships and sources belong to recording a finding.
    m_relationshipBox->hide();
    m_actorField->setCreateLabel({});
    m_sourceField->setCreateLabel({});
    return true;
}

void FindingForm::filterTactics(const QString& text)
{
    const QString t = text.trimmed();
    for (int i = 0; i < m_tactics->count(); ++i) {
        auto* item = m_tactics->item(i);
        item->setHidden(!t.isEmpty() && !item->text().contains(t, Qt::CaseInsensitive));
    }
}

void FindingForm::tickFirstTactic()
{
    if (m_tacticFilter->text().trimmed().isEmpty())
        return;
    for (int i = 0; i < m_tactics->count(); ++i) {
        auto* item = m_tactics->item(i);
        if (item->isHidden())
            continue;
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        m_tactics->setCurrentItem(item);
        break;
    }
    m_tacticFilter->clear();
}

void FindingForm::updateTacticSummary()
{
    QStringList ticked;
    for (int i = 0; i < m_tactics->count(); ++i)
        if (m_tactics->item(i)->checkState() == Qt::Checked)
            ticked << m_tactics->item(i)->text();
    m_tacticSummary->setText(ticked.isEmpty()
                                 ? tr("No tactic ticked")
                                 : tr("Ticked: %1").arg(ticked.join(QStringLiteral(", "))));
}

void FindingForm::addActor(const Actor& actor)
{
    for (const auto& a : m_actorData)
        if (a.id == actor.id)
            return;
    m_actorData.push_back(actor);
    QString text = tr("%1 (%2)").arg(actor.name, schemaLabel(actor.schema.toStdString()));
    if (actor.isNew)
        text = tr("%1 - new").arg(text);
    auto* item = new QListWidgetItem(text, m_actors);
    item->setData(kKeyRole, actor.id);
    refreshEndChoices();
}

void FindingForm::removeSelected(QListWidget* list)
{
    auto* item = list->currentItem();
    if (!item)
        return;
    const int row = list->row(item);
    if (list == m_actors && row < int(m_actorData.size())) {
        m_actorData.erase(m_actorData.begin() + row);
        delete item;
        refreshEndChoices();
    } else if (list == m_sources && row < int(m_sourceData.size())) {
        m_sourceData.erase(m_sourceData.begin() + row);
        delete item;
    }
}

void FindingForm::relationshipChanged()
{
    m_relationshipValues.clear();
    const QString name = m_relationship->currentData().toString();
    const model::Schema* schema =
        name.isEmpty() ? nullptr : model::Model::builtin().schema(ss(name));
    m_relationshipFields->setVisible(schema != nullptr);
    for (QLineEdit* edit : m_relationshipEdits) {
        edit->clear();
        m_relationshipLayout->setRowVisible(edit, false);
    }
    if (!schema)
        return;
    auto label = [&](QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(m_relationshipLayout->labelForField(field)))
            l->setText(text + QLatin1Char(':'));
    };
    const auto& edge = *schema->edge();
    for (auto [combo, prop] :
         {std::pair{m_sourceEnd, edge.source}, std::pair{m_targetEnd, edge.target}}) {
        combo->setObjectName(QStringLiteral("relationship_%1ComboBox").arg(qs(prop)));
        combo->setAccessibleName(propertyLabel(schema->name(), prop));
        label(combo, propertyLabel(schema->name(), prop));
    }
    std::vector<std::string> props;
    for (const auto& p : schema->featured())
        if (p != edge.source && p != edge.target)
            props.push_back(p);
    if (auto amount = std::find(props.begin(), props.end(), "amount");
        amount != props.end() && schema->property("currency"))
        props.insert(amount + 1, "currency");
    if (std::find(props.begin(), props.end(), "date") == props.end() &&
        std::find(props.begin(), props.end(), "startDate") == props.end() &&
        schema->property("date"))
        props.push_back("date");
    std::size_t used = 0;
    for (const auto& p : props) {
        const model::Property* prop = schema->property(p);
        if (!prop || prop->type->kind == model::TypeKind::Entity ||
            used == m_relationshipEdits.size())
            continue;
        QLineEdit* edit = m_relationshipEdits[used++];
        edit->setObjectName(QStringLiteral("relationship_%1LineEdit").arg(qs(p)));
        edit->setAccessibleName(qs(prop->label));
        edit->setPlaceholderText(prop->type->kind == model::TypeKind::Date ? tr("YYYY-MM-DD")
                                 : p == "currency"                         ? tr("e.g. USD, EUR")
                                                                           : QString());
        label(edit, qs(prop->label));
        m_relationshipLayout->setRowVisible(edit, true);
        m_relationshipValues.emplace_back(p, edit);
    }
    refreshEndChoices();
}

void FindingForm::refreshEndChoices()
{
    int n = 0;
    for (QComboBox* combo : {m_sourceEnd, m_targetEnd}) {
        const QString current = combo->currentData().toString();
        QSignalBlocker block(combo);
        combo->clear();
        for (const auto& a : m_actorData)
            combo->addItem(tr("%1 (%2)").arg(a.name, schemaLabel(a.schema.toStdString())), a.id);
        int index = m_endsChosen ? combo->findData(current) : -1;
        // By default the first actor pays the second, the first owns the second, ...
        if (index < 0)
            index = std::min(n, combo->count() - 1);
        combo->setCurrentIndex(index);
        ++n;
    }
}

void FindingForm::openNewSource(const QString& title)
{
    m_newSourceBox->show();
    m_srcTitle->setText(title);
    m_srcUrl->setFocus();
}

bool FindingForm::addNewSource()
{
    PendingSource p;
    auto& r = p.fresh.record;
    r.title = ss(m_srcTitle->text());
    r.url = ss(m_srcUrl->text());
    r.publisher = ss(m_srcPublisher->text());
    r.published = ss(m_srcDate->text());
    r.reliability = ss(m_srcReliability->currentData().toString());
    r.credibility = m_srcCredibility->currentData().toInt();
    r.sensitivity = store::Sensitivity(m_sensitivity->currentData().toInt());
    if (r.title.empty()) {
        showError(tr("A new source needs a title."));
        m_srcTitle->setFocus();
        return false;
    }
    if (!r.published.empty() && !model::isDatePrefix(r.published)) {
        showError(tr("The source date \"%1\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY).")
                      .arg(qs(r.published)));
        m_srcDate->setFocus();
        return false;
    }
    const QString path = m_srcFile->text().trimmed();
    if (!path.isEmpty()) {
        QFileInfo info(path);
        if (!info.isFile()) {
            showError(tr("There is no file %1.").arg(path));
            m_srcFile->setFocus();
            return false;
        }
        if (info.size() > store::Editor::kMaxAttachmentBytes) {
            showError(tr("%1 is %2 MB; attachments may be at most %3 MB.")
                          .arg(info.fileName())
                          .arg(info.size() / (1024 * 1024))
                          .arg(store::Editor::kMaxAttachmentBytes / (1024 * 1024)));
            m_srcFile->setFocus();
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
            return false;
        }
        QByteArray bytes = file.readAll();
        p.fresh.attachment.assign(bytes.constData(), std::size_t(bytes.size()));
        r.attachmentName = info.fileName().toStdString();
    }
    QString label = tr("%1 - new").arg(qs(r.title));
    QString grading = gradingText(r.reliability, r.credibility);
    if (!grading.isEmpty())
        label = tr("%1 [%2] - new").arg(qs(r.title), grading);
    if (!r.attachmentName.empty())
        label += tr(", with %1").arg(qs(r.attachmentName));
    m_sourceData.push_back(std::move(p));
    new QListWidgetItem(label, m_sources);
    for (QLineEdit* e : {m_srcTitle, m_srcUrl, m_srcPublisher, m_srcDate, m_srcFile})
        e->clear();
    m_srcReliability->setCurrentIndex(0);
    m_srcCredibility->setCurrentIndex(0);
    m_newSourceBox->hide();
    m_status->hide();
    m_sourceField->lineEdit()->setFocus();
    return true;
}

void FindingForm::browseAttachment()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file to the source"));
    if (!path.isEmpty())
        m_srcFile->setText(path);
}

void FindingForm::addExistingSource(const QString& key, const QString& title)
{
    for (const auto& s : m_sourceData)
        if (s.key == key)
            return;
    PendingSource p;
    p.key = key;
    m_sourceData.push_back(std::move(p));
    auto* item = new QListWidgetItem(title, m_sources);
    item->setData(kKeyRole, key);
}

void FindingForm::showError(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString FindingForm::errorText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

store::FindingRecord FindingForm::recordFromFields() const
{
    store::FindingRecord f = m_loaded;
    f.title = ss(m_title->text());
    f.date = ss(m_date->text());
    f.text = m_text->toPlainText().trimmed().toStdString();
    f.country = ss(m_country->text());
    f.theme = ss(m_theme->currentData().toString());
    f.dataset = ss(m_dataset->currentText());
    f.sensitivity = store::Sensitivity(m_sensitivity->currentData().toInt());
    f.tactics.clear();
    for (int i = 0; i < m_tactics->count(); ++i) {
        auto* item = m_tactics->item(i);
        if (item->checkState() == Qt::Checked)
            f.tactics.push_back(ss(item->data(kKeyRole).toString()));
    }
    f.entities.clear();
    for (const auto& a : m_actorData)
        if (!a.isNew)
            f.entities.push_back(ss(a.id));
    f.sources.clear();
    for (const auto& s : m_sourceData)
        if (!s.key.isEmpty())
            f.sources.push_back(ss(s.key));
    return f;
}

bool FindingForm::save()
{
    if (!m_ws)
        return false;
    // A source typed in the new-source fields but not yet added is added now.
    if (m_newSourceBox->isVisible() && !m_srcTitle->text().trimmed().isEmpty() && !addNewSource())
        return false;
    store::FindingRecord f = recordFromFields();
    if (f.title.empty()) {
        showError(tr("A finding needs a title."));
        m_title->setFocus();
        return false;
    }
    if (!f.country.empty() && !model::countryCode(f.country)) {
        showError(tr("Unknown country \"%1\".").arg(qs(f.country)));
        m_country->setFocus();
        return false;
    }
    QString error;
    QString key;
    if (!m_editKey.isEmpty()) {
        auto* command = new UpdateFindingCommand(m_ws, f);
        error = pushEdit(m_stack, command);
        key = m_editKey;
    } else {
        store::FindingDraft draft;
        draft.finding = f;
        for (const auto& s : m_sourceData)
            if (s.key.isEmpty())
                draft.newSources.push_back(s.fresh);
        for (const auto& a : m_actorData)
            if (a.isNew)
                draft.newEntities.push_back({ss(a.id), ss(a.schema), {{"name", ss(a.name)}}});
        const QString rel = m_relationship->currentData().toString();
        if (!rel.isEmpty()) {
            const auto& edge = *model::Model::builtin().schema(ss(rel))->edge();
            store::NewEntity e;
            e.schema = ss(rel);
            e.values.push_back({edge.source, ss(m_sourceEnd->currentData().toString())});
            e.values.push_back({edge.target, ss(m_targetEnd->currentData().toString())});
            for (const auto& [prop, edit] : m_relationshipValues)
                if (!edit->text().trimmed().isEmpty())
                    e.values.push_back({prop, ss(edit->text())});
            draft.relationship = std::move(e);
        }
        auto* command = new RecordFindingCommand(m_ws, std::move(draft));
        if (Status st = command->apply(); !st) {
            error = qs(st.error().message);
            delete command;
        } else {
            key = command->findingKey();
            if (m_stack)
                m_stack->push(command); // already applied: the first redo() does nothing
            else
                delete command;
        }
    }
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    showError({});
    emit saved(key);
    emit changed();
    if (m_editKey.isEmpty()) {
        // Keep the dataset and sensitivity for the next finding: researchers enter in series.
        const QString dataset = m_dataset->currentText();
        const int level = m_sensitivity->currentIndex();
        reloadChoices();
        newFinding();
        m_dataset->setCurrentText(dataset);
        m_sensitivity->setCurrentIndex(level);
    } else {
        editFinding(m_editKey);
    }
    return true;
}

void FindingForm::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        emit cancelled();
        return;
    }
    if (event->key() == Qt::Key_Delete) {
        if (m_actors->hasFocus()) {
            removeSelected(m_actors);
            return;
        }
        if (m_sources->hasFocus()) {
            removeSelected(m_sources);
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

} // namespace commonplace::ui
