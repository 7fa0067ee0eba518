// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV mapping editor and the import dialog's CSV preview, driven through their widgets.
#include "ImportDialog.h"
#include "MainWindow.h"
#include "import/CsvFilterDialog.h"
#include "import/CsvMappingEditor.h"
#include "import/CsvPreview.h"

#include "UiTestUtil.h"
#include "io/Export.h"
#include "io/Mapping.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <filesystem>
#include <functional>

using namespace commonplace;
using commonplace::test::TempDir;
using commonplace::test::waitFor;
using commonplace::ui::CsvMappingEditor;
using commonplace::ui::ImportDialog;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* w = parent.findChild<T*>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

// Picks the item whose data (or, failing that, text) is `value`, by keyboard: Home, then Down
// until it is current. What a person does in a closed combo box.
void chooseByKeyboard(QComboBox* combo, const QString& value)
{
    int index = combo->findData(value);
    if (index < 0)
        index = combo->findText(value, Qt::MatchStartsWith);
    REQUIRE(index >= 0);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    REQUIRE(combo->currentIndex() == index);
}

// Ticks a key column by keyboard: the column made current, then Space.
void tickKey(QListWidget* keys, const QString& column)
{
    const auto found = keys->findItems(column, Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    keys->setFocus();
    keys->setCurrentItem(found.front());
    QTest::keyClick(keys, Qt::Key_Space);
    REQUIRE(found.front()->checkState() == Qt::Checked);
}

QStringList topLevelTexts(QTreeWidget* tree, int column)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(column);
    return out;
}

QStringList itemTexts(QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

// Every entity and value of a workspace, as sorted FtM lines.
std::string exportedText(const store::Workspace& ws, const TempDir& dir, const std::string& name)
{
    const std::string path = dir.file(name + ".ijson");
    REQUIRE(io::exportFtm(ws, path, io::ExportOptions{}));
    std::string text = test::readFile(path);
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        lines.push_back(text.substr(pos, end - pos));
        pos = end == std::string::npos ? text.size() : end + 1;
    }
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (const auto& l : lines)
        out += l + "\n";
    return out;
}

const char* kPaymentsCsv = "Name,Company,Amount,Paid on,Country\n"
                           "Ana Example,Acme Ltd,1000,2020-01-05,Kenya\n"
                           "Bo Beispiel,Beta GmbH,250,05.03.2021,Atlantis\n"
                           ",Acme Ltd,10,2020-02-01,Peru\n";

// Adds a property by picking it in the property picker and clicking "Add property".
void addProperty(CsvMappingEditor& editor, const char* property)
{
    chooseByKeyboard(child<QComboBox>(editor, "propertyPickerComboBox"), QLatin1String(property));
    QTest::mouseClick(child<QPushButton>(editor, "addPropertyButton"), Qt::LeftButton);
}

void addEntity(CsvMappingEditor& editor, const char* schema)
{
    chooseByKeyboard(child<QComboBox>(editor, "newSchemaComboBox"), QLatin1String(schema));
    QTest::mouseClick(child<QPushButton>(editor, "addEntityButton"), Qt::LeftButton);
}

} // namespace

TEST_CASE("the mapping editor builds a mapping by keyboard and clicks, previews it, and the "
          "import makes those entities",
          "[ui][csvmapping]")
{
    QSettings().clear();
    TempDir dir;
    const std::string csv = dir.write("payments.csv", kPaymentsCsv);
    CsvMappingEditor editor(q(csv));
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));

    // The file as read: comma, UTF-8, the first rows in the table.
    CHECK(child<QComboBox>(editor, "delimiterComboBox")->currentData().toInt() == int(','));
    CHECK(child<QComboBox>(editor, "encodingComboBox")->currentIndex() == 0);
    auto* rows = child<QTableWidget>(editor, "csvRowsTable");
    CHECK(rows->rowCount() == 3);
    CHECK(rows->columnCount() == 5);
    CHECK(rows->item(0, 1)->text() == QStringLiteral("Acme Ltd"));
    // Nothing mapped yet: the status says what to do.
    CHECK(editor.statusText().contains(QStringLiteral("no entities")));

    auto* keys = child<QListWidget>(editor, "keyColumnsList");
    auto* sourceColumn = child<QComboBox>(editor, "sourceColumnComboBox");
    auto* sourceEntity = child<QComboBox>(editor, "sourceEntityComboBox");
    auto* properties = child<QTableWidget>(editor, "propertiesTable");

    // A Person: its name comes from "Name" by itself (a column named like the property).
    addEntity(editor, "Person");
    CHECK(child<QLineEdit>(editor, "entityNameLineEdit")->text() == QStringLiteral("person"));
    REQUIRE(properties->rowCount() == 1);
    CHECK(properties->item(0, 1)->text().contains(QStringLiteral("Name")));
    CHECK(properties->item(0, 2)->text().contains(QStringLiteral("Ana Example")));
    tickKey(keys, QStringLiteral("Name"));
    addProperty(editor, "nationality");
    chooseByKeyboard(sourceColumn, QStringLiteral("Country"));
    CHECK(child<QLabel>(editor, "sampleLabel")->text().contains(QStringLiteral("Kenya")));

    // A Company named from the "Company" column.
    addEntity(editor, "Company");
    CHECK(child<QLineEdit>(editor, "entityNameLineEdit")->text() == QStringLiteral("company"));
    tickKey(keys, QStringLiteral("Company"));
    REQUIRE(properties->rowCount() == 1);
    properties->setCurrentCell(0, 0);
    chooseByKeyboard(sourceColumn, QStringLiteral("Company"));

    // A Payment between them: payer and beneficiary pick the other entities of the row.
    addEntity(editor, "Payment");
    for (const char* k : {"Name", "Company", "Amount", "Paid on"})
        tickKey(keys, QLatin1String(k));
    // The picker offers the Payment's own properties only, with the model's labels.
    auto* picker = child<QComboBox>(editor, "propertyPickerComboBox");
    CHECK(picker->findData(QStringLiteral("payer")) < 0); // already mapped
    CHECK(picker->findData(QStringLiteral("birthDate")) < 0);
    REQUIRE(picker->findData(QStringLiteral("purpose")) >= 0);
    CHECK(picker->itemText(picker->findData(QStringLiteral("purpose"))) ==
          QStringLiteral("Payment purpose"));
    // Its required links come first, each to another entity of the row; its amount (what
    // names a payment) from the column of that name.
    REQUIRE(properties->rowCount() == 3);
    CHECK(properties->item(0, 0)->text() == QStringLiteral("Payer ★"));
    CHECK(properties->item(0, 1)->text() == QStringLiteral("entity “person”"));
    CHECK(properties->item(1, 1)->text() == QStringLiteral("entity “company”"));
    CHECK(properties->item(2, 1)->text() == QStringLiteral("column Amount"));
    // The beneficiary could be the person too; the target list offers the legal entities.
    properties->setCurrentCell(1, 0);
    CHECK(sourceEntity->count() == 2);
    CHECK(sourceEntity->currentData().toString() == QStringLiteral("company"));
    addProperty(editor, "date");
    chooseByKeyboard(sourceColumn, QStringLiteral("Paid on"));

    // The preview: entities of the first rows, and the problems of each row.
    editor.refreshPreview();
    INFO(editor.statusText().toStdString());
    auto* preview = child<QTreeWidget>(editor, "previewTree");
    const QStringList types = topLevelTexts(preview, 1);
    CHECK(types.count(QStringLiteral("Person")) == 2);
    CHECK(types.count(QStringLiteral("Company")) == 2);
    CHECK(types.count(QStringLiteral("Payment")) == 3);
    CHECK(editor.statusText().contains(QStringLiteral("make 7 entities")));
    const QStringList issues = itemTexts(child<QListWidget>(editor, "issuesList"));
    INFO(issues.join(QLatin1Char('\n')).toStdString());
    CHECK(issues
              .filter(QStringLiteral("Line 3: property 'date' of 'payment', column 'Paid on': "
                                     "'05.03.2021' is not an ISO date"))
              .size() == 1);
    CHECK(issues
              .filter(QStringLiteral("Line 3: property 'nationality' of 'person', column "
                                     "'Country': 'Atlantis' is not a country"))
              .size() == 1);
    CHECK(issues
              .filter(QStringLiteral("Line 4: no 'person' is made from this row: its key "
                                     "column 'Name' is empty"))
              .size() == 1);
    // The problem's cell is marked in the table of rows.
    CHECK(rows->item(1, 3)->toolTip().contains(QStringLiteral("05.03.2021")));

    // A date format fixes the date: its problem goes away.
    auto* format = child<QLineEdit>(editor, "dateFormatLineEdit");
    REQUIRE(format->isEnabled());
    format->setFocus();
    format->selectAll();
    QTest::keyClicks(format, QStringLiteral("%d.%m.%Y"));
    editor.refreshPreview();
    CHECK(itemTexts(child<QListWidget>(editor, "issuesList"))
              .filter(QStringLiteral("05.03.2021"))
              .isEmpty());
    // ... but now the ISO dates do not fit it. Back to ISO for this test.
    format->selectAll();
    QTest::keyClick(format, Qt::Key_Delete);
    editor.refreshPreview();

    // Save, and "Use This Mapping" closes the editor with the file.
    const QString mappingPath = q(dir.file("payments.mapping.json"));
    REQUIRE(editor.saveMapping(mappingPath));
    QTest::mouseClick(editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    CHECK(editor.result() == QDialog::Accepted);
    CHECK(editor.mappingFile() == mappingPath);

    // The import dialog takes that mapping, and the window imports it in the background.
    ImportDialog dialog(q(csv));
    child<QLineEdit>(dialog, "mappingLineEdit")->setText(mappingPath);
    CHECK(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    const auto request = dialog.request();

    test::workspaceWith(dir, "ftm/zala.ftm.json", "zala");
    ui::MainWindow window;
    REQUIRE(window.openWorkspace(q(dir.file("test.commonplace"))));
    const auto before = window.workspace()->stats();
    REQUIRE(before);
    QSignalSpy finished(&window, &ui::MainWindow::taskFinished);
    window.startImport(request);
    REQUIRE(waitFor([&] { return finished.count() == 1; }, 20000));
    INFO(window.notice().toStdString());
    REQUIRE(finished.at(0).at(0).toBool());
    const auto after = window.workspace()->stats();
    REQUIRE(after);
    CHECK(after->entities == before->entities + 7);
    CHECK(after->datasets.count("payments") == 1);
    auto hits = window.workspace()->search("Beta GmbH", 5);
    REQUIRE(hits);
    REQUIRE(hits->size() == 1);
    CHECK(hits->front().schema == "Company");
}

TEST_CASE("a mapping saved by the editor reloads the same and the CLI imports it identically",
          "[ui][csvmapping]")
{
    TempDir dir;
    const std::string csv = test::fixture("ftm/donations.csv");
    const std::string original = test::sourcePath("resources/mappings/donations.json");
    const QString saved = q(dir.file("donations-saved.json"));
    std::string firstJson;
    {
        CsvMappingEditor editor(q(csv), q(original));
        // Four passes over the file, each its own entities; the filters are shown.
        auto* passes = child<QComboBox>(editor, "queryComboBox");
        CHECK(passes->count() == 4);
        chooseByKeyboard(passes, passes->itemText(1));
        CHECK(child<QLabel>(editor, "filtersLabel")->text().contains(QStringLiteral("DonorType")));
        auto m = editor.mapping();
        REQUIRE(m);
        firstJson = io::mappingToJson(*m);
        REQUIRE(editor.saveMapping(saved));
    }
    CsvMappingEditor reloaded(q(csv), saved);
    auto again = reloaded.mapping();
    REQUIRE(again);
    CHECK(io::mappingToJson(*again) == firstJson);
    CHECK(test::readFile(saved.toStdString()) == firstJson);

    // The app's import with the original and the CLI's with the saved mapping agree.
    auto inApp =
        store::Workspace::open(dir.file("app.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(inApp);
    io::ImportOptions o;
    o.format = io::Format::Csv;
    o.dataset = "donations";
    o.mappingPath = original;
    REQUIRE(io::importFile(**inApp, csv, o));

    const std::string cliPath = dir.file("cli.commonplace");
    const auto init = test::runCli("--workspace '" + cliPath + "' init", dir);
    REQUIRE(init.status == 0);
    const auto run =
        test::runCli("--workspace '" + cliPath + "' import '" + csv +
                         "' --dataset donations --mapping '" + saved.toStdString() + "'",
                     dir);
    INFO(run.err);
    REQUIRE(run.status == 0);
    auto cli = store::Workspace::open(cliPath, store::Workspace::Mode::OpenExisting);
    REQUIRE(cli);
    const std::string a = exportedText(**inApp, dir, "app");
    CHECK(std::count(a.begin(), a.end(), '\n') == 474);
    CHECK(a == exportedText(**cli, dir, "cli"));
}

TEST_CASE("a mapping without a key column is refused with a clear message and not written",
          "[ui][csvmapping]")
{
    TempDir dir;
    const std::string csv = dir.write("people.csv", "Name,Country\nAna,Kenya\n");
    CsvMappingEditor editor(q(csv));
    const QString path = q(dir.file("bad.json"));
    CHECK_FALSE(editor.saveMapping(path)); // nothing mapped at all
    CHECK(editor.statusText().contains(QStringLiteral("makes no entities")));

    addEntity(editor, "Person");
    CHECK_FALSE(editor.saveMapping(path));
    INFO(editor.statusText().toStdString());
    CHECK(editor.statusText().contains(
        QStringLiteral("Entity “person” has no key column: tick the columns")));
    CHECK_FALSE(std::filesystem::exists(path.toStdString()));
    // The preview says the same, rather than showing entities.
    editor.refreshPreview();
    CHECK(child<QTreeWidget>(editor, "previewTree")->topLevelItemCount() == 0);
    CHECK(editor.statusText().contains(QStringLiteral("has no key column")));

    // A property without a column is refused too; once fixed, it saves.
    tickKey(child<QListWidget>(editor, "keyColumnsList"), QStringLiteral("Name"));
    addProperty(editor, "birthDate");
    CHECK_FALSE(editor.saveMapping(path));
    CHECK(editor.statusText().contains(QStringLiteral("has no column: choose one")));
    CHECK_FALSE(std::filesystem::exists(path.toStdString()));
    QTest::mouseClick(child<QPushButton>(editor, "removePropertyButton"), Qt::LeftButton);
    CHECK(editor.saveMapping(path));
    CHECK(std::filesystem::exists(path.toStdString()));
}

TEST_CASE("the editor detects a semicolon-separated Windows-1252 file and lets the user change "
          "the delimiter",
          "[ui][csvmapping]")
{
    TempDir dir;
    const std::string csv = dir.write("legacy.csv", "Name;Land\nM\xFC"
                                                    "ller;Deutschland\nSe\xF1ora;Espa\xF1"
                                                    "a\n");
    CsvMappingEditor editor(q(csv));
    auto* delimiter = child<QComboBox>(editor, "delimiterComboBox");
    auto* encoding = child<QComboBox>(editor, "encodingComboBox");
    CHECK(delimiter->currentData().toInt() == int(';'));
    CHECK(encoding->currentData().toInt() == int(io::CsvEncoding::Windows1252));
    CHECK(child<QLabel>(editor, "detectedLabel")->text().contains(QStringLiteral("Semicolon")));
    auto* rows = child<QTableWidget>(editor, "csvRowsTable");
    REQUIRE(rows->columnCount() == 2);
    CHECK(rows->item(0, 0)->text() == QStringLiteral("Müller"));

    // A wrong delimiter shows at once: one column.
    chooseByKeyboard(delimiter, q(std::string()) + QStringLiteral("Comma"));
    CHECK(rows->columnCount() == 1);
    chooseByKeyboard(delimiter, QStringLiteral("Semicolon"));
    CHECK(rows->columnCount() == 2);

    addEntity(editor, "LegalEntity");
    tickKey(child<QListWidget>(editor, "keyColumnsList"), QStringLiteral("Name"));
    const QString path = q(dir.file("legacy.json"));
    REQUIRE(editor.saveMapping(path));
    auto m = io::loadMapping(path.toStdString());
    REQUIRE(m);
    CHECK(m->queries.front().delimiter == ';');
    CHECK(m->queries.front().encoding == io::CsvEncoding::Windows1252);
}

TEST_CASE("the editor reads a file without a header row with numbered columns", "[ui][csvmapping]")
{
    TempDir dir;
    const std::string csv = dir.write("plain.csv", "Ana Example,1980-02-03\nBo Beispiel,1975\n");
    CsvMappingEditor editor(q(csv));
    auto* header = child<QCheckBox>(editor, "headerCheckBox");
    CHECK_FALSE(header->isChecked()); // detected: the first row is data
    auto* rows = child<QTableWidget>(editor, "csvRowsTable");
    REQUIRE(rows->rowCount() == 2);
    CHECK(rows->horizontalHeaderItem(0)->text() == QStringLiteral("1"));
    CHECK(rows->item(0, 0)->text() == QStringLiteral("Ana Example"));

    addEntity(editor, "Person");
    tickKey(child<QListWidget>(editor, "keyColumnsList"), QStringLiteral("1"));
    auto* properties = child<QTableWidget>(editor, "propertiesTable");
    properties->setCurrentCell(0, 0);
    chooseByKeyboard(child<QComboBox>(editor, "sourceColumnComboBox"), QStringLiteral("1"));
    editor.refreshPreview();
    INFO(editor.statusText().toStdString());
    CHECK(topLevelTexts(child<QTreeWidget>(editor, "previewTree"), 0) ==
          QStringList{QStringLiteral("Ana Example"), QStringLiteral("Bo Beispiel")});

    // Ticked by the person: the first row becomes the column names.
    header->setFocus();
    QTest::keyClick(header, Qt::Key_Space);
    CHECK(header->isChecked());
    CHECK(rows->rowCount() == 1);
    CHECK(rows->horizontalHeaderItem(0)->text() == QStringLiteral("Ana Example"));
    editor.refreshPreview();
    CHECK(editor.statusText().contains(QStringLiteral("no column '1'")));
    QTest::keyClick(header, Qt::Key_Space);

    const QString path = q(dir.file("plain.json"));
    REQUIRE(editor.saveMapping(path));
    TempDir other;
    auto ws =
        store::Workspace::open(other.file("w.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    io::ImportOptions o;
    o.format = io::Format::Csv;
    o.mappingPath = path.toStdString();
    auto r = io::importFile(**ws, csv, o);
    REQUIRE(r);
    CHECK(r->entitiesCreated == 2);
}

TEST_CASE("Edit Mapping… in the import dialog opens the editor and takes the saved mapping",
          "[ui][csvmapping]")
{
    TempDir dir;
    const std::string csv = dir.write("people.csv", "Name,Country\nAna Example,Kenya\n");
    const QString path = q(dir.file("people.mapping.json"));
    ImportDialog dialog(q(csv));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* mapping = child<QLineEdit>(dialog, "mappingLineEdit");
    CHECK(mapping->text().isEmpty());

    bool sawEditor = false;
    // The editor is modal: drive it from the event loop it runs.
    QTimer::singleShot(0, [&] {
        auto* editor = qobject_cast<CsvMappingEditor*>(QApplication::activeModalWidget());
        if (!editor)
            return; // the check after the click fails
        sawEditor = true;
        addEntity(*editor, "Person");
        tickKey(child<QListWidget>(*editor, "keyColumnsList"), QStringLiteral("Name"));
        CHECK(editor->saveMapping(path));
        QTest::mouseClick(editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(dialog, "editMappingButton"), Qt::LeftButton);
    CHECK(sawEditor);
    CHECK(mapping->text() == path);
    REQUIRE(waitFor([&] { return !dialog.previewPending(); }));
    // The dialog's preview now shows what the new mapping makes.
    auto* entities = child<QTreeWidget>(dialog, "csvEntitiesTree");
    REQUIRE(entities->topLevelItemCount() == 1);
    CHECK(entities->topLevelItem(0)->text(0) == QStringLiteral("Ana Example"));
    CHECK(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
}

TEST_CASE("the import dialog previews a CSV file's first rows and the entities they make",
          "[ui][csvmapping]")
{
    TempDir dir;
    ImportDialog dialog(q(test::fixture("ftm/donations.csv")));
    auto* rows = child<QTableWidget>(dialog, "csvRowsTable");
    auto* entities = child<QTreeWidget>(dialog, "csvEntitiesTree");
    auto* status = child<QLabel>(dialog, "csvPreviewStatus");
    REQUIRE(waitFor([&] { return !dialog.previewPending(); }));
    CHECK(rows->rowCount() == ImportDialog::kPreviewRows);
    CHECK(rows->columnCount() == 9);
    CHECK(entities->topLevelItemCount() == 0);
    CHECK(status->text().contains(QStringLiteral("Edit Mapping")));

    child<QLineEdit>(dialog, "mappingLineEdit")
        ->setText(q(test::sourcePath("resources/mappings/donations.json")));
    REQUIRE(waitFor([&] { return !dialog.previewPending(); }));
    INFO(status->text().toStdString());
    CHECK(entities->topLevelItemCount() > 5);
    CHECK(topLevelTexts(entities, 1).contains(QStringLiteral("Payment")));
    CHECK(status->text().contains(QStringLiteral("first 5 rows")));

    // A mapping the file does not fit: the preview says why, with the file and its line.
    const std::string bad = dir.write("bad.json", R"({"queries": [{"entities": {
        "p": {"schema": "Person", "keys": ["Nom"]}}}]})");
    child<QLineEdit>(dialog, "mappingLineEdit")->setText(q(bad));
    REQUIRE(waitFor([&] { return !dialog.previewPending(); }));
    CHECK(entities->topLevelItemCount() == 0);
    CHECK(status->text().contains(QStringLiteral("donations.csv:1")));
    CHECK(status->text().contains(QStringLiteral("no column 'Nom'")));
}

// Hidden: puts the editor on screen with a small funding table mapped, for the screenshot in
// docs/screenshots/csv-mapping-editor.png:
//   /work/shared/tools/screenshot.sh out.png 10 build/release/tests/ui_tests "[.shot-csvmapping]"
TEST_CASE("the entity preview reuses its scratch workspace and starts empty every time",
          "[ui][csvmapping]")
{
    auto mapping = io::loadMapping(test::sourcePath("resources/mappings/donations.json"));
    REQUIRE(mapping);
    io::CsvOptions options;
    auto sample = io::readCsvSample(test::fixture("ftm/donations.csv"), options, 5);
    REQUIRE(sample);
    auto small = *sample;
    small.rows.resize(1);
    QTreeWidget tree;
    int five = 0, one = 0, again = 0;
    REQUIRE(
        ui::previewEntities(*mapping, *sample, QStringLiteral("d.csv"), &tree, &five).isEmpty());
    REQUIRE(ui::previewEntities(*mapping, small, QStringLiteral("d.csv"), &tree, &one).isEmpty());
    REQUIRE(
        ui::previewEntities(*mapping, *sample, QStringLiteral("d.csv"), &tree, &again).isEmpty());
    CHECK(one > 0);
    CHECK(one < five); // the earlier preview's entities did not stay behind
    CHECK(again == five);
    CHECK(tree.topLevelItemCount() == five);
}

TEST_CASE("the CSV mapping editor, with a mapping", "[.shot-csvmapping]")
{
    TempDir dir;
    const std::string csv = dir.write(
        "grants.csv",
        "Funder;Funder country;Recipient;Amount (USD);Date;Purpose\n"
        "Cedar Hollow Foundation;US;Family Watch Poland;250000;2019-05-01;Parental rights "
        "campaign\n"
        "Cedar Hollow Foundation;US;Vita e Famiglia;120000;2019-11-12;Conference\n"
        "Stiftung Lebensrecht;Deutschland;Family Watch Poland;80000;03.02.2020;Legal "
        "defence fund\n"
        "Ordo Iuris Friends;Polska;Vita e Famiglia;45000;2020-06-30;Training\n"
        "Cedar Hollow Foundation;US;;30000;2021-01-15;Unallocated\n"
        "Heartland Giving;Atlantis;Family Watch Poland;15000;2021-04-02;Media work\n");
    const std::string mapping = dir.write("grants.mapping.json", R"J({
  "description": "Grants to anti-rights groups, 2019-2021",
  "queries": [{
    "delimiter": ";",
    "entities": {
      "funder": {"schema": "Organization", "keys": ["Funder"],
                 "properties": {"name": {"column": "Funder"}, "country": {"column": "Funder country"}}},
      "recipient": {"schema": "Organization", "keys": ["Recipient"],
                    "properties": {"name": {"column": "Recipient"}}},
      "grant": {"schema": "Payment", "keys": ["Funder", "Recipient", "Date", "Amount (USD)"],
                "properties": {"payer": {"entity": "funder"}, "beneficiary": {"entity": "recipient"},
                               "amount": {"column": "Amount (USD)"}, "currency": {"literal": "USD"},
                               "date": {"column": "Date"}, "purpose": {"column": "Purpose"}}}
    }
  }]
})J");
    CsvMappingEditor editor(q(csv), q(mapping));
    editor.move(10, 10);
    editor.resize(1560, 960);
    editor.show();
    auto* entities = child<QListWidget>(editor, "entitiesList");
    entities->setCurrentRow(2);
    child<QTableWidget>(editor, "propertiesTable")->setCurrentCell(4, 0);
    editor.refreshPreview();
    // A payment open: its payer and beneficiary show by name.
    auto* tree = child<QTreeWidget>(editor, "previewTree");
    tree->collapseAll();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(1) == QStringLiteral("Payment")) {
            tree->topLevelItem(i)->setExpanded(true);
            tree->scrollToItem(tree->topLevelItem(i), QAbstractItemView::PositionAtTop);
            break;
        }
    QTest::qWait(60000);
}

// --- Session 4: filters, link names, lossless saving, load errors, a debounced preview ---

namespace {

const char* kGrantsCsv = "Funder,Kind,Recipient,Amount\n"
                         "Cedar Hollow Foundation,FOUNDATION,Family Watch,250000\n"
                         "Acme Holding,COMPANY,Vita e Famiglia,120000\n"
                         "Stiftung Lebensrecht,FOUNDATION,Family Watch,80000\n"
                         "anonymous,,Vita e Famiglia,500\n";

const char* kGrantsMapping = R"J({
  "description": "Grants, typed per funder kind",
  "queries": [
    {"description": "every funder",
     "entities": {
       "funder": {"schema": "LegalEntity", "keys": ["Funder"],
                  "properties": {"name": {"column": "Funder"}}},
       "recipient": {"schema": "Organization", "keys": ["Recipient"],
                     "properties": {"name": {"column": "Recipient"}}},
       "grant": {"schema": "Payment", "keys": ["Funder", "Recipient", "Amount"],
                 "properties": {"payer": {"entity": "funder"},
                                "beneficiary": {"entity": "recipient"},
                                "amount": {"column": "Amount"}}}}},
    {"filters": {"Kind": "COMPANY"},
     "entities": {"company": {"schema": "Company", "keys": ["Funder"]}}}
  ]
})J";

// Runs `drive` on the modal dialog `open` shows, once it is up.
template <typename Dialog>
bool driveModal(const std::function<void()>& open, const std::function<void(Dialog&)>& drive)
{
    bool saw = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        saw = true;
        drive(*dialog);
    });
    open();
    return saw;
}

} // namespace

TEST_CASE("the editor edits the row filters of each pass, and they are saved and reloaded",
          "[ui][csvmapping]")
{
    TempDir dir;
    const std::string csv = dir.write("grants.csv", kGrantsCsv);
    const std::string mappingPath = dir.write("grants.json", kGrantsMapping);
    CsvMappingEditor editor(q(csv), q(mappingPath));
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    REQUIRE(editor.loadError().isEmpty());
    auto* passes = child<QComboBox>(editor, "queryComboBox");
    auto* filtersLabel = child<QLabel>(editor, "filtersLabel");
    REQUIRE(passes->count() == 2);
    CHECK(filtersLabel->text() == QStringLiteral("Every row is read."));

    // Pass 2 reads companies; change it to read foundations and skip anonymous donors.
    chooseByKeyboard(passes, QStringLiteral("Pass 2 of 2"));
    CHECK(filtersLabel->text().contains(QStringLiteral("Kind = “COMPANY”")));
    const bool saw = driveModal<ui::CsvFilterDialog>(
        [&] { QTest::mouseClick(child<QPushButton>(editor, "rowFiltersButton"), Qt::LeftButton); },
        [&](ui::CsvFilterDialog& d) {
            auto* list = child<QListWidget>(d, "filterList");
            auto* values = child<QPlainTextEdit>(d, "filterValuesEdit");
            auto* count = child<QLabel>(d, "filterCountLabel");
            CHECK(list->count() == 1);
            CHECK(d.passingRows() == 1);
            CHECK(count->text() == QStringLiteral("1 of the first 4 rows pass these filters."));
            values->selectAll();
            values->setFocus();
            QTest::keyClicks(values, QStringLiteral("FOUNDATION"));
            CHECK(d.passingRows() == 2);
            // A second filter: skip the row whose funder is "anonymous" or empty.
            QTest::mouseClick(child<QPushButton>(d, "addFilterButton"), Qt::LeftButton);
            CHECK(list->count() == 2);
            chooseByKeyboard(child<QComboBox>(d, "filterColumnComboBox"), QStringLiteral("Funder"));
            chooseByKeyboard(child<QComboBox>(d, "filterRuleComboBox"), QStringLiteral("skips"));
            values->setFocus();
            QTest::keyClicks(values, QStringLiteral("anonymous"));
            child<QCheckBox>(d, "filterEmptyCheckBox")->setChecked(true);
            CHECK(list->item(1)->text() ==
                  QStringLiteral("Skip rows where Funder is (empty), “anonymous”"));
            CHECK(d.passingRows() == 2);
            d.accept();
        });
    REQUIRE(saw);
    CHECK(filtersLabel->text().contains(QStringLiteral("Kind = “FOUNDATION”")));
    CHECK(filtersLabel->text().contains(QStringLiteral("not Funder = “” | “anonymous”")));
    // The rows the pass skips are greyed, with the reason on hover.
    auto* rows = child<QTableWidget>(editor, "csvRowsTable");
    CHECK(rows->item(0, 0)->toolTip().isEmpty());                         // a foundation
    CHECK(rows->item(1, 0)->toolTip().contains(QStringLiteral("skips"))); // a company
    CHECK(rows->item(3, 0)->toolTip().contains(QStringLiteral("skips"))); // anonymous

    // Saved, the filters are in the file and come back when it is loaded again.
    const QString saved = q(dir.file("saved.json"));
    REQUIRE(editor.saveMapping(saved));
    auto reloaded = io::loadMapping(saved.toStdString());
    REQUIRE(reloaded);
    REQUIRE(reloaded->queries.size() == 2);
    CHECK(reloaded->queries[0].filters.empty());
    const auto& second = reloaded->queries[1];
    REQUIRE(second.filters.size() == 1);
    CHECK(second.filters[0].column == "Kind");
    CHECK(second.filters[0].values == std::vector<std::string>{"FOUNDATION"});
    REQUIRE(second.filtersNot.size() == 1);
    CHECK(second.filtersNot[0].column == "Funder");
    CHECK(second.filtersNot[0].values == std::vector<std::string>{"", "anonymous"});
    CsvMappingEditor again(q(csv), saved);
    REQUIRE(again.saveMapping(q(dir.file("again.json"))));
    CHECK(test::readFile(dir.file("again.json")) == test::readFile(saved.toStdString()));

    // A pass can be added (it needs entities before the mapping saves) and removed.
    QTest::mouseClick(child<QPushButton>(editor, "addPassButton"), Qt::LeftButton);
    CHECK(passes->count() == 3);
    CHECK(passes->currentIndex() == 2);
    CHECK_FALSE(editor.mapping());
    QTest::mouseClick(child<QPushButton>(editor, "removePassButton"), Qt::LeftButton);
    CHECK(passes->count() == 2);
    CHECK(editor.mapping());
}

TEST_CASE("the filter dialog starts empty for a pass without filters and names missing columns",
          "[ui][csvmapping]")
{
    TempDir dir;
    const std::string csv = dir.write("grants.csv", kGrantsCsv);
    auto sample = io::readCsvSample(csv, {}, 20);
    REQUIRE(sample);
    io::QueryMapping query;
    ui::CsvFilterDialog empty(query, *sample, QStringLiteral("Pass 1"));
    CHECK(child<QListWidget>(empty, "filterList")->count() == 0);
    CHECK_FALSE(child<QPushButton>(empty, "removeFilterButton")->isEnabled());
    CHECK(empty.passingRows() == 4);

    query.filters.push_back({"Land", {"de"}, 0});
    ui::CsvFilterDialog missing(query, *sample, QStringLiteral("Pass 1"));
    CHECK(missing.passingRows() == -1);
    CHECK(child<QLabel>(missing, "filterCountLabel")->text().contains(QStringLiteral("column")));
    CHECK(child<QComboBox>(missing, "filterColumnComboBox")->currentText() ==
          QStringLiteral("Land (not in the file)"));
    // Untouched, the dialog gives the filter back as it was.
    REQUIRE(missing.filters().size() == 1);
    CHECK(missing.filters()[0].column == "Land");
    CHECK(missing.filters()[0].values == std::vector<std::string>{"de"});
}

TEST_CASE("the preview shows a link as the name of the entity it links to, its id on hover",
          "[ui][csvmapping]")
{
    TempDir dir;
    const std::string csv = dir.write("grants.csv", kGrantsCsv);
    const std::string mappingPath = dir.write("grants.json", kGrantsMapping);
    CsvMappingEditor editor(q(csv), q(mappingPath));
    auto* tree = child<QTreeWidget>(editor, "previewTree");
    INFO(editor.statusText().toStdString());
    REQUIRE(tree->topLevelItemCount() > 0);
    QTreeWidgetItem* payment = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(1) == QStringLiteral("Payment") && !payment)
            payment = tree->topLevelItem(i);
    REQUIRE(payment);
    QStringList payers;
    for (int c = 0; c < payment->childCount(); ++c) {
        QTreeWidgetItem* value = payment->child(c);
        if (value->text(0) != QStringLiteral("Payer"))
            continue;
        payers << value->text(1);
        const QString id = value->data(1, Qt::UserRole).toString();
        CHECK(id.size() == 40); // the SHA-1 id, stored
        CHECK(value->toolTip(1) == QStringLiteral("Id: %1").arg(id));
    }
    REQUIRE(payers.size() == 1);
    CHECK(QStringList({QStringLiteral("Cedar Hollow Foundation"), QStringLiteral("Acme Holding"),
                       QStringLiteral("Stiftung Lebensrecht"), QStringLiteral("anonymous")})
              .contains(payers.front()));
}

TEST_CASE("the editor keeps every key of a mapping it did not change, description included",
          "[ui][csvmapping]")
{
    TempDir dir;
    // Every documented key (as in the core test), on a file it fits.
    const std::string csv = dir.write("donations.csv", "SPD;x;ORG;Acme;a;b;c;01.02.2020\n");
    const std::string original = dir.write("every.json", R"J({
  "description": "German party donations, \"every key\" edition",
  "key_prefix": "donations",
  "query": {
    "description": {"note": ["free", "JSON"], "n": 2},
    "delimiter": ";", "encoding": "latin-1", "header": false,
    "filters": {"3": ["ORG", "COMPANY"]}, "filters_not": {"4": ["", "anonymous"]},
    "entities": {
      "party": {"schema": "Organization", "key": "1", "key_literal": "party",
                "properties": {"name": {"column": "1", "required": true},
                               "alias": {"columns": ["1", "4"], "literal": "x", "split": "/"},
                               "country": {"literals": ["de", "at"]},
                               "summary": {"template": "{{1}} ({{3}})", "join": " | "}}},
      "donor": {"schema": "Organization", "keys": ["4"],
                "properties": {"name": {"column": "4"},
                               "incorporationDate": {"column": "8", "format": "%d.%m.%Y"}}},
      "donation": {"schema": "Payment", "keys": ["1", "4", "8"],
                   "properties": {"payer": {"entity": "donor"},
                                  "beneficiary": {"entity": "party"}}}}}})J");
    auto core = io::loadMapping(original);
    REQUIRE(core);
    const std::string expected = io::mappingToJson(*core);

    CsvMappingEditor editor(q(csv), q(original));
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    REQUIRE(editor.loadError().isEmpty());
    const QString first = q(dir.file("first.json"));
    REQUIRE(editor.saveMapping(first));
    CHECK(test::readFile(first.toStdString()) == expected);

    // Touching a property's panel keeps the columns and constants it does not show.
    auto* properties = child<QTableWidget>(editor, "propertiesTable");
    properties->setCurrentCell(1, 0); // alias: columns 1 and 4, constant x
    auto* required = child<QCheckBox>(editor, "requiredCheckBox");
    required->setChecked(true);
    required->setChecked(false);
    // The same for a template's join.
    properties->setCurrentCell(3, 0);
    required->setChecked(true);
    required->setChecked(false);
    REQUIRE(editor.saveMapping(first));
    CHECK(test::readFile(first.toStdString()) == expected);

    // Load what was saved, save again: the same bytes.
    CsvMappingEditor again(q(csv), first);
    const QString second = q(dir.file("second.json"));
    REQUIRE(again.saveMapping(second));
    CHECK(test::readFile(second.toStdString()) == expected);

    // The description is edited in the editor; cleared, the key goes.
    auto* description = child<QLineEdit>(again, "descriptionLineEdit");
    CHECK(description->text() == QStringLiteral("German party donations, \"every key\" edition"));
    description->selectAll();
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("Spenden"));
    REQUIRE(again.saveMapping(second));
    auto edited = io::loadMapping(second.toStdString());
    REQUIRE(edited);
    CHECK(edited->description.text == std::optional<std::string>("Spenden"));
    CHECK(edited->queries.front().description == core->queries.front().description);
    description->selectAll();
    QTest::keyClick(description, Qt::Key_Delete);
    REQUIRE(again.saveMapping(second));
    CHECK(test::readFile(second.toStdString()).find("Spenden") == std::string::npos);
    CHECK(io::loadMapping(second.toStdString())->description.empty());
}

TEST_CASE("a mapping that cannot be loaded leaves the file's rows and says where it is wrong",
          "[ui][csvmapping]")
{
    TempDir dir;
    const std::string csv = dir.write("grants.csv", kGrantsCsv);
    const std::string bad = dir.write("bad.json", "{\n  \"queries\": [{\"entities\": {\n"
                                                  "    \"f\": {\"schema\": \"Organisation\", "
                                                  "\"keys\": [\"Funder\"]}}}]\n}\n");
    CsvMappingEditor editor(q(csv), q(bad));
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    auto* rows = child<QTableWidget>(editor, "csvRowsTable");
    CHECK(rows->rowCount() == 4);
    CHECK(rows->columnCount() == 4);
    auto* bar = child<QWidget>(editor, "loadProblemBar");
    auto* text = child<QLabel>(editor, "loadProblemLabel");
    CHECK(bar->isVisible());
    INFO(text->text().toStdString());
    CHECK(editor.loadError().contains(QStringLiteral("bad.json:3")));
    CHECK(editor.loadError().contains(QStringLiteral("unknown schema 'Organisation'")));
    CHECK(text->text().contains(QStringLiteral("bad.json:3")));
    CHECK(editor.mappingFile().isEmpty()); // Save must not silently overwrite the bad file
    // The editor works: the key columns list the file's columns.
    CHECK(child<QListWidget>(editor, "entitiesList")->count() == 0);

    // Fixed in a text editor, the file loads again.
    dir.write("bad.json", "{\"queries\": [{\"entities\": {\"f\": {\"schema\": "
                          "\"Organization\", \"keys\": [\"Funder\"], \"properties\": "
                          "{\"name\": {\"column\": \"Funder\"}}}}}]}\n");
    QTest::mouseClick(child<QPushButton>(editor, "retryLoadButton"), Qt::LeftButton);
    CHECK_FALSE(bar->isVisible());
    CHECK(editor.loadError().isEmpty());
    CHECK(editor.mappingFile() == q(bad));
    CHECK(child<QListWidget>(editor, "entitiesList")->count() == 1);
    CHECK(child<QTreeWidget>(editor, "previewTree")->topLevelItemCount() == 4);

    // Broken again and opened: Start a New Mapping leaves the error behind.
    dir.write("bad.json", "{\"queries\": [\n");
    REQUIRE_FALSE(editor.loadMapping(q(bad)));
    CHECK(bar->isVisible());
    CHECK(editor.loadError().contains(QStringLiteral("malformed JSON")));
    QTest::mouseClick(child<QPushButton>(editor, "startNewMappingButton"), Qt::LeftButton);
    CHECK_FALSE(bar->isVisible());
    CHECK(child<QListWidget>(editor, "entitiesList")->count() == 0);
    CHECK(rows->rowCount() == 4);
}

TEST_CASE("typing a mapping path makes one preview when the typing stops, off the UI thread",
          "[ui][csvmapping]")
{
    const QString mapping = q(test::sourcePath("resources/mappings/donations.json"));
    ImportDialog dialog(q(test::fixture("ftm/donations.csv")));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(waitFor([&] { return !dialog.previewPending(); }));
    CHECK(dialog.previewsStarted() == 1); // the file's rows, when the dialog opens
    QSignalSpy shown(&dialog, &ImportDialog::previewShown);

    // A burst of keystrokes (a path typed, 5 ms apart): one preview, after the last one.
    auto* edit = child<QLineEdit>(dialog, "mappingLineEdit");
    edit->setFocus();
    QTest::keyClicks(edit, mapping, Qt::NoModifier, 5);
    CHECK(dialog.previewsStarted() == 1);
    CHECK(dialog.previewPending());
    REQUIRE(waitFor([&] { return !dialog.previewPending(); }));
    CHECK(dialog.previewsStarted() == 2);
    CHECK(shown.count() == 1);
    auto* entities = child<QTreeWidget>(dialog, "csvEntitiesTree");
    CHECK(entities->topLevelItemCount() > 5);

    // Typing a dataset name does not preview again.
    auto* dataset = child<QLineEdit>(dialog, "datasetLineEdit");
    dataset->setFocus();
    QTest::keyClicks(dataset, QStringLiteral("_2019"), Qt::NoModifier, 5);
    QTest::qWait(ImportDialog::kPreviewDelayMs * 2);
    CHECK(dialog.previewsStarted() == 2);

    // A preview still running when the text changes again is dropped, not shown late.
    edit->setText(mapping + QStringLiteral(".old"));
    REQUIRE(waitFor([&] { return dialog.previewsStarted() == 3; }));
    edit->setText(mapping);
    REQUIRE(waitFor([&] { return !dialog.previewPending(); }));
    CHECK(dialog.previewsStarted() == 4);
    CHECK(entities->topLevelItemCount() > 5); // the last text's preview, not the stale one
}
