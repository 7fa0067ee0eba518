// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class QModelIndex;

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

class StatementTableModel;

/**
 * One entity in full: its name, type and id, its values with where each came from (dataset,
 * source, grading, sensitivity), and the entities that point at it. References are links:
 * clicking one asks to open that entity.
 *
 * With an editor set (setEditor), the Edit toggle in the header turns the values into that
 * editor in place, for the entity shown and the ones shown after it, until toggled off.
 */
class EntityDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit EntityDetailView(QWidget* parent = nullptr);

    /** The workspace to read from (not owned); clears the view. */
    void setWorkspace(const store::Workspace* workspace);
    /**
     * Shows an entity; an empty id clears the view. Re-reads it even if already shown. Another
     * entity than the one shown runs the leave check first: false when it said to stay.
     */
    bool showEntity(const QString& id);
    /**
     * Asked before another entity replaces the one shown (a selection, a link, Back; not a
     * workspace change, which the window checks itself). It may ask the person (Save / Discard
     * / Cancel) and returns false to stay.
     */
    void setLeaveCheck(std::function<bool()> check);
    /** Re-reads the shown entity, e.g. after an import added values to it. */
    void reload();
    QString currentEntityId() const { return m_currentId; }
    StatementTableModel* statementModel() const { return m_statements; }

    /**
     * The widget that edits the entity shown (not owned before: the view takes it). While
     * editing, it replaces the values and references below the header, and editRequested()
     * is emitted for each entity shown.
     */
    void setEditor(QWidget* editor);
    QWidget* editor() const { return m_editor; }
    bool isEditing() const;
    /** Turns the editor on or off (off shows the values read-only, read again). */
    void setEditing(bool on);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    /** The user followed a reference or a "referenced by" entry to the entity `id`. */
    void entityRequested(const QString& id);
    /** The user asked to edit the entity shown (or, while editing, another was shown). */
    void editRequested(const QString& id);
    /** The Edit toggle changed. */
    void editingChanged(bool on);

private:
    void showPlaceholder(const QString& text);
    /** Whether the entity shown may give way to `id` (runs the leave check). */
    bool mayLeave(const QString& id);
    /** Shows `id` without asking. */
    void display(const QString& id);
    void statementClicked(const QModelIndex& index);
    void referenceClicked(QTreeWidgetItem* item);
    void requestEntity(const QString& id);
    void goBack();

    const store::Workspace* m_workspace = nullptr;
    QString m_currentId;
    QStringList m_history;
    std::function<bool()> m_leaveCheck;
    QElapsedTimer m_lastRequest;
    QTimer m_rowHeightTimer;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QToolButton* m_backButton = nullptr;
    QToolButton* m_editButton = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_valuesHeading = nullptr;
    QStackedWidget* m_body = nullptr; ///< read-only values, or the editor
    QWidget* m_readOnly = nullptr;
    QWidget* m_editor = nullptr;
    QWidget* m_editorArea = nullptr; ///< the scroll area around the editor
    QTableView* m_statementView = nullptr;
    StatementTableModel* m_statements = nullptr;
    QWidget* m_referencesPane = nullptr;
    QLabel* m_referencedHeading = nullptr;
    QTreeWidget* m_referencedBy = nullptr;
};

} // namespace commonplace::ui
