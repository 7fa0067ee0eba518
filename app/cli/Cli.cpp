// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "BundleCommands.h"
#include "DedupeCommand.h"
#include "GraphCommands.h"
#include "KeysCommands.h"
#include "MatchCommands.h"
#include "Open.h"
#include "Progress.h"

#include "crypto/Vfs.h"
#include "graph/Analyses.h"
#include "io/Export.h"
#include "io/Import.h"
#include "store/Workspace.h"
#include "util/Json.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <unistd.h>

namespace commonplace::cli {

namespace {

Result<std::unique_ptr<store::Workspace>> openWorkspace(const Options& o,
                                                        store::Workspace::Mode mode)
{
    return openNamedWorkspace(o.workspace, mode);
}

std::string workspacePath(const Options& o)
{
    return o.workspace.empty() ? store::Workspace::defaultPath() : o.workspace;
}

int cmdInit(const Options& o, bool encrypt)
{
    std::string path = workspacePath(o);
    store::Workspace::OpenOptions options;
    options.mode = store::Workspace::Mode::CreateNew;
    Result<crypto::SecretBytes> passphrase = crypto::SecretBytes();
    if (encrypt) {
        if (store::Workspace::isEncrypted(path) || std::filesystem::exists(path))
            return fail(makeError("a file already exists here; not overwriting it", path));
        passphrase = newPassphrase(path, true);
        if (!passphrase)
            return fail(passphrase.error());
        options.encrypt = true;
        options.passphrase = &*passphrase;
    }
    auto ws = store::Workspace::open(path, options);
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
            .key("encrypted")
            .value((*ws)->encrypted())
            .endObject();
        printJson(out);
    } else {
        std::printf("Created %sworkspace %s\n", (*ws)->encrypted() ? "encrypted " : "",
                    path.c_str());
    }
    return kOk;
}

int printDone(const Options& o, const std::string& path, const char* action, bool encrypted,
              const char* text)
{
    if (o.json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject()
            .key("workspace")
            .value(path)
            .key("action")
            .value(std::string(action))
            .key("encrypted")
            .value(encrypted)
            .endObject();
        printJson(out);
    } else {
        std::printf("%s %s\n", text, path.c_str());
    }
    return kOk;
}

int cmdEncrypt(const Options& o)
{
    std::string path = workspacePath(o);
    if (store::Workspace::isEncrypted(path))
        return fail(makeError("this workspace is already encrypted", path));
    if (!std::filesystem::exists(path))
        return fail(makeError("no workspace here (create one with `init --encrypt`)", path));
    auto passphrase = newPassphrase(path, true);
    if (!passphrase)
        return fail(passphrase.error());
    if (auto st = store::Workspace::encryptFile(path, *passphrase); !st)
        return fail(st.error());
    return printDone(o, path, "encrypt", true, "Encrypted workspace");
}

int cmdDecrypt(const Options& o)
{
    std::string path = workspacePath(o);
    if (!store::Workspace::isEncrypted(path))
        return fail(makeError("this workspace is not encrypted", path));
    auto passphrase = currentPassphrase(path);
    if (!passphrase)
        return fail(passphrase.error());
    auto key = store::Workspace::unlock(path, *passphrase);
    if (!key)
        return fail(key.error());
    if (auto st = store::Workspace::decryptFile(path, *key); !st)
        return fail(st.error());
    return printDone(o, path, "decrypt", false, "Decrypted workspace (now stored in plain text)");
}

int cmdPassphrase(const Options& o)
{
    std::string path = workspacePath(o);
    if (!store::Workspace::isEncrypted(path))
        return fail(makeError("this workspace is not encrypted (encrypt it with `encrypt`)", path));
    auto ws = openCliWorkspace(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return fail(ws.error());
    auto next = newPassphrase(path, false);
    if (!next)
        return fail(next.error());
    if (auto st = (*ws)->changePassphrase(*next); !st)
        return fail(st.error());
    return printDone(o, path, "passphrase", true, "Changed the passphrase of");
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

/**
 * The graph metrics `export --metrics` attaches to GraphML/GEXF nodes, computed on the
 * projection under the export's own limits (--max-sensitivity, --dataset).
 */
Result<std::vector<io::NodeMetric>> exportMetrics(const store::Workspace& ws,
                                                  const std::vector<std::string>& names,
                                                  const io::ExportOptions& opts)
{
    graph::Filter filter;
    filter.maxSensitivity = opts.maxSensitivity;
    if (!opts.dataset.empty())
        filter.datasets = {opts.dataset};
    auto p = graph::Projection::build(ws, filter);
    if (!p)
        return p.error();
    std::vector<io::NodeMetric> metrics;
    if (p->vertexCount() == 0)
        return metrics; // no actors: nothing to measure, nodes get no metric
    auto scores = [&](const char* name, const std::vector<graph::Score>& list) {
        io::NodeMetric m{name, {}};
        for (const auto& s : list)
            m.values.emplace(s.id, s.score);
        metrics.push_back(std::move(m));
    };
    auto groups = [&](const char* name, const std::vector<std::vector<std::string>>& list) {
        io::NodeMetric m{name, {}};
        for (std::size_t i = 0; i < list.size(); ++i) {
            for (const auto& id : list[i])
                m.values.emplace(id, double(i));
        }
        metrics.push_back(std::move(m));
    };
    for (const auto& name : names) {
        if (name == "pagerank") {
            auto r = graph::pageRank(*p);
            if (!r)
                return r.error();
            scores("pagerank", *r);
        } else if (name == "betweenness") {
            auto r = graph::betweenness(*p);
            if (!r)
                return r.error();
            scores("betweenness", r->scores);
        } else if (name == "closeness") {
            auto r = graph::closeness(*p);
            if (!r)
                return r.error();
            scores("closeness", *r);
        } else if (name == "degree") {
            auto r = graph::degree(*p);
            if (!r)
                return r.error();
            io::NodeMetric in{"degree_in", {}}, out{"degree_out", {}};
            for (const auto& d : *r) {
                in.values.emplace(d.id, double(d.in));
                out.values.emplace(d.id, double(d.out));
            }
            metrics.push_back(std::move(in));
            metrics.push_back(std::move(out));
        } else if (name == "kcore") {
            auto r = graph::coreNumbers(*p);
            if (!r)
                return r.error();
            io::NodeMetric m{"core", {}};
            for (const auto& [id, core] : *r)
                m.values.emplace(id, double(core));
            metrics.push_back(std::move(m));
        } else if (name == "communities") {
            auto r = graph::louvain(*p);
            if (!r)
                return r.error();
            groups("community", r->groups);
        } else if (name == "components") {
            auto r = graph::components(*p);
            if (!r)
                return r.error();
            groups("component", *r);
        }
    }
    return metrics;
}

const std::vector<std::string> kExportMetrics = {"pagerank", "betweenness", "closeness", "degree",
                                                 "kcore",    "communities", "components"};

int cmdExport(const Options& o, const std::string& file, const std::string& format,
              const std::string& maxSensitivity, const std::string& dataset,
              const std::vector<std::string>& metrics)
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
    if (!metrics.empty() && opts.format != io::ExportFormat::GraphML &&
        opts.format != io::ExportFormat::Gexf)
        return usage("--metrics goes with --format graphml or gexf");
    for (const auto& m : metrics) {
        if (std::find(kExportMetrics.begin(), kExportMetrics.end(), m) == kExportMetrics.end())
            return usage("unknown metric '" + m +
                         "' (pagerank, betweenness, closeness, degree, kcore, communities, "
                         "components)");
    }
    auto ws = openWorkspace(o, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return fail(ws.error());
    if (!metrics.empty()) {
        auto computed = exportMetrics(**ws, metrics, opts);
        if (!computed)
            return fail(computed.error());
        opts.nodeMetrics = std::move(computed).value();
    }
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
            .value(r.files);
        if (!opts.nodeMetrics.empty()) {
            w.key("metrics").beginArray();
            for (const auto& m : opts.nodeMetrics)
                w.value(m.name);
            w.endArray();
        }
        w.endObject();
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
            .key("canonical_entities")
            .value(s->canonicalEntities)
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
        if (s->canonicalEntities != s->entities)
            std::printf("%lld entities once merged entities count as one\n",
                        (long long)s->canonicalEntities);
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
        if (!d->members.empty()) {
            w.key("members").beginArray();
            for (auto& m : d->members)
                w.beginObject()
                    .key("id")
                    .value(m.id)
                    .key("schema")
                    .value(m.schema)
                    .key("caption")
                    .value(m.caption)
                    .endObject();
            w.endArray();
        }
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
            if (!d->members.empty())
                w.key("entity").value(s.entity);
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
        if (!d->members.empty()) {
            std::printf("One entity of %zu merged:", d->members.size());
            for (auto& m : d->members)
                std::printf(" %s", m.id.c_str());
            std::printf("\n");
        }
        for (auto& s : d->statements) {
            std::string prov = "dataset " + s.dataset;
            if (!d->members.empty())
                prov += ", entity " + s.entity;
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

    std::string passphraseFile, newPassphraseFile;
    app.add_option("--passphrase-file", passphraseFile,
                   "Read an encrypted workspace's passphrase from the first line of FILE");
    app.add_option("--new-passphrase-file", newPassphraseFile,
                   "passphrase: read the new passphrase from the first line of FILE");

    auto* init = app.add_subcommand("init", "Create an empty workspace");
    bool initEncrypt = false;
    init->add_flag("--encrypt", initEncrypt, "Encrypt it with a passphrase (docs/security.md)");
    auto* encryptCmd =
        app.add_subcommand("encrypt", "Convert a plain workspace into an encrypted one");
    auto* decryptCmd = app.add_subcommand(
        "decrypt", "Convert an encrypted workspace back into a plain (unprotected) one");
    auto* passphraseCmd =
        app.add_subcommand("passphrase", "Change an encrypted workspace's passphrase");

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
    BundleArgs bundleArgs;
    addBundleImportOptions(*imp, bundleArgs);

    std::string exFile, exFormat, maxSens = "restricted", exDataset;
    auto* exp = app.add_subcommand("export", "Export the workspace to a file");
    exp->add_option("FILE", exFile, "Destination file")->required();
    exp->add_option("--format", exFormat, "ftm, csv, xlsx, graphml, gexf or bundle")->required();
    exp->add_option("--max-sensitivity", maxSens,
                    "Leave out everything above: public, coalition, internal, restricted")
        ->capture_default_str();
    exp->add_option("--dataset", exDataset, "Only this dataset's values");
    std::vector<std::string> exMetrics;
    exp->add_option("--metrics", exMetrics,
                    "GraphML/GEXF: add graph metrics as node attributes (comma-separated: "
                    "pagerank, betweenness, closeness, degree, kcore, communities, components)")
        ->delimiter(',')
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    addBundleExportOptions(*exp, bundleArgs);

    KeysArgs keysArgs;
    addKeysCommands(app, keysArgs);

    auto* stats = app.add_subcommand("stats", "Counts of entities, values, schemata, datasets");

    std::string query;
    int limit = 20;
    auto* search = app.add_subcommand("search", "Full-text search over names and text");
    search->add_option("QUERY", query, "Words to look for")->required();
    search->add_option("--limit", limit, "Most results to show")->capture_default_str();

    std::string id;
    auto* show = app.add_subcommand("show", "One entity with every value and its provenance");
    show->add_option("ID", id, "Entity id")->required();

    GraphArgs graphArgs;
    GraphCommands graphCommands = addGraphCommands(app, graphArgs);

    DedupeArgs dedupeArgs;
    double dedupeAuto = 0;
    auto* dedupe = app.add_subcommand(
        "dedupe", "Candidate matches, best first; --auto merges those at or above SCORE");
    auto* dedupeAutoOption =
        dedupe->add_option("--auto", dedupeAuto, "Merge pairs scoring at least SCORE (0-1)");
    dedupe->add_option("--dataset", dedupeArgs.dataset, "Only entities with values from it");
    dedupe->add_option("--against", dedupeArgs.against,
                       "With --dataset: link it to this dataset instead of deduplicating");
    dedupe->add_option("--threshold", dedupeArgs.threshold, "Leave out candidates below")
        ->capture_default_str();
    dedupe->add_option("--limit", dedupeArgs.limit, "Review candidates to show (0: all)")
        ->capture_default_str();
    dedupe->add_flag("--explain", dedupeArgs.explain, "Show every feature of every score");
    dedupe->add_flag("--discount-same-dataset", dedupeArgs.discountSameDataset,
                     "Lower the score of pairs within one dataset");
    dedupe->add_option("--user", dedupeArgs.user, "Who merges (default: the login name)");

    std::string judgeLeft, judgeRight, judgeDecision, judgeUser;
    auto* judge = app.add_subcommand(
        "judge", "Record whether two entities are the same actor (yes merges them)");
    judge->add_option("A", judgeLeft, "Entity id")->required();
    judge->add_option("B", judgeRight, "Entity id")->required();
    judge->add_option("JUDGEMENT", judgeDecision, "yes, no or unsure")->required();
    judge->add_option("--user", judgeUser, "Who decides (default: the login name)");

    std::string unmergeId;
    auto* unmerge = app.add_subcommand("unmerge", "Split a merged entity back into its parts");
    unmerge->add_option("ID", unmergeId, "Id of any member of the merged entity")->required();

    std::string judgementsAction, judgementsFile;
    auto* judgements = app.add_subcommand(
        "judgements", "Export or import judgements as nomenklatura resolver lines");
    judgements->add_option("ACTION", judgementsAction, "export or import")
        ->required()
        ->check(CLI::IsMember({"export", "import"}));
    judgements->add_option("FILE", judgementsFile, "Judgements file")->required();

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

    setPassphraseFiles(passphraseFile, newPassphraseFile);
    if (init->parsed())
        return cmdInit(o, initEncrypt);
    if (encryptCmd->parsed())
        return cmdEncrypt(o);
    if (decryptCmd->parsed())
        return cmdDecrypt(o);
    if (passphraseCmd->parsed())
        return cmdPassphrase(o);
    if (imp->parsed() && isBundleImport(file, format))
        return cmdImportBundle(o.workspace, o.json, file, sensitivity,
                               imp->get_option("--dataset")->count() ? dataset : "", bundleArgs);
    if (imp->parsed())
        return cmdImport(o, file, format, dataset, mapping, sensitivity);
    if (exp->parsed() && exFormat != "bundle" &&
        (!bundleArgs.recipients.empty() || bundleArgs.pseudonymiseSources))
        return usage("--recipient and --pseudonymise-sources go with --format bundle");
    if (imp->parsed() && bundleArgs.trustUnknown && !isBundleImport(file, format))
        return usage("--trust-unknown goes with exchange bundles");
    if (exp->parsed() && exFormat == "bundle")
        return cmdExportBundle(o.workspace, o.json, exFile, maxSens, exDataset, bundleArgs);
    if (exp->parsed())
        return cmdExport(o, exFile, exFormat, maxSens, exDataset, exMetrics);
    if (stats->parsed())
        return cmdStats(o);
    if (search->parsed())
        return cmdSearch(o, query, limit);
    if (show->parsed())
        return cmdShow(o, id);
    if (graphCommands.graph->parsed())
        return cmdGraph(o, graphArgs, graphCommands);
    if (dedupe->parsed()) {
        if (dedupeAutoOption->count() > 0)
            dedupeArgs.autoScore = dedupeAuto;
        return cmdDedupe(o.workspace, o.json, dedupeArgs);
    }
    if (judge->parsed())
        return cmdJudge(o.workspace, o.json, judgeLeft, judgeRight, judgeDecision, judgeUser);
    if (unmerge->parsed())
        return cmdUnmerge(o.workspace, o.json, unmergeId);
    if (keysArgs.keys->parsed())
        return cmdKeys(o.workspace, o.json, keysArgs);
    if (judgements->parsed())
        return cmdJudgements(o.workspace, o.json, judgementsAction, judgementsFile);
    return kUsage;
}

} // namespace commonplace::cli
