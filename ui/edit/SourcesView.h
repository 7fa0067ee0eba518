// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTreeWidget;
class QUndoStack;

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

class SourceTableModel;

/**
 * The sources of a workspace: a lazily loaded table with their Admiralty grading and how much
 * cites each; the selected source in an editor (title, URL, publisher, dates, reliability A-F,
 * credibility 1-6, sensitivity, notes, attached file) with everything that cites it: findings
 * and values. New, Save and Delete are undoable; a cited source cannot be deleted.
 */
class SourcesView : public QWidget
{
    Q_OBJECT

public:
    explicit SourcesView(QWidget* parent = nullptr);

    void setWorkspace(store::Workspace* workspace);
    void setUndoStack(QUndoStack* stack);
    void reload();
    /** Selects a source and shows it with what cites it. */
    void showSource(const QString& key);
    QString currentKey() const { return m_key; }

    SourceTableModel* model() const { return m_model; }
    QTreeWidget* citations() const { return m_cites; }
    QString errorText() const;
    /**
     * Reads a file to attach to the source shown; it is attached when the source is saved
     * (for an existing source, one undoable step with the edit). False, with the reason
     * shown, when it cannot be read or is too large.
     */
    bool attachFileAt(const QString& path);

signals:
    void entityRequested(const QString& id);
    void findingRequested(const QString& key);
    void changed();

protected:
    /** A page hidden while edits happened reads the workspace again when shown. */
    void showEvent(QShowEvent* event) override;

private:
    bool m_stale = false;
    void currentChanged();
    void fill();
    void save();
    void newSource();
    void deleteSource();
    void attachFile();
    void showError(const QString& text);

    store::Workspace* m_ws = nullptr;
    QPointer<QUndoStack> m_stack;
    QString m_key;
    SourceTableModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QTimer m_searchTimer;

    QLineEdit* m_title = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_publisher = nullptr;
    QLineEdit* m_published = nullptr;
    QLineEdit* m_retrieved = nullptr;
    QComboBox* m_reliability = nullptr;
    QComboBox* m_credibility = nullptr;
    QComboBox* m_sensitivity = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_attachment = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_cites = nullptr;
    std::string m_pendingAttachment;
    QString m_pendingAttachmentName;
};

} // namespace commonplace::ui
