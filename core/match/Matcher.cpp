// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/Matcher.h"

#include "match/Normalize.h"
#include "match/Similarity.h"
#include "model/Model.h"
#include "model/Values.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace commonplace::match {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

// ---- scoring weights (docs/matching.md explains each) -----------------------------------------

constexpr double kNameFloor = 0.3;      // name similarity that earns nothing
constexpr double kNameCeiling = 0.9;    // what identical names alone are worth
constexpr double kWeakNameFactor = 0.9; // a weak alias counts a little less
constexpr double kIdentifierMatch = 0.35;
constexpr double kIdentifierSimilar = 0.15;
constexpr double kIdentifierMismatch = -0.15;
constexpr double kEmailMatch = 0.25;
constexpr double kPhoneMatch = 0.15;
constexpr double kWebsiteMatch = 0.2;
constexpr double kBirthDateMatch = 0.1;
constexpr double kBirthDatePartial = 0.03;
constexpr double kBirthDateClose = -0.03;
constexpr double kBirthDateMismatch = -0.45;
constexpr double kFoundedMatch = 0.05;
constexpr double kFoundedMismatch = -0.1;
constexpr double kCountryMatch = 0.02;
constexpr double kCountryMismatch = -0.3;
constexpr double kGenderMismatch = -0.3;
constexpr double kGenerationMismatch = -0.3;
constexpr double kLegalFormMismatch = -0.1;
constexpr double kSameAddressEntity = 0.1;
constexpr double kAddressMatch = 0.08;
constexpr double kSameDataset = -0.1;
constexpr double kCommonNameMax = 0.7; // the largest share of the name's worth a common name loses
constexpr double kCommonNameSlope = 0.17; // share per doubling of the other records sharing it
constexpr std::uint64_t kCommonNameMinRecords = 1000;

// ---- blocking ---------------------------------------------------------------------------------

constexpr std::size_t kKeyCap = 300; // keys shared by more entities are too common to block on
constexpr std::size_t kKeysPerRecord = 10;   // the rarest keys of an entity that find its partners
constexpr std::uint64_t kBlockBudget = 1000; // index entries an entity reads, after 3 keys
// In large workspaces an entity proposes at most kShortlist partners (its best by shared keys);
// the pairs proposed by either side are all scored.
constexpr std::size_t kShortlist = 6;
constexpr std::size_t kLargeWorkspace = 50000;

enum KeyTag : std::uint64_t
{
    kToken = 1,
    kPhonetic,
    kTokenPair,
    kPhoneticPair,
    kInitialWord,
    kIdentifierKey,
    kEmailKey,
    kPhoneKey,
    kUrlKey,
    kDateKey
};

double keyFactor(std::uint64_t tag)
{
    switch (tag) {
    case kToken:
        return 1.0;
    case kPhonetic:
        return 0.6;
    case kTokenPair:
        return 1.0;
    case kPhoneticPair:
        return 0.7;
    case kInitialWord:
        return 0.8;
    case kIdentifierKey:
    case kEmailKey:
        return 1.5;
    case kPhoneKey:
    case kUrlKey:
        return 1.2;
    case kDateKey:
        return 0.7;
    default:
        return 1.0;
    }
}

std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

std::uint64_t makeKey(std::uint64_t tag, std::uint64_t a, std::uint64_t b = 0)
{
    // The tag sits in the top byte so that keys of one kind never meet keys of another.
    std::uint64_t h = mix(mix(a) ^ (b * 0x9e3779b97f4a7c15ULL) ^ tag);
    return (tag << 56) | (h & 0x00ffffffffffffffULL);
}

// ---- what the matcher reads ---------------------------------------------------------------

enum class Role : std::uint8_t
{
    Name,
    WeakName,
    FirstName,
    MiddleName,
    LastName,
    Identifier,
    Email,
    Phone,
    Url,
    Country,
    BirthDate,
    DeathDate,
    IncorporationDate,
    DissolutionDate,
    Gender,
    Address,
    AddressEntity
};

struct StringHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

/** The matchable actor schemata and the meaning of their properties for the matcher. */
struct Schemata
{
    const model::Model& model;
    std::vector<const model::Schema*> list;
    std::vector<std::vector<bool>> compatible;
    std::vector<std::string> props; // property names read, by index
    std::vector<Role> roles;        // by property index
    std::unordered_map<std::string, std::uint16_t, StringHash, std::equal_to<>> propIndex;

    explicit Schemata(const model::Model& m)
        : model(m)
    {
        for (const model::Schema* s : m.schemata())
            if (s->isMatchable() && s->isA("LegalEntity"))
                list.push_back(s);
        compatible.assign(list.size(), std::vector<bool>(list.size(), false));
        for (std::size_t i = 0; i < list.size(); ++i)
            for (std::size_t j = 0; j < list.size(); ++j)
                compatible[i][j] = list[i]->isA(*list[j]) || list[j]->isA(*list[i]);
        for (const model::Schema* s : list)
            for (const model::Property* p : s->properties())
                if (auto role = roleOf(*p); role && !propIndex.count(p->name)) {
                    propIndex.emplace(p->name, std::uint16_t(props.size()));
                    props.push_back(p->name);
                    roles.push_back(*role);
                }
    }

    static std::optional<Role> roleOf(const model::Property& p)
    {
        using model::TypeKind;
        const std::string& n = p.name;
        switch (p.type ? p.type->kind : TypeKind::Other) {
        case TypeKind::Name:
            return (n == "weakAlias" || n == "abbreviation") ? Role::WeakName : Role::Name;
        case TypeKind::Identifier:
            if (n == "programId" || n == "ticker")
                return std::nullopt;
            return Role::Identifier;
        case TypeKind::Email:
            return Role::Email;
        case TypeKind::Phone:
            return Role::Phone;
        case TypeKind::Url:
            if (n == "website" || n == "opencorporatesUrl" || n == "wikipediaUrl")
                return Role::Url;
            return std::nullopt;
        case TypeKind::Country:
            return Role::Country;
        case TypeKind::Date:
            if (n == "birthDate")
                return Role::BirthDate;
            if (n == "deathDate")
                return Role::DeathDate;
            if (n == "incorporationDate")
                return Role::IncorporationDate;
            if (n == "dissolutionDate")
                return Role::DissolutionDate;
            return std::nullopt;
        case TypeKind::Gender:
            return Role::Gender;
        case TypeKind::Address:
            return Role::Address;
        case TypeKind::Entity:
            if (n == "addressEntity")
                return Role::AddressEntity;
            return std::nullopt;
        case TypeKind::String:
            if (n == "firstName")
                return Role::FirstName;
            if (n == "middleName" || n == "secondName" || n == "fatherName")
                return Role::MiddleName;
            if (n == "lastName")
                return Role::LastName;
            return std::nullopt;
        default:
            return std::nullopt;
        }
    }

    int index(std::string_view schema) const
    {
        for (std::size_t i = 0; i < list.size(); ++i)
            if (list[i]->name() == schema)
                return int(i);
        return -1;
    }

    NameKind kind(int schema) const
    {
        const model::Schema* s = list[std::size_t(schema)];
        if (s->isA("Person"))
            return NameKind::Person;
        if (s->isA("Organization"))
            return NameKind::Organization;
        return NameKind::Unknown;
    }
};

/** Strings interned to dense ids; the views stay valid (node-based map). */
class Dict
{
public:
    std::uint32_t intern(std::string_view s)
    {
        auto it = m_map.find(s);
        if (it != m_map.end())
            return it->second;
        auto id = std::uint32_t(m_strings.size());
        auto [pos, inserted] = m_map.emplace(std::string(s), id);
        m_strings.push_back(pos->first);
        return id;
    }
    std::string_view str(std::uint32_t id) const { return m_strings[id]; }
    std::size_t size() const { return m_strings.size(); }

private:
    std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> m_map;
    std::vector<std::string_view> m_strings;
};

/** An entity as read from the workspace, before normalisation. */
struct RawRecord
{
    std::string id;
    std::int64_t rowid = 0;
    std::int64_t group = 0; // canonical rowid (itself when not merged)
    int schema = -1;
    std::vector<std::pair<std::uint16_t, std::string>> values; // (property index, value)
    std::vector<std::uint32_t> datasets;                       // dataset indexes
    std::uint8_t side = 3;                                     // linkage sides (Rec::side)
};

struct NameRec
{
    std::uint32_t first = 0; // into Store::tokens
    std::uint8_t size = 0;
    Script script = Script::Latin;
    bool weak = false;
    std::uint8_t legal = 0;  // bit per legal form kind
    std::uint8_t gender = 0; // 1 female, 2 male (from an honorific)
    std::uint8_t generation = 0;
    std::uint64_t original = 0; // the name as written: offset in Store::text
    std::uint32_t originalSize = 0;
    std::uint64_t key = 0; // the tokens as a multiset, hashed (Store::nameCount)
};

struct Attr
{
    Role role;
    std::uint16_t prop;
    std::uint32_t value; // in Store::values
};

struct Rec
{
    std::int64_t rowid = 0, group = 0;
    std::uint64_t id = 0; // offset in Store::text
    std::uint32_t idSize = 0;
    std::uint32_t nameBegin = 0, attrBegin = 0, datasetBegin = 0;
    std::uint16_t nameCount = 0, attrCount = 0;
    std::uint8_t datasetCount = 0;
    std::uint8_t schema = 0;
    std::uint8_t side = 3; // linkage: bit 0 in the dataset, bit 1 in the other
    std::uint8_t gender = 0;
};

const char* const kGenerations[] = {"", "jr", "sr", "ii", "iii", "iv"};
const char* const kLegalKinds[] = {"limited",     "stock",     "corporation",
                                   "partnership", "nonprofit", "cooperative"};

std::uint8_t generationCode(std::string_view g)
{
    for (std::uint8_t i = 1; i < std::size(kGenerations); ++i)
        if (g == kGenerations[i])
            return i;
    return 0;
}

std::uint8_t legalBit(std::string_view kind)
{
    for (std::size_t i = 0; i < std::size(kLegalKinds); ++i)
        if (kind == kLegalKinds[i])
            return std::uint8_t(1u << i);
    return 0;
}

std::string legalNames(std::uint8_t mask)
{
    std::string out;
    for (std::size_t i = 0; i < std::size(kLegalKinds); ++i)
        if (mask & (1u << i))
            (out += out.empty() ? "" : "+") += kLegalKinds[i];
    return out;
}

/** All records, normalised, in flat arrays. */
struct Store
{
    const Schemata& schemata;
    std::vector<Rec> recs;
    std::vector<NameRec> names;
    std::vector<std::string_view> tokens; // views into tokenDict
    std::vector<std::uint32_t> tokenIds;
    std::vector<TokenKind> kinds;
    std::vector<std::string_view> surfaces; // the words as written behind organisation words
    std::vector<std::uint32_t> surfaceIds;
    std::vector<Attr> attrs;
    std::vector<std::uint32_t> datasets;
    Dict tokenDict, values;
    std::vector<char> text;        // ids and names as written (Store::keep)
    std::vector<std::uint32_t> df; // records per token
    std::unordered_map<std::uint64_t, std::uint32_t> nameCount; // records per name (NameRec::key)
    std::vector<std::string> datasetNames;

    explicit Store(const Schemata& s)
        : schemata(s)
    {}

    std::string_view id(std::uint32_t r) const
    {
        return {text.data() + recs[r].id, recs[r].idSize};
    }
    std::string_view original(const NameRec& n) const
    {
        return {text.data() + n.original, n.originalSize};
    }

    /** Keeps a string that needs no lookup (ids, names as written); returns its offset. */
    std::uint64_t keep(std::string_view s)
    {
        std::uint64_t at = text.size();
        text.insert(text.end(), s.begin(), s.end());
        return at;
    }

    NameView view(const NameRec& n) const
    {
        return {tokens.data() + n.first,
                kinds.data() + n.first,
                n.size,
                n.script,
                tokenIds.data() + n.first,
                surfaces.data() + n.first,
                surfaceIds.data() + n.first};
    }

    void addName(Rec& rec, Normalizer& norm, std::string_view written, bool weak, NameKind kind)
    {
        // A LegalEntity may be a person or an organisation: it gets both readings, and the
        // comparison takes the better.
        if (kind == NameKind::Unknown) {
            addName(rec, norm, written, weak, NameKind::Organization);
            addName(rec, norm, written, weak, NameKind::Person);
            return;
        }
        NormalizedName n = norm.name(written, kind);
        if (n.tokens.empty())
            return;
        auto push = [&](const std::vector<std::string>& toks, const std::vector<TokenKind>& ks,
                        const std::vector<std::string>& surface) {
            NameRec nr;
            nr.first = std::uint32_t(tokens.size());
            nr.size = std::uint8_t(std::min<std::size_t>(toks.size(), 255));
            // The same tokens as a name the record already has: one is enough.
            for (std::uint32_t i = rec.nameBegin; i < names.size(); ++i) {
                const NameRec& o = names[i];
                if (o.size != nr.size)
                    continue;
                bool same = true;
                for (std::size_t k = 0; k < nr.size && same; ++k)
                    same = tokens[o.first + k] == toks[k];
                if (same) {
                    if (!weak)
                        names[i].weak = false;
                    return;
                }
            }
            for (std::size_t k = 0; k < nr.size; ++k) {
                std::uint32_t t = tokenDict.intern(toks[k]);
                tokenIds.push_back(t);
                tokens.push_back(tokenDict.str(t));
                kinds.push_back(ks[k]);
                std::uint32_t w = surface[k] == toks[k] ? t : tokenDict.intern(surface[k]);
                surfaceIds.push_back(w);
                surfaces.push_back(tokenDict.str(w));
            }
            nr.script = n.script;
            nr.weak = weak;
            for (auto& f : n.legalForms)
                nr.legal |= legalBit(f);
            nr.gender = n.gender == "female" ? 1 : n.gender == "male" ? 2 : 0;
            nr.generation = generationCode(n.generation);
            nr.original = keep(written);
            nr.originalSize = std::uint32_t(written.size());
            names.push_back(nr);
            ++rec.nameCount;
        };
        push(n.tokens, n.kinds, n.surface);
        // Chinese given names are written as one word or as syllables: "zhao jian guo" is also
        // "zhao jianguo".
        if (n.script == Script::Han && n.tokens.size() >= 3 && n.tokens.size() <= 4) {
            std::vector<std::string> joined{n.tokens[0], ""};
            for (std::size_t i = 1; i < n.tokens.size(); ++i)
                joined[1] += n.tokens[i];
            push(joined, {TokenKind::Word, TokenKind::Word}, joined);
        }
    }

    void add(RawRecord&& raw, Normalizer& norm)
    {
        Rec rec;
        rec.rowid = raw.rowid;
        rec.group = raw.group;
        rec.id = keep(raw.id);
        rec.idSize = std::uint32_t(raw.id.size());
        rec.schema = std::uint8_t(raw.schema);
        rec.nameBegin = std::uint32_t(names.size());
        rec.attrBegin = std::uint32_t(attrs.size());
        rec.datasetBegin = std::uint32_t(datasets.size());
        NameKind kind = schemata.kind(raw.schema);
        std::string first, middle, last;
        bool haveName = false;
        for (auto& [prop, value] : raw.values)
            haveName = haveName || schemata.roles[prop] == Role::Name;
        for (auto& [prop, value] : raw.values) {
            Role role = schemata.roles[prop];
            std::string norm1;
            switch (role) {
            case Role::Name:
            case Role::WeakName:
                addName(rec, norm, value, role == Role::WeakName, kind);
                continue;
            case Role::FirstName:
                (first += first.empty() ? "" : " ") += value;
                continue;
            case Role::MiddleName:
                (middle += middle.empty() ? "" : " ") += value;
                continue;
            case Role::LastName:
                (last += last.empty() ? "" : " ") += value;
                continue;
            case Role::Identifier:
                norm1 = Normalizer::identifier(value);
                if (norm1.size() < 3)
                    continue;
                break;
            case Role::Email:
                norm1 = Normalizer::email(value);
                break;
            case Role::Phone:
                norm1 = Normalizer::phone(value);
                break;
            case Role::Url:
                norm1 = Normalizer::url(value);
                break;
            case Role::Country:
                for (char c : value)
                    norm1.push_back(char(std::tolower(static_cast<unsigned char>(c))));
                break;
            case Role::BirthDate:
            case Role::DeathDate:
            case Role::IncorporationDate:
            case Role::DissolutionDate:
                if (!model::isDatePrefix(value))
                    continue;
                norm1 = value.substr(0, 10);
                break;
            case Role::Gender:
                if (value == "female" || value == "f")
                    rec.gender = 1;
                else if (value == "male" || value == "m")
                    rec.gender = 2;
                continue;
            case Role::Address:
                norm1 = norm.fold(value);
                break;
            case Role::AddressEntity:
                norm1 = value;
                break;
            }
            if (norm1.empty())
                continue;
            std::uint32_t v = values.intern(norm1);
            bool seen = false;
            for (std::uint32_t i = rec.attrBegin; i < attrs.size() && !seen; ++i)
                seen = attrs[i].role == role && attrs[i].value == v && attrs[i].prop == prop;
            if (!seen) {
                attrs.push_back({role, prop, v});
                ++rec.attrCount;
            }
        }
        if (!haveName && (!first.empty() || !last.empty())) {
            std::string composed = first;
            for (auto* part : {&middle, &last})
                if (!part->empty())
                    (composed += composed.empty() ? "" : " ") += *part;
            addName(rec, norm, composed, false, kind);
        }
        std::sort(raw.datasets.begin(), raw.datasets.end());
        raw.datasets.erase(std::unique(raw.datasets.begin(), raw.datasets.end()),
                           raw.datasets.end());
        for (std::uint32_t d : raw.datasets) {
            if (rec.datasetCount == 255)
                break;
            datasets.push_back(d);
            ++rec.datasetCount;
        }
        for (std::uint32_t i = rec.nameBegin; i < names.size(); ++i)
            if (!rec.gender && names[i].gender)
                rec.gender = names[i].gender;
        if (rec.nameCount == 0 && rec.attrCount == 0)
            return; // nothing to compare
        recs.push_back(rec);
    }

    /** Token and name frequencies, once every record is in. */
    void countTokens()
    {
        df.assign(tokenDict.size(), 0);
        nameCount.clear();
        std::vector<std::uint32_t> seen, sorted;
        std::vector<std::uint64_t> keys;
        for (const Rec& r : recs) {
            seen.clear();
            keys.clear();
            for (std::uint32_t n = r.nameBegin; n < r.nameBegin + r.nameCount; ++n) {
                NameRec& name = names[n];
                sorted.assign(tokenIds.begin() + name.first,
                              tokenIds.begin() + name.first + name.size);
                std::sort(sorted.begin(), sorted.end());
                std::uint64_t key = 0x51ed27a9c3b1f3e5ULL;
                for (std::uint32_t t : sorted)
                    key = mix(key ^ t);
                name.key = key;
                keys.push_back(key);
                seen.insert(seen.end(), sorted.begin(), sorted.end());
            }
            std::sort(seen.begin(), seen.end());
            seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
            for (std::uint32_t t : seen)
                ++df[t];
            std::sort(keys.begin(), keys.end());
            keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
            for (std::uint64_t k : keys)
                ++nameCount[k];
        }
    }
};

// ---- scoring ------------------------------------------------------------------------------

struct Date
{
    int year = 0, month = 0, day = 0;
};

Date parseDate(std::string_view s)
{
    Date d;
    auto num = [&](std::size_t pos, std::size_t len) {
        int v = 0;
        for (std::size_t i = pos; i < pos + len && i < s.size(); ++i) {
            if (s[i] < '0' || s[i] > '9')
                return 0;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    if (s.size() >= 4)
        d.year = num(0, 4);
    if (s.size() >= 7)
        d.month = num(5, 2);
    if (s.size() >= 10)
        d.day = num(8, 2);
    return d;
}

class Scorer
{
public:
    Scorer(const Store& store, bool discountSameDataset, bool commonness)
        : m_s(store)
        , m_discount(discountSameDataset)
        , m_commonness(commonness && store.recs.size() >= kCommonNameMinRecords)
    {}

    /** How many records hold two name words together (for name.common); optional. */
    void setPairCounts(const std::unordered_map<std::uint64_t, std::uint32_t>* counts)
    {
        m_pairCounts = counts;
    }

    double score(std::uint32_t a, std::uint32_t b, Candidate* out, TokenCache* cache,
                 double floor = 0) const
    {
        // The same score whichever way round a pair is asked, in the order the candidate
        // shows it (left < right).
        if (m_s.id(a) > m_s.id(b))
            std::swap(a, b);
        const Rec& ra = m_s.recs[a];
        const Rec& rb = m_s.recs[b];
        double total = 0;
        // Adds a feature; `detail` is a function, called only when explaining.
        auto feature = [&](const char* name, double value, double weight, auto&& detail) {
            total += weight;
            if (out)
                out->features.push_back({name, value, weight, detail()});
        };

        // Names: the best pair of names, by the best of the measures.
        double best = -1;
        const NameRec* bestA = nullptr;
        const NameRec* bestB = nullptr;
        CompareOptions options;
        options.cache = cache;
        for (std::uint32_t i = ra.nameBegin; i < ra.nameBegin + ra.nameCount; ++i)
            for (std::uint32_t j = rb.nameBegin; j < rb.nameBegin + rb.nameCount; ++j) {
                const NameRec& na = m_s.names[i];
                const NameRec& nb = m_s.names[j];
                double s = compareNames(m_s.view(na), m_s.view(nb), options).score;
                if (na.weak || nb.weak)
                    s *= kWeakNameFactor;
                // Among equally good pairs, the same name on both sides (its count is exact).
                if (s > best || (s == best && na.key == nb.key && bestA->key != bestB->key)) {
                    best = s;
                    bestA = &na;
                    bestB = &nb;
                }
            }
        double nameBase = 0;
        if (bestA) {
            double base =
                kNameCeiling * std::clamp((best - kNameFloor) / (1 - kNameFloor), 0.0, 1.0);
            nameBase = base;
            if (out) {
                NameComparison c = compareNames(m_s.view(*bestA), m_s.view(*bestB), true);
                feature("name.similarity", best, base, [&] {
                    std::string d = "'" + std::string(m_s.original(*bestA)) + "' / '" +
                                    std::string(m_s.original(*bestB)) + "'";
                    if (bestA->script != bestB->script)
                        d += " (" + std::string(toString(bestA->script)) + " / " +
                             std::string(toString(bestB->script)) + ", transliterated)";
                    d += ": " + c.detail;
                    if (bestA->weak || bestB->weak)
                        d += "; a weak alias counts " + fmt(kWeakNameFactor);
                    return d;
                });
                feature("name.aligned", c.aligned, 0, [&] {
                    return "weighted share of the words that found a partner (order-free, "
                           "initials, nicknames, typos" +
                           std::string(c.usedSkeleton ? ", consonant skeletons" : "") + ")";
                });
                if (c.joined > 0)
                    feature("name.joined", c.joined, 0,
                            [] { return std::string("the words joined without spaces"); });
                feature("name.token_sort_jaro_winkler", c.tokenSort, 0, [] {
                    return std::string("Jaro-Winkler of the sorted words (shown, not scored)");
                });
            } else {
                total += base;
            }
            if (bestA->generation && bestB->generation && bestA->generation != bestB->generation)
                feature("generation.mismatch", 1, kGenerationMismatch, [&] {
                    return std::string(kGenerations[bestA->generation]) + " vs " +
                           kGenerations[bestB->generation];
                });
            if (bestA->legal && bestB->legal && !(bestA->legal & bestB->legal))
                feature("legal_form.mismatch", 1, kLegalFormMismatch, [&] {
                    return legalNames(bestA->legal) + " vs " + legalNames(bestB->legal);
                });
        }

        if (ra.attrCount && rb.attrCount)
            attributes(ra, rb, feature);
        // The common-name adjustment only ever lowers a score: a pair already below `floor`
        // cannot need it (the costly part of scoring millions of pairs).
        if (bestA && m_commonness && nameBase > 0 && (out || total >= floor))
            commonName(*bestA, *bestB, nameBase, feature, cache);

        if (ra.gender && rb.gender && ra.gender != rb.gender)
            feature("gender.mismatch", 1, kGenderMismatch, [&] {
                return std::string(ra.gender == 1 ? "female" : "male") + " vs " +
                       (rb.gender == 1 ? "female" : "male");
            });
        if (m_discount) {
            std::uint32_t shared = sharedDataset(ra, rb);
            if (shared != kNone)
                feature("dataset.same", 1, kSameDataset,
                        [&] { return "both in dataset " + m_s.datasetNames[shared]; });
        }
        return std::clamp(total, 0.0, 1.0);
    }

private:
    static constexpr std::uint32_t kNone = ~0u;

    static std::string fmt(double v)
    {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.2f", v);
        return buf;
    }

    std::uint32_t sharedDataset(const Rec& a, const Rec& b) const
    {
        for (std::uint32_t i = 0; i < a.datasetCount; ++i)
            for (std::uint32_t j = 0; j < b.datasetCount; ++j)
                if (m_s.datasets[a.datasetBegin + i] == m_s.datasets[b.datasetBegin + j])
                    return m_s.datasets[a.datasetBegin + i];
        return kNone;
    }

    /**
     * Names that many records share are weaker evidence (the term frequencies of
     * Fellegi-Sunter). For the same name, the number of records that carry it; for similar
     * names, an estimate from their words: N * prod(df / N) over the words that found a
     * partner, each pair counted by its more common word.
     */
    template <typename F>
    void commonName(const NameRec& a, const NameRec& b, double base, F& feature,
                    TokenCache* cache) const
    {
        double n = double(m_s.recs.size());
        double expected;
        bool exact = a.key == b.key;
        if (exact) {
            auto it = m_s.nameCount.find(a.key);
            expected = it == m_s.nameCount.end() ? 1 : double(it->second);
        } else {
            // Words of a that have a partner in b: exact ones (by id) and fuzzy ones.
            bool abjad = isAbjad(a.script) || isAbjad(b.script);
            std::array<std::uint32_t, 12> exactWords{};
            std::size_t exacts = 0;
            double fuzzy = 1;
            int shared = 0;
            for (std::uint32_t i = 0; i < a.size && i < 12; ++i) {
                TokenKind ka = m_s.kinds[a.first + i];
                if (ka == TokenKind::Stopword || ka == TokenKind::Particle)
                    continue;
                std::uint32_t t = m_s.tokenIds[a.first + i];
                for (std::uint32_t j = 0; j < b.size; ++j) {
                    std::uint32_t u = m_s.tokenIds[b.first + j];
                    if (u == t) {
                        ++shared;
                        if (ka == TokenKind::Word || ka == TokenKind::OrgTerm ||
                            ka == TokenKind::Number)
                            exactWords[exacts++] = t;
                        else
                            fuzzy *= double(m_s.df[t]) / n;
                        break;
                    }
                    auto compute = [&] {
                        return compareTokens(m_s.tokens[a.first + i], ka, m_s.tokens[b.first + j],
                                             m_s.kinds[b.first + j], abjad);
                    };
                    std::uint32_t mode = std::uint32_t(ka) << 8 |
                                         std::uint32_t(m_s.kinds[b.first + j]) << 1 |
                                         (abjad ? 1u : 0u);
                    if ((cache ? cache->get(t, u, mode, compute) : compute()).value > 0) {
                        ++shared;
                        fuzzy *= double(std::max(m_s.df[t], m_s.df[u])) / n;
                        break;
                    }
                }
            }
            if (shared == 0)
                return;
            // Words are not independent (names run in families and cultures): where two exact
            // words are shared, count the records that hold both, as the index knows.
            std::sort(exactWords.begin(), exactWords.begin() + std::ptrdiff_t(exacts),
                      [&](std::uint32_t x, std::uint32_t y) { return m_s.df[x] < m_s.df[y]; });
            if (exacts >= 2 && m_pairCounts)
                expected = double(pairCount(exactWords[0], exactWords[1]));
            else if (exacts >= 1)
                expected = double(m_s.df[exactWords[0]]);
            else
                expected = n;
            for (std::size_t k = exacts >= 2 && m_pairCounts ? 2
                                 : exacts >= 1               ? 1
                                                             : 0;
                 k < exacts; ++k)
                expected *= double(m_s.df[exactWords[k]]) / n;
            expected *= fuzzy;
        }
        // The pair itself is two of the records counted: the others are what dilutes it.
        double others = expected - 1;
        if (others <= 1)
            return;
        // A common name is weaker evidence, never evidence against: it takes off a share of
        // what the name brought.
        double penalty = -base * std::min(kCommonNameMax, kCommonNameSlope * std::log2(others));
        feature("name.common", expected, penalty, [&] {
            char buf[160];
            if (exact)
                std::snprintf(buf, sizeof buf, "%.0f records have this name", expected);
            else
                std::snprintf(buf, sizeof buf,
                              "about %.0f records would share these words by chance", expected);
            return std::string(buf);
        });
    }

    /** Calls f(attr) for each attribute of `r` in `role`. */
    template <typename F> void forRole(const Rec& r, Role role, F&& f) const
    {
        for (std::uint32_t i = r.attrBegin; i < r.attrBegin + r.attrCount; ++i)
            if (m_s.attrs[i].role == role)
                f(m_s.attrs[i]);
    }

    std::string valuesOf(const Rec& r, Role role) const
    {
        std::string out;
        forRole(r, role,
                [&](const Attr& a) { (out += out.empty() ? "" : ",") += m_s.values.str(a.value); });
        return out;
    }

    template <typename F> void attributes(const Rec& ra, const Rec& rb, F& feature) const
    {
        // Identifiers: the same value is strong evidence; one typo in a long one is some;
        // different values of the same property on both sides count against.
        const Attr* match = nullptr;
        const Attr* similarA = nullptr;
        const Attr* similarB = nullptr;
        bool anyA = false, sameProperty = false;
        forRole(ra, Role::Identifier, [&](const Attr& x) {
            anyA = true;
            forRole(rb, Role::Identifier, [&](const Attr& y) {
                std::string_view vx = m_s.values.str(x.value), vy = m_s.values.str(y.value);
                if (x.prop == y.prop)
                    sameProperty = true;
                if (x.value == y.value && (x.prop == y.prop || vx.size() >= 6))
                    match = &x;
                else if (!similarA && x.prop == y.prop && vx.size() >= 6 && vy.size() >= 6 &&
                         damerauLevenshtein(vx, vy) <= 1) {
                    similarA = &x;
                    similarB = &y;
                }
            });
        });
        if (match)
            feature("identifier.match", 1, kIdentifierMatch, [&] {
                return m_s.schemata.props[match->prop] + " " +
                       std::string(m_s.values.str(match->value));
            });
        else if (similarA)
            feature("identifier.similar", 1, kIdentifierSimilar, [&] {
                return m_s.schemata.props[similarA->prop] + " " +
                       std::string(m_s.values.str(similarA->value)) + " vs " +
                       std::string(m_s.values.str(similarB->value));
            });
        else if (anyA && sameProperty)
            feature("identifier.mismatch", 1, kIdentifierMismatch,
                    [] { return std::string("different values of the same identifier"); });

        auto exact = [&](Role role, const char* name, double weight) {
            const Attr* same = nullptr;
            forRole(ra, role, [&](const Attr& x) {
                forRole(rb, role, [&](const Attr& y) {
                    if (x.value == y.value)
                        same = &x;
                });
            });
            if (same)
                feature(name, 1, weight, [&] { return std::string(m_s.values.str(same->value)); });
        };
        exact(Role::Email, "email.match", kEmailMatch);
        exact(Role::Phone, "phone.match", kPhoneMatch);
        exact(Role::Url, "website.match", kWebsiteMatch);
        exact(Role::AddressEntity, "address.same_entity", kSameAddressEntity);

        bool countriesA = false, countriesB = false;
        const Attr* common = nullptr;
        forRole(ra, Role::Country, [&](const Attr& x) {
            countriesA = true;
            forRole(rb, Role::Country, [&](const Attr& y) {
                countriesB = true;
                if (x.value == y.value)
                    common = &x;
            });
        });
        if (common)
            feature("country.match", 1, kCountryMatch,
                    [&] { return std::string(m_s.values.str(common->value)); });
        else if (countriesA && countriesB)
            feature("country.mismatch", 1, kCountryMismatch, [&] {
                return valuesOf(ra, Role::Country) + " vs " + valuesOf(rb, Role::Country);
            });

        dates(ra, rb, Role::BirthDate, "birth_date", kBirthDateMatch, kBirthDatePartial,
              kBirthDateClose, kBirthDateMismatch, feature);
        dates(ra, rb, Role::IncorporationDate, "incorporation_date", kFoundedMatch, 0, 0,
              kFoundedMismatch, feature);

        double bestAddr = 0;
        const Attr* addrA = nullptr;
        const Attr* addrB = nullptr;
        forRole(ra, Role::Address, [&](const Attr& x) {
            forRole(rb, Role::Address, [&](const Attr& y) {
                double s = x.value == y.value ? 1.0
                                              : addressSimilarity(m_s.values.str(x.value),
                                                                  m_s.values.str(y.value));
                if (s > bestAddr) {
                    bestAddr = s;
                    addrA = &x;
                    addrB = &y;
                }
            });
        });
        if (bestAddr >= 0.75)
            feature("address.match", bestAddr, kAddressMatch, [&] {
                return std::string(m_s.values.str(addrA->value)) + " / " +
                       std::string(m_s.values.str(addrB->value));
            });
    }

    /** The best agreement between two sets of dates. */
    template <typename F>
    void dates(const Rec& ra, const Rec& rb, Role role, const char* prefix, double match,
               double partial, double close, double mismatch, F& feature) const
    {
        const char* what = nullptr;
        double weight = 0;
        std::string_view bestX, bestY;
        forRole(ra, role, [&](const Attr& ax) {
            forRole(rb, role, [&](const Attr& ay) {
                std::string_view x = m_s.values.str(ax.value), y = m_s.values.str(ay.value);
                Date dx = parseDate(x), dy = parseDate(y);
                if (!dx.year || !dy.year)
                    return;
                const char* w;
                double v;
                bool fullX = dx.day != 0, fullY = dy.day != 0;
                if (fullX && fullY && dx.year == dy.year && dx.month == dy.month &&
                    dx.day == dy.day) {
                    w = "match", v = match;
                } else if (dx.year == dy.year && (!dx.month || !dy.month || dx.month == dy.month) &&
                           (!fullX || !fullY)) {
                    w = "partial", v = partial;
                } else if (fullX && fullY && closeDates(dx, dy)) {
                    w = "close", v = close;
                } else {
                    w = "mismatch", v = mismatch;
                }
                if (!what || v > weight) {
                    what = w;
                    weight = v;
                    bestX = x;
                    bestY = y;
                }
            });
        });
        if (what && (weight != 0 || partial != 0))
            feature((std::string(prefix) + "." + what).c_str(), 1, weight,
                    [&] { return std::string(bestX) + " vs " + std::string(bestY); });
    }

    /** One digit mistyped, two neighbours swapped, or day and month exchanged. */
    static bool closeDates(const Date& x, const Date& y)
    {
        if (x.year == y.year && x.month == y.day && x.day == y.month)
            return true;
        char bx[16], by[16];
        std::snprintf(bx, sizeof bx, "%04d%02d%02d", x.year % 10000, x.month % 100, x.day % 100);
        std::snprintf(by, sizeof by, "%04d%02d%02d", y.year % 10000, y.month % 100, y.day % 100);
        return damerauLevenshtein(bx, by) <= 1;
    }

    /** Folded addresses compared word by word, like names without kinds. */
    static double addressSimilarity(std::string_view a, std::string_view b)
    {
        std::array<std::string_view, 24> ta, tb;
        std::array<TokenKind, 24> ka, kb;
        auto split = [](std::string_view s, std::array<std::string_view, 24>& out,
                        std::array<TokenKind, 24>& kinds) {
            std::size_t n = 0, i = 0;
            while (i < s.size() && n < out.size()) {
                std::size_t j = s.find(' ', i);
                if (j == std::string_view::npos)
                    j = s.size();
                if (j > i) {
                    out[n] = s.substr(i, j - i);
                    kinds[n] = std::all_of(out[n].begin(), out[n].end(),
                                           [](char c) { return c >= '0' && c <= '9'; })
                                   ? TokenKind::Number
                                   : TokenKind::Word;
                    ++n;
                }
                i = j + 1;
            }
            return n;
        };
        std::size_t na = split(a, ta, ka), nb = split(b, tb, kb);
        NameView va{ta.data(), ka.data(), na, Script::Latin};
        NameView vb{tb.data(), kb.data(), nb, Script::Latin};
        return compareNames(va, vb, CompareOptions{false, false, nullptr}).aligned;
    }

    std::uint32_t pairCount(std::uint32_t t, std::uint32_t u) const
    {
        if (!m_pairCounts)
            return 0;
        auto it = m_pairCounts->find(makeKey(kTokenPair, std::min(t, u), std::max(t, u)));
        return it != m_pairCounts->end() ? it->second : 1;
    }

    const Store& m_s;
    bool m_discount;
    bool m_commonness;
    const std::unordered_map<std::uint64_t, std::uint32_t>* m_pairCounts = nullptr;
};

// ---- blocking -----------------------------------------------------------------------------

/** The inverted index: keys with their weights, and the records holding each key. */
struct Index
{
    std::vector<float> weight;        // by key
    std::vector<std::uint32_t> start; // by key, into postings (size keys + 1)
    std::vector<std::uint32_t> postings;
    std::vector<std::uint32_t> recStart; // by record, into recKeys
    std::vector<std::uint32_t> recKeys;
    std::uint64_t capped = 0;
    std::uint64_t totalPostings = 0;
    /** Records holding both words of a pair of name words (kTokenPair keys, df >= 2). */
    std::unordered_map<std::uint64_t, std::uint32_t> pairCounts;
};

unsigned threadCount()
{
    unsigned n = std::thread::hardware_concurrency();
    return std::clamp(n, 1u, 8u);
}

/** Runs f(begin, end, thread) over [0, n) in chunks on all threads. */
template <typename F> void parallelFor(std::size_t n, std::size_t chunk, F&& f)
{
    unsigned threads = threadCount();
    if (threads == 1 || n < chunk * 2) {
        f(std::size_t(0), n, 0u);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (;;) {
                std::size_t begin = next.fetch_add(chunk);
                if (begin >= n)
                    break;
                f(begin, std::min(n, begin + chunk), t);
            }
        });
    for (auto& th : pool)
        th.join();
}

void keysOf(const Store& s, std::uint32_t r, const std::vector<std::uint64_t>& phonetic,
            std::vector<std::uint64_t>& out)
{
    out.clear();
    const Rec& rec = s.recs[r];
    std::vector<std::uint32_t> words;
    std::vector<std::pair<std::uint32_t, char>> initials; // (position, first letter)
    for (std::uint32_t n = rec.nameBegin; n < rec.nameBegin + rec.nameCount; ++n) {
        const NameRec& nr = s.names[n];
        words.clear();
        initials.clear();
        std::vector<std::uint32_t> positions;
        for (std::uint32_t k = 0; k < nr.size; ++k) {
            TokenKind kind = s.kinds[nr.first + k];
            std::uint32_t t = s.tokenIds[nr.first + k];
            if (kind == TokenKind::Word || kind == TokenKind::Number ||
                kind == TokenKind::OrgTerm) {
                if (words.size() < 6) {
                    words.push_back(t);
                    positions.push_back(k);
                }
            }
            if (kind == TokenKind::Word || kind == TokenKind::Initial)
                initials.emplace_back(k, s.tokenDict.str(t).front());
        }
        for (std::size_t i = 0; i < words.size(); ++i) {
            std::uint32_t t = words[i];
            out.push_back(makeKey(kToken, t));
            if (phonetic[t])
                out.push_back(makeKey(kPhonetic, phonetic[t]));
            for (std::size_t j = i + 1; j < words.size(); ++j) {
                std::uint32_t u = words[j];
                if (u == t)
                    continue;
                out.push_back(makeKey(kTokenPair, std::min(t, u), std::max(t, u)));
                std::uint64_t pt = phonetic[t], pu = phonetic[u];
                if (pt && pu && pt != pu)
                    out.push_back(makeKey(kPhoneticPair, std::min(pt, pu), std::max(pt, pu)));
            }
            // A word with the first letter of another word of the name: "marlow|s" is shared
            // by "S. Marlow", "Sarah Marlow" and "Sarah Marlwo" (through "sarah|m").
            if (s.tokenDict.str(t).size() < 2 ||
                s.kinds[nr.first + positions[i]] != TokenKind::Word)
                continue;
            for (auto& [pos, c] : initials)
                if (pos != positions[i])
                    out.push_back(makeKey(kInitialWord, t, std::uint64_t(std::uint8_t(c))));
        }
    }
    for (std::uint32_t i = rec.attrBegin; i < rec.attrBegin + rec.attrCount; ++i) {
        const Attr& a = s.attrs[i];
        switch (a.role) {
        case Role::Identifier:
            if (s.values.str(a.value).size() >= 4)
                out.push_back(makeKey(kIdentifierKey, a.value));
            break;
        case Role::Email:
            out.push_back(makeKey(kEmailKey, a.value));
            break;
        case Role::Phone:
            out.push_back(makeKey(kPhoneKey, a.value));
            break;
        case Role::Url:
            out.push_back(makeKey(kUrlKey, a.value));
            break;
        case Role::BirthDate:
            if (s.values.str(a.value).size() == 10)
                out.push_back(makeKey(kDateKey, a.value));
            break;
        default:
            break;
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

Index buildIndex(const Store& s)
{
    // Phonetic keys once per token.
    std::vector<std::uint64_t> phonetic(s.tokenDict.size(), 0);
    for (std::uint32_t t = 0; t < s.tokenDict.size(); ++t) {
        std::string_view w = s.tokenDict.str(t);
        if (w.size() < 3 || (w[0] >= '0' && w[0] <= '9'))
            continue;
        std::string key = Normalizer::phoneticKey(w);
        if (key.size() >= 2)
            phonetic[t] = mix(std::hash<std::string>{}(key)) | 1;
    }

    struct Entry
    {
        std::uint64_t key;
        std::uint32_t rec;
    };
    const std::size_t n = s.recs.size();
    unsigned threads = threadCount();
    std::vector<std::vector<Entry>> parts(threads);
    parallelFor(n, 4096, [&](std::size_t begin, std::size_t end, unsigned t) {
        std::vector<std::uint64_t> keys;
        auto& part = parts[t];
        for (std::size_t r = begin; r < end; ++r) {
            keysOf(s, std::uint32_t(r), phonetic, keys);
            for (auto k : keys)
                part.push_back({k, std::uint32_t(r)});
        }
    });
    // Each thread sorts its own part; the index is built from their merge, without a copy.
    auto byKey = [](const Entry& a, const Entry& b) {
        return a.key != b.key ? a.key < b.key : a.rec < b.rec;
    };
    {
        std::vector<std::thread> pool;
        for (auto& part : parts)
            pool.emplace_back([&part, byKey] { std::sort(part.begin(), part.end(), byKey); });
        for (auto& th : pool)
            th.join();
    }
    std::size_t totalEntries = 0;
    for (auto& part : parts)
        totalEntries += part.size();
    std::vector<std::size_t> head(parts.size(), 0);
    // The next entry in key order, or nullptr at the end.
    auto next = [&]() -> const Entry* {
        const Entry* best = nullptr;
        std::size_t from = 0;
        for (std::size_t t = 0; t < parts.size(); ++t)
            if (head[t] < parts[t].size() && (!best || byKey(parts[t][head[t]], *best))) {
                best = &parts[t][head[t]];
                from = t;
            }
        if (best)
            ++head[from];
        return best;
    };

    Index idx;
    idx.totalPostings = totalEntries;
    idx.start.push_back(0);
    const double nd = double(std::max<std::size_t>(n, 1));
    std::vector<std::uint32_t> perRec(n + 1, 0);
    std::vector<std::uint32_t> run;
    const Entry* e = next();
    while (e) {
        std::uint64_t key = e->key;
        run.clear();
        while (e && e->key == key) {
            run.push_back(e->rec);
            e = next();
        }
        std::size_t df = run.size();
        if ((key >> 56) == kTokenPair && df >= 2)
            idx.pairCounts.emplace(key, std::uint32_t(df));
        if (df > kKeyCap) {
            ++idx.capped;
        } else if (df >= 2) {
            double w = keyFactor(key >> 56) * std::log(1.0 + nd / double(df));
            idx.weight.push_back(float(w));
            for (std::uint32_t r : run) {
                idx.postings.push_back(r);
                ++perRec[r];
            }
            idx.start.push_back(std::uint32_t(idx.postings.size()));
        }
    }
    for (auto& part : parts)
        std::vector<Entry>().swap(part);
    idx.recStart.assign(n + 1, 0);
    for (std::size_t r = 0; r < n; ++r)
        idx.recStart[r + 1] = idx.recStart[r] + perRec[r];
    idx.recKeys.assign(idx.recStart[n], 0);
    std::vector<std::uint32_t> fill(idx.recStart.begin(), idx.recStart.end() - 1);
    for (std::uint32_t k = 0; k + 1 < idx.start.size(); ++k)
        for (std::uint32_t p = idx.start[k]; p < idx.start[k + 1]; ++p)
            idx.recKeys[fill[idx.postings[p]]++] = k;
    // Each entity's keys rarest first: blocking reads only the first few.
    auto df = [&](std::uint32_t k) { return idx.start[k + 1] - idx.start[k]; };
    parallelFor(n, 8192, [&](std::size_t begin, std::size_t end, unsigned) {
        for (std::size_t r = begin; r < end; ++r)
            std::sort(idx.recKeys.begin() + idx.recStart[r],
                      idx.recKeys.begin() + idx.recStart[r + 1],
                      [&](std::uint32_t a, std::uint32_t b) {
                          return df(a) != df(b) ? df(a) < df(b) : a < b;
                      });
    });
    return idx;
}

// ---- loading --------------------------------------------------------------------------------

struct LoadSpec
{
    std::int64_t datasetA = -1, datasetB = -1; // dataset rowids; -1 = not filtered
    std::vector<std::string> keys;             // only these entity ids (explainPair)
};

Result<std::unique_ptr<Store>>
load(const store::Workspace& ws, const Schemata& sc, const LoadSpec& spec,
     const std::function<bool(std::uint64_t, std::uint64_t)>& progress)
{
    sqlite3* db = ws.db();
    auto st = std::make_unique<Store>(sc);
    std::unordered_map<std::int64_t, std::uint32_t> datasetIndex;
    {
        store::Query q(db, "SELECT id, name FROM dataset ORDER BY id");
        while (q.step() == SQLITE_ROW) {
            datasetIndex.emplace(q.int64(0), std::uint32_t(st->datasetNames.size()));
            st->datasetNames.push_back(q.string(1));
        }
    }
    std::string schemaList, propList;
    for (auto* s : sc.list)
        (schemaList += schemaList.empty() ? "'" : ",'") += s->name() + "'";
    for (auto& p : sc.props)
        (propList += propList.empty() ? "'" : ",'") += p + "'";
    // "+e.schema": no index on schema, so that entities come in rowid order without a sort.
    std::string where = "+e.schema IN (" + schemaList + ") AND s.prop IN (" + propList + ")";
    if (!spec.keys.empty()) {
        where += " AND e.key IN (";
        for (std::size_t i = 0; i < spec.keys.size(); ++i)
            where += i ? ",?" : "?";
        where += ")";
    }
    store::Query total(db, "SELECT count(*) FROM entity WHERE schema IN (" + schemaList + ")");
    std::uint64_t expected = total.step() == SQLITE_ROW ? std::uint64_t(total.int64(0)) : 0;
    store::Query q(db, "SELECT e.id, e.key, e.schema, coalesce(e.canonical_id, e.id), s.prop, "
                       "s.value, s.dataset_id FROM entity e JOIN statement s ON s.entity_id = e.id "
                       "WHERE " +
                           where + " ORDER BY e.id");
    if (!q.valid())
        return makeError("database error: " + q.error());
    for (std::size_t i = 0; i < spec.keys.size(); ++i)
        q.bind(int(i + 1), spec.keys[i]);

    // This thread reads SQLite; a worker normalises what it read (ICU, the tables, interning),
    // batch by batch, so that the two run at once.
    constexpr std::size_t kBatch = 2048, kQueued = 8;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::vector<RawRecord>> queue;
    bool finished = false;
    auto normalise = [&st](std::vector<RawRecord>& batch, Normalizer& norm) {
        for (auto& r : batch) {
            std::uint8_t side = r.side;
            std::size_t before = st->recs.size();
            st->add(std::move(r), norm);
            if (st->recs.size() > before)
                st->recs.back().side = side;
        }
    };
    std::thread worker;
    std::unique_ptr<Normalizer> inlineNorm;
    if (threadCount() > 1) {
        worker = std::thread([&] {
            Normalizer norm;
            for (;;) {
                std::vector<RawRecord> batch;
                {
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [&] { return !queue.empty() || finished; });
                    if (queue.empty())
                        return;
                    batch = std::move(queue.front());
                    queue.pop_front();
                }
                changed.notify_all();
                normalise(batch, norm);
            }
        });
    } else {
        inlineNorm = std::make_unique<Normalizer>();
    }
    std::vector<RawRecord> batch;
    auto hand = [&] {
        if (batch.empty())
            return;
        if (inlineNorm) {
            normalise(batch, *inlineNorm);
        } else {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return queue.size() < kQueued; });
            queue.push_back(std::move(batch));
            lock.unlock();
            changed.notify_all();
        }
        batch = {};
        batch.reserve(kBatch);
    };
    auto finish = [&] {
        {
            std::lock_guard lock(mutex);
            finished = true;
        }
        changed.notify_all();
        if (worker.joinable())
            worker.join();
    };

    RawRecord raw;
    bool have = false;
    std::uint64_t read = 0;
    auto flush = [&] {
        if (!have)
            return;
        have = false;
        if (spec.datasetA >= 0) {
            std::uint8_t side = 0;
            auto ia = datasetIndex.find(spec.datasetA);
            auto ib = spec.datasetB >= 0 ? datasetIndex.find(spec.datasetB) : datasetIndex.end();
            for (auto d : raw.datasets) {
                if (ia != datasetIndex.end() && d == ia->second)
                    side |= 1;
                if (ib != datasetIndex.end() && d == ib->second)
                    side |= 2;
            }
            if (side == 0)
                return;
            raw.side = side;
        }
        batch.push_back(std::move(raw));
        if (batch.size() >= kBatch)
            hand();
    };
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        std::int64_t rowid = q.int64(0);
        if (!have || rowid != raw.rowid) {
            flush();
            raw = RawRecord{};
            raw.rowid = rowid;
            raw.id = q.string(1);
            raw.schema = sc.index(q.text(2));
            raw.group = q.int64(3);
            have = raw.schema >= 0;
            if (progress && (++read % 8192) == 0 && !progress(read, expected)) {
                finish();
                return makeError("dedupe cancelled");
            }
            if (!have)
                continue;
        }
        if (!have)
            continue;
        auto p = sc.propIndex.find(q.text(4));
        if (p == sc.propIndex.end())
            continue;
        raw.values.emplace_back(p->second, q.string(5));
        auto d = datasetIndex.find(q.int64(6));
        if (d != datasetIndex.end())
            raw.datasets.push_back(d->second);
    }
    flush();
    hand();
    finish();
    if (rc != SQLITE_DONE)
        return makeError(std::string("database error: ") + sqlite3_errmsg(db));
    st->countTokens();
    return st;
}

Result<std::int64_t> datasetId(sqlite3* db, const std::string& name)
{
    store::Query q(db, "SELECT id FROM dataset WHERE name = ?1");
    q.bind(1, name);
    if (q.step() != SQLITE_ROW)
        return makeError("no dataset named '" + name + "'");
    return q.int64(0);
}

/** Group pairs already judged (either order), as (min, max) group rowids. */
std::vector<std::pair<std::int64_t, std::int64_t>> judgedGroups(sqlite3* db)
{
    std::vector<std::pair<std::int64_t, std::int64_t>> out;
    store::Query q(db, "SELECT coalesce(l.canonical_id, l.id), coalesce(r.canonical_id, r.id) "
                       "FROM judgement j JOIN entity l ON l.key = j.left_key "
                       "JOIN entity r ON r.key = j.right_key");
    while (q.valid() && q.step() == SQLITE_ROW) {
        std::int64_t a = q.int64(0), b = q.int64(1);
        out.emplace_back(std::min(a, b), std::max(a, b));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Candidate makeCandidate(const Store& s, const Scorer& scorer, std::uint32_t a, std::uint32_t b)
{
    Candidate c;
    if (s.id(a) > s.id(b))
        std::swap(a, b);
    c.left = std::string(s.id(a));
    c.right = std::string(s.id(b));
    c.score = scorer.score(a, b, &c, nullptr);
    return c;
}

} // namespace

// ---- the public functions -----------------------------------------------------------------

Result<std::vector<Candidate>> findCandidates(const store::Workspace& ws,
                                              const DedupeOptions& options)
{
    return findCandidates(ws, options, nullptr);
}

Result<std::vector<Candidate>> findCandidates(const store::Workspace& ws,
                                              const DedupeOptions& options, DedupeStats* stats)
{
    DedupeStats local;
    DedupeStats& st = stats ? *stats : local;
    st = DedupeStats{};
    if (!options.against.empty() && options.dataset.empty())
        return makeError("--against needs --dataset: link one dataset against another");
    if (!options.against.empty() && options.against == options.dataset)
        return makeError("--dataset and --against name the same dataset '" + options.dataset + "'");
    if (!(options.threshold >= 0 && options.threshold <= 1))
        return makeError("the threshold must be between 0 and 1");

    const Schemata schemata(model::Model::builtin());
    LoadSpec spec;
    if (!options.dataset.empty()) {
        auto a = datasetId(ws.db(), options.dataset);
        if (!a)
            return a.error();
        spec.datasetA = *a;
    }
    if (!options.against.empty()) {
        auto b = datasetId(ws.db(), options.against);
        if (!b)
            return b.error();
        spec.datasetB = *b;
    }
    const bool linkage = spec.datasetB >= 0;

    auto t0 = Clock::now();
    auto loaded = load(ws, schemata, spec, options.progress);
    if (!loaded)
        return loaded.error();
    const Store& s = **loaded;
    st.entities = s.recs.size();
    st.secondsLoad = secondsSince(t0);

    t0 = Clock::now();
    Index idx = buildIndex(s);
    st.keys = idx.weight.size();
    st.postings = idx.totalPostings;
    st.cappedKeys = idx.capped;
    st.secondsIndex = secondsSince(t0);

    // Blocking: per entity, the summed weights of the keys it shares with each other entity;
    // the best few partners become pairs to score.
    t0 = Clock::now();
    const std::size_t n = s.recs.size();
    const std::size_t perEntity = std::max<std::size_t>(1, options.maxPerEntity);
    const std::size_t shortlist =
        n >= kLargeWorkspace ? std::min(perEntity, kShortlist) : perEntity;
    const float minBlock = float(std::log(1.0 + double(n) / double(kKeyCap)));
    unsigned threads = threadCount();
    std::vector<std::vector<std::uint64_t>> pairParts(threads);
    std::atomic<bool> cancelled{false};
    std::atomic<std::uint64_t> done{0}, blockingWork{0};
    std::mutex progressMutex;
    auto allowed = [&](std::uint32_t a, std::uint32_t b) {
        const Rec& ra = s.recs[a];
        const Rec& rb = s.recs[b];
        if (ra.group == rb.group || !schemata.compatible[ra.schema][rb.schema])
            return false;
        if (linkage)
            return ((ra.side & 1) && (rb.side & 2)) || ((ra.side & 2) && (rb.side & 1));
        return true;
    };
    parallelFor(n, 2048, [&](std::size_t begin, std::size_t end, unsigned t) {
        std::vector<float> acc(n, 0.0f);
        std::vector<std::uint32_t> touched;
        std::vector<std::pair<float, std::uint32_t>> best;
        std::vector<std::uint32_t> partners;
        auto& out = pairParts[t];
        std::uint64_t work = 0;
        for (std::size_t r = begin; r < end && !cancelled; ++r) {
            touched.clear();
            std::uint32_t keysEnd =
                std::min<std::uint32_t>(idx.recStart[r + 1], idx.recStart[r] + kKeysPerRecord);
            std::uint64_t recordWork = 0;
            for (std::uint32_t k = idx.recStart[r]; k < keysEnd; ++k) {
                // Enough read for this entity: its rarest keys have had their say.
                if (recordWork >= kBlockBudget && k - idx.recStart[r] >= 3)
                    break;
                std::uint32_t key = idx.recKeys[k];
                float w = idx.weight[key];
                for (std::uint32_t p = idx.start[key]; p < idx.start[key + 1]; ++p) {
                    std::uint32_t b = idx.postings[p];
                    if (b == r)
                        continue;
                    if (acc[b] == 0.0f)
                        touched.push_back(b);
                    acc[b] += w;
                }
                recordWork += idx.start[key + 1] - idx.start[key];
            }
            work += recordWork;
            best.clear();
            for (std::uint32_t b : touched) {
                if (acc[b] >= minBlock)
                    best.emplace_back(acc[b], b);
                acc[b] = 0.0f;
            }
            // The best partners by shared weight, then only those that may be the same actor
            // (checking every touched entity would read the records at random).
            auto byWeight = [](auto& x, auto& y) {
                return x.first != y.first ? x.first > y.first : x.second < y.second;
            };
            partners.clear();
            std::size_t looked = 0, keep = shortlist;
            while (partners.size() < shortlist && looked < best.size()) {
                std::size_t want = std::min(best.size(), keep * 2);
                std::partial_sort(best.begin() + std::ptrdiff_t(looked),
                                  best.begin() + std::ptrdiff_t(want), best.end(), byWeight);
                for (; looked < want && partners.size() < shortlist; ++looked)
                    if (allowed(std::uint32_t(r), best[looked].second))
                        partners.push_back(best[looked].second);
                keep *= 4; // most were not allowed (a Person among Companies): look further
            }
            for (std::uint32_t b : partners) {
                std::uint64_t lo = std::min<std::uint64_t>(r, b),
                              hi = std::max<std::uint64_t>(r, b);
                out.push_back((lo << 32) | hi);
            }
        }
        blockingWork += work;
        std::uint64_t d = done.fetch_add(end - begin) + (end - begin);
        if (options.progress) {
            std::lock_guard lock(progressMutex);
            if (!options.progress(d, n))
                cancelled = true;
        }
    });
    if (cancelled)
        return makeError("dedupe cancelled");
    std::vector<std::uint64_t> pairs;
    {
        std::size_t total = 0;
        for (auto& p : pairParts)
            total += p.size();
        pairs.reserve(total);
        for (auto& p : pairParts) {
            pairs.insert(pairs.end(), p.begin(), p.end());
            std::vector<std::uint64_t>().swap(p);
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

    // Pairs already decided are never asked again.
    if (options.skipJudged) {
        auto judged = judgedGroups(ws.db());
        if (!judged.empty()) {
            std::size_t before = pairs.size();
            std::erase_if(pairs, [&](std::uint64_t p) {
                std::int64_t ga = s.recs[p >> 32].group, gb = s.recs[p & 0xffffffffu].group;
                return std::binary_search(judged.begin(), judged.end(),
                                          std::make_pair(std::min(ga, gb), std::max(ga, gb)));
            });
            st.skippedJudged = before - pairs.size();
        }
    }
    st.pairsCompared = pairs.size();
    st.blockingWork = blockingWork;
    st.secondsBlock = secondsSince(t0);

    // Scoring, in parallel; features only for the pairs that are kept.
    t0 = Clock::now();
    Scorer scorer(s, options.discountSameDataset, true);
    scorer.setPairCounts(&idx.pairCounts);
    std::vector<std::vector<std::pair<double, std::uint64_t>>> kept(threads);
    std::vector<std::unique_ptr<TokenCache>> caches(threads);
    parallelFor(pairs.size(), 4096, [&](std::size_t begin, std::size_t end, unsigned t) {
        if (!caches[t])
            caches[t] = std::make_unique<TokenCache>();
        for (std::size_t i = begin; i < end; ++i) {
            std::uint32_t a = std::uint32_t(pairs[i] >> 32), b = std::uint32_t(pairs[i]);
            double score = scorer.score(a, b, nullptr, caches[t].get(), options.threshold);
            if (score >= options.threshold)
                kept[t].emplace_back(score, pairs[i]);
        }
    });
    std::vector<std::pair<double, std::uint64_t>> above;
    for (auto& k : kept)
        above.insert(above.end(), k.begin(), k.end());
    st.pairsAbove = above.size();
    // Best first; ties in a stable order. One pair per two groups; a bounded number per entity.
    auto idOf = [&](std::uint64_t p, bool right) {
        return s.id(right ? std::uint32_t(p) : std::uint32_t(p >> 32));
    };
    std::sort(above.begin(), above.end(), [&](auto& x, auto& y) {
        if (x.first != y.first)
            return x.first > y.first;
        auto lx = std::min(idOf(x.second, false), idOf(x.second, true));
        auto ly = std::min(idOf(y.second, false), idOf(y.second, true));
        if (lx != ly)
            return lx < ly;
        return std::max(idOf(x.second, false), idOf(x.second, true)) <
               std::max(idOf(y.second, false), idOf(y.second, true));
    });
    std::vector<std::uint32_t> count(n, 0);
    std::unordered_set<std::uint64_t> groupPairs;
    std::vector<std::uint64_t> chosen;
    for (auto& [score, p] : above) {
        std::uint32_t a = std::uint32_t(p >> 32), b = std::uint32_t(p);
        if (count[a] >= perEntity || count[b] >= perEntity)
            continue;
        std::int64_t ga = s.recs[a].group, gb = s.recs[b].group;
        std::uint64_t key = mix(std::uint64_t(std::min(ga, gb))) ^ std::uint64_t(std::max(ga, gb));
        if (!groupPairs.insert(key).second)
            continue; // another member of the same two groups did better
        ++count[a];
        ++count[b];
        chosen.push_back(p);
    }
    st.candidates = chosen.size();
    if (options.maxCandidates && chosen.size() > options.maxCandidates)
        chosen.resize(options.maxCandidates); // best first already: features for these only
    std::vector<Candidate> out(chosen.size());
    parallelFor(chosen.size(), 256, [&](std::size_t begin, std::size_t end, unsigned) {
        for (std::size_t i = begin; i < end; ++i)
            out[i] =
                makeCandidate(s, scorer, std::uint32_t(chosen[i] >> 32), std::uint32_t(chosen[i]));
    });
    st.secondsScore = secondsSince(t0);
    return out;
}

Result<Candidate> compareRecords(const MatchRecord& a, const MatchRecord& b,
                                 bool discountSameDataset)
{
    const Schemata schemata(model::Model::builtin());
    Store s(schemata);
    Normalizer norm;
    std::unordered_map<std::string, std::uint32_t> datasets;
    for (const MatchRecord* m : {&a, &b}) {
        RawRecord raw;
        raw.id = m->id;
        raw.schema = schemata.index(m->schema);
        if (raw.schema < 0)
            return makeError("'" + m->schema +
                             "' is not a schema the matcher compares (a "
                             "matchable LegalEntity such as Person or Company)");
        raw.rowid = raw.group = std::int64_t(s.recs.size() + 1);
        for (auto& [prop, value] : m->values) {
            auto p = schemata.propIndex.find(prop);
            if (p != schemata.propIndex.end())
                raw.values.emplace_back(p->second, value);
        }
        for (auto& d : m->datasets) {
            auto [it, inserted] = datasets.emplace(d, std::uint32_t(s.datasetNames.size()));
            if (inserted)
                s.datasetNames.push_back(d);
            raw.datasets.push_back(it->second);
        }
        std::size_t before = s.recs.size();
        s.add(std::move(raw), norm);
        if (s.recs.size() == before) {
            // Nothing comparable: keep an empty record so that the pair still scores 0.
            Rec empty;
            empty.id = s.keep(m->id);
            empty.idSize = std::uint32_t(m->id.size());
            empty.schema = std::uint8_t(schemata.index(m->schema));
            empty.nameBegin = std::uint32_t(s.names.size());
            empty.attrBegin = std::uint32_t(s.attrs.size());
            empty.datasetBegin = std::uint32_t(s.datasets.size());
            s.recs.push_back(empty);
        }
    }
    if (!schemata.compatible[s.recs[0].schema][s.recs[1].schema])
        return makeError("a " + a.schema + " and a " + b.schema + " cannot be the same actor");
    s.countTokens();
    Scorer scorer(s, discountSameDataset, false);
    return makeCandidate(s, scorer, 0, 1);
}

Result<Candidate> explainPair(const store::Workspace& ws, std::string_view a, std::string_view b)
{
    if (a == b)
        return makeError("the same id twice: '" + std::string(a) + "'");
    const Schemata schemata(model::Model::builtin());
    for (auto id : {a, b}) {
        store::Query q(ws.db(), "SELECT schema FROM entity WHERE key = ?1");
        q.bind(1, id);
        if (q.step() != SQLITE_ROW)
            return makeError("no entity with id '" + std::string(id) + "'");
        if (schemata.index(q.text(0)) < 0)
            return makeError("'" + std::string(id) + "' is a " + q.string(0) +
                             ", which the matcher does not compare");
    }
    LoadSpec spec;
    spec.keys = {std::string(a), std::string(b)};
    auto loaded = load(ws, schemata, spec, {});
    if (!loaded)
        return loaded.error();
    Store& s = **loaded;
    if (s.recs.size() != 2)
        return makeError("nothing to compare: an entity has no name or identifier");
    if (!schemata.compatible[s.recs[0].schema][s.recs[1].schema])
        return makeError("a " + schemata.list[s.recs[0].schema]->name() + " and a " +
                         schemata.list[s.recs[1].schema]->name() + " cannot be the same actor");
    Scorer scorer(s, false, false);
    return makeCandidate(s, scorer, 0, 1);
}

} // namespace commonplace::match
