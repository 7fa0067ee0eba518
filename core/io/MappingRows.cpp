// SPDX-License-Identifier: GPL-3.0-or-later
// The row logic of a CSV import, shared by the importer (CsvImport.cpp) and the mapping
// editor's checks (MappingPreview.cpp): one copy, so the preview shows what the import does.
#include "io/MappingRows.h"

#include <cctype>
#include <unordered_map>
#include <unordered_set>

namespace commonplace::io {

namespace {

std::string inQuotes(std::string_view s)
{
    return "'" + std::string(s) + "'";
}

// ASCII case-insensitive equality, for "did you mean" hints.
bool sameIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

std::string describeBadValue(const model::Property& property, std::string_view value,
                             const std::string& format)
{
    std::string v = inQuotes(value);
    switch (property.type->kind) {
    case model::TypeKind::Date:
        if (format.empty())
            return v + " is not an ISO date such as 2021-02-16 (give the column a date format)";
        return v + " is not a date in the format " + inQuotes(format);
    case model::TypeKind::Country:
        return v + " is not a country the model knows (a name or an ISO code)";
    case model::TypeKind::Number:
        return v + " is not a number";
    case model::TypeKind::Language:
        return v + " is not a language code the model knows";
    case model::TypeKind::Gender:
        return v + " is not a gender the model knows (male, female, other)";
    default:
        return v + " is not a valid " + property.type->label + " value";
    }
}

std::string_view cell(const std::vector<std::string_view>& row, int column)
{
    return column >= 0 && std::size_t(column) < row.size() ? row[std::size_t(column)]
                                                           : std::string_view();
}

} // namespace

std::string delimiterName(char d)
{
    if (d == '\t')
        return "tab";
    return "'" + std::string(1, d) + "'";
}

RowMapper::RowMapper(const Mapping& mapping, std::size_t queryIndex,
                     const std::vector<std::string>& header, std::uint64_t headerLine,
                     char delimiter)
    : m_mapping(&mapping)
    , m_query(&mapping.queries.at(queryIndex))
    , m_headerSize(header.size())
    , m_delimiter(delimiter)
{
    const QueryMapping& q = *m_query;
    std::unordered_map<std::string_view, int> index;
    std::unordered_set<std::string_view> duplicated;
    for (std::size_t i = 0; i < header.size(); ++i)
        if (!index.emplace(header[i], int(i)).second)
            duplicated.insert(header[i]);
    auto where = [&](std::uint64_t mapLine) {
        return mapping.path + (mapLine ? ":" + std::to_string(mapLine) : std::string());
    };
    std::unordered_set<std::string> reported;
    for (const ColumnUse& use : columnsUsed(q)) {
        if (index.count(use.column) && !duplicated.count(use.column))
            continue;
        if (!reported.insert(use.column).second)
            continue; // one problem per column
        RowIssue issue;
        issue.line = headerLine;
        issue.column = use.column;
        issue.error = true;
        if (duplicated.count(use.column)) {
            issue.message = "the header has the column " + inQuotes(use.column) +
                            " more than once, so the mapping (" + where(use.line) +
                            ") cannot tell which one it means";
            m_headerProblems.push_back(std::move(issue));
            continue;
        }
        std::string msg = "the header has no column " + inQuotes(use.column) +
                          ", which the mapping (" + where(use.line) + ") uses as " + use.usedBy;
        std::string want = std::string(stripPython(use.column));
        for (const auto& h : header) {
            if (sameIgnoringCase(stripPython(h), want)) {
                msg += "; did you mean " + inQuotes(h) + "?";
                break;
            }
        }
        msg += " (the header has: ";
        for (std::size_t i = 0; i < header.size() && i < 20; ++i)
            msg += (i ? ", " : "") + inQuotes(header[i]);
        msg += header.size() > 20 ? ", ...)" : ")";
        if (header.size() == 1 &&
            header[0].find_first_of(delimiter == ',' ? ";\t|" : ",") != std::string::npos)
            msg += "; the file may use another delimiter: this query reads with " +
                   delimiterName(delimiter) + " (set \"delimiter\" in the mapping)";
        issue.message = std::move(msg);
        m_headerProblems.push_back(std::move(issue));
    }
    if (!m_headerProblems.empty())
        return;

    auto col = [&](const std::string& name) { return index.at(name); };
    for (const EntityMapping& em : q.entities) {
        BoundEntity be;
        be.mapping = &em;
        for (const auto& k : em.keys)
            be.keyColumns.push_back(col(k));
        for (const PropertyMapping& pm : em.properties) {
            BoundProperty bp;
            bp.mapping = &pm;
            bp.clean.dateFormat = pm.format;
            for (const auto& c : pm.columns)
                bp.columns.push_back(col(c));
            if (pm.pattern) {
                std::string_view t = *pm.pattern;
                std::size_t pos = 0;
                for (;;) {
                    std::size_t open = t.find("{{", pos);
                    std::size_t close = open == t.npos ? t.npos : t.find("}}", open + 2);
                    if (close == t.npos) {
                        bp.segments.push_back({std::string(t.substr(pos)), -1});
                        break;
                    }
                    bp.segments.push_back({std::string(t.substr(pos, open - pos)), -1});
                    bp.segments.push_back(
                        {{}, col(std::string(t.substr(open + 2, close - open - 2)))});
                    pos = close + 2;
                }
            }
            be.properties.push_back(std::move(bp));
        }
        m_entities.push_back(std::move(be));
    }
    for (const auto& f : q.filters)
        m_filters.push_back({col(f.column), &f.values, false});
    for (const auto& f : q.filtersNot)
        m_filters.push_back({col(f.column), &f.values, true});
}

std::optional<std::string> RowMapper::checkWidth(const std::vector<std::string_view>& row) const
{
    for (std::size_t i = m_headerSize; i < row.size(); ++i)
        if (!model::trim(row[i]).empty())
            return "this row has " + std::to_string(row.size()) + " fields but the header has " +
                   std::to_string(m_headerSize) +
                   " columns; is the delimiter right (reading with " + delimiterName(m_delimiter) +
                   "), or a quote unbalanced?";
    return std::nullopt;
}

bool RowMapper::passes(const std::vector<std::string_view>& row) const
{
    for (const auto& f : m_filters) {
        std::string_view v = cell(row, f.column);
        bool match = false;
        for (const auto& want : *f.values)
            match = match || v == want;
        if (match == f.negate)
            return false;
    }
    return true;
}

void RowMapper::addRaw(const BoundProperty& bp, const EntityMapping& em, std::string_view raw,
                       const std::string* column, std::uint64_t line, std::size_t from,
                       MappedRow& out, std::vector<RowIssue>* issues) const
{
    const PropertyMapping& pm = *bp.mapping;
    auto add = [&](std::string_view part) {
        auto cleaned = model::clean(*pm.property->type, part, bp.clean);
        if (!cleaned) {
            if (issues && !model::trim(part).empty()) {
                RowIssue issue;
                issue.line = line;
                issue.column = column ? *column : std::string();
                issue.entity = em.name;
                issue.property = pm.property->name;
                issue.literal = column == nullptr && bp.segments.empty();
                issue.message = "property " + inQuotes(pm.property->name) + " of " +
                                inQuotes(em.name) +
                                (column ? ", column " + inQuotes(*column) : std::string()) + ": " +
                                describeBadValue(*pm.property, model::trim(part), pm.format) +
                                "; the value is left out";
                issues->push_back(std::move(issue));
            }
            return;
        }
        for (std::size_t i = from; i < out.values.size(); ++i)
            if (out.values[i].value == *cleaned)
                return;
        const bool link = pm.property->type->kind == model::TypeKind::Entity &&
                          pm.property->range != nullptr && bp.segments.empty();
        out.values.push_back({&pm, std::move(*cleaned), link});
    };
    const std::string& sep = pm.split;
    if (sep.empty()) {
        add(raw);
        return;
    }
    std::size_t pos = 0;
    for (;;) {
        std::size_t at = raw.find(sep, pos);
        add(raw.substr(pos, at == std::string_view::npos ? raw.npos : at - pos));
        if (at == std::string_view::npos)
            break;
        pos = at + sep.size();
    }
}

bool RowMapper::map(const std::vector<std::string_view>& row, std::uint64_t line, MappedRow& out,
                    RowIssue& failure, std::vector<RowIssue>* issues) const
{
    out.entities.clear();
    out.values.clear();
    const std::size_t n = m_entities.size();
    m_ids.assign(n, std::nullopt);
    for (std::size_t i = 0; i < n; ++i) {
        const BoundEntity& be = m_entities[i];
        m_keyValues.clear();
        for (int c : be.keyColumns)
            m_keyValues.push_back(cell(row, c));
        m_ids[i] = computeEntityId(m_mapping->keyPrefix, be.mapping->keyLiteral, m_keyValues);
        if (!m_ids[i] && issues) {
            const EntityMapping& em = *be.mapping;
            RowIssue issue;
            issue.line = line;
            issue.column = em.keys.empty() ? std::string() : em.keys.front();
            issue.entity = em.name;
            std::string cols;
            for (std::size_t k = 0; k < em.keys.size(); ++k)
                cols += (k ? ", " : "") + inQuotes(em.keys[k]);
            issue.message = "no " + inQuotes(em.name) + " is made from this row: its key " +
                            (em.keys.size() == 1 ? "column " : "columns ") + cols +
                            (em.keys.size() == 1 ? " is empty" : " are all empty");
            issues->push_back(std::move(issue));
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (!m_ids[i])
            continue; // all keys empty: no entity, and links to it are dropped
        const BoundEntity& be = m_entities[i];
        const EntityMapping& em = *be.mapping;
        MappedEntity entity;
        entity.entity = i;
        entity.id = *m_ids[i];
        entity.valuesBegin = out.values.size();
        for (const BoundProperty& bp : be.properties) {
            const PropertyMapping& pm = *bp.mapping;
            const std::size_t from = out.values.size();
            if (pm.entityIndex >= 0) {
                if (const auto& target = m_ids[std::size_t(pm.entityIndex)])
                    out.values.push_back({&pm, *target, false});
            } else if (!bp.segments.empty()) {
                m_text.clear();
                for (const Segment& s : bp.segments)
                    m_text += s.column < 0 ? std::string_view(s.text) : cell(row, s.column);
                addRaw(bp, em, stripPython(m_text), nullptr, line, from, out, issues);
            } else {
                for (const auto& lit : pm.literals)
                    addRaw(bp, em, lit, nullptr, line, from, out, issues);
                for (std::size_t c = 0; c < bp.columns.size(); ++c)
                    addRaw(bp, em, cell(row, bp.columns[c]), &pm.columns[c], line, from, out,
                           issues);
            }
            if (pm.join && out.values.size() > from + 1) {
                std::string joined;
                for (std::size_t k = from; k < out.values.size(); ++k) {
                    if (k > from)
                        joined += *pm.join;
                    joined += out.values[k].value;
                }
                const bool link = out.values[from].fromColumn;
                out.values.resize(from);
                out.values.push_back({&pm, std::move(joined), link});
            }
            if (pm.required && out.values.size() == from) {
                failure = {};
                failure.line = line;
                failure.column = pm.columns.empty() ? std::string() : pm.columns.front();
                failure.entity = em.name;
                failure.property = pm.property->name;
                failure.error = true;
                failure.message = "property " + inQuotes(pm.property->name) + " of entity " +
                                  inQuotes(em.name) +
                                  " is required by the mapping, but this row has no usable "
                                  "value for it";
                return false;
            }
        }
        entity.valuesEnd = out.values.size();
        out.entities.push_back(std::move(entity));
    }
    return true;
}

} // namespace commonplace::io
