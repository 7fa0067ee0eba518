// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityTableModel.h"

#include "UiTestUtil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <algorithm>
#include <fstream>

using namespace commonplace;
using commonplace::test::TempDir;
using commonplace::ui::EntityTableModel;

namespace {

QStringList column(const EntityTableModel& model, int col)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, col).data().toString();
    return out;
}

} // namespace

TEST_CASE("EntityTableModel loads lazily, a page at a time, up to the total", "[ui]")
{
    TempDir dir;
    auto ws = test::workspaceWith(dir, "ftm/donations.ijson", "donations");
    const auto total = ws->countEntities({});
    REQUIRE(total.ok());
    REQUIRE(*total > EntityTableModel::kPageSize);

    test::ModelTestWarnings warnings;
    EntityTableModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    // The tester would fetch more on every reset; these tests decide when rows are fetched.
    tester.setUseFetchMore(false);
    CHECK(model.rowCount() == 0);
    model.setWorkspace(ws.get());

    CHECK(model.totalCount() == *total);
    CHECK(model.columnCount() == EntityTableModel::ColumnCount);
    CHECK(model.rowCount() == EntityTableModel::kPageSize);
    REQUIRE(model.canFetchMore({}));

    int previous = model.rowCount();
    while (model.canFetchMore({})) {
        model.fetchMore({});
        REQUIRE(model.rowCount() > previous);
        previous = model.rowCount();
    }
    CHECK(model.rowCount() == *total);
    CHECK_FALSE(model.canFetchMore({}));

    // Every entity once, and the names as the store has them.
    QStringList ids = column(model, EntityTableModel::IdColumn);
    ids.removeDuplicates();
    CHECK(ids.size() == *total);
    CHECK(
        column(model, EntityTableModel::NameColumn).contains(QStringLiteral("Frau Lina Dachner")));
    CHECK(model.headerData(EntityTableModel::NameColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Name"));
    INFO(warnings.text());
    CHECK(warnings.empty());
}

TEST_CASE("EntityTableModel filters by text, schema and dataset in SQL", "[ui]")
{
    TempDir dir;
    auto ws = test::workspaceWith(dir, "ftm/donations.ijson", "donations");
    auto stats = ws->stats();
    REQUIRE(stats.ok());

    test::ModelTestWarnings warnings;
    EntityTableModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    // The tester would fetch more on every reset; these tests decide when rows are fetched.
    tester.setUseFetchMore(false);
    model.setWorkspace(ws.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    SECTION("text")
    {
        store::EntityFilter filter;
        filter.text = "Dachner";
        model.setFilter(filter);
        CHECK(resets.count() == 1);
        REQUIRE(model.rowCount() >= 1);
        CHECK(model.rowCount() == model.totalCount());
        CHECK(column(model, EntityTableModel::NameColumn)
                  .contains(QStringLiteral("Frau Lina Dachner")));

        filter.text = "no such name anywhere";
        model.setFilter(filter);
        CHECK(model.rowCount() == 0);
        CHECK(model.totalCount() == 0);
        CHECK_FALSE(model.canFetchMore({}));
    }
    SECTION("schema")
    {
        store::EntityFilter filter;
        filter.schemata = {"Person"};
        model.setFilter(filter);
        while (model.canFetchMore({}))
            model.fetchMore({});
        CHECK(model.rowCount() == stats->schemata.at("Person"));
        for (const QString& type : column(model, EntityTableModel::TypeColumn))
            REQUIRE(type == QStringLiteral("Person"));
        for (int row = 0; row < model.rowCount(); ++row)
            REQUIRE(model.index(row, 0).data(EntityTableModel::SchemaRole).toString() ==
                    QStringLiteral("Person"));
    }
    SECTION("dataset")
    {
        store::EntityFilter filter;
        filter.dataset = "elsewhere";
        model.setFilter(filter);
        CHECK(model.rowCount() == 0);
        filter.dataset = "donations";
        model.setFilter(filter);
        CHECK(model.totalCount() == stats->entities);
    }
    INFO(warnings.text());
    CHECK(warnings.empty());
}

TEST_CASE("EntityTableModel sorts through the store when a header is clicked", "[ui]")
{
    TempDir dir;
    auto ws = test::workspaceWith(dir, "ftm/donations.ijson", "donations");
    test::ModelTestWarnings warnings;
    EntityTableModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    // The tester would fetch more on every reset; these tests decide when rows are fetched.
    tester.setUseFetchMore(false);
    model.setWorkspace(ws.get());

    model.sort(EntityTableModel::IdColumn);
    CHECK(model.entitySort() == store::EntitySort::Id);
    CHECK(model.rowCount() == EntityTableModel::kPageSize);
    QStringList ids = column(model, EntityTableModel::IdColumn);
    QStringList sorted = ids;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
    CHECK(ids == sorted);

    model.sort(EntityTableModel::TypeColumn);
    CHECK(model.entitySort() == store::EntitySort::Schema);
    QStringList schemata;
    for (int row = 0; row < model.rowCount(); ++row)
        schemata << model.index(row, 0).data(EntityTableModel::SchemaRole).toString();
    QStringList sortedSchemata = schemata;
    std::sort(sortedSchemata.begin(), sortedSchemata.end());
    CHECK(schemata == sortedSchemata);

    model.sort(EntityTableModel::NameColumn);
    CHECK(model.entitySort() == store::EntitySort::Caption);
    INFO(warnings.text());
    CHECK(warnings.empty());
}

TEST_CASE("EntityTableModel shows the first page of a large workspace without reading it all",
          "[ui]")
{
    TempDir dir;
    // 20,000 generated people: enough that reading them all would show, small enough to build.
    const std::string file = dir.file("many.ijson");
    {
        std::ofstream out(file);
        for (int i = 0; i < 20000; ++i)
            out << R"({"id": "p)" << i
                << R"(", "schema": "Person", "properties": {"name": ["Person )" << i << R"("]}})"
                << '\n';
    }
    auto ws =
        store::Workspace::open(dir.file("many.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws.ok());
    io::ImportOptions options;
    options.dataset = "many";
    REQUIRE(io::importFile(**ws, file, options).ok());

    EntityTableModel model;
    model.setWorkspace(ws->get());
    CHECK(model.totalCount() == 20000);
    CHECK(model.rowCount() == EntityTableModel::kPageSize);
    CHECK(model.rowOfEntity(QStringLiteral("p19999")) == -1); // not loaded yet
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * EntityTableModel::kPageSize);
}
