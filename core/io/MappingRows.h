// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Mapping.h"
#include "model/Values.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commonplace::io {

/** A problem with one row (or the header) under a mapping: where, and what. */
struct RowIssue
{
    std::uint64_t line = 0; ///< physical line of the row (the header's line for a missing column)
    std::string column;     ///< the column concerned, if one is
    std::string entity;     ///< the entity mapping concerned
    std::string property;   ///< the property concerned, if one is
    std::string message;    ///< says all of the above in words
    bool error = false;     ///< the import would fail (not just drop a value or an entity)
    bool literal = false;   ///< about a constant of the mapping: the same for every row
};

/** One cleaned value a row gives a property of an entity. */
struct MappedValue
{
    const PropertyMapping* mapping = nullptr;
    std::string value;
    bool fromColumn = false; ///< a link read from a cell (an id), not made with "entity"
};

/** One entity a row makes: which entity mapping, its id, and its values in `MappedRow::values`. */
struct MappedEntity
{
    std::size_t entity = 0; ///< index into QueryMapping::entities
    std::string id;
    std::size_t valuesBegin = 0;
    std::size_t valuesEnd = 0;
};

/** What one row becomes (reused from row to row to spare allocations). */
struct MappedRow
{
    std::vector<MappedEntity> entities; ///< in the order of the mapping, those the row makes
    std::vector<MappedValue> values;
};

/**
 * The row logic of a CSV import, one copy for the importer and for the mapping editor's
 * checks and preview, so that they cannot disagree: a query bound to a file's header, which
 * rows it reads (filters, field counts), and the entities and cleaned values each row makes.
 */
class RowMapper
{
public:
    /**
     * Binds query `queryIndex` of `mapping` to `header`. Every column the query reads that the
     * header lacks, or has more than once, is a problem (an error on `headerLine`); the mapper
     * is usable only when there are none. `delimiter` is what the file is read with, for hints.
     */
    RowMapper(const Mapping& mapping, std::size_t queryIndex,
              const std::vector<std::string>& header, std::uint64_t headerLine, char delimiter);

    /** The header problems found by the constructor (empty: the mapper is ready). */
    const std::vector<RowIssue>& headerProblems() const { return m_headerProblems; }

    const QueryMapping& query() const { return *m_query; }

    /**
     * Why a row cannot be read, or nullopt: more fields than the header has, unless the extra
     * ones are all empty (trailing delimiters).
     */
    std::optional<std::string> checkWidth(const std::vector<std::string_view>& row) const;

    /** Whether the query's filters let the row through. */
    bool passes(const std::vector<std::string_view>& row) const;

    /**
     * Maps one row into `out`. Returns false, with `failure` filled, when the import must stop
     * here (a required property without a usable value). With `issues`, also reports what the
     * import does silently: entities not made (all keys empty) and values dropped because they
     * do not clean to their property's type.
     */
    bool map(const std::vector<std::string_view>& row, std::uint64_t line, MappedRow& out,
             RowIssue& failure, std::vector<RowIssue>* issues = nullptr) const;

private:
    struct Segment
    {
        std::string text; ///< literal text, when column < 0
        int column = -1;
    };
    struct BoundProperty
    {
        const PropertyMapping* mapping = nullptr;
        std::vector<int> columns;
        std::vector<Segment> segments; ///< the template, cut at its placeholders
        model::CleanOptions clean;
    };
    struct BoundEntity
    {
        const EntityMapping* mapping = nullptr;
        std::vector<int> keyColumns;
        std::vector<BoundProperty> properties;
    };
    struct BoundFilter
    {
        int column = -1;
        const std::vector<std::string>* values = nullptr;
        bool negate = false;
    };

    void addRaw(const BoundProperty& bp, const EntityMapping& em, std::string_view raw,
                const std::string* column, std::uint64_t line, std::size_t from, MappedRow& out,
                std::vector<RowIssue>* issues) const;

    const Mapping* m_mapping = nullptr;
    const QueryMapping* m_query = nullptr;
    std::size_t m_headerSize = 0;
    char m_delimiter = ',';
    std::vector<RowIssue> m_headerProblems;
    std::vector<BoundEntity> m_entities;
    std::vector<BoundFilter> m_filters;
    // Scratch space, reused from row to row.
    mutable std::vector<std::optional<std::string>> m_ids;
    mutable std::vector<std::string_view> m_keyValues;
    mutable std::string m_text;
};

/** "tab" or "','": a delimiter as error messages name it. */
std::string delimiterName(char delimiter);

} // namespace commonplace::io
