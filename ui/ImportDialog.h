// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Import.h"
#include "store/Types.h"

#include <QDialog>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace commonplace::ui {

/** What to import and how; filled by ImportDialog, carried out by MainWindow. */
struct ImportRequest
{
    QString file;
    QString dataset;
    io::Format format = io::Format::Auto;
    QString mappingFile; ///< CSV only
    store::Sensitivity sensitivity = store::Sensitivity::Public;
};

/** Asks for the dataset name, the format and, for CSV, the mapping file of an import. */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(const QString& file, QWidget* parent = nullptr);

    ImportRequest request() const;

    /** A dataset name from a file name: "Donations 2019.ijson" -> "donations_2019". */
    static QString datasetNameFor(const QString& file);

private:
    void updateState();
    void chooseMapping();

    QString m_file;
    QLineEdit* m_dataset = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_mapping = nullptr;
    QPushButton* m_mappingButton = nullptr;
    QComboBox* m_sensitivity = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace commonplace::ui
