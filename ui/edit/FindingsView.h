// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

class FindingForm;
class FindingTableModel;

/**
 * The findings of a workspace: a lazily loaded table (title, date, country, theme, sensitivity,
 * number of sources) with search as you type, sorted by the store; the selected finding opens
 * in an editor beside it. Delete removes the selected finding (undoably).
 */
class FindingsView : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsView(QWidget* parent = nullptr);

    void setWorkspace(store::Workspace* workspace);
    void setUndoStack(QUndoStack* stack);
    /** Re-reads the list (keeps the selection when it still exists). */
    void reload();
    /** Selects a finding and opens it in the editor. */
    void showFinding(const QString& key);
    /**
     * Before the window leaves the page or the workspace: when the finding being edited has
     * changes not saved, asks Save / Discard / Cancel. False: stay (Cancel, or a refused save).
     */
    bool mayLeave();

    FindingTableModel* model() const { return m_model; }
    FindingForm* editor() const { return m_form; }
    QTableView* table() const { return m_table; }

signals:
    void entityRequested(const QString& id);
    void changed();

protected:
    /** A page hidden while edits happened reads the workspace again when shown. */
    void showEvent(QShowEvent* event) override;

private:
    bool m_stale = false;
    void openCurrent();
    void deleteCurrent();
    void updateCount();

    store::Workspace* m_ws = nullptr;
    QPointer<QUndoStack> m_stack;
    FindingTableModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    FindingForm* m_form = nullptr;
    QTimer m_searchTimer;
};

} // namespace commonplace::ui
