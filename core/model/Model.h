// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace commonplace::model {

/** The property types of FollowTheMoney; `Other` for types this build does not know. */
enum class TypeKind
{
    Address,
    Checksum,
    Country,
    Date,
    Email,
    Entity,
    Gender,
    Html,
    Iban,
    Identifier,
    Ip,
    Json,
    Language,
    Mimetype,
    Name,
    Number,
    Phone,
    String,
    Text,
    Topic,
    Url,
    Other
};

struct PropertyType
{
    std::string name;
    std::string label;
    std::string plural;
    TypeKind kind = TypeKind::Other;
    bool matchable = false;
    bool pivot = false;
    int maxLength = 0;
    /** Controlled vocabularies (country, language, topic, gender): code -> English label. */
    std::map<std::string, std::string, std::less<>> values;
};

class Schema;

struct Property
{
    std::string name;
    std::string label;
    const PropertyType* type = nullptr;
    const Schema* schema = nullptr; ///< the schema that declares it
    const Schema* range = nullptr;  ///< for entity-typed properties
    std::string reverse;
    bool hidden = false;
    bool stub = false; ///< a reverse property, computed rather than stored
    bool matchable = false;
    int maxLength = 0;
};

struct Edge
{
    std::string source; ///< property holding the source vertex
    std::string target; ///< property holding the target vertex
    std::string label;
    bool directed = true;
    std::vector<std::string> caption;
};

class Schema
{
public:
    const std::string& name() const { return m_name; }
    const std::string& label() const { return m_label; }
    const std::string& plural() const { return m_plural; }
    bool isAbstract() const { return m_abstract; }
    bool isMatchable() const { return m_matchable; }
    /** True when this schema is `other` or descends from it. */
    bool isA(const Schema& other) const;
    bool isA(std::string_view other) const;
    /** Own and inherited properties by name; nullptr when the schema has no such property. */
    const Property* property(std::string_view name) const;
    /** Own and inherited properties in a stable order (ancestors first, then by name). */
    const std::vector<const Property*>& properties() const { return m_propertyList; }
    const std::vector<const Schema*>& extends() const { return m_extends; }
    /** This schema and all its ancestors. */
    const std::vector<const Schema*>& lineage() const { return m_lineage; }
    const std::vector<std::string>& caption() const { return m_caption; }
    const std::vector<std::string>& featured() const { return m_featured; }
    const std::vector<std::string>& required() const { return m_required; }
    const std::optional<Edge>& edge() const { return m_edge; }
    const std::vector<std::string>& temporalStart() const { return m_temporalStart; }
    const std::vector<std::string>& temporalEnd() const { return m_temporalEnd; }

private:
    friend class Model;
    std::string m_name, m_label, m_plural;
    bool m_abstract = false, m_matchable = false;
    std::vector<std::string> m_extendsNames;
    std::vector<const Schema*> m_extends;
    std::vector<const Schema*> m_lineage;
    std::unordered_map<std::string, const Property*> m_properties;
    std::vector<const Property*> m_propertyList;
    std::vector<std::string> m_caption, m_featured, m_required;
    std::optional<Edge> m_edge;
    std::vector<std::string> m_temporalStart, m_temporalEnd;
};

/**
 * The FollowTheMoney-compatible data model: schemata with inheritance, property types,
 * edge definitions. Loaded from data (resources/model/model.json), never hard-coded.
 */
class Model
{
public:
    /** Parses a model file; the error says which schema or property is inconsistent. */
    static Result<Model> load(std::string_view json);
    /** The model shipped inside the program. */
    static const Model& builtin();

    Model() = default;
    Model(Model&&) = default;
    Model& operator=(Model&&) = default;
    Model(const Model&) = delete;
    Model& operator=(const Model&) = delete;

    const Schema* schema(std::string_view name) const;
    const PropertyType* type(std::string_view name) const;
    const std::vector<const Schema*>& schemata() const { return m_schemaList; }

    /**
     * The schema an entity has when records of schemata `a` and `b` are merged: the narrower
     * one when one descends from the other (LegalEntity + Person -> Person), else an error.
     */
    Result<const Schema*> common(const Schema* a, const Schema* b) const;

private:
    std::deque<Schema> m_schemaStore;
    std::deque<Property> m_propertyStore;
    std::deque<PropertyType> m_typeStore;
    std::unordered_map<std::string, Schema*> m_schemata;
    std::unordered_map<std::string, const PropertyType*> m_types;
    std::vector<const Schema*> m_schemaList;
};

TypeKind typeKindFromName(std::string_view name);

} // namespace commonplace::model
