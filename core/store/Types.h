// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commonplace::store {

/** How far a value may travel: public < coalition < internal < restricted. */
enum class Sensitivity : int
{
    Public = 0,
    Coalition = 1,
    Internal = 2,
    Restricted = 3
};

std::optional<Sensitivity> parseSensitivity(std::string_view text);
std::string_view toString(Sensitivity s);

/** One property value of an entity and where it came from. */
struct StatementRow
{
    std::int64_t id = 0;
    std::string entity; ///< the id of the entity that holds it (a member, in a merged view)
    std::string prop;
    std::string value;
    std::string lang;
    std::string dataset;
    std::string sourceKey; ///< empty when the value cites no source
    std::string sourceTitle;
    std::string reliability; ///< Admiralty A-F, empty when unknown
    int credibility = 0;     ///< Admiralty 1-6, 0 when unknown
    std::string firstSeen;
    std::string lastSeen;
    Sensitivity sensitivity = Sensitivity::Public;
};

struct EntityRow
{
    std::int64_t rowid = 0;
    std::string id; ///< the entity's id as in FtM files
    std::string schema;
    std::string caption;
    std::string canonicalId; ///< empty unless merged into another entity
    std::string sortKey;     ///< the collation key of the caption (bytes), for keyset paging
};

/** An entity pointing at another through an entity-typed property. */
struct ReferenceRow
{
    std::string id;
    std::string schema;
    std::string caption;
    std::string prop; ///< the property of the referencing entity
};

struct EntityDetail
{
    EntityRow entity;
    std::string extraJson; ///< top-level FtM keys kept verbatim (caption, datasets, ...)
    std::vector<StatementRow> statements;
    std::vector<ReferenceRow> referencedBy;
    /**
     * A merged entity's whole group, the canonical member first, then by id; empty when the
     * entity is not merged. The detail then covers the group: `entity.schema` is the members'
     * narrowest schema, `statements` are every member's (each naming its `entity`), and
     * `referencedBy` lists references to any member.
     */
    std::vector<EntityRow> members;
};

struct Stats
{
    std::int64_t entities = 0;          ///< entity rows, merged or not
    std::int64_t canonicalEntities = 0; ///< entities once each merged group counts as one
    std::int64_t statements = 0;
    std::int64_t sources = 0;
    std::int64_t findings = 0;
    std::map<std::string, std::int64_t> schemata;
    std::map<std::string, std::int64_t> datasets; ///< entities with a value from the dataset
};

struct SearchHit
{
    std::string id;
    std::string schema;
    std::string caption;
    std::string snippet; ///< the matching name or text
    double rank = 0;
};

/** Global search results, grouped by kind, each group best first. */
struct SearchGroups
{
    std::vector<SearchHit> actors;        ///< entities that are not relationships
    std::vector<SearchHit> relationships; ///< Payment, Ownership, ... (schema has an edge)
    std::vector<SearchHit> findings;      ///< id is the finding's key, caption its title
    std::vector<SearchHit> sources;       ///< id is the source's key, caption its title
};

struct DatasetRow
{
    std::int64_t rowid = 0;
    std::string name;
    std::string label;
    std::int64_t statements = 0;
};

/** Which entities a list shows: all schemata when `schemata` is empty. */
struct EntityFilter
{
    std::string text;                  ///< search text; empty for all
    std::vector<std::string> schemata; ///< exact schema names
    std::string dataset;
};

enum class EntitySort
{
    Caption, ///< by the collation key of the name (any script), then by row
    Schema,  ///< by schema, then as Caption
    Id
};

enum class SortOrder
{
    Ascending,
    Descending
};

} // namespace commonplace::store
