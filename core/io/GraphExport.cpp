// SPDX-License-Identifier: GPL-3.0-or-later
// GraphML and GEXF export: entities become nodes, relationship entities (schemata with an edge
// definition) become edges between them (docs/formats.md).
#include "io/Export.h"

#include "model/Model.h"
#include "store/EntityReader.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"
#include "util/AtomicFile.h"
#include "util/Xml.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace commonplace::io {

namespace {

using util::XmlContext;

enum class Dialect
{
    GraphML,
    Gexf
};

constexpr std::string_view kValueSeparator = "; ";
constexpr std::size_t kFlushSize = 1 << 16;

std::string joined(const std::vector<std::string_view>& values)
{
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += kValueSeparator;
        out += values[i];
    }
    return out;
}

/** An attribute declared up front: GraphML <key>, GEXF <attribute>. */
struct Key
{
    std::string id;
    std::string name;
    std::string type; ///< "string" or "boolean" in both formats
};

class GraphExporter
{
public:
    GraphExporter(const store::Workspace& ws, const std::string& path, const ExportOptions& options,
                  Dialect dialect)
        : m_ws(ws)
        , m_options(options)
        , m_dialect(dialect)
        , m_model(model::Model::builtin())
        , m_file(path)
    {}

    Result<ExportReport> run()
    {
        std::error_code ec;
        if (std::filesystem::is_directory(m_file.path(), ec))
            return makeError(std::string("is a folder; give a file name such as export.") +
                                 (graphml() ? "graphml" : "gexf"),
                             m_file.path());
        // All three passes read one snapshot, so the keys declared first fit what follows.
        store::Transaction snapshot(m_ws.db());
        if (auto st = snapshot.begin(); !st)
            return st.error();
        if (auto st = collect(); !st)
            return st.error();
        declareKeys();
        if (auto st = m_file.open(); !st)
            return st.error();
        writeHeader();
        if (auto st = writeNodes(); !st)
            return st.error();
        if (auto st = writeEdges(); !st)
            return st.error();
        writeFooter();
        if (auto st = flush(true); !st)
            return st.error();
        if (auto st = m_file.commit(); !st)
            return st.error();
        m_report.format = m_dialect == Dialect::GraphML ? "graphml" : "gexf";
        return m_report;
    }

private:
    bool graphml() const { return m_dialect == Dialect::GraphML; }

    /**
     * Runs one pass over all entities; progress spreads the three passes over one bar. The
     * passes do not ask the reader for a list of schemata: SQLite then sorts every matching
     * value in memory (temp_store=MEMORY), which would make memory grow with the data.
     */
    Result<store::ReadCounts> pass(const std::function<Status(const store::EntityRecord&)>& visit)
    {
        std::function<bool(std::uint64_t, std::uint64_t)> progress;
        if (m_options.progress) {
            progress = [this](std::uint64_t done, std::uint64_t total) {
                return m_options.progress(m_progressBase + done, 3 * total);
            };
        }
        store::ReadFilter filter{m_options.dataset, m_options.maxSensitivity, {}};
        auto counts = store::forEachEntity(m_ws, filter, visit, progress);
        if (counts)
            m_progressBase += counts->entities;
        return counts;
    }

    /** First pass: which nodes exist, which properties nodes and edges carry. */
    Status collect()
    {
        auto counts = pass([&](const store::EntityRecord& e) -> Status {
            const model::Edge* edge = edgeOf(e);
            if (!edge)
                m_nodeIds.insert(e.id);
            std::string_view previous;
            for (const auto& [prop, value] : e.values) {
                if (prop == previous)
                    continue;
                previous = prop;
                if (!edge)
                    m_nodeProps.insert(prop);
                else if (prop != edge->source && prop != edge->target)
                    m_edgeProps.insert(prop);
            }
            return {};
        });
        if (!counts)
            return counts.error();
        return {};
    }

    const model::Edge* edgeOf(const store::EntityRecord& e) const
    {
        const model::Schema* schema = m_model.schema(e.schema);
        return schema && schema->edge() ? &*schema->edge() : nullptr;
    }

    /**
     * The attribute name of a property: the property name, unless that is one of the names the
     * export itself uses (none in today's model), then "property:NAME".
     */
    static std::string attributeName(const std::string& prop, const std::set<std::string>& fixed)
    {
        return fixed.count(prop) ? "property:" + prop : prop;
    }

    void declareKeys()
    {
        // GEXF carries labels in the element; GraphML needs them as data. NetworkX also puts
        // a GEXF edge's id and weight among its attributes, so properties cannot be named so.
        std::set<std::string> nodeFixed{"id", "label", "schema"};
        std::set<std::string> edgeFixed{"directed", "entityId", "id", "label", "schema", "weight"};
        auto add = [](std::vector<Key>& keys, char prefix, std::string name, std::string type) {
            keys.push_back(
                {prefix + std::to_string(keys.size()), std::move(name), std::move(type)});
            return keys.back().id;
        };
        if (graphml())
            m_nodeLabelKey = add(m_nodeKeys, 'n', "label", "string");
        m_nodeSchemaKey = add(m_nodeKeys, 'n', "schema", "string");
        for (const auto& metric : m_options.nodeMetrics)
            nodeFixed.insert(metric.name);
        for (const auto& prop : m_nodeProps)
            m_nodePropKey[prop] = add(m_nodeKeys, 'n', attributeName(prop, nodeFixed), "string");
        for (const auto& metric : m_options.nodeMetrics)
            m_nodeMetricKeys.push_back(add(m_nodeKeys, 'n', metric.name, "double"));
        if (graphml())
            m_edgeLabelKey = add(m_edgeKeys, 'e', "label", "string");
        m_edgeSchemaKey = add(m_edgeKeys, 'e', "schema", "string");
        m_edgeEntityKey = add(m_edgeKeys, 'e', "entityId", "string");
        m_edgeDirectedKey = add(m_edgeKeys, 'e', "directed", "boolean");
        for (const auto& prop : m_edgeProps)
            m_edgePropKey[prop] = add(m_edgeKeys, 'e', attributeName(prop, edgeFixed), "string");
    }

    void attr(std::string_view s) { util::appendXmlEscaped(m_buf, s, XmlContext::Attribute); }

    void writeHeader()
    {
        m_buf += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        if (graphml()) {
            m_buf += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                     "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                     "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                     "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
            auto declare = [&](const std::vector<Key>& keys, std::string_view domain) {
                for (const auto& key : keys) {
                    m_buf += "  <key id=\"" + key.id + "\" for=\"";
                    m_buf += domain;
                    m_buf += "\" attr.name=\"";
                    attr(key.name);
                    m_buf += "\" attr.type=\"" + key.type + "\"/>\n";
                }
            };
            declare(m_nodeKeys, "node");
            declare(m_edgeKeys, "edge");
            m_buf += "  <graph id=\"G\" edgedefault=\"directed\">\n";
        } else {
            // GEXF 1.2: what Gephi and every NetworkX read (NetworkX before 3.6 cannot read 1.3,
            // and 1.3 adds nothing this export uses).
            m_buf += "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
                     "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                     "xsi:schemaLocation=\"http://www.gexf.net/1.2draft "
                     "http://www.gexf.net/1.2draft/gexf.xsd\" "
                     "version=\"1.2\">\n"
                     "  <meta>\n    <creator>Commonplace</creator>\n  </meta>\n"
                     "  <graph defaultedgetype=\"directed\" mode=\"static\">\n";
            auto declare = [&](const std::vector<Key>& keys, std::string_view domain) {
                m_buf += "    <attributes class=\"";
                m_buf += domain;
                m_buf += "\" mode=\"static\">\n";
                for (const auto& key : keys) {
                    m_buf += "      <attribute id=\"" + key.id + "\" title=\"";
                    attr(key.name);
                    m_buf += "\" type=\"" + key.type + "\"/>\n";
                }
                m_buf += "    </attributes>\n";
            };
            declare(m_nodeKeys, "node");
            declare(m_edgeKeys, "edge");
            m_buf += "    <nodes>\n";
        }
    }

    /** One attribute value of a node or edge: <data> in GraphML, <attvalue> in GEXF. */
    void value(const std::string& key, std::string_view v, int indent)
    {
        m_buf.append(std::size_t(indent), ' ');
        if (graphml()) {
            m_buf += "<data key=\"" + key + "\">";
            util::appendXmlEscaped(m_buf, v, XmlContext::Text);
            m_buf += "</data>\n";
        } else {
            m_buf += "<attvalue for=\"" + key + "\" value=\"";
            attr(v);
            m_buf += "\"/>\n";
        }
    }

    void beginValues(int indent)
    {
        if (!graphml())
            m_buf.append(std::size_t(indent), ' ').append("<attvalues>\n");
    }

    void endValues(int indent)
    {
        if (!graphml())
            m_buf.append(std::size_t(indent), ' ').append("</attvalues>\n");
    }

    /** The first visible value of the schema's caption properties, else the id. */
    static std::string_view captionOf(const store::EntityRecord& e, const model::Schema* schema)
    {
        // Computed from the values being exported, never from the stored caption, which may
        // come from a value above --max-sensitivity.
        if (schema) {
            for (const auto& prop : schema->caption()) {
                for (const auto& [p, v] : e.values) {
                    if (p == prop)
                        return v;
                }
            }
        }
        return e.id;
    }

    Status writeNodes()
    {
        int indent = graphml() ? 4 : 6;
        int valueIndent = graphml() ? 6 : 10;
        auto counts = pass([&](const store::EntityRecord& e) -> Status {
            if (edgeOf(e))
                return {};
            std::string_view label = captionOf(e, m_model.schema(e.schema));
            m_buf.append(std::size_t(indent), ' ').append("<node id=\"");
            attr(e.id);
            if (!graphml()) {
                m_buf += "\" label=\"";
                attr(label);
            }
            m_buf += "\">\n";
            beginValues(valueIndent - 2);
            if (graphml())
                value(m_nodeLabelKey, label, valueIndent);
            value(m_nodeSchemaKey, e.schema, valueIndent);
            Status missing;
            store::forEachProperty(e, [&](const std::string& prop,
                                          const std::vector<std::string_view>& values) {
                auto key = m_nodePropKey.find(prop);
                if (key == m_nodePropKey.end())
                    missing = makeError("the workspace changed during the export; export again");
                else
                    value(key->second, joined(values), valueIndent);
            });
            if (!missing)
                return missing;
            for (std::size_t i = 0; i < m_options.nodeMetrics.size(); ++i) {
                const auto& values = m_options.nodeMetrics[i].values;
                auto found = values.find(e.id);
                if (found == values.end() || !std::isfinite(found->second))
                    continue;
                char number[32];
                auto end = std::to_chars(number, number + sizeof number, found->second).ptr;
                value(m_nodeMetricKeys[i], std::string_view(number, std::size_t(end - number)),
                      valueIndent);
            }
            endValues(valueIndent - 2);
            m_buf.append(std::size_t(indent), ' ').append("</node>\n");
            ++m_report.entities;
            m_report.statements += e.values.size();
            return flush(false);
        });
        if (!counts)
            return counts.error();
        // Every pass reads every entity; this one counts what was withheld.
        m_report.withheldStatements = counts->withheldStatements;
        if (!graphml())
            m_buf += "    </nodes>\n    <edges>\n";
        return {};
    }

    Status writeEdges()
    {
        int indent = graphml() ? 4 : 6;
        int valueIndent = graphml() ? 6 : 10;
        std::vector<std::pair<std::string, std::string>> props; // (key id, joined values)
        std::vector<std::string> sources, targets;
        auto counts = pass([&](const store::EntityRecord& e) -> Status {
            const model::Edge* edge = edgeOf(e);
            if (!edge)
                return {};
            props.clear();
            sources.clear();
            targets.clear();
            bool missing = false;
            store::forEachProperty(
                e, [&](const std::string& prop, const std::vector<std::string_view>& values) {
                    if (prop == edge->source || prop == edge->target) {
                        auto& ends = prop == edge->source ? sources : targets;
                        ends.assign(values.begin(), values.end());
                        return;
                    }
                    auto key = m_edgePropKey.find(prop);
                    if (key == m_edgePropKey.end())
                        missing = true;
                    else
                        props.emplace_back(key->second, joined(values));
                });
            if (missing)
                return makeError("the workspace changed during the export; export again");
            if (sources.empty() || targets.empty()) {
                ++m_report.droppedEdges;
                return {};
            }
            std::size_t pairs = sources.size() * targets.size();
            std::size_t n = 0;
            bool written = false;
            for (const auto& source : sources) {
                for (const auto& target : targets) {
                    ++n;
                    if (!m_nodeIds.count(source) || !m_nodeIds.count(target)) {
                        ++m_report.droppedEdges;
                        continue;
                    }
                    written = true;
                    m_buf.append(std::size_t(indent), ' ').append("<edge id=\"");
                    attr(e.id);
                    if (pairs > 1)
                        m_buf += ":" + std::to_string(n);
                    m_buf += "\" source=\"";
                    attr(source);
                    m_buf += "\" target=\"";
                    attr(target);
                    if (!graphml()) {
                        m_buf += "\" label=\"";
                        attr(edge->label);
                        m_buf += "\" weight=\"1";
                    }
                    m_buf += "\">\n";
                    beginValues(valueIndent - 2);
                    if (graphml())
                        value(m_edgeLabelKey, edge->label, valueIndent);
                    value(m_edgeSchemaKey, e.schema, valueIndent);
                    value(m_edgeEntityKey, e.id, valueIndent);
                    value(m_edgeDirectedKey, edge->directed ? "true" : "false", valueIndent);
                    for (const auto& [key, v] : props)
                        value(key, v, valueIndent);
                    endValues(valueIndent - 2);
                    m_buf.append(std::size_t(indent), ' ').append("</edge>\n");
                }
            }
            if (written) {
                ++m_report.entities;
                m_report.statements += e.values.size();
            }
            return flush(false);
        });
        if (!counts)
            return counts.error();
        return {};
    }

    void writeFooter()
    {
        if (graphml())
            m_buf += "  </graph>\n</graphml>\n";
        else
            m_buf += "    </edges>\n  </graph>\n</gexf>\n";
    }

    Status flush(bool always)
    {
        if (m_buf.empty() || (!always && m_buf.size() < kFlushSize))
            return {};
        auto st = m_file.write(m_buf);
        m_buf.clear();
        return st;
    }

    const store::Workspace& m_ws;
    const ExportOptions& m_options;
    Dialect m_dialect;
    const model::Model& m_model;
    util::AtomicFile m_file;

    std::unordered_set<std::string> m_nodeIds; // the only state that grows with the data
    std::set<std::string> m_nodeProps, m_edgeProps;
    std::vector<Key> m_nodeKeys, m_edgeKeys;
    std::unordered_map<std::string, std::string> m_nodePropKey, m_edgePropKey;
    std::vector<std::string> m_nodeMetricKeys; // by ExportOptions::nodeMetrics
    std::string m_nodeLabelKey, m_nodeSchemaKey;
    std::string m_edgeLabelKey, m_edgeSchemaKey, m_edgeEntityKey, m_edgeDirectedKey;

    std::string m_buf;
    std::uint64_t m_progressBase = 0;
    ExportReport m_report;
};

} // namespace

Result<ExportReport> exportGraphML(const store::Workspace& ws, const std::string& path,
                                   const ExportOptions& options)
{
    return GraphExporter(ws, path, options, Dialect::GraphML).run();
}

Result<ExportReport> exportGexf(const store::Workspace& ws, const std::string& path,
                                const ExportOptions& options)
{
    return GraphExporter(ws, path, options, Dialect::Gexf).run();
}

} // namespace commonplace::io
