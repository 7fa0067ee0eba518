// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "io/CsvReader.h"
#include "model/Model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commonplace::io {

/**
 * Where one property's values come from in a CSV row: columns and literals, a template, or
 * another entity of the same query. See docs/formats.md, "CSV mapping files".
 */
struct PropertyMapping
{
    const model::Property* property = nullptr;
    std::vector<std::string> columns;         ///< "column" / "columns"
    std::vector<std::string> literals;        ///< "literal" / "literals"
    std::optional<std::string> pattern;       ///< "template": text with {{Column}} placeholders
    std::vector<std::string> templateColumns; ///< the columns the template names
    std::string entity;                       ///< "entity": name of another entity in the query
    int entityIndex = -1;                     ///< that entity's index in QueryMapping::entities
    std::string format;                       ///< "format": strptime-like date format
    std::string split;                        ///< "split": separator of several values in one cell
    std::optional<std::string> join;          ///< "join": glue the values into one
    bool required = false;                    ///< "required": an empty value is an error
    std::uint64_t line = 0;                   ///< where the mapping file defines it
};

/** One entity made from each row: its schema, how its id is computed, its properties. */
struct EntityMapping
{
    std::string name;
    const model::Schema* schema = nullptr;
    std::vector<std::string> keys; ///< "key" / "keys": columns hashed into the id
    std::string keyLiteral;        ///< "key_literal": hashed before the key values
    std::vector<PropertyMapping> properties;
    std::uint64_t line = 0;
};

/** Rows are used when `column` holds one of `values` ("filters") or none ("filters_not"). */
struct ColumnFilter
{
    std::string column;
    std::vector<std::string> values;
    std::uint64_t line = 0;
};

/**
 * A "description" key: free text for people, which the import ignores but a saved mapping
 * keeps. A string is held as its text; any other JSON value as its JSON text.
 */
struct Description
{
    std::optional<std::string> text; ///< the string, when the value is one
    std::string json;                ///< the value's JSON text, when it is not a string

    bool empty() const { return !text && json.empty(); }
    friend bool operator==(const Description&, const Description&) = default;
};

/** One pass over the CSV file: which rows, and the entities each row becomes. */
struct QueryMapping
{
    std::vector<ColumnFilter> filters;
    std::vector<ColumnFilter> filtersNot;
    std::optional<char> delimiter;       ///< "delimiter"; unset means ',' (tab for .tsv files)
    std::optional<CsvEncoding> encoding; ///< "encoding"; unset means UTF-8
    /** "header": false when the first row is data; columns are then named "1", "2", ... */
    bool header = true;
    Description description; ///< "description": kept and written back, never read
    std::vector<EntityMapping> entities;
    std::uint64_t line = 0;
};

/** A column a query reads, with what reads it, for checking a CSV header against. */
struct ColumnUse
{
    std::string column;
    std::string usedBy; ///< "key of entity 'donor'", "property 'name' of entity 'party'", ...
    std::uint64_t line = 0;
};

/**
 * A parsed and checked mapping file. Schemata and properties exist in the model, entity
 * references name entities of the same query whose schema fits the property's range.
 */
struct Mapping
{
    std::string path;
    /** "key_prefix": hashed first into every id; FollowTheMoney uses the dataset name. */
    std::string keyPrefix;
    Description description; ///< "description"
    std::vector<QueryMapping> queries;
};

/**
 * Parses a mapping from JSON text. Errors name `path` and, where it can be found, the line
 * of the offending part ("donations.json:14: unknown schema 'Organisation' ...").
 */
Result<Mapping> parseMapping(std::string_view json, const std::string& path,
                             const model::Model& model = model::Model::builtin());

/** Reads and parses a mapping file (at most 4 MiB). */
Result<Mapping> loadMapping(const std::string& path,
                            const model::Model& model = model::Model::builtin());

/**
 * The mapping as JSON text in the documented format (two-space indents, entities and
 * properties in their order). parseMapping() of the text gives the same mapping back; the
 * `line` fields and `path` are not written.
 */
std::string mappingToJson(const Mapping& mapping);

/** Writes mappingToJson() to `path` atomically (a failed save leaves no partial file). */
Status saveMapping(const Mapping& mapping, const std::string& path);

/** Names of the columns of a file without a header row: "1", "2", ... "n". */
std::vector<std::string> numberedColumns(std::size_t n);

/** Every column `query` reads (keys, property sources, template placeholders, filters). */
std::vector<ColumnUse> columnsUsed(const QueryMapping& query);

/**
 * The id of an entity for one row, computed as FollowTheMoney's mapper does: SHA-1 over
 * `keyPrefix`, `keyLiteral`, then the key values stripped of white space, empty ones left
 * out, sorted bytewise. nullopt when every key value is empty (the row makes no entity).
 */
std::optional<std::string> computeEntityId(std::string_view keyPrefix, std::string_view keyLiteral,
                                           std::vector<std::string_view> keyValues);

/** Strips white space at both ends as Python's str.strip() does (all Unicode spaces). */
std::string_view stripPython(std::string_view s);

} // namespace commonplace::io
