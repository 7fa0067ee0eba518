// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the graph analysis tests: hand-built projections, seeded random graphs (as a
// projection, as GraphML and as FtM JSON lines), and the NetworkX reference
// (tests/core/networkx_graph.py). A missing python3 or NetworkX fails the tests that need them.
#pragma once

#include "TestUtil.h"
#include "graph/Projection.h"
#include "util/Xml.h"

#include <catch2/catch.hpp>
#include <simdjson.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace commonplace::test {

/** Builds a graph::Graph by hand: actors by id, relationships between them. */
class GraphBuilder
{
public:
    graph::Vertex actor(const std::string& id, const std::string& schema = "Person")
    {
        auto found = m_vertices.find(id);
        if (found != m_vertices.end())
            return found->second;
        graph::Vertex v = boost::add_vertex(graph::Actor{id, schema, id}, m_graph);
        m_vertices.emplace(id, v);
        return v;
    }

    /** A relationship from a to b (actors created on first mention). */
    void edge(const std::string& a, const std::string& b, const std::string& schema = "Payment",
              bool directed = true, double amount = std::nan(""), const std::string& currency = {})
    {
        graph::Relation r;
        r.id = "rel-" + std::to_string(m_edges++);
        r.schema = schema;
        r.directed = directed;
        r.amount = amount;
        r.currency = currency;
        const graph::Vertex from = actor(a), to = actor(b); // in this order
        boost::add_edge(from, to, r, m_graph);
    }
    void undirected(const std::string& a, const std::string& b,
                    const std::string& schema = "Associate")
    {
        edge(a, b, schema, false);
    }

    graph::Projection build() const { return graph::Projection::fromGraph(m_graph); }
    const graph::Graph& graph() const { return m_graph; }

private:
    graph::Graph m_graph;
    std::map<std::string, graph::Vertex> m_vertices;
    int m_edges = 0;
};

/** A seeded random actor graph, for both a hand-built projection and an FtM file. */
struct RandomGraph
{
    struct Actor
    {
        std::string id, schema;
    };
    struct Relation
    {
        std::string id, schema;
        std::size_t from = 0, to = 0;
        bool directed = true;
        double amount = std::nan("");
        std::string currency;
        std::string date;
    };
    std::vector<Actor> actors;
    std::vector<Relation> relations;

    graph::Projection projection() const
    {
        graph::Graph g;
        for (const auto& a : actors)
            boost::add_vertex(graph::Actor{a.id, a.schema, a.id}, g);
        for (const auto& r : relations) {
            graph::Relation e;
            e.id = r.id;
            e.schema = r.schema;
            e.directed = r.directed;
            e.amount = r.amount;
            e.currency = r.currency;
            e.date = r.date;
            boost::add_edge(r.from, r.to, e, g);
        }
        return graph::Projection::fromGraph(std::move(g));
    }

    /** FtM JSON lines: the actors with names, then the relationships. */
    std::string ftm() const
    {
        std::ostringstream out;
        for (const auto& a : actors)
            out << R"({"id": ")" << a.id << R"(", "schema": ")" << a.schema
                << R"(", "properties": {"name": ["Actor )" << a.id << R"("]}})" << '\n';
        for (const auto& r : relations) {
            auto [fromProp, toProp] = ends(r.schema);
            out << R"({"id": ")" << r.id << R"(", "schema": ")" << r.schema
                << R"(", "properties": {")" << fromProp << R"(": [")" << actors[r.from].id
                << R"("], ")" << toProp << R"(": [")" << actors[r.to].id << R"("])";
            if (!std::isnan(r.amount)) {
                char amount[64];
                std::snprintf(amount, sizeof amount, "%.2f", r.amount);
                out << R"(, "amount": [")" << amount << R"("], "currency": [")" << r.currency
                    << R"("])";
            }
            if (!r.date.empty())
                out << R"(, "date": [")" << r.date << R"("])";
            out << "}}\n";
        }
        return out.str();
    }

    static std::pair<const char*, const char*> ends(const std::string& schema)
    {
        if (schema == "Payment")
            return {"payer", "beneficiary"};
        if (schema == "Ownership")
            return {"owner", "asset"};
        if (schema == "Directorship")
            return {"director", "organization"};
        if (schema == "Membership")
            return {"member", "organization"};
        if (schema == "Employment")
            return {"employer", "employee"};
        if (schema == "Family")
            return {"person", "relative"};
        if (schema == "Associate")
            return {"person", "associate"};
        return {"subject", "object"}; // UnknownLink
    }
};

/**
 * `actors` actors (Person, Company, Organization, PublicBody), `relations` relationships that
 * respect the model's ranges: mostly payments from a skewed set of funders (hubs), parallel
 * payments, self-payments, ownership, directorships, memberships, employment, undirected
 * Family/Associate/UnknownLink links, and about 5% isolated actors.
 */
inline RandomGraph randomGraph(std::uint64_t seed, std::size_t actors, std::size_t relations)
{
    std::mt19937_64 rng(seed);
    auto below = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    auto chance = [&](double p) { return static_cast<double>(rng() >> 11) * 0x1.0p-53 < p; };
    RandomGraph g;
    const char* schemata[] = {"Person", "Company", "Organization", "PublicBody"};
    for (std::size_t i = 0; i < actors; ++i) {
        char id[32];
        std::snprintf(id, sizeof id, "a%zu-%llx", i, static_cast<unsigned long long>(seed));
        g.actors.push_back({id, schemata[i % 4]});
    }
    const std::size_t connected = actors - actors / 20; // the rest stay isolated
    std::vector<std::size_t> persons, companies, organisations;
    for (std::size_t i = 0; i < connected; ++i) {
        const std::string& s = g.actors[i].schema;
        if (s == "Person")
            persons.push_back(i);
        if (s == "Company")
            companies.push_back(i);
        if (s != "Person")
            organisations.push_back(i); // Company, Organization, PublicBody are Organizations
    }
    auto any = [&] { return below(connected); };
    auto funder = [&] { return below(std::max<std::size_t>(1, below(connected) + 1)); };
    auto pick = [&](const std::vector<std::size_t>& from) { return from[below(from.size())]; };
    const char* currencies[] = {"EUR", "USD", "GBP"};
    for (std::size_t i = 0; i < relations; ++i) {
        RandomGraph::Relation r;
        char id[32];
        std::snprintf(id, sizeof id, "r%zu-%llx", i, static_cast<unsigned long long>(seed));
        r.id = id;
        const std::size_t kind = below(100);
        if (!g.relations.empty() && kind < 5) {
            // A parallel relationship: the same pair (and schema) as an earlier one.
            RandomGraph::Relation copy = g.relations[below(g.relations.size())];
            copy.id = r.id;
            g.relations.push_back(copy);
            continue;
        }
        if (kind < 65) {
            r.schema = "Payment";
            r.from = funder();
            r.to = chance(0.01) ? r.from : any();
            r.amount = static_cast<double>(1 + below(1000000)) / 4.0;
            r.currency = currencies[below(3)];
            r.date = std::to_string(2005 + below(20));
        } else if (kind < 72) {
            r.schema = "Ownership";
            r.from = any();
            r.to = pick(companies);
        } else if (kind < 78) {
            r.schema = "Directorship";
            r.from = any();
            r.to = pick(organisations);
        } else if (kind < 82) {
            r.schema = "Membership";
            r.from = any();
            r.to = pick(organisations);
        } else if (kind < 86) {
            r.schema = "Employment";
            r.from = pick(organisations);
            r.to = pick(persons);
        } else if (kind < 92) {
            r.schema = "Family";
            r.directed = false;
            r.from = pick(persons);
            r.to = pick(persons);
        } else if (kind < 97) {
            r.schema = "Associate";
            r.directed = false;
            r.from = pick(persons);
            r.to = pick(persons);
        } else {
            r.schema = "UnknownLink";
            r.directed = false;
            r.from = any();
            r.to = any();
        }
        g.relations.push_back(r);
    }
    return g;
}

/** Writes a projection's graph as GraphML in the shape of io::exportGraphML. */
inline void writeGraphML(const graph::Graph& g, const std::string& path)
{
    auto esc = [](const std::string& s) {
        return util::xmlEscaped(s, util::XmlContext::Attribute);
    };
    std::ofstream out(path, std::ios::binary);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
           "<key id=\"n0\" for=\"node\" attr.name=\"schema\" attr.type=\"string\"/>\n"
           "<key id=\"e0\" for=\"edge\" attr.name=\"schema\" attr.type=\"string\"/>\n"
           "<key id=\"e1\" for=\"edge\" attr.name=\"entityId\" attr.type=\"string\"/>\n"
           "<key id=\"e2\" for=\"edge\" attr.name=\"directed\" attr.type=\"boolean\"/>\n"
           "<graph edgedefault=\"directed\">\n";
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v)
        out << "<node id=\"" << esc(g[v].id) << "\"><data key=\"n0\">" << esc(g[v].schema)
            << "</data></node>\n";
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const graph::Relation& r = g[*it];
        out << "<edge id=\"" << esc(r.id) << "\" source=\"" << esc(g[boost::source(*it, g)].id)
            << "\" target=\"" << esc(g[boost::target(*it, g)].id) << "\"><data key=\"e0\">"
            << esc(r.schema) << "</data><data key=\"e1\">" << esc(r.id)
            << "</data><data key=\"e2\">" << (r.directed ? "true" : "false") << "</data></edge>\n";
    }
    out << "</graph>\n</graphml>\n";
}

/** The NetworkX reference for a GraphML file, parsed. */
class NetworkxReference
{
public:
    /** Runs tests/core/networkx_graph.py; FAILs the test with the reason when it cannot. */
    NetworkxReference(const TempDir& dir, const std::string& graphml,
                      const std::string& extraArgs = {})
    {
        if (std::system("command -v python3 >/dev/null 2>&1") != 0)
            FAIL("python3 is not installed; the graph conformance tests need python3 with "
                 "NetworkX (Debian: python3-networkx)");
        const std::string out = dir.file("networkx.json"), err = dir.file("networkx.err");
        const std::string cmd = "python3 '" + sourcePath("tests/core/networkx_graph.py") +
                                "' --graphml '" + graphml + "' " + extraArgs + " >'" + out +
                                "' 2>'" + err + "'";
        if (std::system(cmd.c_str()) != 0)
            FAIL("the NetworkX reference failed (the graph conformance tests need python3 with "
                 "NetworkX; Debian: python3-networkx): "
                 << readFile(err));
        m_json = simdjson::padded_string(readFile(out));
        auto parsed = m_parser.parse(m_json);
        if (parsed.error())
            FAIL("cannot parse the NetworkX output: " << simdjson::error_message(parsed.error()));
        m_root = parsed.value();
    }

    simdjson::dom::element operator[](const char* key) const { return m_root[key].value(); }
    bool has(const char* key) const { return !m_root[key].error(); }

    /** An {id: number} object as a map. */
    std::map<std::string, double> numbers(const char* key) const
    {
        std::map<std::string, double> out;
        simdjson::dom::object fields = (*this)[key].get_object().value();
        for (auto field : fields) {
            double x = field.value.is_double() ? field.value.get_double().value()
                                               : static_cast<double>(field.value.get_int64());
            out.emplace(std::string(field.key), x);
        }
        return out;
    }
    /** A [[ids]] array. */
    static std::vector<std::vector<std::string>> groups(simdjson::dom::element e)
    {
        std::vector<std::vector<std::string>> out;
        simdjson::dom::array groupList = e.get_array().value();
        for (auto group : groupList) {
            out.emplace_back();
            simdjson::dom::array idList = group.get_array().value();
            for (auto id : idList)
                out.back().emplace_back(std::string_view(id.get_string().value()));
        }
        return out;
    }
    std::vector<std::string> strings(const char* key) const
    {
        std::vector<std::string> out;
        simdjson::dom::array items = (*this)[key].get_array().value();
        for (auto s : items)
            out.emplace_back(std::string_view(s.get_string().value()));
        return out;
    }

private:
    simdjson::padded_string m_json;
    simdjson::dom::parser m_parser;
    simdjson::dom::element m_root;
};

/** Writes groups of ids as a JSON [[...]] file (for --partition). */
inline std::string writePartition(const TempDir& dir,
                                  const std::vector<std::vector<std::string>>& groups)
{
    std::string json = "[";
    for (std::size_t i = 0; i < groups.size(); ++i) {
        json += i ? ",[" : "[";
        for (std::size_t j = 0; j < groups[i].size(); ++j)
            json += (j ? ",\"" : "\"") + groups[i][j] + "\"";
        json += "]";
    }
    json += "]";
    return dir.write("partition.json", json);
}

} // namespace commonplace::test
