// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportDialog.h"
#include "ImportDialog.h"
#include "store/Types.h"
#include "store/Workspace.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QTreeWidget;

namespace commonplace::ui {

class AnalystActions;
class BackgroundTask;
class EditIntegration;
class WorkspaceLock;
class EntityDetailView;
class EntityTableModel;
struct TaskOutcome;

/**
 * The first window: a workspace's entities in a lazily loaded table with search as you type,
 * a filter by type and dataset, the selected entity's values with their provenance, and
 * File > Import/Export running in the background with progress.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
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
    /** Shows an entity in the detail pane and selects its row when it is loaded. */
    void showEntity(const QString& id);

    /** Opens with explicit options (an unlocked key, a new passphrase); errors in a dialog. */
    bool openWorkspaceWith(const QString& path, const store::Workspace::OpenOptions& options);
    /** Locks an encrypted workspace now: closes it, drops keys and views, shows the unlock screen.
     */
    void lockWorkspace();

    bool isBusy() const;
    const store::Workspace* workspace() const { return m_workspace.get(); }
    WorkspaceLock* workspaceLock() const { return m_lock; }
    EntityTableModel* entityModel() const { return m_entities; }
    EntityDetailView* detailView() const { return m_detail; }
    /** The text of the persistent status-bar notice (last import, demo data, ...). */
    QString notice() const;

signals:
    /** A background task ended (ok false on error or cancel). */
    void taskFinished(bool ok);

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
    void refreshAll();
    void updateStatus();
    void rebuildFilters();
    void updateCountLabel();
    void currentRowChanged();
    void headerClicked(int section);
    void selectLoadedRow(const QString& id);

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
    QComboBox* m_datasets = nullptr;
    QTreeWidget* m_schemata = nullptr;
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
