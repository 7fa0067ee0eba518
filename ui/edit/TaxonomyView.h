// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QUndoStack;

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

/**
 * The tactics and themes of the taxonomy: add (type a label, Return), rename in place (F2),
 * remove (Delete; refused while findings use it). Each shows how many findings use it.
 */
class TaxonomyView : public QWidget
{
    Q_OBJECT

public:
    explicit TaxonomyView(QWidget* parent = nullptr);

    void setWorkspace(store::Workspace* workspace);
    void setUndoStack(QUndoStack* stack);
    void reload();
    QString errorText() const;

signals:
    void changed();

protected:
    /** A page hidden while edits happened reads the workspace again when shown. */
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_stale = false;
    void add(const char* kind);
    void remove(const char* kind);
    void showError(const QString& text);

    store::Workspace* m_ws = nullptr;
    QPointer<QUndoStack> m_stack;
    bool m_filling = false;
    QLabel* m_status = nullptr;
    QListWidget* m_tactics = nullptr;
    QListWidget* m_themes = nullptr;
    QLineEdit* m_newTactic = nullptr;
    QLineEdit* m_newTheme = nullptr;
};

} // namespace commonplace::ui
