// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityDetailView.h"

#include "EntityName.h"
#include "Labels.h"
#include "StatementTableModel.h"
#include "model/Model.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace commonplace::ui {

namespace {
constexpr int kMaxHistory = 50;
// Names of referenced entities are looked up one by one; beyond this many, ids are shown.
constexpr std::size_t kMaxCaptionLookups = 200;
constexpr int kIdRole = Qt::UserRole + 1;

/** Keeps a column to one elided line while the table wraps others. */
class OneLineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features &= ~QStyleOptionViewItem::WrapText;
    }
};

/**
 * The caption of a relationship as a person reads it: an amount with grouping and its
 * currency ("1,085,000 USD"), a role as it is. Empty when the entity has no name of its own.
 */
QString relationshipCaption(const store::EntityDetail& d)
{
    const store::EntityRow& e = d.entity;
    if (!hasOwnName(e.caption, e.id))
        return {};
    QString caption = QString::fromStdString(e.caption);
    if (!captionIsNumber(e.schema))
        return caption;
    caption = formatNumber(caption);
    for (const auto& st : d.statements) {
        if (st.prop == "currency")
            return caption + QLatin1Char(' ') + QString::fromStdString(st.value).toUpper();
    }
    return caption;
}

QLabel* heading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

EntityDetailView::EntityDetailView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("entityDetailView"));
    setAccessibleName(tr("Entity details"));

    m_placeholder = new QLabel;
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(24);

    // Header: back, title, type and id.
    m_backButton = new QToolButton;
    m_backButton->setObjectName(QStringLiteral("backToolButton"));
    m_backButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_backButton->setAutoRaise(true);
    m_backButton->setAccessibleName(tr("Back"));
    m_backButton->setToolTip(tr("Back to the previous entity (Alt+Left)"));
    m_backButton->setEnabled(false);
    connect(m_backButton, &QToolButton::clicked, this, &EntityDetailView::goBack);
    auto* backShortcut = new QShortcut(QKeySequence::Back, this, this, &EntityDetailView::goBack,
                                       Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(backShortcut)

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("subtitleLabel"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    // A label aligns by its text's script; names keep to the window's side instead, so a
    // Latin name sits on the right in Arabic, as the table's cells do.
    const Qt::Alignment start =
        Qt::AlignAbsolute | (isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
    m_title->setAlignment(start);
    m_subtitle->setAlignment(start);

    auto* titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 0, 0);
    titleRow->addWidget(m_backButton, 0, Qt::AlignTop);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    titleRow->addLayout(titles, 1);
    // Editing lives in the entity editor (ui/edit), shown here in place when set; without
    // one, the button only asks for it.
    m_editButton = new QToolButton;
    m_editButton->setObjectName(QStringLiteral("editEntityToolButton"));
    m_editButton->setText(tr("Edit…"));
    m_editButton->setAccessibleName(tr("Edit this entity"));
    m_editButton->setToolTip(tr("Add, change or remove values (Ctrl+Shift+D)"));
    m_editButton->setEnabled(false);
    connect(m_editButton, &QToolButton::clicked, this, [this](bool checked) {
        if (m_editor) {
            setEditing(checked);
            return;
        }
        if (!m_currentId.isEmpty())
            emit editRequested(m_currentId);
    });
    titleRow->addWidget(m_editButton, 0, Qt::AlignTop);

    // Values with their provenance.
    m_statements = new StatementTableModel(this);
    m_statementView = new QTableView;
    m_statementView->setObjectName(QStringLiteral("statementTableView"));
    m_statementView->setAccessibleName(tr("Values and their sources"));
    m_statementView->setModel(m_statements);
    m_statementView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statementView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_statementView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statementView->setAlternatingRowColors(true);
    m_statementView->setShowGrid(false);
    // Values wrap so that a long description reads whole; the other columns stay one line.
    m_statementView->setWordWrap(true);
    m_statementView->setTextElideMode(Qt::ElideRight);
    for (int column = 0; column < StatementTableModel::ColumnCount; ++column) {
        if (column != StatementTableModel::ValueColumn)
            m_statementView->setItemDelegateForColumn(column, new OneLineDelegate(m_statementView));
    }
    m_statementView->verticalHeader()->hide();
    m_statementView->verticalHeader()->setDefaultSectionSize(
        m_statementView->fontMetrics().height() + 10);
    m_statementView->verticalHeader()->setMinimumSectionSize(
        m_statementView->fontMetrics().height() + 10);
    auto* header = m_statementView->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(StatementTableModel::ValueColumn, QHeaderView::Stretch);
    header->resizeSection(StatementTableModel::PropertyColumn, 130);
    header->resizeSection(StatementTableModel::DatasetColumn, 70);
    header->resizeSection(StatementTableModel::SourceColumn, 150);
    header->resizeSection(StatementTableModel::GradingColumn, 60);
    header->resizeSection(StatementTableModel::SensitivityColumn, 80);
    header->setMinimumSectionSize(40);
    // One entity's values are few: measuring their rows is cheap, and wrapped text needs it.
    // Measured after layout settles, so the heights match the widths the rows end up with.
    m_rowHeightTimer.setSingleShot(true);
    connect(&m_rowHeightTimer, &QTimer::timeout, m_statementView,
            [this] { m_statementView->resizeRowsToContents(); });
    connect(header, &QHeaderView::sectionResized, this, [this] { m_rowHeightTimer.start(0); });
    connect(m_statements, &QAbstractItemModel::modelReset, this,
            [this] { m_rowHeightTimer.start(0); });
    m_statementView->viewport()->installEventFilter(this);
    connect(m_statementView, &QTableView::clicked, this, &EntityDetailView::statementClicked);
    connect(m_statementView, &QTableView::activated, this, &EntityDetailView::statementClicked);

    m_valuesHeading = heading(tr("Values"));
    m_referencedHeading = heading(tr("Referenced by"));

    m_referencedBy = new QTreeWidget;
    m_referencedBy->setObjectName(QStringLiteral("referencedByTreeWidget"));
    m_referencedBy->setAccessibleName(tr("Entities that reference this one"));
    m_referencedBy->setRootIsDecorated(false);
    m_referencedBy->setUniformRowHeights(true);
    m_referencedBy->setAlternatingRowColors(true);
    m_referencedBy->setColumnCount(3);
    m_referencedBy->setHeaderLabels({tr("Name"), tr("Type"), tr("As")});
    m_referencedBy->header()->setStretchLastSection(false);
    m_referencedBy->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_referencedBy->header()->resizeSection(1, 130);
    m_referencedBy->header()->resizeSection(2, 130);
    connect(m_referencedBy, &QTreeWidget::itemClicked, this, &EntityDetailView::referenceClicked);
    connect(m_referencedBy, &QTreeWidget::itemActivated, this, &EntityDetailView::referenceClicked);

    auto* valuesPane = new QWidget;
    auto* valuesLayout = new QVBoxLayout(valuesPane);
    valuesLayout->setContentsMargins(0, 0, 0, 0);
    valuesLayout->addWidget(m_valuesHeading);
    valuesLayout->addWidget(m_statementView);
    m_referencesPane = new QWidget;
    auto* referencesLayout = new QVBoxLayout(m_referencesPane);
    referencesLayout->setContentsMargins(0, 6, 0, 0);
    referencesLayout->addWidget(m_referencedHeading);
    referencesLayout->addWidget(m_referencedBy);

    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("detailSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(valuesPane);
    split->addWidget(m_referencesPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(8, 8, 8, 8);
    pageLayout->setSpacing(10);
    pageLayout->addLayout(titleRow);
    m_readOnly = split;
    m_body = new QStackedWidget;
    m_body->setObjectName(QStringLiteral("detailBodyStack"));
    m_body->addWidget(split);
    pageLayout->addWidget(m_body, 1);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    showPlaceholder(tr("Select an entity to see its values and where each one came from."));
}

bool EntityDetailView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_statementView->viewport() && event->type() == QEvent::Resize)
        m_rowHeightTimer.start(0);
    return QWidget::eventFilter(watched, event);
}

void EntityDetailView::setEditor(QWidget* editor)
{
    if (m_editor == editor)
        return;
    if (m_editorArea) {
        m_body->removeWidget(m_editorArea);
        m_editorArea->deleteLater(); // and the old editor in it
        m_editorArea = nullptr;
    }
    m_editor = editor;
    if (editor) {
        // In a scroll area: a pane narrower than the editor's widest row (the graph page keeps
        // it narrow) scrolls instead of forcing its width on the window.
        auto* area = new QScrollArea;
        area->setObjectName(QStringLiteral("editorScrollArea"));
        area->setFrameShape(QFrame::NoFrame);
        area->setWidgetResizable(true);
        area->setFocusPolicy(Qt::NoFocus); // the editor's fields take the focus, not the frame
        area->setWidget(editor);
        m_editorArea = area;
        m_body->addWidget(area);
    }
    m_editButton->setCheckable(editor != nullptr);
    m_editButton->setText(editor ? tr("Edit") : tr("Edit…"));
    m_editButton->setToolTip(editor ? tr("Edit the values here; again to only read them "
                                         "(Ctrl+Shift+D)")
                                    : tr("Add, change or remove values (Ctrl+Shift+D)"));
    setEditing(false);
}

bool EntityDetailView::isEditing() const
{
    return m_editorArea && m_body->currentWidget() == m_editorArea;
}

void EntityDetailView::setEditing(bool on)
{
    on = on && m_editor;
    const bool was = isEditing();
    {
        const QSignalBlocker block(m_editButton);
        m_editButton->setChecked(on);
    }
    QWidget* shown = on ? m_editorArea : m_readOnly;
    m_body->setCurrentWidget(shown);
    // Only the page shown counts for the pane's smallest width (a stack takes the largest of
    // its pages otherwise).
    for (int i = 0; i < m_body->count(); ++i) {
        QWidget* page = m_body->widget(i);
        QSizePolicy policy = page->sizePolicy();
        policy.setHorizontalPolicy(page == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        page->setSizePolicy(policy);
    }
    if (on && !m_currentId.isEmpty())
        emit editRequested(m_currentId);
    if (!on && was)
        reload(); // what the editor changed
    if (on != was)
        emit editingChanged(on);
}

void EntityDetailView::setWorkspace(const store::Workspace* workspace)
{
    m_workspace = workspace;
    setEditing(false);
    m_history.clear();
    m_backButton->setEnabled(false);
    display({}); // the window asked its leave checks before the workspace changed
}

void EntityDetailView::setLeaveCheck(std::function<bool()> check)
{
    m_leaveCheck = std::move(check);
}

bool EntityDetailView::mayLeave(const QString& id)
{
    if (id == m_currentId || m_currentId.isEmpty() || !m_leaveCheck)
        return true;
    const QString before = m_currentId;
    // The check may ask (a modal question): whatever happened meanwhile, the answer only counts
    // for the entity it was asked about.
    return m_leaveCheck() && m_currentId == before;
}

void EntityDetailView::showPlaceholder(const QString& text)
{
    m_statements->clear();
    m_referencedBy->clear();
    m_placeholder->setText(text);
    m_stack->setCurrentIndex(0);
}

bool EntityDetailView::showEntity(const QString& id)
{
    if (!mayLeave(id))
        return false;
    display(id);
    return true;
}

void EntityDetailView::display(const QString& id)
{
    if (!m_currentId.isEmpty() && id != m_currentId) {
        m_history.append(m_currentId);
        while (m_history.size() > kMaxHistory)
            m_history.removeFirst();
    }
    m_currentId = id;
    m_backButton->setEnabled(!m_history.isEmpty());
    m_editButton->setEnabled(!m_currentId.isEmpty());
    reload();
    if (isEditing() && !m_currentId.isEmpty())
        emit editRequested(m_currentId); // the editor follows the selection
}

void EntityDetailView::reload()
{
    if (m_currentId.isEmpty() || !m_workspace) {
        showPlaceholder(tr("Select an entity to see its values and where each one came from."));
        return;
    }
    auto detail = m_workspace->entity(m_currentId.toStdString());
    if (!detail) {
        showPlaceholder(QString::fromStdString(detail.error().describe()));
        return;
    }
    const store::EntityRow& e = detail->entity;

    // Name the entities this one references (payer, beneficiary, owner, ...). Each name is
    // one lookup; past a budget, ids are shown instead.
    QHash<QString, QString> captions;
    std::size_t lookups = 0;
    auto captionOf = [&](const std::string& id) -> QString {
        const QString key = QString::fromStdString(id);
        if (auto it = captions.constFind(key); it != captions.constEnd())
            return *it;
        if (lookups >= kMaxCaptionLookups)
            return key;
        ++lookups;
        auto other = m_workspace->entity(id);
        QString name = key;
        if (other)
            name = entityName(other->entity.caption, other->entity.id, other->entity.schema);
        captions.insert(key, name);
        return name;
    };
    for (const auto& st : detail->statements) {
        if (isEntityProperty(e.schema, st.prop))
            captionOf(st.value);
    }

    // A relationship reads best as what it connects: "Cedar Hollow Foundation → Covenant
    // Bridge Institute", with its own caption (an amount, a role) beside the type.
    const bool unnamed = !hasOwnName(e.caption, e.id);
    QString title = entityName(e.caption, e.id, e.schema);
    QStringList facts{schemaLabel(e.schema)};
    const model::Schema* schema = model::Model::builtin().schema(e.schema);
    if (schema && schema->edge()) {
        auto end = [&](const std::string& prop) {
            for (const auto& st : detail->statements) {
                if (st.prop == prop) {
                    const QString id = QString::fromStdString(st.value);
                    return captions.value(id, id);
                }
            }
            return QString();
        };
        const QString from = end(schema->edge()->source);
        const QString to = end(schema->edge()->target);
        if (!from.isEmpty() || !to.isEmpty()) {
            if (!unnamed)
                facts << relationshipCaption(*detail);
            const QString unknown = tr("(unknown)");
            title = (schema->edge()->directed ? tr("%1 → %2") : tr("%1 — %2"))
                        .arg(from.isEmpty() ? unknown : from, to.isEmpty() ? unknown : to);
        }
    }
    facts << tr("id %1").arg(QString::fromStdString(e.id));
    QString subtitle = facts.join(QStringLiteral(" · "));
    if (!e.canonicalId.empty())
        subtitle +=
            QLatin1Char('\n') + tr("Merged into %1").arg(QString::fromStdString(e.canonicalId));
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_statements->setEntity(*detail, captions);
    m_valuesHeading->setText(
        tr("Values (%1)").arg(QLocale().toString(qlonglong(detail->statements.size()))));

    // A relationship pointing here reads as its other end: a payment made by this
    // foundation shows "→ Covenant Bridge Institute · 100,000 USD".
    m_referencedBy->clear();
    QList<QTreeWidgetItem*> items;
    for (const auto& ref : detail->referencedBy) {
        QString name = entityName(ref.caption, ref.id, ref.schema);
        const model::Schema* refSchema = model::Model::builtin().schema(ref.schema);
        if (refSchema && refSchema->edge() && lookups < kMaxCaptionLookups) {
            const model::Edge& edge = *refSchema->edge();
            const bool outgoing = ref.prop == edge.source;
            const std::string& otherProp = outgoing ? edge.target : edge.source;
            ++lookups;
            if (auto link = m_workspace->entity(ref.id)) {
                const QString linkCaption = relationshipCaption(*link);
                for (const auto& st : link->statements) {
                    if (st.prop != otherProp)
                        continue;
                    const QString other = captionOf(st.value);
                    // Arrows do not mirror by themselves: right to left, "this → that"
                    // points left.
                    const bool pointsRight = outgoing != isRightToLeft();
                    const QString arrow = !edge.directed ? QStringLiteral("—")
                                          : pointsRight  ? QStringLiteral("→")
                                                         : QStringLiteral("←");
                    name = linkCaption.isEmpty() ? tr("%1 %2").arg(arrow, other)
                                                 : tr("%1 %2 · %3").arg(arrow, other, linkCaption);
                    break;
                }
            }
        }
        auto* item = new QTreeWidgetItem(
            {name, schemaLabel(ref.schema), propertyLabel(ref.schema, ref.prop)});
        item->setData(0, kIdRole, QString::fromStdString(ref.id));
        item->setToolTip(0, tr("Open this %1").arg(schemaLabel(ref.schema)));
        items.append(item);
    }
    m_referencedBy->addTopLevelItems(items);
    m_referencedHeading->setText(
        detail->referencedBy.empty()
            ? tr("Referenced by nothing")
            : tr("Referenced by (%1)")
                  .arg(QLocale().toString(qlonglong(detail->referencedBy.size()))));
    // Nothing points here: give the room to the values, and keep keyboard focus in the pane.
    if (detail->referencedBy.empty() && m_referencedBy->hasFocus())
        m_statementView->setFocus(Qt::OtherFocusReason);
    m_referencesPane->setVisible(!detail->referencedBy.empty());
    m_stack->setCurrentIndex(1);
}

void EntityDetailView::statementClicked(const QModelIndex& index)
{
    if (index.column() != StatementTableModel::ValueColumn)
        return;
    const QString id = index.data(StatementTableModel::ReferencedEntityRole).toString();
    if (!id.isEmpty())
        requestEntity(id);
}

void EntityDetailView::referenceClicked(QTreeWidgetItem* item)
{
    if (item)
        requestEntity(item->data(0, kIdRole).toString());
}

void EntityDetailView::requestEntity(const QString& id)
{
    // A double click also arrives as a click: follow a link once, not twice.
    if (m_lastRequest.isValid() && m_lastRequest.elapsed() < QApplication::doubleClickInterval())
        return;
    m_lastRequest.start();
    if (id.isEmpty() || id == m_currentId)
        return;
    emit entityRequested(id);
}

void EntityDetailView::goBack()
{
    if (m_history.isEmpty() || !mayLeave(m_history.constLast()))
        return;
    const QString previous = m_history.takeLast();
    // Going back must not push the entity we leave onto the history.
    m_currentId.clear();
    display(previous);
    emit entityRequested(previous);
}

} // namespace commonplace::ui
