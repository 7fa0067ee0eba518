// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import through a mapping file: each row becomes entities as the mapping says, with ids
// hashed from key columns exactly as FollowTheMoney's mapper computes them.
#include "io/Import.h"

#include "io/ImportTransaction.h"

#include "io/CsvReader.h"
#include "io/Mapping.h"
#include "model/Model.h"
#include "model/Values.h"
#include "store/EntityWriter.h"
#include "store/Workspace.h"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace commonplace::io {

namespace {

constexpr std::uint64_t kProgressEvery = 1u << 20;
constexpr std::uint64_t kBulkThreshold = 50000; // statements expected

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

struct BoundQuery
{
    std::vector<BoundEntity> entities;
    std::vector<BoundFilter> filters;
};

struct PendingRef
{
    std::uint64_t line;
    std::string from;
    std::string prop;
    std::string target;
    const model::Schema* range;
};

class CsvImporter
{
public:
    CsvImporter(store::Workspace& ws, const std::string& path, const ImportOptions& options)
        : m_ws(ws)
        , m_path(path)
        , m_options(options)
        , m_model(model::Model::builtin())
        , m_writer(ws)
    {}

    Result<ImportReport> run()
    {
        auto mapping = loadMapping(m_options.mappingPath, m_model);
        if (!mapping)
            return mapping.error();
        m_mapping = std::move(*mapping);
        if (auto st = sniff(); !st)
            return st.error();
        if (auto st = m_writer.prepare(); !st)
            return st.error();
        auto ds = m_writer.datasetId(m_options.dataset);
        if (!ds)
            return ds.error();
        m_datasetRowid = *ds;
        m_report.format = "csv";
        if (auto st = maybeBulk(); !st)
            return st.error();

        for (std::size_t qi = 0; qi < m_mapping.queries.size(); ++qi) {
            if (auto st = runQuery(qi); !st)
                return st.error();
        }
        if (auto st = checkReferences(); !st)
            return st.error();
        if (m_writer.inBulk()) {
            auto duplicates = m_writer.endBulk();
            if (!duplicates)
                return duplicates.error();
            m_report.statementsAdded -= *duplicates;
        }
        if (auto st = m_writer.refreshDerived(m_touched, m_model); !st)
            return st.error();
        return m_report;
    }

private:
    Error fail(std::string message, std::uint64_t line) const
    {
        return makeError(std::move(message), m_path, line);
    }

    // JSON handed to the CSV importer would otherwise fail with a puzzling header message.
    Status sniff() const
    {
        struct stat st
        {};
        if (::stat(m_path.c_str(), &st) != 0)
            return makeError(std::strerror(errno), m_path);
        if (S_ISDIR(st.st_mode))
            return makeError("is a folder, not a file", m_path);
        std::FILE* f = std::fopen(m_path.c_str(), "rb");
        if (!f)
            return makeError(std::strerror(errno), m_path);
        char head[4096];
        std::size_t n = std::fread(head, 1, sizeof head, f);
        std::fclose(f);
        std::size_t i = (n >= 3 && std::memcmp(head, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
        auto skipSpace = [&] {
            while (i < n && std::strchr(" \t\r\n", head[i]) && head[i] != '\0')
                ++i;
        };
        skipSpace();
        if (i == n && n < sizeof head)
            return makeError("the file is empty; a CSV file needs a header row", m_path);
        bool json = i < n && head[i] == '{';
        if (i < n && head[i] == '[') {
            ++i;
            skipSpace();
            json = i < n && (head[i] == '{' || head[i] == '[');
        }
        if (json)
            return makeError("this is JSON, not CSV; import it with --format ftm", m_path, 1);
        return {};
    }

    // A large file into a workspace no bigger than it takes the writer's bulk path (indexes
    // rebuilt afterwards over sorted data), as the FtM importer does.
    Status maybeBulk()
    {
        struct stat st
        {};
        if (::stat(m_path.c_str(), &st) != 0)
            return makeError(std::strerror(errno), m_path);
        constexpr std::uint64_t kBytesPerStatement = 16; // CSV cells are short
        const std::uint64_t expected = std::uint64_t(st.st_size) / kBytesPerStatement;
        if (expected < kBulkThreshold)
            return {};
        store::Query count(m_ws.db(), "SELECT count(*) FROM statement");
        if (count.step() != SQLITE_ROW)
            return makeError(std::string("database error: ") + sqlite3_errmsg(m_ws.db()));
        const bool small = std::uint64_t(count.int64(0)) <= expected;
        count.reset();
        return small ? m_writer.beginBulk(expected) : Status{};
    }

    char defaultDelimiter() const
    {
        auto endsWith = [&](std::string_view suffix) {
            return m_path.size() >= suffix.size() &&
                   m_path.compare(m_path.size() - suffix.size(), suffix.size(), suffix) == 0;
        };
        return endsWith(".tsv") || endsWith(".tab") ? '\t' : ',';
    }

    static std::string delimiterName(char d)
    {
        if (d == '\t')
            return "tab";
        return "'" + std::string(1, d) + "'";
    }

    // Resolves the columns the query reads against the header; a missing one is an error
    // that names both files.
    Status bind(const QueryMapping& q, const std::vector<std::string>& header,
                std::uint64_t headerLine, char delimiter, BoundQuery& out) const
    {
        std::unordered_map<std::string_view, int> index;
        std::unordered_set<std::string_view> duplicated;
        for (std::size_t i = 0; i < header.size(); ++i)
            if (!index.emplace(header[i], int(i)).second)
                duplicated.insert(header[i]);
        auto where = [&](std::uint64_t mapLine) {
            return m_mapping.path + (mapLine ? ":" + std::to_string(mapLine) : std::string());
        };
        for (const ColumnUse& use : columnsUsed(q)) {
            if (duplicated.count(use.column))
                return fail("the header has the column " + inQuotes(use.column) +
                                " more than once, so the mapping (" + where(use.line) +
                                ") cannot tell which one it means",
                            headerLine);
            if (index.count(use.column))
                continue;
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
            return fail(std::move(msg), headerLine);
        }
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
            out.entities.push_back(std::move(be));
        }
        for (const auto& f : q.filters)
            out.filters.push_back({col(f.column), &f.values, false});
        for (const auto& f : q.filtersNot)
            out.filters.push_back({col(f.column), &f.values, true});
        return {};
    }

    Status runQuery(std::size_t qi)
    {
        const QueryMapping& q = m_mapping.queries[qi];
        CsvOptions csv;
        csv.delimiter = q.delimiter ? *q.delimiter : defaultDelimiter();
        csv.encoding = q.encoding.value_or(CsvEncoding::Utf8);
        csv.skipInitialSpace = true; // as FollowTheMoney's mapper reads CSV
        CsvReader reader(m_path, csv);
        if (auto st = reader.open(); !st)
            return st;
        if (!reader.next()) {
            if (reader.failed())
                return reader.error();
            return makeError("the file is empty; a CSV file needs a header row", m_path);
        }
        // Without a header row the first record is data and the columns are numbered.
        std::vector<std::string> header =
            q.header ? std::vector<std::string>(reader.fields().begin(), reader.fields().end())
                     : numberedColumns(reader.fields().size());
        bool firstIsRow = !q.header;
        const std::uint64_t headerLine = reader.recordLine();
        BoundQuery bound;
        if (auto st = bind(q, header, headerLine, csv.delimiter, bound); !st)
            return st;

        const std::uint64_t total = reader.fileSize() * m_mapping.queries.size();
        const std::uint64_t base = reader.fileSize() * qi;
        std::uint64_t lastProgress = 0;
        std::uint64_t rows = 0;
        while (std::exchange(firstIsRow, false) || reader.next()) {
            const auto& row = reader.fields();
            const std::uint64_t line = reader.recordLine();
            ++rows;
            if (row.size() > header.size()) {
                for (std::size_t i = header.size(); i < row.size(); ++i) {
                    if (!model::trim(row[i]).empty())
                        return fail("this row has " + std::to_string(row.size()) +
                                        " fields but the header has " +
                                        std::to_string(header.size()) +
                                        " columns; is the delimiter right (reading with " +
                                        delimiterName(csv.delimiter) + "), or a quote unbalanced?",
                                    line);
                }
            }
            if (!passes(bound, row))
                continue;
            if (auto st = mapRow(bound, row, line); !st)
                return st;
            if (m_options.progress && reader.bytesRead() - lastProgress >= kProgressEvery) {
                lastProgress = reader.bytesRead();
                if (!m_options.progress(base + reader.bytesRead(), total))
                    return cancelled();
            }
        }
        if (reader.failed())
            return reader.error();
        if (qi == 0) {
            m_report.lines = rows;
            if (rows == 0)
                return makeError("the file has a header but no rows", m_path, headerLine);
        }
        if (m_options.progress && !m_options.progress(base + reader.fileSize(), total))
            return cancelled();
        return {};
    }

    Error cancelled() const
    {
        return makeError("import cancelled; the workspace is unchanged", m_path);
    }

    static std::string_view cell(const std::vector<std::string_view>& row, int column)
    {
        return column >= 0 && std::size_t(column) < row.size() ? row[std::size_t(column)]
                                                               : std::string_view();
    }

    static bool passes(const BoundQuery& q, const std::vector<std::string_view>& row)
    {
        for (const auto& f : q.filters) {
            std::string_view v = cell(row, f.column);
            bool match = false;
            for (const auto& want : *f.values)
                match = match || v == want;
            if (match == f.negate)
                return false;
        }
        return true;
    }

    void addValue(const BoundProperty& bp, std::string_view raw, std::size_t from)
    {
        auto cleaned = model::clean(*bp.mapping->property->type, raw, bp.clean);
        if (!cleaned)
            return;
        for (std::size_t i = from; i < m_values.size(); ++i)
            if (m_values[i].second == *cleaned)
                return;
        m_values.emplace_back(bp.mapping->property, std::move(*cleaned));
    }

    void addRaw(const BoundProperty& bp, std::string_view raw, std::size_t from)
    {
        const std::string& sep = bp.mapping->split;
        if (sep.empty()) {
            addValue(bp, raw, from);
            return;
        }
        std::size_t pos = 0;
        for (;;) {
            std::size_t at = raw.find(sep, pos);
            addValue(bp, raw.substr(pos, at == std::string_view::npos ? raw.npos : at - pos), from);
            if (at == std::string_view::npos)
                break;
            pos = at + sep.size();
        }
    }

    Status mapRow(const BoundQuery& q, const std::vector<std::string_view>& row, std::uint64_t line)
    {
        const std::size_t n = q.entities.size();
        m_ids.assign(n, std::nullopt);
        for (std::size_t i = 0; i < n; ++i) {
            const BoundEntity& be = q.entities[i];
            m_keyValues.clear();
            for (int c : be.keyColumns)
                m_keyValues.push_back(cell(row, c));
            m_ids[i] = computeEntityId(m_mapping.keyPrefix, be.mapping->keyLiteral, m_keyValues);
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (!m_ids[i])
                continue; // all keys empty: no entity, and links to it are dropped
            const BoundEntity& be = q.entities[i];
            m_values.clear();
            for (const BoundProperty& bp : be.properties) {
                const PropertyMapping& pm = *bp.mapping;
                const std::size_t from = m_values.size();
                if (pm.entityIndex >= 0) {
                    if (const auto& target = m_ids[std::size_t(pm.entityIndex)])
                        m_values.emplace_back(pm.property, *target);
                } else if (!bp.segments.empty()) {
                    m_scratch.clear();
                    for (const Segment& s : bp.segments)
                        m_scratch += s.column < 0 ? std::string_view(s.text) : cell(row, s.column);
                    addRaw(bp, stripPython(m_scratch), from);
                } else {
                    for (const auto& lit : pm.literals)
                        addRaw(bp, lit, from);
                    for (int c : bp.columns)
                        addRaw(bp, cell(row, c), from);
                    if (pm.property->type->kind == model::TypeKind::Entity && pm.property->range)
                        for (std::size_t k = from; k < m_values.size(); ++k)
                            m_refs.push_back({line, *m_ids[i], pm.property->name,
                                              m_values[k].second, pm.property->range});
                }
                if (pm.join && m_values.size() > from + 1) {
                    std::string joined;
                    for (std::size_t k = from; k < m_values.size(); ++k) {
                        if (k > from)
                            joined += *pm.join;
                        joined += m_values[k].second;
                    }
                    m_values.resize(from);
                    m_values.emplace_back(pm.property, std::move(joined));
                }
                if (pm.required && m_values.size() == from)
                    return fail("property " + inQuotes(pm.property->name) + " of entity " +
                                    inQuotes(be.mapping->name) +
                                    " is required by the mapping, but this row has no usable "
                                    "value for it",
                                line);
            }
            if (auto st = writeEntity(*be.mapping, *m_ids[i], line); !st)
                return st;
        }
        return {};
    }

    Status writeEntity(const EntityMapping& em, const std::string& id, std::uint64_t line)
    {
        const model::Schema* schema = em.schema;
        m_derived.clear();
        for (const auto& [prop, value] : m_values)
            m_derived.emplace_back(prop->name, value);
        auto state = m_writer.upsertEntity(id, schema->name(), {},
                                           store::EntityWriter::captionOf(*schema, m_derived));
        if (!state)
            return fail(state.error().message, line);
        if (!state->created) {
            const model::Schema* existing = m_model.schema(state->schema);
            if (!existing)
                return fail(
                    "stored entity " + inQuotes(id) + " has unknown schema " + state->schema, line);
            auto common = m_model.common(existing, schema);
            if (!common)
                return fail("entity " + inQuotes(em.name) + " (" + id +
                                "): " + common.error().message,
                            line);
            if (*common != existing) {
                if (auto st = m_writer.setSchema(state->rowid, (*common)->name()); !st)
                    return fail(st.error().message, line);
            }
            schema = *common;
            m_touched.insert(state->rowid);
        } else {
            ++m_report.entitiesCreated;
        }
        ++m_report.entities;

        for (const auto& [prop, value] : m_values) {
            const bool isRef = prop->type->kind == model::TypeKind::Entity;
            store::NewStatement s;
            s.entityRowid = state->rowid;
            s.entityId = id;
            s.prop = prop->name;
            s.value = value;
            s.isReference = isRef;
            s.datasetRowid = m_datasetRowid;
            s.datasetName = m_options.dataset;
            s.sensitivity = m_options.sensitivity;
            auto added = m_writer.addStatement(s);
            if (!added)
                return fail(added.error().message, line);
            ++m_report.statements;
            if (*added)
                ++m_report.statementsAdded;
        }
        if (state->created) {
            if (auto st = m_writer.writeSearch(state->rowid, *schema, m_derived, true); !st)
                return fail(st.error().message, line);
        }
        return {};
    }

    // Links taken from columns (ids of entities imported before) must point at entities the
    // property can hold; links made with "entity" were checked with the mapping.
    Status checkReferences()
    {
        for (const auto& ref : m_refs) {
            auto stored = m_writer.schemaOf(ref.target);
            if (!stored)
                return stored.error();
            if (stored->empty()) {
                ++m_report.danglingReferences;
                continue;
            }
            const model::Schema* target = m_model.schema(*stored);
            if (target && !target->isA(*ref.range))
                return fail("property " + inQuotes(ref.prop) + " of " + inQuotes(ref.from) +
                                " must link to a " + ref.range->name() + ", but " +
                                inQuotes(ref.target) + " is a " + target->name(),
                            ref.line);
        }
        return {};
    }

    store::Workspace& m_ws;
    const std::string& m_path;
    const ImportOptions& m_options;
    const model::Model& m_model;
    store::EntityWriter m_writer;
    Mapping m_mapping;
    ImportReport m_report;
    std::int64_t m_datasetRowid = 0;

    // Per-row scratch space, reused.
    std::vector<std::optional<std::string>> m_ids;
    std::vector<std::string_view> m_keyValues;
    std::vector<std::pair<const model::Property*, std::string>> m_values;
    std::vector<std::pair<std::string_view, std::string_view>> m_derived;
    std::string m_scratch;

    std::vector<PendingRef> m_refs;
    std::unordered_set<std::int64_t> m_touched;
};

} // namespace

Result<ImportReport> importCsv(store::Workspace& ws, const std::string& path,
                               const ImportOptions& options)
{
    return importInTransaction<CsvImporter>(ws, path, options);
}

} // namespace commonplace::io
