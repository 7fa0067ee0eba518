// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementTableModel.h"

#include "UiTestUtil.h"

#include <QAbstractItemModelTester>

#include <set>

using namespace commonplace;
using commonplace::test::TempDir;
using commonplace::ui::StatementTableModel;

namespace {
// A donation in the fixture: Frau Lina Dachner paid MLPD 100,000 EUR on 2011-12-29.
const char* const kPayment = "2216b422a31242fe204654ce194864661f515921";
const char* const kPayer = "f9c295f21b233ac878fbac4d271bb6fd13d7952a";
} // namespace

TEST_CASE("StatementTableModel shows an entity's values with their provenance", "[ui]")
{
    TempDir dir;
    auto ws = test::workspaceWith(dir, "ftm/donations.ijson", "donations");
    auto detail = ws->entity(kPayment);
    REQUIRE(detail.ok());
    REQUIRE_FALSE(detail->statements.empty());

    test::ModelTestWarnings warnings;
    StatementTableModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    QHash<QString, QString> captions;
    captions.insert(QString::fromLatin1(kPayer), QStringLiteral("Frau Lina Dachner"));
    model.setEntity(*detail, captions);

    REQUIRE(model.rowCount() == int(detail->statements.size()));
    CHECK(model.columnCount() == StatementTableModel::ColumnCount);
    CHECK(model.headerData(StatementTableModel::GradingColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Grading"));

    bool sawPayer = false;
    std::set<QString> groupsSeen;
    QString currentGroup;
    for (int row = 0; row < model.rowCount(); ++row) {
        auto at = [&](int col, int role = Qt::DisplayRole) {
            return model.index(row, col).data(role);
        };
        const QString prop = at(0, StatementTableModel::PropertyNameRole).toString();
        // Grouped: a property's values are together, its label only on the first of them.
        if (at(0, StatementTableModel::GroupStartRole).toBool()) {
            REQUIRE(groupsSeen.insert(prop).second);
            currentGroup = prop;
            CHECK_FALSE(at(StatementTableModel::PropertyColumn).toString().isEmpty());
        } else {
            CHECK(prop == currentGroup);
            CHECK(at(StatementTableModel::PropertyColumn).toString().isEmpty());
        }
        CHECK(at(StatementTableModel::DatasetColumn).toString() == QStringLiteral("donations"));
        CHECK(at(StatementTableModel::SensitivityColumn).toString() == QStringLiteral("Public"));
        if (prop == QStringLiteral("payer")) {
            sawPayer = true;
            CHECK(at(StatementTableModel::PropertyColumn).toString() == QStringLiteral("Payer"));
            CHECK(at(StatementTableModel::ValueColumn).toString() ==
                  QStringLiteral("Frau Lina Dachner"));
            CHECK(at(StatementTableModel::ValueColumn, StatementTableModel::ReferencedEntityRole)
                      .toString() == QString::fromLatin1(kPayer));
        }
        if (prop == QStringLiteral("date"))
            CHECK(at(StatementTableModel::ValueColumn).toString() == QStringLiteral("2011-12-29"));
    }
    CHECK(sawPayer);

    model.clear();
    CHECK(model.rowCount() == 0);
    INFO(warnings.text());
    CHECK(warnings.empty());
}

TEST_CASE("StatementTableModel shows sources, gradings and sensitivity", "[ui]")
{
    TempDir dir;
    // One source graded B2, an entity citing it, and a restricted value.
    const std::string file = dir.write(
        "graded.ijson",
        R"({"record": "source", "id": "src-1", "title": "Annual report 2019", "reliability": "B", "credibility": "2"})"
        "\n"
        R"({"id": "org-1", "schema": "Organization", "properties": {"name": ["Family Watch"], "country": ["ke"]}})"
        "\n"
        R"({"record": "cite", "entity": "org-1", "sources": ["src-1"]})"
        "\n");
    auto ws = test::workspaceWith(dir, "ftm/donations.ijson", "donations");
    io::ImportOptions options;
    options.dataset = "graded";
    options.sensitivity = store::Sensitivity::Restricted;
    REQUIRE(io::importFile(*ws, file, options).ok());
    auto detail = ws->entity("org-1");
    REQUIRE(detail.ok());

    StatementTableModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setEntity(*detail);
    bool sawCountry = false;
    REQUIRE(model.rowCount() >= 2);
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK(model.index(row, StatementTableModel::SensitivityColumn).data().toString() ==
              QStringLiteral("Restricted"));
        CHECK(model.index(row, StatementTableModel::SourceColumn).data().toString() ==
              QStringLiteral("Annual report 2019"));
        CHECK(model.index(row, StatementTableModel::GradingColumn).data().toString() ==
              QStringLiteral("B2"));
        CHECK(model.index(row, StatementTableModel::GradingColumn)
                  .data(Qt::ToolTipRole)
                  .toString()
                  .contains(QStringLiteral("usually reliable")));
        if (model.index(row, 0).data(StatementTableModel::PropertyNameRole).toString() ==
            QStringLiteral("country")) {
            sawCountry = true;
            // Coded values read as words, the code kept.
            CHECK(model.index(row, StatementTableModel::ValueColumn).data().toString() ==
                  QStringLiteral("Kenya (ke)"));
        }
    }
    CHECK(sawCountry);
    // The name comes first: it is what the entity is called.
    CHECK(model.index(0, 0).data(StatementTableModel::PropertyNameRole).toString() ==
          QStringLiteral("name"));
}
