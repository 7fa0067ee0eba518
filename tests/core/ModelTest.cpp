// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Model.h"
#include "model/Values.h"

#include <catch2/catch.hpp>

using namespace commonplace;
using namespace commonplace::model;

TEST_CASE("the built-in model has the FollowTheMoney schemata money-flow research needs", "[model]")
{
    const Model& m = Model::builtin();
    for (const char* name :
         {"Thing",       "LegalEntity", "Person",         "Organization",  "Company",
          "PublicBody",  "Address",     "Payment",        "Ownership",     "Directorship",
          "Membership",  "Employment",  "Representation", "Associate",     "Family",
          "UnknownLink", "Event",       "Note",           "Documentation", "Sanction"}) {
        INFO(name);
        REQUIRE(m.schema(name) != nullptr);
    }
    CHECK(m.schemata().size() == 70);
    CHECK(m.schema("Thing")->isAbstract());
    CHECK_FALSE(m.schema("Person")->isAbstract());
}

TEST_CASE("schemata inherit properties and know their lineage", "[model]")
{
    const Model& m = Model::builtin();
    const Schema* company = m.schema("Company");
    CHECK(company->isA("Organization"));
    CHECK(company->isA("LegalEntity"));
    CHECK(company->isA("Thing"));
    CHECK_FALSE(company->isA("Person"));
    const Property* name = company->property("name");
    REQUIRE(name);
    CHECK(name->type->kind == TypeKind::Name);
    CHECK(name->schema->name() == "Thing");
    CHECK(company->property("no-such-property") == nullptr);
}

TEST_CASE("relationship schemata carry edge definitions with typed endpoints", "[model]")
{
    const Model& m = Model::builtin();
    struct Expect
    {
        const char* schema;
        const char* source;
        const char* target;
        bool directed;
    };
    for (auto e : {Expect{"Payment", "payer", "beneficiary", true},
                   Expect{"Ownership", "owner", "asset", true},
                   Expect{"Directorship", "director", "organization", true},
                   Expect{"Membership", "member", "organization", true},
                   Expect{"Employment", "employee", "employer", true},
                   Expect{"Representation", "agent", "client", true},
                   Expect{"Associate", "person", "associate", false},
                   Expect{"Family", "person", "relative", false},
                   Expect{"UnknownLink", "subject", "object", false}}) {
        INFO(e.schema);
        const Schema* s = m.schema(e.schema);
        REQUIRE(s->edge());
        CHECK(s->edge()->source == e.source);
        CHECK(s->edge()->target == e.target);
        CHECK(s->edge()->directed == e.directed);
        const Property* src = s->property(e.source);
        REQUIRE(src);
        CHECK(src->type->kind == TypeKind::Entity);
        REQUIRE(src->range);
    }
    CHECK(m.schema("Payment")->property("payer")->range->name() == "LegalEntity");
}

TEST_CASE("merging schemata keeps the narrower one and refuses unrelated ones", "[model]")
{
    const Model& m = Model::builtin();
    auto le = m.schema("LegalEntity"), person = m.schema("Person"), company = m.schema("Company");
    auto r1 = m.common(le, person);
    REQUIRE(r1);
    CHECK((*r1)->name() == "Person");
    auto r2 = m.common(person, le);
    REQUIRE(r2);
    CHECK((*r2)->name() == "Person");
    auto r3 = m.common(person, company);
    REQUIRE_FALSE(r3);
    CHECK(r3.error().message.find("unrelated") != std::string::npos);
}

TEST_CASE("a broken model file is reported, not accepted", "[model]")
{
    auto bad = Model::load(R"({"types": {"string": {}}, "schemata": {"A": {"extends": ["B"]}}})");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.find("unknown schema 'B'") != std::string::npos);
    auto cycle = Model::load(
        R"({"types": {}, "schemata": {"A": {"extends": ["B"]}, "B": {"extends": ["A"]}}})");
    REQUIRE(cycle); // a cycle is tolerated by lineage de-duplication
    auto notJson = Model::load("{nope");
    REQUIRE_FALSE(notJson);
}

TEST_CASE("dates are ISO 8601 prefixes", "[model][values]")
{
    for (const char* ok : {"2021", "2021-02", "2021-02-16", "2021-02-16T21", "2021-02-16T21:48",
                           "2021-02-16T21:48:52", "2021-02-16T21:48:52.123Z", "2020-02-29",
                           "2021-02-16T21:48:52+02:00"})
        CHECK(isDatePrefix(ok));
    for (const char* bad : {"", "21", "2021-13", "2021-02-30", "2019-02-29", "2021/02/16",
                            "yesterday", "2021-02-16T25", "2021-2-1"})
        CHECK_FALSE(isDatePrefix(bad));
}

TEST_CASE("values are validated by type", "[model][values]")
{
    const Model& m = Model::builtin();
    CHECK_FALSE(validate(*m.type("date"), "2019-05-01"));
    CHECK(validate(*m.type("date"), "May 2019"));
    CHECK_FALSE(validate(*m.type("country"), "de"));
    CHECK(validate(*m.type("country"), "Germany"));
    CHECK_FALSE(validate(*m.type("number"), "1,000.50"));
    CHECK(validate(*m.type("number"), "many"));
    CHECK_FALSE(validate(*m.type("name"), "anything at all"));
    CHECK(validate(*m.type("entity"), std::string("a\nb")));
}

TEST_CASE("cleaning turns spreadsheet text into clean values", "[model][values]")
{
    const Model& m = Model::builtin();
    const auto& country = *m.type("country");
    CHECK(clean(country, "Deutschland") == std::optional<std::string>("de"));
    CHECK(clean(country, " Germany ") == std::optional<std::string>("de"));
    CHECK(clean(country, "Großbritannien") == std::optional<std::string>("gb"));
    CHECK(clean(country, "Zypern") == std::optional<std::string>("cy"));
    CHECK(clean(country, "Luxemburg") == std::optional<std::string>("lu"));
    CHECK(clean(country, "Россия") == std::optional<std::string>("ru"));
    CHECK(clean(country, "KEN") == std::optional<std::string>("ke"));
    CHECK_FALSE(clean(country, "Niedlerlande"));
    CleanOptions german{"%d.%m.%Y"};
    CHECK(clean(*m.type("date"), "16.02.2021", german) == std::optional<std::string>("2021-02-16"));
    CHECK_FALSE(clean(*m.type("date"), "31.02.2021", german));
    CHECK_FALSE(clean(*m.type("name"), "   "));
}
