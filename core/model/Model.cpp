// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Model.h"

#include <simdjson.h>

#include <algorithm>
#include <functional>
#include <set>

namespace commonplace::resources {
std::string_view model_json();
}

namespace commonplace::model {

namespace {

std::vector<std::string> stringList(simdjson::dom::object obj, std::string_view key)
{
    std::vector<std::string> out;
    simdjson::dom::array arr;
    if (obj[key].get_array().get(arr) == simdjson::SUCCESS) {
        for (auto v : arr) {
            std::string_view s;
            if (v.get_string().get(s) == simdjson::SUCCESS)
                out.emplace_back(s);
        }
    }
    return out;
}

std::string stringOr(simdjson::dom::object obj, std::string_view key, std::string_view fallback)
{
    std::string_view s;
    if (obj[key].get_string().get(s) == simdjson::SUCCESS)
        return std::string(s);
    return std::string(fallback);
}

bool boolOr(simdjson::dom::object obj, std::string_view key, bool fallback)
{
    bool b;
    if (obj[key].get_bool().get(b) == simdjson::SUCCESS)
        return b;
    return fallback;
}

int intOr(simdjson::dom::object obj, std::string_view key, int fallback)
{
    int64_t i;
    if (obj[key].get_int64().get(i) == simdjson::SUCCESS)
        return int(i);
    return fallback;
}

} // namespace

TypeKind typeKindFromName(std::string_view name)
{
    static const std::pair<std::string_view, TypeKind> kinds[] = {
        {"address", TypeKind::Address},
        {"checksum", TypeKind::Checksum},
        {"country", TypeKind::Country},
        {"date", TypeKind::Date},
        {"email", TypeKind::Email},
        {"entity", TypeKind::Entity},
        {"gender", TypeKind::Gender},
        {"html", TypeKind::Html},
        {"iban", TypeKind::Iban},
        {"identifier", TypeKind::Identifier},
        {"ip", TypeKind::Ip},
        {"json", TypeKind::Json},
        {"language", TypeKind::Language},
        {"mimetype", TypeKind::Mimetype},
        {"name", TypeKind::Name},
        {"number", TypeKind::Number},
        {"phone", TypeKind::Phone},
        {"string", TypeKind::String},
        {"text", TypeKind::Text},
        {"topic", TypeKind::Topic},
        {"url", TypeKind::Url},
    };
    for (auto& [n, k] : kinds)
        if (n == name)
            return k;
    return TypeKind::Other;
}

bool Schema::isA(const Schema& other) const
{
    return std::find(m_lineage.begin(), m_lineage.end(), &other) != m_lineage.end();
}

bool Schema::isA(std::string_view other) const
{
    return std::any_of(m_lineage.begin(), m_lineage.end(),
                       [&](const Schema* s) { return s->name() == other; });
}

const Property* Schema::property(std::string_view name) const
{
    auto it = m_properties.find(std::string(name));
    return it == m_properties.end() ? nullptr : it->second;
}

const Schema* Model::schema(std::string_view name) const
{
    auto it = m_schemata.find(std::string(name));
    return it == m_schemata.end() ? nullptr : it->second;
}

const PropertyType* Model::type(std::string_view name) const
{
    auto it = m_types.find(std::string(name));
    return it == m_types.end() ? nullptr : it->second;
}

Result<const Schema*> Model::common(const Schema* a, const Schema* b) const
{
    if (a == b || b->isA(*a))
        return b;
    if (a->isA(*b))
        return a;
    return makeError("schema " + a->name() + " and schema " + b->name() +
                     " are unrelated; an entity cannot be both");
}

Result<Model> Model::load(std::string_view json)
{
    simdjson::dom::parser parser;
    simdjson::padded_string padded(json);
    simdjson::dom::element root;
    if (auto err = parser.parse(padded).get(root))
        return makeError(std::string("model file is not valid JSON: ") +
                         simdjson::error_message(err));
    simdjson::dom::object rootObj, typesObj, schemataObj;
    if (root.get_object().get(rootObj) || rootObj["types"].get_object().get(typesObj) ||
        rootObj["schemata"].get_object().get(schemataObj))
        return makeError("model file needs objects 'types' and 'schemata'");

    Model m;
    for (auto [tname, tval] : typesObj) {
        simdjson::dom::object t;
        if (tval.get_object().get(t))
            return makeError("type " + std::string(tname) + " is not an object");
        PropertyType& pt = m.m_typeStore.emplace_back();
        pt.name = std::string(tname);
        pt.kind = typeKindFromName(tname);
        pt.label = stringOr(t, "label", tname);
        pt.plural = stringOr(t, "plural", pt.label);
        pt.matchable = boolOr(t, "matchable", false);
        pt.pivot = boolOr(t, "pivot", false);
        pt.maxLength = intOr(t, "maxLength", 0);
        simdjson::dom::object values;
        if (t["values"].get_object().get(values) == simdjson::SUCCESS) {
            for (auto [code, label] : values) {
                std::string_view l;
                if (label.get_string().get(l) == simdjson::SUCCESS)
                    pt.values.emplace(std::string(code), std::string(l));
            }
        }
        m.m_types.emplace(pt.name, &pt);
    }

    // First pass: schemata and their own properties (ranges resolved in the second pass).
    std::vector<std::pair<Property*, std::string>> ranges;
    for (auto [sname, sval] : schemataObj) {
        simdjson::dom::object s;
        if (sval.get_object().get(s))
            return makeError("schema " + std::string(sname) + " is not an object");
        Schema& sc = m.m_schemaStore.emplace_back();
        sc.m_name = std::string(sname);
        sc.m_label = stringOr(s, "label", sname);
        sc.m_plural = stringOr(s, "plural", sc.m_label);
        sc.m_abstract = boolOr(s, "abstract", false);
        sc.m_matchable = boolOr(s, "matchable", false);
        sc.m_extendsNames = stringList(s, "extends");
        sc.m_caption = stringList(s, "caption");
        sc.m_featured = stringList(s, "featured");
        sc.m_required = stringList(s, "required");
        simdjson::dom::object edge;
        if (s["edge"].get_object().get(edge) == simdjson::SUCCESS) {
            Edge e;
            e.source = stringOr(edge, "source", "");
            e.target = stringOr(edge, "target", "");
            e.label = stringOr(edge, "label", "");
            e.directed = boolOr(edge, "directed", true);
            e.caption = stringList(edge, "caption");
            sc.m_edge = std::move(e);
        }
        simdjson::dom::object temporal;
        if (s["temporalExtent"].get_object().get(temporal) == simdjson::SUCCESS) {
            sc.m_temporalStart = stringList(temporal, "start");
            sc.m_temporalEnd = stringList(temporal, "end");
        }
        simdjson::dom::object props;
        if (s["properties"].get_object().get(props) == simdjson::SUCCESS) {
            for (auto [pname, pval] : props) {
                simdjson::dom::object p;
                if (pval.get_object().get(p))
                    return makeError("property " + sc.m_name + ":" + std::string(pname) +
                                     " is not an object");
                Property& prop = m.m_propertyStore.emplace_back();
                prop.name = std::string(pname);
                prop.label = stringOr(p, "label", pname);
                std::string typeName = stringOr(p, "type", "string");
                prop.type = m.type(typeName);
                if (!prop.type)
                    return makeError("property " + sc.m_name + ":" + prop.name +
                                     " has unknown type '" + typeName + "'");
                prop.schema = &sc;
                prop.reverse = stringOr(p, "reverse", "");
                prop.hidden = boolOr(p, "hidden", false);
                prop.stub = boolOr(p, "stub", false);
                prop.matchable = boolOr(p, "matchable", prop.type->matchable);
                prop.maxLength = intOr(p, "maxLength", prop.type->maxLength);
                std::string range = stringOr(p, "range", "");
                if (!range.empty())
                    ranges.emplace_back(&prop, range);
                sc.m_properties.emplace(prop.name, &prop);
            }
        }
        m.m_schemata.emplace(sc.m_name, &sc);
    }
    for (auto& [prop, range] : ranges) {
        prop->range = m.schema(range);
        if (!prop->range)
            return makeError("property " + prop->schema->name() + ":" + prop->name +
                             " has unknown range '" + range + "'");
    }
    for (Schema& sc : m.m_schemaStore) {
        for (auto& parent : sc.m_extendsNames) {
            const Schema* p = m.schema(parent);
            if (!p)
                return makeError("schema " + sc.m_name + " extends unknown schema '" + parent +
                                 "'");
            sc.m_extends.push_back(p);
        }
    }
    // Lineage (depth-first, self first) and inherited properties. Cycles are an error.
    for (Schema& sc : m.m_schemaStore) {
        std::set<const Schema*> seen;
        std::vector<const Schema*> order;
        std::function<bool(const Schema*, int)> walk = [&](const Schema* s, int depth) {
            if (depth > 64)
                return false;
            if (!seen.insert(s).second)
                return true;
            order.push_back(s);
            for (const Schema* p : s->m_extends)
                if (!walk(p, depth + 1))
                    return false;
            return true;
        };
        if (!walk(&sc, 0))
            return makeError("schema " + sc.m_name + " has an inheritance cycle");
        sc.m_lineage = order;
        // Ancestors first so a subclass's own declaration wins.
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            for (auto& [pname, prop] : (*it)->m_properties)
                sc.m_properties[pname] = prop;
        }
    }
    for (Schema& sc : m.m_schemaStore) {
        for (auto& [pname, prop] : sc.m_properties)
            sc.m_propertyList.push_back(prop);
        std::sort(sc.m_propertyList.begin(), sc.m_propertyList.end(),
                  [](const Property* a, const Property* b) { return a->name < b->name; });
        m.m_schemaList.push_back(&sc);
        if (sc.m_edge) {
            if (!sc.property(sc.m_edge->source) || !sc.property(sc.m_edge->target))
                return makeError("schema " + sc.m_name + " has an edge over unknown properties");
        }
    }
    std::sort(m.m_schemaList.begin(), m.m_schemaList.end(),
              [](const Schema* a, const Schema* b) { return a->name() < b->name(); });
    return m;
}

const Model& Model::builtin()
{
    static const Model model = [] {
        auto loaded = Model::load(resources::model_json());
        if (!loaded) {
            // The embedded model is part of the program; failing here is a build error.
            std::fprintf(stderr, "commonplace: built-in model is broken: %s\n",
                         loaded.error().describe().c_str());
            std::abort();
        }
        return std::move(loaded).value();
    }();
    return model;
}

} // namespace commonplace::model
