// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "BackgroundTask.h"
#include "EntityDetailView.h"
#include "EntityTableModel.h"
#include "Labels.h"
#include "SearchPopup.h"
#include "SearchWorker.h"
#include "analyst/AnalystActions.h"
#include "edit/EditIntegration.h"
#include "exchange/ExchangeActions.h"
#include "io/Demo.h"
#include "io/Export.h"
#include "io/Import.h"
#include "model/Model.h"
#include "security/PassphraseDialog.h"
#include "security/WorkspaceLock.h"
#include "settings/SettingsDialog.h"
#include "store/EntityWriter.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace commonplace::ui {

namespace {

constexpr int kSearchDelayMs = 150;
constexpr int kMaxRecent = 8;
constexpr int kKeyRole = Qt::UserRole + 1;

namespace keys {
const auto geometry = QStringLiteral("window/geometry");
const auto state = QStringLiteral("window/state");
const auto splitter = QStringLiteral("window/splitter");
const auto recent = QStringLiteral("workspaces/recent");
const auto importDir = QStringLiteral("paths/import");
const auto exportDir = QStringLiteral("paths/export");
const auto entityHeader = QStringLiteral("window/entityHeader");
const auto page = QStringLiteral("window/page");
} // namespace keys

/** Where the navigator files a schema. */
enum class Kind
{
    Actor,        ///< people, organisations, companies, public bodies (LegalEntity)
    Relationship, ///< schemata with an edge: Payment, Ownership, ...
    Other         ///< addresses, events, notes, ...
};

Kind kindOf(const std::string& schema)
{
    const model::Schema* s = model::Model::builtin().schema(schema);
    if (!s)
        return Kind::Other;
    if (s->edge())
        return Kind::Relationship;
    return s->isA("LegalEntity") ? Kind::Actor : Kind::Other;
}

std::string localPath(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

QString fromCore(const std::string& text)
{
    return QString::fromStdString(text);
}

/** How a background job opens the window's workspace: its own connection, the same key. */
store::Workspace::OpenOptions jobOptions(const crypto::DataKeyHandle& key)
{
    store::Workspace::OpenOptions options;
    options.mode = store::Workspace::Mode::OpenExisting;
    options.key = key;
    return options;
}

/** ~/… for paths under the home folder: shorter, and the same information. */
QString displayPath(const QString& path)
{
    const QString home = QDir::homePath();
    if (path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + path.mid(home.size());
    return path;
}

/** Text that reads left to right (a path) kept whole inside right-to-left text (U+2066..U+2069). */
QString isolatedLeftToRight(const QString& text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

/**
 * A stack of widgets whose size hints are those of the one shown: a page's detail widget does
 * not widen the pane on pages where another one shows (a plain stack takes the largest).
 */
class CurrentWidgetStack : public QStackedWidget
{
public:
    using QStackedWidget::QStackedWidget;

    QSize sizeHint() const override
    {
        return currentWidget() ? currentWidget()->sizeHint() : QStackedWidget::sizeHint();
    }
    QSize minimumSizeHint() const override
    {
        return currentWidget() ? currentWidget()->minimumSizeHint()
                               : QStackedWidget::minimumSizeHint();
    }
};

/** Moves focus from the search box to the results with Down or Return. */
class SearchKeyFilter : public QObject
{
public:
    SearchKeyFilter(QObject* parent, std::function<void()> toResults)
        : QObject(parent)
        , m_toResults(std::move(toResults))
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
                key->key() == Qt::Key_Enter) {
                m_toResults();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_toResults;
};

} // namespace

const QString MainWindow::kFindingsPage = QStringLiteral("findings");
const QString MainWindow::kActorsPage = QStringLiteral("actors");
const QString MainWindow::kRelationshipsPage = QStringLiteral("relationships");
const QString MainWindow::kOtherPage = QStringLiteral("other");
const QString MainWindow::kSourcesPage = QStringLiteral("sources");
const QString MainWindow::kTaxonomyPage = QStringLiteral("taxonomy");
const QString MainWindow::kDatasetsPage = QStringLiteral("datasets");
const QString MainWindow::kReviewPage = QStringLiteral("review");

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Commonplace"));
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::applyFilter);

    createWidgets();
    m_lock = new WorkspaceLock(this);
    connect(m_lock, &WorkspaceLock::lockRequested, this, &MainWindow::closeForLock);
    connect(m_lock, &WorkspaceLock::unlocked, this,
            [this](const QString& path, const crypto::DataKeyHandle& key) {
                openWorkspaceWith(path, jobOptions(key));
            });
    createActions();
    restoreSettings();
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The task waits for its worker; do it before the widgets it reports to go away.
    m_task.reset();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_newAction = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspaceDialog);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create an empty workspace file"));
    m_openAction = file->addAction(tr("&Open Workspace…"), this, &MainWindow::openWorkspaceDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a workspace file"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import…"), this, &MainWindow::importDialog);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import FollowTheMoney JSON lines or CSV with a mapping"));
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportDialog);
    // Not Ctrl+E: in the search box that moves to the end of the line.
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Export the workspace or a dataset to share or analyse"));
    // Exchange between organisations (ui/exchange): File > Import/Export Bundle…, Tools > Keys….
    m_exchange = new ExchangeActions(
        this, [this] { return m_workspace.get(); }, [this] { refreshAll(); });
    QMenu* tools = new QMenu(tr("&Tools"), this);
    m_exchange->addTo(file, tools);
    file->addSeparator();
    m_encryptAction =
        file->addAction(tr("Encr&ypt Workspace…"), this, &MainWindow::encryptWorkspaceDialog);
    m_encryptAction->setObjectName(QStringLiteral("encryptAction"));
    m_encryptAction->setStatusTip(tr("Protect this workspace on disk with a passphrase"));
    m_passphraseAction =
        file->addAction(tr("Chan&ge Passphrase…"), this, &MainWindow::changePassphraseDialog);
    m_passphraseAction->setObjectName(QStringLiteral("passphraseAction"));
    m_passphraseAction->setStatusTip(tr("Choose a new passphrase for this encrypted workspace"));
    m_lockAction = file->addAction(tr("&Lock"), this, &MainWindow::lockWorkspace);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setStatusTip(tr("Close the encrypted workspace and forget its key until the "
                                  "passphrase is entered again"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editing = new EditIntegration(this, m_editMenu, [this] { refreshAll(); });
    QAction* search =
        m_editMenu->addAction(tr("Search E&verything…"), this, &MainWindow::showGlobalSearch);
    search->setObjectName(QStringLiteral("globalSearchAction"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    search->setShortcutContext(Qt::ApplicationShortcut);
    search->setStatusTip(tr("Find actors, relationships, findings and sources by name, alias or "
                            "text"));
    QAction* find = m_editMenu->addAction(tr("&Filter This List…"), this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Show only the entities of this list that match some words"));

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    const QList<std::pair<QString, QString>> entries = {
        {kFindingsPage, tr("&Findings")},           {kActorsPage, tr("&Actors")},
        {kRelationshipsPage, tr("&Relationships")}, {kSourcesPage, tr("&Sources")},
        {kTaxonomyPage, tr("&Tactics and Themes")}, {kDatasetsPage, tr("&Datasets")},
        {kReviewPage, tr("Re&view Queue")},
    };
    int number = 0;
    QAction* goReview = nullptr;
    for (const auto& [key, title] : entries) {
        QAction* action = go->addAction(title, this, [this, key = key] {
            showPage(key);
            if (QWidget* page = m_pages->currentWidget())
                page->setFocus(Qt::ShortcutFocusReason);
        });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + number++)));
        if (key == kReviewPage)
            goReview = action;
    }
    go->addSeparator();
    QAction* toNavigator = go->addAction(tr("Focus the &Navigator"), this, [this] {
        m_navigator->setFocus(Qt::ShortcutFocusReason);
    });
    toNavigator->setShortcut(QKeySequence(Qt::Key_F6));
    m_editMenu->addSeparator();
    QAction* preferences =
        m_editMenu->addAction(tr("&Preferences…"), this, &MainWindow::preferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setStatusTip(tr("Language, defaults for new findings, locking, text size"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_reloadAction = view->addAction(tr("&Reload"), this, &MainWindow::refreshAll);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setStatusTip(tr("Read the workspace again, e.g. after the command line "
                                    "changed it"));

    m_analyst = new AnalystActions(
        this, [this] { return m_workspace.get(); }, [this] { return m_detail->currentEntityId(); },
        [this](const QString& id) { showEntity(id); }, [this] { refreshAll(); });
    m_analyst->addTo(menuBar());
    // The graph explorer, the money-flow timeline and the review queue are navigator pages
    // (each made when first shown); the Analysis and Go menus show them. The graph and the
    // timeline have the entity detail pane beside them, showing the actor selected.
    m_analyst->hostPages(
        [this](const QString& key, const QString& title, QWidget* page, bool withDetail) {
            addPage(key, title, page, withDetail ? m_detailWidgets.value(kActorsPage) : nullptr);
        },
        [this](const QString& key) {
            showPage(key);
            raise();
            activateWindow();
        },
        [this](const QString& id) { openRecord(QStringLiteral("entity"), id); });
    m_analyst->addGoEntries(go, goReview);

    menuBar()->addMenu(tools);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* demo = help->addAction(tr("Load the &Demo Dataset"), this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Load the demo dataset?"),
            tr("The demo dataset is fictional: invented funders, groups, people and payments "
               "for trying Commonplace out. It goes into a dataset named \"demo\" in this "
               "workspace. Load it here rather than in a workspace with real research?"));
        if (answer == QMessageBox::Yes)
            loadDemo();
    });
    demo->setStatusTip(tr("Add the fictional demo dataset to this workspace"));
    help->addSeparator();
    QAction* aboutAction = help->addAction(tr("&About Commonplace"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createWidgets()
{
    // Left: the navigator.
    m_navigator = new QTreeWidget;
    m_navigator->setObjectName(QStringLiteral("navigatorTreeWidget"));
    m_navigator->setAccessibleName(tr("Navigator"));
    m_navigator->setAccessibleDescription(
        tr("Findings, actors by type, relationships, sources, tactics and themes, datasets and "
           "the review queue"));
    m_navigator->setColumnCount(2);
    m_navigator->setHeaderHidden(true);
    m_navigator->setUniformRowHeights(true);
    m_navigator->setIndentation(14);
    m_navigator->header()->setStretchLastSection(false);
    m_navigator->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_navigator->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_navigator, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { navigatorChanged(item); });

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    leftLayout->setSpacing(6);
    auto* globalSearch = new QPushButton(QIcon(QStringLiteral(":/ui/icons/search.svg")),
                                         tr("Search everything…  Ctrl+K"));
    globalSearch->setObjectName(QStringLiteral("globalSearchButton"));
    globalSearch->setAccessibleName(tr("Search everything"));
    globalSearch->setToolTip(tr("Names, aliases and finding text across the workspace (Ctrl+K)"));
    globalSearch->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px;"));
    connect(globalSearch, &QPushButton::clicked, this, &MainWindow::showGlobalSearch);
    leftLayout->addWidget(globalSearch);
    leftLayout->addWidget(m_navigator, 1);

    // Center: the entity page (search box, count, table) and the other pages.
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Filter this list by name or text…"));
    m_search->setAccessibleName(tr("Filter"));
    m_search->setToolTip(tr("Show only the entities of this list whose names or text match, as "
                            "you type (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/ui/icons/search.svg")), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    m_search->installEventFilter(new SearchKeyFilter(m_search, [this] {
        m_searchTimer.stop();
        applyFilter();
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (!m_table->currentIndex().isValid() && m_entities->rowCount() > 0)
            m_table->setCurrentIndex(m_entities->index(0, EntityTableModel::NameColumn));
    }));

    m_entities = new EntityTableModel(this);
    connect(m_entities, &EntityTableModel::errorOccurred, this,
            [this](const QString& message) { setNotice(tr("Could not read: %1").arg(message)); });
    connect(m_entities, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCountLabel);
    connect(m_entities, &QAbstractItemModel::modelReset, this, &MainWindow::updateCountLabel);

    m_pageTitle = new QLabel;
    m_pageTitle->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont titleFont = m_pageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_pageTitle->setFont(titleFont);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    m_countLabel->setWordWrap(true);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("entityTableView"));
    m_table->setAccessibleName(tr("Entities"));
    m_table->setModel(m_entities);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, so millions of them cost nothing.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The name takes the room there is; type and id keep their widths (never measured).
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(EntityTableModel::NameColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(60);
    header->resizeSection(EntityTableModel::TypeColumn, 110);
    header->resizeSection(EntityTableModel::IdColumn, 140);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(EntityTableModel::NameColumn, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::sortChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::currentRowChanged);

    m_entityPage = new QWidget;
    m_entityPage->setObjectName(QStringLiteral("entityPage"));
    auto* centerLayout = new QVBoxLayout(m_entityPage);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->setSpacing(6);
    centerLayout->addWidget(m_search);
    centerLayout->addWidget(m_countLabel);
    centerLayout->addWidget(m_table, 1);

    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pageStack"));
    m_pages->addWidget(m_entityPage);
    auto* center = new QWidget;
    auto* pageLayout = new QVBoxLayout(center);
    pageLayout->setContentsMargins(4, 8, 4, 8);
    pageLayout->setSpacing(6);
    pageLayout->addWidget(m_pageTitle);
    pageLayout->addWidget(m_pages, 1);

    // Right: the selected entity, or what the page puts there.
    m_detail = new EntityDetailView;
    connect(m_detail, &EntityDetailView::entityRequested, this, &MainWindow::showEntity);
    m_details = new CurrentWidgetStack;
    m_details->setObjectName(QStringLiteral("detailStack"));
    m_details->addWidget(m_detail);
    m_detailPane = new QWidget;
    m_detailPane->setObjectName(QStringLiteral("detailPane"));
    auto* rightLayout = new QVBoxLayout(m_detailPane);
    rightLayout->setContentsMargins(4, 4, 8, 4);
    rightLayout->addWidget(m_details);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(center);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({250, 480, 670});
    setCentralWidget(m_splitter);

    // The findings, sources and taxonomy pages come from the editing (EditIntegration), the
    // analyst's pages from AnalystActions (addPage). The review queue is made when first shown
    // with a workspace open; until then it says what it will be.
    auto* review = new QLabel(tr("Review queue: possible duplicates waiting for a decision."));
    review->setObjectName(kReviewPage + QStringLiteral("PlaceholderLabel"));
    review->setAlignment(Qt::AlignCenter);
    review->setWordWrap(true);
    review->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(review);
    m_pageWidgets.insert(kReviewPage, review);
    m_detailWidgets.insert(kReviewPage, nullptr);
    for (const QString& key : {kActorsPage, kRelationshipsPage, kOtherPage, kDatasetsPage}) {
        m_pageWidgets.insert(key, m_entityPage);
        m_detailWidgets.insert(key, m_detail);
    }

    m_noticeLabel = new QLabel;
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_statsLabel = new QLabel;
    m_statsLabel->setObjectName(QStringLiteral("statsLabel"));
    m_pathLabel = new QLabel;
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_pathLabel->setForegroundRole(QPalette::PlaceholderText);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A path reads left to right in every language: in Arabic the label would otherwise move
    // its leading "~/" to the far end.
    m_pathLabel->setLayoutDirection(Qt::LeftToRight);
    statusBar()->addWidget(m_noticeLabel, 1);
    statusBar()->addPermanentWidget(m_statsLabel);
    statusBar()->addPermanentWidget(m_pathLabel);

    m_searchPopup = new SearchPopup(this);
    connect(m_searchPopup, &SearchPopup::activated, this, &MainWindow::openRecord);
    // Counts on a reader of their own, so a search never waits behind them.
    m_statsReader = new SearchWorker(this);
    connect(m_statsReader, &SearchWorker::statsReady, this, &MainWindow::statsReady);
    connect(m_statsReader, &SearchWorker::statsFailed, this,
            [this](quint64 serial, const QString& message) {
                if (serial == m_statsSerial)
                    setNotice(tr("Could not read: %1").arg(message));
            });

    rebuildNavigator();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(keys::geometry).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(keys::state).toByteArray());
    m_splitter->restoreState(settings.value(keys::splitter).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(keys::entityHeader).toByteArray());
    // The name column stretches whatever the saved state says.
    m_table->horizontalHeader()->setSectionResizeMode(EntityTableModel::NameColumn,
                                                      QHeaderView::Stretch);
    const QString page = settings.value(keys::page).toString();
    showPage(page.isEmpty() ? kActorsPage : page);
}

void MainWindow::saveSettings() const
{
    // Paths, window layout and which navigator entry was open: nothing read from inside a
    // workspace goes into settings (a dataset's name can be sensitive: such entries are saved
    // as their top-level page).
    QSettings settings;
    settings.setValue(keys::geometry, saveGeometry());
    settings.setValue(keys::state, saveState());
    settings.setValue(keys::splitter, m_splitter->saveState());
    settings.setValue(keys::entityHeader, m_table->horizontalHeader()->saveState());
    QString page = m_currentKey;
    if (page.startsWith(kDatasetsPage + QLatin1Char('/')))
        page = kDatasetsPage;
    settings.setValue(keys::page, page);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (isBusy()) {
        const auto answer = QMessageBox::question(
            this, tr("Stop the running task?"),
            tr("An import or export is still running. Quit and cancel it? The workspace "
               "stays as it was before the task started."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_task->cancel();
        m_task->waitForFinished();
    }
    // Asked after the running task, so that "No" there keeps what was typed untouched.
    if (!mayLeaveWorkspace()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

bool MainWindow::openWorkspace(const QString& path, store::Workspace::Mode mode)
{
    if (isBusy())
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    store::Workspace::OpenOptions options;
    options.mode = mode;
    if (mode != store::Workspace::Mode::CreateNew &&
        store::Workspace::isEncrypted(localPath(absolute))) {
        // Ask until the passphrase is right or the person gives up.
        crypto::DataKeyHandle key;
        PassphraseDialog dialog(PassphraseDialog::Purpose::Unlock, QFileInfo(absolute).fileName(),
                                this);
        dialog.setCheck([&](const crypto::SecretBytes& passphrase) -> QString {
            auto unlocked = store::Workspace::unlock(localPath(absolute), passphrase);
            if (!unlocked)
                return unlocked.error().message == crypto::kWrongPassphrase
                           ? tr("Wrong passphrase. Try again.")
                           : fromCore(unlocked.error().describe());
            key = *unlocked;
            return {};
        });
        if (dialog.exec() != QDialog::Accepted)
            return false;
        options.key = key;
    }
    return openChecked(absolute, options);
}

bool MainWindow::openWorkspaceWith(const QString& path,
                                   const store::Workspace::OpenOptions& options)
{
    if (isBusy())
        return false;
    return openChecked(path, options);
}

bool MainWindow::openChecked(const QString& path, const store::Workspace::OpenOptions& options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto opened = store::Workspace::open(localPath(absolute), options);
    if (!opened) {
        showError(tr("Cannot open the workspace"), fromCore(opened.error().describe()));
        return false;
    }
    // Asked once, and only now that the other workspace is open: a passphrase dialog given up
    // or a file that is no workspace leaves what was typed here untouched.
    if (!mayLeaveWorkspace())
        return false;
    closeWorkspace();
    m_workspace = std::move(*opened);

    setNotice({});
    m_detail->setWorkspace(m_workspace.get());
    m_analyst->workspaceChanged();
    m_editing->setWorkspace(m_workspace.get());
    m_searchPopup->setWorkspacePath(absolute, m_workspace->key());
    m_statsReader->setWorkspacePath(absolute, m_workspace->key());
    rebuildNavigator();
    refreshStats();
    // The model gets its filter first, so that its first query is the page's.
    m_filterStale = true;
    m_preparingSortKeys = store::EntityWriter::sortKeysStale(*m_workspace);
    if (!m_preparingSortKeys)
        m_entities->setWorkspaceAndFilter(m_workspace.get(), currentFilter());
    updateStatus();

    setWindowTitle(tr("%1 — Commonplace").arg(QFileInfo(absolute).fileName()));
    addRecent(absolute);
    m_lock->setWorkspacePath(absolute);
    m_lock->dismiss();
    m_lock->setArmed(m_workspace->encrypted());
    updateActions();
    if (m_preparingSortKeys)
        prepareSortKeys();
    return true;
}

void MainWindow::closeWorkspace()
{
    // Everything that reads the workspace lets go of it before its connection closes.
    m_searchTimer.stop();
    m_entities->setWorkspace(nullptr);
    m_detail->setWorkspace(nullptr);
    m_analyst->detach();
    m_editing->setWorkspace(nullptr); // also drops the undo history (it holds old values)
    // The background readers close their connections (and wait, and drop their copies of the
    // key): Encrypt replaces the file, Lock forgets the key.
    m_searchPopup->hide();
    m_searchPopup->setWorkspacePath({});
    m_statsReader->setWorkspacePath({});
    ++m_statsSerial;
    m_workspace.reset(); // folds the WAL back, closes, and drops the key handle
    m_stats.reset();
    const QSignalBlocker blockSearch(m_search);
    m_search->clear();
}

void MainWindow::lockWorkspace()
{
    if (m_workspace && m_workspace->encrypted())
        m_lock->lock(); // calls closeForLock, then shows the unlock screen
}

void MainWindow::closeForLock()
{
    if (isBusy()) {
        // A running job holds its own connection and key: stop it first.
        m_task->cancel();
        m_task->waitForFinished();
    }
    closeWorkspace();
    // Other windows (graph explorer, editors, dialogs) show workspace data: hide them.
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window != this && window->isVisible())
            window->hide();
    }
    rebuildNavigator();
    setNotice({});
    updateStatus();
    setWindowTitle(tr("Locked — Commonplace"));
    updateActions();
}

void MainWindow::encryptWorkspaceDialog()
{
    if (!m_workspace || m_workspace->encrypted() || isBusy())
        return;
    const QString path = QFile::decodeName(QByteArray::fromStdString(m_workspace->path()));
    PassphraseDialog dialog(PassphraseDialog::Purpose::Encrypt, QFileInfo(path).fileName(), this);
    // Asked after the passphrase, so that giving up there keeps what was typed untouched.
    if (dialog.exec() != QDialog::Accepted || !m_workspace || !mayLeaveWorkspace())
        return;
    crypto::SecretBytes passphrase = dialog.takePassphrase();
    // The conversion needs the file closed (the background readers' connections too): it
    // replaces it with the encrypted copy.
    closeWorkspace();
    // Key derivation and the copy run in the background; the window keeps painting.
    crypto::DataKeyHandle key;
    const QString problem =
        runWhileBusy(this, tr("Encrypting the workspace…"), [&, file = localPath(path)] {
            auto converted = store::Workspace::encryptFile(file, passphrase);
            if (!converted)
                return fromCore(converted.error().describe());
            // The key made for the new file: reopening derives nothing again.
            key = *converted;
            return QString();
        });
    store::Workspace::OpenOptions options;
    options.mode = store::Workspace::Mode::OpenExisting;
    if (problem.isEmpty()) {
        options.key = key;
        if (!key)
            options.passphrase = &passphrase;
    } else {
        showError(tr("Could not encrypt the workspace"),
                  tr("%1\n\nThe workspace is unchanged.").arg(problem));
    }
    // The leave checks ran before the workspace closed.
    if (openChecked(path, options) && problem.isEmpty())
        setNotice(tr("The workspace is now encrypted. Lock it with Ctrl+L."));
}

void MainWindow::changePassphraseDialog()
{
    if (!m_workspace || !m_workspace->encrypted() || isBusy())
        return;
    const std::string path = m_workspace->path();
    const QString name = QFileInfo(QFile::decodeName(QByteArray::fromStdString(path))).fileName();
    // Whoever sits at an unlocked screen must still know the current passphrase.
    PassphraseDialog current(PassphraseDialog::Purpose::Unlock, name, this);
    current.setWindowTitle(tr("Change Passphrase"));
    current.setCheck([&](const crypto::SecretBytes& passphrase) -> QString {
        auto unlocked = store::Workspace::unlock(path, passphrase);
        if (!unlocked)
            return unlocked.error().message == crypto::kWrongPassphrase
                       ? tr("Wrong passphrase. Try again.")
                       : fromCore(unlocked.error().describe());
        return {};
    });
    if (current.exec() != QDialog::Accepted)
        return;
    PassphraseDialog next(PassphraseDialog::Purpose::Change, name, this);
    if (next.exec() != QDialog::Accepted)
        return;
    // On a connection of its own, in the background (Argon2id takes about a second).
    auto passphrase = std::make_shared<crypto::SecretBytes>(next.takePassphrase());
    const QString problem = runWhileBusy(
        this, tr("Changing the passphrase…"), [path, key = m_workspace->key(), passphrase] {
            auto ws = store::Workspace::open(path, jobOptions(key));
            if (!ws)
                return fromCore(ws.error().describe());
            auto changed = (*ws)->changePassphrase(*passphrase);
            return changed ? QString() : fromCore(changed.error().describe());
        });
    if (problem.isEmpty())
        setNotice(tr("The passphrase was changed; the old one no longer opens the workspace."));
    else
        showError(tr("Could not change the passphrase"),
                  tr("%1\n\nThe old passphrase still works.").arg(problem));
}

void MainWindow::prepareSortKeys()
{
    // A workspace from an older Commonplace (or another ICU) has names without collation keys:
    // compute them once, in the background, before the lists page by them.
    const std::string workspacePath = m_workspace->path();
    const crypto::DataKeyHandle key = m_workspace->key();
    auto job = [workspacePath, key](const io::Progress& progress) -> TaskOutcome {
        auto ws = store::Workspace::open(workspacePath, jobOptions(key));
        if (!ws)
            return {false, false, fromCore(ws.error().describe())};
        store::EntityWriter writer(**ws);
        if (auto st = writer.prepare(); !st)
            return {false, false, fromCore(st.error().describe())};
        auto filled = writer.fillSortKeys([&](std::int64_t done, std::int64_t total) {
            return progress(std::uint64_t(done), std::uint64_t(total));
        });
        if (!filled)
            return {false, false, fromCore(filled.error().describe())};
        return {*filled, !*filled, {}};
    };
    runTask(tr("Preparing names for sorting…"), job, [this](const TaskOutcome& outcome) {
        m_preparingSortKeys = false;
        if (!outcome.ok && !outcome.cancelled)
            showError(tr("Could not prepare the names for sorting"), outcome.message);
        else if (outcome.cancelled)
            setNotice(tr("Sorting by name stays incomplete until the names are prepared; they "
                         "will be the next time the workspace opens."));
        m_filterStale = true;
        m_entities->setWorkspaceAndFilter(m_workspace.get(), currentFilter());
        refreshAll();
    });
}

void MainWindow::newWorkspaceDialog()
{
    QSettings settings;
    const QStringList recent = settings.value(keys::recent).toStringList();
    const QString dir = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).path();
    QFileDialog dialog(this, tr("New Workspace"), dir,
                       tr("Commonplace workspaces (*.commonplace)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("commonplace"));
    // Never offer to overwrite: core refuses to replace an existing file, and says so.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString file = dialog.selectedFiles().constFirst();
    PassphraseDialog options(PassphraseDialog::Purpose::NewWorkspace, QFileInfo(file).fileName(),
                             this);
    if (options.exec() != QDialog::Accepted)
        return;
    crypto::SecretBytes passphrase = options.takePassphrase();
    store::Workspace::OpenOptions open;
    open.mode = store::Workspace::Mode::CreateNew;
    open.encrypt = options.encrypt();
    open.passphrase = &passphrase;
    openWorkspaceWith(file, open);
}

void MainWindow::openWorkspaceDialog()
{
    QSettings settings;
    const QStringList recent = settings.value(keys::recent).toStringList();
    const QString dir = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).path();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Workspace"), dir,
                                     tr("Commonplace workspaces (*.commonplace);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path, store::Workspace::Mode::OpenExisting);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    QSettings settings;
    const QStringList recent = settings.value(keys::recent).toStringList();
    int n = 0;
    for (const QString& path : recent) {
        ++n;
        QAction* action = m_recentMenu->addAction(
            tr("&%1 %2").arg(n).arg(isolatedLeftToRight(displayPath(path))), this,
            [this, path] { openWorkspace(path, store::Workspace::Mode::OpenExisting); });
        action->setEnabled(!isBusy() && QFileInfo::exists(path));
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [] {
        QSettings s;
        s.remove(keys::recent);
    });
}

void MainWindow::addRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(keys::recent).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(keys::recent, recent);
}

void MainWindow::importDialog()
{
    if (!m_workspace || isBusy())
        return;
    QSettings settings;
    const QString dir = settings.value(keys::importDir, QDir::homePath()).toString();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import"), dir,
        tr("FollowTheMoney JSON lines (*.ijson *.json *.jsonl);;CSV (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    settings.setValue(keys::importDir, QFileInfo(file).path());
    ImportDialog dialog(file, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startImport(dialog.request());
}

void MainWindow::startImport(const ImportRequest& request)
{
    if (!m_workspace || isBusy())
        return;
    io::ImportOptions options;
    options.format = request.format;
    options.dataset = request.dataset.toStdString();
    options.sensitivity = request.sensitivity;
    options.mappingPath = localPath(request.mappingFile);
    const std::string workspacePath = m_workspace->path();
    const crypto::DataKeyHandle key = m_workspace->key();
    const std::string file = localPath(request.file);
    const QString fileName = QFileInfo(request.file).fileName();
    const QString dataset = request.dataset;

    auto job = [workspacePath, key, file, options, fileName,
                dataset](const io::Progress& progress) -> TaskOutcome {
        // Our own connection: the window's stays on the UI thread.
        auto ws = store::Workspace::open(workspacePath, jobOptions(key));
        if (!ws)
            return {false, false, fromCore(ws.error().describe())};
        (*ws)->prepareForBulkWrite();
        io::ImportOptions withProgress = options;
        withProgress.progress = progress;
        auto report = io::importFile(**ws, file, withProgress);
        if (!report)
            return {false, false, fromCore(report.error().describe())};
        const QLocale locale;
        QString summary = tr("Imported %n entities from %1 into dataset “%2” (%3 new, %4 values "
                             "added).",
                             nullptr, int(report->entities))
                              .arg(fileName, dataset, locale.toString(report->entitiesCreated),
                                   locale.toString(report->statementsAdded));
        if (report->danglingReferences > 0)
            summary += QLatin1Char(' ') + tr("%n references point at entities not in the "
                                             "workspace.",
                                             nullptr, int(report->danglingReferences));
        return {true, false, summary};
    };
    runTask(tr("Importing %1…").arg(fileName), job, [this](const TaskOutcome& outcome) {
        if (outcome.ok) {
            refreshAll();
            setNotice(outcome.message);
        } else if (outcome.cancelled) {
            setNotice(tr("Import cancelled; the workspace is unchanged."));
        } else {
            showError(
                tr("Import failed"),
                tr("%1\n\nNothing was imported; the workspace is unchanged.").arg(outcome.message));
        }
    });
}

void MainWindow::exportDialog()
{
    if (!m_workspace || isBusy())
        return;
    QStringList names;
    if (auto datasets = m_workspace->datasets()) {
        for (const auto& d : *datasets)
            names << fromCore(d.name);
    }
    QSettings settings;
    ExportDialog dialog(names, settings.value(keys::exportDir, QDir::homePath()).toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportRequest request = dialog.request();
    settings.setValue(keys::exportDir, QFileInfo(request.file).path());
    startExport(request);
}

void MainWindow::startExport(const ExportRequest& request)
{
    if (!m_workspace || isBusy())
        return;
    io::ExportOptions options;
    options.format = request.format;
    options.dataset = request.dataset.toStdString();
    options.maxSensitivity = request.maxSensitivity;
    const std::string workspacePath = m_workspace->path();
    const crypto::DataKeyHandle key = m_workspace->key();
    const std::string file = localPath(QFileInfo(request.file).absoluteFilePath());
    const QString fileName = QFileInfo(request.file).fileName();
    const QString level = sensitivityLabel(request.maxSensitivity);

    auto job = [workspacePath, key, file, options, fileName,
                level](const io::Progress& progress) -> TaskOutcome {
        auto ws = store::Workspace::open(workspacePath, jobOptions(key));
        if (!ws)
            return {false, false, fromCore(ws.error().describe())};
        io::ExportOptions withProgress = options;
        withProgress.progress = progress;
        auto report = io::exportFile(**ws, file, withProgress);
        if (!report)
            return {false, false, fromCore(report.error().describe())};
        QString summary =
            tr("Exported %n entities (%1 values) to %2.", nullptr, int(report->entities))
                .arg(QLocale().toString(report->statements), fileName);
        if (report->withheldStatements > 0)
            summary += QLatin1Char(' ') + tr("%n values above “%1” were left out.", nullptr,
                                             int(report->withheldStatements))
                                              .arg(level);
        return {true, false, summary};
    };
    runTask(tr("Exporting to %1…").arg(fileName), job, [this](const TaskOutcome& outcome) {
        if (outcome.ok)
            setNotice(outcome.message);
        else if (outcome.cancelled)
            setNotice(tr("Export cancelled; no file was written."));
        else
            showError(tr("Export failed"), outcome.message);
    });
}

void MainWindow::loadDemo()
{
    if (!m_workspace || isBusy() || io::demoData().empty())
        return;
    const std::string workspacePath = m_workspace->path();
    const crypto::DataKeyHandle key = m_workspace->key();
    auto job = [workspacePath, key](const io::Progress& progress) -> TaskOutcome {
        auto ws = store::Workspace::open(workspacePath, jobOptions(key));
        if (!ws)
            return {false, false, fromCore(ws.error().describe())};
        auto report = io::loadDemo(**ws, progress);
        if (!report)
            return {false, false, fromCore(report.error().describe())};
        return {true, false, {}};
    };
    runTask(tr("Loading the demo dataset…"), job, [this](const TaskOutcome& outcome) {
        if (outcome.ok) {
            refreshAll();
            setNotice(tr("Loaded the demo dataset: fictional people, organisations and "
                         "payments, for trying Commonplace out. None of it is real."));
        } else if (!outcome.cancelled) {
            showError(tr("Could not load the demo dataset"), outcome.message);
        }
    });
}

void MainWindow::runTask(const QString& label, std::function<TaskOutcome(const io::Progress&)> job,
                         std::function<void(const TaskOutcome&)> done)
{
    m_task = std::make_unique<BackgroundTask>(label, std::move(job), this);
    connect(m_task.get(), &BackgroundTask::finished, this,
            [this, done = std::move(done)](const TaskOutcome& outcome) {
                setBusy(false);
                done(outcome);
                emit taskFinished(outcome.ok);
                // Not deleted here: we are inside its signal.
                if (m_task)
                    m_task.release()->deleteLater();
            });
    m_task->start();
    setBusy(true);
}

bool MainWindow::isBusy() const
{
    return m_task && m_task->isRunning();
}

void MainWindow::updateActions()
{
    const bool busy = isBusy();
    m_newAction->setEnabled(!busy);
    m_openAction->setEnabled(!busy);
    m_recentMenu->setEnabled(!busy);
    for (QAction* action : {m_importAction, m_exportAction, m_reloadAction})
        action->setEnabled(!busy && m_workspace);
    m_exchange->setEnabled(!busy && m_workspace);
    if (m_analyst)
        m_analyst->setEnabled(!busy && m_workspace);
    const bool encrypted = m_workspace && m_workspace->encrypted();
    m_encryptAction->setEnabled(!busy && m_workspace && !encrypted);
    m_passphraseAction->setEnabled(!busy && encrypted);
    m_lockAction->setEnabled(encrypted);
}

void MainWindow::setBusy(bool busy)
{
    updateActions();
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

void MainWindow::showError(const QString& title, const QString& text)
{
    // Window-modal and not blocking: the window keeps painting, and tests can find the box.
    auto* box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::setNotice(const QString& text)
{
    m_noticeLabel->setText(text);
    m_noticeLabel->setToolTip(text);
}

QString MainWindow::notice() const
{
    return m_noticeLabel->text();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Commonplace"),
        tr("<h3>Commonplace %1</h3>"
           "<p>A research workbench for human-rights researchers: record findings on "
           "anti-rights actors with their sources, follow the money between them, and merge "
           "datasets with partners without losing who said what.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(COMMONPLACE_VERSION)));
}

void MainWindow::preferences()
{
    QStringList datasets;
    if (m_stats) {
        for (const auto& entry : m_stats->datasets)
            datasets << fromCore(entry.first);
    }
    QStringList restartArguments;
    if (m_workspace)
        restartArguments << QFile::decodeName(QByteArray::fromStdString(m_workspace->path()));
    editPreferences(this, datasets, restartArguments);
}

void MainWindow::showGlobalSearch()
{
    if (!m_workspace)
        return;
    m_searchPopup->popup();
}

void MainWindow::focusSearch()
{
    if (m_pages->currentWidget() != m_entityPage)
        showPage(kActorsPage);
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::refreshAll()
{
    if (!m_workspace)
        return;
    const QString current = m_detail->currentEntityId();
    refreshStats();
    m_entities->setFilter(currentFilter());
    m_detail->reload();
    if (m_analyst)
        m_analyst->refresh();
    selectLoadedRow(current);
    updateStatus();
}

void MainWindow::refreshStats()
{
    // Counting walks every statement (values per dataset): seconds on millions of them, so it
    // runs on a reader thread of its own while the window shows the first page. The newest request
    // wins; an older one that finishes late is dropped.
    if (!m_workspace)
        return;
    const quint64 serial = ++m_statsSerial;
    // After the first page is on screen: counting reads every statement, the page a few rows.
    QTimer::singleShot(m_stats ? 0 : 300, this, [this, serial] {
        if (serial == m_statsSerial)
            m_statsReader->requestStats(serial);
    });
}

void MainWindow::statsReady(quint64 serial, const store::Stats& stats)
{
    if (serial != m_statsSerial || !m_workspace)
        return;
    const bool first = !m_stats;
    m_stats = stats;
    rebuildNavigator();
    updateStatus();
    if (first && m_stats->datasets.count("demo") && notice().isEmpty())
        setNotice(tr("This workspace includes the demo dataset: fictional people, "
                     "organisations and payments, for trying Commonplace out."));
}

void MainWindow::rebuildNavigator()
{
    const QString current = m_currentKey;
    const QSignalBlocker block(m_navigator);
    // Keep the user's expanded entries across a rebuild.
    QSet<QString> expanded;
    for (int i = 0; i < m_navigator->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_navigator->topLevelItem(i);
        if (item->isExpanded())
            expanded.insert(item->data(0, kKeyRole).toString());
    }
    const bool first = m_navigator->topLevelItemCount() == 0;
    m_navigator->clear();
    m_navigatorCounts.clear();

    const QLocale locale;
    const QBrush countBrush = palette().brush(QPalette::PlaceholderText);
    auto makeItem = [&](QTreeWidgetItem* parent, const QString& key, const QString& title,
                        qint64 count) {
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_navigator);
        item->setText(0, parent ? title : m_pageTitles.value(key, title));
        item->setData(0, kKeyRole, key);
        if (count >= 0) {
            item->setText(1, locale.toString(count));
            m_navigatorCounts.insert(key, count);
        }
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setForeground(1, countBrush);
        // Screen readers read the count with the entry.
        item->setData(0, Qt::AccessibleTextRole,
                      count >= 0 ? tr("%1, %2").arg(title, locale.toString(count)) : title);
        return item;
    };
    auto extra = [this](const QString& key, qint64 fallback) {
        return m_extraCounts.value(key, fallback);
    };

    const bool open = m_workspace != nullptr;
    makeItem(nullptr, kFindingsPage, tr("Findings"),
             extra(kFindingsPage, open && m_stats ? m_stats->findings : -1));

    // Actors and relationships by type, each with its count, most common first.
    std::vector<std::pair<std::string, std::int64_t>> actors, relationships, others;
    std::int64_t actorTotal = 0, relationshipTotal = 0, otherTotal = 0;
    if (m_stats) {
        for (const auto& [schema, count] : m_stats->schemata) {
            switch (kindOf(schema)) {
            case Kind::Relationship:
                relationships.emplace_back(schema, count);
                relationshipTotal += count;
                break;
            case Kind::Actor:
                actors.emplace_back(schema, count);
                actorTotal += count;
                break;
            case Kind::Other:
                others.emplace_back(schema, count);
                otherTotal += count;
                break;
            }
        }
    }
    auto byCount = [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    std::sort(actors.begin(), actors.end(), byCount);
    std::sort(relationships.begin(), relationships.end(), byCount);
    std::sort(others.begin(), others.end(), byCount);

    QTreeWidgetItem* actorItem =
        makeItem(nullptr, kActorsPage, tr("Actors"), open ? actorTotal : -1);
    actorItem->setToolTip(0, tr("People, organisations, companies and public bodies"));
    for (const auto& [schema, count] : actors)
        makeItem(actorItem, kActorsPage + QLatin1Char('/') + fromCore(schema), schemaPlural(schema),
                 count)
            ->setToolTip(0, schemaLabel(schema));
    QTreeWidgetItem* relationshipItem =
        makeItem(nullptr, kRelationshipsPage, tr("Relationships"), open ? relationshipTotal : -1);
    relationshipItem->setToolTip(0, tr("Payments, ownership, directorships, memberships and "
                                       "other links between actors"));
    for (const auto& [schema, count] : relationships)
        makeItem(relationshipItem, kRelationshipsPage + QLatin1Char('/') + fromCore(schema),
                 schemaPlural(schema), count)
            ->setToolTip(0, schemaLabel(schema));

    if (!others.empty()) {
        QTreeWidgetItem* otherItem = makeItem(nullptr, kOtherPage, tr("Other records"), otherTotal);
        otherItem->setToolTip(0, tr("Addresses, events, notes, documents and other records"));
        for (const auto& [schema, count] : others)
            makeItem(otherItem, kOtherPage + QLatin1Char('/') + fromCore(schema),
                     schemaPlural(schema), count)
                ->setToolTip(0, schemaLabel(schema));
    }

    makeItem(nullptr, kSourcesPage, tr("Sources"),
             extra(kSourcesPage, open && m_stats ? m_stats->sources : -1));
    makeItem(nullptr, kTaxonomyPage, tr("Tactics and themes"), extra(kTaxonomyPage, -1));
    QTreeWidgetItem* datasetItem =
        makeItem(nullptr, kDatasetsPage, tr("Datasets"),
                 open && m_stats ? qint64(m_stats->datasets.size()) : -1);
    datasetItem->setToolTip(0, tr("Entities by the dataset their values come from"));
    if (m_stats) {
        for (const auto& [name, count] : m_stats->datasets)
            makeItem(datasetItem, kDatasetsPage + QLatin1Char('/') + fromCore(name), fromCore(name),
                     count);
    }
    // Pages added by addPage() under keys of their own, before the review queue.
    for (auto it = m_pageTitles.cbegin(); it != m_pageTitles.cend(); ++it) {
        if (!navigatorItem(it.key()))
            makeItem(nullptr, it.key(), it.value(), extra(it.key(), -1));
    }
    makeItem(nullptr, kReviewPage, tr("Review queue"), extra(kReviewPage, -1));

    for (int i = 0; i < m_navigator->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_navigator->topLevelItem(i);
        const QString key = item->data(0, kKeyRole).toString();
        item->setExpanded(expanded.contains(key) || (first && key == kActorsPage));
    }
    QTreeWidgetItem* select = navigatorItem(current);
    if (!select && current.contains(QLatin1Char('/')))
        select = navigatorItem(current.section(QLatin1Char('/'), 0, 0));
    if (select)
        m_navigator->setCurrentItem(select);
    m_navigator->resizeColumnToContents(1);
}

QTreeWidgetItem* MainWindow::navigatorItem(const QString& key) const
{
    for (QTreeWidgetItemIterator it(m_navigator); *it; ++it) {
        if ((*it)->data(0, kKeyRole).toString() == key)
            return *it;
    }
    return nullptr;
}

void MainWindow::navigatorChanged(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const QString key = item->data(0, kKeyRole).toString();
    const QString top = key.section(QLatin1Char('/'), 0, 0);
    const QString leaving = m_currentKey.section(QLatin1Char('/'), 0, 0);
    if (!leaving.isEmpty() && leaving != top &&
        (m_pageWidgets.value(leaving) != m_pageWidgets.value(top) ||
         m_detailWidgets.value(leaving) != m_detailWidgets.value(top))) {
        // Leaving a page with changes not saved asks first; staying puts the selection back.
        const store::Workspace* before = m_workspace.get();
        bool stay = false;
        for (const auto& [pages, check] : std::as_const(m_leaveChecks)) {
            // A check covers the pages that share what it guards (the detail pane's editor
            // beside the entity and analyst pages): moving among them keeps it, no question.
            if (pages.contains(leaving) && !pages.contains(top) &&
                (!check() || m_workspace.get() != before)) {
                stay = true;
                break;
            }
        }
        if (stay) {
            if (QTreeWidgetItem* back = navigatorItem(m_currentKey)) {
                const QSignalBlocker block(m_navigator);
                m_navigator->setCurrentItem(back);
            }
            return;
        }
    }
    m_currentKey = key;
    if (m_analyst && m_workspace)
        m_analyst->ensurePage(top); // the analyst's pages are made when first shown
    QWidget* page = m_pageWidgets.value(top);
    if (page)
        m_pages->setCurrentWidget(page);
    m_pageTitle->setText(item->parent() ? tr("%1 › %2").arg(item->parent()->text(0), item->text(0))
                                        : item->text(0));
    showDetailFor(top);
    if (page == m_entityPage)
        applyFilter();
    emit pageChanged(key);
}

void MainWindow::showDetailFor(const QString& top)
{
    QWidget* detail = m_detailWidgets.value(top);
    if (detail) {
        m_details->setCurrentWidget(detail);
        m_details->updateGeometry(); // its size hints are the widget's shown
        m_detailPane->show();
    } else {
        m_detailPane->hide();
    }
}

void MainWindow::addPage(const QString& key, const QString& title, QWidget* page, QWidget* detail)
{
    Q_ASSERT(page && !key.contains(QLatin1Char('/')));
    QWidget* old = m_pageWidgets.value(key);
    if (old == page)
        return;
    m_pages->addWidget(page);
    if (detail && m_details->indexOf(detail) < 0)
        m_details->addWidget(detail);
    m_pageWidgets.insert(key, page);
    m_detailWidgets.insert(key, detail);
    if (old && old != m_entityPage && !m_pageWidgets.values().contains(old)) {
        m_pages->removeWidget(old);
        old->deleteLater();
    }
    if (!title.isEmpty()) {
        m_pageTitles.insert(key, title);
        rebuildNavigator();
    } // an empty title keeps the entry as it is (and safe to replace while it is being shown)
    if (m_currentKey.section(QLatin1Char('/'), 0, 0) == key) {
        m_pages->setCurrentWidget(page);
        showDetailFor(key);
    }
}

void MainWindow::addLeaveCheck(const QStringList& pages, std::function<bool()> check)
{
    m_leaveChecks.append({pages, std::move(check)});
}

bool MainWindow::mayLeaveWorkspace()
{
    if (!m_workspace)
        return true;
    const store::Workspace* before = m_workspace.get();
    for (const auto& entry : std::as_const(m_leaveChecks)) {
        // A lock while a question was open closed the workspace: stop there.
        if (!entry.second() || m_workspace.get() != before)
            return false;
    }
    return true;
}

QWidget* MainWindow::page(const QString& key) const
{
    return m_pageWidgets.value(key.section(QLatin1Char('/'), 0, 0));
}

bool MainWindow::showPage(const QString& key)
{
    QTreeWidgetItem* item = navigatorItem(key);
    if (!item && key.contains(QLatin1Char('/')))
        item = navigatorItem(key.section(QLatin1Char('/'), 0, 0));
    if (!item)
        item = navigatorItem(kActorsPage);
    if (item->parent())
        item->parent()->setExpanded(true);
    if (m_navigator->currentItem() == item)
        navigatorChanged(item);
    else
        m_navigator->setCurrentItem(item);
    // A leave check that kept the person where they were leaves another page current.
    return m_currentKey == item->data(0, kKeyRole).toString();
}

QString MainWindow::currentPage() const
{
    return m_currentKey;
}

void MainWindow::setNavigatorCount(const QString& key, qint64 count)
{
    m_extraCounts.insert(key, count);
    if (QTreeWidgetItem* item = navigatorItem(key)) {
        item->setText(1, count >= 0 ? QLocale().toString(count) : QString());
        if (count >= 0)
            m_navigatorCounts.insert(key, count);
        else
            m_navigatorCounts.remove(key);
    }
}

void MainWindow::openRecord(const QString& kind, const QString& key)
{
    // A page left with changes not saved may keep the user where they were (Cancel).
    if (kind == QLatin1String("finding")) {
        if (showPage(kFindingsPage))
            emit findingRequested(key);
    } else if (kind == QLatin1String("source")) {
        if (showPage(kSourcesPage))
            emit sourceRequested(key);
    } else {
        // An entity: its type's page, unless the entity page already shows it.
        std::string schema;
        if (m_workspace) {
            if (auto detail = m_workspace->entity(key.toStdString()))
                schema = detail->entity.schema;
        }
        const Kind k = kindOf(schema);
        const QString top = k == Kind::Relationship ? kRelationshipsPage
                            : k == Kind::Other      ? kOtherPage
                                                    : kActorsPage;
        {
            // The whole list, so the entity is in it.
            const QSignalBlocker blockSearch(m_search);
            m_search->clear();
        }
        // The page may be another than asked (no "Other records" entry before the counts
        // come): the entity is shown in the pane all the same.
        if (showPage(top))
            showEntity(key);
        m_table->setFocus(Qt::OtherFocusReason);
    }
}

store::EntityFilter MainWindow::currentFilter() const
{
    store::EntityFilter filter;
    filter.text = m_search->text().trimmed().toStdString();
    const QString key = m_currentKey;
    const QString top = key.section(QLatin1Char('/'), 0, 0);
    const QString sub = key.section(QLatin1Char('/'), 1);
    if (top == kDatasetsPage) {
        filter.dataset = sub.toStdString();
    } else if (!sub.isEmpty()) {
        filter.schemata.push_back(sub.toStdString());
    } else if (top == kActorsPage || top == kRelationshipsPage || top == kOtherPage) {
        const Kind kind = top == kActorsPage          ? Kind::Actor
                          : top == kRelationshipsPage ? Kind::Relationship
                                                      : Kind::Other;
        // Every concrete schema of the kind in the model: known before the counts are.
        for (const model::Schema* schema : model::Model::builtin().schemata()) {
            if (!schema->isAbstract() && kindOf(schema->name()) == kind)
                filter.schemata.push_back(schema->name());
        }
    }
    return filter;
}

void MainWindow::applyFilter()
{
    if (!m_workspace)
        return;
    m_searchTimer.stop();
    if (m_pages->currentWidget() != m_entityPage)
        return;
    const store::EntityFilter filter = currentFilter();
    const store::EntityFilter& old = m_entities->filter();
    if (old.text == filter.text && old.schemata == filter.schemata &&
        old.dataset == filter.dataset && !m_filterStale)
        return;
    m_filterStale = false;
    m_entities->setFilter(filter);
    selectLoadedRow(m_detail->currentEntityId());
}

void MainWindow::updateCountLabel()
{
    if (!m_workspace) {
        m_countLabel->setText(tr("No workspace is open. Open or create one in the File menu."));
        return;
    }
    if (m_preparingSortKeys) {
        m_countLabel->setText(tr("Preparing the names of this workspace for sorting…"));
        return;
    }
    const QLocale locale;
    if (m_stats && m_stats->entities == 0) {
        m_countLabel->setText(
            tr("This workspace is empty. Import a file with File ▸ Import… (Ctrl+I), or try "
               "the fictional demo data with Help ▸ Load the Demo Dataset."));
        return;
    }
    // The page's own count is the navigator's (the store's counts per type and dataset); only
    // a text filter needs counting here. The Datasets entry counts datasets, not entities.
    const qint64 pageCount =
        m_currentKey == kDatasetsPage ? -1 : m_navigatorCounts.value(m_currentKey, -1);
    if (m_entities->filter().text.empty()) {
        if (pageCount >= 0)
            m_countLabel->setText(tr("%Ln entities", nullptr, int(pageCount)));
        else
            m_countLabel->clear();
        return;
    }
    const std::int64_t shown = m_entities->totalCount();
    if (shown == 0)
        m_countLabel->setText(tr("Nothing matches."));
    else if (pageCount >= 0)
        m_countLabel->setText(
            tr("%1 of %Ln entities match", nullptr, int(pageCount)).arg(locale.toString(shown)));
    else
        m_countLabel->setText(tr("%Ln entities match", nullptr, int(shown)));
}

void MainWindow::updateStatus()
{
    if (!m_workspace) {
        m_statsLabel->clear();
        m_pathLabel->clear();
        updateCountLabel();
        return;
    }
    const QLocale locale;
    if (m_stats) {
        m_statsLabel->setText(tr("%1 entities · %2 values · %3 sources")
                                  .arg(locale.toString(m_stats->entities),
                                       locale.toString(m_stats->statements),
                                       locale.toString(m_stats->sources)));
    }
    const QString path = QFile::decodeName(QByteArray::fromStdString(m_workspace->path()));
    m_pathLabel->setText(displayPath(path));
    m_pathLabel->setToolTip(path);
    updateCountLabel();
}

void MainWindow::currentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString id = m_entities->entityId(current.row());
    if (id == m_detail->currentEntityId() || m_detail->showEntity(id))
        return;
    // The person chose to stay with the entity being edited: its row is selected again, now
    // and once the click that moved the selection is over.
    keepSelectionOnDetail();
}

bool MainWindow::showEntity(const QString& id)
{
    if (id != m_detail->currentEntityId() && !m_detail->showEntity(id)) {
        keepSelectionOnDetail();
        return false;
    }
    selectLoadedRow(id);
    return true;
}

void MainWindow::keepSelectionOnDetail()
{
    selectLoadedRow(m_detail->currentEntityId());
    QTimer::singleShot(0, this, [this] { selectLoadedRow(m_detail->currentEntityId()); });
}

void MainWindow::selectLoadedRow(const QString& id)
{
    if (id.isEmpty())
        return;
    // The detail pane already shows `id`, so the selection change below is a no-op there.
    const int row = m_entities->rowOfEntity(id);
    if (row < 0) {
        m_table->selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_entities->index(row, EntityTableModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MainWindow::sortChanged(int section, Qt::SortOrder order)
{
    m_entities->sort(section, order);
    selectLoadedRow(m_detail->currentEntityId());
}

} // namespace commonplace::ui
