// SPDX-License-Identifier: GPL-3.0-or-later
// The exchange dialogs driven as a user would: the redaction summary before export, the
// sender's fingerprint and trust before import, the keyring.
#include "exchange/BundleExportDialog.h"
#include "exchange/BundleImportDialog.h"
#include "exchange/KeyringDialog.h"

#include "UiTestUtil.h"
#include "crypto/Keyring.h"
#include "crypto/OrgKey.h"
#include "io/Bundle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace commonplace;
using commonplace::test::TempDir;

namespace {

constexpr const char* kPassphrase = "a long test passphrase";

const char* kData =
    R"({"record": "source", "id": "src-pub", "title": "Annual report", "reliability": "B", "credibility": "2"}
{"record": "source", "id": "src-informant", "title": "Informant", "sensitivity": "restricted"}
{"id": "p1", "schema": "Person", "properties": {"name": ["Jane Funder"]}}
{"id": "x9", "schema": "Person", "properties": {"name": ["Hidden Contact"]}}
{"record": "cite", "entity": "p1", "sources": ["src-pub"]}
{"record": "cite", "entity": "x9", "sources": ["src-informant"]}
{"record": "finding", "id": "fnd-1", "title": "Funder backs campaign", "entities": ["p1"], "sources": ["src-pub", "src-informant"]}
)";

std::unique_ptr<store::Workspace> makeOrg(const TempDir& dir, const std::string& name)
{
    auto ws =
        store::Workspace::open(dir.file(name + ".commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    REQUIRE(crypto::createOrgKey(**ws, name, kPassphrase, crypto::KdfParams::interactive()));
    return std::move(ws).value();
}

crypto::PublicKey publicKey(const store::Workspace& ws)
{
    auto k = crypto::orgPublicKey(ws);
    REQUIRE(k);
    REQUIRE(*k);
    return **k;
}

QPushButton* okButton(QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

std::int64_t statementCount(const store::Workspace& ws)
{
    auto s = ws.stats();
    REQUIRE(s);
    return s->statements;
}

} // namespace

TEST_CASE("the bundle export dialog shows what stays home before writing, and seals",
          "[ui][exchange]")
{
    TempDir dir;
    auto a = makeOrg(dir, "Centre");
    auto b = makeOrg(dir, "Partner");
    io::ImportOptions o;
    o.format = io::Format::Ftm;
    REQUIRE(io::importFile(*a, dir.write("d.ijson", kData), o));
    REQUIRE(crypto::importPartnerKey(*a, publicKey(*b), crypto::TrustState::Trusted));

    ui::BundleExportDialog dialog(a.get(), {QStringLiteral("default")},
                                  QString::fromStdString(dir.path()));
    auto* summary = dialog.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    REQUIRE(summary);
    // Public (the default): the informant, the hidden contact's name and its citation stay.
    CHECK(dialog.summary().sources == 1);
    CHECK(dialog.summary().statements == 1);
    CHECK(summary->text().contains(QStringLiteral("Sources withheld: 1")));
    CHECK(summary->text().contains(QStringLiteral("Values withheld: 1")));
    dialog.findChild<QCheckBox*>(QStringLiteral("pseudonymiseCheckBox"))->setChecked(true);
    CHECK(dialog.summary().pseudonymised == 1);
    CHECK(summary->text().contains(QStringLiteral("pseudonyms: 1")));
    auto* level = dialog.findChild<QComboBox*>(QStringLiteral("maxSensitivityComboBox"));
    level->setCurrentIndex(level->findData(int(store::Sensitivity::Restricted)));
    CHECK(dialog.summary().total() == 0);
    CHECK(summary->text().contains(QStringLiteral("Nothing is withheld")));
    level->setCurrentIndex(level->findData(int(store::Sensitivity::Coalition)));

    auto* ok = okButton(dialog);
    CHECK_FALSE(ok->isEnabled()); // no destination, no passphrase
    auto* recipients = dialog.findChild<QListWidget*>(QStringLiteral("recipientsListWidget"));
    REQUIRE(recipients->count() == 1);
    CHECK(recipients->item(0)->text().startsWith(QStringLiteral("Partner")));
    recipients->item(0)->setCheckState(Qt::Checked);
    const std::string path = dir.file("out.cpbundle");
    dialog.findChild<QLineEdit*>(QStringLiteral("destinationLineEdit"))
        ->setText(QString::fromStdString(path));
    auto* passphrase = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"));
    QTest::keyClicks(passphrase, QStringLiteral("wrong passphrase"));
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    CHECK(error->isVisibleTo(&dialog));
    CHECK(error->text().contains(QStringLiteral("wrong passphrase")));
    CHECK_FALSE(std::filesystem::exists(path));
    passphrase->clear();
    QTest::keyClicks(passphrase, QString::fromLatin1(kPassphrase));
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.report().recipients == 1);
    CHECK(dialog.report().withheld.pseudonymised == 1);
    const std::string bytes = test::readFile(path);
    CHECK(bytes.rfind("CPSEAL01", 0) == 0);
    CHECK(bytes.find("Jane") == std::string::npos);
}

TEST_CASE("the bundle import dialog shows the sender and its trust before anything is written",
          "[ui][exchange]")
{
    TempDir dir;
    auto a = makeOrg(dir, "Centre");
    auto b = makeOrg(dir, "Partner");
    io::ImportOptions o;
    o.format = io::Format::Ftm;
    REQUIRE(io::importFile(*a, dir.write("d.ijson", kData), o));
    auto signer = crypto::unlockOrgKey(*a, kPassphrase);
    REQUIRE(signer);
    const std::string plain = dir.file("plain.cpbundle");
    REQUIRE(io::exportBundle(*a, plain, {}, *signer));
    const std::string fp = publicKey(*a).fingerprint();

    SECTION("an unknown signer needs the box ticked; nothing is written before Import")
    {
        ui::BundleImportDialog dialog(b.get(), QString::fromStdString(plain));
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("senderLabel"))->text() ==
              QStringLiteral("Centre"));
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("fingerprintLabel"))->text() ==
              QString::fromStdString(crypto::fingerprintGroups(fp)));
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("wordsLabel"))->text() ==
              QString::fromStdString(crypto::fingerprintWords(fp)));
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("trustLabel"))
                  ->text()
                  .startsWith(QStringLiteral("Unknown key")));
        auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problemLabel"));
        CHECK(problem->text().contains(QStringLiteral("until you trust this key")));
        auto* ok = okButton(dialog);
        CHECK_FALSE(ok->isEnabled());
        CHECK(statementCount(*b) == 0);

        auto* trust = dialog.findChild<QCheckBox*>(QStringLiteral("trustUnknownCheckBox"));
        REQUIRE(trust->isVisibleTo(&dialog));
        trust->setChecked(true);
        CHECK(ok->isEnabled());
        CHECK(statementCount(*b) == 0); // still nothing: only the check ran
        CHECK_FALSE(crypto::findPartnerKey(*b, fp).value().has_value());
        auto* sensitivity = dialog.findChild<QComboBox*>(QStringLiteral("sensitivityComboBox"));
        sensitivity->setCurrentIndex(sensitivity->findData(int(store::Sensitivity::Internal)));
        QTest::mouseClick(ok, Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.report().keyAdded);
        CHECK(statementCount(*b) > 0);
        auto detail = b->entity("p1");
        REQUIRE(detail);
        for (const auto& s : detail->statements)
            CHECK(s.sensitivity >= store::Sensitivity::Internal);
    }

    SECTION("a revoked signer is refused whatever is ticked")
    {
        REQUIRE(crypto::importPartnerKey(*b, publicKey(*a), crypto::TrustState::Revoked));
        ui::BundleImportDialog dialog(b.get(), QString::fromStdString(plain));
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("trustLabel"))->text() ==
              QStringLiteral("Revoked"));
        CHECK_FALSE(okButton(dialog)->isEnabled());
        CHECK_FALSE(dialog.findChild<QCheckBox*>(QStringLiteral("trustUnknownCheckBox"))
                        ->isVisibleTo(&dialog));
    }

    SECTION("a sealed bundle is read once the passphrase is given")
    {
        REQUIRE(crypto::importPartnerKey(*b, publicKey(*a), crypto::TrustState::Trusted));
        io::BundleExportOptions sealedOptions;
        sealedOptions.recipients = {publicKey(*b)};
        const std::string sealed = dir.file("sealed.cpbundle");
        REQUIRE(io::exportBundle(*a, sealed, sealedOptions, *signer));
        ui::BundleImportDialog dialog(b.get(), QString::fromStdString(sealed));
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("senderLabel"))->text() ==
              QStringLiteral("(sealed)"));
        CHECK_FALSE(okButton(dialog)->isEnabled());
        auto* passphrase = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"));
        QTest::keyClicks(passphrase, QString::fromLatin1(kPassphrase));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("openButton")),
                          Qt::LeftButton);
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("senderLabel"))->text() ==
              QStringLiteral("Centre"));
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("trustLabel"))->text() ==
              QStringLiteral("Trusted"));
        CHECK(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.report().check.info.sealed);
    }
}

TEST_CASE("the keyring dialog makes the key, imports, trusts and revokes partner keys",
          "[ui][exchange]")
{
    TempDir dir;
    auto ws = store::Workspace::open(dir.file("k.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    auto partner = makeOrg(dir, "Partner");
    const std::string keyFile =
        dir.write("partner.pub", crypto::publicKeyFileText(publicKey(*partner)));

    ui::KeyringDialog dialog(ws->get());
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("createKeyButton"))->isVisibleTo(&dialog));
    CHECK_FALSE(dialog.createKey(QStringLiteral("Centre"), QStringLiteral("longenough1"),
                                 QStringLiteral("longenough2")));
    CHECK(dialog.errorText().contains(QStringLiteral("differ")));
    REQUIRE(dialog.createKey(QStringLiteral("Centre"), QStringLiteral("longenough1"),
                             QStringLiteral("longenough1")));
    auto* own = dialog.findChild<QLabel*>(QStringLiteral("ownKeyLabel"));
    CHECK(own->text().startsWith(QStringLiteral("Centre")));
    CHECK(own->text().contains(
        QString::fromStdString(crypto::fingerprintWords(publicKey(**ws).fingerprint()))));

    REQUIRE(dialog.importKeyFile(QString::fromStdString(keyFile)));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("partnersTableWidget"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Partner"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Not yet trusted"));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("partnerWordsLabel"))
              ->text()
              .contains(QString::fromStdString(
                  crypto::fingerprintWords(publicKey(*partner).fingerprint()))));
    auto* trust = dialog.findChild<QPushButton*>(QStringLiteral("trustButton"));
    CHECK(trust->isEnabled()); // the imported key is selected
    REQUIRE(dialog.setTrust(0, crypto::TrustState::Trusted));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Trusted"));
    CHECK_FALSE(trust->isEnabled());
    REQUIRE(dialog.setTrust(0, crypto::TrustState::Revoked));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Revoked"));
    CHECK_FALSE(dialog.setTrust(0, crypto::TrustState::Trusted));
    CHECK(dialog.errorText().contains(QStringLiteral("revocation is final")));
    CHECK_FALSE(dialog.importKeyFile(QString::fromStdString(dir.write("bad.pub", "{}"))));
}
