// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportDialog.h"
#include "ImportDialog.h"
#include "store/Types.h"
#include "store/Workspace.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace commonplace::ui {

class AnalystActions;
class BackgroundTask;
class EditIntegration;
class WorkspaceLock;
class EntityDetailView;
class EntityTableModel;
class SearchPopup;
class SearchWorker;
struct TaskOutcome;

/**
 * The workbench window: a navigator on the left (Findings, Actors by type, Relationships,
 * Sources, Tactics and themes, Datasets, Review queue), the page it selects in the middle, a
 * detail pane on the right and a status bar with the workspace and its counts.
 *
 * Pages are plain widgets registered under a key (see the k*Page constants). The entity pages
 * (Actors, Relationships, Datasets and their children) share one lazily loaded entity table;
 * the others start as placeholders that addPage() replaces.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** Navigator page keys. Children of the entity pages are "actors/Person",
     * "relationships/Payment", "datasets/<name>". */
    static const QString kFindingsPage;
    static const QString kActorsPage;
    static const QString kRelationshipsPage;
    static const QString kOtherPage; ///< addresses, events, notes: neither actors nor links
    static const QString kSourcesPage;
    static const QString kTaxonomyPage;
    static const QString kDatasetsPage;
    static const QString kReviewPage;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens (or with CreateNew/OpenOrCreate, creates) a workspace and shows it. On failure the
     * error is shown in a dialog, the current workspace stays, and false is returned.
     */
    bool openWorkspace(const QString& path,
                       store::Workspace::Mode mode = store::Workspace::Mode::OpenExisting);
    /** Imports in the background; progress dialog, errors in a dialog, models refreshed. */
    void startImport(const ImportRequest& request);
    void startExport(const ExportRequest& request);
    /** Loads the fictional demo dataset in the background. */
    void loadDemo();
    /**
     * Shows an entity in the detail pane and selects its row when it is loaded. False when the
     * pane kept the entity it shows (the person stayed with a value typed there, see
     * EntityDetailView::setLeaveCheck); its row is selected again then.
     */
    bool showEntity(const QString& id);

    /** Opens with explicit options (an unlocked key, a new passphrase); errors in a dialog. */
    bool openWorkspaceWith(const QString& path, const store::Workspace::OpenOptions& options);
    /** Locks an encrypted workspace now: closes it, drops keys and views, shows the unlock screen.
     */
    void lockWorkspace();

    WorkspaceLock* workspaceLock() const { return m_lock; }
    /**
     * Puts `page` (owned by the window from now on) under the navigator entry `key`, replacing
     * the placeholder or page that was there; `detail`, when given, is shown in the right pane
     * while the page is current (otherwise the pane is hidden for that page). The title is the
     * navigator's text for the entry (an empty title keeps the navigator's own).
     */
    void addPage(const QString& key, const QString& title, QWidget* page,
                 QWidget* detail = nullptr);
    /** The page registered under `key` (a placeholder until addPage()), or null. */
    QWidget* page(const QString& key) const;
    /**
     * Selects the navigator entry `key` ("actors/Person" too, or the nearest entry there is)
     * and shows its page; false when a leave check kept the current page (Cancel).
     */
    bool showPage(const QString& key);
    /** The key of the navigator entry shown. */
    QString currentPage() const;
    /** Sets the count shown beside a navigator entry (-1 hides it). */
    void setNavigatorCount(const QString& key, qint64 count);
    /** The Edit menu, for Undo/Redo and other editing actions. */
    QMenu* editMenu() const { return m_editMenu; }
    /** Opens the global search popup (Ctrl+K). */
    void showGlobalSearch();
    SearchPopup* searchPopup() const { return m_searchPopup; }
    /**
     * Opens a search result or any record: an entity shows its page and detail; a finding or
     * source shows its page and emits findingRequested() / sourceRequested().
     */
    void openRecord(const QString& kind, const QString& key);
    /**
     * A check run before the window leaves `pages` for a page not among them (pages that
     * share what the check guards, e.g. the detail pane beside them, do not ask when the
     * window moves between them) and before the workspace closes (another one opens, the
     * window closes); it may ask the user and returns false to stay where they are. Locking
     * runs no check: it discards.
     */
    void addLeaveCheck(const QStringList& pages, std::function<bool()> check);
    /** Runs every check (before the workspace closes); false: the user chose to stay. */
    bool mayLeaveWorkspace();

    bool isBusy() const;
    store::Workspace* workspace() const { return m_workspace.get(); }
    EntityTableModel* entityModel() const { return m_entities; }
    EntityDetailView* detailView() const { return m_detail; }
    /** The counts of the open workspace once read (in the background), or null. */
    const store::Stats* stats() const { return m_stats ? &*m_stats : nullptr; }
    /** The text of the persistent status-bar notice (last import, demo data, ...). */
    QString notice() const;

public slots:
    /** Re-reads counts, navigator and tables, e.g. after an edit changed the workspace. */
    void refreshAll();

signals:
    /** A background task ended (ok false on error or cancel). */
    void taskFinished(bool ok);
    /** The navigator moved to another entry. */
    void pageChanged(const QString& key);
    /** Search or a link asked to open a finding (its key); the Findings page is shown. */
    void findingRequested(const QString& key);
    /** Search or a link asked to open a source (its key); the Sources page is shown. */
    void sourceRequested(const QString& key);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createWidgets();
    void restoreSettings();
    void saveSettings() const;

    void newWorkspaceDialog();
    void openWorkspaceDialog();
    void closeForLock();
    /** Opens after the leave checks ran (once, in the caller); errors in a dialog. */
    bool openChecked(const QString& path, const store::Workspace::OpenOptions& options);
    /** Detaches every view and reader from the workspace and closes it. */
    void closeWorkspace();
    void encryptWorkspaceDialog();
    void changePassphraseDialog();
    void importDialog();
    void exportDialog();
    void about();
    void preferences();
    void focusSearch();
    void fillRecentMenu();
    void addRecent(const QString& path);

    void applyFilter();
    void prepareSortKeys();
    store::EntityFilter currentFilter() const;
    void updateStatus();
    void rebuildNavigator();
    void refreshStats();
    void statsReady(quint64 serial, const store::Stats& stats);
    void navigatorChanged(QTreeWidgetItem* item);
    QTreeWidgetItem* navigatorItem(const QString& key) const;
    void showDetailFor(const QString& key);
    void updateCountLabel();
    void currentRowChanged();
    void sortChanged(int section, Qt::SortOrder order);
    void selectLoadedRow(const QString& id);
    /** Selects the detail pane's entity again, now and after the current event. */
    void keepSelectionOnDetail();

    void runTask(const QString& label, std::function<TaskOutcome(const io::Progress&)> job,
                 std::function<void(const TaskOutcome&)> done);
    void setBusy(bool busy);
    void updateActions();
    void showError(const QString& title, const QString& text);
    void setNotice(const QString& text);

    std::unique_ptr<store::Workspace> m_workspace;
    std::optional<store::Stats> m_stats;
    std::unique_ptr<BackgroundTask> m_task;

    EntityTableModel* m_entities = nullptr;
    QSplitter* m_splitter = nullptr;
    QLineEdit* m_search = nullptr;
    QTreeWidget* m_navigator = nullptr;
    QStackedWidget* m_pages = nullptr;
    QStackedWidget* m_details = nullptr;
    QWidget* m_entityPage = nullptr;
    QWidget* m_detailPane = nullptr;
    QLabel* m_pageTitle = nullptr;
    QMap<QString, QWidget*> m_pageWidgets;   ///< top-level key -> page
    QMap<QString, QWidget*> m_detailWidgets; ///< top-level key -> detail widget or null
    QMap<QString, qint64> m_extraCounts;     ///< counts set by setNavigatorCount
    QMap<QString, qint64> m_navigatorCounts; ///< key -> the count the navigator shows
    QMap<QString, QString> m_pageTitles;     ///< titles given to addPage
    QList<QPair<QStringList, std::function<bool()>>> m_leaveChecks; ///< see addLeaveCheck
    bool m_filterStale = true;
    bool m_preparingSortKeys = false;
    quint64 m_statsSerial = 0;
    QString m_currentKey;
    SearchPopup* m_searchPopup = nullptr;
    SearchWorker* m_statsReader = nullptr;
    QMenu* m_editMenu = nullptr;
    QLabel* m_countLabel = nullptr;
    QTableView* m_table = nullptr;
    EntityDetailView* m_detail = nullptr;
    AnalystActions* m_analyst = nullptr;  // Analysis menu: graph, timeline, review queue
    EditIntegration* m_editing = nullptr; ///< undo, findings, sources, taxonomy (ui/edit)
    QLabel* m_noticeLabel = nullptr;
    QLabel* m_statsLabel = nullptr;
    QLabel* m_pathLabel = nullptr;
    QTimer m_searchTimer;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    class ExchangeActions* m_exchange = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_encryptAction = nullptr;
    QAction* m_passphraseAction = nullptr;
    QAction* m_lockAction = nullptr;
    WorkspaceLock* m_lock = nullptr;
};

} // namespace commonplace::ui
