// SPDX-License-Identifier: GPL-3.0-or-later
// The graph filter and source gradings: parsing and checking what a person typed.
#include "graph/Projection.h"

#include "model/Model.h"
#include "model/Values.h"

#include <algorithm>

namespace commonplace::graph {

std::optional<Grading> Grading::parse(std::string_view text)
{
    if (text.size() != 2)
        return std::nullopt;
    char r = text[0];
    if (r >= 'a' && r <= 'f')
        r = char(r - 'a' + 'A');
    if (r < 'A' || r > 'F' || text[1] < '1' || text[1] > '6')
        return std::nullopt;
    return Grading{r, text[1] - '0'};
}

std::string Grading::toString() const
{
    // Built in place: GCC 12 at -O3 warns (-Wrestrict, a false positive) about the
    // concatenation of two temporaries.
    std::string out(2, ' ');
    out[0] = reliability;
    out[1] = char('0' + credibility);
    return out;
}

int compareDatePrefix(std::string_view a, std::string_view b)
{
    std::size_t n = std::min(a.size(), b.size());
    return a.substr(0, n).compare(b.substr(0, n));
}

namespace {

/** Whether some actor (LegalEntity or a descendant) can stand where `range` is expected. */
bool rangeHoldsActors(const model::Model& model, const model::Schema* range)
{
    if (!range)
        return true;
    for (const model::Schema* s : model.schemata()) {
        if (s->isA("LegalEntity") && s->isA(*range))
            return true;
    }
    return false;
}

} // namespace

/** True when relationships of this schema can link two actors (used by the projection too). */
bool linksActors(const model::Schema& schema)
{
    const auto& edge = schema.edge();
    if (!edge)
        return false;
    const model::Model& model = model::Model::builtin();
    const model::Property* source = schema.property(edge->source);
    const model::Property* target = schema.property(edge->target);
    return source && target && rangeHoldsActors(model, source->range) &&
           rangeHoldsActors(model, target->range);
}

Status Filter::validate() const
{
    auto checkDate = [](const std::string& date, const char* option) -> Status {
        if (!date.empty() && !model::isDatePrefix(date))
            return makeError(std::string(option) + " '" + date +
                             "' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
        return {};
    };
    if (auto st = checkDate(from, "--from"); !st)
        return st;
    if (auto st = checkDate(to, "--to"); !st)
        return st;
    if (!from.empty() && !to.empty() && compareDatePrefix(to, from) < 0)
        return makeError("the date range ends (--to " + to + ") before it starts (--from " + from +
                         ")");
    const model::Model& model = model::Model::builtin();
    for (const auto& name : schemata) {
        const model::Schema* s = model.schema(name);
        if (!s)
            return makeError("unknown schema '" + name + "'");
        if (!s->edge())
            return makeError("'" + name +
                             "' is not a relationship schema (Payment, Ownership, Directorship, "
                             "Membership, Employment, Representation, Associate, Family, "
                             "UnknownLink, Debt, Succession, ...)");
        if (!linksActors(*s))
            return makeError("'" + name + "' relationships never link two actors");
    }
    if (minGrading) {
        const Grading& g = *minGrading;
        if (g.reliability < 'A' || g.reliability > 'F' || g.credibility < 1 || g.credibility > 6)
            return makeError("a grading is a reliability A-F and a credibility 1-6, e.g. B2");
    }
    return {};
}

} // namespace commonplace::graph
