// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Mapping.h"

#include "model/Values.h"
#include "util/AtomicFile.h"
#include "util/Hash.h"
#include "util/Json.h"

#include <simdjson.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <sys/stat.h>
#include <unordered_map>
#include <unordered_set>

namespace commonplace::io {

namespace {

constexpr std::size_t kMaxMappingBytes = 4u << 20;
constexpr int kMaxDepth = 64;

/**
 * Finds where things are in a JSON text, which simdjson's DOM does not say: the offset of
 * every object member by its path ("/queries/0/entities/donor/schema"), or the offset and
 * reason of the first syntax error. Only for messages; simdjson does the real parse.
 */
class JsonLocator
{
public:
    explicit JsonLocator(std::string_view text)
        : m_text(text)
    {}

    bool scan()
    {
        std::string path;
        if (!value(path, 0))
            return false;
        skipSpace();
        if (m_pos < m_text.size())
            return fail("unexpected text after the end of the JSON value");
        return true;
    }

    std::size_t errorOffset() const { return m_errorAt; }
    const std::string& errorMessage() const { return m_error; }

    /**
     * Line (1-based) of the member at `path` or, failing that, of its nearest parent; the
     * top level is at line 1.
     */
    std::uint64_t lineOf(std::string path) const
    {
        while (!path.empty()) {
            if (auto it = m_offsets.find(path); it != m_offsets.end())
                return lineAt(it->second);
            path.resize(path.rfind('/'));
        }
        return 1;
    }

    std::uint64_t lineAt(std::size_t offset) const
    {
        offset = std::min(offset, m_text.size());
        return 1 + std::uint64_t(std::count(m_text.begin(), m_text.begin() + offset, '\n'));
    }

private:
    bool fail(std::string message)
    {
        m_error = std::move(message);
        m_errorAt = m_pos;
        return false;
    }

    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }

    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' ||
                                         m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
    }

    bool value(std::string& path, int depth)
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return fail("unexpected end of the file");
        char c = m_text[m_pos];
        if (c == '{' || c == '[') {
            if (depth >= kMaxDepth)
                return fail("nested too deeply");
            return c == '{' ? object(path, depth + 1) : array(path, depth + 1);
        }
        if (c == '"')
            return string(nullptr);
        if (c == '-' || (c >= '0' && c <= '9')) {
            while (m_pos < m_text.size() && std::strchr("+-.eE0123456789", m_text[m_pos]) &&
                   m_text[m_pos] != '\0')
                ++m_pos;
            return true;
        }
        for (std::string_view word : {"true", "false", "null"}) {
            if (m_text.substr(m_pos, word.size()) == word) {
                m_pos += word.size();
                return true;
            }
        }
        if (c == '\'')
            return fail("strings must be in double quotes");
        if (c == '}' || c == ']')
            return fail(std::string("expected a value before '") + c + "' (a trailing comma?)");
        return fail(std::string("unexpected character '") + c + "'");
    }

    bool string(std::string* out)
    {
        std::size_t start = ++m_pos;
        while (m_pos < m_text.size()) {
            char c = m_text[m_pos];
            if (c == '"') {
                if (out)
                    out->assign(m_text.substr(start, m_pos - start));
                ++m_pos;
                return true;
            }
            if (c == '\\') {
                m_pos += 2;
                continue;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail("a line end or control character inside a string (a missing '\"'?)");
            ++m_pos;
        }
        m_pos = start - 1;
        return fail("unterminated string");
    }

    bool object(std::string& path, int depth)
    {
        ++m_pos;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (peek() != '"')
                return fail(peek() == '}' ? "expected a key after ',' (a trailing comma?)"
                                          : "expected a key in double quotes");
            std::size_t keyAt = m_pos;
            std::string key;
            if (!string(&key))
                return false;
            skipSpace();
            if (peek() != ':')
                return fail("expected ':' after the key");
            ++m_pos;
            std::size_t len = path.size();
            path += '/';
            path += key;
            m_offsets.emplace(path, keyAt);
            if (!value(path, depth))
                return false;
            path.resize(len);
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            return fail("expected ',' or '}' (a missing comma?)");
        }
    }

    bool array(std::string& path, int depth)
    {
        ++m_pos;
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        for (std::size_t i = 0;; ++i) {
            skipSpace();
            std::size_t len = path.size();
            path += '/';
            path += std::to_string(i);
            m_offsets.emplace(path, m_pos);
            if (!value(path, depth))
                return false;
            path.resize(len);
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            return fail("expected ',' or ']' (a missing comma?)");
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::size_t m_errorAt = 0;
    std::string m_error;
    std::unordered_map<std::string, std::size_t> m_offsets;
};

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

std::string lower(std::string_view s)
{
    std::string out(s);
    for (auto& c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string inQuotes(std::string_view s)
{
    return "'" + std::string(s) + "'";
}

std::string joinNames(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& n : names) {
        if (!out.empty())
            out += ", ";
        out += n;
    }
    return out;
}

class MappingParser
{
public:
    MappingParser(std::string_view json, const std::string& path, const model::Model& model)
        : m_json(json)
        , m_path(path)
        , m_model(model)
        , m_locator(json)
    {}

    Result<Mapping> run()
    {
        if (m_json.size() > kMaxMappingBytes)
            return makeError("the mapping file is larger than 4 MiB", m_path);
        if (model::trim(m_json).empty())
            return makeError("the mapping file is empty", m_path);
        if (!m_locator.scan())
            return makeError("malformed JSON: " + m_locator.errorMessage(), m_path,
                             m_locator.lineAt(m_locator.errorOffset()));
        simdjson::padded_string padded(m_json);
        element root;
        if (auto err = m_parser.parse(padded).get(root)) {
            if (err == simdjson::UTF8_ERROR)
                return makeError("invalid UTF-8; save the mapping file as UTF-8", m_path);
            return makeError(std::string("malformed JSON: ") + simdjson::error_message(err),
                             m_path);
        }
        object top;
        if (root.get_object().get(top))
            return fail("", "the mapping must be a JSON object with \"queries\"");
        if (auto st =
                onlyKeys(top, "", "the mapping", {"queries", "query", "key_prefix", "description"});
            !st)
            return st.error();

        Mapping mapping;
        mapping.path = m_path;
        element v;
        if (top["key_prefix"].get(v) == simdjson::SUCCESS) {
            if (auto st = text(v, "/key_prefix", "\"key_prefix\"", mapping.keyPrefix); !st)
                return st.error();
        }
        if (top["description"].get(v) == simdjson::SUCCESS)
            mapping.description = description(v);
        if (top["query"].get(v) == simdjson::SUCCESS) {
            auto q = query(v, "/query", "the query");
            if (!q)
                return q.error();
            mapping.queries.push_back(std::move(*q));
        }
        if (top["queries"].get(v) == simdjson::SUCCESS) {
            array list;
            if (v.get_array().get(list))
                return fail("/queries", "\"queries\" must be a list of query objects");
            std::size_t i = 0;
            for (element item : list) {
                std::string p = "/queries/" + std::to_string(i);
                auto q = query(item, p, "query " + std::to_string(i + 1));
                if (!q)
                    return q.error();
                mapping.queries.push_back(std::move(*q));
                ++i;
            }
        }
        if (mapping.queries.empty())
            return fail("", "the mapping has no queries; give \"queries\": [{\"entities\": "
                            "{...}}]");
        return mapping;
    }

private:
    Error fail(const std::string& jsonPath, std::string message) const
    {
        return makeError(std::move(message), m_path, m_locator.lineOf(jsonPath));
    }

    Status onlyKeys(object obj, const std::string& path, const std::string& what,
                    std::initializer_list<std::string_view> allowed) const
    {
        std::unordered_set<std::string_view> seen;
        for (auto [key, value] : obj) {
            (void)value;
            if (!seen.insert(key).second)
                return fail(path + "/" + std::string(key),
                            what + " has the key " + inQuotes(key) + " twice");
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
                std::string list;
                for (auto a : allowed) {
                    if (!list.empty())
                        list += ", ";
                    list += a;
                }
                return fail(path + "/" + std::string(key), "unknown key " + inQuotes(key) + " in " +
                                                               what + " (known keys: " + list +
                                                               ")");
            }
        }
        return {};
    }

    static Description description(element v)
    {
        Description d;
        std::string_view s;
        if (v.get_string().get(s) == simdjson::SUCCESS)
            d.text.emplace(s);
        else
            d.json = simdjson::minify(v);
        return d;
    }

    Status text(element v, const std::string& path, const std::string& what, std::string& out) const
    {
        std::string_view s;
        if (v.get_string().get(s))
            return fail(path, what + " must be a string");
        out.assign(s);
        return {};
    }

    // A string, or a number taken as its text (CSV cells are text).
    Status scalar(element v, const std::string& path, const std::string& what,
                  std::string& out) const
    {
        switch (v.type()) {
        case element_type::STRING:
            out.assign(v.get_string().value_unsafe());
            return {};
        case element_type::INT64:
        case element_type::UINT64:
        case element_type::DOUBLE:
            out = simdjson::minify(v);
            return {};
        default:
            return fail(path, what + " must be a string");
        }
    }

    // A string or a list of strings (numbers allowed, as their text).
    Status scalarList(element v, const std::string& path, const std::string& what,
                      std::vector<std::string>& out) const
    {
        if (v.type() != element_type::ARRAY) {
            std::string s;
            if (auto st = scalar(v, path, what, s); !st)
                return st;
            out.push_back(std::move(s));
            return {};
        }
        std::size_t i = 0;
        array items = v.get_array().value_unsafe();
        for (element item : items) {
            std::string s;
            if (auto st = scalar(item, path + "/" + std::to_string(i),
                                 what + " must be a string or a list of strings; it", s);
                !st)
                return st;
            out.push_back(std::move(s));
            ++i;
        }
        return {};
    }

    Result<QueryMapping> query(element v, const std::string& path, const std::string& what)
    {
        object obj;
        if (v.get_object().get(obj))
            return fail(path, what + " must be an object with \"entities\"");
        if (auto st = onlyKeys(obj, path, what,
                               {"entities", "filters", "filters_not", "delimiter", "encoding",
                                "header", "description"});
            !st)
            return st.error();
        QueryMapping q;
        q.line = m_locator.lineOf(path);
        element e;
        if (obj["description"].get(e) == simdjson::SUCCESS)
            q.description = description(e);
        if (obj["delimiter"].get(e) == simdjson::SUCCESS) {
            std::string d;
            if (auto st = text(e, path + "/delimiter", "\"delimiter\"", d); !st)
                return st.error();
            if (d == "tab")
                d = "\t";
            if (d.size() != 1 || d == "\"" || d == "\n" || d == "\r" || d == " " ||
                static_cast<unsigned char>(d[0]) >= 0x80)
                return fail(path + "/delimiter",
                            "\"delimiter\" must be one character such as \",\", \";\" or "
                            "\"\\t\" (not a quote, space or line end)");
            q.delimiter = d[0];
        }
        if (obj["encoding"].get(e) == simdjson::SUCCESS) {
            std::string name;
            if (auto st = text(e, path + "/encoding", "\"encoding\"", name); !st)
                return st.error();
            q.encoding = parseCsvEncoding(name);
            if (!q.encoding)
                return fail(path + "/encoding", "unknown encoding " + inQuotes(name) +
                                                    "; use \"utf-8\", \"latin-1\" or "
                                                    "\"windows-1252\"");
        }
        if (obj["header"].get(e) == simdjson::SUCCESS) {
            if (e.get_bool().get(q.header))
                return fail(path + "/header", "\"header\" must be true or false");
        }
        for (auto [key, target] :
             {std::pair{"filters", &q.filters}, std::pair{"filters_not", &q.filtersNot}}) {
            if (obj[key].get(e) != simdjson::SUCCESS)
                continue;
            std::string fpath = path + "/" + key;
            object fobj;
            if (e.get_object().get(fobj))
                return fail(fpath, std::string("\"") + key +
                                       "\" must be an object of column: value (or list of "
                                       "values)");
            for (auto [column, value] : fobj) {
                ColumnFilter f;
                f.column.assign(column);
                std::string cpath = fpath + "/" + f.column;
                f.line = m_locator.lineOf(cpath);
                if (auto st = scalarList(value, cpath, "the filter value of " + inQuotes(column),
                                         f.values);
                    !st)
                    return st.error();
                target->push_back(std::move(f));
            }
        }
        if (obj["entities"].get(e) != simdjson::SUCCESS)
            return fail(path, what + " has no \"entities\"");
        object ents;
        if (e.get_object().get(ents))
            return fail(path + "/entities", "\"entities\" must be an object of name: entity");
        std::unordered_set<std::string_view> names;
        for (auto [name, spec] : ents) {
            if (!names.insert(name).second)
                return fail(path + "/entities/" + std::string(name),
                            "entity " + inQuotes(name) + " is defined twice in " + what);
            auto ent = entity(spec, path + "/entities/" + std::string(name), name);
            if (!ent)
                return ent.error();
            q.entities.push_back(std::move(*ent));
        }
        if (q.entities.empty())
            return fail(path + "/entities", what + " maps no entities");
        if (auto st = resolveReferences(q, path); !st)
            return st.error();
        return q;
    }

    std::string suggestSchema(std::string_view name) const
    {
        std::string l = lower(name);
        for (const model::Schema* s : m_model.schemata())
            if (lower(s->name()) == l)
                return "; did you mean " + inQuotes(s->name()) + "?";
        return "";
    }

    std::string suggestProperty(const model::Schema& schema, std::string_view name) const
    {
        std::string l = lower(name);
        for (const model::Property* p : schema.properties())
            if (lower(p->name) == l)
                return "; did you mean " + inQuotes(p->name) + "?";
        return "";
    }

    Result<EntityMapping> entity(element v, const std::string& path, std::string_view name)
    {
        std::string what = "entity " + inQuotes(name);
        object obj;
        if (v.get_object().get(obj))
            return fail(path, what + " must be an object with \"schema\" and \"keys\"");
        if (auto st =
                onlyKeys(obj, path, what, {"schema", "key", "keys", "key_literal", "properties"});
            !st)
            return st.error();
        EntityMapping ent;
        ent.name.assign(name);
        ent.line = m_locator.lineOf(path);
        element e;
        std::string schemaName;
        if (obj["schema"].get(e) != simdjson::SUCCESS)
            return fail(path, what + " has no \"schema\"");
        if (auto st = text(e, path + "/schema", "\"schema\"", schemaName); !st)
            return st.error();
        ent.schema = m_model.schema(schemaName);
        if (!ent.schema)
            return fail(path + "/schema", what + ": unknown schema " + inQuotes(schemaName) +
                                              suggestSchema(schemaName));
        if (ent.schema->isAbstract())
            return fail(path + "/schema",
                        what + ": schema " + inQuotes(schemaName) +
                            " is abstract; use a concrete one such as " +
                            (schemaName == "Thing" ? "Organization" : "LegalEntity"));
        for (const char* k : {"key", "keys"}) {
            if (obj[k].get(e) == simdjson::SUCCESS) {
                if (auto st = scalarList(e, path + "/" + k, what + ": \"" + k + "\"", ent.keys);
                    !st)
                    return st.error();
            }
        }
        if (ent.keys.empty())
            return fail(path, what + " has no \"keys\": list the columns whose values "
                                     "identify it");
        for (const auto& k : ent.keys)
            if (k.empty())
                return fail(path + "/keys", what + ": a key column name is empty");
        if (obj["key_literal"].get(e) == simdjson::SUCCESS) {
            if (auto st = text(e, path + "/key_literal", "\"key_literal\"", ent.keyLiteral); !st)
                return st.error();
        }
        if (obj["properties"].get(e) == simdjson::SUCCESS) {
            object props;
            if (e.get_object().get(props))
                return fail(path + "/properties",
                            what + ": \"properties\" must be an object of name: source");
            for (auto [pname, spec] : props) {
                auto p = property(spec, path + "/properties/" + std::string(pname), *ent.schema,
                                  pname, what);
                if (!p)
                    return p.error();
                ent.properties.push_back(std::move(*p));
            }
        }
        return ent;
    }

    Result<PropertyMapping> property(element v, const std::string& path,
                                     const model::Schema& schema, std::string_view name,
                                     const std::string& entityWhat)
    {
        std::string what = "property " + inQuotes(name) + " of " + entityWhat;
        PropertyMapping pm;
        pm.line = m_locator.lineOf(path);
        pm.property = schema.property(name);
        if (!pm.property)
            return fail(path, entityWhat + ": " + inQuotes(name) + " is not a property of " +
                                  schema.name() + suggestProperty(schema, name));
        if (pm.property->stub)
            return fail(path, entityWhat + ": " + inQuotes(name) + " of " + schema.name() +
                                  " is the reverse side of a link; map the link from the "
                                  "other entity");
        object obj;
        if (v.get_object().get(obj))
            return fail(path, what + " must be an object such as {\"column\": \"Name\"}");
        if (auto st = onlyKeys(obj, path, what,
                               {"column", "columns", "literal", "literals", "template", "entity",
                                "format", "split", "join", "required"});
            !st)
            return st.error();
        element e;
        for (const char* k : {"column", "columns"}) {
            if (obj[k].get(e) == simdjson::SUCCESS) {
                if (auto st = scalarList(e, path + "/" + k, what + ": \"" + k + "\"", pm.columns);
                    !st)
                    return st.error();
            }
        }
        for (const auto& c : pm.columns)
            if (c.empty())
                return fail(path, what + ": a column name is empty");
        for (const char* k : {"literal", "literals"}) {
            if (obj[k].get(e) == simdjson::SUCCESS) {
                if (auto st = scalarList(e, path + "/" + k, what + ": \"" + k + "\"", pm.literals);
                    !st)
                    return st.error();
            }
        }
        if (obj["template"].get(e) == simdjson::SUCCESS) {
            std::string t;
            if (auto st = text(e, path + "/template", what + ": \"template\"", t); !st)
                return st.error();
            if (auto st = parseTemplate(t, path + "/template", what, pm.templateColumns); !st)
                return st.error();
            pm.pattern = std::move(t);
        }
        if (obj["entity"].get(e) == simdjson::SUCCESS) {
            if (auto st = text(e, path + "/entity", what + ": \"entity\"", pm.entity); !st)
                return st.error();
            if (pm.entity.empty())
                return fail(path + "/entity", what + ": \"entity\" is empty");
        }
        int sources = (!pm.columns.empty() || !pm.literals.empty()) + pm.pattern.has_value() +
                      !pm.entity.empty();
        if (sources == 0)
            return fail(path, what + " has no source; give \"column\", \"columns\", "
                                     "\"literal\", \"template\" or \"entity\"");
        if (sources > 1)
            return fail(path, what + ": \"template\" and \"entity\" cannot be combined with "
                                     "other sources");
        bool isRef = pm.property->type->kind == model::TypeKind::Entity;
        if (!pm.entity.empty() && !isRef)
            return fail(path + "/entity", what +
                                              ": \"entity\" needs a property that links "
                                              "to an entity; " +
                                              inQuotes(name) + " holds " + pm.property->type->name +
                                              " values");
        if (obj["format"].get(e) == simdjson::SUCCESS) {
            if (auto st = text(e, path + "/format", what + ": \"format\"", pm.format); !st)
                return st.error();
            if (pm.property->type->kind != model::TypeKind::Date)
                return fail(path + "/format", what + ": \"format\" applies to dates only");
            if (auto st = checkDateFormat(pm.format, path + "/format", what); !st)
                return st.error();
        }
        if (obj["split"].get(e) == simdjson::SUCCESS) {
            if (auto st = text(e, path + "/split", what + ": \"split\"", pm.split); !st)
                return st.error();
            if (pm.split.empty())
                return fail(path + "/split", what + ": \"split\" must not be empty");
        }
        if (obj["join"].get(e) == simdjson::SUCCESS) {
            std::string j;
            if (auto st = text(e, path + "/join", what + ": \"join\"", j); !st)
                return st.error();
            pm.join = std::move(j);
        }
        if (!pm.entity.empty() && (!pm.split.empty() || pm.join || !pm.format.empty()))
            return fail(path, what + ": \"split\", \"join\" and \"format\" do not apply to "
                                     "\"entity\"");
        if (obj["required"].get(e) == simdjson::SUCCESS) {
            if (e.get_bool().get(pm.required))
                return fail(path + "/required", what + ": \"required\" must be true or false");
        }
        return pm;
    }

    Status parseTemplate(std::string_view t, const std::string& path, const std::string& what,
                         std::vector<std::string>& columns) const
    {
        std::size_t pos = 0;
        while ((pos = t.find("{{", pos)) != std::string_view::npos) {
            std::size_t end = t.find("}}", pos + 2);
            if (end == std::string_view::npos)
                return fail(path, what + ": \"{{\" without \"}}\" in the template");
            std::string_view column = t.substr(pos + 2, end - pos - 2);
            if (column.empty())
                return fail(path, what + ": \"{{}}\" names no column");
            if (std::find(columns.begin(), columns.end(), column) == columns.end())
                columns.emplace_back(column);
            pos = end + 2;
        }
        return {};
    }

    Status checkDateFormat(std::string_view f, const std::string& path,
                           const std::string& what) const
    {
        bool any = false;
        for (std::size_t i = 0; i < f.size(); ++i) {
            if (f[i] != '%')
                continue;
            if (i + 1 >= f.size() || !std::strchr("YmdHMS", f[i + 1]))
                return fail(path, what + ": date format " + inQuotes(f) +
                                      " may use only %Y %m %d %H %M %S");
            any = any || f[i + 1] == 'Y';
            ++i;
        }
        if (!any)
            return fail(path, what + ": date format " + inQuotes(f) + " has no year (%Y)");
        return {};
    }

    Status resolveReferences(QueryMapping& q, const std::string& path) const
    {
        std::vector<std::string> names;
        for (const auto& ent : q.entities)
            names.push_back(ent.name);
        for (auto& ent : q.entities) {
            for (auto& pm : ent.properties) {
                if (pm.entity.empty())
                    continue;
                auto it = std::find(names.begin(), names.end(), pm.entity);
                std::string ppath =
                    path + "/entities/" + ent.name + "/properties/" + pm.property->name;
                if (it == names.end())
                    return fail(ppath + "/entity",
                                "property " + inQuotes(pm.property->name) + " of entity " +
                                    inQuotes(ent.name) + " links to entity " + inQuotes(pm.entity) +
                                    ", which this query does not define (it defines: " +
                                    joinNames(names) + ")");
                pm.entityIndex = int(it - names.begin());
                const model::Schema* target = q.entities[std::size_t(pm.entityIndex)].schema;
                const model::Schema* range = pm.property->range;
                if (range && !target->isA(*range))
                    return fail(ppath + "/entity", "property " + inQuotes(pm.property->name) +
                                                       " of " + ent.schema->name() +
                                                       " must link to a " + range->name() +
                                                       ", but entity " + inQuotes(pm.entity) +
                                                       " is a " + target->name());
            }
        }
        return {};
    }

    std::string_view m_json;
    const std::string& m_path;
    const model::Model& m_model;
    JsonLocator m_locator;
    simdjson::dom::parser m_parser;
};

} // namespace

Result<Mapping> parseMapping(std::string_view json, const std::string& path,
                             const model::Model& model)
{
    MappingParser parser(json, path, model);
    return parser.run();
}

Result<Mapping> loadMapping(const std::string& path, const model::Model& model)
{
    if (path.empty())
        return makeError("CSV import needs a mapping file (--mapping FILE); see "
                         "docs/formats.md, \"CSV mapping files\"");
    struct stat st
    {};
    if (::stat(path.c_str(), &st) != 0)
        return makeError(std::string("cannot read the mapping file: ") + std::strerror(errno),
                         path);
    if (S_ISDIR(st.st_mode))
        return makeError("the mapping is a folder, not a file", path);
    if (std::uint64_t(st.st_size) > kMaxMappingBytes)
        return makeError("the mapping file is larger than 4 MiB", path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(std::string("cannot read the mapping file: ") + std::strerror(errno),
                         path);
    std::stringstream ss;
    ss << in.rdbuf();
    return parseMapping(ss.str(), path, model);
}

namespace {

std::string jsonString(std::string_view s)
{
    std::string out;
    util::appendJsonString(out, s);
    return out;
}

// A string, or a list of strings when there are several.
std::string jsonStrings(const std::vector<std::string>& items)
{
    if (items.size() == 1)
        return jsonString(items.front());
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + jsonString(items[i]);
    return out + "]";
}

void writeFilters(std::string& out, const char* key, const std::vector<ColumnFilter>& filters)
{
    if (filters.empty())
        return;
    out += "      \"";
    out += key;
    out += "\": {";
    for (std::size_t i = 0; i < filters.size(); ++i) {
        out += i ? ", " : "";
        out += jsonString(filters[i].column) + ": ";
        out += jsonStrings(filters[i].values);
    }
    out += "},\n";
}

std::string descriptionJson(const Description& d)
{
    return d.text ? jsonString(*d.text) : d.json;
}

std::string propertySource(const PropertyMapping& pm)
{
    std::vector<std::string> parts;
    if (!pm.entity.empty())
        parts.push_back("\"entity\": " + jsonString(pm.entity));
    if (pm.pattern)
        parts.push_back("\"template\": " + jsonString(*pm.pattern));
    if (!pm.columns.empty())
        parts.push_back(std::string(pm.columns.size() == 1 ? "\"column\": " : "\"columns\": ") +
                        jsonStrings(pm.columns));
    if (!pm.literals.empty())
        parts.push_back(std::string(pm.literals.size() == 1 ? "\"literal\": " : "\"literals\": ") +
                        jsonStrings(pm.literals));
    if (!pm.format.empty())
        parts.push_back("\"format\": " + jsonString(pm.format));
    if (!pm.split.empty())
        parts.push_back("\"split\": " + jsonString(pm.split));
    if (pm.join)
        parts.push_back("\"join\": " + jsonString(*pm.join));
    if (pm.required)
        parts.push_back("\"required\": true");
    std::string out = "{";
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i ? ", " : "") + parts[i];
    return out + "}";
}

} // namespace

std::string mappingToJson(const Mapping& mapping)
{
    std::string out = "{\n";
    if (!mapping.description.empty())
        out += "  \"description\": " + descriptionJson(mapping.description) + ",\n";
    if (!mapping.keyPrefix.empty())
        out += "  \"key_prefix\": " + jsonString(mapping.keyPrefix) + ",\n";
    out += "  \"queries\": [";
    for (std::size_t qi = 0; qi < mapping.queries.size(); ++qi) {
        const QueryMapping& q = mapping.queries[qi];
        out += qi ? ",\n    {\n" : "\n    {\n";
        if (!q.description.empty())
            out += "      \"description\": " + descriptionJson(q.description) + ",\n";
        if (q.delimiter)
            out += "      \"delimiter\": " +
                   (*q.delimiter == '\t' ? std::string("\"tab\"")
                                         : jsonString(std::string(1, *q.delimiter))) +
                   ",\n";
        if (q.encoding)
            out += "      \"encoding\": " + jsonString(csvEncodingName(*q.encoding)) + ",\n";
        if (!q.header)
            out += "      \"header\": false,\n";
        writeFilters(out, "filters", q.filters);
        writeFilters(out, "filters_not", q.filtersNot);
        out += "      \"entities\": {";
        for (std::size_t ei = 0; ei < q.entities.size(); ++ei) {
            const EntityMapping& em = q.entities[ei];
            out += ei ? ",\n" : "\n";
            out += "        " + jsonString(em.name) + ": {\n";
            out +=
                "          \"schema\": " + jsonString(em.schema ? em.schema->name() : "") + ",\n";
            out += "          \"keys\": [";
            for (std::size_t k = 0; k < em.keys.size(); ++k)
                out += (k ? ", " : "") + jsonString(em.keys[k]);
            out += "]";
            if (!em.keyLiteral.empty())
                out += ",\n          \"key_literal\": " + jsonString(em.keyLiteral);
            if (!em.properties.empty()) {
                out += ",\n          \"properties\": {";
                for (std::size_t pi = 0; pi < em.properties.size(); ++pi) {
                    const PropertyMapping& pm = em.properties[pi];
                    out += pi ? ",\n" : "\n";
                    out += "            " +
                           jsonString(pm.property ? pm.property->name : std::string()) + ": " +
                           propertySource(pm);
                }
                out += "\n          }";
            }
            out += "\n        }";
        }
        out += "\n      }\n    }";
    }
    out += "\n  ]\n}\n";
    return out;
}

Status saveMapping(const Mapping& mapping, const std::string& path)
{
    util::AtomicFile file(path);
    if (auto st = file.open(); !st)
        return st;
    if (auto st = file.write(mappingToJson(mapping)); !st)
        return st;
    return file.commit();
}

std::vector<std::string> numberedColumns(std::size_t n)
{
    std::vector<std::string> names;
    for (std::size_t i = 1; i <= n; ++i)
        names.push_back(std::to_string(i));
    return names;
}

std::vector<ColumnUse> columnsUsed(const QueryMapping& query)
{
    std::vector<ColumnUse> out;
    for (const auto& ent : query.entities) {
        for (const auto& k : ent.keys)
            out.push_back({k, "key of entity " + inQuotes(ent.name), ent.line});
        for (const auto& pm : ent.properties) {
            std::string by =
                "property " + inQuotes(pm.property->name) + " of entity " + inQuotes(ent.name);
            for (const auto& c : pm.columns)
                out.push_back({c, by, pm.line});
            for (const auto& c : pm.templateColumns)
                out.push_back({c, "the template of " + by, pm.line});
        }
    }
    for (const auto& f : query.filters)
        out.push_back({f.column, "a filter", f.line});
    for (const auto& f : query.filtersNot)
        out.push_back({f.column, "a filter", f.line});
    return out;
}

std::string_view stripPython(std::string_view s)
{
    // The characters for which Python's str.isspace() is true, as UTF-8.
    auto spaceAtStart = [](std::string_view t) -> std::size_t {
        if (t.empty())
            return 0;
        auto b = [&](std::size_t i) { return static_cast<unsigned char>(t[i]); };
        unsigned char c = b(0);
        if ((c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20))
            return 1;
        if (t.size() >= 2 && c == 0xC2 && (b(1) == 0x85 || b(1) == 0xA0))
            return 2;
        if (t.size() >= 3) {
            unsigned char c1 = b(1), c2 = b(2);
            if (c == 0xE1 && c1 == 0x9A && c2 == 0x80) // U+1680
                return 3;
            if (c == 0xE2 && c1 == 0x80 &&
                ((c2 >= 0x80 && c2 <= 0x8A) || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF))
                return 3;                              // U+2000..200A, U+2028, U+2029, U+202F
            if (c == 0xE2 && c1 == 0x81 && c2 == 0x9F) // U+205F
                return 3;
            if (c == 0xE3 && c1 == 0x80 && c2 == 0x80) // U+3000
                return 3;
        }
        return 0;
    };
    while (std::size_t n = spaceAtStart(s))
        s.remove_prefix(n);
    for (;;) {
        std::size_t n = 0;
        for (std::size_t len : {std::size_t(1), std::size_t(2), std::size_t(3)}) {
            if (s.size() >= len && spaceAtStart(s.substr(s.size() - len)) == len) {
                n = len;
                break;
            }
        }
        if (n == 0)
            break;
        s.remove_suffix(n);
    }
    return s;
}

std::optional<std::string> computeEntityId(std::string_view keyPrefix, std::string_view keyLiteral,
                                           std::vector<std::string_view> keyValues)
{
    std::vector<std::string_view> values;
    values.reserve(keyValues.size());
    for (auto v : keyValues) {
        v = stripPython(v);
        if (!v.empty())
            values.push_back(v);
    }
    if (values.empty())
        return std::nullopt;
    // FollowTheMoney sorts the values as bytes; string_view compares as unsigned char too.
    std::sort(values.begin(), values.end());
    util::Sha1 sha;
    sha.update(stripPython(keyPrefix));
    sha.update(stripPython(keyLiteral));
    for (auto v : values)
        sha.update(v);
    return sha.hexDigest();
}

} // namespace commonplace::io
