// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/BundleExportDialog.h"

#include "Labels.h"
#include "exchange/ExchangeText.h"

#include "crypto/Keyring.h"
#include "crypto/OrgKey.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace commonplace::ui {

BundleExportDialog::BundleExportDialog(store::Workspace* workspace, const QStringList& datasets,
                                       const QString& startDirectory, QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_startDirectory(startDirectory)
{
    setWindowTitle(tr("Export Bundle"));
    setObjectName(QStringLiteral("bundleExportDialog"));

    QString signer;
    if (auto own = crypto::orgPublicKey(*m_ws); own && *own) {
        m_hasKey = true;
        signer = tr("Signed by %1 (%2)")
                     .arg(QString::fromStdString((*own)->name),
                          ExchangeText::groups((*own)->fingerprint()));
    } else {
        signer = tr("This workspace has no organisation key yet: make one in Tools > Keys "
                    "before exporting a bundle.");
    }
    auto* signerLabel = new QLabel(signer);
    signerLabel->setObjectName(QStringLiteral("signerLabel"));
    signerLabel->setWordWrap(true);

    m_sensitivity = new QComboBox;
    m_sensitivity->setObjectName(QStringLiteral("maxSensitivityComboBox"));
    m_sensitivity->setAccessibleName(tr("Highest sensitivity to include"));
    for (auto level : {store::Sensitivity::Public, store::Sensitivity::Coalition,
                       store::Sensitivity::Internal, store::Sensitivity::Restricted})
        m_sensitivity->addItem(sensitivityLabel(level), int(level));
    m_sensitivity->setCurrentIndex(0); // only public data leaves unless the user says more

    m_dataset = new QComboBox;
    m_dataset->setObjectName(QStringLiteral("datasetComboBox"));
    m_dataset->setAccessibleName(tr("Dataset to export"));
    m_dataset->addItem(tr("All datasets"), QString());
    for (const QString& name : datasets)
        m_dataset->addItem(name, name);

    m_pseudonymise = new QCheckBox(tr("Replace withheld &sources by pseudonyms"));
    m_pseudonymise->setObjectName(QStringLiteral("pseudonymiseCheckBox"));
    m_pseudonymise->setToolTip(tr("Partners see that claims rest on the same source without "
                                  "learning which source it is."));

    m_recipients = new QListWidget;
    m_recipients->setObjectName(QStringLiteral("recipientsListWidget"));
    m_recipients->setAccessibleName(tr("Partners to seal the bundle to"));
    if (auto partners = crypto::listPartnerKeys(*m_ws)) {
        for (const auto& p : *partners) {
            if (p.status != crypto::TrustState::Trusted)
                continue;
            auto* item = new QListWidgetItem(tr("%1 (%2)").arg(
                QString::fromStdString(p.key.name), ExchangeText::groups(p.fingerprint)));
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(Qt::Unchecked);
            m_recipients->addItem(item);
            m_partners.push_back(p.key);
        }
    }
    auto* sealNote =
        new QLabel(m_partners.empty() ? tr("No trusted partner keys: the bundle will be signed but "
                                           "not sealed, readable by anyone who gets the file.")
                                      : tr("Checked partners alone can open the bundle. With none "
                                           "checked, anyone who gets the file can read it."));
    sealNote->setWordWrap(true);
    auto* sealBox = new QGroupBox(tr("Seal to"));
    auto* sealLayout = new QVBoxLayout(sealBox);
    sealLayout->addWidget(m_recipients);
    sealLayout->addWidget(sealNote);
    m_recipients->setVisible(!m_partners.empty());
    m_recipients->setMaximumHeight(120);

    m_summaryLabel = new QLabel;
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    auto* summaryBox = new QGroupBox(tr("Stays home"));
    auto* summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addWidget(m_summaryLabel);

    m_destination = new QLineEdit;
    m_destination->setObjectName(QStringLiteral("destinationLineEdit"));
    m_destination->setAccessibleName(tr("Destination file"));
    auto* browse = new QPushButton(tr("Choose…"));
    browse->setAccessibleName(tr("Choose the destination file"));
    auto* destinationRow = new QHBoxLayout;
    destinationRow->setContentsMargins(0, 0, 0, 0);
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(browse);

    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase of the organisation key"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Include up to:"), m_sensitivity);
    form->addRow(tr("&Dataset:"), m_dataset);
    form->addRow(QString(), m_pseudonymise);
    auto* destinationLabel = new QLabel(tr("Save &to:"));
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destinationRow);
    form->addRow(tr("&Passphrase:"), m_passphrase);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BundleExportDialog::exportBundle);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(signerLabel);
    layout->addLayout(form);
    layout->addWidget(sealBox);
    layout->addWidget(summaryBox);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_sensitivity, &QComboBox::currentIndexChanged, this,
            &BundleExportDialog::updateSummary);
    connect(m_dataset, &QComboBox::currentIndexChanged, this, &BundleExportDialog::updateSummary);
    connect(m_pseudonymise, &QCheckBox::toggled, this, &BundleExportDialog::updateSummary);
    connect(m_destination, &QLineEdit::textChanged, this, &BundleExportDialog::updateState);
    connect(m_passphrase, &QLineEdit::textChanged, this, &BundleExportDialog::updateState);
    connect(browse, &QPushButton::clicked, this, &BundleExportDialog::chooseDestination);
    updateSummary();
    updateState();
    setMinimumWidth(560);
}

io::BundleExportOptions BundleExportDialog::options() const
{
    io::BundleExportOptions o;
    o.maxSensitivity = store::Sensitivity(m_sensitivity->currentData().toInt());
    o.dataset = m_dataset->currentData().toString().toStdString();
    o.pseudonymiseSources = m_pseudonymise->isChecked();
    for (int i = 0; i < m_recipients->count(); ++i) {
        if (m_recipients->item(i)->checkState() == Qt::Checked)
            o.recipients.push_back(m_partners[std::size_t(i)]);
    }
    return o;
}

void BundleExportDialog::updateSummary()
{
    auto summary = io::redactionSummary(*m_ws, options());
    if (!summary) {
        m_summaryLabel->setText(QString::fromStdString(summary.error().describe()));
        return;
    }
    m_summary = *summary;
    const QString level = sensitivityLabel(options().maxSensitivity);
    m_summaryLabel->setText(tr("Everything above “%1” stays in this workspace.").arg(level) +
                            QLatin1Char('\n') + ExchangeText::withheld(m_summary));
}

void BundleExportDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_hasKey && !m_destination->text().trimmed().isEmpty() &&
                     !m_passphrase->text().isEmpty());
}

void BundleExportDialog::chooseDestination()
{
    QString start = m_destination->text().trimmed();
    if (start.isEmpty())
        start = QDir(m_startDirectory).filePath(QStringLiteral("bundle.cpbundle"));
    QFileDialog dialog(this, tr("Export bundle to"), start,
                       tr("Commonplace bundles (*.cpbundle);;All files (*)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("cpbundle"));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        m_destination->setText(dialog.selectedFiles().constFirst());
}

void BundleExportDialog::exportBundle()
{
    m_error->hide();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QByteArray passphrase = m_passphrase->text().toUtf8();
    auto secret = crypto::unlockOrgKey(
        *m_ws, std::string_view(passphrase.data(), std::size_t(passphrase.size())));
    Result<io::BundleExportReport> report =
        secret ? io::exportBundle(*m_ws, m_destination->text().trimmed().toStdString(), options(),
                                  *secret)
               : Result<io::BundleExportReport>(secret.error());
    QApplication::restoreOverrideCursor();
    if (!report) {
        m_error->setText(QString::fromStdString(report.error().describe()));
        m_error->show();
        return;
    }
    m_passphrase->clear();
    m_report = *report;
    accept();
}

} // namespace commonplace::ui
