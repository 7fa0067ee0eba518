// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Bundle.h"

#include <QDialog>
#include <QString>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

/**
 * Imports an exchange bundle. The bundle is verified first and the dialog shows who signed it
 * (name, fingerprint as groups and as words), whether that key is trusted, what it holds, and
 * why it would be refused; nothing is written until the user presses Import. A sealed bundle
 * asks for the organisation key's passphrase before it can be read. First contact with an
 * unknown or untrusted key needs the "trust this key" box ticked, with a warning.
 */
class BundleImportDialog : public QDialog
{
    Q_OBJECT

public:
    BundleImportDialog(store::Workspace* workspace, const QString& file, QWidget* parent = nullptr);

    /** The check as last shown (nullopt before the bundle could be read). */
    const std::optional<io::BundleCheck>& check() const { return m_check; }
    /** The import's report, once imported. */
    const io::BundleImportReport& report() const { return m_report; }

private:
    void verify();
    void showCheck();
    void importBundle();
    io::BundleImportOptions options() const;

    store::Workspace* m_ws;
    QString m_file;
    bool m_sealed = false;
    QLabel* m_sender = nullptr;
    QLabel* m_fingerprint = nullptr;
    QLabel* m_words = nullptr;
    QLabel* m_trust = nullptr;
    QLabel* m_contents = nullptr;
    QLabel* m_problem = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_open = nullptr;
    QCheckBox* m_trustUnknown = nullptr;
    QComboBox* m_sensitivity = nullptr;
    QLineEdit* m_dataset = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    std::optional<io::BundleCheck> m_check;
    std::optional<crypto::OrgSecret> m_secret;
    io::BundleImportReport m_report;
};

} // namespace commonplace::ui
