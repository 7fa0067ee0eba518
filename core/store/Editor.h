// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "store/Types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commonplace::model {
class Model;
}

namespace commonplace::store {

class Workspace;

/** One statement row exactly as stored, so that removing it can be undone identically. */
struct StoredStatement
{
    std::int64_t id = 0;
    std::string hash; ///< the 16-byte statement hash, as bytes
    std::int64_t entityRowid = 0;
    std::string entity; ///< the entity's id
    std::string prop;
    std::string value;
    bool isReference = false;
    std::optional<std::string> lang;
    std::int64_t datasetRowid = 0;
    std::string dataset;
    std::optional<std::int64_t> sourceRowid;
    std::string sourceKey; ///< empty when the value cites no source
    std::optional<std::string> firstSeen;
    std::optional<std::string> lastSeen;
    Sensitivity sensitivity = Sensitivity::Public;
};

/** A value to add to an entity: the value in its clean or raw form and its provenance. */
struct ValueInput
{
    std::string entity; ///< entity id
    std::string prop;
    std::string value; ///< cleaned by its type (country names become codes) then validated
    std::string dataset;
    std::string sourceKey; ///< optional
    std::string lang;      ///< optional
    Sensitivity sensitivity = Sensitivity::Public;
};

/** A value replaced by another (an edit): undo removes `after` and restores `before`. */
struct ValueChange
{
    StoredStatement before;
    StoredStatement after;
};

/** An entity as stored: its row, its statements and the findings that name it. */
struct EntitySnapshot
{
    std::int64_t rowid = 0;
    std::string id;
    std::string schema;
    std::optional<std::int64_t> canonicalRowid;
    std::optional<std::string> caption;
    std::optional<std::string> extra;
    std::optional<std::string> sortKey; ///< bytes of the collation key
    std::vector<StoredStatement> statements;
    std::vector<std::int64_t> findingRowids; ///< finding_entity links
};

/** A source with its Admiralty grading. Empty optional text fields are stored as NULL. */
struct SourceRecord
{
    std::int64_t rowid = 0; ///< 0 for a new source
    std::string key;        ///< generated when empty on creation
    std::string dataset;    ///< empty: the source belongs to no dataset
    std::string title;
    std::string url;
    std::string publisher;
    std::string published;   ///< ISO date prefix
    std::string retrieved;   ///< ISO date prefix
    std::string reliability; ///< "A".."F" or empty
    int credibility = 0;     ///< 1..6 or 0 for unknown
    std::string attachmentSha256;
    std::string attachmentName;
    Sensitivity sensitivity = Sensitivity::Public;
    std::string notes;
};

/** A taxonomy entry: a tactic or a theme. */
struct TaxonomyEntry
{
    std::int64_t rowid = 0;
    std::string kind; ///< "tactic" or "theme"
    std::string key;
    std::string label;
    std::string description;
};

/** A finding with its links, as stored or as to be stored. */
struct FindingRecord
{
    std::int64_t rowid = 0; ///< 0 for a new finding
    std::string key;        ///< generated when empty on creation
    std::string title;
    std::string date; ///< ISO date prefix or empty
    std::string text;
    std::string country; ///< ISO code (a name is accepted on input) or empty
    std::string theme;   ///< taxonomy key of a theme, or empty
    std::string author;
    std::string dataset;
    Sensitivity sensitivity = Sensitivity::Public;
    std::string createdAt; ///< kept so a restored finding is identical; set by the store
    std::vector<std::string> entities; ///< entity ids
    std::vector<std::string> sources;  ///< source keys
    std::vector<std::string> tactics;  ///< taxonomy keys of tactics
};

/** A new entity to create with a finding (an actor typed in, or the relationship). */
struct NewEntity
{
    std::string id; ///< generated when empty; kept so that redo recreates the same id
    std::string schema;
    /** property -> raw value; entity references may name another NewEntity's id. */
    std::vector<std::pair<std::string, std::string>> values;
};

/** A source to create with a finding, with the bytes of its attached file (may be empty). */
struct NewSource
{
    SourceRecord record;
    std::string attachment;     ///< file contents; stored and hashed when not empty
    std::string attachmentMime; ///< optional
};

/**
 * Everything the "record a finding" form produces, written in one transaction: new sources,
 * new entities (actors, a relationship), the finding linking them. Every statement written
 * cites the finding's first source. Ids left empty are generated and written back, so that
 * recording the same draft again (redo) recreates the same records.
 */
struct FindingDraft
{
    FindingRecord finding;
    std::vector<NewSource> newSources;     ///< added to finding.sources
    std::vector<NewEntity> newEntities;    ///< actors: added to finding.entities
    std::optional<NewEntity> relationship; ///< added to finding.entities
};

/** What recording a draft created, so that it can be removed exactly. */
struct RecordedFinding
{
    std::string findingKey;
    std::vector<std::string> entityIds;
    std::vector<std::string> sourceKeys;
    std::vector<std::string> attachments; ///< sha256 of attachments this call stored
    std::vector<std::string> datasets;    ///< datasets this call created
};

/** What attaching a file to an existing source changed, so that it can be undone exactly. */
struct AttachedFile
{
    std::string sourceKey;
    std::string sha256;         ///< the file now linked
    std::string name;           ///< its name as linked
    std::string previousSha256; ///< the link before (empty: none)
    std::string previousName;
    bool stored = false; ///< the bytes were not in the workspace before this call
};

/** Values to set on an existing entity: each property named gets exactly the values listed
 * for it (an empty value alone removes them all); other properties are left alone. */
struct EntityValues
{
    std::string entity;                                      ///< entity id
    std::vector<std::pair<std::string, std::string>> values; ///< property -> raw value
};

/**
 * What the finding editor changes, written in one transaction: the finding's fields and links
 * to existing records as `finding` has them (by key), plus new sources, new actors and a new
 * relationship created and linked (as when recording), plus values set on existing entities
 * (the relationship the finding establishes). New values cite the finding's first source.
 * Ids left empty are generated and written back, so that redo recreates the same records.
 */
struct FindingAmendment
{
    FindingRecord finding;
    std::vector<NewSource> newSources;
    std::vector<NewEntity> newEntities;
    std::optional<NewEntity> relationship;
    std::vector<EntityValues> values;
};

/** What amending a finding did, so that unamendFinding() puts everything back exactly. */
struct AmendedFinding
{
    FindingRecord before;                       ///< fields and links as they were
    RecordedFinding created;                    ///< records the amendment created
    std::vector<StoredStatement> removedValues; ///< of existing entities, for restoring
    std::vector<std::int64_t> addedValues;      ///< statement ids added to existing entities
};

/**
 * The workspace's mutation API: every call is one transaction that commits before it returns
 * (nothing is lost if the program is killed afterwards) and leaves the workspace unchanged
 * when it returns an error. Each call returns what its inverse needs, for undo.
 */
class Editor
{
public:
    /** Attachments larger than this are refused. */
    static constexpr std::int64_t kMaxAttachmentBytes = 64 * 1024 * 1024;

    explicit Editor(Workspace& ws, const model::Model& model);

    // Entities and values

    /** Creates an entity of a concrete schema with an id (generated when empty). */
    Result<std::string> createEntity(std::string_view schema, std::string_view id = {});
    /** Validates and adds a value; returns the stored row. Error if it is already there. */
    Result<StoredStatement> addValue(const ValueInput& input);
    /** Removes one statement; returns its full row for restoreValue(). */
    Result<StoredStatement> removeValue(std::int64_t statementId);
    /** Puts a removed statement back exactly as it was (same id, hash, provenance). */
    Status restoreValue(const StoredStatement& row);
    /** Replaces a statement's value, keeping its provenance; the new value is validated. */
    Result<ValueChange> replaceValue(std::int64_t statementId, std::string_view newValue);
    /** Undoes replaceValue(): removes `after`, restores `before`. */
    Status revertValue(const ValueChange& change);
    /**
     * Deletes an entity and its statements. Refused, with a message naming them, while other
     * entities reference it or it is part of a merged group.
     */
    Result<EntitySnapshot> deleteEntity(std::string_view id);
    /** Puts a deleted entity back exactly (row, statements, finding links, search entry). */
    Status restoreEntity(const EntitySnapshot& snapshot);

    // Findings

    /** Records a draft (see FindingDraft); `draft`'s empty ids are filled in. */
    Result<RecordedFinding> recordFinding(FindingDraft& draft);
    /** Removes what recordFinding() created. Error if something else now cites a new source. */
    Status unrecordFinding(const RecordedFinding& recorded);
    /**
     * Changes an existing finding as its editor asks (see FindingAmendment); `amendment`'s
     * empty ids are filled in. Refused, with nothing written, when any part is invalid.
     */
    Result<AmendedFinding> amendFinding(FindingAmendment& amendment);
    /**
     * Undoes amendFinding(): restores the removed values, the finding's fields and links, and
     * removes what it created. Refused when something else now cites or references those.
     */
    Status unamendFinding(const AmendedFinding& amended);
    /** Creates a finding linking existing entities, sources and tactics. Returns it stored. */
    Result<FindingRecord> createFinding(const FindingRecord& finding);
    /** Replaces a finding's fields and links; returns the record as it was before. */
    Result<FindingRecord> updateFinding(const FindingRecord& finding);
    /** Deletes a finding; returns it for restoreFinding(). */
    Result<FindingRecord> deleteFinding(std::string_view key);
    /** Puts a deleted finding back with the same key, row id and creation time. */
    Status restoreFinding(const FindingRecord& finding);

    // Sources

    /** Creates a source (key generated when empty); returns it stored. */
    Result<SourceRecord> createSource(const SourceRecord& source);
    /** Replaces a source's fields (by key); returns the record as it was before. */
    Result<SourceRecord> updateSource(const SourceRecord& source);
    /** Deletes a source; refused with a message saying what cites it. */
    Result<SourceRecord> deleteSource(std::string_view key);
    /** Puts a deleted source back with the same key and row id. */
    Status restoreSource(const SourceRecord& source);

    /**
     * Stores a file's bytes in the workspace under their SHA-256 (lower-case hex, returned).
     * Refused above kMaxAttachmentBytes; storing the same bytes twice keeps one copy.
     */
    Result<std::string> storeAttachment(std::string_view bytes, std::string_view name,
                                        std::string_view mime = {});
    /** Reads a file and stores it; errors name the file. */
    Result<std::string> storeAttachmentFile(const std::string& path);
    /** Removes an attachment no source refers to (undo of storing it); no-op otherwise. */
    Status removeUnusedAttachment(std::string_view sha256);
    /**
     * Attaches a file to an existing source, in one transaction: stores the bytes (refused
     * above kMaxAttachmentBytes) and links them, replacing the file it had. Returns what
     * detachFile() needs; reattachFile() does it again (redo).
     */
    Result<AttachedFile> attachFile(std::string_view sourceKey, std::string_view bytes,
                                    std::string_view name);
    /**
     * Undoes attachFile() exactly: the source links the file it had before (or none) and bytes
     * that call stored are removed when nothing else refers to them. Refused when the source
     * no longer links the attached file (changed since).
     */
    Status detachFile(const AttachedFile& attached);
    /**
     * Redoes attachFile() from what it returned; `bytes` (the file's) store it again when
     * detachFile() removed it. Refused when the source changed since the undo.
     */
    Status reattachFile(const AttachedFile& attached, std::string_view bytes = {});

    // Taxonomy

    /** Adds a tactic or theme; the key is derived from the label when empty. */
    Result<TaxonomyEntry> addTaxonomy(std::string_view kind, std::string_view label,
                                      std::string_view key = {}, std::string_view description = {});
    /** Renames an entry (label and description); returns it as it was before. */
    Result<TaxonomyEntry> renameTaxonomy(std::int64_t rowid, std::string_view label,
                                         std::string_view description);
    /** Removes an entry; refused while findings use it. */
    Result<TaxonomyEntry> removeTaxonomy(std::int64_t rowid);
    /** Puts a removed entry back with the same row id. */
    Status restoreTaxonomy(const TaxonomyEntry& entry);

    /** A fresh random id with a prefix ("cp-3f9a..."). */
    static std::string newId(std::string_view prefix);

private:
    Workspace& m_ws;
    const model::Model& m_model;
};

} // namespace commonplace::store
