// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "BackgroundTask.h"
#include "EntityDetailView.h"
#include "EntityTableModel.h"
#include "Labels.h"
#include "analyst/AnalystActions.h"
#include "edit/EditIntegration.h"
#include "exchange/ExchangeActions.h"
#include "io/Demo.h"
#include "io/Export.h"
#include "io/Import.h"
#include "security/PassphraseDialog.h"
#include "security/WorkspaceLock.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
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
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace commonplace::ui {

namespace {

constexpr int kSearchDelayMs = 150;
constexpr int kMaxRecent = 8;
constexpr int kSchemaRole = Qt::UserRole + 1;

namespace keys {
const auto geometry = QStringLiteral("window/geometry");
const auto state = QStringLiteral("window/state");
const auto splitter = QStringLiteral("window/splitter");
const auto recent = QStringLiteral("workspaces/recent");
const auto importDir = QStringLiteral("paths/import");
const auto exportDir = QStringLiteral("paths/export");
} // namespace keys

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

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_editing = new EditIntegration(this, edit, [this] { refreshAll(); });
    QAction* find = edit->addAction(tr("&Find…"), this, &MainWindow::focusSearch);
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K)});
    find->setStatusTip(tr("Search names and text"));
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::preferences);
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
    // Left: search, dataset and type filters.
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search names and text…"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setToolTip(tr("Search names and text as you type (Ctrl+F)"));
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

    m_datasets = new QComboBox;
    m_datasets->setObjectName(QStringLiteral("datasetComboBox"));
    m_datasets->setAccessibleName(tr("Dataset"));
    m_datasets->setToolTip(tr("Show only entities with values from one dataset"));
    connect(m_datasets, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);

    m_schemata = new QTreeWidget;
    m_schemata->setObjectName(QStringLiteral("schemaTreeWidget"));
    m_schemata->setAccessibleName(tr("Types"));
    m_schemata->setColumnCount(2);
    m_schemata->setHeaderHidden(true);
    m_schemata->setRootIsDecorated(false);
    m_schemata->setUniformRowHeights(true);
    m_schemata->setIndentation(0);
    m_schemata->header()->setStretchLastSection(false);
    m_schemata->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_schemata->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_schemata, &QTreeWidget::currentItemChanged, this, &MainWindow::applyFilter);

    auto* datasetLabel = new QLabel(tr("&Dataset"));
    datasetLabel->setBuddy(m_datasets);
    auto* typesLabel = new QLabel(tr("&Types"));
    typesLabel->setBuddy(m_schemata);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    leftLayout->setSpacing(6);
    leftLayout->addWidget(m_search);
    leftLayout->addSpacing(6);
    leftLayout->addWidget(datasetLabel);
    leftLayout->addWidget(m_datasets);
    leftLayout->addSpacing(6);
    leftLayout->addWidget(typesLabel);
    leftLayout->addWidget(m_schemata, 1);

    // Center: the entities.
    m_entities = new EntityTableModel(this);
    connect(m_entities, &EntityTableModel::errorOccurred, this,
            [this](const QString& message) { setNotice(tr("Could not read: %1").arg(message)); });
    connect(m_entities, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCountLabel);
    connect(m_entities, &QAbstractItemModel::modelReset, this, &MainWindow::updateCountLabel);

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
    connect(header, &QHeaderView::sectionClicked, this, &MainWindow::headerClicked);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::currentRowChanged);

    auto* center = new QWidget;
    auto* centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(4, 8, 4, 8);
    centerLayout->setSpacing(6);
    centerLayout->addWidget(m_countLabel);
    centerLayout->addWidget(m_table, 1);

    // Right: the selected entity.
    m_detail = new EntityDetailView;
    connect(m_detail, &EntityDetailView::entityRequested, this, &MainWindow::showEntity);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 4, 8, 4);
    rightLayout->addWidget(m_detail);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(center);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({230, 450, 720});
    setCentralWidget(m_splitter);

    m_noticeLabel = new QLabel;
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_statsLabel = new QLabel;
    m_statsLabel->setObjectName(QStringLiteral("statsLabel"));
    m_pathLabel = new QLabel;
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_pathLabel->setForegroundRole(QPalette::PlaceholderText);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_noticeLabel, 1);
    statusBar()->addPermanentWidget(m_statsLabel);
    statusBar()->addPermanentWidget(m_pathLabel);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(keys::geometry).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(keys::state).toByteArray());
    m_splitter->restoreState(settings.value(keys::splitter).toByteArray());
}

void MainWindow::saveSettings() const
{
    // Paths and window layout only: nothing from inside a workspace goes into settings.
    QSettings settings;
    settings.setValue(keys::geometry, saveGeometry());
    settings.setValue(keys::state, saveState());
    settings.setValue(keys::splitter, m_splitter->saveState());
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
    return openWorkspaceWith(absolute, options);
}

bool MainWindow::openWorkspaceWith(const QString& path,
                                   const store::Workspace::OpenOptions& options)
{
    if (isBusy())
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto opened = store::Workspace::open(localPath(absolute), options);
    if (!opened) {
        showError(tr("Cannot open the workspace"), fromCore(opened.error().describe()));
        return false;
    }
    // Detach everything from the old connection before it closes.
    m_entities->setWorkspace(nullptr);
    m_detail->setWorkspace(nullptr);
    if (m_analyst)
        m_analyst->detach();
    m_editing->setWorkspace(nullptr);
    m_workspace = std::move(*opened);

    m_searchTimer.stop();
    {
        const QSignalBlocker blockSearch(m_search);
        m_search->clear();
    }
    setNotice({});
    m_stats.reset();
    rebuildFilters();
    m_entities->setFilter({}); // no workspace yet: no query
    m_entities->setWorkspace(m_workspace.get());
    m_detail->setWorkspace(m_workspace.get());
    if (m_analyst)
        m_analyst->workspaceChanged();
    m_editing->setWorkspace(m_workspace.get());
    updateStatus();
    if (m_stats && m_stats->datasets.count("demo"))
        setNotice(tr("This workspace includes the demo dataset: fictional people, organisations "
                     "and payments, for trying Commonplace out."));

    setWindowTitle(tr("%1 — Commonplace").arg(QFileInfo(absolute).fileName()));
    addRecent(absolute);
    m_lock->setWorkspacePath(absolute);
    m_lock->dismiss();
    m_lock->setArmed(m_workspace->encrypted());
    updateActions();
    return true;
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
    m_searchTimer.stop();
    m_entities->setWorkspace(nullptr);
    m_detail->setWorkspace(nullptr);
    if (m_analyst)
        m_analyst->detach();
    m_editing->setWorkspace(nullptr); // also drops the undo history (it holds old values)
    // Other windows (graph explorer, editors, dialogs) show workspace data: hide them.
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window != this && window->isVisible())
            window->hide();
    }
    m_workspace.reset(); // folds the WAL back, closes, and drops the key handle
    m_stats.reset();
    {
        const QSignalBlocker blockSearch(m_search);
        m_search->clear();
    }
    rebuildFilters();
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
    if (dialog.exec() != QDialog::Accepted)
        return;
    crypto::SecretBytes passphrase = dialog.takePassphrase();
    // The conversion needs the file closed: it replaces it with the encrypted copy.
    m_entities->setWorkspace(nullptr);
    m_detail->setWorkspace(nullptr);
    if (m_analyst)
        m_analyst->detach();
    m_editing->setWorkspace(nullptr);
    m_workspace.reset();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto converted = store::Workspace::encryptFile(localPath(path), passphrase);
    QApplication::restoreOverrideCursor();
    store::Workspace::OpenOptions options;
    options.mode = store::Workspace::Mode::OpenExisting;
    if (converted)
        options.passphrase = &passphrase;
    else
        showError(
            tr("Could not encrypt the workspace"),
            tr("%1\n\nThe workspace is unchanged.").arg(fromCore(converted.error().describe())));
    if (openWorkspaceWith(path, options) && converted)
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
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto changed = m_workspace->changePassphrase(next.takePassphrase());
    QApplication::restoreOverrideCursor();
    if (changed)
        setNotice(tr("The passphrase was changed; the old one no longer opens the workspace."));
    else
        showError(
            tr("Could not change the passphrase"),
            tr("%1\n\nThe old passphrase still works.").arg(fromCore(changed.error().describe())));
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
        QAction* action =
            m_recentMenu->addAction(tr("&%1 %2").arg(n).arg(displayPath(path)), this, [this, path] {
                openWorkspace(path, store::Workspace::Mode::OpenExisting);
            });
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

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::refreshAll()
{
    if (!m_workspace)
        return;
    const QString current = m_detail->currentEntityId();
    rebuildFilters();
    m_entities->refresh();
    m_detail->reload();
    if (m_analyst)
        m_analyst->refresh();
    selectLoadedRow(current);
    updateStatus();
}

void MainWindow::rebuildFilters()
{
    if (m_workspace) {
        auto stats = m_workspace->stats();
        if (stats)
            m_stats = std::move(*stats);
        else
            setNotice(tr("Could not read: %1").arg(fromCore(stats.error().describe())));
    }

    // Keep the user's choices across a rebuild where they still exist.
    const QString currentSchema = m_schemata->currentItem()
                                      ? m_schemata->currentItem()->data(0, kSchemaRole).toString()
                                      : QString();
    const QString currentDataset = m_datasets->currentData().toString();
    const QSignalBlocker blockSchemata(m_schemata);
    const QSignalBlocker blockDatasets(m_datasets);

    m_schemata->clear();
    const QLocale locale;
    auto* all =
        new QTreeWidgetItem({tr("All"), m_stats ? locale.toString(m_stats->entities) : QString()});
    all->setData(0, kSchemaRole, QString());
    QList<QTreeWidgetItem*> items;
    if (m_stats) {
        for (const auto& [schema, count] : m_stats->schemata) {
            auto* item = new QTreeWidgetItem({schemaPlural(schema), locale.toString(count)});
            item->setData(0, kSchemaRole, fromCore(schema));
            item->setToolTip(0, schemaLabel(schema));
            items.append(item);
        }
    }
    std::sort(items.begin(), items.end(), [](QTreeWidgetItem* a, QTreeWidgetItem* b) {
        return QString::localeAwareCompare(a->text(0), b->text(0)) < 0;
    });
    items.prepend(all);
    for (QTreeWidgetItem* item : items) {
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setForeground(1, palette().brush(QPalette::PlaceholderText));
    }
    m_schemata->addTopLevelItems(items);
    QTreeWidgetItem* select = all;
    for (QTreeWidgetItem* item : items) {
        if (item->data(0, kSchemaRole).toString() == currentSchema)
            select = item;
    }
    m_schemata->setCurrentItem(select);

    m_datasets->clear();
    m_datasets->addItem(tr("All datasets"), QString());
    if (m_stats) {
        for (const auto& [name, count] : m_stats->datasets)
            m_datasets->addItem(tr("%1 (%2)").arg(fromCore(name), locale.toString(count)),
                                fromCore(name));
    }
    m_datasets->setCurrentIndex(std::max(0, m_datasets->findData(currentDataset)));
}

void MainWindow::applyFilter()
{
    if (!m_workspace)
        return;
    m_searchTimer.stop();
    store::EntityFilter filter;
    filter.text = m_search->text().trimmed().toStdString();
    if (QTreeWidgetItem* item = m_schemata->currentItem()) {
        const QString schema = item->data(0, kSchemaRole).toString();
        if (!schema.isEmpty())
            filter.schemata.push_back(schema.toStdString());
    }
    filter.dataset = m_datasets->currentData().toString().toStdString();
    const store::EntityFilter& old = m_entities->filter();
    if (old.text == filter.text && old.schemata == filter.schemata && old.dataset == filter.dataset)
        return;
    m_entities->setFilter(filter);
    selectLoadedRow(m_detail->currentEntityId());
}

void MainWindow::updateCountLabel()
{
    if (!m_workspace) {
        m_countLabel->setText(tr("No workspace is open. Open or create one in the File menu."));
        return;
    }
    const QLocale locale;
    const std::int64_t all = m_stats ? m_stats->entities : 0;
    const std::int64_t shown = m_entities->totalCount();
    if (all == 0) {
        m_countLabel->setText(
            tr("This workspace is empty. Import a file with File ▸ Import… (Ctrl+I), or try "
               "the fictional demo data with Help ▸ Load the Demo Dataset."));
        return;
    }
    const store::EntityFilter& f = m_entities->filter();
    const bool filtered = !f.text.empty() || !f.schemata.empty() || !f.dataset.empty();
    if (!filtered)
        m_countLabel->setText(tr("%1 entities").arg(locale.toString(all)));
    else if (shown == 0)
        m_countLabel->setText(tr("Nothing matches."));
    else
        m_countLabel->setText(
            tr("%1 of %2 entities match").arg(locale.toString(shown), locale.toString(all)));
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
    if (id != m_detail->currentEntityId())
        m_detail->showEntity(id);
}

void MainWindow::showEntity(const QString& id)
{
    if (id != m_detail->currentEntityId())
        m_detail->showEntity(id);
    selectLoadedRow(id);
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

void MainWindow::headerClicked(int section)
{
    // The store sorts ascending only; the indicator says so whichever way it was clicked.
    m_table->horizontalHeader()->setSortIndicator(section, Qt::AscendingOrder);
    m_entities->sort(section, Qt::AscendingOrder);
    selectLoadedRow(m_detail->currentEntityId());
}

} // namespace commonplace::ui
