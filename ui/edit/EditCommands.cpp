// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/EditCommands.h"

#include "model/Model.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace commonplace::ui {

namespace {
QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}
} // namespace

EditCommand::EditCommand(store::Workspace* ws, const QString& text)
    : QUndoCommand(text)
    , m_ws(ws)
{}

store::Editor EditCommand::editor() const
{
    return store::Editor(*m_ws, model::Model::builtin());
}

Status EditCommand::apply()
{
    Status st = doApply();
    if (st) {
        m_applied = true;
        m_skipRedo = true;
        emit EditEvents::instance()->changed();
    }
    return st;
}

void EditCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    // Pushed without apply(): this is the first application.
    Status st = m_applied ? doRedo() : doApply();
    m_applied = true;
    if (!st) {
        setObsolete(true);
        emit EditEvents::instance()->failed(
            QCoreApplication::translate("EditCommand", "Cannot redo \"%1\": %2")
                .arg(text(), qs(st.error().message)));
    }
    emit EditEvents::instance()->changed();
}

void EditCommand::undo()
{
    if (Status st = doUndo(); !st) {
        setObsolete(true);
        emit EditEvents::instance()->failed(
            QCoreApplication::translate("EditCommand", "Cannot undo \"%1\": %2")
                .arg(text(), qs(st.error().message)));
    }
    emit EditEvents::instance()->changed();
}

EditEvents* EditEvents::instance()
{
    static EditEvents* events = new EditEvents;
    return events;
}

QString pushEdit(QUndoStack* stack, EditCommand* command)
{
    Status st = command->apply();
    if (!st) {
        delete command;
        return qs(st.error().message);
    }
    if (stack)
        stack->push(command); // redo() skips: the edit is already applied
    else
        delete command;
    return {};
}

// Findings ----------------------------------------------------------------------------------

RecordFindingCommand::RecordFindingCommand(store::Workspace* ws, store::FindingDraft draft)
    : EditCommand(ws, QCoreApplication::translate("EditCommand", "Record finding \"%1\"")
                          .arg(qs(draft.finding.title)))
    , m_draft(std::move(draft))
{}

Status RecordFindingCommand::doApply()
{
    auto r = editor().recordFinding(m_draft);
    if (!r)
        return r.error();
    m_recorded = std::move(*r);
    return {};
}

Status RecordFindingCommand::doUndo()
{
    return editor().unrecordFinding(m_recorded);
}

UpdateFindingCommand::UpdateFindingCommand(store::Workspace* ws, store::FindingRecord finding)
    : EditCommand(
          ws,
          QCoreApplication::translate("EditCommand", "Edit finding \"%1\"").arg(qs(finding.title)))
    , m_after(std::move(finding))
{}

Status UpdateFindingCommand::doApply()
{
    auto r = editor().updateFinding(m_after);
    if (!r)
        return r.error();
    m_before = std::move(*r);
    return {};
}

Status UpdateFindingCommand::doUndo()
{
    auto r = editor().updateFinding(m_before);
    if (!r)
        return r.error();
    return {};
}

AmendFindingCommand::AmendFindingCommand(store::Workspace* ws, store::FindingAmendment amendment)
    : EditCommand(ws, QCoreApplication::translate("EditCommand", "Edit finding \"%1\"")
                          .arg(qs(amendment.finding.title)))
    , m_amendment(std::move(amendment))
{}

Status AmendFindingCommand::doApply()
{
    auto r = editor().amendFinding(m_amendment);
    if (!r)
        return r.error();
    m_done = std::move(*r);
    return {};
}

Status AmendFindingCommand::doUndo()
{
    return editor().unamendFinding(m_done);
}

DeleteFindingCommand::DeleteFindingCommand(store::Workspace* ws, std::string key)
    : EditCommand(ws, QCoreApplication::translate("EditCommand", "Delete finding"))
    , m_key(std::move(key))
{}

Status DeleteFindingCommand::doApply()
{
    auto r = editor().deleteFinding(m_key);
    if (!r)
        return r.error();
    m_deleted = std::move(*r);
    setText(QCoreApplication::translate("EditCommand", "Delete finding \"%1\"")
                .arg(qs(m_deleted.title)));
    return {};
}

Status DeleteFindingCommand::doUndo()
{
    return editor().restoreFinding(m_deleted);
}

// Values and entities -----------------------------------------------------------------------

AddValueCommand::AddValueCommand(store::Workspace* ws, store::ValueInput input)
    : EditCommand(ws, QCoreApplication::translate("EditCommand", "Add %1 \"%2\"")
                          .arg(qs(input.prop), qs(input.value)))
    , m_input(std::move(input))
{}

Status AddValueCommand::doApply()
{
    auto r = editor().addValue(m_input);
    if (!r)
        return r.error();
    m_added = std::move(*r);
    return {};
}

Status AddValueCommand::doRedo()
{
    return editor().restoreValue(m_added);
}

Status AddValueCommand::doUndo()
{
    auto r = editor().removeValue(m_added.id);
    if (!r)
        return r.error();
    return {};
}

RemoveValueCommand::RemoveValueCommand(store::Workspace* ws, std::int64_t statementId)
    : EditCommand(ws, QCoreApplication::translate("EditCommand", "Remove value"))
    , m_id(statementId)
{}

Status RemoveValueCommand::doApply()
{
    auto r = editor().removeValue(m_id);
    if (!r)
        return r.error();
    m_removed = std::move(*r);
    setText(QCoreApplication::translate("EditCommand", "Remove %1 \"%2\"")
                .arg(qs(m_removed.prop), qs(m_removed.value)));
    return {};
}

Status RemoveValueCommand::doUndo()
{
    return editor().restoreValue(m_removed);
}

ReplaceValueCommand::ReplaceValueCommand(store::Workspace* ws, std::int64_t statementId,
                                         std::string value)
    : EditCommand(ws, QCoreApplication::translate("EditCommand", "Edit value"))
    , m_id(statementId)
    , m_value(std::move(value))
{}

Status ReplaceValueCommand::doApply()
{
    auto r = editor().replaceValue(m_id, m_value);
    if (!r)
        return r.error();
    m_change = std::move(*r);
    setText(QCoreApplication::translate("EditCommand", "Edit %1 \"%2\"")
                .arg(qs(m_change.before.prop), qs(m_change.after.value)));
    return {};
}

Status ReplaceValueCommand::doRedo()
{
    // Redo puts the changed value back exactly: remove `before`, restore `after`.
    store::ValueChange inverse{m_change.after, m_change.before};
    return editor().revertValue(inverse);
}

Status ReplaceValueCommand::doUndo()
{
    return editor().revertValue(m_change);
}

bool ReplaceValueCommand::mergeWith(const QUndoCommand* other)
{
    if (other->id() != id())
        return false;
    const auto* next = static_cast<const ReplaceValueCommand*>(other);
    // Only a further edit of the value this command produced is the same typing session.
    if (next->m_change.before.id != m_change.after.id)
        return false;
    m_change.after = next->m_change.after;
    m_value = next->m_value;
    setText(next->text());
    if (m_change.after.value == m_change.before.value)
        setObsolete(true);
    return true;
}

CreateEntityCommand::CreateEntityCommand(store::Workspace* ws, std::string schema,
                                         std::vector<store::ValueInput> values)
    : EditCommand(ws, QCoreApplication::translate("EditCommand", "Create %1").arg(qs(schema)))
    , m_schema(std::move(schema))
    , m_values(std::move(values))
{}

Status CreateEntityCommand::doApply()
{
    // One transaction would be better; an entity with a failed value is removed again.
    store::Editor e = editor();
    auto id = e.createEntity(m_schema, m_id);
    if (!id)
        return id.error();
    m_id = *id;
    for (auto& v : m_values) {
        v.entity = m_id;
        if (auto r = e.addValue(v); !r) {
            (void)e.deleteEntity(m_id);
            return r.error();
        }
    }
    return {};
}

Status CreateEntityCommand::doUndo()
{
    auto r = editor().deleteEntity(m_id);
    if (!r)
        return r.error();
    return {};
}

DeleteEntityCommand::DeleteEntityCommand(store::Workspace* ws, std::string id)
    : EditCommand(ws, QCoreApplication::translate("EditCommand", "Delete entity"))
    , m_id(std::move(id))
{}

Status DeleteEntityCommand::doApply()
{
    auto r = editor().deleteEntity(m_id);
    if (!r)
        return r.error();
    m_snapshot = std::move(*r);
    setText(QCoreApplication::translate("EditCommand", "Delete \"%1\"")
                .arg(qs(m_snapshot.caption.value_or(m_id))));
    return {};
}

Status DeleteEntityCommand::doUndo()
{
    return editor().restoreEntity(m_snapshot);
}

// Sources -----------------------------------------------------------------------------------

CreateSourceCommand::CreateSourceCommand(store::Workspace* ws, store::SourceRecord source,
                                         std::string attachment)
    : EditCommand(
          ws, QCoreApplication::translate("EditCommand", "Add source \"%1\"").arg(qs(source.title)))
    , m_source(std::move(source))
    , m_attachment(std::move(attachment))
{}

Status CreateSourceCommand::doApply()
{
    store::Editor e = editor();
    if (!m_attachment.empty()) {
        auto sha = e.storeAttachment(m_attachment, m_source.attachmentName);
        if (!sha)
            return sha.error();
        m_source.attachmentSha256 = *sha;
        m_storedAttachment = true;
    }
    if (m_source.rowid > 0) // redo: the same row again
        return e.restoreSource(m_source);
    auto r = e.createSource(m_source);
    if (!r) {
        if (m_storedAttachment)
            (void)e.removeUnusedAttachment(m_source.attachmentSha256);
        return r.error();
    }
    m_source = std::move(*r);
    return {};
}

Status CreateSourceCommand::doUndo()
{
    store::Editor e = editor();
    auto r = e.deleteSource(m_source.key);
    if (!r)
        return r.error();
    if (m_storedAttachment)
        return e.removeUnusedAttachment(m_source.attachmentSha256);
    return {};
}

UpdateSourceCommand::UpdateSourceCommand(store::Workspace* ws, store::SourceRecord source)
    : EditCommand(
          ws,
          QCoreApplication::translate("EditCommand", "Edit source \"%1\"").arg(qs(source.title)))
    , m_after(std::move(source))
{}

Status UpdateSourceCommand::doApply()
{
    auto r = editor().updateSource(m_after);
    if (!r)
        return r.error();
    m_before = std::move(*r);
    return {};
}

Status UpdateSourceCommand::doUndo()
{
    auto r = editor().updateSource(m_before);
    if (!r)
        return r.error();
    return {};
}

AttachFileCommand::AttachFileCommand(store::Workspace* ws, std::string sourceKey, std::string bytes,
                                     std::string name)
    : EditCommand(
          ws, QCoreApplication::translate("EditCommand", "Attach \"%1\" to a source").arg(qs(name)))
    , m_key(std::move(sourceKey))
    , m_bytes(std::move(bytes))
    , m_name(std::move(name))
{}

Status AttachFileCommand::doApply()
{
    auto r = editor().attachFile(m_key, m_bytes, m_name);
    if (!r)
        return r.error();
    m_attached = std::move(*r);
    return {};
}

Status AttachFileCommand::doRedo()
{
    return editor().reattachFile(m_attached, m_bytes);
}

Status AttachFileCommand::doUndo()
{
    return editor().detachFile(m_attached);
}

DeleteSourceCommand::DeleteSourceCommand(store::Workspace* ws, std::string key)
    : EditCommand(ws, QCoreApplication::translate("EditCommand", "Delete source"))
    , m_key(std::move(key))
{}

Status DeleteSourceCommand::doApply()
{
    auto r = editor().deleteSource(m_key);
    if (!r)
        return r.error();
    m_deleted = std::move(*r);
    setText(QCoreApplication::translate("EditCommand", "Delete source \"%1\"")
                .arg(qs(m_deleted.title)));
    return {};
}

Status DeleteSourceCommand::doUndo()
{
    return editor().restoreSource(m_deleted);
}

// Taxonomy ----------------------------------------------------------------------------------

AddTaxonomyCommand::AddTaxonomyCommand(store::Workspace* ws, std::string kind, std::string label)
    : EditCommand(ws, QCoreApplication::translate("EditCommand", "Add \"%1\"").arg(qs(label)))
    , m_kind(std::move(kind))
    , m_label(std::move(label))
{}

Status AddTaxonomyCommand::doApply()
{
    auto r = editor().addTaxonomy(m_kind, m_label);
    if (!r)
        return r.error();
    m_added = std::move(*r);
    return {};
}

Status AddTaxonomyCommand::doRedo()
{
    return editor().restoreTaxonomy(m_added);
}

Status AddTaxonomyCommand::doUndo()
{
    auto r = editor().removeTaxonomy(m_added.rowid);
    if (!r)
        return r.error();
    return {};
}

RenameTaxonomyCommand::RenameTaxonomyCommand(store::Workspace* ws, std::int64_t rowid,
                                             std::string label, std::string description)
    : EditCommand(ws, QCoreApplication::translate("EditCommand", "Rename to \"%1\"").arg(qs(label)))
    , m_rowid(rowid)
    , m_label(std::move(label))
    , m_description(std::move(description))
{}

Status RenameTaxonomyCommand::doApply()
{
    auto r = editor().renameTaxonomy(m_rowid, m_label, m_description);
    if (!r)
        return r.error();
    m_before = std::move(*r);
    return {};
}

Status RenameTaxonomyCommand::doUndo()
{
    auto r = editor().renameTaxonomy(m_rowid, m_before.label, m_before.description);
    if (!r)
        return r.error();
    return {};
}

RemoveTaxonomyCommand::RemoveTaxonomyCommand(store::Workspace* ws, std::int64_t rowid)
    : EditCommand(ws, QCoreApplication::translate("EditCommand", "Remove tactic or theme"))
    , m_rowid(rowid)
{}

Status RemoveTaxonomyCommand::doApply()
{
    auto r = editor().removeTaxonomy(m_rowid);
    if (!r)
        return r.error();
    m_removed = std::move(*r);
    setText(QCoreApplication::translate("EditCommand", "Remove \"%1\"").arg(qs(m_removed.label)));
    return {};
}

Status RemoveTaxonomyCommand::doUndo()
{
    return editor().restoreTaxonomy(m_removed);
}

} // namespace commonplace::ui
