// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Import.h"
#include "store/Types.h"

#include <QDialog>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;
class QTreeWidget;
class QWidget;

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

/**
 * Asks for the dataset name, the format and, for CSV, the mapping file of an import (made or
 * changed in the CSV mapping editor, "Edit Mapping…"). For CSV it previews the first rows of the
 * file and the entities the mapping makes of them (imported for real into a throwaway workspace, so
 * the preview is what the import will do, errors included).
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(const QString& file, QWidget* parent = nullptr);

    ImportRequest request() const;

    /** A dataset name from a file name: "Donations 2019.ijson" -> "donations_2019". */
    static QString datasetNameFor(const QString& file);

    /** Rows of the file the preview reads. */
    static constexpr int kPreviewRows = 5;
    /** Quiet time after the last keystroke before the preview is recomputed. */
    static constexpr int kPreviewDelayMs = 250;

    /** Previews started so far (each reads the file and imports its first rows). */
    int previewsStarted() const { return m_previewsStarted; }
    /** A preview is waiting for typing to stop, or running in the background. */
    bool previewPending() const;

signals:
    /** The rows and entities on screen are those of the current file and mapping. */
    void previewShown();

private:
    struct PreviewData;

    void updateState();
    void chooseMapping();
    void editMapping();
    void schedulePreview();
    void startPreview();
    void showPreviewData(const PreviewData& data);

    QString m_file;
    QLineEdit* m_dataset = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_mapping = nullptr;
    QPushButton* m_mappingButton = nullptr;
    QPushButton* m_editMappingButton = nullptr;
    QComboBox* m_sensitivity = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QWidget* m_preview = nullptr;
    QTableWidget* m_rows = nullptr;
    QTreeWidget* m_entities = nullptr;
    QLabel* m_previewStatus = nullptr;
    QString m_previewedMapping; ///< the mapping of the preview shown or running (null: none)
    QTimer* m_previewTimer = nullptr;
    int m_previewsStarted = 0;
    int m_previewsRunning = 0;
    int m_generation = 0; ///< results of older previews are dropped
};

} // namespace commonplace::ui
