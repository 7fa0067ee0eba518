// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyst/MergeReview.h"

#include "EntityName.h"
#include "Labels.h"
#include "analyst/PairComparisonModel.h"
#include "match/Groups.h"
#include "match/Matcher.h"
#include "store/Workspace.h"

#include <QAbstractItemView>
#include <QAbstractListModel>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cstdlib>

namespace commonplace::ui {

namespace {

constexpr int kQueuePage = 500;           // rows the queue list loads at a time
constexpr int kMaxReferenceLookups = 200; // names of referenced entities per pair

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString userName()
{
    for (const char* var : {"USER", "LOGNAME"})
        if (const char* v = std::getenv(var); v && *v)
            return QString::fromLocal8Bit(v);
    return QStringLiteral("unknown");
}

QString mark(const std::optional<match::Judgement>& j)
{
    if (!j)
        return QStringLiteral("   ");
    switch (*j) {
    case match::Judgement::Positive:
        return QStringLiteral("✓  ");
    case match::Judgement::Negative:
        return QStringLiteral("✗  ");
    case match::Judgement::Unsure:
        return QStringLiteral("?  ");
    }
    return {};
}

QString captionOf(const store::EntityDetail& d)
{
    return entityName(d.entity.caption, d.entity.id, d.entity.schema);
}

} // namespace

/**
 * The review queue as a list: every candidate is in memory (ids and scores), but the list
 * loads rows a page at a time as it is scrolled, and each row's names are read when it is
 * first shown, so a queue of any length opens at once.
 */
class ReviewQueueModel : public QAbstractListModel
{
public:
    explicit ReviewQueueModel(const MergeReview* review)
        : QAbstractListModel(const_cast<MergeReview*>(review))
        , m_review(review)
    {}

    void reset()
    {
        beginResetModel();
        m_loaded = std::min(kQueuePage, m_review->candidateCount());
        endResetModel();
    }
    /** Loads rows until `row` is one of them. */
    void reach(int row)
    {
        while (row >= m_loaded && canFetchMore({}))
            fetchMore({});
    }
    void changed(int row)
    {
        if (row < m_loaded)
            emit dataChanged(index(row), index(row));
    }
    int loaded() const { return m_loaded; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : m_loaded;
    }
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && m_loaded < m_review->candidateCount();
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (parent.isValid())
            return;
        const int more = std::min(kQueuePage, m_review->candidateCount() - m_loaded);
        if (more <= 0)
            return;
        beginInsertRows({}, m_loaded, m_loaded + more - 1);
        m_loaded += more;
        endInsertRows();
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_loaded)
            return {};
        const MergeReview::Item& item = m_review->captioned(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return MergeReview::tr("%1%2 ↔ %3  (%4)")
                .arg(mark(item.judged), item.leftCaption, item.rightCaption)
                .arg(item.candidate.score, 0, 'f', 2);
        case Qt::ToolTipRole:
            return MergeReview::tr("%1 ↔ %2").arg(qs(item.candidate.left),
                                                  qs(item.candidate.right));
        case Qt::ForegroundRole:
            if (item.judged)
                return m_review->palette().brush(QPalette::Disabled, QPalette::Text);
            return {};
        default:
            return {};
        }
    }

private:
    const MergeReview* m_review;
    int m_loaded = 0;
};

MergeReview::MergeReview(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mergeReview"));
    setFocusPolicy(Qt::StrongFocus);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &MergeReview::searched);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* find = new QPushButton(tr("Find Candidates"));
    find->setObjectName(QStringLiteral("findCandidatesButton"));
    connect(find, &QPushButton::clicked, this, &MergeReview::findCandidates);
    top->addWidget(find);
    top->addWidget(new QLabel(tr("Score at least")));
    m_threshold = new QDoubleSpinBox;
    m_threshold->setObjectName(QStringLiteral("thresholdSpinBox"));
    m_threshold->setAccessibleName(tr("Lowest score"));
    m_threshold->setRange(0.05, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setValue(match::kDefaultThreshold);
    top->addWidget(m_threshold);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("reviewProgressBar"));
    m_progress->setAccessibleName(tr("Review progress"));
    m_progress->setFormat(tr("%v of %m judged"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    top->addWidget(m_progress, 1);
    layout->addLayout(top);

    auto* split = new QSplitter(Qt::Horizontal);
    m_tabs = new QTabWidget;
    m_queue = new QListView;
    m_queue->setObjectName(QStringLiteral("reviewQueueList"));
    m_queue->setAccessibleName(tr("Candidate pairs"));
    m_queue->setUniformItemSizes(true);
    m_queueModel = new ReviewQueueModel(this);
    m_queue->setModel(m_queueModel);
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                if (index.isValid() && index.row() != m_current)
                    setCurrentIndex(index.row());
            });
    m_tabs->addTab(m_queue, tr("Candidates"));
    auto* mergedPage = new QWidget;
    auto* ml = new QVBoxLayout(mergedPage);
    ml->setContentsMargins(0, 0, 0, 0);
    m_merged = new QTreeWidget;
    m_merged->setObjectName(QStringLiteral("mergedTree"));
    m_merged->setAccessibleName(tr("Merged entities"));
    m_merged->setHeaderLabels({tr("Merged entity"), tr("Type")});
    m_merged->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // A group's parts are named when it is opened (one read per group, not per part).
    connect(m_merged, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem* group) {
        if (!m_ws || group->parent() || group->data(1, Qt::UserRole).toBool())
            return;
        group->setData(1, Qt::UserRole, true);
        auto detail = m_ws->entity(group->data(0, Qt::UserRole).toString().toStdString());
        if (!detail)
            return;
        QHash<QString, QString> names;
        for (const auto& m : detail->members)
            names.insert(qs(m.id), entityName(m.caption, m.id, m.schema));
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* part = group->child(i);
            const QString id = part->data(0, Qt::UserRole).toString();
            if (names.contains(id)) {
                part->setText(0, names.value(id));
                part->setToolTip(0, tr("id %1").arg(id));
            }
        }
    });
    connect(m_merged, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        emit entityRequested(item->data(0, Qt::UserRole).toString());
    });
    ml->addWidget(m_merged);
    auto* unmergeButton = new QPushButton(tr("Unmerge Selected"));
    unmergeButton->setObjectName(QStringLiteral("unmergeButton"));
    connect(unmergeButton, &QPushButton::clicked, this, [this] {
        if (auto* item = m_merged->currentItem()) {
            while (item->parent())
                item = item->parent();
            unmerge(item->data(0, Qt::UserRole).toString());
        }
    });
    ml->addWidget(unmergeButton);
    m_tabs->addTab(mergedPage, tr("Merged"));
    split->addWidget(m_tabs);

    auto* pair = new QWidget;
    auto* pl = new QVBoxLayout(pair);
    pl->setContentsMargins(0, 0, 0, 0);
    auto* heads = new QHBoxLayout;
    m_leftTitle = new QLabel;
    m_rightTitle = new QLabel;
    for (QLabel* l : {m_leftTitle, m_rightTitle}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setTextInteractionFlags(Qt::TextBrowserInteraction);
        connect(l, &QLabel::linkActivated, this, &MergeReview::entityRequested);
    }
    heads->addWidget(m_leftTitle, 1);
    m_score = new QLabel;
    m_score->setObjectName(QStringLiteral("scoreLabel"));
    m_score->setAlignment(Qt::AlignCenter);
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_score->setFont(big);
    heads->addWidget(m_score);
    heads->addWidget(m_rightTitle, 1);
    pl->addLayout(heads);

    m_mergedNote = new QLabel;
    m_mergedNote->setWordWrap(true);
    m_unmergeCurrent = new QPushButton(tr("Unmerge"));
    m_unmergeCurrent->setObjectName(QStringLiteral("unmergeCurrentButton"));
    connect(m_unmergeCurrent, &QPushButton::clicked, this, [this] {
        const QStringList p = currentPair();
        if (!p.isEmpty())
            unmerge(p.first());
    });
    auto* mergedRow = new QHBoxLayout;
    mergedRow->addWidget(m_mergedNote, 1);
    mergedRow->addWidget(m_unmergeCurrent);
    pl->addLayout(mergedRow);

    auto* inner = new QSplitter(Qt::Vertical);
    m_model = new PairComparisonModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setAccessibleName(tr("The two candidates side by side"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    inner->addWidget(m_table);
    m_features = new QTreeWidget;
    m_features->setObjectName(QStringLiteral("featureTree"));
    m_features->setAccessibleName(tr("Why this score"));
    m_features->setHeaderLabels({tr("Why this score"), tr("Value"), tr("Weight"), tr("Compared")});
    m_features->setRootIsDecorated(false);
    inner->addWidget(m_features);
    inner->setStretchFactor(0, 3);
    inner->setStretchFactor(1, 1);
    pl->addWidget(inner, 1);

    auto* buttons = new QHBoxLayout;
    auto judgeButton = [&](const QString& text, match::Judgement j, const char* name) {
        auto* b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, [this, j] { judgeCurrent(j); });
        buttons->addWidget(b);
        m_judgeButtons.append(b);
    };
    judgeButton(tr("Same actor (Y)"), match::Judgement::Positive, "yesButton");
    judgeButton(tr("Different (N)"), match::Judgement::Negative, "noButton");
    judgeButton(tr("Unsure (U)"), match::Judgement::Unsure, "unsureButton");
    auto* skipButton = new QPushButton(tr("Skip (S)"));
    connect(skipButton, &QPushButton::clicked, this, &MergeReview::skip);
    buttons->addWidget(skipButton);
    buttons->addStretch(1);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("reviewMessageLabel"));
    m_message->setWordWrap(true);
    buttons->addWidget(m_message, 2);
    pl->addLayout(buttons);
    split->addWidget(pair);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({280, 900});
    layout->addWidget(split, 1);

    // Letters judge even while a list or table has the focus (item views would otherwise take
    // them for keyboard search).
    for (QWidget* w : std::initializer_list<QWidget*>{m_queue, m_table, m_features, m_merged})
        w->installEventFilter(this);
    showCurrent();
}

MergeReview::~MergeReview()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void MergeReview::setWorkspace(store::Workspace* workspace)
{
    m_cancel = true;
    m_watcher.waitForFinished();
    m_cancel = false;
    m_ws = workspace;
    m_items.clear();
    m_current = -1;
    fillQueue();
    refreshMerged();
    showCurrent();
    if (m_ws)
        findCandidates();
}

void MergeReview::findCandidates()
{
    if (!m_ws || m_searching)
        return;
    m_searching = true;
    m_message->setText(tr("Looking for candidates…"));
    m_progress->setRange(0, 0);
    auto result = std::make_shared<Result<std::vector<Item>>>(makeError("not run"));
    m_result = result;
    const std::string path = m_ws->path();
    store::Workspace::OpenOptions openOptions; // the window's key for an encrypted workspace
    openOptions.mode = store::Workspace::Mode::OpenExisting;
    openOptions.key = m_ws->key();
    const double threshold = m_threshold->value();
    std::atomic<bool>* cancel = &m_cancel;
    m_watcher.setFuture(QtConcurrent::run([result, path, openOptions, threshold, cancel] {
        auto ws = store::Workspace::open(path, openOptions);
        if (!ws) {
            *result = ws.error();
            return;
        }
        // The whole queue: ids, scores and what made them. Names are read when a row is shown.
        match::DedupeOptions options;
        options.threshold = threshold;
        options.progress = [cancel](std::uint64_t, std::uint64_t) { return !cancel->load(); };
        auto found = match::findCandidates(**ws, options);
        if (!found) {
            *result = found.error();
            return;
        }
        std::vector<Item> items(found->size());
        for (std::size_t k = 0; k < found->size(); ++k)
            items[k].candidate = std::move((*found)[k]);
        *result = std::move(items);
    }));
}

void MergeReview::searched()
{
    m_searching = false;
    auto result = m_result;
    if (!result || !*result) {
        m_progress->setRange(0, 1);
        m_message->setText(result ? tr("No candidates: %1").arg(qs(result->error().describe()))
                                  : QString());
        return;
    }
    m_items = std::move(**result);
    m_current = m_items.empty() ? -1 : 0;
    fillQueue();
    showCurrent();
    m_message->setText(m_items.empty() ? tr("No candidate pairs at this score: nothing to review.")
                                       : tr("Y: same actor · N: different · U: unsure · S: skip"));
}

void MergeReview::fillQueue()
{
    {
        const QSignalBlocker blocker(m_queue->selectionModel());
        m_queueModel->reset();
        if (m_current >= 0) {
            m_queueModel->reach(m_current);
            m_queue->setCurrentIndex(m_queueModel->index(m_current));
        }
    }
    updateProgress();
}

void MergeReview::judgedChanged(int index)
{
    m_queueModel->changed(index);
    updateProgress();
}

int MergeReview::loadedRows() const
{
    return m_queueModel->loaded();
}

const MergeReview::Item& MergeReview::captioned(int index) const
{
    Item& item = m_items[std::size_t(index)];
    if (item.leftCaption.isEmpty() && m_ws) {
        for (auto [id, caption] : {std::pair{&item.candidate.left, &item.leftCaption},
                                   std::pair{&item.candidate.right, &item.rightCaption}}) {
            auto d = m_ws->entity(*id);
            *caption = d ? captionOf(*d) : qs(*id);
        }
    }
    return item;
}

void MergeReview::updateProgress()
{
    m_progress->setRange(0, std::max(1, int(m_items.size())));
    m_progress->setValue(judgedCount());
    m_progress->setFormat(
        m_items.empty() ? tr("No candidates")
                        : tr("%1 of %n judged", nullptr, int(m_items.size())).arg(judgedCount()));
}

int MergeReview::judgedCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [](const Item& i) { return i.judged.has_value(); }));
}

void MergeReview::setCurrentIndex(int index)
{
    if (index < 0 || index >= int(m_items.size()))
        return;
    m_current = index;
    {
        const QSignalBlocker blocker(m_queue->selectionModel());
        m_queueModel->reach(index);
        m_queue->setCurrentIndex(m_queueModel->index(index));
        m_queue->scrollTo(m_queueModel->index(index));
    }
    showCurrent();
}

QStringList MergeReview::currentPair() const
{
    if (m_current < 0 || m_current >= int(m_items.size()))
        return {};
    const auto& c = m_items[std::size_t(m_current)].candidate;
    return {qs(c.left), qs(c.right)};
}

QString MergeReview::message() const
{
    return m_message->text();
}

void MergeReview::showCurrent()
{
    const bool has = m_ws && m_current >= 0 && m_current < int(m_items.size());
    for (auto* b : std::as_const(m_judgeButtons))
        b->setEnabled(has);
    m_features->clear();
    if (!has) {
        m_model->clear();
        m_leftTitle->clear();
        m_rightTitle->clear();
        m_score->clear();
        m_mergedNote->clear();
        m_unmergeCurrent->hide();
        return;
    }
    const Item& item = m_items[std::size_t(m_current)];
    const auto& c = item.candidate;
    auto left = m_ws->entity(c.left);
    auto right = m_ws->entity(c.right);
    auto title = [](const Result<store::EntityDetail>& d, const std::string& id) {
        if (!d)
            return tr("<i>%1 (no longer in the workspace)</i>").arg(qs(id).toHtmlEscaped());
        QStringList sets;
        for (const auto& s : d->statements)
            if (!sets.contains(qs(s.dataset)))
                sets << qs(s.dataset);
        return tr("<a href=\"%1\"><b>%2</b></a><br>%3 · %4<br><small>%5</small>")
            .arg(qs(id).toHtmlEscaped(), qs(d->entity.caption).toHtmlEscaped(),
                 schemaLabel(d->entity.schema), sets.join(QStringLiteral(", ")).toHtmlEscaped(),
                 qs(id).toHtmlEscaped());
    };
    m_leftTitle->setText(title(left, c.left));
    m_rightTitle->setText(title(right, c.right));
    m_rightTitle->setAlignment(Qt::AlignRight);
    m_score->setText(QString::number(c.score, 'f', 2));
    m_score->setToolTip(tr("Match score from 0 to 1"));
    if (left && right) {
        // Values that name other entities (an address, a parent organisation) show their names.
        PairComparisonModel::References references;
        int lookups = 0;
        for (const auto* d : {&*left, &*right})
            for (const auto& st : d->statements) {
                const QString id = qs(st.value);
                if (!isEntityProperty(d->entity.schema, st.prop) || references.contains(id) ||
                    lookups >= kMaxReferenceLookups)
                    continue;
                ++lookups;
                PairComparisonModel::Reference ref;
                if (auto other = m_ws->entity(st.value)) {
                    ref.caption = captionOf(*other);
                    if (!other->members.empty())
                        ref.canonical = qs(other->members.front().id);
                }
                references.insert(id, ref);
            }
        m_model->setPair(*left, *right, references);
    } else {
        m_model->clear();
    }
    m_table->resizeColumnsToContents();
    for (int col = 0; col < m_model->columnCount(); ++col)
        m_table->setColumnWidth(col, std::min(m_table->columnWidth(col), 260));
    m_table->resizeRowsToContents();

    std::vector<match::Feature> features = c.features;
    if (features.empty())
        if (auto explained = match::explainPair(*m_ws, c.left, c.right))
            features = explained->features;
    for (const auto& f : features) {
        auto* row =
            new QTreeWidgetItem(m_features, {qs(f.name), QString::number(f.value, 'f', 2),
                                             (f.weight >= 0 ? QStringLiteral("+") : QString()) +
                                                 QString::number(f.weight, 'f', 2),
                                             qs(f.detail)});
        row->setForeground(2, f.weight < 0 ? QColor(0xb0, 0x3a, 0x2e) : QColor(0x2e, 0x7d, 0x32));
    }
    for (int col = 0; col < 3; ++col)
        m_features->resizeColumnToContents(col);

    // A side that is already merged shows its parts.
    QStringList notes;
    bool merged = false;
    for (const auto* d : {&left, &right})
        if (*d && !(*d)->members.empty()) {
            merged = true;
            QStringList parts;
            for (const auto& m : (*d)->members)
                parts << (m.caption.empty() ? qs(m.id) : qs(m.caption));
            notes << tr("%1 is merged from %n parts: %2", nullptr, int(parts.size()))
                         .arg(qs((*d)->entity.caption), parts.join(QStringLiteral(", ")));
        }
    if (item.judged)
        notes << (*item.judged == match::Judgement::Positive   ? tr("Judged: the same actor.")
                  : *item.judged == match::Judgement::Negative ? tr("Judged: different actors.")
                                                               : tr("Judged: unsure."));
    m_mergedNote->setText(notes.join(QLatin1Char(' ')));
    m_unmergeCurrent->setVisible(merged);
}

bool MergeReview::judgeCurrent(match::Judgement judgement)
{
    if (!m_ws || m_current < 0 || m_current >= int(m_items.size()))
        return false;
    Item& item = m_items[std::size_t(m_current)];
    match::JudgementRecord record;
    record.left = item.candidate.left;
    record.right = item.candidate.right;
    record.judgement = judgement;
    record.score = item.candidate.score;
    record.user = userName().toStdString();
    match::Resolver resolver(*m_ws);
    auto outcome = resolver.judge(record);
    if (!outcome) {
        m_message->setText(tr("Not recorded: %1").arg(qs(outcome.error().describe())));
        return false;
    }
    item.judged = judgement;
    const int judged = m_current;
    captioned(judged);
    if (judgement == match::Judgement::Positive)
        m_message->setText(tr("Merged %1 and %2.").arg(item.leftCaption, item.rightCaption));
    else
        m_message->setText(judgement == match::Judgement::Negative
                               ? tr("Recorded: different actors.")
                               : tr("Recorded: unsure."));
    // The next pair not yet judged, after this one, then from the start.
    int next = -1;
    for (int k = 1; k <= int(m_items.size()); ++k) {
        const int i = (m_current + k) % int(m_items.size());
        if (!m_items[std::size_t(i)].judged) {
            next = i;
            break;
        }
    }
    judgedChanged(judged);
    if (next >= 0)
        setCurrentIndex(next);
    else
        showCurrent();
    if (next < 0)
        m_message->setText(m_message->text() + QLatin1Char(' ') + tr("Every candidate is judged."));
    if (judgement == match::Judgement::Positive)
        refreshMerged();
    emit workspaceChanged();
    return true;
}

void MergeReview::skip()
{
    if (m_items.empty())
        return;
    setCurrentIndex((m_current + 1) % int(m_items.size()));
}

bool MergeReview::unmerge(const QString& id)
{
    if (!m_ws || id.isEmpty())
        return false;
    match::Resolver resolver(*m_ws);
    auto outcome = resolver.unmerge(id.toStdString());
    if (!outcome) {
        m_message->setText(tr("Not unmerged: %1").arg(qs(outcome.error().describe())));
        return false;
    }
    m_message->setText(tr("Unmerged into %n entities.", nullptr, int(outcome->members.size())));
    // Pairs judged "same" inside the group are open again.
    for (auto& item : m_items)
        if (item.judged == match::Judgement::Positive &&
            std::find(outcome->members.begin(), outcome->members.end(), item.candidate.left) !=
                outcome->members.end())
            item.judged.reset();
    fillQueue();
    refreshMerged();
    showCurrent();
    emit workspaceChanged();
    return true;
}

void MergeReview::refreshMerged()
{
    m_merged->clear();
    if (!m_ws)
        return;
    auto groups = match::mergedGroups(*m_ws);
    if (!groups)
        return;
    for (const auto& g : *groups) {
        auto* top = new QTreeWidgetItem(
            m_merged, {tr("%1 (%n parts)", nullptr, int(g.members.size()))
                           .arg(g.caption.empty() ? qs(g.canonical) : qs(g.caption)),
                       schemaLabel(g.schema)});
        top->setData(0, Qt::UserRole, qs(g.canonical));
        for (const auto& m : g.members) {
            auto* part = new QTreeWidgetItem(top, {qs(m)});
            part->setData(0, Qt::UserRole, qs(m));
        }
    }
    m_tabs->setTabText(1, tr("Merged (%n)", nullptr, int(groups->size())));
}

bool MergeReview::handleKey(int key)
{
    switch (key) {
    case Qt::Key_Y:
        judgeCurrent(match::Judgement::Positive);
        return true;
    case Qt::Key_N:
        judgeCurrent(match::Judgement::Negative);
        return true;
    case Qt::Key_U:
        judgeCurrent(match::Judgement::Unsure);
        return true;
    case Qt::Key_S:
        skip();
        return true;
    default:
        return false;
    }
}

void MergeReview::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() == Qt::NoModifier && handleKey(event->key()))
        return;
    QWidget::keyPressEvent(event);
}

bool MergeReview::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier && handleKey(key->key()))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace commonplace::ui
