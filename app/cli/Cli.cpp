// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "io/Export.h"
#include "io/Import.h"
#include "store/Workspace.h"
#include "util/Json.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <unistd.h>

namespace commonplace::cli {

namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

struct Options
{
    std::string workspace;
    bool json = false;
};

int fail(const Error& e)
{
    std::fprintf(stderr, "commonplace-cli: %s\n", e.describe().c_str());
    return kFailed;
}

void printJson(const std::string& json)
{
    std::fwrite(json.data(), 1, json.size(), stdout);
    std::fputc('\n', stdout);
}

/** A progress bar on stderr when it is a terminal; silent when piped. */
class ProgressBar
{
public:
    explicit ProgressBar(std::string label)
        : m_label(std::move(label))
        , m_enabled(::isatty(2) == 1)
        , m_start(std::chrono::steady_clock::now())
    {}
    ~ProgressBar() { finish(); }

    io::Progress callback()
    {
        return [this](std::uint64_t done, std::uint64_t total) {
            update(done, total);
            return true;
        };
    }

    void update(std::uint64_t done, std::uint64_t total)
    {
        if (!m_enabled)
            return;
        auto now = std::chrono::steady_clock::now();
        if (now - m_last < std::chrono::milliseconds(100) && done < total)
            return;
        m_last = now;
        m_drawn = true;
        constexpr int width = 30;
        if (total > 0) {
            double frac = std::min(1.0, double(done) / double(total));
            int filled = int(frac * width);
            std::fprintf(stderr, "\r%s [%s%s] %3d%%", m_label.c_str(),
                         std::string(std::size_t(filled), '#').c_str(),
                         std::string(std::size_t(width - filled), ' ').c_str(), int(frac * 100));
        } else {
            std::fprintf(stderr, "\r%s %llu", m_label.c_str(), (unsigned long long)done);
        }
        std::fflush(stderr);
    }

    void finish()
    {
        if (m_enabled && m_drawn) {
            std::fprintf(stderr, "\r%*s\r", int(m_label.size()) + 40, "");
            std::fflush(stderr);
            m_drawn = false;
        }
    }

private:
    std::string m_label;
    bool m_enabled;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_start, m_last;
};

Result<std::unique_ptr<store::Workspace>> openWorkspace(const Options& o,
                                                        store::Workspace::Mode mode)
{
    std::string path = o.workspace.empty() ? store::Workspace::defaultPath() : o.workspace;
    if (o.workspace.empty() && mode == store::Workspace::Mode::OpenExisting)
        mode = store::Workspace::Mode::OpenOrCreate; // the default workspace is made on first use
    return store::Workspace::open(path, mode);
}

int cmdInit(const Options& o)
{
    std::string path = o.workspace.empty() ? store::Workspace::defaultPath() : o.workspace;
    auto ws = store::Workspace::open(path, store::Workspace::Mode::CreateNew);
    if (!ws)
        return fail(ws.error());
    if (o.json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject()
            .key("workspace")
            .value(path)
            .key("schema_version")
            .value((*ws)->schemaVersion())
            .endObject();
        printJson(out);
    } else {
        std::printf("Created workspace %s\n", path.c_str());
    }
    return kOk;
}

int cmdImport(const Options& o, const std::string& file, const std::string& format,
              const std::string& dataset, const std::string& mapping,
              const std::string& sensitivity)
{
    io::ImportOptions opts;
    auto f = io::parseFormat(format);
    if (!f) {
        std::fprintf(stderr, "commonplace-cli: unknown --format '%s' (auto, ftm, csv, bundle)\n",
                     format.c_str());
        return kUsage;
    }
    opts.format = *f;
    opts.dataset = dataset;
    opts.mappingPath = mapping;
    auto level = store::parseSensitivity(sensitivity);
    if (!level) {
        std::fprintf(stderr, "commonplace-cli: unknown --sensitivity '%s'\n", sensitivity.c_str());
        return kUsage;
    }
    opts.sensitivity = *level;
    auto ws = openWorkspace(o, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return fail(ws.error());
    ProgressBar bar("Importing");
    opts.progress = bar.callback();
    auto report = io::importFile(**ws, file, opts);
    bar.finish();
    if (!report)
        return fail(report.error());
    const auto& r = *report;
    if (o.json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject()
            .key("file")
            .value(file)
            .key("format")
            .value(r.format)
            .key("dataset")
            .value(dataset)
            .key("lines")
            .value(r.lines)
            .key("entities")
            .value(r.entities)
            .key("entities_created")
            .value(r.entitiesCreated)
            .key("statements")
            .value(r.statements)
            .key("statements_added")
            .value(r.statementsAdded)
            .key("sources")
            .value(r.sources)
            .key("findings")
            .value(r.findings)
            .key("dangling_references")
            .value(r.danglingReferences)
            .endObject();
        printJson(out);
    } else {
        std::printf("Imported %s into dataset '%s': %llu entities (%llu new), %llu values "
                    "(%llu new)",
                    file.c_str(), dataset.c_str(), (unsigned long long)r.entities,
                    (unsigned long long)r.entitiesCreated, (unsigned long long)r.statements,
                    (unsigned long long)r.statementsAdded);
        if (r.sources || r.findings)
            std::printf(", %llu sources, %llu findings", (unsigned long long)r.sources,
                        (unsigned long long)r.findings);
        std::printf(".\n");
        if (r.danglingReferences)
            std::printf("Note: %llu references point at entities not in the workspace.\n",
                        (unsigned long long)r.danglingReferences);
    }
    return kOk;
}

int cmdExport(const Options& o, const std::string& file, const std::string& format,
              const std::string& maxSensitivity, const std::string& dataset)
{
    io::ExportOptions opts;
    auto f = io::parseExportFormat(format);
    if (!f) {
        std::fprintf(stderr,
                     "commonplace-cli: unknown --format '%s' (ftm, csv, xlsx, graphml, gexf, "
                     "bundle)\n",
                     format.c_str());
        return kUsage;
    }
    opts.format = *f;
    auto level = store::parseSensitivity(maxSensitivity);
    if (!level) {
        std::fprintf(stderr, "commonplace-cli: unknown --max-sensitivity '%s'\n",
                     maxSensitivity.c_str());
        return kUsage;
    }
    opts.maxSensitivity = *level;
    opts.dataset = dataset;
    auto ws = openWorkspace(o, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return fail(ws.error());
    ProgressBar bar("Exporting");
    opts.progress = bar.callback();
    auto report = io::exportFile(**ws, file, opts);
    bar.finish();
    if (!report)
        return fail(report.error());
    const auto& r = *report;
    if (o.json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject()
            .key("file")
            .value(file)
            .key("format")
            .value(r.format)
            .key("entities")
            .value(r.entities)
            .key("statements")
            .value(r.statements)
            .key("withheld_statements")
            .value(r.withheldStatements)
            .key("files")
            .value(r.files)
            .endObject();
        printJson(out);
    } else {
        std::printf("Exported %llu entities (%llu values) to %s.\n", (unsigned long long)r.entities,
                    (unsigned long long)r.statements, file.c_str());
        if (r.withheldStatements)
            std::printf("Withheld %llu values above '%s'.\n",
                        (unsigned long long)r.withheldStatements, maxSensitivity.c_str());
        if (r.droppedEdges)
            std::printf("Left out %llu relationships whose ends are not in the export.\n",
                        (unsigned long long)r.droppedEdges);
    }
    return kOk;
}

int cmdStats(const Options& o)
{
    auto ws = openWorkspace(o, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return fail(ws.error());
    auto s = (*ws)->stats();
    if (!s)
        return fail(s.error());
    if (o.json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject()
            .key("entities")
            .value(s->entities)
            .key("statements")
            .value(s->statements)
            .key("sources")
            .value(s->sources)
            .key("findings")
            .value(s->findings)
            .key("schemata")
            .beginObject();
        for (auto& [k, v] : s->schemata)
            w.key(k).value(v);
        w.endObject().key("datasets").beginObject();
        for (auto& [k, v] : s->datasets)
            w.key(k).value(v);
        w.endObject().endObject();
        printJson(out);
    } else {
        std::printf("%lld entities, %lld values, %lld sources, %lld findings\n",
                    (long long)s->entities, (long long)s->statements, (long long)s->sources,
                    (long long)s->findings);
        std::printf("By schema:\n");
        for (auto& [k, v] : s->schemata)
            std::printf("  %-20s %lld\n", k.c_str(), (long long)v);
        std::printf("By dataset (entities with values from it):\n");
        for (auto& [k, v] : s->datasets)
            std::printf("  %-20s %lld\n", k.c_str(), (long long)v);
    }
    return kOk;
}

int cmdSearch(const Options& o, const std::string& query, int limit)
{
    if (limit < 1 || limit > 10000) {
        std::fprintf(stderr, "commonplace-cli: --limit must be between 1 and 10000\n");
        return kUsage;
    }
    auto ws = openWorkspace(o, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return fail(ws.error());
    auto hits = (*ws)->search(query, limit);
    if (!hits)
        return fail(hits.error());
    if (o.json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject().key("query").value(query).key("results").beginArray();
        for (auto& h : *hits)
            w.beginObject()
                .key("id")
                .value(h.id)
                .key("schema")
                .value(h.schema)
                .key("caption")
                .value(h.caption)
                .key("snippet")
                .value(h.snippet)
                .key("score")
                .value(-h.rank)
                .endObject();
        w.endArray().endObject();
        printJson(out);
    } else {
        if (hits->empty())
            std::printf("No matches for '%s'.\n", query.c_str());
        for (auto& h : *hits)
            std::printf("%-14s %-40s %s\n", h.schema.c_str(), h.caption.c_str(), h.id.c_str());
    }
    return kOk;
}

std::string grading(const store::StatementRow& s)
{
    if (s.reliability.empty() && s.credibility == 0)
        return {};
    return s.reliability + (s.credibility ? std::to_string(s.credibility) : std::string());
}

int cmdShow(const Options& o, const std::string& id)
{
    auto ws = openWorkspace(o, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return fail(ws.error());
    auto d = (*ws)->entity(id);
    if (!d)
        return fail(d.error());
    if (o.json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject()
            .key("id")
            .value(d->entity.id)
            .key("schema")
            .value(d->entity.schema)
            .key("caption")
            .value(d->entity.caption);
        if (!d->entity.canonicalId.empty())
            w.key("canonical_id").value(d->entity.canonicalId);
        w.key("properties").beginObject();
        std::string_view prop;
        bool open = false;
        for (auto& s : d->statements) {
            if (!open || s.prop != prop) {
                if (open)
                    w.endArray();
                w.key(s.prop).beginArray();
                prop = s.prop;
                open = true;
            }
            w.beginObject().key("value").value(s.value).key("dataset").value(s.dataset);
            if (!s.sourceKey.empty())
                w.key("source").value(s.sourceKey).key("source_title").value(s.sourceTitle);
            if (auto g = grading(s); !g.empty())
                w.key("grading").value(g);
            if (!s.lang.empty())
                w.key("lang").value(s.lang);
            if (!s.firstSeen.empty())
                w.key("first_seen").value(s.firstSeen);
            if (!s.lastSeen.empty())
                w.key("last_seen").value(s.lastSeen);
            w.key("sensitivity").value(store::toString(s.sensitivity));
            w.endObject();
        }
        if (open)
            w.endArray();
        w.endObject().key("referenced_by").beginArray();
        for (auto& r : d->referencedBy)
            w.beginObject()
                .key("id")
                .value(r.id)
                .key("schema")
                .value(r.schema)
                .key("caption")
                .value(r.caption)
                .key("property")
                .value(r.prop)
                .endObject();
        w.endArray();
        if (!d->extraJson.empty())
            w.key("extra").raw(d->extraJson);
        w.endObject();
        printJson(out);
    } else {
        std::printf("%s  (%s, id %s)\n", d->entity.caption.c_str(), d->entity.schema.c_str(),
                    d->entity.id.c_str());
        if (!d->entity.canonicalId.empty())
            std::printf("Merged into %s\n", d->entity.canonicalId.c_str());
        for (auto& s : d->statements) {
            std::string prov = "dataset " + s.dataset;
            if (!s.sourceKey.empty())
                prov += ", source " + s.sourceTitle;
            if (auto g = grading(s); !g.empty())
                prov += " [" + g + "]";
            prov += ", " + std::string(store::toString(s.sensitivity));
            std::printf("  %-18s %s\n  %-18s   (%s)\n", s.prop.c_str(), s.value.c_str(), "",
                        prov.c_str());
        }
        if (!d->referencedBy.empty()) {
            std::printf("Referenced by:\n");
            for (auto& r : d->referencedBy)
                std::printf("  %-14s %-36s via %s (%s)\n", r.schema.c_str(), r.caption.c_str(),
                            r.prop.c_str(), r.id.c_str());
        }
    }
    return kOk;
}

} // namespace

int run(int argc, char** argv)
{
    CLI::App app{"Commonplace: record, explore and exchange research on the anti-rights "
                 "movement, headless.",
                 "commonplace-cli"};
    app.require_subcommand(1);
    Options o;
    app.add_option("--workspace", o.workspace,
                   "Workspace file (default: " + store::Workspace::defaultPath() + ")");
    app.add_flag("--json", o.json, "Print machine-readable JSON (shapes in docs/cli.md)");
    app.fallthrough();

    auto* init = app.add_subcommand("init", "Create an empty workspace");

    std::string file, format = "auto", dataset = "default", mapping, sensitivity = "public";
    auto* imp =
        app.add_subcommand("import", "Import a file (FtM JSON lines or CSV with a mapping)");
    imp->add_option("FILE", file, "File to import")->required();
    imp->add_option("--format", format, "auto, ftm, csv or bundle")->capture_default_str();
    imp->add_option("--dataset", dataset, "Dataset the values belong to")->capture_default_str();
    imp->add_option("--mapping", mapping, "Mapping file for CSV (docs/formats.md)");
    imp->add_option("--sensitivity", sensitivity,
                    "Lowest sensitivity to give imported values: public, coalition, internal, "
                    "restricted")
        ->capture_default_str();

    std::string exFile, exFormat, maxSens = "restricted", exDataset;
    auto* exp = app.add_subcommand("export", "Export the workspace to a file");
    exp->add_option("FILE", exFile, "Destination file")->required();
    exp->add_option("--format", exFormat, "ftm, csv, xlsx, graphml, gexf or bundle")->required();
    exp->add_option("--max-sensitivity", maxSens,
                    "Leave out everything above: public, coalition, internal, restricted")
        ->capture_default_str();
    exp->add_option("--dataset", exDataset, "Only this dataset's values");

    auto* stats = app.add_subcommand("stats", "Counts of entities, values, schemata, datasets");

    std::string query;
    int limit = 20;
    auto* search = app.add_subcommand("search", "Full-text search over names and text");
    search->add_option("QUERY", query, "Words to look for")->required();
    search->add_option("--limit", limit, "Most results to show")->capture_default_str();

    std::string id;
    auto* show = app.add_subcommand("show", "One entity with every value and its provenance");
    show->add_option("ID", id, "Entity id")->required();

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kUsage;
    }

    if (init->parsed())
        return cmdInit(o);
    if (imp->parsed())
        return cmdImport(o, file, format, dataset, mapping, sensitivity);
    if (exp->parsed())
        return cmdExport(o, exFile, exFormat, maxSens, exDataset);
    if (stats->parsed())
        return cmdStats(o);
    if (search->parsed())
        return cmdSearch(o, query, limit);
    if (show->parsed())
        return cmdShow(o, id);
    return kUsage;
}

} // namespace commonplace::cli
