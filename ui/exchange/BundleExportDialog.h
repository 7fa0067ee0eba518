// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Bundle.h"

#include <QDialog>
#include <QString>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

/**
 * Exports a signed exchange bundle: what to include (dataset, highest sensitivity, sources as
 * pseudonyms), whom to seal it to (trusted partner keys), and where. The redaction summary
 * (what stays home, by kind) is shown and kept current before anything is written. The
 * dialog writes the bundle itself on Export and stays open with the error if it fails.
 */
class BundleExportDialog : public QDialog
{
    Q_OBJECT

public:
    BundleExportDialog(store::Workspace* workspace, const QStringList& datasets,
                       const QString& startDirectory, QWidget* parent = nullptr);

    /** The options as chosen (recipients: the checked partner keys). */
    io::BundleExportOptions options() const;
    /** The summary as last shown. */
    const io::RedactionSummary& summary() const { return m_summary; }
    /** The report of the export once it has been written. */
    const io::BundleExportReport& report() const { return m_report; }

private:
    void updateSummary();
    void updateState();
    void chooseDestination();
    void exportBundle();

    store::Workspace* m_ws;
    QString m_startDirectory;
    QComboBox* m_sensitivity = nullptr;
    QComboBox* m_dataset = nullptr;
    QCheckBox* m_pseudonymise = nullptr;
    QListWidget* m_recipients = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLineEdit* m_destination = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    std::vector<crypto::PublicKey> m_partners;
    bool m_hasKey = false;
    io::RedactionSummary m_summary;
    io::BundleExportReport m_report;
};

} // namespace commonplace::ui
