// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/BundleImportDialog.h"

#include "Labels.h"
#include "exchange/ExchangeText.h"

#include "crypto/Seal.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace commonplace::ui {

BundleImportDialog::BundleImportDialog(store::Workspace* workspace, const QString& file,
                                       QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_file(file)
{
    setWindowTitle(tr("Import Bundle"));
    setObjectName(QStringLiteral("bundleImportDialog"));

    QFile f(file);
    if (f.open(QIODevice::ReadOnly))
        m_sealed = crypto::isSealed(f.read(16).toStdString());

    auto* fileLabel = new QLabel(QFileInfo(file).fileName());
    m_sender = new QLabel;
    m_sender->setObjectName(QStringLiteral("senderLabel"));
    m_fingerprint = new QLabel;
    m_fingerprint->setObjectName(QStringLiteral("fingerprintLabel"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_words = new QLabel;
    m_words->setObjectName(QStringLiteral("wordsLabel"));
    m_words->setWordWrap(true);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trust = new QLabel;
    m_trust->setObjectName(QStringLiteral("trustLabel"));
    m_contents = new QLabel;
    m_contents->setObjectName(QStringLiteral("contentsLabel"));
    m_contents->setWordWrap(true);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase of the organisation key"));
    m_open = new QPushButton(tr("&Open"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setAccessibleName(tr("Open the sealed bundle"));
    auto* passphraseRow = new QHBoxLayout;
    passphraseRow->setContentsMargins(0, 0, 0, 0);
    passphraseRow->addWidget(m_passphrase, 1);
    passphraseRow->addWidget(m_open);
    auto* sealedNote = new QLabel(tr("This bundle is sealed: enter the passphrase of the "
                                     "organisation key to read it."));
    sealedNote->setWordWrap(true);

    m_trustUnknown = new QCheckBox(tr("&Trust this key: I have compared the fingerprint with "
                                      "the sender by another channel"));
    m_trustUnknown->setObjectName(QStringLiteral("trustUnknownCheckBox"));
    m_trustUnknown->hide();

    m_sensitivity = new QComboBox;
    m_sensitivity->setObjectName(QStringLiteral("sensitivityComboBox"));
    m_sensitivity->setAccessibleName(tr("Lowest sensitivity to give what is imported"));
    for (auto level : {store::Sensitivity::Public, store::Sensitivity::Coalition,
                       store::Sensitivity::Internal, store::Sensitivity::Restricted})
        m_sensitivity->addItem(sensitivityLabel(level), int(level));
    m_sensitivity->setToolTip(tr("What is imported is never shared above this level again."));
    m_dataset = new QLineEdit;
    m_dataset->setObjectName(QStringLiteral("datasetLineEdit"));
    m_dataset->setAccessibleName(tr("Dataset to import into"));

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileLabel);
    if (m_sealed) {
        form->addRow(QString(), sealedNote);
        auto* passphraseLabel = new QLabel(tr("&Passphrase:"));
        passphraseLabel->setBuddy(m_passphrase);
        form->addRow(passphraseLabel, passphraseRow);
    } else {
        m_passphrase->hide();
        m_open->hide();
        sealedNote->hide();
    }
    form->addRow(tr("Sender:"), m_sender);
    form->addRow(tr("Fingerprint:"), m_fingerprint);
    form->addRow(tr("In words:"), m_words);
    form->addRow(tr("Key:"), m_trust);
    form->addRow(tr("Contents:"), m_contents);
    form->addRow(tr("&Import as at least:"), m_sensitivity);
    form->addRow(tr("Into &dataset:"), m_dataset);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BundleImportDialog::importBundle);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_trustUnknown);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_open, &QPushButton::clicked, this, &BundleImportDialog::verify);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &BundleImportDialog::verify);
    connect(m_trustUnknown, &QCheckBox::toggled, this, &BundleImportDialog::verify);
    setMinimumWidth(600);
    if (!m_sealed)
        verify();
    else
        showCheck();
}

io::BundleImportOptions BundleImportDialog::options() const
{
    io::BundleImportOptions o;
    o.sensitivity = store::Sensitivity(m_sensitivity->currentData().toInt());
    o.dataset = m_dataset->text().trimmed().toStdString();
    o.trustUnknown = m_trustUnknown->isChecked();
    if (m_secret)
        o.secret = &*m_secret;
    return o;
}

void BundleImportDialog::verify()
{
    m_problem->hide();
    if (m_sealed && !m_secret) {
        if (m_passphrase->text().isEmpty())
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const QByteArray passphrase = m_passphrase->text().toUtf8();
        auto secret = crypto::unlockOrgKey(
            *m_ws, std::string_view(passphrase.data(), std::size_t(passphrase.size())));
        QApplication::restoreOverrideCursor();
        if (!secret) {
            m_problem->setText(QString::fromStdString(secret.error().describe()));
            m_problem->show();
            return;
        }
        m_secret.emplace(std::move(secret).value());
        m_passphrase->clear();
        m_passphrase->setEnabled(false);
        m_open->setEnabled(false);
    }
    auto check = io::checkBundle(*m_ws, m_file.toStdString(), options());
    if (!check) {
        m_check.reset();
        m_problem->setText(QString::fromStdString(check.error().describe()));
        m_problem->show();
        showCheck();
        return;
    }
    const bool first = !m_check;
    m_check = *check;
    if (first)
        m_dataset->setText(QString::fromStdString(m_check->info.dataset));
    showCheck();
}

void BundleImportDialog::showCheck()
{
    auto* ok = m_buttons->button(QDialogButtonBox::Ok);
    if (!m_check) {
        const QString none = m_sealed && !m_secret ? tr("(sealed)") : tr("(unreadable)");
        for (QLabel* l : {m_sender, m_fingerprint, m_words, m_trust, m_contents})
            l->setText(none);
        ok->setEnabled(false);
        return;
    }
    const auto& c = *m_check;
    const auto& info = c.info;
    m_sender->setText(QString::fromStdString(info.sender.name));
    m_fingerprint->setText(ExchangeText::groups(info.fingerprint));
    m_words->setText(ExchangeText::words(info.fingerprint));
    QString trust = ExchangeText::trustLabel(c.trust);
    if (!c.trust || c.trust == crypto::TrustState::Untrusted)
        trust += QLatin1Char(' ') + tr("(compare the fingerprint with the sender before you "
                                       "trust it)");
    m_trust->setText(trust);
    m_contents->setText(
        tr("Dataset “%1”, bundle number %2, made %3; up to “%4”.")
            .arg(QString::fromStdString(info.dataset), QString::number(info.sequence),
                 QString::fromStdString(info.created), sensitivityLabel(info.maxContained)) +
        QLatin1Char('\n') + tr("%n value(s)", nullptr, int(info.counts.statements)) +
        QStringLiteral(" · ") + tr("%n source(s)", nullptr, int(info.counts.sources)) +
        QStringLiteral(" · ") + tr("%n finding(s)", nullptr, int(info.counts.findings)));
    const bool unknownOrUntrusted = !c.trust || c.trust == crypto::TrustState::Untrusted;
    m_trustUnknown->setVisible(unknownOrUntrusted || m_trustUnknown->isChecked());
    switch (c.refusalKind) {
    case io::BundleCheck::Refusal::None:
        break;
    case io::BundleCheck::Refusal::UnknownSigner:
    case io::BundleCheck::Refusal::UntrustedSigner:
        m_problem->setText(tr("Not imported until you trust this key. Ask %1 to read you their "
                              "fingerprint, or its words, by phone or in person; if it matches, "
                              "tick the box above, or trust the key in Tools > Keys.")
                               .arg(QString::fromStdString(info.sender.name)));
        m_problem->show();
        break;
    case io::BundleCheck::Refusal::RevokedSigner:
        m_problem->setText(tr("Refused: the key that signed this bundle is revoked."));
        m_problem->show();
        break;
    case io::BundleCheck::Refusal::NotNewer:
        m_problem->setText(tr("Refused: this is bundle number %1 of “%2”, and number %3 has "
                              "already been imported from this sender. An old bundle sent again "
                              "could undo the sender's corrections.")
                               .arg(QString::number(info.sequence),
                                    QString::fromStdString(info.dataset),
                                    QString::number(c.lastSequence)));
        m_problem->show();
        break;
    }
    ok->setEnabled(c.refusal.empty());
}

void BundleImportDialog::importBundle()
{
    if (!m_check || !m_check->refusal.empty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = io::importBundle(*m_ws, m_file.toStdString(), options());
    QApplication::restoreOverrideCursor();
    if (!report) {
        m_problem->setText(QString::fromStdString(report.error().describe()));
        m_problem->show();
        return;
    }
    m_report = *report;
    m_secret.reset();
    accept();
}

} // namespace commonplace::ui
