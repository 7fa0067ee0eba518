// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import through a mapping file: each row becomes entities as the mapping says, with ids
// hashed from key columns exactly as FollowTheMoney's mapper computes them.
#include "io/Import.h"

#include "io/ImportTransaction.h"

#include "io/CsvReader.h"
#include "io/Mapping.h"
#include "io/MappingRows.h"
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
        RowMapper mapper(m_mapping, qi, header, headerLine, csv.delimiter);
        if (!mapper.headerProblems().empty())
            return fail(mapper.headerProblems().front().message, headerLine);

        const std::uint64_t total = reader.fileSize() * m_mapping.queries.size();
        const std::uint64_t base = reader.fileSize() * qi;
        std::uint64_t lastProgress = 0;
        std::uint64_t rows = 0;
        while (std::exchange(firstIsRow, false) || reader.next()) {
            const auto& row = reader.fields();
            const std::uint64_t line = reader.recordLine();
            ++rows;
            if (row.size() > header.size())
                if (auto wrong = mapper.checkWidth(row))
                    return fail(std::move(*wrong), line);
            if (!mapper.passes(row))
                continue;
            if (!mapper.map(row, line, m_row, m_failure))
                return fail(m_failure.message, line);
            if (auto st = writeRow(mapper.query(), line); !st)
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

    Status writeRow(const QueryMapping& q, std::uint64_t line)
    {
        for (const MappedEntity& me : m_row.entities) {
            for (std::size_t k = me.valuesBegin; k < me.valuesEnd; ++k) {
                const MappedValue& v = m_row.values[k];
                if (v.fromColumn)
                    m_refs.push_back({line, me.id, v.mapping->property->name, v.value,
                                      v.mapping->property->range});
            }
            if (auto st = writeEntity(q.entities[me.entity], me, line); !st)
                return st;
        }
        return {};
    }

    Status writeEntity(const EntityMapping& em, const MappedEntity& me, std::uint64_t line)
    {
        const std::string& id = me.id;
        const model::Schema* schema = em.schema;
        m_derived.clear();
        for (std::size_t k = me.valuesBegin; k < me.valuesEnd; ++k)
            m_derived.emplace_back(m_row.values[k].mapping->property->name, m_row.values[k].value);
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

        for (std::size_t k = me.valuesBegin; k < me.valuesEnd; ++k) {
            const model::Property* prop = m_row.values[k].mapping->property;
            const std::string& value = m_row.values[k].value;
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
    MappedRow m_row;
    RowIssue m_failure;
    std::vector<std::pair<std::string_view, std::string_view>> m_derived;

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
