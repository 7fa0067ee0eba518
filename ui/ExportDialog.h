// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Export.h"
#include "store/Types.h"

#include <QDialog>
#include <QString>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace commonplace::ui {

/** What to export and where; filled by ExportDialog, carried out by MainWindow. */
struct ExportRequest
{
    QString file;
    io::ExportFormat format = io::ExportFormat::Ftm;
    store::Sensitivity maxSensitivity = store::Sensitivity::Public;
    QString dataset; ///< empty for all
};

/** Asks for the format, the highest sensitivity to include, the dataset and the destination. */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /** `datasets`: the names to offer besides "All datasets". */
    ExportDialog(const QStringList& datasets, const QString& startDirectory,
                 QWidget* parent = nullptr);

    ExportRequest request() const;

    /** The usual file name suffix of a format, without the dot; empty for CSV (a folder). */
    static QString suffixFor(io::ExportFormat format);

private:
    void updateState();
    void chooseDestination();
    void formatChanged();

    QString m_startDirectory;
    QComboBox* m_format = nullptr;
    QComboBox* m_sensitivity = nullptr;
    QComboBox* m_dataset = nullptr;
    QLineEdit* m_destination = nullptr;
    QLabel* m_destinationLabel = nullptr;
    QLabel* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace commonplace::ui
