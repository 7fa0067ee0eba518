// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "match/Match.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QListView;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeWidget;
class QTabWidget;

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

class PairComparisonModel;
class ReviewQueueModel;

/**
 * The review queue: candidate pairs from the matcher, best first. Each pair is shown side by
 * side (values with their sources, agreeing values and conflicts marked), with its score and
 * what made it; Y, N and U judge it (through match::Resolver, as `commonplace-cli judge`)
 * and move on. Merged entities are listed with their parts and can be unmerged.
 */
class MergeReview : public QWidget
{
    Q_OBJECT

public:
    explicit MergeReview(QWidget* parent = nullptr);
    ~MergeReview() override;

    /** Not owned; nullptr clears. Judging writes to this workspace. */
    void setWorkspace(store::Workspace* workspace);
    /** Looks for candidates in the background (also done when a workspace is set). */
    void findCandidates();
    bool isSearching() const { return m_searching; }

    /** Judges the current pair and moves to the next one not yet judged. */
    bool judgeCurrent(match::Judgement judgement);
    void skip();
    bool unmerge(const QString& id);

    /** Every candidate found (the whole queue; the list shows it page by page). */
    int candidateCount() const { return int(m_items.size()); }
    /** Rows the queue list has loaded so far (it loads more as it is scrolled). */
    int loadedRows() const;
    int judgedCount() const;
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    /** The current pair's ids (empty when none). */
    QStringList currentPair() const;
    PairComparisonModel* comparisonModel() const { return m_model; }
    QString message() const;

signals:
    void entityRequested(const QString& id);
    /** A judgement or an unmerge changed the workspace. */
    void workspaceChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
public:
    struct Item
    {
        match::Candidate candidate;
        QString leftCaption, rightCaption; ///< read when first shown
        std::optional<match::Judgement> judged;
    };
    /** The captions of a candidate, read from the workspace the first time they are asked for. */
    const Item& captioned(int index) const;

private:
    void searched();
    void showCurrent();
    void fillQueue();
    void updateProgress();
    void refreshMerged();
    bool handleKey(int key);

    void judgedChanged(int index);

    store::Workspace* m_ws = nullptr;
    mutable std::vector<Item> m_items;
    int m_current = -1;

    QFutureWatcher<void> m_watcher;
    std::shared_ptr<Result<std::vector<Item>>> m_result;
    std::atomic<bool> m_cancel{false};
    bool m_searching = false;

    QTabWidget* m_tabs = nullptr;
    QListView* m_queue = nullptr;
    ReviewQueueModel* m_queueModel = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_leftTitle = nullptr;
    QLabel* m_rightTitle = nullptr;
    QLabel* m_score = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_mergedNote = nullptr;
    QPushButton* m_unmergeCurrent = nullptr;
    QTreeWidget* m_features = nullptr;
    QTableView* m_table = nullptr;
    PairComparisonModel* m_model = nullptr;
    QTreeWidget* m_merged = nullptr;
    QList<QPushButton*> m_judgeButtons;
};

} // namespace commonplace::ui
