// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Keyring.h"

#include <QDialog>
#include <QString>

#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

/**
 * The organisation key and the keyring: make the key (once), export its public key file,
 * import partners' key files, trust a key after comparing its fingerprint, revoke one.
 * Fingerprints show as groups and as words, to read aloud.
 */
class KeyringDialog : public QDialog
{
    Q_OBJECT

public:
    KeyringDialog(store::Workspace* workspace, QWidget* parent = nullptr);

    /** Imports a partner's key file (as the Import button does, without the file dialog). */
    bool importKeyFile(const QString& path);
    /** Trusts or revokes the partner in `row` (as the buttons do, without asking). */
    bool setTrust(int row, crypto::TrustState state);
    /** Makes the organisation key (as the Create button does). */
    bool createKey(const QString& name, const QString& passphrase, const QString& repeated);
    /** The last error shown ("" when none). */
    QString errorText() const;

private:
    void reload();
    void updateButtons();
    void showError(const QString& text);
    void chooseAndImport();
    void exportOwnKey();
    void confirmTrust(crypto::TrustState state);

    store::Workspace* m_ws;
    QLabel* m_own = nullptr;
    QLineEdit* m_orgName = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_exportOwn = nullptr;
    QWidget* m_createBox = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_trust = nullptr;
    QPushButton* m_revoke = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_words = nullptr;
    std::vector<crypto::PartnerKey> m_partners;
};

} // namespace commonplace::ui
