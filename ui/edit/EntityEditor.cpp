// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/EntityEditor.h"

#include "Labels.h"
#include "edit/EditCommands.h"
#include "edit/QuickEntry.h"
#include "edit/RecordModels.h"
#include "edit/SuggestField.h"
#include "model/Model.h"
#include "store/Catalog.h"
#include "store/Workspace.h"

#include <QAbstractItemDelegate>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

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

constexpr int kStatementRole = Qt::UserRole + 1;
constexpr int kRawRole = Qt::UserRole + 2;
constexpr int kRefRole = Qt::UserRole + 3;

enum Column
{
    ValueColumn,
    DatasetColumn,
    SourceColumn,
    GradingColumn,
    SensitivityColumn,
    ColumnCount
};

const model::Property* propertyOf(const std::string& schema, const std::string& prop)
{
    const model::Schema* s = model::Model::builtin().schema(schema);
    return s ? s->property(prop) : nullptr;
}

} // namespace

EntityEditor::EntityEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("entityEditor"));
    setAccessibleName(tr("Entity editor"));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("entityTitleLabel"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("entitySubtitleLabel"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    m_delete = new QPushButton(tr("Delete entit&y"));
    m_delete->setObjectName(QStringLiteral("deleteEntityButton"));
    m_delete->setAccessibleName(tr("Delete this entity"));
    header->addWidget(m_delete, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_values = new QTreeWidget;
    m_values->setObjectName(QStringLiteral("valueTreeWidget"));
    m_values->setAccessibleName(tr("Values and their provenance (F2 edits, Delete removes)"));
    m_values->setColumnCount(ColumnCount);
    m_values->setHeaderLabels(
        {tr("Value"), tr("Dataset"), tr("Source"), tr("Grading"), tr("Sensitivity")});
    m_values->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_values->setAlternatingRowColors(true);
    m_values->setUniformRowHeights(true);
    m_values->header()->setStretchLastSection(false);
    m_values->header()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_values->header()->setSectionResizeMode(DatasetColumn, QHeaderView::Interactive);
    // The value gets the room: in the detail pane the editor is about 600 pixels wide.
    m_values->header()->resizeSection(SourceColumn, 190);
    m_values->header()->resizeSection(DatasetColumn, 80);
    m_values->header()->resizeSection(GradingColumn, 60);
    m_values->header()->resizeSection(SensitivityColumn, 80);
    m_values->header()->setMinimumSectionSize(40);
    m_values->installEventFilter(this);
    layout->addWidget(m_values, 1);

    auto* addBox = new QGroupBox(tr("Add a value"));
    auto* form = new QFormLayout(addBox);
    m_property = new QComboBox;
    m_property->setObjectName(QStringLiteral("propertyComboBox"));
    m_property->setAccessibleName(tr("Property"));
    form->addRow(tr("&Property:"), m_property);

    auto* valueBox = new QWidget;
    auto* valueLayout = new QVBoxLayout(valueBox);
    valueLayout->setContentsMargins(0, 0, 0, 0);
    m_valueLine = new QLineEdit;
    m_valueLine->setObjectName(QStringLiteral("valueLineEdit"));
    m_valueLine->setAccessibleName(tr("Value"));
    installDateEntry(m_valueLine); // on for date properties: "15.3.2020", "t", shown in ISO
    setDateEntryEnabled(m_valueLine, false);
    m_valueEntity = new SuggestField;
    m_valueEntity->setObjectName(QStringLiteral("valueEntityField"));
    m_valueEntity->setAccessibleName(tr("Entity"));
    m_valueEntity->setPlaceholderText(tr("Type a name and pick the entity"));
    m_valueText = new QPlainTextEdit;
    m_valueText->setObjectName(QStringLiteral("valueTextEdit"));
    m_valueText->setAccessibleName(tr("Text value"));
    m_valueText->setTabChangesFocus(true);
    m_valueText->installEventFilter(this);
    m_valueText->setMaximumHeight(m_valueText->fontMetrics().height() * 5);
    // One editor shown at a time; a stacked widget would stretch the line edit to the text's
    // height.
    valueLayout->addWidget(m_valueLine);
    valueLayout->addWidget(m_valueEntity);
    valueLayout->addWidget(m_valueText);
    m_valueEntity->hide();
    m_valueText->hide();
    m_valuePage = m_valueLine;
    auto* valueLabel = new QLabel(tr("Va&lue:"));
    valueLabel->setBuddy(m_valueLine);
    form->addRow(valueLabel, valueBox);
    m_valueHint = new QLabel;
    m_valueHint->setEnabled(false);
    form->addRow(QString(), m_valueHint);

    auto* provenance = new QHBoxLayout;
    m_dataset = new QComboBox;
    m_dataset->setObjectName(QStringLiteral("valueDatasetComboBox"));
    m_dataset->setAccessibleName(tr("Dataset of the value"));
    m_dataset->setEditable(true);
    m_dataset->setMinimumContentsLength(12);
    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("valueSourceComboBox"));
    m_source->setAccessibleName(tr("Source of the value"));
    m_sensitivity = new QComboBox;
    m_sensitivity->setObjectName(QStringLiteral("valueSensitivityComboBox"));
    m_sensitivity->setAccessibleName(tr("Sensitivity of the value"));
    for (auto level : {store::Sensitivity::Public, store::Sensitivity::Coalition,
                       store::Sensitivity::Internal, store::Sensitivity::Restricted})
        m_sensitivity->addItem(sensitivityLabel(level), int(level));
    m_sensitivity->setCurrentIndex(m_sensitivity->findData(int(store::Sensitivity::Internal)));
    provenance->addWidget(m_dataset, 1);
    provenance->addWidget(m_source, 2);
    provenance->addWidget(m_sensitivity);
    form->addRow(tr("Provenance:"), provenance);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add value"));
    m_add->setObjectName(QStringLiteral("addValueButton"));
    m_add->setAccessibleName(tr("Add value"));
    m_remove = new QPushButton(tr("&Remove selected value"));
    m_remove->setObjectName(QStringLiteral("removeValueButton"));
    m_remove->setAccessibleName(tr("Remove selected value"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    layout->addWidget(addBox);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("entityStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->hide();
    layout->addWidget(m_status);

    auto* findingsLabel = new QLabel(tr("Findings about it"));
    m_findings = new QListWidget;
    m_findings->setObjectName(QStringLiteral("entityFindingsListWidget"));
    m_findings->setAccessibleName(tr("Findings about this entity"));
    m_findings->setMaximumHeight(m_findings->fontMetrics().height() * 5);
    layout->addWidget(findingsLabel);
    layout->addWidget(m_findings);

    auto* countries = new QCompleter(countryNames(), m_valueLine);
    countries->setCaseSensitivity(Qt::CaseInsensitive);
    countries->setCompletionMode(QCompleter::PopupCompletion);
    countries->setObjectName(QStringLiteral("countryCompleter"));

    connect(m_property, &QComboBox::currentIndexChanged, this, &EntityEditor::propertyChanged);
    connect(m_add, &QPushButton::clicked, this, &EntityEditor::addValue);
    connect(m_remove, &QPushButton::clicked, this, &EntityEditor::removeCurrentValue);
    connect(m_delete, &QPushButton::clicked, this, &EntityEditor::deleteEntity);
    connect(m_valueLine, &QLineEdit::returnPressed, this, &EntityEditor::addValue);
    connect(m_values, &QTreeWidget::itemChanged, this, &EntityEditor::valueEdited);
    connect(m_values, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString ref = item->data(ValueColumn, kRefRole).toString();
        if (!ref.isEmpty())
            emit entityRequested(ref);
    });
    m_valueEntity->setProvider([this](const QString& text) {
        QList<Suggestion> out;
        if (!m_ws)
            return out;
        const model::Property* p = propertyOf(m_schema, ss(m_property->currentData().toString()));
        std::string range = p && p->range ? p->range->name() : std::string();
        if (auto rows = store::Catalog(*m_ws).completeEntities(ss(text), 8, range)) {
            for (const auto& r : *rows)
                out.append({qs(r.caption), qs(r.id), schemaLabel(r.schema)});
        }
        return out;
    });
    connect(m_valueEntity, &SuggestField::chosen, this, [this](const Suggestion& s) {
        m_entityValueId = s.id;
        addValue();
    });
    connect(EditEvents::instance(), &EditEvents::changed, this, [this] {
        if (isVisible() && !m_id.isEmpty())
            reload();
    });
    setEnabled(false);
}

void EntityEditor::setHeaderVisible(bool visible)
{
    m_title->setVisible(visible);
    m_subtitle->setVisible(visible);
}

void EntityEditor::focusValues()
{
    m_values->setFocus(Qt::ShortcutFocusReason);
    if (!m_values->currentItem() && m_values->topLevelItemCount() > 0) {
        QTreeWidgetItem* first = m_values->topLevelItem(0);
        m_values->setCurrentItem(first->childCount() > 0 ? first->child(0) : first);
    }
}

void EntityEditor::setWorkspace(store::Workspace* workspace)
{
    // Another workspace, or none (it locks): typing not written is dropped, never written.
    discardInput();
    m_ws = workspace;
    showEntity({});
}

void EntityEditor::setUndoStack(QUndoStack* stack)
{
    m_stack = stack;
}

void EntityEditor::showEntity(const QString& id)
{
    // A value typed for one entity is never added to the next one shown.
    if (id != m_id)
        discardInput();
    m_id = id;
    m_status->hide();
    reload();
}

void EntityEditor::reload()
{
    m_filling = true;
    const QString currentProp = m_property->currentData().toString();
    m_values->clear();
    m_findings->clear();
    std::optional<store::EntityDetail> detail;
    if (m_ws && !m_id.isEmpty()) {
        if (auto d = m_ws->entity(ss(m_id)))
            detail = std::move(*d);
    }
    setEnabled(detail.has_value());
    if (!detail) {
        m_title->setText(m_id.isEmpty() ? tr("No entity selected") : tr("Entity not found"));
        m_subtitle->clear();
        m_property->clear();
        m_schema.clear();
        m_filling = false;
        return;
    }
    const store::EntityRow& e = detail->entity;
    const bool schemaChanged = m_schema != e.schema;
    m_schema = e.schema;
    m_title->setText(qs(e.caption));
    m_subtitle->setText(tr("%1 - %2").arg(schemaLabel(e.schema), qs(e.id)));

    std::map<std::string, QTreeWidgetItem*> groups;
    for (const auto& st : detail->statements) {
        QTreeWidgetItem*& group = groups[st.prop];
        if (!group) {
            group = new QTreeWidgetItem(m_values);
            group->setText(ValueColumn, propertyLabel(e.schema, st.prop));
            QFont bold = group->font(ValueColumn);
            bold.setBold(true);
            group->setFont(ValueColumn, bold);
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(false);
        }
        auto* item = new QTreeWidgetItem(group);
        const model::Property* p = propertyOf(e.schema, st.prop);
        const bool isRef = p && p->type->kind == model::TypeKind::Entity;
        QString shown = qs(st.value);
        if (isRef) {
            if (auto target = m_ws->entity(st.value))
                shown = tr("%1 (%2)").arg(qs(target->entity.caption),
                                          schemaLabel(target->entity.schema));
            item->setData(ValueColumn, kRefRole, qs(st.value));
            item->setToolTip(ValueColumn, tr("Return opens %1").arg(shown));
        } else if (p && p->type->kind == model::TypeKind::Country) {
            shown = countryName(st.value);
        }
        item->setText(ValueColumn, shown);
        item->setData(ValueColumn, kStatementRole, qlonglong(st.id));
        item->setData(ValueColumn, kRawRole, qs(st.value));
        item->setText(DatasetColumn, qs(st.dataset));
        item->setText(SourceColumn, qs(st.sourceTitle));
        item->setText(GradingColumn, gradingText(st.reliability, st.credibility));
        item->setToolTip(GradingColumn, gradingDescription(st.reliability, st.credibility));
        item->setText(SensitivityColumn, sensitivityLabel(st.sensitivity));
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (!isRef && detail->members.empty())
            flags |= Qt::ItemIsEditable;
        item->setFlags(flags);
    }
    m_values->expandAll();

    if (schemaChanged || m_property->count() == 0) {
        m_property->clear();
        const model::Schema* schema = model::Model::builtin().schema(e.schema);
        std::vector<const model::Property*> props;
        if (schema) {
            for (const model::Property* p : schema->properties())
                if (!p->stub && !p->hidden)
                    props.push_back(p);
        }
        std::sort(props.begin(), props.end(),
                  [](const auto* a, const auto* b) { return a->label < b->label; });
        for (const auto* p : props)
            m_property->addItem(qs(p->label), qs(p->name));
    }
    int index = m_property->findData(currentProp);
    if (index < 0)
        index = m_property->findData(QStringLiteral("name"));
    m_property->setCurrentIndex(std::max(0, index));

    store::Catalog catalog(*m_ws);
    const QString dataset = m_dataset->currentText();
    m_dataset->clear();
    if (auto names = catalog.datasetNames())
        for (const auto& n : *names)
            m_dataset->addItem(qs(n));
    QString wanted = dataset;
    if (wanted.isEmpty() && !detail->statements.empty())
        wanted = qs(detail->statements.front().dataset);
    if (wanted.isEmpty())
        wanted = QStringLiteral("research");
    if (m_dataset->findText(wanted) < 0)
        m_dataset->addItem(wanted);
    m_dataset->setCurrentText(wanted);
    const QString source = m_source->currentData().toString();
    m_source->clear();
    m_source->addItem(tr("(no source)"), QString());
    if (auto sources = catalog.sources({}, 0, 500, false))
        for (const auto& s : *sources) {
            QString grading = gradingText(s.source.reliability, s.source.credibility);
            m_source->addItem(grading.isEmpty() ? qs(s.source.title)
                                                : tr("%1 [%2]").arg(qs(s.source.title), grading),
                              qs(s.source.key));
        }
    m_source->setCurrentIndex(std::max(0, m_source->findData(source)));

    if (auto findings = catalog.findingsOf(ss(m_id), 50))
        for (const auto& fr : *findings)
            new QListWidgetItem(fr.date.empty() ? qs(fr.title)
                                                : tr("%1 - %2").arg(qs(fr.date), qs(fr.title)),
                                m_findings);
    m_delete->setEnabled(detail->members.empty());
    m_filling = false;
}

bool EntityEditor::selectProperty(const QString& property)
{
    int index = m_property->findData(property);
    if (index < 0)
        return false;
    m_property->setCurrentIndex(index);
    return true;
}

void EntityEditor::propertyChanged()
{
    const model::Property* p = propertyOf(m_schema, ss(m_property->currentData().toString()));
    m_entityValueId.clear();
    m_valueLine->clear();
    m_valueLine->setCompleter(nullptr);
    setDateEntryEnabled(m_valueLine, false);
    m_valueLine->setToolTip({});
    m_valueEntity->clear();
    m_valueText->clear();
    auto showPage = [this](QWidget* page) {
        for (QWidget* w : {static_cast<QWidget*>(m_valueLine), static_cast<QWidget*>(m_valueEntity),
                           static_cast<QWidget*>(m_valueText)})
            w->setVisible(w == page);
        m_valuePage = page;
    };
    if (!p) {
        showPage(m_valueLine);
        m_valueHint->clear();
        return;
    }
    switch (p->type->kind) {
    case model::TypeKind::Entity:
        showPage(m_valueEntity);
        m_valueHint->setText(tr("A %1: type part of its name, Return picks it")
                                 .arg(p->range ? qs(p->range->label()) : tr("entity")));
        break;
    case model::TypeKind::Text:
    case model::TypeKind::Html:
        showPage(m_valueText);
        m_valueHint->setText(tr("Long text: Ctrl+Return adds it"));
        break;
    default: {
        showPage(m_valueLine);
        QString hint;
        switch (p->type->kind) {
        case model::TypeKind::Date:
            hint = tr("A date: YYYY-MM-DD, YYYY-MM or YYYY");
            setDateEntryEnabled(m_valueLine, true);
            m_valueLine->setToolTip(dateEntryHelp());
            break;
        case model::TypeKind::Country:
            hint = tr("A country: type its name");
            m_valueLine->setCompleter(findChild<QCompleter*>(QStringLiteral("countryCompleter")));
            break;
        case model::TypeKind::Url:
            hint = tr("A web address: https://...");
            break;
        case model::TypeKind::Number:
            hint = tr("A number, e.g. 250000 or 12.5");
            break;
        case model::TypeKind::Email:
            hint = tr("An e-mail address");
            break;
        default:
            hint = qs(p->type->label);
            break;
        }
        m_valueHint->setText(hint);
        break;
    }
    }
}

QString EntityEditor::valueText() const
{
    QWidget* page = m_valuePage;
    if (page == m_valueEntity)
        return m_entityValueId;
    if (page == m_valueText)
        return m_valueText->toPlainText();
    return dateEntryValue(m_valueLine); // a short date read (as typed otherwise)
}

QWidget* EntityEditor::openValueEditor() const
{
    // An in-place editor is a child of the viewport, made by the delegate (nothing else is);
    // a closed one is hidden until it is deleted.
    for (QWidget* w : m_values->viewport()->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (!w->isHidden())
            return w;
    }
    return nullptr;
}

QString EntityEditor::currentCaption() const
{
    return m_title->text();
}

bool EntityEditor::hasUncommittedInput() const
{
    if (!m_ws || m_id.isEmpty())
        return false;
    return openValueEditor() != nullptr || !valueText().trimmed().isEmpty();
}

bool EntityEditor::commitInput()
{
    if (QWidget* editor = openValueEditor()) {
        // As if the editor lost the focus: the delegate writes it (valueEdited), then closes it.
        emit m_values->itemDelegate()->commitData(editor);
        emit m_values->itemDelegate()->closeEditor(editor, QAbstractItemDelegate::NoHint);
        if (!errorText().isEmpty())
            return false;
    }
    if (!valueText().trimmed().isEmpty()) {
        addValue();
        return errorText().isEmpty() && valueText().trimmed().isEmpty();
    }
    return true;
}

void EntityEditor::discardInput()
{
    if (QWidget* editor = openValueEditor())
        emit m_values->itemDelegate()->closeEditor(editor, QAbstractItemDelegate::RevertModelCache);
    m_entityValueId.clear();
    m_valueLine->clear();
    m_valueEntity->clear();
    m_valueText->clear();
}

void EntityEditor::addValue()
{
    if (!m_ws || m_id.isEmpty())
        return;
    const QString value = valueText().trimmed();
    if (value.isEmpty()) {
        showError(m_valuePage == m_valueEntity ? tr("Pick an entity from the suggestions first.")
                                               : tr("Type a value first."));
        return;
    }
    store::ValueInput in;
    in.entity = ss(m_id);
    in.prop = ss(m_property->currentData().toString());
    in.value = value.toStdString();
    in.dataset = ss(m_dataset->currentText());
    in.sourceKey = ss(m_source->currentData().toString());
    in.sensitivity = store::Sensitivity(m_sensitivity->currentData().toInt());
    QString error = pushEdit(m_stack, new AddValueCommand(m_ws, std::move(in)));
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    showError({});
    m_entityValueId.clear();
    m_valueLine->clear();
    m_valueText->clear();
    m_valueEntity->clear();
    reload();
    emit changed();
}

void EntityEditor::removeCurrentValue()
{
    QTreeWidgetItem* item = m_values->currentItem();
    if (!m_ws || !item || !item->parent())
        return;
    const auto id = item->data(ValueColumn, kStatementRole).toLongLong();
    QString error = pushEdit(m_stack, new RemoveValueCommand(m_ws, id));
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    showError({});
    reload();
    emit changed();
}

void EntityEditor::valueEdited(QTreeWidgetItem* item, int column)
{
    if (m_filling || !m_ws || column != ValueColumn || !item->parent())
        return;
    const QString raw = item->data(ValueColumn, kRawRole).toString();
    QString text = item->text(ValueColumn).trimmed();
    if (text == raw || text == countryName(raw.toStdString()))
        return;
    const auto id = item->data(ValueColumn, kStatementRole).toLongLong();
    QString error = pushEdit(m_stack, new ReplaceValueCommand(m_ws, id, text.toStdString()));
    // The tree is rebuilt after the edit; do it once the delegate has finished with the item.
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            reload();
            showError(error);
            if (error.isEmpty())
                emit changed();
        },
        Qt::QueuedConnection);
}

void EntityEditor::deleteEntity()
{
    if (!m_ws || m_id.isEmpty())
        return;
    QString error = pushEdit(m_stack, new DeleteEntityCommand(m_ws, ss(m_id)));
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    showEntity({});
    emit changed();
}

void EntityEditor::showError(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString EntityEditor::errorText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

bool EntityEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_values && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete) {
            removeCurrentValue();
            return true;
        }
    }
    if (watched == m_valueText && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() & Qt::ControlModifier) {
            addValue();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace commonplace::ui
