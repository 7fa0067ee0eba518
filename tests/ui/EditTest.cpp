// SPDX-License-Identifier: GPL-3.0-or-later
// The researcher's editing widgets driven by the keyboard: record a finding, undo, redo, edit an
// entity's values, sources and what cites them, the taxonomy.
#include "edit/EditCommands.h"
#include "edit/EntityEditor.h"
#include "edit/FindingForm.h"
#include "edit/FindingsView.h"
#include "edit/QuickEntry.h"
#include "edit/RecordModels.h"
#include "edit/SourcesView.h"
#include "edit/TaxonomyView.h"
#include "model/Model.h"
#include "store/Catalog.h"
#include "store/Editor.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include "UiTestUtil.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace commonplace;
using commonplace::test::TempDir;

namespace {

struct Setup
{
    TempDir dir;
    std::unique_ptr<store::Workspace> ws;
    std::string alpha;
    store::SourceRecord filing;

    Setup()
    {
        auto opened =
            store::Workspace::open(dir.file("edit.commonplace"), store::Workspace::Mode::CreateNew);
        REQUIRE(opened);
        ws = std::move(*opened);
        store::Editor editor(*ws, model::Model::builtin());
        auto id = editor.createEntity("Organization");
        REQUIRE(id);
        alpha = *id;
        REQUIRE(editor.addValue(
            {alpha, "name", "Alpha Foundation", "research", {}, {}, store::Sensitivity::Public}));
        store::SourceRecord s;
        s.title = "990 filing 2019";
        s.reliability = "B";
        s.credibility = 2;
        auto created = editor.createSource(s);
        REQUIRE(created);
        filing = *created;
    }
};

/** Types into whatever has the focus, counting keystrokes as a person would press them. */
struct Keyboard
{
    int keystrokes = 0;
    int content = 0; ///< keystrokes that type what the finding says (the rest move and choose)
    qint64 elapsedMs = 0;
    QWidget* focus() const
    {
        QWidget* w = QApplication::focusWidget();
        REQUIRE(w != nullptr);
        return w;
    }
    void type(const QString& text)
    {
        QTest::keyClicks(focus(), text);
        keystrokes += int(text.size());
        content += int(text.size());
    }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(focus(), k, mods);
        ++keystrokes; // a chord counts once
    }
    /** Text pasted (Ctrl+V): one keystroke of content, whatever its length. */
    void paste(const QString& text)
    {
        QTest::keyClicks(focus(), text);
        ++keystrokes;
        ++content;
    }
};

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QLatin1String(name));
    INFO(name);
    REQUIRE(w != nullptr);
    return w;
}

/** Every row of the tables editing writes, as text: equal dumps mean an identical store. */
std::string dumpWorkspace(store::Workspace& ws)
{
    std::string out;
    for (const char* table :
         {"dataset", "source", "attachment", "entity", "statement", "finding", "finding_entity",
          "finding_source", "finding_tactic", "entity_fts", "finding_fts"}) {
        store::Query q(ws.db(), std::string("SELECT * FROM ") + table + " ORDER BY 1, 2");
        REQUIRE(q.valid());
        out += table;
        out += '\n';
        while (q.step() == SQLITE_ROW) {
            const int n = sqlite3_column_count(q.handle());
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

QString focusName()
{
    QWidget* w = QApplication::focusWidget();
    return w ? w->objectName() : QString();
}

} // namespace

/**
 * Records the full finding of the keystroke table (docs/performance.md) in `form`, counting
 * keys; its new source has a PDF that states its creation date or not (then it is typed).
 */
Keyboard recordFullFinding(Setup& s, QWidget* form, bool pdfStatesDate)
{
    // A PDF as report writers make them: its document information says when it was made.
    const std::string attachment =
        pdfStatesDate
            ? "%PDF-1.4\n1 0 obj\n<< /Title (Annual report 2020) /Producer (LibreOffice 6.4) "
              "/CreationDate (D:20200115093000+01'00') >>\nendobj\ntrailer\n<< /Info 1 0 R "
              ">>\n%%EOF\n"
            : "%PDF-1.4\n1 0 obj\n<< /Producer (a scanner) >>\nendobj\n%%EOF\n";
    // Researchers keep the files they cite under telling names: the title comes from it.
    const std::string file = s.dir.write("Annual report 2020.pdf", attachment);

    QElapsedTimer clock;
    clock.start();
    Keyboard kb;
    kb.type(QStringLiteral("Alpha paid Beta for campaigns in Kenya"));
    kb.key(Qt::Key_Tab);
    CHECK(child<QLineEdit>(form, "dateLineEdit")->selectedText() ==
          QDate::currentDate().toString(Qt::ISODate)); // today, selected: typing replaces it
    kb.type(QStringLiteral("2019-5"));                 // a month, shown back as 2019-05
    kb.key(Qt::Key_Tab);
    CHECK(child<QLineEdit>(form, "dateLineEdit")->text() == QStringLiteral("2019-05"));
    kb.type(QStringLiteral("ke")); // completes inline to Kenya, the only country so named
    kb.key(Qt::Key_Tab);
    CHECK(child<QLineEdit>(form, "countryLineEdit")->text() == QStringLiteral("Kenya"));
    kb.type(QStringLiteral("f")); // Family policy, the only theme with an F
    REQUIRE(child<QComboBox>(form, "themeComboBox")->currentData().toString() ==
            QStringLiteral("family-policy"));
    kb.key(Qt::Key_Tab);
    kb.type(QStringLiteral("Grant of 2,000,000 USD listed in the 990 filing."));
    kb.key(Qt::Key_Tab);
    REQUIRE(focusName() == QStringLiteral("tacticFilterLineEdit"));
    kb.type(QStringLiteral("lp")); // by initials: Funding Local Proxies
    REQUIRE(child<QListWidget>(form, "tacticListWidget")->currentItem());
    CHECK(child<QListWidget>(form, "tacticListWidget")->currentItem()->text() ==
          QStringLiteral("Funding local proxies"));
    kb.key(Qt::Key_Return);
    kb.type(QStringLiteral("op")); // Opaque financing starts so: before Co-opting...
    CHECK(child<QListWidget>(form, "tacticListWidget")->currentItem()->text() ==
          QStringLiteral("Opaque financing"));
    kb.key(Qt::Key_Return);
    kb.key(Qt::Key_C, Qt::AltModifier); // to the actors
    REQUIRE(focusName() == QStringLiteral("suggestLineEdit"));
    kb.type(QStringLiteral("alph"));
    kb.key(Qt::Key_Return); // the existing Alpha Foundation
    kb.type(QStringLiteral("Beta Org"));
    kb.key(Qt::Key_Return);             // nothing matches: create it, an organisation by its name
    kb.key(Qt::Key_R, Qt::AltModifier); // to the relationship
    REQUIRE(focusName() == QStringLiteral("relationshipComboBox"));
    kb.type(QStringLiteral("p"));
    REQUIRE(child<QComboBox>(form, "relationshipComboBox")->currentData().toString() ==
            QStringLiteral("Payment"));
    kb.key(Qt::Key_Tab);
    REQUIRE(focusName() == QStringLiteral("relationship_amountLineEdit"));
    kb.type(QStringLiteral("2m USD")); // amount and currency in one go
    kb.key(Qt::Key_Tab);
    CHECK(child<QLineEdit>(form, "relationship_amountLineEdit")->text() ==
          QStringLiteral("2000000"));
    REQUIRE(focusName() == QStringLiteral("relationship_currencyLineEdit"));
    CHECK(child<QLineEdit>(form, "relationship_currencyLineEdit")->text() == QStringLiteral("USD"));
    kb.key(Qt::Key_Tab);
    REQUIRE(focusName() == QStringLiteral("relationship_dateLineEdit"));
    CHECK(child<QLineEdit>(form, "relationship_dateLineEdit")->text() ==
          QStringLiteral("2019-05"));   // the finding's date, to refine
    kb.type(QStringLiteral("1"));       // the 1st of the month shown
    kb.key(Qt::Key_U, Qt::AltModifier); // to the sources; payer and beneficiary are the actors
    CHECK(child<QLineEdit>(form, "relationship_dateLineEdit")->text() ==
          QStringLiteral("2019-05-01"));
    REQUIRE(focusName() == QStringLiteral("suggestLineEdit"));
    kb.type(QStringLiteral("990"));
    kb.key(Qt::Key_Return); // the existing filing
    kb.paste(QString::fromStdString(file));
    kb.key(Qt::Key_Return); // a new source with that file: its fields open, titled after it
    REQUIRE(focusName() == QStringLiteral("sourceUrlLineEdit"));
    CHECK(child<QLineEdit>(form, "sourceTitleLineEdit")->text() ==
          QStringLiteral("Annual report 2020"));
    // The PDF's date, said where it comes from; else the finding's, to type over.
    CHECK(child<QLineEdit>(form, "sourceDateLineEdit")->text() ==
          (pdfStatesDate ? QStringLiteral("2020-01-15") : QStringLiteral("2019-05")));
    CHECK(child<QLabel>(form, "sourceDateNoteLabel")->isVisible() == pdfStatesDate);
    kb.paste(QStringLiteral("https://example.org/report"));
    kb.key(Qt::Key_Tab);
    REQUIRE(focusName() == QStringLiteral("sourceDateLineEdit"));
    if (!pdfStatesDate)
        kb.type(QStringLiteral("20200115"));
    kb.key(Qt::Key_Tab);           // the date the PDF gives is right
    kb.type(QStringLiteral("a2")); // reliability A, credibility 2: the grading as written
    CHECK(child<QComboBox>(form, "credibilityComboBox")->currentData().toInt() == 2);
    CHECK(child<QLineEdit>(form, "sourcePublisherLineEdit")->text() ==
          QStringLiteral("example.org"));
    if (const QString grab = qEnvironmentVariable("COMMONPLACE_GRAB_DIR"); !grab.isEmpty()) {
        QTest::qWait(200); // the new source's fields laid out
        form->grab().save(grab + QStringLiteral("/record-finding-keyboard.png")); // to look at
    }
    kb.key(Qt::Key_Return, Qt::ControlModifier); // adds the source and saves
    kb.elapsedMs = clock.elapsed();
    INFO(static_cast<ui::FindingForm*>(form)->errorText().toStdString());
    REQUIRE(static_cast<ui::FindingForm*>(form)->errorText().isEmpty());
    return kb;
}

TEST_CASE("a finding is recorded by keyboard alone, undone and redone", "[ui][edit][keystrokes]")
{
    Setup s;
    QUndoStack stack;
    ui::FindingForm form;
    form.setWorkspace(s.ws.get());
    form.setUndoStack(&stack);
    form.resize(1100, 760);
    form.show();
    form.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&form));
    REQUIRE(focusName() == QStringLiteral("titleLineEdit"));

    Keyboard kb = recordFullFinding(s, &form, true);
    const qint64 elapsed = kb.elapsedMs;
    WARN("recording a full finding took " << kb.keystrokes << " keystrokes (" << kb.content
                                          << " typing content, " << kb.keystrokes - kb.content
                                          << " moving and choosing; " << elapsed
                                          << " ms of simulated typing)");
    CHECK(kb.keystrokes <= 146); // 214 before short dates, amounts, initials, pastes, the PDF's
                                 // date (242 before the shortcuts and defaults)

    store::Catalog catalog(*s.ws);
    REQUIRE(*catalog.countFindings({}) == 1);
    auto rows = catalog.findings({}, store::FindingSort::Date, true, 0, 1);
    REQUIRE(rows);
    const std::string key = rows->front().key;
    auto f = catalog.finding(key);
    REQUIRE(f);
    CHECK(f->title == "Alpha paid Beta for campaigns in Kenya");
    CHECK(f->date == "2019-05");
    CHECK(f->country == "ke");
    CHECK(f->theme == "family-policy");
    CHECK(f->tactics.size() == 2);
    CHECK(f->entities.size() == 3); // Alpha, Beta Org, the payment
    REQUIRE(f->sources.size() == 2);
    CHECK(f->sources.front() == s.filing.key);
    CHECK(f->dataset == "research");
    CHECK(f->sensitivity == store::Sensitivity::Internal);
    auto report = catalog.source(f->sources.back());
    REQUIRE(report);
    CHECK(report->reliability == "A");
    CHECK(report->credibility == 2);
    CHECK(report->attachmentName == "Annual report 2020.pdf");
    CHECK(report->title == "Annual report 2020");
    CHECK(report->publisher == "example.org");
    CHECK(report->published == "2020-01-15");
    CHECK(report->attachmentSha256.size() == 64);
    // The payment: who paid whom, how much; each value cites the finding's first source.
    std::string paymentId;
    for (const auto& e : f->entities)
        if (s.ws->entity(e)->entity.schema == "Payment")
            paymentId = e;
    REQUIRE_FALSE(paymentId.empty());
    auto payment = s.ws->entity(paymentId);
    REQUIRE(payment);
    std::map<std::string, std::string> values;
    for (const auto& st : payment->statements) {
        values[st.prop] = st.value;
        CHECK(st.sourceKey == s.filing.key);
    }
    CHECK(values["payer"] == s.alpha);
    CHECK(values["amount"] == "2000000");
    CHECK(values["currency"] == "USD");
    CHECK(values["date"] == "2019-05-01");
    CHECK(s.ws->entity(values["beneficiary"])->entity.caption == "Beta Org");
    CHECK(s.ws->entity(values["beneficiary"])->entity.schema == "Organization");

    // The form is empty again for the next finding, the cursor in the title.
    CHECK(child<QLineEdit>(&form, "titleLineEdit")->text().isEmpty());
    CHECK(focusName() == QStringLiteral("titleLineEdit"));

    REQUIRE(stack.count() == 1);
    stack.undo();
    CHECK(*catalog.countFindings({}) == 0);
    CHECK_FALSE(s.ws->entity(values["beneficiary"]));
    CHECK_FALSE(catalog.source(report->key));
    CHECK(*catalog.countSources({}) == 1);
    stack.redo();
    CHECK(*catalog.countFindings({}) == 1);
    CHECK(catalog.finding(key)->sources.size() == 2);
    CHECK(s.ws->entity(values["beneficiary"])->entity.caption == "Beta Org");
    CHECK(catalog.source(report->key)->attachmentSha256 == report->attachmentSha256);
}

TEST_CASE("findings in a series take fewer keystrokes with recent sources and kept choices",
          "[ui][edit][keystrokes]")
{
    Setup s;
    store::Editor editor(*s.ws, model::Model::builtin());
    auto gamma = editor.createEntity("Organization");
    REQUIRE(gamma);
    REQUIRE(editor.addValue(
        {*gamma, "name", "Gamma Trust", "research", {}, {}, store::Sensitivity::Public}));
    QUndoStack stack;
    // A form of its own for each finding, as the record window is made anew each time.
    auto open = [&] {
        auto form = std::make_unique<ui::FindingForm>();
        form->setWorkspace(s.ws.get());
        form->setUndoStack(&stack);
        form->resize(1100, 760);
        form->show();
        form->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(form.get()));
        return form;
    };
    auto form = open();

    // 1. A finding without a relationship or a new source: two existing actors, one source.
    Keyboard first;
    first.type(QStringLiteral("Gamma Trust trains Alpha's local activists"));
    first.key(Qt::Key_Tab);
    first.type(QStringLiteral("2021-3"));
    first.key(Qt::Key_Tab);
    first.type(QStringLiteral("ug"));
    first.key(Qt::Key_Tab);
    first.type(QStringLiteral("f"));
    first.key(Qt::Key_Tab);
    first.type(QStringLiteral("Three-day training on lobbying listed in the filing."));
    first.key(Qt::Key_Tab);
    first.type(QStringLiteral("lp")); // Funding Local Proxies, by initials
    first.key(Qt::Key_Return);
    first.key(Qt::Key_C, Qt::AltModifier);
    first.type(QStringLiteral("gamm"));
    first.key(Qt::Key_Return);
    first.type(QStringLiteral("alph"));
    first.key(Qt::Key_Tab); // Tab takes the suggestion too
    first.key(Qt::Key_U, Qt::AltModifier);
    first.type(QStringLiteral("990"));
    first.key(Qt::Key_Return);
    first.key(Qt::Key_Return, Qt::ControlModifier);
    INFO(form->errorText().toStdString());
    REQUIRE(form->errorText().isEmpty());
    form.reset();
    form = open();
    WARN("a finding with two existing actors and an existing source took "
         << first.keystrokes << " keystrokes (" << first.content << " typing content)");
    CHECK(first.keystrokes <= 128); // 141 before

    // 2. The next one in the series: the source used last is offered by Down, the dataset and
    // sensitivity are kept, a payment's currency is remembered from the previous one.
    Keyboard second;
    second.type(QStringLiteral("Gamma Trust pays Alpha for the Kampala conference"));
    second.key(Qt::Key_Tab);
    second.type(QStringLiteral("2021-6"));
    second.key(Qt::Key_C, Qt::AltModifier);
    second.type(QStringLiteral("gamm"));
    second.key(Qt::Key_Return);
    second.type(QStringLiteral("alph"));
    second.key(Qt::Key_Return);
    second.key(Qt::Key_R, Qt::AltModifier);
    second.type(QStringLiteral("p"));
    second.key(Qt::Key_Tab);
    second.type(QStringLiteral("45k usd")); // Alt+U leaves the field: read as 45000 USD
    second.key(Qt::Key_U, Qt::AltModifier);
    second.key(Qt::Key_Down); // the recently used sources
    second.key(Qt::Key_Return);
    second.key(Qt::Key_Return, Qt::ControlModifier);
    INFO(form->errorText().toStdString());
    REQUIRE(form->errorText().isEmpty());
    WARN("a payment finding citing the last source took " << second.keystrokes << " keystrokes ("
                                                          << second.content << " typing content)");
    CHECK(second.keystrokes <= 81); // 86 before

    store::Catalog catalog(*s.ws);
    REQUIRE(*catalog.countFindings({}) == 2);
    auto rows = catalog.findings({}, store::FindingSort::Date, true, 0, 2);
    REQUIRE(rows);
    auto latest = catalog.finding(rows->front().key);
    REQUIRE(latest);
    CHECK(latest->title == "Gamma Trust pays Alpha for the Kampala conference");
    CHECK(latest->sources == std::vector<std::string>{s.filing.key});
    CHECK(latest->entities.size() == 3);
    auto earlier = catalog.finding(rows->back().key);
    REQUIRE(earlier);
    CHECK(earlier->country == "ug");
    CHECK(earlier->entities.size() == 2);
    for (const auto& e : latest->entities) {
        auto d = s.ws->entity(e);
        REQUIRE(d);
        if (d->entity.schema != "Payment")
            continue;
        std::map<std::string, std::string> values;
        for (const auto& st : d->statements)
            values[st.prop] = st.value;
        CHECK(values["payer"] == *gamma);
        CHECK(values["beneficiary"] == s.alpha);
        CHECK(values["amount"] == "45000");
        CHECK(values["currency"] == "USD");
        CHECK(values["date"] == "2021-06"); // the finding's date by default
    }
}

TEST_CASE("editing a finding adds an actor and a source and a payment with exact undo and redo",
          "[ui][edit]")
{
    Setup s;
    store::Editor editor(*s.ws, model::Model::builtin());
    store::SourceRecord press;
    press.title = "Press release";
    auto pressed = editor.createSource(press);
    REQUIRE(pressed);
    store::FindingRecord r;
    r.title = "Alpha funds campaigns";
    r.date = "2019";
    r.dataset = "research";
    r.entities = {s.alpha};
    r.sources = {s.filing.key};
    auto created = editor.createFinding(r);
    REQUIRE(created);
    const std::string original = dumpWorkspace(*s.ws);

    QUndoStack stack;
    ui::FindingsView view;
    view.setWorkspace(s.ws.get());
    view.setUndoStack(&stack);
    view.resize(1300, 800);
    view.show();
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    view.showFinding(QString::fromStdString(created->key));
    ui::FindingForm* form = view.editor();
    REQUIRE(form->isVisible());
    CHECK_FALSE(form->isModified());

    // A new actor and an existing source, by keyboard; then save.
    auto* title = child<QLineEdit>(form, "titleLineEdit");
    title->setFocus();
    Keyboard kb;
    kb.key(Qt::Key_C, Qt::AltModifier);
    kb.type(QStringLiteral("Gamma Trust"));
    kb.key(Qt::Key_Return); // create it
    kb.key(Qt::Key_U, Qt::AltModifier);
    kb.type(QStringLiteral("Press"));
    kb.key(Qt::Key_Return);
    CHECK(form->isModified());
    kb.key(Qt::Key_Return, Qt::ControlModifier);
    INFO(form->errorText().toStdString());
    REQUIRE(form->errorText().isEmpty());
    store::Catalog catalog(*s.ws);
    auto after = catalog.finding(created->key);
    REQUIRE(after);
    REQUIRE(after->entities.size() == 2);
    CHECK(after->sources == std::vector<std::string>{s.filing.key, pressed->key});
    const std::string gammaId = after->entities[1];
    auto gamma = s.ws->entity(gammaId);
    REQUIRE(gamma);
    CHECK(gamma->entity.caption == "Gamma Trust");
    CHECK(gamma->entity.schema == "Organization");
    REQUIRE(stack.count() == 1);
    const std::string amended = dumpWorkspace(*s.ws);

    stack.undo();
    CHECK(dumpWorkspace(*s.ws) == original);
    CHECK_FALSE(s.ws->entity(gammaId));
    // The editor follows the undo.
    REQUIRE(test::waitFor([&] {
        return child<QListWidget>(form, "actorListWidget")->count() == 1 &&
               child<QListWidget>(form, "sourceListWidget")->count() == 1;
    }));
    stack.redo();
    CHECK(s.ws->entity(gammaId)->entity.caption == "Gamma Trust");
    CHECK(catalog.finding(created->key)->entities == after->entities);
    REQUIRE(
        test::waitFor([&] { return child<QListWidget>(form, "actorListWidget")->count() == 2; }));

    // A payment from Alpha to Gamma, then its amount changed: two more steps.
    auto* rel = child<QComboBox>(form, "relationshipComboBox");
    rel->setFocus();
    QTest::keyClicks(rel, QStringLiteral("pay"));
    REQUIRE(rel->currentData().toString() == QStringLiteral("Payment"));
    QTest::keyClick(rel, Qt::Key_Tab);
    REQUIRE(focusName() == QStringLiteral("relationship_amountLineEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5000"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("EUR"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    INFO(form->errorText().toStdString());
    REQUIRE(form->errorText().isEmpty());
    REQUIRE(stack.count() == 2);
    auto withPayment = catalog.finding(created->key);
    REQUIRE(withPayment->entities.size() == 3);
    const std::string paymentId = withPayment->entities[2];
    auto amountOf = [&] {
        auto d = s.ws->entity(paymentId);
        REQUIRE(d);
        for (const auto& st : d->statements)
            if (st.prop == "amount")
                return st.value;
        return std::string();
    };
    CHECK(amountOf() == "5000");
    const std::string paid = dumpWorkspace(*s.ws);
    auto* amount = child<QLineEdit>(form, "relationship_amountLineEdit");
    REQUIRE(amount->text() == QStringLiteral("5000")); // the editor shows the payment
    amount->setFocus();
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("7500"));
    QTest::keyClick(amount, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(form->errorText().isEmpty());
    REQUIRE(stack.count() == 3);
    CHECK(amountOf() == "7500");
    CHECK(catalog.finding(created->key)->entities.size() == 3); // the same payment, changed
    stack.undo();
    CHECK(dumpWorkspace(*s.ws) == paid);
    stack.undo();
    CHECK(dumpWorkspace(*s.ws) == amended);
    CHECK_FALSE(s.ws->entity(paymentId));
    stack.redo();
    stack.redo();
    CHECK(amountOf() == "7500");

    // Removing an actor (Delete in the list) and saving is one more step; undo puts it back.
    REQUIRE(
        test::waitFor([&] { return child<QListWidget>(form, "actorListWidget")->count() == 2; }));
    auto* actors = child<QListWidget>(form, "actorListWidget");
    actors->setFocus();
    actors->setCurrentRow(1);
    QTest::keyClick(actors, Qt::Key_Delete);
    QTest::keyClick(actors, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(form->errorText().isEmpty());
    auto removed = catalog.finding(created->key);
    CHECK(std::find(removed->entities.begin(), removed->entities.end(), gammaId) ==
          removed->entities.end());
    CHECK(s.ws->entity(gammaId)); // unlinked, not deleted
    {
        // The payment still goes to Gamma: removing an actor does not move it.
        auto payment = s.ws->entity(paymentId);
        REQUIRE(payment);
        for (const auto& st : payment->statements)
            if (st.prop == "beneficiary")
                CHECK(st.value == gammaId);
    }
    const std::string beforeRemoval = [&] {
        stack.undo();
        return dumpWorkspace(*s.ws);
    }();
    CHECK(catalog.finding(created->key)->entities.size() == 3);
    stack.redo();
    CHECK(catalog.finding(created->key)->entities.size() == 2);
    (void)beforeRemoval;
}

TEST_CASE("the finding form refuses bad input and keeps what was typed", "[ui][edit]")
{
    Setup s;
    QUndoStack stack;
    ui::FindingForm form;
    form.setWorkspace(s.ws.get());
    form.setUndoStack(&stack);
    form.show();
    form.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&form));
    QSignalSpy cancelled(&form, &ui::FindingForm::cancelled);

    QTest::keyClick(child<QLineEdit>(&form, "titleLineEdit"), Qt::Key_Return, Qt::ControlModifier);
    CHECK(form.errorText().contains(QStringLiteral("title")));
    QTest::keyClicks(child<QLineEdit>(&form, "titleLineEdit"), QStringLiteral("Something"));
    QTest::keyClicks(child<QLineEdit>(&form, "dateLineEdit"), QStringLiteral("May 2019"));
    QTest::keyClick(child<QLineEdit>(&form, "dateLineEdit"), Qt::Key_Return, Qt::ControlModifier);
    CHECK(form.errorText().contains(QStringLiteral("not a date")));
    CHECK(child<QLineEdit>(&form, "titleLineEdit")->text() == QStringLiteral("Something"));
    CHECK(*store::Catalog(*s.ws).countFindings({}) == 0);
    CHECK(stack.count() == 0);
    QTest::keyClick(child<QLineEdit>(&form, "dateLineEdit"), Qt::Key_Escape);
    CHECK(cancelled.count() == 1);
}

TEST_CASE("the finding form refuses an amount it cannot read and keeps what was typed",
          "[ui][edit]")
{
    Setup s;
    QUndoStack stack;
    ui::FindingForm form;
    form.setWorkspace(s.ws.get());
    form.setUndoStack(&stack);
    form.resize(1100, 760);
    form.show();
    form.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&form));
    const std::string before = dumpWorkspace(*s.ws);
    Keyboard kb;
    kb.type(QStringLiteral("A payment of an unknown sum"));
    kb.key(Qt::Key_C, Qt::AltModifier);
    kb.type(QStringLiteral("alph"));
    kb.key(Qt::Key_Return);
    kb.type(QStringLiteral("Beta Org"));
    kb.key(Qt::Key_Return);
    kb.key(Qt::Key_R, Qt::AltModifier);
    kb.type(QStringLiteral("p"));
    kb.key(Qt::Key_Tab);
    REQUIRE(focusName() == QStringLiteral("relationship_amountLineEdit"));
    kb.type(QStringLiteral("a lot"));
    kb.key(Qt::Key_Tab);
    CHECK(child<QLineEdit>(&form, "relationship_amountLineEdit")->text() ==
          QStringLiteral("a lot")); // kept as typed, to correct
    kb.key(Qt::Key_Return, Qt::ControlModifier);
    INFO(form.errorText().toStdString());
    CHECK(form.errorText().contains(QStringLiteral("a lot")));
    CHECK(child<QLineEdit>(&form, "titleLineEdit")->text() ==
          QStringLiteral("A payment of an unknown sum"));
    CHECK(stack.count() == 0);
    CHECK(dumpWorkspace(*s.ws) == before);
}

TEST_CASE("the findings view lists, opens, edits and deletes findings with undo", "[ui][edit]")
{
    Setup s;
    store::Editor editor(*s.ws, model::Model::builtin());
    for (int i = 0; i < 450; ++i) {
        store::FindingRecord r;
        r.title = "Finding " + std::to_string(i);
        r.date = "2020-01-" + std::string(i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1);
        r.dataset = "research";
        r.sources = {s.filing.key};
        REQUIRE(editor.createFinding(r));
    }
    QUndoStack stack;
    ui::FindingsView view;
    test::ModelTestWarnings warnings;
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    view.setWorkspace(s.ws.get());
    view.setUndoStack(&stack);
    {
        // Paging, on a model of its own (a view fetches what it needs to fill itself).
        ui::FindingTableModel model;
        model.setWorkspace(s.ws.get());
        CHECK(model.rowCount() == ui::FindingTableModel::kPageSize);
        CHECK(model.totalCount() == 450);
        QAbstractItemModelTester pageTester(
            &model, QAbstractItemModelTester::FailureReportingMode::Warning);
        while (model.canFetchMore({}))
            model.fetchMore({});
        CHECK(model.rowCount() == 450);
        model.sort(ui::FindingTableModel::TitleColumn, Qt::AscendingOrder);
        CHECK(model.index(0, 0).data().toString() == QStringLiteral("Finding 0"));
        CHECK(model.index(0, ui::FindingTableModel::SourcesColumn).data().toInt() == 1);
        model.sort(ui::FindingTableModel::DateColumn, Qt::DescendingOrder);
        CHECK(model.index(0, ui::FindingTableModel::DateColumn).data().toString() ==
              QStringLiteral("2020-01-28"));
    }
    view.resize(1200, 700);
    view.show();

    auto* search = child<QLineEdit>(&view, "findingSearchLineEdit");
    QTest::keyClicks(search, QStringLiteral("Finding 449"));
    REQUIRE(test::waitFor([&] { return view.model()->totalCount() == 1; }));
    CHECK(view.model()->index(0, 0).data().toString() == QStringLiteral("Finding 449"));

    auto* table = view.table();
    table->setFocus();
    table->setCurrentIndex(view.model()->index(0, 0));
    REQUIRE(view.editor()->isVisible());
    CHECK(table->hasFocus()); // moving in the list leaves the keyboard there
    auto* title = child<QLineEdit>(view.editor(), "titleLineEdit");
    title->setFocus();
    CHECK(title->text() == QStringLiteral("Finding 449"));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Finding 449, revised"));
    QTest::keyClick(title, Qt::Key_Return, Qt::ControlModifier);
    INFO(view.editor()->errorText().toStdString());
    store::Catalog catalog(*s.ws);
    const QString key = view.model()->keyAt(0);
    CHECK(catalog.finding(key.toStdString())->title == "Finding 449, revised");
    stack.undo();
    CHECK(catalog.finding(key.toStdString())->title == "Finding 449");

    search->clear();
    REQUIRE(test::waitFor([&] { return view.model()->totalCount() == 450; }));
    view.showFinding(key);

    // Moving to another finding with changes not saved asks first: Cancel stays, Discard goes.
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Not saved yet"));
    REQUIRE(view.editor()->isModified());
    auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box)
                box->button(button)->click();
        });
    };
    const int editedRow = table->currentIndex().row();
    answer(QMessageBox::Cancel);
    table->setCurrentIndex(view.model()->index(editedRow == 0 ? 1 : 0, 0));
    CHECK(view.model()->keyAt(table->currentIndex().row()) == key);
    CHECK(title->text() == QStringLiteral("Not saved yet"));
    answer(QMessageBox::Discard);
    table->setCurrentIndex(view.model()->index(editedRow == 0 ? 1 : 0, 0));
    CHECK(view.model()->keyAt(table->currentIndex().row()) != key);
    CHECK(view.editor()->editedKey() != key);
    CHECK(catalog.finding(key.toStdString())->title == "Finding 449"); // nothing written
    view.activateWindow(); // the question box was the active window
    REQUIRE(QTest::qWaitForWindowActive(&view));
    view.showFinding(key);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(*catalog.countFindings({}) == 449);
    CHECK(view.model()->totalCount() == 449);
    stack.undo();
    CHECK(*catalog.countFindings({}) == 450);
    CHECK(catalog.finding(key.toStdString())->sources.size() == 1);
    INFO(warnings.text());
    CHECK(warnings.empty());
}

TEST_CASE("the entity editor adds, edits (merged) and removes values with undo", "[ui][edit]")
{
    Setup s;
    QUndoStack stack;
    ui::EntityEditor editor;
    editor.setWorkspace(s.ws.get());
    editor.setUndoStack(&stack);
    editor.resize(900, 700);
    editor.show();
    editor.showEntity(QString::fromStdString(s.alpha));

    // A country by name, through the line editor of its type.
    REQUIRE(editor.selectProperty(QStringLiteral("country")));
    auto* line = child<QLineEdit>(&editor, "valueLineEdit");
    REQUIRE(line->isVisible());
    QTest::keyClicks(line, QStringLiteral("Kenya"));
    QTest::keyClick(line, Qt::Key_Return);
    INFO(editor.errorText().toStdString());
    auto has = [&](const std::string& prop, const std::string& value) {
        auto d = s.ws->entity(s.alpha);
        REQUIRE(d);
        for (const auto& st : d->statements)
            if (st.prop == prop && st.value == value)
                return true;
        return false;
    };
    CHECK(has("country", "ke"));
    // A bad date is refused with a message, nothing stored.
    REQUIRE(editor.selectProperty(QStringLiteral("incorporationDate")));
    QTest::keyClicks(line, QStringLiteral("2019-14-01"));
    QTest::keyClick(line, Qt::Key_Return);
    CHECK_FALSE(editor.errorText().isEmpty());
    CHECK(stack.count() == 1);
    stack.undo();
    CHECK_FALSE(has("country", "ke"));
    stack.redo();
    CHECK(has("country", "ke"));

    // Editing the name twice in a row is one undo step.
    QTreeWidget* tree = editor.valueTree();
    auto findValue = [&](const QString& text) -> QTreeWidgetItem* {
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
                if (tree->topLevelItem(i)->child(j)->text(0) == text)
                    return tree->topLevelItem(i)->child(j);
        return nullptr;
    };
    QTreeWidgetItem* name = findValue(QStringLiteral("Alpha Foundation"));
    REQUIRE(name);
    name->setText(0, QStringLiteral("Alpha Foundation Inc"));
    REQUIRE(test::waitFor([&] { return findValue(QStringLiteral("Alpha Foundation Inc")); }));
    findValue(QStringLiteral("Alpha Foundation Inc"))->setText(0, QStringLiteral("Alpha Fdn"));
    REQUIRE(test::waitFor([&] { return findValue(QStringLiteral("Alpha Fdn")); }));
    CHECK(s.ws->entity(s.alpha)->entity.caption == "Alpha Fdn");
    CHECK(stack.count() == 2); // the country, and one merged edit of the name
    stack.undo();
    CHECK(s.ws->entity(s.alpha)->entity.caption == "Alpha Foundation");
    REQUIRE(test::waitFor([&] { return findValue(QStringLiteral("Alpha Foundation")); }));

    // Delete removes the selected value.
    QTreeWidgetItem* country = findValue(QStringLiteral("Kenya"));
    REQUIRE(country);
    tree->setFocus();
    tree->setCurrentItem(country);
    QTest::keyClick(tree, Qt::Key_Delete);
    CHECK_FALSE(has("country", "ke"));
    stack.undo();
    CHECK(has("country", "ke"));
}

TEST_CASE("the sources view shows what cites a source and refuses to delete it", "[ui][edit]")
{
    Setup s;
    store::Editor editor(*s.ws, model::Model::builtin());
    store::FindingDraft d;
    d.finding.title = "Alpha funds a campaign";
    d.finding.dataset = "research";
    d.finding.entities = {s.alpha};
    d.finding.sources = {s.filing.key};
    d.newEntities.push_back({{}, "Person", {{"name", "Jane Roe"}}});
    REQUIRE(editor.recordFinding(d));

    QUndoStack stack;
    ui::SourcesView view;
    test::ModelTestWarnings warnings;
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    view.setWorkspace(s.ws.get());
    view.setUndoStack(&stack);
    view.resize(1200, 700);
    view.show();
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.model()->index(0, ui::SourceTableModel::GradingColumn).data().toString() ==
          QStringLiteral("B2"));
    view.showSource(QString::fromStdString(s.filing.key));
    QTreeWidget* cites = view.citations();
    REQUIRE(cites->topLevelItemCount() == 2);
    CHECK(cites->topLevelItem(0)->text(0) == QStringLiteral("Findings (1)"));
    CHECK(cites->topLevelItem(0)->child(0)->text(0) == QStringLiteral("Alpha funds a campaign"));
    CHECK(cites->topLevelItem(1)->text(0) == QStringLiteral("Values (1)"));
    CHECK(cites->topLevelItem(1)->child(0)->text(0).startsWith(QStringLiteral("Jane Roe")));

    QTest::mouseClick(child<QPushButton>(&view, "deleteSourceButton"), Qt::LeftButton);
    CHECK(view.errorText().contains(QStringLiteral("cited by 1 finding")));
    CHECK(*store::Catalog(*s.ws).countSources({}) == 1);

    // A new source typed in and saved, graded by keyboard; its edit is undoable.
    QTest::mouseClick(child<QPushButton>(&view, "newSourceButton"), Qt::LeftButton);
    auto* title = child<QLineEdit>(&view, "sourceTitleLineEdit");
    QTest::keyClicks(title, QStringLiteral("Court ruling"));
    QTest::keyClicks(child<QComboBox>(&view, "sourceReliabilityComboBox"), QStringLiteral("c"));
    QTest::keyClick(title, Qt::Key_Return);
    INFO(view.errorText().toStdString());
    CHECK(*store::Catalog(*s.ws).countSources({}) == 2);
    CHECK(store::Catalog(*s.ws).source(view.currentKey().toStdString())->reliability == "C");
    stack.undo();
    CHECK(*store::Catalog(*s.ws).countSources({}) == 1);
    INFO(warnings.text());
    CHECK(warnings.empty());
}

TEST_CASE("the taxonomy view adds, renames and removes tactics with undo", "[ui][edit]")
{
    Setup s;
    QUndoStack stack;
    ui::TaxonomyView view;
    view.setWorkspace(s.ws.get());
    view.setUndoStack(&stack);
    view.show();
    auto* tactics = child<QListWidget>(&view, "tacticListWidget");
    const int before = tactics->count();
    QTest::keyClicks(child<QLineEdit>(&view, "newTacticLineEdit"), QStringLiteral("Fake polls"));
    QTest::keyClick(child<QLineEdit>(&view, "newTacticLineEdit"), Qt::Key_Return);
    CHECK(tactics->count() == before + 1);
    auto items = tactics->findItems(QStringLiteral("Fake polls"), Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    items.front()->setText(QStringLiteral("Fake opinion polls"));
    REQUIRE(test::waitFor([&] {
        return !tactics->findItems(QStringLiteral("Fake opinion polls"), Qt::MatchExactly)
                    .isEmpty();
    }));
    stack.undo();
    REQUIRE(test::waitFor([&] {
        return !tactics->findItems(QStringLiteral("Fake polls"), Qt::MatchExactly).isEmpty();
    }));
    tactics->setFocus();
    tactics->setCurrentItem(tactics->findItems(QStringLiteral("Fake polls"), Qt::MatchExactly)[0]);
    QTest::keyClick(tactics, Qt::Key_Delete);
    CHECK(tactics->count() == before);
    stack.undo();
    CHECK(tactics->count() == before + 1);
    // A tactic in use cannot be removed.
    store::Editor editor(*s.ws, model::Model::builtin());
    store::FindingRecord r;
    r.title = "Uses disinformation";
    r.dataset = "research";
    r.tactics = {"disinformation"};
    REQUIRE(editor.createFinding(r));
    view.reload();
    tactics->setCurrentItem(
        tactics->findItems(QStringLiteral("Disinformation"), Qt::MatchExactly)[0]);
    QTest::keyClick(tactics, Qt::Key_Delete);
    CHECK(view.errorText().contains(QStringLiteral("1 finding uses it")));
}

TEST_CASE("undo survives switching between views", "[ui][edit]")
{
    Setup s;
    QUndoStack stack;
    ui::FindingsView findings;
    ui::SourcesView sources;
    for (QWidget* w : {static_cast<QWidget*>(&findings), static_cast<QWidget*>(&sources)})
        w->resize(900, 600);
    findings.setWorkspace(s.ws.get());
    findings.setUndoStack(&stack);
    sources.setWorkspace(s.ws.get());
    sources.setUndoStack(&stack);
    sources.show();
    store::FindingDraft d;
    d.finding.title = "Recorded while the sources were shown";
    d.finding.dataset = "research";
    d.finding.sources = {s.filing.key};
    CHECK(ui::pushEdit(&stack, new ui::RecordFindingCommand(s.ws.get(), d)).isEmpty());
    sources.hide();
    findings.show();
    findings.reload();
    CHECK(findings.model()->totalCount() == 1);
    stack.undo();
    CHECK(findings.model()->totalCount() == 0);
    findings.hide();
    sources.show();
    stack.redo();
    CHECK(sources.model()
              ->index(0, ui::SourceTableModel::CitedColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("1 finding")));
}

TEST_CASE("an undo that no longer applies is refused, reported and dropped", "[ui][edit]")
{
    Setup s;
    QUndoStack stack;
    store::FindingDraft d;
    d.finding.title = "With a new source";
    d.finding.dataset = "research";
    store::NewSource ns;
    ns.record.title = "Leaked memo";
    d.newSources.push_back(ns);
    auto* command = new ui::RecordFindingCommand(s.ws.get(), d);
    REQUIRE(ui::pushEdit(&stack, command).isEmpty());
    // Something else now cites the new source (outside the history).
    store::Catalog catalog(*s.ws);
    auto rows = catalog.sources("Leaked", 0, 1);
    REQUIRE(rows);
    REQUIRE(rows->size() == 1);
    store::Editor editor(*s.ws, model::Model::builtin());
    REQUIRE(editor.addValue({s.alpha,
                             "alias",
                             "AF",
                             "research",
                             rows->front().source.key,
                             {},
                             store::Sensitivity::Public}));
    QSignalSpy failed(ui::EditEvents::instance(), &ui::EditEvents::failed);
    stack.undo();
    REQUIRE(failed.count() == 1);
    CHECK(failed.front().front().toString().contains(QStringLiteral("now cited by")));
    CHECK(*catalog.countFindings({}) == 1); // nothing was half undone
    CHECK(stack.count() == 0);              // the command was dropped
}

TEST_CASE("a file attached to an existing source is one undoable step", "[ui][edit][undo]")
{
    Setup s;
    QUndoStack stack;
    ui::SourcesView view;
    view.setWorkspace(s.ws.get());
    view.setUndoStack(&stack);
    view.resize(1200, 700);
    view.show();
    view.showSource(QString::fromStdString(s.filing.key));
    const std::string before = dumpWorkspace(*s.ws);

    const std::string path = s.dir.write("990 scan.pdf", "%PDF-1.4 scanned filing");
    REQUIRE(view.attachFileAt(QString::fromStdString(path)));
    QTest::mouseClick(child<QPushButton>(&view, "saveSourceButton"), Qt::LeftButton);
    INFO(view.errorText().toStdString());
    REQUIRE(view.errorText().isEmpty());
    store::Catalog catalog(*s.ws);
    CHECK(catalog.source(s.filing.key)->attachmentName == "990 scan.pdf");
    CHECK(catalog.source(s.filing.key)->attachmentSha256.size() == 64);
    const std::string attached = dumpWorkspace(*s.ws);
    REQUIRE(stack.count() == 1); // the file and the edit of the fields: one step

    stack.undo();
    CHECK(catalog.source(s.filing.key)->attachmentSha256.empty()); // the link is gone
    CHECK(dumpWorkspace(*s.ws) == before); // and so are the bytes only it had stored
    CHECK(child<QLabel>(&view, "attachmentLabel")->text() == QStringLiteral("none"));
    stack.redo();
    CHECK(catalog.source(s.filing.key)->attachmentName == "990 scan.pdf");
    CHECK(dumpWorkspace(*s.ws) == attached);

    // A missing file is refused with its reason; nothing changes.
    CHECK_FALSE(view.attachFileAt(QString::fromStdString(s.dir.file("missing.pdf"))));
    CHECK(view.errorText().contains(QStringLiteral("missing.pdf")));
    CHECK(dumpWorkspace(*s.ws) == attached);
}

TEST_CASE("a file attached to a source whose edit is refused is not kept", "[ui][edit][undo]")
{
    Setup s;
    QUndoStack stack;
    ui::SourcesView view;
    view.setWorkspace(s.ws.get());
    view.setUndoStack(&stack);
    view.resize(1200, 700);
    view.show();
    view.showSource(QString::fromStdString(s.filing.key));
    const std::string before = dumpWorkspace(*s.ws);

    const std::string path = s.dir.write("990 scan.pdf", "%PDF-1.4 scanned filing");
    REQUIRE(view.attachFileAt(QString::fromStdString(path)));
    auto* published = child<QLineEdit>(&view, "sourcePublishedLineEdit");
    published->setText(QStringLiteral("spring 2019"));
    QTest::mouseClick(child<QPushButton>(&view, "saveSourceButton"), Qt::LeftButton);
    INFO(view.errorText().toStdString());
    CHECK(view.errorText().contains(QStringLiteral("spring 2019")));
    CHECK(stack.count() == 0);
    CHECK(dumpWorkspace(*s.ws) == before); // neither the link nor the bytes stay
}

TEST_CASE("a URL pasted into the source field makes a new source from it", "[ui][edit]")
{
    Setup s;
    store::Editor editor(*s.ws, model::Model::builtin());
    store::SourceRecord known;
    known.title = "Court ruling";
    known.url = "https://courts.example.net/ruling/2021-17";
    REQUIRE(editor.createSource(known));
    ui::FindingForm form;
    form.setWorkspace(s.ws.get());
    form.resize(1100, 760);
    form.show();
    form.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&form));
    QTest::keyClick(&form, Qt::Key_U, Qt::AltModifier);
    REQUIRE(focusName() == QStringLiteral("suggestLineEdit"));

    // A URL a source already has: that source is offered first, Return takes it.
    QTest::keyClicks(QApplication::focusWidget(), QString::fromStdString(known.url));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto* list = child<QListWidget>(&form, "sourceListWidget");
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text() == QStringLiteral("Court ruling"));

    // A new URL: a new source with it, the publisher its host (shown, to change), the title
    // to type.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("https://www.example.org/a/b"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(focusName() == QStringLiteral("sourceTitleLineEdit"));
    CHECK(child<QLineEdit>(&form, "sourceUrlLineEdit")->text() ==
          QStringLiteral("https://www.example.org/a/b"));
    CHECK(child<QLineEdit>(&form, "sourcePublisherLineEdit")->text() ==
          QStringLiteral("example.org"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Donor list"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(list->count() == 2);
    CHECK(list->item(1)->text().startsWith(QStringLiteral("Donor list")));
}

TEST_CASE("short dates and amounts are read unambiguously and shown back", "[ui][edit]")
{
    const QDate today(2026, 11, 21);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale fr(QLocale::French, QLocale::France);
    const QLocale c = QLocale::c();
    auto date = [&](const char* typed, const QLocale& l, const char* ctx = "") {
        auto d = ui::parseDateInput(QString::fromUtf8(typed), QString::fromUtf8(ctx), l, today);
        return d ? d->toStdString() : std::string("(none)");
    };
    CHECK(date("2020", c) == "2020");
    CHECK(date("2020-3", c) == "2020-03");
    CHECK(date("3.2020", c) == "2020-03");
    CHECK(date("2020-3-5", c) == "2020-03-05");
    CHECK(date("2020/03/05", c) == "2020-03-05");
    CHECK(date("20200305", c) == "2020-03-05");
    CHECK(date("5/3/2020", us) == "2020-05-03");  // month first in the US
    CHECK(date("5/3/2020", fr) == "2020-03-05");  // day first in France
    CHECK(date("15/3/2020", us) == "2020-03-15"); // only one reading is a date
    CHECK(date("3/15/2020", fr) == "2020-03-15");
    CHECK(date("1", c, "2019-05") == "2019-05-01");
    CHECK(date("1", c, "2019") == "(none)"); // no month to put the day in
    CHECK(date("21", c) == "2026-11-21");
    CHECK(date("15.3", fr, "2019-05") == "2019-03-15");
    CHECK(date("t", c) == "2026-11-21");
    CHECK(date("-3", c) == "2026-11-18");
    CHECK(date("+10", c) == "2026-12-01");
    CHECK(date("", c) == "");
    for (const char* bad :
         {"2019-13", "2019-02-30", "31.4.2020", "May 2019", "2020-1-", "12345", "99"})
        CHECK(date(bad, c) == "(none)");

    auto amount = [&](const char* typed, const QLocale& l) {
        auto a = ui::parseAmountInput(QString::fromUtf8(typed), l);
        return a ? (a->amount + QLatin1Char('|') + a->currency).toStdString()
                 : std::string("(none)");
    };
    CHECK(amount("50000", us) == "50000|");
    CHECK(amount("50k", us) == "50000|");
    CHECK(amount("1.2m USD", us) == "1200000|USD");
    CHECK(amount("2m usd", us) == "2000000|USD");
    CHECK(amount("EUR 50,000", us) == "50000|EUR");
    CHECK(amount("2,000,000", us) == "2000000|");
    CHECK(amount("1,250.50", us) == "1250.5|");
    CHECK(amount("1.250,50 EUR", fr) == "1250.5|EUR");
    CHECK(amount("1,5m", fr) == "1500000|");
    CHECK(amount("3bn", us) == "3000000000|");
    CHECK(amount("0.25k", us) == "250|");
    CHECK(amount("\u20ac300", us) == "300|EUR");
    for (const char* bad : {"", "abc", "50 XYZ", "k", "2m USD EUR", "1.5.5"})
        CHECK(amount(bad, us) == "(none)");

    CHECK(ui::matchScore(QStringLiteral("Opaque financing"), QStringLiteral("op")) >
          ui::matchScore(QStringLiteral("Co-opting human-rights language"), QStringLiteral("op")));
    CHECK(ui::matchScore(QStringLiteral("Funding local proxies"), QStringLiteral("lp")) > 0);
    CHECK(ui::matchScore(QStringLiteral("Funding local proxies"), QStringLiteral("loc prox")) > 0);
    CHECK(ui::matchScore(QStringLiteral("Funding local proxies"), QStringLiteral("prox loc")) == 0);
    CHECK(ui::matchScore(QStringLiteral("Astroturfing"), QStringLiteral("lp")) == 0);
}

TEST_CASE("the entity editor and the sources page take short dates", "[ui][edit]")
{
    Setup s;
    QUndoStack stack;
    ui::EntityEditor editor;
    editor.setWorkspace(s.ws.get());
    editor.setUndoStack(&stack);
    editor.resize(900, 700);
    editor.show();
    editor.showEntity(QString::fromStdString(s.alpha));
    REQUIRE(editor.selectProperty(QStringLiteral("incorporationDate")));
    auto* line = child<QLineEdit>(&editor, "valueLineEdit");
    QTest::keyClicks(line, QStringLiteral("20190315"));
    QTest::keyClick(line, Qt::Key_Return);
    INFO(editor.errorText().toStdString());
    REQUIRE(editor.errorText().isEmpty());
    auto has = [&](const std::string& prop, const std::string& value) {
        auto d = s.ws->entity(s.alpha);
        REQUIRE(d);
        for (const auto& st : d->statements)
            if (st.prop == prop && st.value == value)
                return true;
        return false;
    };
    CHECK(has("incorporationDate", "2019-03-15"));
    // A name is never read as a date, even when it looks like one.
    REQUIRE(editor.selectProperty(QStringLiteral("alias")));
    QTest::keyClicks(line, QStringLiteral("2019"));
    QTest::keyClick(line, Qt::Key_Return);
    CHECK(has("alias", "2019"));

    ui::SourcesView view;
    view.setWorkspace(s.ws.get());
    view.setUndoStack(&stack);
    view.show();
    view.showSource(QString::fromStdString(s.filing.key));
    auto* published = child<QLineEdit>(&view, "sourcePublishedLineEdit");
    published->setFocus();
    published->selectAll();
    QTest::keyClicks(published, QStringLiteral("2020-3"));
    QTest::keyClick(published, Qt::Key_Return);
    INFO(view.errorText().toStdString());
    CHECK(store::Catalog(*s.ws).source(s.filing.key)->published == "2020-03");
}

TEST_CASE("the full finding with a PDF that states no date", "[ui][edit][keystrokes]")
{
    Setup s;
    QUndoStack stack;
    ui::FindingForm form;
    form.setWorkspace(s.ws.get());
    form.setUndoStack(&stack);
    form.resize(1100, 760);
    form.show();
    form.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&form));
    Keyboard kb = recordFullFinding(s, &form, false);
    WARN("the full finding, its PDF stating no date, took " << kb.keystrokes << " keystrokes ("
                                                            << kb.content << " typing content)");
    CHECK(kb.keystrokes <= 154);
    store::Catalog catalog(*s.ws);
    auto rows = catalog.findings({}, store::FindingSort::Date, true, 0, 1);
    REQUIRE(rows);
    REQUIRE(rows->size() == 1);
    auto f = catalog.finding(rows->front().key);
    REQUIRE(f);
    REQUIRE(f->sources.size() == 2);
    CHECK(catalog.source(f->sources.back())->published == "2020-01-15");
}
