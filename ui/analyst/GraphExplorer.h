// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyst/GraphCanvas.h"
#include "analyst/GraphData.h"
#include "analyst/GraphScene.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

class ReadConnection;
struct PathsFound;

/**
 * The graph explorer: the actor-funding graph of a workspace under a live filter, started
 * from a search or from the whole graph, expanded one hop at a time; layouts computed in the
 * background; paths between two selected actors; follow the money from one; communities and
 * brokers; named diagrams; PNG and SVG export with a legend; undo for moves and layouts.
 */
class GraphExplorer : public QWidget
{
    Q_OBJECT

public:
    enum class SizeBy
    {
        PageRank,
        Received,
        Given,
        Uniform
    };
    enum class ColourBy
    {
        Schema,
        Community,
        Brokers
    };

    explicit GraphExplorer(QWidget* parent = nullptr);
    ~GraphExplorer() override;

    /** Shows this workspace's graph (not owned; nullptr clears the view). */
    void setWorkspace(store::Workspace* workspace);
    store::Workspace* workspace() const { return m_ws; }

    /** Adds an actor (any id of a merged group) with its neighbours, selects and centres it. */
    void showActor(const QString& id);
    /** Adds an actor's neighbours under the filter (one hop, either direction). */
    void expand(const QString& id);
    /** Shows every actor under the filter and lays them out. */
    void showWholeGraph();
    void clearView();
    /** Reads the graph again (after an import or an edit), keeping what is shown. */
    void refresh() { scheduleReload(); }

    /** Selects these actors (in order: the first two are a path's ends). */
    void select(const QStringList& ids);
    void setDateRange(int fromYear, int toYear);
    void setMinimumAmount(double amount);
    void setSizeBy(SizeBy mode);
    void setColourBy(ColourBy mode);
    void runLayout(graph::LayoutKind kind);
    void setPinned(const QStringList& ids, bool pinned);

    /** Writes the current view with its legend as PNG (3x) or SVG, by the file's suffix. */
    bool exportView(const QString& path, QString* error = nullptr);
    /**
     * Saves the view as a named diagram: the actors shown, their places and pins, and every
     * filter and style choice (dates, undated, minimum amount and grading, sensitivity,
     * relationship types, datasets, size, colour, layout, legend).
     */
    bool saveDiagram(const QString& name, QString* error = nullptr);
    /** Restores a diagram saved by saveDiagram (older ones without the newer choices too). */
    bool loadDiagram(const QString& name, QString* error = nullptr);
    bool renameDiagram(const QString& from, const QString& to, QString* error = nullptr);
    bool deleteDiagram(const QString& name, QString* error = nullptr);
    /** The diagram shown ("" for an unsaved view). */
    QString currentDiagram() const;

    /** The filter the view is under (what the timeline uses when it follows the explorer). */
    GraphQuery currentQuery() const;
    /** The filter in words, e.g. "2019–2020; amounts from 35,000; values up to Internal". */
    QString filterSummary() const;

    /** True while paths, flows or payments are computed in the background. */
    bool isComputing() const;
    /** Background results thrown away because the selection changed before they arrived. */
    int staleResultsDropped() const { return m_staleDropped; }

    bool isLoading() const;
    bool isLayoutRunning() const;
    const GraphScene& scene() const { return m_scene; }
    GraphCanvas* canvas() const { return m_canvas; }
    QUndoStack* undoStack() const { return m_undo; }
    QTreeWidget* pathTree() const { return m_pathTree; }
    QTreeWidget* flowTree() const { return m_flowTree; }
    QTreeWidget* paymentTree() const { return m_paymentTree; }
    const GraphData* data() const { return m_data.get(); }
    QString statusText() const;
    /** The side panel (selection, paths, follow the money): F9 or the toolbar toggles it. */
    void setSidePanelShown(bool shown);
    bool sidePanelShown() const;

signals:
    /** A person asked to see an entity (an actor or a payment) in detail. */
    void entityRequested(const QString& id);
    /** A person asked for the money-flow timeline of an actor. */
    void timelineRequested(const QString& id);
    /** The actor selected last (when the selection changed and holds one). */
    void actorSelected(const QString& id);
    /** A projection finished loading (after the workspace or the filter changed). */
    void graphLoaded();
    void layoutFinished();

private:
    void createWidgets();
    QWidget* createFilterPanel();
    QWidget* createSidePanel();
    void scheduleReload();
    void reload();
    void loaded();
    void rebuildScene();
    void applyStyle();
    void updateLegend();
    void updateStatus();
    void updateSelectionPanels();
    void updateDateLabels();
    void computePaths(const QString& from, const QString& to);
    void showPaths(const PathsFound& found);
    void computeFlows(const QString& id);
    bool showFlows(const QString& id, bool up, const Result<graph::FlowResult>& flows);
    void showPayments(QTreeWidgetItem* item);
    void renameDiagramDialog();
    void deleteDiagramDialog();
    void applyPendingDates();
    /** Runs `work` on a worker thread; `done` runs on the UI thread unless a newer job of the
     * same kind started meanwhile (then the result is dropped). `work` is handed a flag that
     * a newer job of the kind, Stop or the explorer's end sets: it should return soon then. */
    template <typename T>
    void runSideJob(int kind, std::function<T(const std::atomic<bool>& cancel)> work,
                    std::function<void(T&)> done);
    /** Asks every running side job to stop (its result, if any, is dropped). */
    void cancelSideJobs();
    /** Drops (and stops) the running job of one kind: its result is no longer wanted. */
    void dropSideJob(int kind);
    void updateSideBusy();
    void highlightPath(const QStringList& vertices, const QStringList& edges);
    void ensureVisible(const QStringList& ids, QPointF near);
    void searchAndAdd();
    void nodesMoved(const QStringList& ids, const QList<QPointF>& from, const QList<QPointF>& to);
    void contextMenu(const QString& id, QPoint globalPos);
    void hideNodes(const QStringList& ids);
    void layoutDone();
    void requestAnalyses();
    void refreshDiagrams();
    void exportDialog();
    void saveDiagramDialog();
    QString resolve(const QString& id) const;
    QString caption(const QString& id) const;
    QPointF freeSpotNear(QPointF centre, double radius, int k, int count) const;
    QString filterDescription() const;

public:
    /** Positions in world units (used by the undo commands). */
    void setPositions(const QStringList& ids, const QList<QPointF>& positions);

private:
    store::Workspace* m_ws = nullptr;
    GraphScene m_scene;
    GraphCanvas* m_canvas = nullptr;
    std::shared_ptr<GraphData> m_data;
    int m_yearMin = 0, m_yearMax = 0;

    QStringList m_visible;
    QSet<QString> m_visibleSet;
    bool m_whole = false;
    QHash<QString, QPointF> m_positions;
    QSet<QString> m_pinned;
    QStringList m_pathNodes, m_pathEdges;
    QString m_pendingShow;
    bool m_layoutAfterLoad = false;

    // Communities and betweenness for the current projection, computed when asked for.
    std::vector<std::uint32_t> m_community;
    std::vector<double> m_betweenness;
    const graph::Projection* m_analysedFor = nullptr;
    QFutureWatcher<void> m_analysisWatcher;

    QTimer m_reloadTimer;
    QFutureWatcher<void> m_loadWatcher;
    std::shared_ptr<Result<GraphData>> m_loadResult;
    std::atomic<bool> m_cancelLoad{false};
    bool m_reloadPending = false;
    bool m_loading = false;      // from the start of a load until loaded() ran
    bool m_layoutActive = false; // from runLayout() until layoutDone() ran

    QFutureWatcher<void> m_layoutWatcher;
    std::shared_ptr<Result<std::vector<graph::Point>>> m_layoutResult;
    QStringList m_layoutIds;
    QString m_layoutName;
    std::atomic<int> m_layoutDone{0}, m_layoutTotal{0};
    std::atomic<bool> m_cancelLayout{false};
    QTimer m_progressTimer;

    QUndoStack* m_undo = nullptr;

    // Toolbar
    QLineEdit* m_search = nullptr;
    QComboBox* m_layoutKind = nullptr;
    QComboBox* m_sizeBy = nullptr;
    QComboBox* m_colourBy = nullptr;
    QCheckBox* m_legend = nullptr;
    QComboBox* m_diagrams = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancelButton = nullptr;
    QLabel* m_status = nullptr;

    // Filter
    QSlider* m_fromYear = nullptr;
    QSlider* m_toYear = nullptr;
    QLabel* m_dateLabel = nullptr;
    QCheckBox* m_undated = nullptr;
    QDoubleSpinBox* m_minAmount = nullptr;
    QComboBox* m_minGrading = nullptr;
    QListWidget* m_schemata = nullptr;
    QListWidget* m_datasets = nullptr;
    QComboBox* m_sensitivity = nullptr;

    // Dates of a diagram opened before the graph's years were known.
    std::optional<std::pair<int, int>> m_pendingDates;

    // Paths, flows and payments computed in the background: the latest job of each kind wins.
    std::array<quint64, 3> m_sideSerial{};
    std::array<int, 3> m_sideRunning{};
    std::array<std::shared_ptr<std::atomic<bool>>, 3> m_sideCancel{};
    std::shared_ptr<ReadConnection> m_reader;
    QList<QFuture<void>> m_sideFutures;
    int m_staleDropped = 0;
    QString m_lastSelected;
    QTimer m_sideBusyTimer;
    QProgressBar* m_sideProgress = nullptr;
    QToolButton* m_sideStop = nullptr;

    // Side panel
    QWidget* m_sidePanel = nullptr; ///< the tabs and their busy bar
    QAction* m_sidePanelAction = nullptr;
    QTabWidget* m_side = nullptr;
    QLabel* m_selectionLabel = nullptr;
    QSpinBox* m_maxHops = nullptr;
    QCheckBox* m_eitherDirection = nullptr;
    QTreeWidget* m_pathTree = nullptr;
    QSpinBox* m_flowDepth = nullptr;
    QTreeWidget* m_flowTree = nullptr;
    QTreeWidget* m_paymentTree = nullptr;
};

} // namespace commonplace::ui
