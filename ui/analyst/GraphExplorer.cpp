// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyst/GraphExplorer.h"

#include "Labels.h"
#include "store/Diagrams.h"
#include "store/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <random>

namespace commonplace::ui {

namespace {

const auto kSidePanelKey = QStringLiteral("graph/sidePanel"); // window layout, not a preference
constexpr int kMaxNeighbours = 150; // per expansion; the busiest neighbours first
constexpr int kMaxPaths = 200;
constexpr int kIdRole = Qt::UserRole;
constexpr int kVerticesRole = Qt::UserRole + 1;
constexpr int kEdgesRole = Qt::UserRole + 2;
constexpr int kCurrencyRole = Qt::UserRole + 3;
constexpr int kYearRole = Qt::UserRole + 4;
constexpr int kDirectionRole = Qt::UserRole + 5;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

/** One undoable change of positions (a drag, a layout) or pins. */
class LambdaCommand : public QUndoCommand
{
public:
    LambdaCommand(const QString& text, std::function<void()> redo, std::function<void()> undo,
                  bool skipFirstRedo)
        : m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_skip(skipFirstRedo)
    {
        setText(text);
    }
    void redo() override
    {
        if (m_skip) {
            m_skip = false;
            return;
        }
        m_redo();
    }
    void undo() override { m_undo(); }

private:
    std::function<void()> m_redo, m_undo;
    bool m_skip;
};

QString formatAmount(double amount)
{
    return QLocale().toString(amount, 'f', amount == std::floor(amount) ? 0 : 2);
}

QString yearOf(const std::string& date)
{
    return date.size() >= 4 ? qs(date.substr(0, 4)) : QString();
}

/** The sources of one payment, as the worker read them. */
struct PaymentSources
{
    struct Source
    {
        std::string key, title, reliability;
        int credibility = 0;
    };
    std::vector<Source> sources;
};

} // namespace

/**
 * The explorer's own connection to the workspace for reads on worker threads (the sources of
 * payments): opened on first use with the window's key, used by one job at a time, never the
 * UI thread's connection.
 */
class ReadConnection
{
public:
    ReadConnection(std::string path, crypto::DataKeyHandle key)
        : m_path(std::move(path))
        , m_key(std::move(key))
    {}

    template <typename F> auto with(F&& f) -> decltype(f(std::declval<store::Workspace&>()))
    {
        std::lock_guard lock(m_mutex);
        if (!m_ws) {
            store::Workspace::OpenOptions options;
            options.mode = store::Workspace::Mode::OpenExisting;
            options.key = m_key;
            auto opened = store::Workspace::open(m_path, options);
            if (!opened)
                return opened.error();
            m_ws = std::move(opened).value();
        }
        return f(*m_ws);
    }

private:
    std::mutex m_mutex;
    std::string m_path;
    crypto::DataKeyHandle m_key;
    std::unique_ptr<store::Workspace> m_ws;
};

namespace {
constexpr int kPathJob = 0;
constexpr int kFlowJob = 1;
constexpr int kPaymentJob = 2;
} // namespace

template <typename T>
void GraphExplorer::runSideJob(int kind, std::function<T(const std::atomic<bool>&)> work,
                               std::function<void(T&)> done)
{
    const quint64 serial = ++m_sideSerial[std::size_t(kind)];
    // The job this one replaces stops computing (the core searches check the flag every few
    // thousand steps); its result would be dropped anyway.
    auto& flag = m_sideCancel[std::size_t(kind)];
    if (flag)
        *flag = true;
    flag = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<const std::atomic<bool>> cancel = flag;
    ++m_sideRunning[std::size_t(kind)];
    auto result = std::make_shared<std::optional<T>>();
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this,
            [this, watcher, kind, serial, result, done = std::move(done)] {
                watcher->deleteLater();
                --m_sideRunning[std::size_t(kind)];
                if (serial != m_sideSerial[std::size_t(kind)])
                    ++m_staleDropped; // the selection moved on: a newer job has the say
                else if (*result)
                    done(**result);
                updateSideBusy();
            });
    QFuture<void> future =
        QtConcurrent::run([work = std::move(work), result, cancel] { *result = work(*cancel); });
    m_sideFutures.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    m_sideFutures.append(future);
    watcher->setFuture(future);
    updateSideBusy();
}

void GraphExplorer::cancelSideJobs()
{
    for (auto& flag : m_sideCancel)
        if (flag)
            *flag = true;
}

void GraphExplorer::dropSideJob(int kind)
{
    ++m_sideSerial[std::size_t(kind)];
    if (const auto& flag = m_sideCancel[std::size_t(kind)])
        *flag = true;
}

bool GraphExplorer::isComputing() const
{
    return std::any_of(m_sideRunning.begin(), m_sideRunning.end(), [](int n) { return n > 0; });
}

void GraphExplorer::updateSideBusy()
{
    // The busy bar shows only when a job takes a moment: quick ones do not flicker.
    if (!isComputing()) {
        m_sideBusyTimer.stop();
        m_sideProgress->hide();
        m_sideStop->hide();
    } else if (!m_sideBusyTimer.isActive() && m_sideProgress->isHidden()) {
        m_sideBusyTimer.start();
    }
}

GraphExplorer::GraphExplorer(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("graphExplorer"));
    m_undo = new QUndoStack(this);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(200);
    connect(&m_reloadTimer, &QTimer::timeout, this, &GraphExplorer::reload);
    connect(&m_loadWatcher, &QFutureWatcher<void>::finished, this, &GraphExplorer::loaded);
    connect(&m_layoutWatcher, &QFutureWatcher<void>::finished, this, &GraphExplorer::layoutDone);
    connect(&m_analysisWatcher, &QFutureWatcher<void>::finished, this, [this] {
        applyStyle();
        m_canvas->update();
    });
    m_sideBusyTimer.setSingleShot(true);
    m_sideBusyTimer.setInterval(250);
    connect(&m_sideBusyTimer, &QTimer::timeout, this, [this] {
        if (isComputing()) {
            m_sideProgress->show();
            m_sideStop->show();
        }
    });
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        const int total = m_layoutTotal.load();
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(std::min(m_layoutDone.load(), std::max(1, total)));
    });
    createWidgets();
}

GraphExplorer::~GraphExplorer()
{
    m_cancelLoad = true;
    m_cancelLayout = true;
    m_loadWatcher.waitForFinished();
    m_layoutWatcher.waitForFinished();
    m_analysisWatcher.waitForFinished();
    cancelSideJobs();
    for (auto& f : m_sideFutures)
        f.waitForFinished();
}

// ---- widgets -----------------------------------------------------------------------------------

void GraphExplorer::createWidgets()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    // Two rows, so that the explorer fits beside the navigator and the detail pane: what to
    // show and the saved diagrams above, how to show it below.
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 0);
    auto* look = new QHBoxLayout;
    look->setContentsMargins(6, 0, 6, 0);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("graphSearchLineEdit"));
    m_search->setPlaceholderText(tr("Find an actor to start from…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find an actor to start from"));
    m_search->setMinimumWidth(160);
    connect(m_search, &QLineEdit::returnPressed, this, &GraphExplorer::searchAndAdd);
    bar->addWidget(m_search, 2);

    auto* whole = new QPushButton(tr("Whole graph"));
    whole->setObjectName(QStringLiteral("wholeGraphButton"));
    whole->setToolTip(tr("Show every actor under the filter"));
    connect(whole, &QPushButton::clicked, this, &GraphExplorer::showWholeGraph);
    bar->addWidget(whole);
    auto* clear = new QPushButton(tr("Clear"));
    clear->setToolTip(tr("Remove every actor from the view"));
    connect(clear, &QPushButton::clicked, this, &GraphExplorer::clearView);
    bar->addWidget(clear);

    m_layoutKind = new QComboBox;
    m_layoutKind->setObjectName(QStringLiteral("layoutComboBox"));
    m_layoutKind->setAccessibleName(tr("Layout"));
    m_layoutKind->addItem(tr("Force-directed"), int(graph::LayoutKind::Force));
    m_layoutKind->addItem(tr("Layered (money flow)"), int(graph::LayoutKind::Layered));
    m_layoutKind->addItem(tr("Circular"), int(graph::LayoutKind::Circular));
    look->addWidget(m_layoutKind);
    auto* run = new QPushButton(tr("Lay out"));
    run->setObjectName(QStringLiteral("layoutButton"));
    run->setToolTip(tr("Arrange the actors shown; pinned actors keep their place"));
    connect(run, &QPushButton::clicked, this,
            [this] { runLayout(graph::LayoutKind(m_layoutKind->currentData().toInt())); });
    look->addWidget(run);

    m_sizeBy = new QComboBox;
    m_sizeBy->setObjectName(QStringLiteral("sizeByComboBox"));
    m_sizeBy->setAccessibleName(tr("Node size"));
    m_sizeBy->addItem(tr("Size: PageRank"), int(SizeBy::PageRank));
    m_sizeBy->addItem(tr("Size: total received"), int(SizeBy::Received));
    m_sizeBy->addItem(tr("Size: total given"), int(SizeBy::Given));
    m_sizeBy->addItem(tr("Size: equal"), int(SizeBy::Uniform));
    connect(m_sizeBy, &QComboBox::currentIndexChanged, this, [this] {
        applyStyle();
        m_canvas->update();
    });
    look->addWidget(m_sizeBy);
    m_colourBy = new QComboBox;
    m_colourBy->setObjectName(QStringLiteral("colourByComboBox"));
    m_colourBy->setAccessibleName(tr("Node colour"));
    m_colourBy->addItem(tr("Colour: type"), int(ColourBy::Schema));
    m_colourBy->addItem(tr("Colour: community"), int(ColourBy::Community));
    m_colourBy->addItem(tr("Colour: type, ring brokers"), int(ColourBy::Brokers));
    connect(m_colourBy, &QComboBox::currentIndexChanged, this, [this] {
        requestAnalyses();
        applyStyle();
        m_canvas->update();
    });
    look->addWidget(m_colourBy);
    m_legend = new QCheckBox(tr("Legend"));
    m_legend->setChecked(true);
    connect(m_legend, &QCheckBox::toggled, this, [this] { updateLegend(); });
    look->addWidget(m_legend);

    // The side panel (selection, paths, follow the money) folds away so that the canvas has
    // the room; the choice is remembered.
    m_sidePanelAction = new QAction(tr("Side Panel"), this);
    m_sidePanelAction->setObjectName(QStringLiteral("graphSidePanelAction"));
    m_sidePanelAction->setCheckable(true);
    m_sidePanelAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_sidePanelAction->setToolTip(
        tr("Show or hide the side panel: selection, paths, follow the money (F9)"));
    addAction(m_sidePanelAction);

    // Short fixed labels: the toolbar must not jump as the undo text changes.
    auto* undoAction = new QAction(tr("Undo"), this);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    undoAction->setEnabled(false);
    connect(undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, undoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undoAction, [undoAction](const QString& text) {
        undoAction->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo %1").arg(text));
    });
    auto* redoAction = new QAction(tr("Redo"), this);
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redoAction->setEnabled(false);
    connect(redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canRedoChanged, redoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::redoTextChanged, redoAction, [redoAction](const QString& text) {
        redoAction->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo %1").arg(text));
    });
    addAction(undoAction);
    addAction(redoAction);
    auto* undo = new QToolButton;
    undo->setDefaultAction(undoAction);
    auto* redo = new QToolButton;
    redo->setDefaultAction(redoAction);
    look->addWidget(undo);
    look->addWidget(redo);

    m_diagrams = new QComboBox;
    m_diagrams->setObjectName(QStringLiteral("diagramComboBox"));
    m_diagrams->setAccessibleName(tr("Saved diagrams"));
    m_diagrams->setToolTip(tr("Saved diagrams of this workspace"));
    m_diagrams->setMinimumContentsLength(10);
    connect(m_diagrams, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        QString error;
        if (!loadDiagram(m_diagrams->itemText(index), &error))
            QMessageBox::warning(this, tr("Open Diagram"), error);
    });
    bar->addWidget(m_diagrams);
    auto* more = new QToolButton;
    more->setText(tr("Diagram"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(more);
    menu->addAction(tr("Save Diagram As…"), this, &GraphExplorer::saveDiagramDialog);
    QAction* rename =
        menu->addAction(tr("Rename Diagram…"), this, &GraphExplorer::renameDiagramDialog);
    rename->setObjectName(QStringLiteral("renameDiagramAction"));
    QAction* remove =
        menu->addAction(tr("Delete Diagram…"), this, &GraphExplorer::deleteDiagramDialog);
    remove->setObjectName(QStringLiteral("deleteDiagramAction"));
    connect(menu, &QMenu::aboutToShow, this, [this, rename, remove] {
        rename->setEnabled(!currentDiagram().isEmpty());
        remove->setEnabled(!currentDiagram().isEmpty());
    });
    menu->addSeparator();
    menu->addAction(tr("Export Image…"), this, &GraphExplorer::exportDialog);
    more->setMenu(menu);
    bar->addWidget(more);
    look->addStretch(1);
    auto* sideToggle = new QToolButton;
    sideToggle->setObjectName(QStringLiteral("graphSidePanelButton"));
    sideToggle->setDefaultAction(m_sidePanelAction);
    sideToggle->setAccessibleName(tr("Show the side panel"));
    look->addWidget(sideToggle);
    layout->addLayout(bar);
    layout->addLayout(look);
    // Tab goes along the first row, then the second, as they read (set once the rows are in
    // this widget: before, the buttons have no window in common and Qt ignores the order).
    QWidget* order[] = {m_search, whole,    clear,      m_diagrams, more, m_layoutKind,
                        run,      m_sizeBy, m_colourBy, m_legend,   undo, redo};
    for (std::size_t k = 0; k + 1 < std::size(order); ++k)
        setTabOrder(order[k], order[k + 1]);

    m_canvas = new GraphCanvas(&m_scene);
    connect(m_canvas, &GraphCanvas::selectionChanged, this, &GraphExplorer::updateSelectionPanels);
    connect(m_canvas, &GraphCanvas::nodeActivated, this, &GraphExplorer::expand);
    connect(m_canvas, &GraphCanvas::nodesMoved, this, &GraphExplorer::nodesMoved);
    connect(m_canvas, &GraphCanvas::contextMenuRequested, this, &GraphExplorer::contextMenu);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("graphSplitter"));
    splitter->addWidget(createFilterPanel());
    splitter->addWidget(m_canvas);
    m_sidePanel = createSidePanel();
    splitter->addWidget(m_sidePanel);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({190, 900, 240});
    layout->addWidget(splitter, 1);

    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(6, 0, 6, 4);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("graphStatusLabel"));
    statusRow->addWidget(m_status, 1);
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Layout progress"));
    m_progress->hide();
    statusRow->addWidget(m_progress);
    m_cancelButton = new QToolButton;
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, [this] { m_cancelLayout = true; });
    statusRow->addWidget(m_cancelButton);
    layout->addLayout(statusRow);

    const bool sideShown = QSettings().value(kSidePanelKey, true).toBool();
    m_sidePanelAction->setChecked(sideShown);
    m_sidePanel->setVisible(sideShown);
    connect(m_sidePanelAction, &QAction::toggled, this, &GraphExplorer::setSidePanelShown);

    updateLegend();
    updateStatus();
    updateSelectionPanels();
}

void GraphExplorer::setSidePanelShown(bool shown)
{
    {
        const QSignalBlocker block(m_sidePanelAction);
        m_sidePanelAction->setChecked(shown);
    }
    if (m_sidePanel->isVisibleTo(this) == shown)
        return;
    m_sidePanel->setVisible(shown);
    QSettings().setValue(kSidePanelKey, shown);
    // What was in the middle of the canvas stays there as it grows or shrinks.
    if (!m_scene.nodes().empty() && m_canvas->isVisible()) {
        const QPointF centre =
            m_canvas->view().toWorld(QPointF(m_canvas->width() / 2.0, m_canvas->height() / 2.0));
        QTimer::singleShot(0, m_canvas,
                           [canvas = m_canvas, centre] { canvas->centreOn(centre, false); });
    }
}

bool GraphExplorer::sidePanelShown() const
{
    return m_sidePanel->isVisibleTo(this);
}

QWidget* GraphExplorer::createFilterPanel()
{
    auto* panel = new QWidget;
    auto* form = new QVBoxLayout(panel);
    form->setContentsMargins(6, 0, 6, 6);

    auto* dates = new QGroupBox(tr("Dates"));
    auto* dl = new QVBoxLayout(dates);
    m_dateLabel = new QLabel;
    m_dateLabel->setObjectName(QStringLiteral("dateRangeLabel"));
    dl->addWidget(m_dateLabel);
    m_fromYear = new QSlider(Qt::Horizontal);
    m_fromYear->setObjectName(QStringLiteral("fromYearSlider"));
    m_fromYear->setAccessibleName(tr("From year"));
    m_toYear = new QSlider(Qt::Horizontal);
    m_toYear->setObjectName(QStringLiteral("toYearSlider"));
    m_toYear->setAccessibleName(tr("To year"));
    for (QSlider* s : {m_fromYear, m_toYear}) {
        s->setRange(0, 0);
        s->setPageStep(1);
        s->setTickPosition(QSlider::TicksBelow);
        dl->addWidget(s);
    }
    connect(m_fromYear, &QSlider::valueChanged, this, [this](int v) {
        if (m_toYear->value() < v)
            m_toYear->setValue(v);
        updateDateLabels();
        scheduleReload();
    });
    connect(m_toYear, &QSlider::valueChanged, this, [this](int v) {
        if (m_fromYear->value() > v)
            m_fromYear->setValue(v);
        updateDateLabels();
        scheduleReload();
    });
    m_undated = new QCheckBox(tr("Include undated"));
    m_undated->setChecked(true);
    connect(m_undated, &QCheckBox::toggled, this, &GraphExplorer::scheduleReload);
    dl->addWidget(m_undated);
    form->addWidget(dates);

    auto* evidence = new QGroupBox(tr("Amount and evidence"));
    auto* el = new QFormLayout(evidence);
    el->setRowWrapPolicy(QFormLayout::WrapLongRows); // labels above the fields when narrow
    m_minAmount = new QDoubleSpinBox;
    m_minAmount->setObjectName(QStringLiteral("minAmountSpinBox"));
    m_minAmount->setAccessibleName(tr("Minimum amount"));
    m_minAmount->setRange(0, 1e13);
    m_minAmount->setDecimals(0);
    m_minAmount->setGroupSeparatorShown(true);
    m_minAmount->setSingleStep(10000);
    m_minAmount->setToolTip(tr("Hide relationships whose amount is below this (those without an "
                               "amount stay)"));
    connect(m_minAmount, &QDoubleSpinBox::valueChanged, this, &GraphExplorer::scheduleReload);
    el->addRow(tr("Minimum amount"), m_minAmount);
    m_minGrading = new QComboBox;
    m_minGrading->setObjectName(QStringLiteral("minGradingComboBox"));
    m_minGrading->setAccessibleName(tr("Minimum grading"));
    m_minGrading->addItem(tr("Any"), QString());
    for (const char* g : {"A1", "B2", "C3", "D4", "E5"})
        m_minGrading->addItem(tr("%1 or better").arg(QLatin1String(g)), QLatin1String(g));
    m_minGrading->setToolTip(tr("Keep relationships with a source graded at least this well"));
    connect(m_minGrading, &QComboBox::currentIndexChanged, this, &GraphExplorer::scheduleReload);
    el->addRow(tr("Minimum grading"), m_minGrading);
    m_sensitivity = new QComboBox;
    m_sensitivity->setObjectName(QStringLiteral("sensitivityComboBox"));
    m_sensitivity->setAccessibleName(tr("Highest sensitivity shown"));
    for (auto s : {store::Sensitivity::Public, store::Sensitivity::Coalition,
                   store::Sensitivity::Internal, store::Sensitivity::Restricted})
        m_sensitivity->addItem(sensitivityLabel(s), int(s));
    m_sensitivity->setCurrentIndex(3);
    m_sensitivity->setToolTip(tr("Show only values up to this sensitivity"));
    connect(m_sensitivity, &QComboBox::currentIndexChanged, this, &GraphExplorer::scheduleReload);
    el->addRow(tr("Up to"), m_sensitivity);
    form->addWidget(evidence);

    auto* kinds = new QGroupBox(tr("Relationships"));
    auto* kl = new QVBoxLayout(kinds);
    m_schemata = new QListWidget;
    m_schemata->setObjectName(QStringLiteral("schemaFilterList"));
    m_schemata->setAccessibleName(tr("Relationships shown"));
    for (const auto& style : GraphScene::edgeStyles()) {
        if (style.schema.isEmpty())
            continue;
        auto* item = new QListWidgetItem(schemaLabel(style.schema.toStdString()), m_schemata);
        item->setData(kIdRole, style.schema);
        item->setCheckState(Qt::Checked);
    }
    m_schemata->setMaximumHeight(170);
    connect(m_schemata, &QListWidget::itemChanged, this, &GraphExplorer::scheduleReload);
    kl->addWidget(m_schemata);
    form->addWidget(kinds);

    auto* sets = new QGroupBox(tr("Datasets"));
    auto* sl = new QVBoxLayout(sets);
    m_datasets = new QListWidget;
    m_datasets->setObjectName(QStringLiteral("datasetFilterList"));
    m_datasets->setAccessibleName(tr("Datasets shown"));
    m_datasets->setMaximumHeight(110);
    connect(m_datasets, &QListWidget::itemChanged, this, &GraphExplorer::scheduleReload);
    sl->addWidget(m_datasets);
    form->addWidget(sets);
    form->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(190);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

QWidget* GraphExplorer::createSidePanel()
{
    m_side = new QTabWidget;
    m_side->setObjectName(QStringLiteral("graphSideTabs"));
    m_side->setAccessibleName(tr("Selection, paths and money flows"));
    m_side->setMinimumWidth(240);

    auto* selection = new QWidget;
    auto* sl = new QVBoxLayout(selection);
    m_selectionLabel = new QLabel;
    m_selectionLabel->setWordWrap(true);
    m_selectionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sl->addWidget(m_selectionLabel);
    auto button = [&](const QString& text, auto slot) {
        auto* b = new QPushButton(text);
        connect(b, &QPushButton::clicked, this, slot);
        sl->addWidget(b);
        return b;
    };
    button(tr("Show neighbours"), [this] {
        for (const QString& id : m_canvas->selection())
            expand(id);
    });
    button(tr("Pin / unpin"), [this] {
        const QStringList ids = m_canvas->selection();
        const bool pin = std::any_of(ids.begin(), ids.end(),
                                     [this](const QString& id) { return !m_pinned.contains(id); });
        setPinned(ids, pin);
    });
    button(tr("Hide"), [this] { hideNodes(m_canvas->selection()); });
    button(tr("Open details"), [this] {
        if (!m_canvas->selection().isEmpty())
            emit entityRequested(m_canvas->selection().first());
    });
    button(tr("Money-flow timeline"), [this] {
        if (!m_canvas->selection().isEmpty())
            emit timelineRequested(m_canvas->selection().first());
    });
    auto* hint = new QLabel(tr("Click an actor to select it, Ctrl+click a second one for the paths "
                               "between them. Double-click shows neighbours. Drag to move; "
                               "wheel or +/- to zoom, arrows to pan, 0 to fit."));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    sl->addWidget(hint);
    sl->addStretch(1);
    m_side->addTab(selection, tr("Selection"));

    auto* paths = new QWidget;
    auto* pl = new QVBoxLayout(paths);
    auto* prow = new QHBoxLayout;
    prow->addWidget(new QLabel(tr("Longest path, in hops:")));
    m_maxHops = new QSpinBox;
    m_maxHops->setObjectName(QStringLiteral("maxHopsSpinBox"));
    m_maxHops->setAccessibleName(tr("Longest path, in hops"));
    m_maxHops->setRange(1, 8);
    m_maxHops->setValue(4);
    prow->addWidget(m_maxHops);
    m_eitherDirection = new QCheckBox(tr("Either direction"));
    prow->addWidget(m_eitherDirection);
    prow->addStretch(1);
    pl->addLayout(prow);
    auto recompute = [this] {
        const QStringList sel = m_canvas->selection();
        if (sel.size() == 2)
            computePaths(sel[0], sel[1]);
    };
    connect(m_maxHops, &QSpinBox::valueChanged, this, recompute);
    connect(m_eitherDirection, &QCheckBox::toggled, this, recompute);
    m_pathTree = new QTreeWidget;
    m_pathTree->setObjectName(QStringLiteral("pathTree"));
    m_pathTree->setAccessibleName(tr("Paths between the selected actors"));
    m_pathTree->setHeaderLabels({tr("Path"), tr("Hops")});
    m_pathTree->header()->setStretchLastSection(false);
    m_pathTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_pathTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_pathTree->setWordWrap(true);
    connect(m_pathTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, kVerticesRole).isValid())
            highlightPath(item->data(0, kVerticesRole).toStringList(),
                          item->data(0, kEdgesRole).toStringList());
    });
    pl->addWidget(m_pathTree);
    m_side->addTab(paths, tr("Paths"));

    auto* money = new QWidget;
    auto* ml = new QVBoxLayout(money);
    auto* mrow = new QHBoxLayout;
    mrow->addWidget(new QLabel(tr("Hops to follow:")));
    m_flowDepth = new QSpinBox;
    m_flowDepth->setObjectName(QStringLiteral("flowDepthSpinBox"));
    m_flowDepth->setAccessibleName(tr("Follow the money within hops"));
    m_flowDepth->setRange(1, 5);
    m_flowDepth->setValue(2);
    mrow->addWidget(m_flowDepth);
    mrow->addStretch(1);
    ml->addLayout(mrow);
    connect(m_flowDepth, &QSpinBox::valueChanged, this, [this] {
        if (m_canvas->selection().size() == 1)
            computeFlows(m_canvas->selection().first());
    });
    auto* split = new QSplitter(Qt::Vertical);
    m_flowTree = new QTreeWidget;
    m_flowTree->setObjectName(QStringLiteral("flowTree"));
    m_flowTree->setAccessibleName(tr("Funders and beneficiaries"));
    m_flowTree->setHeaderLabels({tr("Funder / beneficiary"), tr("Amount"), tr("Payments")});
    m_flowTree->header()->setStretchLastSection(false);
    m_flowTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_flowTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_flowTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_flowTree, &QTreeWidget::currentItemChanged, this, &GraphExplorer::showPayments);
    connect(m_flowTree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, kIdRole).toString();
        if (!id.isEmpty() && !item->data(0, kCurrencyRole).isValid())
            ensureVisible({id}, QPointF()), select({id});
    });
    split->addWidget(m_flowTree);
    m_paymentTree = new QTreeWidget;
    m_paymentTree->setObjectName(QStringLiteral("paymentTree"));
    m_paymentTree->setAccessibleName(tr("Payments"));
    m_paymentTree->setHeaderLabels(
        {tr("Date"), tr("Payer"), tr("Beneficiary"), tr("Amount"), tr("Sources")});
    m_paymentTree->setRootIsDecorated(false);
    m_paymentTree->setToolTip(tr("Double-click a payment to open it"));
    connect(m_paymentTree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        emit entityRequested(item->data(0, kIdRole).toString());
    });
    split->addWidget(m_paymentTree);
    ml->addWidget(split, 1);
    m_side->addTab(money, tr("Follow the money"));

    // Paths, flows and sources are computed in the background; a long one can be stopped.
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_side, 1);
    auto* busy = new QHBoxLayout;
    busy->setContentsMargins(4, 0, 4, 0);
    m_sideProgress = new QProgressBar;
    m_sideProgress->setObjectName(QStringLiteral("sideProgressBar"));
    m_sideProgress->setAccessibleName(tr("Computing paths or money flows"));
    m_sideProgress->setRange(0, 0);
    m_sideProgress->setTextVisible(false);
    m_sideProgress->setMaximumHeight(12);
    m_sideProgress->hide();
    busy->addWidget(m_sideProgress, 1);
    m_sideStop = new QToolButton;
    m_sideStop->setObjectName(QStringLiteral("sideStopButton"));
    m_sideStop->setText(tr("Stop"));
    m_sideStop->setToolTip(tr("Stop waiting for the paths or money flows being computed"));
    m_sideStop->hide();
    connect(m_sideStop, &QToolButton::clicked, this, [this] {
        // The searches still running stop, and what they return is dropped.
        cancelSideJobs();
        for (auto& serial : m_sideSerial)
            ++serial;
        for (QTreeWidget* tree : {m_pathTree, m_flowTree, m_paymentTree})
            if (tree->topLevelItemCount() == 1 &&
                tree->topLevelItem(0)->data(0, kIdRole).toString() == QLatin1String("busy"))
                tree->topLevelItem(0)->setText(0, tr("Stopped."));
        m_sideBusyTimer.stop();
        m_sideProgress->hide();
        m_sideStop->hide();
    });
    busy->addWidget(m_sideStop);
    layout->addLayout(busy);
    return panel;
}

// ---- workspace and loading -----------------------------------------------------------------

void GraphExplorer::setWorkspace(store::Workspace* workspace)
{
    m_cancelLoad = true;
    m_cancelLayout = true;
    m_loadWatcher.waitForFinished();
    m_layoutWatcher.waitForFinished();
    m_analysisWatcher.waitForFinished();
    cancelSideJobs();
    for (auto& f : m_sideFutures)
        f.waitForFinished(); // bounded work; their results are dropped below
    m_sideFutures.clear();
    for (auto& serial : m_sideSerial)
        ++serial;
    m_cancelLoad = false;
    m_cancelLayout = false;
    m_ws = workspace;
    m_reader = m_ws ? std::make_shared<ReadConnection>(m_ws->path(), m_ws->key()) : nullptr;
    m_pendingDates.reset();
    m_lastSelected.clear();
    m_data.reset();
    m_analysedFor = nullptr;
    m_visible.clear();
    m_visibleSet.clear();
    m_positions.clear();
    m_pinned.clear();
    m_pathNodes.clear();
    m_pathEdges.clear();
    m_whole = false;
    m_yearMin = m_yearMax = 0;
    m_undo->clear();
    {
        const QSignalBlocker b1(m_fromYear), b2(m_toYear), b3(m_datasets);
        m_fromYear->setRange(0, 0);
        m_toYear->setRange(0, 0);
        m_datasets->clear();
        if (m_ws)
            if (auto sets = m_ws->datasets())
                for (const auto& d : *sets) {
                    auto* item =
                        new QListWidgetItem(d.label.empty() ? qs(d.name) : qs(d.label), m_datasets);
                    item->setData(kIdRole, qs(d.name));
                    item->setToolTip(qs(d.name));
                    item->setCheckState(Qt::Checked);
                }
    }
    updateDateLabels();
    refreshDiagrams();
    rebuildScene();
    if (m_ws)
        reload();
    updateStatus();
}

GraphQuery GraphExplorer::currentQuery() const
{
    GraphQuery q;
    if (m_yearMin && (m_fromYear->value() > m_yearMin || m_toYear->value() < m_yearMax)) {
        q.filter.from = std::to_string(m_fromYear->value());
        q.filter.to = std::to_string(m_toYear->value());
        q.filter.includeUndated = m_undated->isChecked();
    }
    q.minAmount = m_minAmount->value();
    if (const QString g = m_minGrading->currentData().toString(); !g.isEmpty())
        q.filter.minGrading = graph::Grading::parse(g.toStdString());
    q.filter.maxSensitivity = store::Sensitivity(m_sensitivity->currentData().toInt());
    bool allSchemata = true;
    for (int i = 0; i < m_schemata->count(); ++i) {
        if (m_schemata->item(i)->checkState() == Qt::Checked)
            q.filter.schemata.push_back(
                m_schemata->item(i)->data(kIdRole).toString().toStdString());
        else
            allSchemata = false;
    }
    if (allSchemata)
        q.filter.schemata.clear();
    else if (q.filter.schemata.empty())
        q.filter.schemata.push_back("Payment"), q.filter.from = "9999"; // nothing: an empty view
    bool allSets = true;
    for (int i = 0; i < m_datasets->count(); ++i) {
        if (m_datasets->item(i)->checkState() == Qt::Checked)
            q.filter.datasets.push_back(
                m_datasets->item(i)->data(kIdRole).toString().toStdString());
        else
            allSets = false;
    }
    if (allSets)
        q.filter.datasets.clear();
    return q;
}

void GraphExplorer::scheduleReload()
{
    if (m_ws)
        m_reloadTimer.start();
}

void GraphExplorer::reload()
{
    if (!m_ws)
        return;
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    m_reloadPending = false;
    auto result = std::make_shared<Result<GraphData>>(makeError("not loaded"));
    m_loadResult = result;
    const std::string path = m_ws->path();
    const crypto::DataKeyHandle key = m_ws->key();
    const GraphQuery query = currentQuery();
    std::atomic<bool>* cancel = &m_cancelLoad;
    m_loading = true;
    m_loadWatcher.setFuture(QtConcurrent::run(
        [result, path, key, query, cancel] { *result = loadGraphData(path, key, query, cancel); }));
    updateStatus();
}

void GraphExplorer::loaded()
{
    m_loading = false;
    auto result = m_loadResult;
    if (m_reloadPending) {
        reload();
        return;
    }
    if (!result || !*result) {
        m_status->setText(
            result ? tr("The graph could not be loaded: %1").arg(qs(result->error().describe()))
                   : QString());
        return;
    }
    m_data = std::make_shared<GraphData>(std::move(**result));
    m_analysedFor = nullptr;
    if (!m_yearMin && m_data->minYear) {
        // The slider spans the years of the unfiltered graph, set once per workspace.
        const QSignalBlocker b1(m_fromYear), b2(m_toYear);
        m_yearMin = m_data->minYear;
        m_yearMax = m_data->maxYear;
        m_fromYear->setRange(m_yearMin, m_yearMax);
        m_toYear->setRange(m_yearMin, m_yearMax);
        m_fromYear->setValue(m_yearMin);
        m_toYear->setValue(m_yearMax);
        updateDateLabels();
        applyPendingDates(); // a diagram opened before the years were known
    }
    if (m_whole) {
        m_visible.clear();
        const auto& p = *m_data->projection;
        for (std::size_t v = 0; v < p.vertexCount(); ++v)
            if (boost::out_degree(v, p.graph()) + boost::in_degree(v, p.graph()) > 0)
                m_visible.append(qs(p.actor(v).id));
        m_visibleSet = QSet<QString>(m_visible.begin(), m_visible.end());
    }
    requestAnalyses();
    rebuildScene();
    if (!m_pendingShow.isEmpty()) {
        const QString id = m_pendingShow;
        m_pendingShow.clear();
        showActor(id);
    }
    if (m_layoutAfterLoad) {
        m_layoutAfterLoad = false;
        runLayout(graph::LayoutKind(m_layoutKind->currentData().toInt()));
    }
    updateSelectionPanels();
    emit graphLoaded();
}

bool GraphExplorer::isLoading() const
{
    return m_loading || m_reloadTimer.isActive() || m_reloadPending;
}

bool GraphExplorer::isLayoutRunning() const
{
    return m_layoutActive;
}

void GraphExplorer::requestAnalyses()
{
    const auto mode = ColourBy(m_colourBy->currentData().toInt());
    if (mode == ColourBy::Schema || !m_data || m_analysedFor == m_data->projection.get() ||
        m_analysisWatcher.isRunning())
        return;
    auto projection = m_data->projection;
    m_analysedFor = projection.get();
    auto community = std::make_shared<std::vector<std::uint32_t>>();
    auto between = std::make_shared<std::vector<double>>();
    m_analysisWatcher.setFuture(QtConcurrent::run([projection, community, between] {
        const std::size_t n = projection->vertexCount();
        if (n == 0)
            return;
        if (auto c = graph::louvain(*projection))
            *community = c->membership;
        if (auto b = graph::betweenness(*projection)) {
            between->assign(n, 0);
            for (const auto& s : b->scores)
                if (auto v = projection->vertex(s.id))
                    (*between)[*v] = s.score;
        }
    }));
    // Collected when done (the watcher's finished signal restyles).
    connect(
        &m_analysisWatcher, &QFutureWatcher<void>::finished, this,
        [this, projection, community, between] {
            if (m_data && m_data->projection == projection) {
                m_community = *community;
                m_betweenness = *between;
            }
        },
        Qt::SingleShotConnection);
}

// ---- the scene -------------------------------------------------------------------------------

QString GraphExplorer::resolve(const QString& id) const
{
    if (!m_data)
        return {};
    const auto& p = *m_data->projection;
    if (p.vertex(id.toStdString()))
        return id;
    // The view's projection indexes canonical ids; a merged member resolves to its group.
    if (m_ws)
        if (auto detail = m_ws->entity(id.toStdString()); detail && !detail->members.empty())
            if (auto v = p.vertex(detail->members.front().id))
                return qs(p.actor(*v).id);
    return {};
}

QString GraphExplorer::caption(const QString& id) const
{
    if (int i = m_scene.indexOf(id); i >= 0)
        return m_scene.nodes()[std::size_t(i)].caption;
    if (m_data)
        if (auto v = m_data->projection->vertex(id.toStdString()))
            return qs(m_data->projection->actor(*v).caption);
    return id;
}

QPointF GraphExplorer::freeSpotNear(QPointF centre, double radius, int k, int count) const
{
    const double angle = 2 * M_PI * (double(k) + 0.5) / std::max(1, count) + 0.3;
    const double ring = radius * (1.0 + 0.25 * (k % 3));
    return centre + QPointF(std::cos(angle), std::sin(angle)) * ring;
}

void GraphExplorer::rebuildScene()
{
    const QStringList selection = m_canvas->selection();
    m_scene.clear();
    if (!m_data) {
        m_canvas->update();
        updateStatus();
        return;
    }
    const auto& p = *m_data->projection;
    const auto& g = p.graph();
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> jitter(-200, 200);
    for (const QString& id : std::as_const(m_visible)) {
        auto v = p.vertex(id.toStdString());
        if (!v)
            continue; // left out by the filter; comes back when the filter allows it
        const graph::Actor& a = p.actor(*v);
        SceneNode node;
        node.id = id;
        node.schema = qs(a.schema);
        node.caption = a.caption.empty() ? id : qs(a.caption);
        node.shape = GraphScene::schemaShape(node.schema);
        node.pinned = m_pinned.contains(id);
        auto pos = m_positions.find(id);
        if (pos == m_positions.end())
            pos = m_positions.insert(id, QPointF(jitter(rng), jitter(rng)));
        node.pos = *pos;
        m_scene.addNode(std::move(node));
    }
    double maxAmount = 0;
    std::vector<SceneEdge> edges;
    for (std::size_t i = 0; i < m_scene.nodes().size(); ++i) {
        auto v = *p.vertex(m_scene.nodes()[i].id.toStdString());
        int shownDegree = 0;
        for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
            const int j = m_scene.indexOf(qs(p.actor(boost::target(*it, g)).id));
            if (j < 0)
                continue;
            const graph::Relation& r = p.relation(*it);
            SceneEdge e;
            e.source = int(i);
            e.target = j;
            e.id = qs(r.id);
            e.schema = qs(r.schema);
            e.amount = r.amount;
            e.currency = qs(r.currency);
            e.date = qs(r.date);
            e.directed = r.directed;
            e.style = GraphScene::styleOf(e.schema);
            if (std::isfinite(r.amount))
                maxAmount = std::max(maxAmount, r.amount);
            edges.push_back(std::move(e));
        }
        Q_UNUSED(shownDegree);
    }
    // Width by amount on a log scale, the largest amount shown 5 units wide.
    const double logMax = std::log10(1 + maxAmount);
    std::vector<int> shown(m_scene.nodes().size(), 0);
    for (auto& e : edges) {
        e.width = std::isfinite(e.amount) && logMax > 0
                      ? float(0.8 + 4.2 * std::log10(1 + std::max(0.0, e.amount)) / logMax)
                      : 0.8f;
        ++shown[e.source];
        if (e.target != e.source)
            ++shown[e.target];
        m_scene.addEdge(std::move(e));
    }
    for (std::size_t i = 0; i < m_scene.nodes().size(); ++i) {
        auto v = *p.vertex(m_scene.nodes()[i].id.toStdString());
        m_scene.setExpandable(int(i),
                              int(boost::out_degree(v, g) + boost::in_degree(v, g)) > shown[i]);
    }
    applyStyle();
    m_scene.finish();
    m_scene.setHighlight(m_pathNodes, m_pathEdges);
    m_canvas->setSelection(selection);
    updateLegend();
    updateStatus();
}

void GraphExplorer::applyStyle()
{
    if (!m_data)
        return;
    const auto& p = *m_data->projection;
    const auto size = SizeBy(m_sizeBy->currentData().toInt());
    const auto colour = ColourBy(m_colourBy->currentData().toInt());
    const std::vector<double>* metric = size == SizeBy::PageRank   ? &m_data->pageRank
                                        : size == SizeBy::Received ? &m_data->received
                                        : size == SizeBy::Given    ? &m_data->given
                                                                   : nullptr;
    double maxMetric = 0;
    const std::vector<SceneNode>& nodes = m_scene.nodes();
    std::vector<std::size_t> vertexOf(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        vertexOf[i] = *p.vertex(nodes[i].id.toStdString());
        if (metric)
            maxMetric = std::max(maxMetric, (*metric)[vertexOf[i]]);
    }
    // Brokers: the actors with the highest betweenness, at most one in fifty and at least three.
    double brokerFloor = std::numeric_limits<double>::infinity();
    const bool analysed =
        m_analysedFor == m_data->projection.get() && !m_analysisWatcher.isRunning();
    if (colour == ColourBy::Brokers && analysed && m_betweenness.size() == p.vertexCount()) {
        std::vector<double> shown;
        for (std::size_t v : vertexOf)
            shown.push_back(m_betweenness[v]);
        std::sort(shown.rbegin(), shown.rend());
        const std::size_t k = std::max<std::size_t>(3, shown.size() / 50);
        if (!shown.empty())
            brokerFloor = std::max(1e-12, shown[std::min(k, shown.size()) - 1]);
    }
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const int k = int(i);
        const std::size_t v = vertexOf[i];
        const double m = metric ? (*metric)[v] : 0;
        m_scene.setMetric(k, metric ? m : double(nodes.size() - i));
        m_scene.setRadius(k, float(maxMetric > 0 ? 5 + 12 * std::sqrt(m / maxMetric) : 7));
        if (colour == ColourBy::Community && analysed && m_community.size() == p.vertexCount())
            m_scene.setFill(k, GraphScene::paletteColour(int(m_community[v])));
        else
            m_scene.setFill(k, GraphScene::schemaColour(nodes[i].schema));
        m_scene.setRing(k, colour == ColourBy::Brokers && analysed && m_betweenness.size() > v &&
                               m_betweenness[v] >= brokerFloor);
    }
    m_scene.finish();
    updateLegend();
}

QString GraphExplorer::filterSummary() const
{
    QStringList parts;
    const GraphQuery q = currentQuery();
    if (q.filter.hasDateRange())
        parts << (q.filter.includeUndated
                      ? tr("%1–%2 and undated").arg(qs(q.filter.from), qs(q.filter.to))
                      : tr("%1–%2").arg(qs(q.filter.from), qs(q.filter.to)));
    if (q.minAmount > 0)
        parts << tr("amounts from %1").arg(formatAmount(q.minAmount));
    if (q.filter.minGrading)
        parts << tr("sources graded %1 or better").arg(qs(q.filter.minGrading->toString()));
    if (!q.filter.schemata.empty()) {
        QStringList names;
        for (const auto& s : q.filter.schemata)
            names << qs(s);
        parts << names.join(QLatin1String(", "));
    }
    if (!q.filter.datasets.empty()) {
        QStringList names;
        for (const auto& s : q.filter.datasets)
            names << qs(s);
        parts << tr("datasets %1").arg(names.join(QLatin1String(", ")));
    }
    parts << tr("values up to %1").arg(sensitivityLabel(q.filter.maxSensitivity));
    return parts.join(QLatin1String("; "));
}

QString GraphExplorer::filterDescription() const
{
    return tr("Filter: %1. Made with Commonplace on %2.")
        .arg(filterSummary(), QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
}

void GraphExplorer::updateLegend()
{
    LegendInfo info;
    info.title = m_diagrams && m_diagrams->currentIndex() > 0 ? m_diagrams->currentText()
                                                              : tr("Actor-funding graph");
    const auto size = SizeBy(m_sizeBy->currentData().toInt());
    const QString currency = m_data ? qs(m_data->currency) : QString();
    switch (size) {
    case SizeBy::PageRank:
        info.sizeMeaning = tr("Size: PageRank (influence)");
        break;
    case SizeBy::Received:
        info.sizeMeaning = tr("Size: total received (%1)").arg(currency);
        break;
    case SizeBy::Given:
        info.sizeMeaning = tr("Size: total given (%1)").arg(currency);
        break;
    case SizeBy::Uniform:
        info.sizeMeaning = tr("Size: equal");
        break;
    }
    const auto colour = ColourBy(m_colourBy->currentData().toInt());
    if (colour == ColourBy::Community)
        info.colourMeaning = tr("Colour: community (Louvain)");
    info.brokers = colour == ColourBy::Brokers;
    info.filter = filterDescription();
    m_canvas->setLegend(info, m_legend->isChecked());
}

void GraphExplorer::updateStatus()
{
    m_status->setText(statusText());
}

QString GraphExplorer::statusText() const
{
    if (!m_ws)
        return tr("No workspace.");
    if (!m_data)
        return tr("Loading the graph…");
    const auto& p = *m_data->projection;
    QString text = tr("Actors shown: %1 of %2. Relationships shown: %3 of %4.")
                       .arg(QLocale().toString(qulonglong(m_scene.nodes().size())),
                            QLocale().toString(qulonglong(p.vertexCount())),
                            QLocale().toString(qulonglong(m_scene.edges().size())),
                            QLocale().toString(qulonglong(p.edgeCount())));
    if (m_data->leftOutByAmount)
        text = tr("%1 Left out below the minimum amount: %2.")
                   .arg(text, QLocale().toString(qulonglong(m_data->leftOutByAmount)));
    return text;
}

void GraphExplorer::updateDateLabels()
{
    if (!m_yearMin) {
        m_dateLabel->setText(tr("No dated relationships"));
        m_fromYear->setEnabled(false);
        m_toYear->setEnabled(false);
        return;
    }
    m_fromYear->setEnabled(true);
    m_toYear->setEnabled(true);
    if (m_fromYear->value() == m_yearMin && m_toYear->value() == m_yearMax)
        m_dateLabel->setText(tr("All dates (%1–%2)").arg(m_yearMin).arg(m_yearMax));
    else
        m_dateLabel->setText(tr("From %1 to %2").arg(m_fromYear->value()).arg(m_toYear->value()));
}

// ---- what a person does ------------------------------------------------------------------------

void GraphExplorer::showActor(const QString& rawId)
{
    if (!m_data || isLoading()) {
        m_pendingShow = rawId;
        return;
    }
    const QString id = resolve(rawId);
    if (id.isEmpty()) {
        m_status->setText(
            tr("'%1' is not an actor of the graph under this filter.").arg(caption(rawId)));
        return;
    }
    if (!m_visibleSet.contains(id)) {
        m_visible.append(id);
        m_visibleSet.insert(id);
        if (!m_positions.contains(id)) {
            const QRectF b = m_scene.bounds();
            m_positions.insert(id,
                               b.isNull() ? QPointF() : QPointF(b.right() + 150, b.center().y()));
        }
    }
    expand(id);
    m_canvas->setSelection({id});
    if (int i = m_scene.indexOf(id); i >= 0) {
        if (m_scene.nodes().size() <= 1 || m_canvas->view().scale < 0.2)
            m_canvas->fitToScene(false);
        m_canvas->centreOn(m_scene.nodes()[std::size_t(i)].pos, false);
    }
}

void GraphExplorer::expand(const QString& id)
{
    if (!m_data)
        return;
    const auto& p = *m_data->projection;
    const auto& g = p.graph();
    auto v = p.vertex(id.toStdString());
    if (!v)
        return;
    // Neighbours in either direction, the busiest first, each once.
    std::map<std::size_t, int> links;
    for (auto [it, end] = boost::out_edges(*v, g); it != end; ++it)
        ++links[boost::target(*it, g)];
    for (auto [it, end] = boost::in_edges(*v, g); it != end; ++it)
        ++links[boost::source(*it, g)];
    links.erase(*v);
    std::vector<std::pair<double, std::size_t>> order;
    for (const auto& [w, count] : links)
        order.emplace_back(m_data->pageRank.empty() ? double(count) : m_data->pageRank[w], w);
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a > b; });
    const int total = int(order.size());
    if (total > kMaxNeighbours)
        order.resize(kMaxNeighbours);
    QStringList added;
    for (const auto& entry : order) {
        const QString wid = qs(p.actor(entry.second).id);
        if (!m_visibleSet.contains(wid))
            added.append(wid);
    }
    const QPointF centre = m_positions.value(id);
    const double radius = 110 + 6 * std::sqrt(double(added.size()));
    for (int k = 0; k < added.size(); ++k) {
        m_visible.append(added[k]);
        m_visibleSet.insert(added[k]);
        if (!m_positions.contains(added[k]))
            m_positions.insert(added[k], freeSpotNear(centre, radius, k, int(added.size())));
    }
    rebuildScene();
    if (total > kMaxNeighbours)
        m_status->setText(tr("%1 has %n neighbours; showing the %2 most central.", nullptr, total)
                              .arg(caption(id))
                              .arg(kMaxNeighbours));
}

void GraphExplorer::showWholeGraph()
{
    m_whole = true;
    m_pathNodes.clear();
    m_pathEdges.clear();
    if (!m_data || isLoading()) {
        m_layoutAfterLoad = true;
        return;
    }
    m_visible.clear();
    const auto& p = *m_data->projection;
    int missing = 0;
    // Every actor with a relationship under the filter; actors without any would only float.
    for (std::size_t v = 0; v < p.vertexCount(); ++v) {
        if (boost::out_degree(v, p.graph()) + boost::in_degree(v, p.graph()) == 0)
            continue;
        m_visible.append(qs(p.actor(v).id));
        missing += !m_positions.contains(m_visible.back());
    }
    m_visibleSet = QSet<QString>(m_visible.begin(), m_visible.end());
    rebuildScene();
    if (missing > 0)
        runLayout(graph::LayoutKind(m_layoutKind->currentData().toInt()));
    else
        m_canvas->fitToScene();
}

void GraphExplorer::clearView()
{
    m_whole = false;
    m_visible.clear();
    m_visibleSet.clear();
    m_pathNodes.clear();
    m_pathEdges.clear();
    rebuildScene();
    updateSelectionPanels();
}

void GraphExplorer::hideNodes(const QStringList& ids)
{
    if (ids.isEmpty())
        return;
    m_whole = false;
    for (const QString& id : ids) {
        m_visible.removeAll(id);
        m_visibleSet.remove(id);
    }
    rebuildScene();
    updateSelectionPanels();
}

void GraphExplorer::select(const QStringList& ids)
{
    QStringList resolved;
    for (const QString& id : ids)
        if (QString r = resolve(id); !r.isEmpty())
            resolved.append(r);
    ensureVisible(resolved, QPointF());
    m_canvas->setSelection(resolved);
}

void GraphExplorer::ensureVisible(const QStringList& ids, QPointF near)
{
    QStringList added;
    for (const QString& id : ids)
        if (!m_visibleSet.contains(id))
            added.append(id);
    if (added.isEmpty())
        return;
    const QRectF b = m_scene.bounds();
    const QPointF centre = near.isNull() ? (b.isNull() ? QPointF() : b.center()) : near;
    for (int k = 0; k < added.size(); ++k) {
        m_visible.append(added[k]);
        m_visibleSet.insert(added[k]);
        if (!m_positions.contains(added[k]))
            m_positions.insert(added[k], freeSpotNear(centre, 160, k, int(added.size())));
    }
    rebuildScene();
}

void GraphExplorer::setDateRange(int fromYear, int toYear)
{
    m_fromYear->setValue(fromYear);
    m_toYear->setValue(toYear);
}

void GraphExplorer::setMinimumAmount(double amount)
{
    m_minAmount->setValue(amount);
}

void GraphExplorer::setSizeBy(SizeBy mode)
{
    m_sizeBy->setCurrentIndex(m_sizeBy->findData(int(mode)));
}

void GraphExplorer::setColourBy(ColourBy mode)
{
    m_colourBy->setCurrentIndex(m_colourBy->findData(int(mode)));
}

void GraphExplorer::searchAndAdd()
{
    const QString text = m_search->text().trimmed();
    if (!m_ws || text.isEmpty())
        return;
    auto hits = m_ws->search(text.toStdString(), 40);
    if (!hits) {
        m_status->setText(qs(hits.error().describe()));
        return;
    }
    QMenu menu(this);
    int actors = 0;
    for (const auto& hit : *hits) {
        const QString id = resolve(qs(hit.id));
        if (id.isEmpty())
            continue;
        ++actors;
        QAction* a = menu.addAction(tr("%1 (%2)").arg(qs(hit.caption), schemaLabel(hit.schema)));
        connect(a, &QAction::triggered, this, [this, id] { showActor(id); });
        if (actors >= 15)
            break;
    }
    if (actors == 0) {
        m_status->setText(tr("No actor of the graph matches '%1'.").arg(text));
        return;
    }
    if (actors == 1) {
        menu.actions().first()->trigger();
        return;
    }
    menu.exec(m_search->mapToGlobal(QPoint(0, m_search->height())));
}

void GraphExplorer::setPositions(const QStringList& ids, const QList<QPointF>& positions)
{
    for (int k = 0; k < ids.size() && k < positions.size(); ++k) {
        m_positions.insert(ids[k], positions[k]);
        if (int i = m_scene.indexOf(ids[k]); i >= 0)
            m_scene.setPosition(i, positions[k]);
    }
    m_canvas->update();
}

void GraphExplorer::nodesMoved(const QStringList& ids, const QList<QPointF>& from,
                               const QList<QPointF>& to)
{
    for (int k = 0; k < ids.size(); ++k)
        m_positions.insert(ids[k], to[k]);
    m_undo->push(new LambdaCommand(
        ids.size() == 1 ? tr("Move %1").arg(caption(ids.first()))
                        : tr("Move %n actors", nullptr, int(ids.size())),
        [this, ids, to] { setPositions(ids, to); }, [this, ids, from] { setPositions(ids, from); },
        true));
}

void GraphExplorer::setPinned(const QStringList& ids, bool pinned)
{
    if (ids.isEmpty())
        return;
    QStringList changed;
    for (const QString& id : ids)
        if (m_pinned.contains(id) != pinned)
            changed.append(id);
    if (changed.isEmpty())
        return;
    auto apply = [this, changed](bool on) {
        for (const QString& id : changed) {
            if (on)
                m_pinned.insert(id);
            else
                m_pinned.remove(id);
            if (int i = m_scene.indexOf(id); i >= 0)
                m_scene.setPinned(i, on);
        }
        m_canvas->update();
    };
    m_undo->push(new LambdaCommand(
        pinned ? tr("Pin") : tr("Unpin"), [apply, pinned] { apply(pinned); },
        [apply, pinned] { apply(!pinned); }, false));
}

void GraphExplorer::contextMenu(const QString& id, QPoint globalPos)
{
    QMenu menu(this);
    if (!id.isEmpty()) {
        const QStringList sel = m_canvas->selection();
        menu.addAction(tr("Show Neighbours"), this, [this, id] { expand(id); });
        const bool pinned = m_pinned.contains(id);
        menu.addAction(pinned ? tr("Unpin") : tr("Pin"), this,
                       [this, sel, pinned] { setPinned(sel, !pinned); });
        menu.addAction(tr("Hide"), this, [this, sel] { hideNodes(sel); });
        menu.addSeparator();
        menu.addAction(tr("Open Details"), this, [this, id] { emit entityRequested(id); });
        menu.addAction(tr("Money-Flow Timeline"), this, [this, id] { emit timelineRequested(id); });
        menu.addAction(tr("Follow the Money"), this, [this, id] {
            m_canvas->setSelection({id});
            m_side->setCurrentIndex(2);
        });
    } else {
        menu.addAction(tr("Fit to View"), this, [this] { m_canvas->fitToScene(); });
        menu.addAction(tr("Whole Graph"), this, &GraphExplorer::showWholeGraph);
        menu.addAction(tr("Export Image…"), this, &GraphExplorer::exportDialog);
    }
    menu.exec(globalPos);
}

// ---- layout ------------------------------------------------------------------------------------

void GraphExplorer::runLayout(graph::LayoutKind kind)
{
    if (!m_data || m_scene.nodes().empty() || m_layoutActive)
        return;
    m_layoutActive = true;
    // Lay out what is shown: a projection of the visible actors and the edges between them.
    const auto& p = *m_data->projection;
    const auto& g = p.graph();
    graph::Graph sub;
    QStringList ids;
    std::unordered_map<std::size_t, std::size_t> index;
    for (const auto& node : m_scene.nodes()) {
        auto v = *p.vertex(node.id.toStdString());
        index.emplace(v, boost::add_vertex(g[v], sub));
        ids.append(node.id);
    }
    for (const auto& e : m_scene.edges()) {
        auto s = *p.vertex(m_scene.nodes()[std::size_t(e.source)].id.toStdString());
        auto t = *p.vertex(m_scene.nodes()[std::size_t(e.target)].id.toStdString());
        graph::Relation r;
        r.id = e.id.toStdString();
        r.schema = e.schema.toStdString();
        r.directed = e.directed;
        boost::add_edge(index[s], index[t], r, sub);
    }
    auto projection =
        std::make_shared<graph::Projection>(graph::Projection::fromGraph(std::move(sub)));
    graph::LayoutOptions options;
    options.kind = kind;
    const double side = std::max(500.0, 95.0 * std::sqrt(double(ids.size())));
    options.width = side;
    options.height = kind == graph::LayoutKind::Layered ? side * 0.75 : side;
    m_layoutIds = ids;
    m_layoutName = m_layoutKind->itemText(m_layoutKind->findData(int(kind)));
    auto result = std::make_shared<Result<std::vector<graph::Point>>>(makeError("not run"));
    m_layoutResult = result;
    m_layoutDone = 0;
    m_layoutTotal = 1;
    m_cancelLayout = false;
    std::atomic<int>* done = &m_layoutDone;
    std::atomic<int>* total = &m_layoutTotal;
    std::atomic<bool>* cancel = &m_cancelLayout;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
    m_progressTimer.start();
    m_status->setText(tr("Laying out %n actors…", nullptr, int(ids.size())));
    m_layoutWatcher.setFuture(QtConcurrent::run([projection, options, result, done, total, cancel] {
        *result = graph::layout(*projection, options, [=](int step, int steps) {
            done->store(step);
            total->store(steps);
            return !cancel->load();
        });
    }));
}

void GraphExplorer::layoutDone()
{
    m_layoutActive = false;
    m_progressTimer.stop();
    m_progress->hide();
    m_cancelButton->hide();
    auto result = m_layoutResult;
    if (!result || !*result || (*result)->size() != std::size_t(m_layoutIds.size())) {
        m_status->setText(result && !*result
                              ? tr("Layout stopped: %1").arg(qs(result->error().describe()))
                              : tr("Layout stopped."));
        emit layoutFinished();
        return;
    }
    const auto& points = **result;
    // Pinned actors stay where they are: the layout is shifted to sit best around them.
    QPointF shift;
    int pinned = 0;
    for (int k = 0; k < m_layoutIds.size(); ++k)
        if (m_pinned.contains(m_layoutIds[k])) {
            shift += m_positions.value(m_layoutIds[k]) - QPointF(points[k].x, points[k].y);
            ++pinned;
        }
    if (pinned)
        shift /= pinned;
    QStringList ids;
    QList<QPointF> from, to;
    for (int k = 0; k < m_layoutIds.size(); ++k) {
        const QString& id = m_layoutIds[k];
        if (m_pinned.contains(id) || m_scene.indexOf(id) < 0)
            continue;
        ids.append(id);
        from.append(m_positions.value(id));
        to.append(QPointF(points[k].x, points[k].y) + shift);
    }
    m_undo->push(new LambdaCommand(
        tr("Layout: %1").arg(m_layoutName), [this, ids, to] { setPositions(ids, to); },
        [this, ids, from] { setPositions(ids, from); }, false));
    m_canvas->fitToScene();
    updateStatus();
    emit layoutFinished();
}

// ---- paths and flows -----------------------------------------------------------------------

void GraphExplorer::updateSelectionPanels()
{
    const QStringList sel = m_canvas->selection();
    if (sel.isEmpty()) {
        m_selectionLabel->setText(tr("Nothing selected."));
    } else {
        QStringList lines;
        for (const QString& id : sel) {
            const int i = m_scene.indexOf(id);
            lines << (i >= 0 ? tr("<b>%1</b> · %2")
                                   .arg(m_scene.nodes()[std::size_t(i)].caption.toHtmlEscaped(),
                                        schemaLabel(
                                            m_scene.nodes()[std::size_t(i)].schema.toStdString()))
                             : id.toHtmlEscaped());
        }
        m_selectionLabel->setText(lines.join(QLatin1String("<br>")));
    }
    if (sel.size() == 2) {
        computePaths(sel[0], sel[1]);
        m_side->setCurrentIndex(1);
    } else {
        dropSideJob(kPathJob); // paths still computing are for another selection
        m_pathTree->clear();
        if (!m_pathNodes.isEmpty()) {
            m_pathNodes.clear();
            m_pathEdges.clear();
            m_scene.clearHighlight();
            m_canvas->update();
            updateLegend();
        }
    }
    if (sel.size() == 1) {
        computeFlows(sel.first());
    } else {
        dropSideJob(kFlowJob);
        dropSideJob(kPaymentJob);
        m_flowTree->clear();
        m_paymentTree->clear();
    }
    updateSideBusy();
    const QString last = sel.isEmpty() ? QString() : sel.last();
    if (last != m_lastSelected) {
        m_lastSelected = last;
        if (!last.isEmpty())
            emit actorSelected(last);
    }
}

struct PathsFound
{
    Result<graph::PathResult> shortest = makeError("not computed");
    Result<std::vector<graph::PathResult>> all = makeError("not computed");
    bool truncated = false;
};

namespace {

/** A tree's only row while its contents are computed in the background. */
void showBusy(QTreeWidget* tree, const QString& text)
{
    tree->clear();
    auto* busy = new QTreeWidgetItem(tree, {text});
    busy->setData(0, kIdRole, QStringLiteral("busy"));
    busy->setFirstColumnSpanned(true);
    busy->setForeground(0, tree->palette().brush(QPalette::PlaceholderText));
}

} // namespace

void GraphExplorer::computePaths(const QString& from, const QString& to)
{
    if (!m_data) {
        m_pathTree->clear();
        return;
    }
    showBusy(m_pathTree, tr("Finding paths…"));
    // The projection is immutable and shared: the worker reads it while the view goes on.
    std::shared_ptr<const graph::Projection> projection = m_data->projection;
    const bool either = m_eitherDirection->isChecked();
    const int maxHops = m_maxHops->value();
    const std::string a = from.toStdString(), b = to.toStdString();
    runSideJob<PathsFound>(
        kPathJob,
        [projection, either, maxHops, a, b](const std::atomic<bool>& cancel) {
            const graph::Projection::Progress goOn = [&cancel](std::uint64_t, std::uint64_t) {
                return !cancel.load();
            };
            PathsFound found;
            found.shortest =
                graph::shortestPath(*projection, a, b, graph::PathWeight::Hops, either, goOn);
            if (found.shortest)
                found.all = graph::allPaths(*projection, a, b, maxHops, kMaxPaths, either,
                                            &found.truncated, graph::PathWeight::Hops, goOn);
            return found;
        },
        [this, projection](PathsFound& found) {
            if (!m_data || m_data->projection != projection)
                return; // the graph was read again meanwhile; a new request follows
            showPaths(found);
        });
}

void GraphExplorer::showPaths(const PathsFound& found)
{
    m_pathTree->clear();
    // The ends are the two selected actors: a path reads by what lies between them.
    auto describe = [&](const graph::PathResult& path) {
        if (path.vertices.size() <= 2)
            return tr("Direct");
        QStringList names;
        for (std::size_t k = 1; k + 1 < path.vertices.size(); ++k)
            names << caption(qs(path.vertices[k]));
        return tr("Via %1").arg(names.join(QStringLiteral(" → ")));
    };
    auto item = [&](QTreeWidgetItem* parent, const graph::PathResult& path) {
        auto* it =
            new QTreeWidgetItem(parent, {describe(path), QString::number(path.edges.size())});
        QStringList vs, es;
        for (const auto& v : path.vertices)
            vs << qs(v);
        for (const auto& e : path.edges)
            es << qs(e);
        it->setData(0, kVerticesRole, vs);
        it->setData(0, kEdgesRole, es);
        it->setToolTip(0, describe(path));
        return it;
    };
    const auto& shortest = found.shortest;
    if (!shortest) {
        auto* none = new QTreeWidgetItem(m_pathTree, {qs(shortest.error().describe())});
        none->setFirstColumnSpanned(true);
        m_pathNodes.clear();
        m_pathEdges.clear();
        m_scene.clearHighlight();
        m_canvas->update();
        return;
    }
    auto* head = new QTreeWidgetItem(m_pathTree, {tr("Shortest path")});
    head->setFirstColumnSpanned(true);
    QTreeWidgetItem* best = item(head, *shortest);
    if (const auto& all = found.all) {
        auto* list = new QTreeWidgetItem(
            m_pathTree, {found.truncated ? tr("The first %n paths found", nullptr, int(all->size()))
                                         : tr("All %n paths", nullptr, int(all->size()))});
        list->setFirstColumnSpanned(true);
        for (const auto& path : *all)
            item(list, path);
    }
    m_pathTree->expandAll();
    m_pathTree->setCurrentItem(best);
}

void GraphExplorer::highlightPath(const QStringList& vertices, const QStringList& edges)
{
    ensureVisible(vertices, QPointF());
    m_pathNodes = vertices;
    m_pathEdges = edges;
    m_scene.setHighlight(vertices, edges);
    m_canvas->update();
    updateLegend();
}

void GraphExplorer::computeFlows(const QString& id)
{
    dropSideJob(kPaymentJob);
    m_paymentTree->clear();
    if (!m_data) {
        m_flowTree->clear();
        return;
    }
    showBusy(m_flowTree, tr("Following the money…"));
    using Both = std::array<Result<graph::FlowResult>, 2>;
    std::shared_ptr<const graph::Projection> projection = m_data->projection;
    const int depth = m_flowDepth->value();
    const std::string actor = id.toStdString();
    runSideJob<Both>(
        kFlowJob,
        [projection, depth, actor](const std::atomic<bool>& cancel) {
            const graph::Projection::Progress goOn = [&cancel](std::uint64_t, std::uint64_t) {
                return !cancel.load();
            };
            Both both{makeError("not computed"), makeError("not computed")};
            int k = 0;
            for (auto direction : {graph::Direction::Upstream, graph::Direction::Downstream}) {
                graph::FlowOptions options;
                options.direction = direction;
                options.depth = depth;
                options.maxPaths = 0;
                both[std::size_t(k++)] = graph::flows(*projection, actor, options, goOn);
            }
            return both;
        },
        [this, projection, id](Both& both) {
            if (!m_data || m_data->projection != projection)
                return;
            m_flowTree->clear();
            for (int k = 0; k < 2; ++k)
                if (!showFlows(id, k == 0, both[std::size_t(k)]))
                    return;
        });
}

bool GraphExplorer::showFlows(const QString& id, bool up, const Result<graph::FlowResult>& flows)
{
    {
        if (!flows) {
            new QTreeWidgetItem(m_flowTree, {qs(flows.error().describe())});
            return false;
        }
        auto* top = new QTreeWidgetItem(
            m_flowTree,
            {up ? tr("Funders of %1 (%n)", nullptr, int(flows->counterparts.size()))
                      .arg(caption(id))
                : tr("Beneficiaries of %1 (%n)", nullptr, int(flows->counterparts.size()))
                      .arg(caption(id))});
        top->setFirstColumnSpanned(true);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const auto& c : flows->counterparts) {
            std::uint64_t count = 0;
            for (const auto& t : c.totals)
                count += t.count;
            auto* who = new QTreeWidgetItem(
                top, {c.hops == 1 ? caption(qs(c.id))
                                  : tr("%1 (%n hops)", nullptr, c.hops).arg(caption(qs(c.id))),
                      QString(), QString::number(count)});
            who->setData(0, kIdRole, qs(c.id));
            who->setToolTip(0, tr("Double-click to show it in the graph"));
            for (const auto& t : c.totals) {
                const QString when = t.year.empty() ? tr("undated") : qs(t.year);
                const QString amount =
                    t.count == t.withoutAmount
                        ? tr("no amount")
                        : tr("%1 %2").arg(qs(t.currency), formatAmount(t.amount));
                auto* row = new QTreeWidgetItem(
                    who, {t.currency.empty() ? when : tr("%1 · %2").arg(when, qs(t.currency)),
                          amount, QString::number(t.count)});
                row->setData(0, kIdRole, qs(c.id));
                row->setData(0, kCurrencyRole, qs(t.currency));
                row->setData(0, kYearRole, qs(t.year));
                row->setData(0, kDirectionRole, up);
                row->setData(0, kVerticesRole, QVariant::fromValue(c.hops));
                row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
                row->setToolTip(0, tr("Click to list these payments and their sources"));
            }
        }
        top->setExpanded(true);
    }
    return true;
}

void GraphExplorer::showPayments(QTreeWidgetItem* item)
{
    dropSideJob(kPaymentJob);
    m_paymentTree->clear();
    if (!item || !m_data || !item->data(0, kCurrencyRole).isValid() ||
        m_canvas->selection().size() != 1)
        return;
    const auto& p = *m_data->projection;
    const auto& g = p.graph();
    const QString origin = m_canvas->selection().first();
    const QString counterpart = item->data(0, kIdRole).toString();
    const std::string currency = item->data(0, kCurrencyRole).toString().toStdString();
    const std::string year = item->data(0, kYearRole).toString().toStdString();
    const bool up = item->data(0, kDirectionRole).toBool();
    const int depth = m_flowDepth->value();
    // The payments that carry the flow into the counterpart: from the origin or an actor
    // nearer than the depth (as core/graph/Flows counts them), in this currency and year.
    QHash<QString, int> hops;
    hops.insert(origin, 0);
    for (int t = 0; t < m_flowTree->topLevelItemCount(); ++t) {
        QTreeWidgetItem* top = m_flowTree->topLevelItem(t);
        if (t != (up ? 0 : 1))
            continue;
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem* who = top->child(c);
            if (who->childCount())
                hops.insert(who->data(0, kIdRole).toString(),
                            who->child(0)->data(0, kVerticesRole).toInt());
        }
    }
    auto near = [&](const QString& id) {
        const int h = hops.value(id, -1);
        return h == 0 || (h >= 1 && h <= depth - 1);
    };
    auto v = p.vertex(counterpart.toStdString());
    if (!v)
        return;
    std::vector<graph::EdgeRef> carrying;
    if (up) {
        for (auto [it, end] = boost::out_edges(*v, g); it != end; ++it)
            if (near(qs(p.actor(boost::target(*it, g)).id)) && boost::target(*it, g) != *v)
                carrying.push_back(*it);
    } else {
        for (auto [it, end] = boost::in_edges(*v, g); it != end; ++it)
            if (near(qs(p.actor(boost::source(*it, g)).id)) && boost::source(*it, g) != *v)
                carrying.push_back(*it);
    }
    struct Row
    {
        QString date, from, to, amount, id;
    };
    std::vector<Row> rows;
    std::vector<std::string> ids;
    for (const auto& e : carrying) {
        const graph::Relation& r = p.relation(e);
        if (r.schema != "Payment" || r.currency != currency || yearOf(r.date).toStdString() != year)
            continue;
        rows.push_back({qs(r.date), caption(qs(p.actor(boost::source(e, g)).id)),
                        caption(qs(p.actor(boost::target(e, g)).id)),
                        std::isfinite(r.amount)
                            ? tr("%1 %2").arg(qs(r.currency), formatAmount(r.amount))
                            : tr("no amount"),
                        qs(r.id)});
        ids.push_back(r.id);
    }
    if (rows.empty() || !m_reader)
        return;
    // The payments' sources are read in the background, on the explorer's own connection.
    showBusy(m_paymentTree, tr("Reading the payments' sources…"));
    using Found = Result<std::vector<PaymentSources>>;
    std::shared_ptr<ReadConnection> reader = m_reader;
    runSideJob<Found>(
        kPaymentJob,
        [reader, ids](const std::atomic<bool>&) {
            return reader->with([&](store::Workspace& ws) -> Found {
                std::vector<PaymentSources> out(ids.size());
                for (std::size_t k = 0; k < ids.size(); ++k)
                    if (auto detail = ws.entity(ids[k]))
                        for (const auto& st : detail->statements)
                            if (!st.sourceKey.empty())
                                out[k].sources.push_back(
                                    {st.sourceKey, st.sourceTitle, st.reliability, st.credibility});
                return out;
            });
        },
        [this, rows](Found& found) {
            m_paymentTree->clear();
            if (!found) {
                auto* error = new QTreeWidgetItem(m_paymentTree, {qs(found.error().describe())});
                error->setFirstColumnSpanned(true);
                return;
            }
            for (std::size_t k = 0; k < rows.size() && k < found->size(); ++k) {
                QStringList sources;
                for (const auto& src : (*found)[k].sources) {
                    QString text = src.title.empty() ? qs(src.key) : qs(src.title);
                    const QString grade = gradingText(src.reliability, src.credibility);
                    if (!grade.isEmpty())
                        text = tr("%1 (%2)").arg(text, grade);
                    if (!sources.contains(text))
                        sources << text;
                }
                const Row& r = rows[k];
                auto* row = new QTreeWidgetItem(
                    m_paymentTree,
                    {r.date, r.from, r.to, r.amount,
                     sources.isEmpty() ? tr("no source") : sources.join(QLatin1String("; "))});
                row->setData(0, kIdRole, r.id);
                row->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
                row->setToolTip(4, sources.join(QLatin1Char('\n')));
            }
            m_paymentTree->sortItems(0, Qt::AscendingOrder);
            for (int c = 0; c < 4; ++c)
                m_paymentTree->resizeColumnToContents(c);
        });
}

// ---- diagrams and export -----------------------------------------------------------------------

void GraphExplorer::refreshDiagrams()
{
    const QString current = m_diagrams->currentText();
    const QSignalBlocker blocker(m_diagrams);
    m_diagrams->clear();
    m_diagrams->addItem(tr("(unsaved view)"));
    if (m_ws)
        if (auto list = store::listDiagrams(*m_ws))
            for (const auto& d : *list)
                m_diagrams->addItem(qs(d.name));
    const int i = m_diagrams->findText(current);
    m_diagrams->setCurrentIndex(i > 0 ? i : 0);
}

namespace {

QJsonArray checkedIds(const QListWidget* list, bool* all)
{
    QJsonArray ids;
    *all = true;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(kIdRole).toString());
        else
            *all = false;
    }
    return ids;
}

/** Checks exactly the items whose id is listed; every item when `ids` is not an array. */
void setChecked(QListWidget* list, const QJsonValue& ids)
{
    QSet<QString> wanted;
    for (const auto& v : ids.toArray())
        wanted.insert(v.toString());
    for (int i = 0; i < list->count(); ++i) {
        const bool on = !ids.isArray() || wanted.contains(list->item(i)->data(kIdRole).toString());
        list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace

QString GraphExplorer::currentDiagram() const
{
    return m_diagrams->currentIndex() > 0 ? m_diagrams->currentText() : QString();
}

bool GraphExplorer::saveDiagram(const QString& name, QString* error)
{
    if (!m_ws) {
        if (error)
            *error = tr("No workspace is open.");
        return false;
    }
    QJsonArray nodes;
    for (const QString& id : std::as_const(m_visible)) {
        const QPointF pos = m_positions.value(id);
        QJsonObject n{{QStringLiteral("id"), id},
                      {QStringLiteral("x"), std::round(pos.x() * 10) / 10},
                      {QStringLiteral("y"), std::round(pos.y() * 10) / 10}};
        if (m_pinned.contains(id))
            n.insert(QStringLiteral("pinned"), true);
        nodes.append(n);
    }
    // The years as the sliders show them (the whole range is saved as no range).
    const bool ranged =
        m_yearMin && (m_fromYear->value() > m_yearMin || m_toYear->value() < m_yearMax);
    QJsonObject filter{
        {QStringLiteral("from"), ranged ? QString::number(m_fromYear->value()) : QString()},
        {QStringLiteral("to"), ranged ? QString::number(m_toYear->value()) : QString()},
        {QStringLiteral("includeUndated"), m_undated->isChecked()},
        {QStringLiteral("minAmount"), m_minAmount->value()},
        {QStringLiteral("minGrading"), m_minGrading->currentData().toString()},
        {QStringLiteral("maxSensitivity"), m_sensitivity->currentData().toInt()}};
    // Types and datasets: the ones chosen, or none saved when every one is (so that a type or
    // dataset added later shows too).
    bool all = true;
    const QJsonArray schemata = checkedIds(m_schemata, &all);
    if (!all)
        filter.insert(QStringLiteral("schemata"), schemata);
    const QJsonArray datasets = checkedIds(m_datasets, &all);
    if (!all)
        filter.insert(QStringLiteral("datasets"), datasets);
    QJsonObject doc{{QStringLiteral("version"), 2},
                    {QStringLiteral("whole"), m_whole},
                    {QStringLiteral("nodes"), nodes},
                    {QStringLiteral("filter"), filter},
                    {QStringLiteral("sizeBy"), m_sizeBy->currentData().toInt()},
                    {QStringLiteral("colourBy"), m_colourBy->currentData().toInt()},
                    {QStringLiteral("layout"), m_layoutKind->currentData().toInt()},
                    {QStringLiteral("legend"), m_legend->isChecked()}};
    const QByteArray json = QJsonDocument(doc).toJson(QJsonDocument::Compact);
    auto st = store::saveDiagram(*m_ws, name.trimmed().toStdString(), json.toStdString());
    if (!st) {
        if (error)
            *error = qs(st.error().describe());
        return false;
    }
    refreshDiagrams();
    m_diagrams->setCurrentIndex(m_diagrams->findText(name.trimmed()));
    updateLegend();
    return true;
}

bool GraphExplorer::loadDiagram(const QString& name, QString* error)
{
    if (!m_ws) {
        if (error)
            *error = tr("No workspace is open.");
        return false;
    }
    auto d = store::loadDiagram(*m_ws, name.toStdString());
    if (!d) {
        if (error)
            *error = qs(d.error().describe());
        return false;
    }
    const QJsonObject doc = QJsonDocument::fromJson(QByteArray::fromStdString(d->data)).object();
    m_visible.clear();
    m_visibleSet.clear();
    m_pinned.clear();
    for (const auto& value : doc.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject n = value.toObject();
        const QString id = n.value(QStringLiteral("id")).toString();
        if (id.isEmpty() || m_visibleSet.contains(id))
            continue;
        m_visible.append(id);
        m_visibleSet.insert(id);
        m_positions.insert(id, QPointF(n.value(QStringLiteral("x")).toDouble(),
                                       n.value(QStringLiteral("y")).toDouble()));
        if (n.value(QStringLiteral("pinned")).toBool())
            m_pinned.insert(id);
    }
    m_whole = doc.value(QStringLiteral("whole")).toBool();
    const QJsonObject f = doc.value(QStringLiteral("filter")).toObject();
    // Version 1 saved the size, colour and sensitivity as the combo boxes' rows; version 2
    // saves their values. The two agree for the size and colour (rows in value order).
    const int version = doc.value(QStringLiteral("version")).toInt(1);
    auto pick = [](QComboBox* box, const QJsonValue& value, int fallback) {
        const int i = box->findData(value.toInt(fallback));
        box->setCurrentIndex(i >= 0 ? i : box->findData(fallback));
    };
    {
        const QSignalBlocker b1(m_fromYear), b2(m_toYear), b3(m_minAmount), b4(m_minGrading),
            b5(m_sensitivity), b6(m_sizeBy), b7(m_colourBy), b8(m_undated), b9(m_schemata),
            b10(m_datasets), b11(m_layoutKind), b12(m_legend);
        const int from = f.value(QStringLiteral("from")).toString().toInt();
        const int to = f.value(QStringLiteral("to")).toString().toInt();
        if (m_yearMin) {
            m_fromYear->setValue(from ? from : m_yearMin);
            m_toYear->setValue(to ? to : m_yearMax);
            m_pendingDates.reset();
        } else {
            m_pendingDates = std::make_pair(from, to); // set when the graph's years are known
        }
        m_undated->setChecked(f.value(QStringLiteral("includeUndated")).toBool(true));
        m_minAmount->setValue(f.value(QStringLiteral("minAmount")).toDouble());
        m_minGrading->setCurrentIndex(
            std::max(0, m_minGrading->findData(f.value(QStringLiteral("minGrading")).toString())));
        if (version >= 2)
            pick(m_sensitivity, f.value(QStringLiteral("maxSensitivity")),
                 int(store::Sensitivity::Restricted));
        else
            m_sensitivity->setCurrentIndex(f.value(QStringLiteral("maxSensitivity")).toInt(3));
        setChecked(m_schemata, f.value(QStringLiteral("schemata")));
        setChecked(m_datasets, f.value(QStringLiteral("datasets")));
        pick(m_sizeBy, doc.value(QStringLiteral("sizeBy")), int(SizeBy::PageRank));
        pick(m_colourBy, doc.value(QStringLiteral("colourBy")), int(ColourBy::Schema));
        pick(m_layoutKind, doc.value(QStringLiteral("layout")), int(graph::LayoutKind::Force));
        m_legend->setChecked(doc.value(QStringLiteral("legend")).toBool(true));
    }
    updateDateLabels();
    m_undo->clear();
    m_pathNodes.clear();
    m_pathEdges.clear();
    {
        const QSignalBlocker b(m_diagrams);
        m_diagrams->setCurrentIndex(std::max(0, m_diagrams->findText(name)));
    }
    requestAnalyses();
    rebuildScene();
    m_canvas->fitToScene(false);
    updateLegend();
    reload();
    return true;
}

void GraphExplorer::applyPendingDates()
{
    if (!m_pendingDates || !m_yearMin)
        return;
    const auto [from, to] = *m_pendingDates;
    m_pendingDates.reset();
    if ((!from || from <= m_yearMin) && (!to || to >= m_yearMax))
        return;
    const QSignalBlocker b1(m_fromYear), b2(m_toYear);
    m_fromYear->setValue(from ? from : m_yearMin);
    m_toYear->setValue(to ? to : m_yearMax);
    updateDateLabels();
    scheduleReload(); // the graph just read was under the whole range
}

bool GraphExplorer::renameDiagram(const QString& from, const QString& to, QString* error)
{
    if (!m_ws) {
        if (error)
            *error = tr("No workspace is open.");
        return false;
    }
    const bool shown = currentDiagram() == from;
    auto st = store::renameDiagram(*m_ws, from.toStdString(), to.trimmed().toStdString());
    if (!st) {
        if (error)
            *error = qs(st.error().describe());
        return false;
    }
    refreshDiagrams();
    if (shown) {
        const QSignalBlocker b(m_diagrams);
        m_diagrams->setCurrentIndex(std::max(0, m_diagrams->findText(to.trimmed())));
    }
    updateLegend();
    return true;
}

bool GraphExplorer::deleteDiagram(const QString& name, QString* error)
{
    if (!m_ws) {
        if (error)
            *error = tr("No workspace is open.");
        return false;
    }
    auto st = store::deleteDiagram(*m_ws, name.toStdString());
    if (!st) {
        if (error)
            *error = qs(st.error().describe());
        return false;
    }
    // The view stays as it is, now unsaved.
    refreshDiagrams();
    updateLegend();
    return true;
}

void GraphExplorer::saveDiagramDialog()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Diagram"), tr("Name:"),
                                               QLineEdit::Normal, currentDiagram(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString error;
    if (!saveDiagram(name, &error))
        QMessageBox::warning(this, tr("Save Diagram"), error);
}

void GraphExplorer::renameDiagramDialog()
{
    const QString current = currentDiagram();
    if (current.isEmpty()) {
        m_status->setText(tr("Choose a saved diagram first."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Diagram"), tr("New name:"),
                                               QLineEdit::Normal, current, &ok);
    if (!ok || name.trimmed().isEmpty() || name.trimmed() == current)
        return;
    QString error;
    if (!renameDiagram(current, name, &error))
        QMessageBox::warning(this, tr("Rename Diagram"), error);
}

void GraphExplorer::deleteDiagramDialog()
{
    const QString current = currentDiagram();
    if (current.isEmpty()) {
        m_status->setText(tr("Choose a saved diagram first."));
        return;
    }
    // Diagrams are not on the explorer's undo stack (it holds moves and layouts): ask first.
    QMessageBox box(QMessageBox::Question, tr("Delete Diagram"),
                    tr("Delete the diagram “%1”? This cannot be undone; the view stays on "
                       "screen until you change it.")
                        .arg(current),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("deleteDiagramMessageBox"));
    QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    QString error;
    if (!deleteDiagram(current, &error))
        QMessageBox::warning(this, tr("Delete Diagram"), error);
    else
        m_status->setText(tr("Diagram “%1” deleted.").arg(current));
}

bool GraphExplorer::exportView(const QString& path, QString* error)
{
    const QSize size = m_canvas->size();
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    GraphScene::Options options;
    options.exact = true;
    auto paint = [&](QPainter& painter) {
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        m_scene.render(painter, m_canvas->view(), rect, options);
        if (m_legend->isChecked())
            m_scene.renderLegend(painter, QPointF(12, 12), m_canvas->legend());
    };
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(rect);
        svg.setTitle(m_canvas->legend().title);
        svg.setDescription(filterDescription());
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error)
                *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        paint(painter);
        painter.end();
        if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
            if (error)
                *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        return true;
    }
    // Three device pixels per point: about 300 dpi at the size the view has on screen.
    constexpr int kScale = 3;
    QImage image(size * kScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kScale);
    image.setDotsPerMeterX(11811); // 300 dpi
    image.setDotsPerMeterY(11811);
    {
        QPainter painter(&image);
        paint(painter);
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

void GraphExplorer::exportDialog()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Image"), QString(), tr("PNG image (*.png);;SVG drawing (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    QString file = path;
    if (QFileInfo(file).suffix().isEmpty())
        file +=
            filter.contains(QLatin1String("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!exportView(file, &error))
        QMessageBox::warning(this, tr("Export Image"), error);
    else
        m_status->setText(tr("Exported %1.").arg(QFileInfo(file).fileName()));
}

} // namespace commonplace::ui
