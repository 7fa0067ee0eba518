// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/SourcesView.h"

#include "Labels.h"
#include "edit/EditCommands.h"
#include "edit/QuickEntry.h"
#include "edit/RecordModels.h"
#include "store/Catalog.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

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
constexpr int kEntityRole = Qt::UserRole + 1;
constexpr int kFindingRole = Qt::UserRole + 2;
} // namespace

SourcesView::SourcesView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sourcesView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("sourceSearchLineEdit"));
    m_search->setAccessibleName(tr("Search sources"));
    m_search->setPlaceholderText(tr("Search sources by title, publisher or URL"));
    m_search->setClearButtonEnabled(true);
    leftLayout->addWidget(m_search);
    m_model = new SourceTableModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("sourceTableView"));
    m_table->setAccessibleName(tr("Sources"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(SourceTableModel::TitleColumn,
                                                      QHeaderView::Stretch);
    leftLayout->addWidget(m_table);
    splitter->addWidget(left);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    auto line = [&](const char* name, const QString& accessible, const QString& label) {
        auto* e = new QLineEdit;
        e->setObjectName(QLatin1String(name));
        e->setAccessibleName(accessible);
        form->addRow(label, e);
        return e;
    };
    m_title = line("sourceTitleLineEdit", tr("Title"), tr("&Title:"));
    m_url = line("sourceUrlLineEdit", tr("URL"), tr("&URL:"));
    m_publisher = line("sourcePublisherLineEdit", tr("Publisher"), tr("P&ublisher:"));
    m_published = line("sourcePublishedLineEdit", tr("Published"), tr("Pu&blished:"));
    m_published->setPlaceholderText(tr("YYYY-MM-DD"));
    m_retrieved = line("sourceRetrievedLineEdit", tr("Retrieved"), tr("Retrie&ved:"));
    m_retrieved->setPlaceholderText(tr("YYYY-MM-DD"));
    for (QLineEdit* date : {m_published, m_retrieved}) {
        installDateEntry(date); // short forms ("15.3.2020", "t"), shown back in ISO
        date->setToolTip(dateEntryHelp());
    }
    m_reliability = new QComboBox;
    m_reliability->setObjectName(QStringLiteral("sourceReliabilityComboBox"));
    m_reliability->setAccessibleName(tr("Reliability of the source (A-F)"));
    m_reliability->addItem(tr("unknown"), QString());
    for (char c = 'A'; c <= 'F'; ++c)
        m_reliability->addItem(
            gradeChoiceLabel(QString(QLatin1Char(c)), gradingDescription(std::string(1, c), 0)),
            QString(QLatin1Char(c)));
    form->addRow(tr("&Reliability:"), m_reliability);
    m_credibility = new QComboBox;
    m_credibility->setObjectName(QStringLiteral("sourceCredibilityComboBox"));
    m_credibility->setAccessibleName(tr("Credibility of the information (1-6)"));
    m_credibility->addItem(tr("unknown"), 0);
    for (int i = 1; i <= 6; ++i)
        m_credibility->addItem(gradeChoiceLabel(QString::number(i), gradingDescription({}, i)), i);
    form->addRow(tr("&Credibility:"), m_credibility);
    m_sensitivity = new QComboBox;
    m_sensitivity->setObjectName(QStringLiteral("sourceSensitivityComboBox"));
    m_sensitivity->setAccessibleName(tr("Sensitivity of the source"));
    for (auto level : {store::Sensitivity::Public, store::Sensitivity::Coalition,
                       store::Sensitivity::Internal, store::Sensitivity::Restricted})
        m_sensitivity->addItem(sensitivityLabel(level), int(level));
    form->addRow(tr("&Sensitivity:"), m_sensitivity);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("sourceNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 4);
    form->addRow(tr("&Notes:"), m_notes);
    auto* attachRow = new QHBoxLayout;
    m_attachment = new QLabel;
    m_attachment->setObjectName(QStringLiteral("attachmentLabel"));
    m_attachment->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attachment->setWordWrap(true);
    m_attach = new QPushButton(tr("&Attach file..."));
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setAccessibleName(tr("Attach a file"));
    attachRow->addWidget(m_attachment, 1);
    attachRow->addWidget(m_attach);
    form->addRow(tr("File:"), attachRow);
    rightLayout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New source"));
    m_new->setObjectName(QStringLiteral("newSourceButton"));
    m_new->setAccessibleName(tr("New source"));
    m_save = new QPushButton(tr("Sa&ve source"));
    m_save->setObjectName(QStringLiteral("saveSourceButton"));
    m_save->setAccessibleName(tr("Save source"));
    m_delete = new QPushButton(tr("&Delete source"));
    m_delete->setObjectName(QStringLiteral("deleteSourceButton"));
    m_delete->setAccessibleName(tr("Delete source"));
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    rightLayout->addLayout(buttons);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("sourceStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->hide();
    rightLayout->addWidget(m_status);

    auto* citedLabel = new QLabel(tr("Cited by"));
    QFont bold = citedLabel->font();
    bold.setBold(true);
    citedLabel->setFont(bold);
    rightLayout->addWidget(citedLabel);
    m_cites = new QTreeWidget;
    m_cites->setObjectName(QStringLiteral("citationTreeWidget"));
    m_cites->setAccessibleName(tr("What cites this source (Return opens)"));
    m_cites->setColumnCount(2);
    m_cites->setHeaderLabels({tr("Finding or entity"), tr("Value")});
    m_cites->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    rightLayout->addWidget(m_cites, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this,
            [this] { m_model->setFilterText(m_search->text()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SourcesView::currentChanged);
    connect(m_save, &QPushButton::clicked, this, &SourcesView::save);
    connect(m_new, &QPushButton::clicked, this, &SourcesView::newSource);
    connect(m_delete, &QPushButton::clicked, this, &SourcesView::deleteSource);
    connect(m_attach, &QPushButton::clicked, this, &SourcesView::attachFile);
    for (QLineEdit* e : {m_title, m_url, m_publisher, m_published, m_retrieved})
        connect(e, &QLineEdit::returnPressed, this, &SourcesView::save);
    connect(m_cites, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString entity = item->data(0, kEntityRole).toString();
        const QString finding = item->data(0, kFindingRole).toString();
        if (!entity.isEmpty())
            emit entityRequested(entity);
        else if (!finding.isEmpty())
            emit findingRequested(finding);
    });
    connect(EditEvents::instance(), &EditEvents::changed, this, [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    setEnabled(false);
}

void SourcesView::setWorkspace(store::Workspace* workspace)
{
    m_ws = workspace;
    setEnabled(m_ws != nullptr);
    m_model->setWorkspace(workspace);
    newSource();
}

void SourcesView::setUndoStack(QUndoStack* stack)
{
    m_stack = stack;
}

void SourcesView::reload()
{
    const QString key = m_key;
    m_model->refresh();
    if (!key.isEmpty()) {
        int row = m_model->rowOfKey(key);
        if (row >= 0) {
            QSignalBlocker block(m_table->selectionModel());
            m_table->setCurrentIndex(m_model->index(row, 0));
        }
        m_key = key;
        fill();
    }
}

void SourcesView::showSource(const QString& key)
{
    int row = m_model->rowOfKey(key);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOfKey(key);
    }
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    m_key = key;
    fill();
}

void SourcesView::currentChanged()
{
    m_key = m_model->keyAt(m_table->currentIndex().row());
    m_status->hide();
    fill();
}

void SourcesView::fill()
{
    m_cites->clear();
    m_pendingAttachment.clear();
    m_pendingAttachmentName.clear();
    std::optional<store::SourceRecord> s;
    if (m_ws && !m_key.isEmpty()) {
        if (auto r = store::Catalog(*m_ws).source(ss(m_key)))
            s = std::move(*r);
    }
    if (!s) {
        m_key.clear();
        for (QLineEdit* e : {m_title, m_url, m_publisher, m_published, m_retrieved})
            e->clear();
        m_notes->clear();
        m_reliability->setCurrentIndex(0);
        m_credibility->setCurrentIndex(0);
        m_sensitivity->setCurrentIndex(m_sensitivity->findData(int(store::Sensitivity::Internal)));
        m_attachment->setText(tr("none"));
        m_delete->setEnabled(false);
        m_save->setText(tr("Sa&ve new source"));
        return;
    }
    m_save->setText(tr("Sa&ve source"));
    m_delete->setEnabled(true);
    m_title->setText(qs(s->title));
    m_url->setText(qs(s->url));
    m_publisher->setText(qs(s->publisher));
    m_published->setText(qs(s->published));
    m_retrieved->setText(qs(s->retrieved));
    m_notes->setPlainText(qs(s->notes));
    m_reliability->setCurrentIndex(std::max(0, m_reliability->findData(qs(s->reliability))));
    m_credibility->setCurrentIndex(std::max(0, m_credibility->findData(s->credibility)));
    m_sensitivity->setCurrentIndex(std::max(0, m_sensitivity->findData(int(s->sensitivity))));
    m_attachment->setText(
        s->attachmentSha256.empty()
            ? tr("none")
            : tr("%1, SHA-256 %2")
                  .arg(qs(s->attachmentName), qs(s->attachmentSha256.substr(0, 16))));
    auto cites = store::Catalog(*m_ws).citations(ss(m_key), 200);
    if (!cites)
        return;
    auto* findings = new QTreeWidgetItem(m_cites);
    findings->setText(0,
                      tr("Findings (%1)").arg(QLocale().toString(qlonglong(cites->findingCount))));
    for (const auto& f : cites->findings) {
        auto* item = new QTreeWidgetItem(findings);
        item->setText(0, qs(f.title));
        item->setText(1, qs(f.date));
        item->setData(0, kFindingRole, qs(f.key));
    }
    auto* values = new QTreeWidgetItem(m_cites);
    values->setText(0, tr("Values (%1)").arg(QLocale().toString(qlonglong(cites->statementCount))));
    for (const auto& v : cites->statements) {
        auto* item = new QTreeWidgetItem(values);
        const QString caption =
            captionIsNumber(v.schema) ? formatNumber(qs(v.caption)) : qs(v.caption);
        item->setText(0, tr("%1 (%2)").arg(caption, schemaLabel(v.schema)));
        QString shown = displayValue(v.schema, v.prop, v.value);
        if (isEntityProperty(v.schema, v.prop)) {
            // A reference reads as the name of what it points at.
            if (auto target = m_ws->entity(v.value))
                shown = qs(target->entity.caption);
        }
        item->setText(1, tr("%1: %2").arg(propertyLabel(v.schema, v.prop), shown));
        item->setData(0, kEntityRole, qs(v.entity));
    }
    if (cites->statementCount > std::int64_t(cites->statements.size())) {
        auto* more = new QTreeWidgetItem(values);
        more->setText(0, tr("... and %1 more")
                             .arg(QLocale().toString(qlonglong(
                                 cites->statementCount - std::int64_t(cites->statements.size())))));
    }
    m_cites->expandAll();
}

void SourcesView::save()
{
    if (!m_ws)
        return;
    store::SourceRecord r;
    if (!m_key.isEmpty()) {
        if (auto old = store::Catalog(*m_ws).source(ss(m_key)))
            r = *old;
    }
    r.title = ss(m_title->text());
    r.url = ss(m_url->text());
    r.publisher = ss(m_publisher->text());
    r.published = ss(dateEntryValue(m_published));
    r.retrieved = ss(dateEntryValue(m_retrieved));
    r.reliability = ss(m_reliability->currentData().toString());
    r.credibility = m_credibility->currentData().toInt();
    r.sensitivity = store::Sensitivity(m_sensitivity->currentData().toInt());
    r.notes = m_notes->toPlainText().trimmed().toStdString();
    QString error;
    if (m_key.isEmpty()) {
        if (!m_pendingAttachmentName.isEmpty())
            r.attachmentName = m_pendingAttachmentName.toStdString();
        auto* command = new CreateSourceCommand(m_ws, r, m_pendingAttachment);
        if (Status st = command->apply(); !st) {
            error = qs(st.error().message);
            delete command;
        } else {
            m_key = command->sourceKey();
            if (m_stack)
                m_stack->push(command);
            else
                delete command;
        }
    } else {
        // A file attached to an existing source is its own undoable step, with the edit of
        // the fields: undo unlinks it (and the bytes, when nothing else uses them). Both are
        // written together or not at all.
        store::Transaction both(m_ws->db());
        if (Status st = both.begin(); !st) {
            showError(qs(st.error().message));
            return;
        }
        AttachFileCommand* attach = nullptr;
        if (!m_pendingAttachment.empty()) {
            attach = new AttachFileCommand(m_ws, ss(m_key), m_pendingAttachment,
                                           m_pendingAttachmentName.toStdString());
            if (Status st = attach->apply(); !st) {
                delete attach;
                showError(qs(st.error().message));
                return;
            }
            r.attachmentSha256 = attach->attached().sha256;
            r.attachmentName = attach->attached().name;
        }
        auto* update = new UpdateSourceCommand(m_ws, r);
        Status st = update->apply();
        if (st)
            st = both.commit();
        if (!st) {
            error = qs(st.error().message);
            delete update;
            delete attach; // the file's link and bytes go with the transaction
        } else if (m_stack) {
            if (attach) {
                m_stack->beginMacro(update->text());
                m_stack->push(attach);
                m_stack->push(update);
                m_stack->endMacro();
            } else {
                m_stack->push(update);
            }
        } else {
            delete attach;
            delete update;
        }
    }
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    showError({});
    reload();
    showSource(m_key);
    emit changed();
}

void SourcesView::newSource()
{
    m_table->clearSelection();
    m_key.clear();
    m_status->hide();
    fill();
    m_title->setFocus();
}

void SourcesView::deleteSource()
{
    if (!m_ws || m_key.isEmpty())
        return;
    QString error = pushEdit(m_stack, new DeleteSourceCommand(m_ws, ss(m_key)));
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    showError({});
    m_key.clear();
    reload();
    fill();
    emit changed();
}

void SourcesView::attachFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file to the source"));
    if (!path.isEmpty())
        attachFileAt(path);
}

bool SourcesView::attachFileAt(const QString& path)
{
    QFileInfo info(path);
    if (info.size() > store::Editor::kMaxAttachmentBytes) {
        showError(tr("%1 is %2 MB; attachments may be at most %3 MB.")
                      .arg(info.fileName())
                      .arg(info.size() / (1024 * 1024))
                      .arg(store::Editor::kMaxAttachmentBytes / (1024 * 1024)));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    QByteArray bytes = file.readAll();
    m_pendingAttachment.assign(bytes.constData(), std::size_t(bytes.size()));
    m_pendingAttachmentName = info.fileName();
    m_attachment->setText(tr("%1 (saved with the source)").arg(info.fileName()));
    return true;
}

void SourcesView::showError(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString SourcesView::errorText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void SourcesView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && m_ws) {
        m_stale = false;
        reload();
    }
}

} // namespace commonplace::ui
