// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Types.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

class SuggestField;

/**
 * Edits one entity, driven by the model: its values grouped by property, each with where it
 * came from (dataset, source, grading, sensitivity). F2 or a double click edits a value in
 * place (typing edits of one value merge into one undo step), Delete removes it, and the row
 * below adds a value with an editor for the property's type: a date, a country by name, an
 * entity by name, a URL, a number, a long text. Every change is an undoable command.
 */
class EntityEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EntityEditor(QWidget* parent = nullptr);

    void setWorkspace(store::Workspace* workspace);
    void setUndoStack(QUndoStack* stack);
    /** Shows an entity for editing; an empty id clears the editor. */
    void showEntity(const QString& id);
    void reload();
    QString currentEntityId() const { return m_id; }
    /** The name shown for the entity. */
    QString currentCaption() const;

    /** Selects a property in the add row (by name); false when the schema has none such. */
    bool selectProperty(const QString& property);
    /** The message of the last refused edit; empty after a successful one. */
    QString errorText() const;
    QTreeWidget* valueTree() const { return m_values; }
    /** Hides the entity's name and type (when the pane around it shows them). */
    void setHeaderVisible(bool visible);
    /** Puts the keyboard focus on the values (the first one selected). */
    void focusValues();
    /** Typing not written yet: a value typed in the add row, or a value being edited in place. */
    bool hasUncommittedInput() const;
    /** Writes that typing (commits the in-place edit, adds the typed value); false if refused. */
    bool commitInput();
    /** Throws that typing away. */
    void discardInput();

signals:
    void entityRequested(const QString& id);
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void propertyChanged();
    void addValue();
    void removeCurrentValue();
    void valueEdited(QTreeWidgetItem* item, int column);
    void deleteEntity();
    void showError(const QString& text);
    QString valueText() const;
    QWidget* openValueEditor() const;

    store::Workspace* m_ws = nullptr;
    QPointer<QUndoStack> m_stack;
    QString m_id;
    std::string m_schema;
    bool m_filling = false;

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QTreeWidget* m_values = nullptr;
    QComboBox* m_property = nullptr;
    QWidget* m_valuePage = nullptr; ///< the value editor shown: line, entity or text
    QLineEdit* m_valueLine = nullptr;
    SuggestField* m_valueEntity = nullptr;
    QPlainTextEdit* m_valueText = nullptr;
    QLabel* m_valueHint = nullptr;
    QComboBox* m_dataset = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_sensitivity = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_status = nullptr;
    QListWidget* m_findings = nullptr;
    QString m_entityValueId;
};

} // namespace commonplace::ui
