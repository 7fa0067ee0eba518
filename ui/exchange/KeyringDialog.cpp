// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/KeyringDialog.h"

#include "exchange/ExchangeText.h"

#include "crypto/OrgKey.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace commonplace::ui {

KeyringDialog::KeyringDialog(store::Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
{
    setWindowTitle(tr("Keys"));
    setObjectName(QStringLiteral("keyringDialog"));

    auto* ownBox = new QGroupBox(tr("This organisation"));
    auto* ownLayout = new QVBoxLayout(ownBox);
    m_own = new QLabel;
    m_own->setObjectName(QStringLiteral("ownKeyLabel"));
    m_own->setWordWrap(true);
    m_own->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ownLayout->addWidget(m_own);
    m_exportOwn = new QPushButton(tr("&Export Public Key…"));
    m_exportOwn->setObjectName(QStringLiteral("exportOwnKeyButton"));
    ownLayout->addWidget(m_exportOwn, 0, Qt::AlignLeft);

    m_createBox = new QWidget;
    auto* createForm = new QFormLayout(m_createBox);
    createForm->setContentsMargins(0, 0, 0, 0);
    m_orgName = new QLineEdit;
    m_orgName->setObjectName(QStringLiteral("orgNameLineEdit"));
    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("newPassphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(QStringLiteral("repeatPassphraseLineEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    createForm->addRow(tr("Organisation &name:"), m_orgName);
    createForm->addRow(tr("&Passphrase:"), m_passphrase);
    createForm->addRow(tr("&Repeat:"), m_repeat);
    m_create = new QPushButton(tr("&Create Organisation Key"));
    m_create->setObjectName(QStringLiteral("createKeyButton"));
    createForm->addRow(QString(), m_create);
    ownLayout->addWidget(m_createBox);

    auto* partnerBox = new QGroupBox(tr("Partners"));
    auto* partnerLayout = new QVBoxLayout(partnerBox);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("partnersTableWidget"));
    m_table->setAccessibleName(tr("Partner keys"));
    m_table->setHorizontalHeaderLabels({tr("Organisation"), tr("Fingerprint"), tr("Key")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    partnerLayout->addWidget(m_table);
    m_words = new QLabel;
    m_words->setObjectName(QStringLiteral("partnerWordsLabel"));
    m_words->setWordWrap(true);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    partnerLayout->addWidget(m_words);
    auto* buttons = new QHBoxLayout;
    auto* importButton = new QPushButton(tr("&Import Key File…"));
    importButton->setObjectName(QStringLiteral("importKeyButton"));
    m_trust = new QPushButton(tr("&Trust"));
    m_trust->setObjectName(QStringLiteral("trustButton"));
    m_revoke = new QPushButton(tr("Re&voke"));
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    buttons->addWidget(importButton);
    buttons->addStretch(1);
    buttons->addWidget(m_trust);
    buttons->addWidget(m_revoke);
    partnerLayout->addLayout(buttons);
    auto* note = new QLabel(tr("Trust a key only after reading its fingerprint, or its words, "
                               "to the partner by another channel: phone, or in person."));
    note->setWordWrap(true);
    partnerLayout->addWidget(note);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(ownBox);
    layout->addWidget(partnerBox, 1);
    layout->addWidget(m_error);
    layout->addWidget(close);

    connect(m_create, &QPushButton::clicked, this,
            [this] { createKey(m_orgName->text(), m_passphrase->text(), m_repeat->text()); });
    connect(m_exportOwn, &QPushButton::clicked, this, &KeyringDialog::exportOwnKey);
    connect(importButton, &QPushButton::clicked, this, &KeyringDialog::chooseAndImport);
    connect(m_trust, &QPushButton::clicked, this,
            [this] { confirmTrust(crypto::TrustState::Trusted); });
    connect(m_revoke, &QPushButton::clicked, this,
            [this] { confirmTrust(crypto::TrustState::Revoked); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &KeyringDialog::updateButtons);
    reload();
    resize(820, 480);
}

QString KeyringDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void KeyringDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void KeyringDialog::reload()
{
    auto own = crypto::orgPublicKey(*m_ws);
    const bool hasKey = own && *own;
    if (hasKey) {
        const std::string fp = (*own)->fingerprint();
        m_own->setText(tr("%1\nFingerprint: %2\nIn words: %3")
                           .arg(QString::fromStdString((*own)->name), ExchangeText::groups(fp),
                                ExchangeText::words(fp)));
    } else {
        m_own->setText(tr("No organisation key yet. Make one to sign bundles and to receive "
                          "sealed ones; it is made once, so choose the name partners know."));
    }
    m_exportOwn->setVisible(hasKey);
    m_createBox->setVisible(!hasKey);

    m_partners.clear();
    if (auto partners = crypto::listPartnerKeys(*m_ws))
        m_partners = *partners;
    m_table->setRowCount(int(m_partners.size()));
    for (int row = 0; row < int(m_partners.size()); ++row) {
        const auto& p = m_partners[std::size_t(row)];
        const QStringList cells = {QString::fromStdString(p.key.name),
                                   ExchangeText::groups(p.fingerprint),
                                   ExchangeText::trustLabel(p.status)};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    updateButtons();
}

void KeyringDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selected =
        row >= 0 && row < int(m_partners.size()) && !m_table->selectedItems().isEmpty();
    const auto state = selected ? m_partners[std::size_t(row)].status : crypto::TrustState::Revoked;
    m_words->setText(selected
                         ? tr("%1 in words: %2")
                               .arg(QString::fromStdString(m_partners[std::size_t(row)].key.name),
                                    ExchangeText::words(m_partners[std::size_t(row)].fingerprint))
                         : tr("Select a key to see its fingerprint in words."));
    m_trust->setEnabled(selected && state == crypto::TrustState::Untrusted);
    m_revoke->setEnabled(selected && state != crypto::TrustState::Revoked);
}

bool KeyringDialog::createKey(const QString& name, const QString& passphrase,
                              const QString& repeated)
{
    if (name.trimmed().isEmpty()) {
        showError(tr("Give the organisation's name."));
        return false;
    }
    if (passphrase != repeated) {
        showError(tr("The two passphrases differ."));
        return false;
    }
    if (passphrase.size() < 8) {
        showError(tr("Choose a passphrase of at least 8 characters."));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QByteArray bytes = passphrase.toUtf8();
    auto key = crypto::createOrgKey(*m_ws, name.trimmed().toStdString(),
                                    std::string_view(bytes.data(), std::size_t(bytes.size())),
                                    crypto::KdfParams::moderate());
    QApplication::restoreOverrideCursor();
    if (!key) {
        showError(QString::fromStdString(key.error().describe()));
        return false;
    }
    m_passphrase->clear();
    m_repeat->clear();
    showError({});
    reload();
    return true;
}

bool KeyringDialog::importKeyFile(const QString& path)
{
    auto key = crypto::readPublicKeyFile(path.toStdString());
    if (!key) {
        showError(QString::fromStdString(key.error().describe()));
        return false;
    }
    auto imported = crypto::importPartnerKey(*m_ws, *key);
    if (!imported) {
        showError(QString::fromStdString(imported.error().describe()));
        return false;
    }
    showError({});
    reload();
    for (int row = 0; row < int(m_partners.size()); ++row) {
        if (m_partners[std::size_t(row)].fingerprint == imported->partner.fingerprint)
            m_table->selectRow(row);
    }
    return true;
}

bool KeyringDialog::setTrust(int row, crypto::TrustState state)
{
    if (row < 0 || row >= int(m_partners.size()))
        return false;
    auto changed = crypto::setPartnerTrust(*m_ws, m_partners[std::size_t(row)].fingerprint, state);
    if (!changed) {
        showError(QString::fromStdString(changed.error().describe()));
        return false;
    }
    showError({});
    reload();
    m_table->selectRow(row);
    return true;
}

void KeyringDialog::chooseAndImport()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a partner's public key"), QDir::homePath(),
                                     tr("Public key files (*.pub *.json);;All files (*)"));
    if (!path.isEmpty())
        importKeyFile(path);
}

void KeyringDialog::exportOwnKey()
{
    auto own = crypto::orgPublicKey(*m_ws);
    if (!own || !*own)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the public key"),
        QDir::home().filePath(QString::fromStdString((*own)->name) + QStringLiteral(".pub")),
        tr("Public key files (*.pub);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const std::string text = crypto::publicKeyFileText(**own);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(text.data(), qint64(text.size())) != qint64(text.size())) {
        showError(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    showError({});
}

void KeyringDialog::confirmTrust(crypto::TrustState state)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_partners.size()))
        return;
    const auto& p = m_partners[std::size_t(row)];
    const QString name = QString::fromStdString(p.key.name);
    const QString text =
        state == crypto::TrustState::Trusted
            ? tr("Trust the key of %1?\n\nFingerprint: %2\nIn words: %3\n\nOnly if the partner "
                 "read you this same fingerprint by another channel.")
                  .arg(name, ExchangeText::groups(p.fingerprint),
                       ExchangeText::words(p.fingerprint))
            : tr("Revoke the key of %1? Bundles signed with it will be refused from now on. "
                 "Revocation cannot be undone.")
                  .arg(name);
    if (QMessageBox::question(this, windowTitle(), text) == QMessageBox::Yes)
        setTrust(row, state);
}

} // namespace commonplace::ui
