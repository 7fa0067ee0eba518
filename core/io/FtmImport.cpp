// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Import.h"

#include "io/ImportTransaction.h"

#include "io/Records.h"
#include "model/Model.h"
#include "model/Values.h"
#include "store/EntityWriter.h"
#include "store/Workspace.h"
#include "util/Json.h"
#include "util/LineReader.h"

#include <simdjson.h>

#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace commonplace::io {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

// Keys of an FtM line that the model uses; all others are kept verbatim.
bool isModelKey(std::string_view k)
{
    return k == "id" || k == "schema" || k == "properties";
}

// A reference to check once the whole file is read (its target may come later). Kept small:
// a large file holds one per relationship end.
struct PendingRef
{
    std::uint64_t line;
    std::int64_t from; // rowid of the entity holding the reference
    const model::Property* prop;
    std::string target;
};

class FtmImporter
{
public:
    FtmImporter(store::Workspace& ws, const std::string& path, const ImportOptions& options)
        : m_ws(ws)
        , m_path(path)
        , m_options(options)
        , m_model(model::Model::builtin())
        , m_writer(ws)
        , m_records(ws, m_writer, path)
    {}

    Result<ImportReport> run()
    {
        util::LineReader reader(m_path);
        if (auto st = reader.open(); !st)
            return st.error();
        if (auto st = m_writer.prepare(); !st)
            return st.error();
        if (auto st = m_records.prepare(); !st)
            return st.error();
        auto ds = m_writer.datasetId(m_options.dataset);
        if (!ds)
            return ds.error();
        m_datasetRowid = *ds;
        m_records.setDataset(m_options.dataset, m_datasetRowid, m_options.sensitivity);
        m_report.format = "ftm";
        if (auto st = maybeBulk(reader.fileSize()); !st)
            return st.error();

        std::string_view line;
        std::uint64_t lastProgress = 0;
        while (reader.next(line)) {
            m_lineNo = reader.lineNumber();
            if (model::trim(line).empty())
                continue;
            if (auto st = importLine(line); !st)
                return st.error();
            if (m_options.progress && reader.bytesRead() - lastProgress > (1u << 20)) {
                lastProgress = reader.bytesRead();
                if (!m_options.progress(reader.bytesRead(), reader.fileSize()))
                    return makeError("import cancelled; the workspace is unchanged", m_path);
            }
        }
        if (reader.failed())
            return reader.error();
        m_report.lines = reader.lineNumber();
        if (m_report.entities == 0 && m_report.sources == 0 && m_report.findings == 0)
            return makeError("the file holds no entities (is it empty?)", m_path);
        if (auto st = checkReferences(); !st)
            return st.error();
        if (m_writer.inBulk()) {
            auto duplicates = m_writer.endBulk();
            if (!duplicates)
                return duplicates.error();
            m_report.statementsAdded -= *duplicates;
        }
        if (auto st = m_records.finish(); !st)
            return st.error();
        if (auto st = m_writer.refreshDerived(m_touched, m_model); !st)
            return st.error();
        if (m_options.progress)
            m_options.progress(reader.fileSize(), reader.fileSize());
        return m_report;
    }

private:
    Error fail(std::string message) const
    {
        return makeError(std::move(message), m_path, m_lineNo);
    }

    Status importLine(std::string_view line)
    {
        element doc;
        // The reader leaves LineReader::kPadding spare bytes after each line.
        auto err = m_parser.parse(line.data(), line.size(), false).get(doc);
        if (err) {
            if (err == simdjson::UTF8_ERROR)
                return fail("invalid UTF-8");
            return fail(std::string("malformed JSON: ") + simdjson::error_message(err));
        }
        object obj;
        if (doc.get_object().get(obj))
            return fail("expected a JSON object (one entity per line)");
        std::string_view record;
        if (obj["record"].get_string().get(record) == simdjson::SUCCESS) {
            auto st = m_records.importRecord(obj, record, m_lineNo);
            if (!st)
                return st;
            if (record == "source")
                ++m_report.sources;
            else if (record == "finding")
                ++m_report.findings;
            return {};
        }
        return importEntity(obj);
    }

    Status importEntity(object obj)
    {
        std::string_view id, schemaName;
        if (obj["id"].get_string().get(id) || model::trim(id).empty())
            return fail("entity without an \"id\" string");
        if (id.size() > 1024)
            return fail("entity id longer than 1024 bytes");
        if (obj["schema"].get_string().get(schemaName))
            return fail("entity '" + std::string(id) + "' has no \"schema\" string");
        const model::Schema* schema = m_model.schema(schemaName);
        if (!schema)
            return fail("unknown schema '" + std::string(schemaName) + "'");
        if (schema->isAbstract())
            return fail(
                "schema '" + schema->name() + "' is abstract; use a concrete one such as " +
                (schema->name() == "Thing" ? std::string("Organization") : std::string("Company")));

        // Unknown top-level keys survive a round trip.
        m_extra.clear();
        for (auto [key, value] : obj) {
            if (isModelKey(key))
                continue;
            m_extra += m_extra.empty() ? "{" : ",";
            util::appendJsonString(m_extra, key);
            m_extra += ':';
            m_extra += simdjson::minify(value);
        }
        if (!m_extra.empty())
            m_extra += "}";

        auto state = m_writer.upsertEntity(id, schema->name(), m_extra, captionFrom(obj, *schema));
        if (!state)
            return fail(state.error().message);
        std::string idKey(id);
        if (!state->created) {
            const model::Schema* existing = m_model.schema(state->schema);
            if (!existing)
                return fail("stored entity '" + idKey + "' has unknown schema " + state->schema);
            auto common = m_model.common(existing, schema);
            if (!common)
                return fail("entity '" + idKey + "': " + common.error().message);
            if (*common != existing) {
                if (auto st = m_writer.setSchema(state->rowid, (*common)->name()); !st)
                    return fail(st.error().message);
            }
            schema = *common;
            m_touched.insert(state->rowid);
        } else {
            ++m_report.entitiesCreated;
        }
        m_fileSchema[idKey] = schema;
        ++m_report.entities;

        m_values.clear();
        m_numberStore.clear();
        element props;
        if (obj["properties"].get(props) == simdjson::SUCCESS) {
            object propObj;
            if (props.get_object().get(propObj))
                return fail("\"properties\" of '" + idKey + "' must be an object");
            for (auto [pname, pvalues] : propObj) {
                const model::Property* prop = schema->property(pname);
                if (!prop)
                    return fail("property '" + std::string(pname) + "' is not a property of " +
                                schema->name());
                if (pvalues.type() == element_type::ARRAY) {
                    for (element v : pvalues.get_array()) {
                        if (auto st = addValue(state->rowid, id, *prop, v); !st)
                            return st;
                    }
                } else if (auto st = addValue(state->rowid, id, *prop, pvalues); !st) {
                    return st;
                }
            }
        }
        if (state->created) {
            if (auto st = m_writer.writeSearch(state->rowid, *schema, m_values, true); !st)
                return fail(st.error().message);
        }
        return {};
    }

    // The caption of a new entity, straight from the line, so the entity row is written once.
    static std::string_view captionFrom(object obj, const model::Schema& schema)
    {
        object props;
        if (obj["properties"].get_object().get(props))
            return {};
        for (const auto& prop : schema.caption()) {
            element values;
            if (props[prop].get(values))
                continue;
            std::string_view v;
            if (values.type() == element_type::ARRAY) {
                for (element item : values.get_array())
                    if (item.get_string().get(v) == simdjson::SUCCESS && !v.empty())
                        return v;
            } else if (values.get_string().get(v) == simdjson::SUCCESS && !v.empty()) {
                return v;
            }
        }
        return {};
    }

    Status addValue(std::int64_t rowid, std::string_view id, const model::Property& prop, element v)
    {
        std::string_view value;
        std::string numberText;
        switch (v.type()) {
        case element_type::STRING:
            value = v.get_string().value_unsafe();
            break;
        case element_type::INT64:
        case element_type::UINT64:
        case element_type::DOUBLE:
            numberText = simdjson::minify(v);
            value = numberText;
            break;
        case element_type::NULL_VALUE:
            return {};
        default:
            return fail("property '" + prop.name + "' of '" + std::string(id) +
                        "' must hold strings");
        }
        if (value.empty())
            return {};
        if (auto problem = model::validate(*prop.type, value))
            return fail("property '" + prop.name + "' of '" + std::string(id) + "': " + *problem);
        bool isRef = prop.type->kind == model::TypeKind::Entity;
        if (isRef && prop.range)
            m_refs.push_back({m_lineNo, rowid, &prop, std::string(value)});
        store::NewStatement s;
        s.entityRowid = rowid;
        s.entityId = id;
        s.prop = prop.name;
        s.value = value;
        s.isReference = isRef;
        s.datasetRowid = m_datasetRowid;
        s.datasetName = m_options.dataset;
        s.sensitivity = m_options.sensitivity;
        auto added = m_writer.addStatement(s);
        if (!added)
            return fail(added.error().message);
        ++m_report.statements;
        if (*added)
            ++m_report.statementsAdded;
        if (!numberText.empty()) {
            m_numberStore.push_back(std::move(numberText));
            value = m_numberStore.back();
        }
        m_values.emplace_back(prop.name, value);
        return {};
    }

    // A relationship must point at entities its schema can hold (a Payment's payer is a
    // LegalEntity, not an Address). References to entities not in the workspace are allowed:
    // partner files often point at entities they do not carry.
    Status checkReferences()
    {
        for (const auto& ref : m_refs) {
            const model::Schema* target = nullptr;
            if (auto it = m_fileSchema.find(ref.target); it != m_fileSchema.end()) {
                target = it->second;
            } else {
                auto stored = m_writer.schemaOf(ref.target);
                if (!stored)
                    return stored.error();
                if (stored->empty()) {
                    ++m_report.danglingReferences;
                    continue;
                }
                target = m_model.schema(*stored);
            }
            if (target && !target->isA(*ref.prop->range)) {
                store::Query from(m_ws.db(), "SELECT key FROM entity WHERE id = ?1");
                from.bind(1, ref.from);
                std::string fromId = from.step() == SQLITE_ROW ? from.string(0) : std::string();
                return makeError("property '" + ref.prop->name + "' of '" + fromId +
                                     "' must reference a " + ref.prop->range->name() + ", but '" +
                                     ref.target + "' is a " + target->name(),
                                 m_path, ref.line);
            }
        }
        return {};
    }

    // A large import into a workspace no bigger than it appends rows and builds the indexes
    // afterwards, over sorted data: several times faster than growing them row by row.
    Status maybeBulk(std::uint64_t fileSize)
    {
        constexpr std::uint64_t kBytesPerStatement = 40; // typical of FtM JSON lines
        std::uint64_t expected = fileSize / kBytesPerStatement;
        if (expected < 50000)
            return {};
        store::Query count(m_ws.db(), "SELECT count(*) FROM statement");
        if (count.step() != SQLITE_ROW)
            return makeError(std::string("database error: ") + sqlite3_errmsg(m_ws.db()));
        bool small = std::uint64_t(count.int64(0)) <= expected;
        count.reset();
        m_fileSchema.reserve(expected / 4);
        return small ? m_writer.beginBulk(expected) : Status{};
    }

    store::Workspace& m_ws;
    const std::string& m_path;
    const ImportOptions& m_options;
    const model::Model& m_model;
    store::EntityWriter m_writer;
    RecordImporter m_records;
    simdjson::dom::parser m_parser;
    ImportReport m_report;
    std::int64_t m_datasetRowid = 0;
    std::uint64_t m_lineNo = 0;
    std::string m_extra;
    std::vector<std::pair<std::string_view, std::string_view>> m_values;
    std::deque<std::string> m_numberStore;
    std::vector<PendingRef> m_refs;
    std::unordered_map<std::string, const model::Schema*> m_fileSchema;
    std::unordered_set<std::int64_t> m_touched;
};

} // namespace

Result<ImportReport> importFtm(store::Workspace& ws, const std::string& path,
                               const ImportOptions& options)
{
    return importInTransaction<FtmImporter>(ws, path, options);
}

} // namespace commonplace::io
