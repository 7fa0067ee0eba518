// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Vfs.h"
#include "store/Types.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace commonplace::ui {

class SearchWorker;

/**
 * The global search (Ctrl+K): a box over the window that searches names, aliases, finding
 * text and sources as you type, results grouped by kind (actors, relationships, findings,
 * sources). Up/Down move through the results, Enter opens one, Escape closes.
 */
class SearchPopup : public QFrame
{
    Q_OBJECT

public:
    explicit SearchPopup(QWidget* parent);

    /** The workspace file to search (empty: none); opened by the worker's own connection. */
    void setWorkspacePath(const QString& path, crypto::DataKeyHandle key = {});
    /** Shows the popup over its parent with the search text selected. */
    void popup();
    QLineEdit* lineEdit() const { return m_edit; }
    QTreeWidget* results() const { return m_results; }
    SearchWorker* worker() const { return m_worker; }
    /** Searches the text in the box now rather than after the typing pause. */
    void searchNow();
    /** True when the results shown are those of the text in the box. */
    bool isUpToDate() const;

    static constexpr int kPerGroup = 8;

signals:
    /** The user chose a result: kind is "entity", "finding" or "source". */
    void activated(const QString& kind, const QString& key);
    /** Results of the text in the box are shown. */
    void resultsShown();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void textChanged();
    void showResults(quint64 serial, const QString& text, const store::SearchGroups& groups,
                     double milliseconds);
    void activate(QTreeWidgetItem* item);
    void moveSelection(int delta);
    void place();

    SearchWorker* m_worker = nullptr;
    QLineEdit* m_edit = nullptr;
    QTreeWidget* m_results = nullptr;
    QLabel* m_status = nullptr;
    QTimer m_delay;
    QString m_shownText;
    quint64 m_pending = 0;
    /**
     * Enter was pressed before the results caught up with the typing: open the selected result
     * when the results of the text in the box arrive. Cleared when they arrive, when that
     * search fails, when the text changes and when the popup closes, so a search that failed
     * never opens something later.
     */
    bool m_openWhenShown = false;
};

} // namespace commonplace::ui
