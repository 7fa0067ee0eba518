// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Editor.h"
#include "TestUtil.h"
#include "model/Model.h"
#include "store/Catalog.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace commonplace;
using commonplace::test::TempDir;

namespace {

/** Every row of every table the editor writes, as text: equal dumps mean an unchanged store. */
std::string dump(store::Workspace& ws)
{
    std::string out;
    for (const char* table :
         {"dataset", "source", "attachment", "entity", "statement", "taxonomy", "finding",
          "finding_entity", "finding_source", "finding_tactic", "entity_fts", "finding_fts"}) {
        store::Query q(ws.db(), std::string("SELECT * FROM ") + table + " ORDER BY 1, 2");
        REQUIRE(q.valid());
        out += table;
        out += '\n';
        while (q.step() == SQLITE_ROW) {
            int n = sqlite3_column_count(q.handle());
            for (int i = 0; i < n; ++i) {
                const unsigned char* t = sqlite3_column_text(q.handle(), i);
                out += t ? std::string(reinterpret_cast<const char*>(t),
                                       std::size_t(sqlite3_column_bytes(q.handle(), i)))
                         : std::string("NULL");
                out += '|';
            }
            out += '\n';
        }
    }
    return out;
}

struct Fixture
{
    TempDir dir;
    std::unique_ptr<store::Workspace> ws;
    std::unique_ptr<store::Editor> editor;

    Fixture()
    {
        auto opened =
            store::Workspace::open(dir.file("w.commonplace"), store::Workspace::Mode::CreateNew);
        REQUIRE(opened);
        ws = std::move(*opened);
        editor = std::make_unique<store::Editor>(*ws, model::Model::builtin());
    }

    std::string person(const std::string& name)
    {
        auto id = editor->createEntity("Person");
        REQUIRE(id);
        auto v = editor->addValue({*id, "name", name, "notes", {}, {}, store::Sensitivity::Public});
        INFO((v ? std::string() : v.error().message));
        REQUIRE(v);
        return *id;
    }

    std::string caption(const std::string& id)
    {
        auto d = ws->entity(id);
        REQUIRE(d);
        return d->entity.caption;
    }

    store::SourceRecord source(const std::string& title,
                               store::Sensitivity s = store::Sensitivity::Public)
    {
        store::SourceRecord r;
        r.title = title;
        r.reliability = "B";
        r.credibility = 2;
        r.sensitivity = s;
        auto created = editor->createSource(r);
        REQUIRE(created);
        return *created;
    }
};

} // namespace

TEST_CASE("values are added, replaced, removed and restored exactly", "[editor]")
{
    Fixture f;
    std::string id = f.person("Jane Roe");
    CHECK(f.caption(id) == "Jane Roe");
    auto hits = f.ws->search("Roe", 5);
    REQUIRE(hits);
    REQUIRE(hits->size() == 1);

    // Values go through the model: a country name becomes its code.
    auto nat = f.editor->addValue(
        {id, "nationality", "Kenya", "notes", {}, {}, store::Sensitivity::Internal});
    REQUIRE(nat);
    CHECK(nat->value == "ke");
    CHECK(nat->sensitivity == store::Sensitivity::Internal);

    std::string before = dump(*f.ws);
    auto removed = f.editor->removeValue(nat->id);
    REQUIRE(removed);
    CHECK(dump(*f.ws) != before);
    REQUIRE(f.editor->restoreValue(*removed));
    CHECK(dump(*f.ws) == before);

    // Replacing the name changes the caption and the search index; reverting restores both.
    auto name = f.ws->entity(id);
    REQUIRE(name);
    std::int64_t nameId = 0;
    for (const auto& s : name->statements)
        if (s.prop == "name")
            nameId = s.id;
    auto change = f.editor->replaceValue(nameId, "Jane Q. Roe");
    REQUIRE(change);
    CHECK(f.caption(id) == "Jane Q. Roe");
    CHECK(change->after.dataset == "notes");
    REQUIRE(f.editor->revertValue(*change));
    CHECK(f.caption(id) == "Jane Roe");
    CHECK(dump(*f.ws) == before);
}

TEST_CASE("bad values are refused and leave the workspace unchanged", "[editor]")
{
    Fixture f;
    std::string id = f.person("Jane Roe");
    std::string before = dump(*f.ws);
    auto refused = [&](store::ValueInput in, const std::string& fragment) {
        auto r = f.editor->addValue(in);
        REQUIRE_FALSE(r);
        INFO(r.error().message);
        CHECK(r.error().message.find(fragment) != std::string::npos);
        CHECK(dump(*f.ws) == before);
    };
    using store::Sensitivity;
    refused({id, "colour", "red", "notes", {}, {}, Sensitivity::Public}, "no property 'colour'");
    refused({id, "birthDate", "1970-13-45", "notes", {}, {}, Sensitivity::Public}, "date");
    refused({id, "nationality", "Atlantis", "notes", {}, {}, Sensitivity::Public}, "Atlantis");
    refused({"nobody", "name", "X", "notes", {}, {}, Sensitivity::Public}, "no entity");
    refused({id, "name", "  ", "notes", {}, {}, Sensitivity::Public}, "empty");
    refused({id, "name", "Other", "", {}, {}, Sensitivity::Public}, "dataset");
    refused({id, "name", "Other", "notes", "no-such-source", {}, Sensitivity::Public}, "no source");
    refused({id, "name", "Jane Roe", "notes", {}, {}, Sensitivity::Public}, "already has");
    auto rel = f.editor->createEntity("Payment");
    REQUIRE(rel);
    before = dump(*f.ws);
    refused({*rel, "payer", "nobody", "notes", {}, {}, Sensitivity::Public}, "no entity");
    auto addr = f.editor->createEntity("Address");
    REQUIRE(addr);
    before = dump(*f.ws);
    refused({*rel, "payer", *addr, "notes", {}, {}, Sensitivity::Public}, "must be a");

    CHECK_FALSE(f.editor->createEntity("Thing"));      // abstract
    CHECK_FALSE(f.editor->createEntity("Spaceship"));  // unknown
    CHECK_FALSE(f.editor->createEntity("Person", id)); // id taken
    CHECK(dump(*f.ws) == before);
    CHECK_FALSE(f.editor->removeValue(987654));
    CHECK_FALSE(f.editor->replaceValue(987654, "x"));
}

TEST_CASE("a value citing a source is as confidential as the source", "[editor]")
{
    Fixture f;
    std::string id = f.person("Jane Roe");
    auto src = f.source("Informant interview", store::Sensitivity::Restricted);
    auto v =
        f.editor->addValue({id, "alias", "JR", "notes", src.key, {}, store::Sensitivity::Public});
    REQUIRE(v);
    CHECK(v->sensitivity == store::Sensitivity::Restricted);
    CHECK(v->sourceKey == src.key);
}

TEST_CASE("deleting an entity is refused while referenced and restored exactly", "[editor]")
{
    Fixture f;
    std::string a = f.person("Alpha Foundation");
    std::string b = f.person("Beta Org");
    auto pay = f.editor->createEntity("Payment");
    REQUIRE(pay);
    REQUIRE(f.editor->addValue({*pay, "payer", a, "notes", {}, {}, store::Sensitivity::Public}));
    REQUIRE(
        f.editor->addValue({*pay, "beneficiary", b, "notes", {}, {}, store::Sensitivity::Public}));
    std::string before = dump(*f.ws);
    auto refused = f.editor->deleteEntity(a);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("referenced by Payment") != std::string::npos);
    CHECK(dump(*f.ws) == before);
    CHECK_FALSE(f.editor->deleteEntity("nobody"));

    auto snap = f.editor->deleteEntity(*pay);
    REQUIRE(snap);
    CHECK_FALSE(f.ws->entity(*pay));
    REQUIRE(f.editor->restoreEntity(*snap));
    CHECK(dump(*f.ws) == before);
    CHECK_FALSE(f.editor->restoreEntity(*snap)); // already there
}

TEST_CASE("recording a finding writes actors, a relationship and sources in one step", "[editor]")
{
    Fixture f;
    std::string existing = f.person("Alpha Foundation");
    auto oldSource = f.source("990 filing 2019");
    std::string empty = dump(*f.ws);

    store::FindingDraft d;
    d.finding.title = "Alpha paid Beta for campaigns in Kenya";
    d.finding.date = "2019-05";
    d.finding.text = "The filing lists a grant of 2,000,000 USD.";
    d.finding.country = "Kenya";
    d.finding.theme = "family-policy";
    d.finding.tactics = {"funding-local-proxies", "opaque-financing"};
    d.finding.dataset = "research";
    d.finding.sensitivity = store::Sensitivity::Coalition;
    d.finding.entities = {existing};
    d.finding.sources = {oldSource.key};
    store::NewSource ns;
    ns.record.title = "Annual report";
    ns.record.reliability = "A";
    ns.record.credibility = 1;
    ns.record.sensitivity = store::Sensitivity::Internal;
    ns.record.attachmentName = "report.pdf";
    ns.attachment = "%PDF-1.4 fake";
    d.newSources.push_back(ns);
    d.newEntities.push_back({{}, "Organization", {{"name", "Beta Org"}, {"country", "ke"}}});
    d.relationship = store::NewEntity{{}, "Payment", {}};
    d.relationship->values = {
        {"payer", existing}, {"amount", "2000000"}, {"currency", "USD"}, {"date", "2019-05-01"}};

    // The relationship's beneficiary is the new actor, whose id is generated: assign it first.
    d.newEntities[0].id = store::Editor::newId("cp");
    d.relationship->values.push_back({"beneficiary", d.newEntities[0].id});

    auto rec = f.editor->recordFinding(d);
    INFO((rec ? std::string() : rec.error().message));
    REQUIRE(rec);
    CHECK(rec->entityIds.size() == 2);
    CHECK(rec->sourceKeys.size() == 1);
    CHECK(rec->attachments.size() == 1);

    store::Catalog cat(*f.ws);
    auto fr = cat.finding(d.finding.key);
    REQUIRE(fr);
    CHECK(fr->country == "ke");
    CHECK(fr->theme == "family-policy");
    CHECK(fr->tactics.size() == 2);
    CHECK(fr->entities.size() == 3);
    CHECK(fr->sources.size() == 2);
    auto rows = cat.findings({}, store::FindingSort::Date, true, 0, 10);
    REQUIRE(rows);
    REQUIRE(rows->size() == 1);
    CHECK(rows->front().sources == 2);
    CHECK(*cat.countFindings({"campaigns"}) == 1);
    CHECK(*cat.countFindings({"nothing"}) == 0);

    // The statements it created cite its first source, at least as confidential as that.
    auto pay = f.ws->entity(d.relationship->id);
    REQUIRE(pay);
    CHECK(pay->statements.size() == 5);
    for (const auto& s : pay->statements) {
        CHECK(s.sourceKey == oldSource.key);
        CHECK(s.sensitivity == store::Sensitivity::Coalition);
    }
    auto cites = cat.citations(oldSource.key, 50);
    REQUIRE(cites);
    CHECK(cites->findingCount == 1);
    CHECK(cites->statementCount == 7); // 5 on the payment, 2 on the new organisation

    // The source it cites cannot be deleted; the message says what cites it.
    std::string recorded = dump(*f.ws);
    auto del = f.editor->deleteSource(oldSource.key);
    REQUIRE_FALSE(del);
    CHECK(del.error().message.find("1 finding ('Alpha paid Beta") != std::string::npos);
    CHECK(del.error().message.find("7 values") != std::string::npos);
    CHECK(dump(*f.ws) == recorded);

    // Undo removes all it created; redo with the same draft recreates the same records.
    REQUIRE(f.editor->unrecordFinding(*rec));
    CHECK(dump(*f.ws) == empty);
    auto again = f.editor->recordFinding(d);
    REQUIRE(again);
    CHECK(again->findingKey == rec->findingKey);
    CHECK(again->entityIds == rec->entityIds);
    CHECK(f.ws->entity(d.newEntities[0].id)->entity.caption == "Beta Org");
}

TEST_CASE("a bad finding draft leaves the workspace unchanged", "[editor]")
{
    Fixture f;
    std::string a = f.person("Alpha Foundation");
    std::string before = dump(*f.ws);
    auto refused = [&](store::FindingDraft d, const std::string& fragment) {
        auto r = f.editor->recordFinding(d);
        REQUIRE_FALSE(r);
        INFO(r.error().message);
        CHECK(r.error().message.find(fragment) != std::string::npos);
        CHECK(dump(*f.ws) == before);
    };
    store::FindingDraft ok;
    ok.finding.title = "T";
    ok.finding.dataset = "research";
    auto with = [&](auto change) {
        store::FindingDraft d = ok;
        change(d);
        return d;
    };
    refused(with([](auto& d) { d.finding.title = " "; }), "title");
    refused(with([](auto& d) { d.finding.dataset = ""; }), "dataset");
    refused(with([](auto& d) { d.finding.date = "May 2019"; }), "not a date");
    refused(with([](auto& d) { d.finding.country = "Atlantis"; }), "unknown country");
    refused(with([](auto& d) { d.finding.theme = "nope"; }), "unknown theme");
    refused(with([](auto& d) { d.finding.tactics = {"nope"}; }), "unknown tactic");
    refused(with([](auto& d) { d.finding.entities = {"nobody"}; }), "no entity");
    refused(with([](auto& d) { d.finding.sources = {"nothing"}; }), "no source");
    refused(with([](auto& d) { d.newEntities.push_back({{}, "Person", {}}); }), "needs a name");
    refused(with([](auto& d) {
                d.newEntities.push_back({{}, "Person", {{"name", "X"}, {"birthDate", "soon"}}});
            }),
            "Birth date");
    refused(with([&](auto& d) {
                d.relationship = store::NewEntity{{}, "Payment", {{"payer", a}}};
            }),
            "needs its");
    refused(with([&](auto& d) {
                d.relationship = store::NewEntity{{}, "Person", {{"name", "X"}}};
            }),
            "not a relationship");
    refused(with([](auto& d) {
                store::NewSource s;
                s.record.title = "S";
                s.record.reliability = "G";
                d.newSources.push_back(s);
            }),
            "reliability");
    refused(with([](auto& d) {
                store::NewSource s;
                s.record.title = "S";
                s.attachment.assign(std::size_t(store::Editor::kMaxAttachmentBytes + 1), 'x');
                s.record.attachmentName = "huge.bin";
                d.newSources.push_back(s);
            }),
            "limit");
}

TEST_CASE("findings are updated, deleted and restored identically", "[editor]")
{
    Fixture f;
    std::string a = f.person("Alpha Foundation");
    store::FindingRecord r;
    r.title = "First";
    r.dataset = "research";
    r.entities = {a};
    r.tactics = {"disinformation"};
    auto created = f.editor->createFinding(r);
    REQUIRE(created);
    std::string before = dump(*f.ws);

    store::FindingRecord changed = *created;
    changed.title = "First, revised";
    changed.tactics = {"astroturfing"};
    auto old = f.editor->updateFinding(changed);
    REQUIRE(old);
    CHECK(store::Catalog(*f.ws).finding(created->key)->title == "First, revised");
    REQUIRE(f.editor->updateFinding(*old));
    CHECK(dump(*f.ws) == before);

    auto deleted = f.editor->deleteFinding(created->key);
    REQUIRE(deleted);
    CHECK(*store::Catalog(*f.ws).countFindings({}) == 0);
    REQUIRE(f.editor->restoreFinding(*deleted));
    CHECK(dump(*f.ws) == before);

    changed.country = "Narnia";
    CHECK_FALSE(f.editor->updateFinding(changed));
    CHECK(dump(*f.ws) == before);
    CHECK_FALSE(f.editor->deleteFinding("missing"));
}

TEST_CASE("sources are validated, updated and deleted with undo", "[editor]")
{
    Fixture f;
    store::SourceRecord bad;
    std::string before = dump(*f.ws);
    CHECK_FALSE(f.editor->createSource(bad)); // no title
    bad.title = "X";
    bad.credibility = 7;
    CHECK_FALSE(f.editor->createSource(bad));
    bad.credibility = 0;
    bad.published = "yesterday";
    auto r = f.editor->createSource(bad);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.find("published") != std::string::npos);
    CHECK(dump(*f.ws) == before);

    auto src = f.source("Court ruling");
    std::string created = dump(*f.ws);
    store::SourceRecord changed = src;
    changed.reliability = "C";
    changed.url = "https://example.org/ruling";
    auto old = f.editor->updateSource(changed);
    REQUIRE(old);
    CHECK(store::Catalog(*f.ws).source(src.key)->url == "https://example.org/ruling");
    REQUIRE(f.editor->updateSource(*old));
    CHECK(dump(*f.ws) == created);

    auto deleted = f.editor->deleteSource(src.key);
    REQUIRE(deleted);
    CHECK(dump(*f.ws) == before);
    REQUIRE(f.editor->restoreSource(*deleted));
    CHECK(dump(*f.ws) == created);
    auto rows = store::Catalog(*f.ws).sources("ruling", 0, 10);
    REQUIRE(rows);
    CHECK(rows->size() == 1);
    CHECK(*store::Catalog(*f.ws).countSources("nothing") == 0);
}

TEST_CASE("attachments are hashed, stored once and size-limited", "[editor]")
{
    Fixture f;
    auto sha = f.editor->storeAttachment("abc", "a.txt", "text/plain");
    REQUIRE(sha);
    CHECK(*sha == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    REQUIRE(f.editor->storeAttachment("abc", "copy.txt"));
    store::Query q(f.ws->db(), "SELECT count(*) FROM attachment");
    REQUIRE(q.step() == SQLITE_ROW);
    CHECK(q.int64(0) == 1);
    std::string path = f.dir.write("doc.txt", "abc");
    CHECK(*f.editor->storeAttachmentFile(path) == *sha);
    auto missing = f.editor->storeAttachmentFile(f.dir.file("missing.pdf"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().file == f.dir.file("missing.pdf"));
    std::string big(std::size_t(store::Editor::kMaxAttachmentBytes + 1), 'x');
    auto refused = f.editor->storeAttachment(big, "big.bin");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("limit") != std::string::npos);
    REQUIRE(f.editor->removeUnusedAttachment(*sha));
    q.reset();
    REQUIRE(q.step() == SQLITE_ROW);
    CHECK(q.int64(0) == 0);
}

TEST_CASE("a file attached to an existing source is undone and redone exactly", "[editor][undo]")
{
    Fixture f;
    auto report = f.source("Annual report");
    const std::string empty = dump(*f.ws);

    // First file: stored and linked in one step; detaching restores the store exactly.
    auto first = f.editor->attachFile(report.key, "first file", "first.pdf");
    REQUIRE(first);
    CHECK(first->stored);
    CHECK(first->previousSha256.empty());
    auto linked = store::Catalog(*f.ws).source(report.key);
    REQUIRE(linked);
    CHECK(linked->attachmentSha256 == first->sha256);
    CHECK(linked->attachmentName == "first.pdf");
    const std::string withFirst = dump(*f.ws);
    REQUIRE(f.editor->detachFile(*first));
    CHECK(dump(*f.ws) == empty); // the link and the bytes it stored are gone
    REQUIRE(f.editor->reattachFile(*first, "first file"));
    CHECK(dump(*f.ws) == withFirst);

    // A second file replaces the first; undo links the first again, which stays stored.
    auto second = f.editor->attachFile(report.key, "second file", "second.pdf");
    REQUIRE(second);
    CHECK(second->previousSha256 == first->sha256);
    CHECK(second->previousName == "first.pdf");
    REQUIRE(f.editor->detachFile(*second));
    CHECK(dump(*f.ws) == withFirst);

    // Bytes another source links are not removed by undo.
    auto other = f.source("Copy");
    auto shared = f.editor->attachFile(other.key, "first file", "copy.pdf");
    REQUIRE(shared);
    CHECK_FALSE(shared->stored);
    REQUIRE(f.editor->detachFile(*shared));
    REQUIRE(f.editor->detachFile(*first));
    auto bare = store::Catalog(*f.ws).source(report.key);
    REQUIRE(bare);
    CHECK(bare->attachmentSha256.empty());

    // Refused: a source that changed since, an unknown source, a file too large.
    auto again = f.editor->attachFile(report.key, "third file", "third.pdf");
    REQUIRE(again);
    REQUIRE(f.editor->detachFile(*again));
    const std::string before = dump(*f.ws);
    CHECK_FALSE(f.editor->detachFile(*again)); // not attached any more
    REQUIRE(f.editor->attachFile(report.key, "fourth file", "fourth.pdf"));
    const std::string changed = dump(*f.ws);
    auto refused = f.editor->reattachFile(*again, "third file");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("changed since") != std::string::npos);
    CHECK(dump(*f.ws) == changed);
    CHECK(before != changed);
    auto unknown = f.editor->attachFile("no-such-source", "x", "x.pdf");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.find("no source") != std::string::npos);
    std::string big(std::size_t(store::Editor::kMaxAttachmentBytes + 1), 'x');
    REQUIRE_FALSE(f.editor->attachFile(report.key, big, "big.bin"));
    CHECK(dump(*f.ws) == changed);
}

TEST_CASE("taxonomy entries are added, renamed and removed unless used", "[editor]")
{
    Fixture f;
    f.person("Someone"); // creates the dataset the finding below uses
    std::string before = dump(*f.ws);
    auto added = f.editor->addTaxonomy("tactic", "Fake fact-checking");
    REQUIRE(added);
    CHECK(added->key == "fake-fact-checking");
    CHECK_FALSE(f.editor->addTaxonomy("tactic", "fake fact-checking")); // duplicate label
    CHECK_FALSE(f.editor->addTaxonomy("mood", "Happy"));
    CHECK_FALSE(f.editor->addTaxonomy("theme", " "));
    auto old = f.editor->renameTaxonomy(added->rowid, "Fake fact checks", "");
    REQUIRE(old);
    CHECK(old->label == "Fake fact-checking");
    CHECK_FALSE(f.editor->renameTaxonomy(added->rowid, "Disinformation", "")); // taken

    store::FindingRecord r;
    r.title = "Uses it";
    r.dataset = "notes";
    r.tactics = {added->key};
    auto finding = f.editor->createFinding(r);
    REQUIRE(finding);
    std::string used = dump(*f.ws);
    auto refused = f.editor->removeTaxonomy(added->rowid);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("1 finding uses it") != std::string::npos);
    CHECK(dump(*f.ws) == used);

    REQUIRE(f.editor->deleteFinding(finding->key));
    auto removed = f.editor->removeTaxonomy(added->rowid);
    REQUIRE(removed);
    REQUIRE(f.editor->restoreTaxonomy(*removed));
    REQUIRE(f.editor->removeTaxonomy(added->rowid));
    CHECK(dump(*f.ws) == before);
}

TEST_CASE("entities complete by name prefix and by a word of the name", "[editor]")
{
    Fixture f;
    f.person("Alpha Foundation");
    f.person("alphabet soup");
    f.person("Gamma Alpha");
    auto org = f.editor->createEntity("Organization");
    REQUIRE(org);
    REQUIRE(f.editor->addValue(
        {*org, "name", "Alpine Org", "notes", {}, {}, store::Sensitivity::Public}));
    store::Catalog cat(*f.ws);
    auto hits = cat.completeEntities("alp", 10);
    REQUIRE(hits);
    REQUIRE(hits->size() == 4);
    CHECK(hits->back().caption == "Gamma Alpha"); // a word match comes after prefix matches
    auto orgs = cat.completeEntities("alp", 10, "Organization");
    REQUIRE(orgs);
    REQUIRE(orgs->size() == 1);
    CHECK(orgs->front().caption == "Alpine Org");
    CHECK(cat.completeEntities("", 10)->empty());
    CHECK(cat.completeEntities("\"*(", 10)->empty());
}

TEST_CASE("amending a finding adds and removes actors, sources and a relationship, undone exactly",
          "[editor]")
{
    Fixture f;
    std::string alpha = f.person("Alpha Foundation");
    std::string gamma = f.person("Gamma Trust");
    auto filing = f.source("990 filing 2019");
    auto other = f.source("Press release");
    store::FindingRecord r;
    r.title = "Alpha funds campaigns";
    r.dataset = "research";
    r.sensitivity = store::Sensitivity::Coalition;
    r.entities = {alpha, gamma};
    r.sources = {filing.key, other.key};
    auto created = f.editor->createFinding(r);
    REQUIRE(created);
    const std::string before = dump(*f.ws);

    // Gamma and the press release go; a new actor, a new graded source with a file and a
    // payment from Alpha to the new actor come; the title changes.
    store::FindingAmendment a;
    a.finding = *created;
    a.finding.title = "Alpha pays Beta";
    a.finding.entities = {alpha};
    a.finding.sources = {filing.key};
    a.newEntities.push_back({store::Editor::newId("cp"), "Organization", {{"name", "Beta Org"}}});
    store::NewSource ns;
    ns.record.title = "Annual report";
    ns.record.reliability = "A";
    ns.record.credibility = 1;
    ns.record.attachmentName = "report.pdf";
    ns.attachment = "%PDF-1.4 report";
    a.newSources.push_back(ns);
    a.relationship = store::NewEntity{{},
                                      "Payment",
                                      {{"payer", alpha},
                                       {"beneficiary", a.newEntities[0].id},
                                       {"amount", "5000"},
                                       {"currency", "EUR"}}};
    auto done = f.editor->amendFinding(a);
    INFO((done ? std::string() : done.error().message));
    REQUIRE(done);
    CHECK(done->before.title == "Alpha funds campaigns");
    CHECK(done->created.entityIds.size() == 2);
    CHECK(done->created.sourceKeys.size() == 1);
    CHECK(done->created.attachments.size() == 1);
    store::Catalog cat(*f.ws);
    auto after = cat.finding(created->key);
    REQUIRE(after);
    CHECK(after->title == "Alpha pays Beta");
    CHECK(after->rowid == created->rowid);
    CHECK(after->createdAt == created->createdAt);
    CHECK(after->entities.size() == 3); // Alpha, Beta Org, the payment
    CHECK(std::find(after->entities.begin(), after->entities.end(), gamma) ==
          after->entities.end());
    REQUIRE(after->sources.size() == 2);
    CHECK(after->sources[0] == filing.key);
    CHECK(after->sources[1] == a.newSources[0].record.key);
    auto pay = f.ws->entity(a.relationship->id);
    REQUIRE(pay);
    for (const auto& s : pay->statements) {
        CHECK(s.sourceKey == filing.key); // the finding's first source
        CHECK(s.sensitivity == store::Sensitivity::Coalition);
    }
    const std::string amended = dump(*f.ws);

    REQUIRE(f.editor->unamendFinding(*done));
    CHECK(dump(*f.ws) == before);
    CHECK(cat.finding(created->key)->entities == created->entities);

    // Redo recreates the same records; editing the payment then sets its values.
    auto again = f.editor->amendFinding(a);
    REQUIRE(again);
    CHECK(again->created.entityIds == done->created.entityIds);
    CHECK(again->created.sourceKeys == done->created.sourceKeys);
    CHECK(cat.finding(created->key)->entities.size() == 3);
    const std::string redone = dump(*f.ws);

    store::FindingAmendment edit;
    edit.finding = *cat.finding(created->key);
    edit.values.push_back({a.relationship->id, {{"amount", "7500"}, {"beneficiary", gamma}}});
    auto changed = f.editor->amendFinding(edit);
    INFO((changed ? std::string() : changed.error().message));
    REQUIRE(changed);
    CHECK(changed->removedValues.size() == 2);
    CHECK(changed->addedValues.size() == 2);
    std::map<std::string, std::string> values;
    auto changedPay = f.ws->entity(a.relationship->id);
    REQUIRE(changedPay);
    for (const auto& s : changedPay->statements)
        values[s.prop] = s.value;
    CHECK(values["amount"] == "7500");
    CHECK(values["beneficiary"] == gamma);
    CHECK(values["currency"] == "EUR"); // not named: left alone
    REQUIRE(f.editor->unamendFinding(*changed));
    CHECK(dump(*f.ws) == redone);
    REQUIRE(f.editor->unamendFinding(*again));
    CHECK(dump(*f.ws) == before);
    (void)amended;
}

TEST_CASE("a bad amendment leaves the workspace unchanged", "[editor]")
{
    Fixture f;
    std::string alpha = f.person("Alpha Foundation");
    auto filing = f.source("990 filing 2019");
    store::FindingRecord r;
    r.title = "Alpha funds campaigns";
    r.dataset = "research";
    r.entities = {alpha};
    r.sources = {filing.key};
    auto created = f.editor->createFinding(r);
    REQUIRE(created);
    const std::string before = dump(*f.ws);
    auto refused = [&](store::FindingAmendment a, const std::string& fragment) {
        auto done = f.editor->amendFinding(a);
        REQUIRE_FALSE(done);
        INFO(done.error().message);
        CHECK(done.error().message.find(fragment) != std::string::npos);
        CHECK(dump(*f.ws) == before);
    };
    store::FindingAmendment a;
    a.finding = *created;
    a.newEntities.push_back({{}, "Organization", {{"name", "Beta Org"}}});
    a.relationship = store::NewEntity{{}, "Payment", {{"payer", alpha}}};
    refused(a, "needs its"); // a payment without its beneficiary
    a.relationship.reset();
    a.newEntities[0].values.clear();
    refused(a, "needs a name");
    a.newEntities.clear();
    store::NewSource ns;
    ns.record.title = "Graded wrongly";
    ns.record.reliability = "G";
    a.newSources.push_back(ns);
    refused(a, "reliability");
    a.newSources.clear();
    a.values.push_back({alpha, {{"birthDate", "2019-14-01"}}});
    refused(a, "Birth date");
    a.values.clear();
    a.finding.entities.push_back("cp-nobody");
    refused(a, "no entity");
    store::FindingAmendment missing;
    missing.finding.key = "finding-unknown";
    refused(missing, "finding-unknown");
}
