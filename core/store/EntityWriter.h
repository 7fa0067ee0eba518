// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "model/Model.h"
#include "store/Latin.h"
#include "store/SortKey.h"
#include "store/Sqlite.h"
#include "store/Types.h"
#include "store/Workspace.h"
#include "util/DigestSet.h"

#include <array>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace commonplace::store {

/** One property value to write, with its provenance. */
struct NewStatement
{
    std::int64_t entityRowid = 0;
    std::string_view entityId;
    std::string_view prop;
    std::string_view value;
    bool isReference = false; ///< entity-typed property
    std::string_view lang;
    std::int64_t datasetRowid = 0;
    std::string_view datasetName;
    std::optional<std::int64_t> sourceRowid;
    std::string_view firstSeen;
    std::string_view lastSeen;
    Sensitivity sensitivity = Sensitivity::Public;
};

/**
 * The write path for entities and statements, with statements prepared once. Callers wrap
 * a whole operation in a Transaction; nothing here commits. Statement ids are stable hashes
 * of (dataset, entity, property, value), so writing the same value twice changes nothing.
 */
class EntityWriter
{
public:
    explicit EntityWriter(Workspace& ws);
    Status prepare();

    Result<std::int64_t> datasetId(std::string_view name);

    struct EntityState
    {
        std::int64_t rowid = 0;
        std::string schema; ///< the schema stored before this call (the new one if created)
        bool created = false;
    };
    /** Finds or creates the entity; `extraJson` (a JSON object, may be empty) replaces the kept
     * keys when not empty. */
    Result<EntityState> upsertEntity(std::string_view id, std::string_view schema,
                                     std::string_view extraJson, std::string_view caption = {});
    Status setSchema(std::int64_t rowid, std::string_view schema);
    /** Schema of an entity by id, or empty when there is none. */
    Result<std::string> schemaOf(std::string_view id);

    /** Inserts a statement; returns true when it was new. */
    Result<bool> addStatement(const NewStatement& s);

    /** Sets the source of an entity's statements in a dataset that have none yet. */
    Status citeSource(std::int64_t entityRowid, std::int64_t datasetRowid,
                      std::int64_t sourceRowid);

    /**
     * Writes caption and search text of an entity from its values. `fresh` means the entity
     * has no search row yet (a new entity), which saves a delete.
     */
    Status writeDerived(std::int64_t rowid, const model::Schema& schema,
                        const std::vector<std::pair<std::string_view, std::string_view>>& values,
                        bool fresh);
    /**
     * Bulk mode for large imports, inside the caller's transaction: drops the secondary indexes
     * so rows are appended, and endBulk() removes duplicate statements (those already stored,
     * and repeats within the import) and rebuilds the indexes over sorted data. While in bulk
     * mode, addStatement() knows repeats within the import but not values stored before it:
     * endBulk() removes those and returns how many there were.
     */
    Status beginBulk(std::uint64_t expectedStatements);
    Result<std::uint64_t> endBulk();
    bool inBulk() const { return m_bulk; }

    /** Writes only the search text of a new entity (its caption was given at creation). */
    Status writeSearch(std::int64_t rowid, const model::Schema& schema,
                       const std::vector<std::pair<std::string_view, std::string_view>>& values,
                       bool fresh);

    /** The caption FtM shows: the first value of the first caption property that has one. */
    static std::string_view
    captionOf(const model::Schema& schema,
              const std::vector<std::pair<std::string_view, std::string_view>>& values);

    /**
     * Recomputes caption and search text of each entity from its stored statements (entities
     * that got values after they were first written). Unknown schemata are skipped.
     */
    Status refreshDerived(const std::unordered_set<std::int64_t>& rowids,
                          const model::Model& model);

    /**
     * Recomputes caption and search text from the stored statements. When the caption of an
     * entity changes, the computed captions of the relationships that name it ("Ownership: A →
     * B") are recomputed too, with their sort keys and search rows.
     */
    Status refreshDerived(std::int64_t rowid, const model::Schema& schema);

    /**
     * The caption of a relationship that has none of its own: "Payment: payer → beneficiary"
     * with the names of the entities at its ends (their ids when they are not stored). Empty
     * for schemata that are not relationships.
     */
    std::string
    relationshipCaption(const model::Schema& schema,
                        const std::vector<std::pair<std::string_view, std::string_view>>& values);

    /**
     * True when some entity has no sort key, the keys were made by another collation, or the
     * Latin search forms of entities stored before schema 4 are not all written yet.
     */
    static bool sortKeysStale(const Workspace& ws);
    /**
     * Computes the sort keys (and relationship captions) missing from the workspace, then the
     * Latin search forms (entity_latin) of entities stored before schema 4, in batches each
     * committed on its own (derived data: stopping half way loses nothing, the next call goes
     * on). `progress(done, total)` returning false stops early; returns false then.
     */
    Result<bool> fillSortKeys(const std::function<bool(std::int64_t, std::int64_t)>& progress);

private:
    Workspace& m_ws;
    sqlite3* m_db;
    Query m_findEntity, m_insertEntity, m_updateExtra, m_updateSchema, m_insertStatement,
        m_insertFts, m_deleteFts, m_updateCaption, m_statementsOf, m_findDataset, m_insertDataset,
        m_cite, m_captionOfKey, m_insertLatin, m_deleteLatin, m_keyAndCaption, m_dependents;
    SortKey m_sortKey;
    std::unique_ptr<LatinForm> m_latin; // made on first use (an ICU transliterator)
    LatinForm& latin();
    /** Writes the entity_latin row of an entity from its names (none for ASCII names). */
    Status writeLatin(std::int64_t rowid, std::string_view names, bool fresh);
    /** Recomputes computed captions of the relationships that reference `key`. */
    Status refreshDependents(std::string_view key);
    Result<bool> fillLatin(const std::function<bool(std::int64_t, std::int64_t)>& progress,
                           std::int64_t doneBefore, std::int64_t total);
    bool m_captionUnresolved = false;
    /** Relationships whose caption names an end not stored yet (by id, for now). */
    std::unordered_set<std::int64_t> m_unresolvedCaptions;
    /** Sets caption (NULL when empty) and the sort key of what the entity shows as its name. */
    Status storeCaption(std::int64_t rowid, const model::Schema& schema, std::string_view caption,
                        const std::vector<std::pair<std::string_view, std::string_view>>& values);
    std::unordered_map<std::string, std::int64_t> m_datasets;
    bool m_bulk = false;
    util::DigestSet m_bulkSeen;
    std::int64_t m_bulkFirstStatement = 0;
    std::string m_names, m_text; // scratch buffers
};

} // namespace commonplace::store
