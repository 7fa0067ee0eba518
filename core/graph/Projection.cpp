// SPDX-License-Identifier: GPL-3.0-or-later
// The actor-funding graph: two sequential scans of the workspace (entities, then statements)
// into a Boost multigraph, with the filter applied on the way.
#include "graph/Projection.h"

#include "model/Model.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <limits>
#include <unordered_map>

namespace commonplace::graph {

namespace {

enum class Kind : std::uint8_t
{
    Other,
    Actor,
    Relation
};

/** What a property of a relationship means to the projection. */
enum class Field : std::uint8_t
{
    None,
    Source,
    Target,
    Amount,
    AmountUsd,
    AmountEur,
    Currency,
    Date,
    StartDate,
    EndDate
};

/** Where an amount came from; a lower value wins (`amount` before `amountUsd`, ...). */
enum class AmountKind : std::uint8_t
{
    Amount = 0,
    Usd = 1,
    Eur = 2,
    None = 3
};

struct SchemaInfo
{
    const model::Schema* schema = nullptr;
    Kind kind = Kind::Other;
    std::string_view source, target; // relationships: the end properties
    bool directed = true;
};

/** Per entity rowid: which accumulator its statements go to. */
struct Slot
{
    Kind kind = Kind::Other;
    std::uint32_t index = 0;
};

struct ActorAcc
{
    std::string key;
    const SchemaInfo* info = nullptr;
    std::string storedCaption;
    std::string caption; // from visible values, when some values may be hidden
    int captionRank = INT_MAX;
    std::int32_t root = -1; // index of the actor whose vertex this one is (itself unless merged)
    bool hasValues = false;
    bool visible = false;
    bool inDatasets = false;
};

/** Compact grading code: 0 none, else 1 + index into A1..F6. */
using GradeCode = std::uint8_t;

GradeCode encode(const Grading& g)
{
    return GradeCode(1 + (g.reliability - 'A') * 6 + (g.credibility - 1));
}

Grading decode(GradeCode c)
{
    int i = c - 1;
    return Grading{char('A' + i / 6), 1 + i % 6};
}

struct RelAcc
{
    std::string key;
    const SchemaInfo* info = nullptr;
    bool live = true; // false when merged into another relationship
    AmountKind amountKind = AmountKind::None;
    bool startFromDate = false; // `start` holds a `date` value (preferred over `startDate`)
    bool sourced = false;
    bool meets = false; // a source meets Filter::minGrading
    bool inDatasets = false;
    std::uint8_t maxSensitivity = 0;
    GradeCode best = 0, bestMeeting = 0;
    double amount = std::numeric_limits<double>::quiet_NaN();
    std::string currency, start, end;
};

/** One statement of a relationship's end property. */
struct EndValue
{
    std::uint32_t rel;
    std::uint32_t seq;  // statement order
    std::int32_t actor; // root actor index (the vertex), -1 when the value is not an actor
    std::int32_t dataset;
    std::uint8_t side; // 0 source, 1 target
    std::uint8_t sensitivity;
};

/** One end of a relationship: a distinct actor, visible when one of its statements is. */
struct End
{
    std::int32_t actor;
    std::uint8_t minSensitivity;
    std::int32_t dataset; // of its first visible statement
};

struct PendingEdge
{
    std::uint32_t rel;
    std::int32_t source, target; // root actor indexes
    std::int32_t dataset;
};

/**
 * Reads numbers as written in the wild: "1000", "1,000.50", "1.000,50", "1 000", "1'000",
 * "2.5e6". When both '.' and ',' occur the last one is the decimal mark; a mark that occurs
 * more than once groups thousands; a lone ',' followed by exactly three digits groups
 * thousands ("1,000"), otherwise it is the decimal mark ("1,5"); a lone '.' is the decimal mark.
 */
std::optional<double> parseAmount(std::string_view s)
{
    char buf[64];
    std::size_t n = 0;
    std::size_t dots = 0, commas = 0, lastDot = 0, lastComma = 0;
    for (char c : s) {
        if (c == ' ' || c == '\'' || c == '_')
            continue;
        if (n == sizeof buf)
            return std::nullopt;
        if (c == '.')
            ++dots, lastDot = n;
        else if (c == ',')
            ++commas, lastComma = n;
        buf[n++] = c;
    }
    char decimal = 0;
    if (dots && commas)
        decimal = lastDot > lastComma ? '.' : ',';
    else if (dots == 1)
        decimal = '.';
    else if (commas == 1)
        decimal = n - lastComma - 1 == 3 ? 0 : ',';
    std::size_t m = 0;
    std::size_t i = n > 0 && buf[0] == '+' ? 1 : 0;
    for (; i < n; ++i) {
        char c = buf[i];
        if (c == decimal)
            buf[m++] = '.';
        else if (c != '.' && c != ',')
            buf[m++] = c;
    }
    double v = 0;
    auto [end, ec] = std::from_chars(buf, buf + m, v);
    if (ec != std::errc() || end != buf + m || m == 0)
        return std::nullopt;
    return v;
}

std::string upperAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    }
    return out;
}

Field fieldOf(const SchemaInfo& info, std::string_view prop)
{
    if (prop == info.source)
        return Field::Source;
    if (prop == info.target)
        return Field::Target;
    switch (prop.size()) {
    case 4:
        return prop == "date" ? Field::Date : Field::None;
    case 6:
        return prop == "amount" ? Field::Amount : Field::None;
    case 7:
        return prop == "endDate" ? Field::EndDate : Field::None;
    case 8:
        return prop == "currency" ? Field::Currency : Field::None;
    case 9:
        if (prop == "amountUsd")
            return Field::AmountUsd;
        if (prop == "amountEur")
            return Field::AmountEur;
        return prop == "startDate" ? Field::StartDate : Field::None;
    default:
        return Field::None;
    }
}

/**
 * Actor ids to accumulator indexes: an open-addressing table of (hash, index) pairs, so that
 * a lookup (two per relationship) touches one slot and, on a hash match, one key. Several
 * times faster than std::unordered_map here, where lookups dominate the statement scan.
 */
class KeyIndex
{
public:
    void build(const std::vector<ActorAcc>& actors)
    {
        std::size_t size = 16;
        while (size < actors.size() * 2)
            size *= 2;
        m_mask = size - 1;
        m_slots.assign(size, Slot{});
        m_actors = &actors;
        for (std::size_t i = 0; i < actors.size(); ++i) {
            std::size_t h = hash(actors[i].key);
            std::size_t at = h & m_mask;
            while (m_slots[at].index != 0)
                at = (at + 1) & m_mask;
            m_slots[at] = Slot{std::uint32_t(h >> 32), std::uint32_t(i + 1)};
        }
    }

    /** The accumulator index of an actor id, -1 when it is not an actor's. */
    std::int32_t find(std::string_view key) const
    {
        if (m_slots.empty())
            return -1;
        std::size_t h = hash(key);
        auto tag = std::uint32_t(h >> 32);
        for (std::size_t at = h & m_mask;; at = (at + 1) & m_mask) {
            const Slot& slot = m_slots[at];
            if (slot.index == 0)
                return -1;
            if (slot.tag == tag && (*m_actors)[slot.index - 1].key == key)
                return std::int32_t(slot.index - 1);
        }
    }

    void clear()
    {
        m_slots.clear();
        m_slots.shrink_to_fit();
    }

private:
    struct Slot
    {
        std::uint32_t tag = 0;   // high bits of the hash
        std::uint32_t index = 0; // accumulator index + 1; 0 for an empty slot
    };
    static std::size_t hash(std::string_view key) { return std::hash<std::string_view>{}(key); }

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    const std::vector<ActorAcc>* m_actors = nullptr;
};

class Builder
{
public:
    Builder(const store::Workspace& ws, const Filter& filter, const Projection::Progress& progress)
        : m_db(ws.db())
        , m_filter(filter)
        , m_progress(progress)
        , m_maxSensitivity(std::uint8_t(filter.maxSensitivity))
        , m_computeCaptions(filter.maxSensitivity != store::Sensitivity::Restricted)
    {}

    Status run(Graph& graph, std::unordered_map<std::string, Vertex>& index, std::uint64_t& skipped)
    {
        // One read transaction, so every scan sees the same workspace.
        store::Transaction snapshot(m_db);
        if (auto st = snapshot.begin(); !st)
            return st;
        prepareSchemata();
        if (auto st = readDatasets(); !st)
            return st;
        if (auto st = readSources(); !st)
            return st;
        if (auto st = readEntities(); !st)
            return st;
        if (auto st = readStatements(); !st)
            return st;
        snapshot.rollback();
        assemble(graph, index, skipped);
        return {};
    }

private:
    static Error dbError(sqlite3* db, const std::string& what)
    {
        return makeError("cannot read the graph (" + what + "): " + sqlite3_errmsg(db));
    }

    void prepareSchemata()
    {
        const model::Model& model = model::Model::builtin();
        for (const model::Schema* s : model.schemata()) {
            SchemaInfo info;
            info.schema = s;
            if (s->isA("LegalEntity")) {
                info.kind = Kind::Actor;
            } else if (linksActors(*s)) {
                bool wanted = m_filter.schemata.empty() ||
                              std::find(m_filter.schemata.begin(), m_filter.schemata.end(),
                                        s->name()) != m_filter.schemata.end();
                if (wanted) {
                    info.kind = Kind::Relation;
                    info.source = s->edge()->source;
                    info.target = s->edge()->target;
                    info.directed = s->edge()->directed;
                }
            }
            m_schemata.emplace(std::string_view(s->name()), info);
        }
    }

    Status readDatasets()
    {
        store::Query q(m_db, "SELECT id, name FROM dataset");
        if (!q.valid())
            return makeError("cannot read the graph: " + q.error());
        int rc;
        std::unordered_map<std::string, std::int64_t> byName;
        while ((rc = q.step()) == SQLITE_ROW) {
            std::int64_t id = q.int64(0);
            if (id < 0 || id > std::numeric_limits<std::int32_t>::max())
                continue;
            if (std::size_t(id) >= m_datasetNames.size())
                m_datasetNames.resize(std::size_t(id) + 1);
            m_datasetNames[std::size_t(id)] = q.string(1);
            byName.emplace(q.string(1), id);
        }
        if (rc != SQLITE_DONE)
            return dbError(m_db, "datasets");
        m_datasetAllowed.assign(m_datasetNames.size(), false);
        for (const auto& name : m_filter.datasets) {
            auto it = byName.find(name);
            if (it == byName.end())
                return makeError("no dataset named '" + name + "' in the workspace");
            m_datasetAllowed[std::size_t(it->second)] = true;
        }
        return {};
    }

    Status readSources()
    {
        store::Query q(m_db, "SELECT id, reliability, credibility FROM source");
        if (!q.valid())
            return makeError("cannot read the graph: " + q.error());
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            std::int64_t id = q.int64(0);
            if (id < 0 || id > std::numeric_limits<std::int32_t>::max())
                continue;
            if (std::size_t(id) >= m_sourceGrades.size())
                m_sourceGrades.resize(std::size_t(id) + 1, 0);
            std::string_view r = q.text(1);
            bool hasR = r.size() == 1 && r[0] >= 'A' && r[0] <= 'F';
            std::int64_t c = q.isNull(2) ? 0 : q.int64(2);
            bool hasC = c >= 1 && c <= 6;
            // A partial grading counts the missing half as "cannot be judged" (F, 6).
            if (hasR || hasC)
                m_sourceGrades[std::size_t(id)] =
                    encode(Grading{hasR ? r[0] : 'F', hasC ? int(c) : 6});
            else
                m_sourceGrades[std::size_t(id)] = 0;
        }
        if (rc != SQLITE_DONE)
            return dbError(m_db, "sources");
        return {};
    }

    Status readEntities()
    {
        store::Query max(m_db, "SELECT coalesce(max(id), 0) FROM entity");
        if (!max.valid() || max.step() != SQLITE_ROW)
            return dbError(m_db, "entities");
        std::int64_t maxRowid = max.int64(0);
        if (maxRowid < 0 || maxRowid >= std::numeric_limits<std::int32_t>::max())
            return makeError("cannot read the graph: entity ids out of range");
        m_slots.assign(std::size_t(maxRowid) + 1, Slot{});

        store::Query q(m_db, m_computeCaptions
                                 ? "SELECT id, key, schema, canonical_id, NULL FROM entity"
                                 : "SELECT id, key, schema, canonical_id, "
                                   "coalesce(caption, key) FROM entity");
        if (!q.valid())
            return makeError("cannot read the graph: " + q.error());
        std::unordered_map<std::int64_t, std::int64_t> canonicalOf;
        std::string_view lastSchema;
        const SchemaInfo* lastInfo = nullptr;
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            std::int64_t rowid = q.int64(0);
            if (rowid <= 0 || rowid > maxRowid)
                continue;
            std::string_view schema = q.text(2);
            if (!lastInfo || schema != lastSchema) {
                auto it = m_schemata.find(schema);
                lastInfo = it == m_schemata.end() ? nullptr : &it->second;
                lastSchema = lastInfo ? lastInfo->schema->name() : std::string_view();
                if (!lastInfo) {
                    lastSchema = {};
                    continue;
                }
            }
            const SchemaInfo* info = lastInfo;
            if (info->kind == Kind::Other)
                continue;
            if (!q.isNull(3))
                canonicalOf.emplace(rowid, q.int64(3));
            Slot& slot = m_slots[std::size_t(rowid)];
            slot.kind = info->kind;
            if (info->kind == Kind::Actor) {
                slot.index = std::uint32_t(m_actors.size());
                ActorAcc& a = m_actors.emplace_back();
                a.key = q.string(1);
                a.info = info;
                if (!m_computeCaptions)
                    a.storedCaption = q.string(4);
            } else {
                slot.index = std::uint32_t(m_rels.size());
                RelAcc& r = m_rels.emplace_back();
                r.key = q.string(1);
                r.info = info;
            }
        }
        if (rc != SQLITE_DONE)
            return dbError(m_db, "entities");

        // Merged entities: every entity joins the vertex (or relationship) of the end of its
        // canonical chain. Chains are short; the bound only guards against a damaged file.
        for (auto& a : m_actors)
            a.root = -1;
        for (std::size_t rowid = 1; rowid < m_slots.size(); ++rowid) {
            Slot& slot = m_slots[rowid];
            if (slot.kind == Kind::Other)
                continue;
            std::int64_t root = std::int64_t(rowid);
            for (int hops = 0; hops < 64; ++hops) {
                auto it = canonicalOf.find(root);
                if (it == canonicalOf.end() || it->second == root)
                    break;
                root = it->second;
            }
            const Slot* rootSlot =
                root > 0 && root <= maxRowid ? &m_slots[std::size_t(root)] : nullptr;
            if (slot.kind == Kind::Actor) {
                ActorAcc& a = m_actors[slot.index];
                if (rootSlot && rootSlot->kind == Kind::Actor)
                    a.root = std::int32_t(rootSlot->index);
            } else if (std::size_t(root) != rowid) {
                // A relationship merged into another: its values count as the other's.
                m_rels[slot.index].live = false;
                if (rootSlot && rootSlot->kind == Kind::Relation)
                    slot.index = rootSlot->index;
                else
                    slot.kind = Kind::Other;
            }
        }
        m_actorIndex.build(m_actors);
        return {};
    }

    bool datasetAllowed(std::int64_t id) const
    {
        return id >= 0 && std::size_t(id) < m_datasetAllowed.size() &&
               m_datasetAllowed[std::size_t(id)];
    }

    Status readStatements()
    {
        store::Query max(m_db, "SELECT coalesce(max(id), 0) FROM statement");
        if (!max.valid() || max.step() != SQLITE_ROW)
            return dbError(m_db, "statements");
        std::uint64_t total = std::uint64_t(std::max<std::int64_t>(max.int64(0), 0));
        // In table order rather than entity order: a plain sequential read, no index lookups.
        // Statements accumulate per entity, and "first" means first in statement order.
        store::Query q(m_db, "SELECT entity_id, prop, value, dataset_id, source_id, sensitivity "
                             "FROM statement ORDER BY id");
        if (!q.valid())
            return makeError("cannot read the graph: " + q.error());
        bool datasetFilter = !m_filter.datasets.empty();
        // With every value visible and no dataset filter, an actor's values change nothing.
        bool actorValuesMatter = m_computeCaptions || datasetFilter;
        std::uint64_t done = 0;
        std::uint32_t seq = 0;
        int rc;
        // Columns are read only where they matter: each read is an SQLite call.
        while ((rc = q.step()) == SQLITE_ROW) {
            if (m_progress && (++done & 0xFFFF) == 0 && !m_progress(done, total))
                return makeError("cancelled");
            std::int64_t rowid = q.int64(0);
            if (rowid <= 0 || std::size_t(rowid) >= m_slots.size())
                continue;
            Slot slot = m_slots[std::size_t(rowid)];
            if (slot.kind == Kind::Other)
                continue;
            if (slot.kind == Kind::Actor && !actorValuesMatter)
                continue;
            auto sensitivity = std::uint8_t(std::clamp<std::int64_t>(q.int64(5), 0, 3));
            bool visible = sensitivity <= m_maxSensitivity;
            if (slot.kind == Kind::Actor) {
                ActorAcc& a = m_actors[slot.index];
                a.hasValues = true;
                if (!visible)
                    continue;
                a.visible = true;
                if (datasetFilter && datasetAllowed(q.int64(3)))
                    a.inDatasets = true;
                if (m_computeCaptions)
                    considerCaption(a, q.text(1), q.text(2));
                continue;
            }
            RelAcc& r = m_rels[slot.index];
            Field field = fieldOf(*r.info, q.text(1));
            bool end = field == Field::Source || field == Field::Target;
            std::int64_t dataset = end || datasetFilter ? q.int64(3) : 0;
            if (end) {
                // Grouped by vertex: two ids of one merged actor are one end.
                std::int32_t actor = m_actorIndex.find(q.text(2));
                m_ends.push_back(
                    EndValue{slot.index, seq++, actor < 0 ? -1 : m_actors[std::size_t(actor)].root,
                             std::int32_t(dataset), std::uint8_t(field == Field::Source ? 0 : 1),
                             sensitivity});
            }
            if (!visible)
                continue;
            r.maxSensitivity = std::max(r.maxSensitivity, sensitivity);
            if (datasetFilter && datasetAllowed(dataset))
                r.inDatasets = true;
            // source_id is NULL (read as 0) when the value cites no source; ids start at 1.
            if (std::int64_t source = q.int64(4); source != 0) {
                r.sourced = true;
                GradeCode g = source >= 0 && std::size_t(source) < m_sourceGrades.size()
                                  ? m_sourceGrades[std::size_t(source)]
                                  : 0;
                if (g) {
                    Grading grading = decode(g);
                    if (!r.best || grading.betterThan(decode(r.best)))
                        r.best = g;
                    if (m_filter.minGrading && grading.meets(*m_filter.minGrading)) {
                        r.meets = true;
                        if (!r.bestMeeting || grading.betterThan(decode(r.bestMeeting)))
                            r.bestMeeting = g;
                    }
                }
            }
            if (field != Field::None && !end)
                readField(r, field, q.text(2));
        }
        if (rc != SQLITE_DONE)
            return dbError(m_db, "statements");
        return {};
    }

    void considerCaption(ActorAcc& a, std::string_view prop, std::string_view value)
    {
        if (value.empty())
            return;
        const auto& caption = a.info->schema->caption();
        for (std::size_t i = 0; i < caption.size() && int(i) < a.captionRank; ++i) {
            if (caption[i] == prop) {
                a.captionRank = int(i);
                a.caption = value;
                return;
            }
        }
    }

    static void readField(RelAcc& r, Field field, std::string_view value)
    {
        switch (field) {
        case Field::Amount:
        case Field::AmountUsd:
        case Field::AmountEur: {
            AmountKind kind = field == Field::Amount      ? AmountKind::Amount
                              : field == Field::AmountUsd ? AmountKind::Usd
                                                          : AmountKind::Eur;
            if (kind >= r.amountKind)
                return; // the first value of the most preferred property wins
            if (auto v = parseAmount(value)) {
                r.amount = *v;
                r.amountKind = kind;
            }
            return;
        }
        case Field::Currency:
            if (r.currency.empty())
                r.currency = upperAscii(value);
            return;
        case Field::Date:
            if (!r.startFromDate || value < r.start) {
                r.start = value;
                r.startFromDate = true;
            }
            return;
        case Field::StartDate:
            if (!r.startFromDate && (r.start.empty() || value < r.start))
                r.start = value;
            return;
        case Field::EndDate:
            if (r.end.empty() || value > r.end)
                r.end = value;
            return;
        default:
            return;
        }
    }

    bool keepDates(const RelAcc& r) const
    {
        if (!m_filter.hasDateRange())
            return true;
        if (r.start.empty() && r.end.empty())
            return m_filter.includeUndated;
        const std::string& lo = r.start.empty() ? r.end : r.start;
        const std::string& hi = r.end.empty() ? r.start : r.end;
        if (!m_filter.from.empty() && compareDatePrefix(hi, m_filter.from) < 0)
            return false;
        if (!m_filter.to.empty() && compareDatePrefix(lo, m_filter.to) > 0)
            return false;
        return true;
    }

    bool keepRelation(const RelAcc& r) const
    {
        if (m_filter.excludeUnsourced && !r.sourced)
            return false;
        if (m_filter.minGrading && !r.meets)
            return false;
        if (!m_filter.datasets.empty() && !r.inDatasets)
            return false;
        return keepDates(r);
    }

    /** Groups a relationship's end statements into distinct values of each side. */
    void endsOf(std::size_t& cursor, std::uint32_t rel, std::vector<End>& sources,
                std::vector<End>& targets) const
    {
        sources.clear();
        targets.clear();
        while (cursor < m_ends.size() && m_ends[cursor].rel == rel) {
            const EndValue& first = m_ends[cursor];
            End end{first.actor, 255, -1};
            for (; cursor < m_ends.size() && m_ends[cursor].rel == rel &&
                   m_ends[cursor].side == first.side && m_ends[cursor].actor == first.actor;
                 ++cursor) {
                const EndValue& v = m_ends[cursor];
                end.minSensitivity = std::min(end.minSensitivity, v.sensitivity);
                if (end.dataset < 0 && v.sensitivity <= m_maxSensitivity)
                    end.dataset = v.dataset;
            }
            (first.side == 0 ? sources : targets).push_back(end);
        }
    }

    void assemble(Graph& graph, std::unordered_map<std::string, Vertex>& index,
                  std::uint64_t& skipped)
    {
        // Vertices: an actor is visible when one of its values is (or it has none to hide);
        // a merged group when one of its members is.
        std::vector<std::uint8_t> rootVisible(m_actors.size(), 0), rootKept(m_actors.size(), 0);
        for (const auto& a : m_actors) {
            if (a.root >= 0 && (a.visible || !a.hasValues))
                rootVisible[std::size_t(a.root)] = 1;
        }
        bool datasetFilter = !m_filter.datasets.empty();
        for (const auto& a : m_actors) {
            if (a.root >= 0 && rootVisible[std::size_t(a.root)] && (!datasetFilter || a.inDatasets))
                rootKept[std::size_t(a.root)] = 1;
        }

        // Edges: one per (source value, target value) pair of a kept relationship.
        std::sort(m_ends.begin(), m_ends.end(), [](const EndValue& a, const EndValue& b) {
            if (a.rel != b.rel)
                return a.rel < b.rel;
            if (a.side != b.side)
                return a.side < b.side;
            if (a.actor != b.actor)
                return a.actor < b.actor;
            return a.seq < b.seq;
        });
        std::vector<PendingEdge> pending;
        pending.reserve(m_rels.size());
        std::vector<End> sources, targets;
        std::size_t cursor = 0;
        for (std::uint32_t i = 0; i < m_rels.size(); ++i) {
            endsOf(cursor, i, sources, targets);
            const RelAcc& r = m_rels[i];
            if (!r.live)
                continue;
            auto hidden = [&](const End& e) { return e.minSensitivity > m_maxSensitivity; };
            if (std::any_of(sources.begin(), sources.end(), hidden) ||
                std::any_of(targets.begin(), targets.end(), hidden))
                continue; // withheld, not skipped: nothing of it may show
            if (!keepRelation(r))
                continue;
            bool lost = sources.empty() || targets.empty();
            for (const End& s : sources) {
                for (const End& t : targets) {
                    std::int32_t sr = s.actor, tr = t.actor;
                    if (sr < 0 || tr < 0 || !rootVisible[std::size_t(sr)] ||
                        !rootVisible[std::size_t(tr)]) {
                        lost = true;
                        continue;
                    }
                    pending.push_back(PendingEdge{i, sr, tr, s.dataset});
                    rootKept[std::size_t(sr)] = 1;
                    rootKept[std::size_t(tr)] = 1;
                }
            }
            if (lost)
                ++skipped;
        }
        m_ends.clear();
        m_ends.shrink_to_fit();

        // Vertices in entity order, so that results are stable.
        std::vector<std::int32_t> vertexOf(m_actors.size(), -1);
        std::size_t count = 0;
        for (std::size_t i = 0; i < m_actors.size(); ++i) {
            if (rootKept[i])
                vertexOf[i] = std::int32_t(count++);
        }
        for (std::size_t i = 0; i < count; ++i)
            boost::add_vertex(graph);
        // A merged vertex has the narrowest schema of its members (LegalEntity + Person is a
        // Person) and, without a visible caption of its own, a member's.
        std::vector<const model::Schema*> schemaOf(m_actors.size(), nullptr);
        for (const auto& a : m_actors) {
            if (a.root < 0)
                continue;
            const model::Schema*& schema = schemaOf[std::size_t(a.root)];
            if (!schema || a.info->schema->isA(*schema))
                schema = a.info->schema;
            ActorAcc& root = m_actors[std::size_t(a.root)];
            if (m_computeCaptions && root.caption.empty() && !a.caption.empty())
                root.caption = a.caption;
        }
        for (std::size_t i = 0; i < m_actors.size(); ++i) {
            if (vertexOf[i] < 0)
                continue;
            ActorAcc& a = m_actors[i];
            Actor& actor = graph[Vertex(vertexOf[i])];
            actor.id = a.key;
            actor.schema = schemaOf[i] ? schemaOf[i]->name() : a.info->schema->name();
            if (m_computeCaptions)
                actor.caption = a.caption.empty() ? a.key : std::move(a.caption);
            else
                actor.caption = std::move(a.storedCaption);
        }
        index.reserve(m_actors.size());
        for (auto& a : m_actors) {
            if (a.root >= 0 && vertexOf[std::size_t(a.root)] >= 0)
                index.emplace(std::move(a.key), Vertex(vertexOf[std::size_t(a.root)]));
        }
        m_actors.clear();
        m_actors.shrink_to_fit();
        m_actorIndex.clear();

        for (std::size_t k = 0; k < pending.size(); ++k) {
            const PendingEdge& p = pending[k];
            RelAcc& r = m_rels[p.rel];
            bool last = k + 1 == pending.size() || pending[k + 1].rel != p.rel;
            // Boost's add_edge copies the property it is given (twice): add an empty one and
            // fill it in place.
            auto [e, added] = boost::add_edge(Vertex(vertexOf[std::size_t(p.source)]),
                                              Vertex(vertexOf[std::size_t(p.target)]), graph);
            (void)added;
            Relation& rel = graph[e];
            rel.schema = r.info->schema->name();
            rel.directed = r.info->directed;
            rel.amount = r.amount;
            rel.currency = r.amountKind == AmountKind::Usd   ? "USD"
                           : r.amountKind == AmountKind::Eur ? "EUR"
                                                             : r.currency;
            rel.sourced = r.sourced;
            GradeCode g = m_filter.minGrading ? r.bestMeeting : r.best;
            if (g)
                rel.grading = decode(g);
            if (p.dataset >= 0 && std::size_t(p.dataset) < m_datasetNames.size())
                rel.dataset = m_datasetNames[std::size_t(p.dataset)];
            rel.sensitivity = store::Sensitivity(r.maxSensitivity);
            if (last) {
                rel.id = std::move(r.key);
                rel.date = std::move(r.start);
                rel.endDate = std::move(r.end);
            } else {
                rel.id = r.key;
                rel.date = r.start;
                rel.endDate = r.end;
            }
        }
    }

    sqlite3* m_db;
    const Filter& m_filter;
    const Projection::Progress& m_progress;
    std::uint8_t m_maxSensitivity;
    bool m_computeCaptions;

    std::unordered_map<std::string_view, SchemaInfo> m_schemata;
    std::vector<std::string> m_datasetNames;
    std::vector<bool> m_datasetAllowed;
    std::vector<GradeCode> m_sourceGrades;
    std::vector<Slot> m_slots;
    std::vector<ActorAcc> m_actors;
    std::vector<RelAcc> m_rels;
    KeyIndex m_actorIndex;
    std::vector<EndValue> m_ends;
};

std::string withArticle(const std::string& noun)
{
    bool vowel = !noun.empty() && std::string_view("AEIOU").find(noun[0]) != std::string_view::npos;
    return (vowel ? "an " : "a ") + noun;
}

} // namespace

Result<Projection> Projection::build(const store::Workspace& ws, const Filter& filter,
                                     const Progress& progress)
{
    if (auto st = filter.validate(); !st)
        return st.error();
    Projection p;
    p.m_filter = filter;
    Builder builder(ws, filter, progress);
    auto graph = std::make_shared<Graph>();
    if (auto st = builder.run(*graph, p.m_index, p.m_skipped); !st)
        return st.error();
    p.m_graph = std::move(graph);
    return p;
}

std::optional<Vertex> Projection::vertex(std::string_view id) const
{
    auto it = m_index.find(std::string(id));
    if (it == m_index.end())
        return std::nullopt;
    return it->second;
}

Result<Vertex> Projection::require(std::string_view id) const
{
    if (auto v = vertex(id))
        return *v;
    return makeError("'" + std::string(id) +
                     "' is not an actor of the graph (unknown, not an actor, or left out by "
                     "the filter)");
}

Result<Vertex> Projection::require(std::string_view id, const store::Workspace& ws) const
{
    if (auto v = vertex(id))
        return *v;
    std::string quoted = "'" + std::string(id) + "'";
    store::Query q(ws.db(), "SELECT e.schema, c.key, c.schema FROM entity e "
                            "LEFT JOIN entity c ON c.id = e.canonical_id WHERE e.key = ?1");
    q.bind(1, id);
    if (q.step() != SQLITE_ROW)
        return makeError("no entity " + quoted + " in the workspace");
    std::string schema = q.string(0);
    if (!q.isNull(1)) {
        std::string canonical = q.string(1);
        const model::Schema* cs = model::Model::builtin().schema(q.text(2));
        if (!cs || !cs->isA("LegalEntity"))
            return makeError(quoted + " is merged into '" + canonical + "', " +
                             withArticle(q.string(2)) + ", not an actor");
        return makeError(quoted + " (merged into '" + canonical + "') is left out by the filter");
    }
    const model::Schema* s = model::Model::builtin().schema(schema);
    if (!s || !s->isA("LegalEntity"))
        return makeError(quoted + " is " + withArticle(schema) +
                         ", not an actor (a Person, Organization, Company, PublicBody or "
                         "LegalEntity)");
    return makeError(quoted + " is left out by the filter");
}

} // namespace commonplace::graph
