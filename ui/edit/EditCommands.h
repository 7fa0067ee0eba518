// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "store/Editor.h"

#include <QObject>
#include <QString>
#include <QUndoCommand>

class QUndoStack;

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

/**
 * One edit of the workspace as an undoable command over store::Editor. The edit is applied
 * (and committed) before the command goes on the stack, so a refused edit never reaches the
 * stack; redo() re-applies it, undo() applies its inverse. When a later undo or redo fails
 * (the workspace changed meanwhile), the command makes itself obsolete and reports the error
 * through EditEvents.
 */
class EditCommand : public QUndoCommand
{
public:
    explicit EditCommand(store::Workspace* ws, const QString& text);

    /** Applies the edit the first time; on success redo() skips its first call. */
    Status apply();

    void redo() final;
    void undo() final;

protected:
    virtual Status doApply() = 0;
    virtual Status doRedo() { return doApply(); }
    virtual Status doUndo() = 0;
    store::Editor editor() const;
    store::Workspace* m_ws;

private:
    bool m_applied = false;
    bool m_skipRedo = false;
};

/** Errors from undo/redo and every completed edit, for the views and the status bar. */
class EditEvents : public QObject
{
    Q_OBJECT

public:
    static EditEvents* instance();

signals:
    /** An undo or redo could not be applied; the command was dropped from the stack. */
    void failed(const QString& message);
    /** The workspace was changed by an edit, an undo or a redo. */
    void changed();
};

/**
 * Applies `command` and pushes it on `stack` (or deletes it without a stack, for tests and
 * tools). Returns the error message, empty on success; the command is deleted on error.
 */
QString pushEdit(QUndoStack* stack, EditCommand* command);

class RecordFindingCommand : public EditCommand
{
public:
    RecordFindingCommand(store::Workspace* ws, store::FindingDraft draft);
    const store::FindingDraft& draft() const { return m_draft; }
    QString findingKey() const { return QString::fromStdString(m_draft.finding.key); }

protected:
    Status doApply() override;
    Status doUndo() override;

private:
    store::FindingDraft m_draft;
    store::RecordedFinding m_recorded;
};

class UpdateFindingCommand : public EditCommand
{
public:
    UpdateFindingCommand(store::Workspace* ws, store::FindingRecord finding);

protected:
    Status doApply() override;
    Status doUndo() override;

private:
    store::FindingRecord m_after, m_before;
};

/**
 * The finding editor's save: fields, links added and removed, new actors, sources and a
 * relationship, values of the relationship; all one step, undone exactly.
 */
class AmendFindingCommand : public EditCommand
{
public:
    AmendFindingCommand(store::Workspace* ws, store::FindingAmendment amendment);
    const store::FindingAmendment& amendment() const { return m_amendment; }

protected:
    Status doApply() override;
    Status doUndo() override;

private:
    store::FindingAmendment m_amendment;
    store::AmendedFinding m_done;
};

class DeleteFindingCommand : public EditCommand
{
public:
    DeleteFindingCommand(store::Workspace* ws, std::string key);

protected:
    Status doApply() override;
    Status doUndo() override;

private:
    std::string m_key;
    store::FindingRecord m_deleted;
};

class AddValueCommand : public EditCommand
{
public:
    AddValueCommand(store::Workspace* ws, store::ValueInput input);
    const store::StoredStatement& added() const { return m_added; }

protected:
    Status doApply() override;
    Status doRedo() override;
    Status doUndo() override;

private:
    store::ValueInput m_input;
    store::StoredStatement m_added;
};

class RemoveValueCommand : public EditCommand
{
public:
    RemoveValueCommand(store::Workspace* ws, std::int64_t statementId);

protected:
    Status doApply() override;
    Status doUndo() override;

private:
    std::int64_t m_id;
    store::StoredStatement m_removed;
};

/** A value replaced by another; consecutive edits of the same value merge into one. */
class ReplaceValueCommand : public EditCommand
{
public:
    static constexpr int kId = 0x4356; // "CV"
    ReplaceValueCommand(store::Workspace* ws, std::int64_t statementId, std::string value);
    const store::ValueChange& change() const { return m_change; }

    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

protected:
    Status doApply() override;
    Status doRedo() override;
    Status doUndo() override;

private:
    std::int64_t m_id;
    std::string m_value;
    store::ValueChange m_change;
};

class CreateEntityCommand : public EditCommand
{
public:
    CreateEntityCommand(store::Workspace* ws, std::string schema,
                        std::vector<store::ValueInput> values);
    QString entityId() const { return QString::fromStdString(m_id); }

protected:
    Status doApply() override;
    Status doUndo() override;

private:
    std::string m_schema, m_id;
    std::vector<store::ValueInput> m_values;
};

class DeleteEntityCommand : public EditCommand
{
public:
    DeleteEntityCommand(store::Workspace* ws, std::string id);

protected:
    Status doApply() override;
    Status doUndo() override;

private:
    std::string m_id;
    store::EntitySnapshot m_snapshot;
};

class CreateSourceCommand : public EditCommand
{
public:
    CreateSourceCommand(store::Workspace* ws, store::SourceRecord source,
                        std::string attachment = {});
    QString sourceKey() const { return QString::fromStdString(m_source.key); }

protected:
    Status doApply() override;
    Status doUndo() override;

private:
    store::SourceRecord m_source;
    std::string m_attachment;
    bool m_storedAttachment = false;
};

class UpdateSourceCommand : public EditCommand
{
public:
    UpdateSourceCommand(store::Workspace* ws, store::SourceRecord source);

protected:
    Status doApply() override;
    Status doUndo() override;

private:
    store::SourceRecord m_after, m_before;
};

/** Attaches a file to an existing source; undo links the file it had before (or none). */
class AttachFileCommand : public EditCommand
{
public:
    AttachFileCommand(store::Workspace* ws, std::string sourceKey, std::string bytes,
                      std::string name);
    const store::AttachedFile& attached() const { return m_attached; }

protected:
    Status doApply() override;
    Status doRedo() override;
    Status doUndo() override;

private:
    std::string m_key, m_bytes, m_name;
    store::AttachedFile m_attached;
};

class DeleteSourceCommand : public EditCommand
{
public:
    DeleteSourceCommand(store::Workspace* ws, std::string key);

protected:
    Status doApply() override;
    Status doUndo() override;

private:
    std::string m_key;
    store::SourceRecord m_deleted;
};

class AddTaxonomyCommand : public EditCommand
{
public:
    AddTaxonomyCommand(store::Workspace* ws, std::string kind, std::string label);

protected:
    Status doApply() override;
    Status doRedo() override;
    Status doUndo() override;

private:
    std::string m_kind, m_label;
    store::TaxonomyEntry m_added;
};

class RenameTaxonomyCommand : public EditCommand
{
public:
    RenameTaxonomyCommand(store::Workspace* ws, std::int64_t rowid, std::string label,
                          std::string description);

protected:
    Status doApply() override;
    Status doUndo() override;

private:
    std::int64_t m_rowid;
    std::string m_label, m_description;
    store::TaxonomyEntry m_before;
};

class RemoveTaxonomyCommand : public EditCommand
{
public:
    RemoveTaxonomyCommand(store::Workspace* ws, std::int64_t rowid);

protected:
    Status doApply() override;
    Status doUndo() override;

private:
    std::int64_t m_rowid;
    store::TaxonomyEntry m_removed;
};

} // namespace commonplace::ui
