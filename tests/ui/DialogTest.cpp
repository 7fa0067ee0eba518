// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"
#include "ImportDialog.h"

#include "UiTestUtil.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

using commonplace::io::ExportFormat;
using commonplace::io::Format;
using commonplace::store::Sensitivity;
using commonplace::ui::ExportDialog;
using commonplace::ui::ImportDialog;

TEST_CASE("ImportDialog names the dataset after the file and asks CSV for a mapping", "[ui]")
{
    CHECK(ImportDialog::datasetNameFor(QStringLiteral("/x/Donations 2019.ijson")) ==
          QStringLiteral("donations_2019"));
    CHECK(ImportDialog::datasetNameFor(QStringLiteral("/x/zala.ftm.json")) ==
          QStringLiteral("zala"));
    CHECK(ImportDialog::datasetNameFor(QStringLiteral("/x/###.ijson")) ==
          QStringLiteral("imported"));

    ImportDialog ftm(QStringLiteral("/data/zala.ftm.json"));
    auto* ok = ftm.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK(ok->isEnabled());
    CHECK_FALSE(ftm.findChild<QLineEdit*>(QStringLiteral("mappingLineEdit"))->isEnabled());
    auto request = ftm.request();
    CHECK(request.dataset == QStringLiteral("zala"));
    CHECK(request.format == Format::Auto);
    CHECK(request.mappingFile.isEmpty());
    CHECK(request.sensitivity == Sensitivity::Public);

    ImportDialog csv(QStringLiteral("/data/donations.csv"));
    auto* csvOk = csv.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* mapping = csv.findChild<QLineEdit*>(QStringLiteral("mappingLineEdit"));
    CHECK(mapping->isEnabled());
    CHECK_FALSE(csvOk->isEnabled()); // no mapping yet
    mapping->setText(QStringLiteral("/data/donations.json"));
    CHECK(csvOk->isEnabled());
    CHECK(csv.request().format == Format::Csv);
    CHECK(csv.request().mappingFile == QStringLiteral("/data/donations.json"));
}

TEST_CASE("ExportDialog offers datasets, defaults to public, and a folder for CSV", "[ui]")
{
    ExportDialog dialog({QStringLiteral("demo"), QStringLiteral("donations")},
                        QStringLiteral("/tmp"));
    auto* datasets = dialog.findChild<QComboBox*>(QStringLiteral("datasetComboBox"));
    REQUIRE(datasets->count() == 3);
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // no destination yet

    auto* destination = dialog.findChild<QLineEdit*>(QStringLiteral("destinationLineEdit"));
    destination->setText(QStringLiteral("/tmp/out.ijson"));
    CHECK(ok->isEnabled());
    datasets->setCurrentIndex(2);
    auto request = dialog.request();
    CHECK(request.format == ExportFormat::Ftm);
    CHECK(request.maxSensitivity == Sensitivity::Public);
    CHECK(request.dataset == QStringLiteral("donations"));

    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("formatComboBox"));
    format->setCurrentIndex(format->findData(int(ExportFormat::Csv)));
    CHECK(destination->text() == QStringLiteral("/tmp/out")); // CSV writes into a folder
    format->setCurrentIndex(format->findData(int(ExportFormat::Gexf)));
    CHECK(destination->text() == QStringLiteral("/tmp/out.gexf"));
}
