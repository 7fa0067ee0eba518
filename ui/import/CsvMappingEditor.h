// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Mapping.h"
#include "io/MappingPreview.h"

#include <QDialog>
#include <QString>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace commonplace::ui {

/**
 * The CSV mapping editor: says how the rows of a CSV file become entities, and writes that
 * down as a mapping file (docs/formats.md, "CSV mapping files") that the import and
 * `commonplace-cli import --mapping` read.
 *
 * It shows how the file is read (delimiter and encoding, detected and changeable) and its
 * first rows; the entities each row makes (schema, key columns, and per property a column, a
 * constant, a template or another entity of the row); a live preview of the entities the
 * first rows make, imported for real into a throwaway workspace; and per-row problems (a bad
 * date, an unknown country, an empty key) naming the line and column.
 */
class CsvMappingEditor : public QDialog
{
    Q_OBJECT

public:
    /** Rows of the file the editor reads for the table, the samples and the preview. */
    static constexpr int kSampleRows = 20;

    /** `mappingFile` is loaded when given (an empty one starts a new mapping). */
    explicit CsvMappingEditor(const QString& csvFile, const QString& mappingFile = {},
                              QWidget* parent = nullptr);

    /** Loads a mapping file; false (with the reason shown) when it cannot be read. */
    bool loadMapping(const QString& path);
    /**
     * Checks the mapping and writes it to `path`; false, with the reason shown and nothing
     * written, when the mapping is incomplete or wrong (no entity, no key column, ...).
     */
    bool saveMapping(const QString& path);
    /** The file the mapping was last loaded from or saved to. */
    QString mappingFile() const { return m_mappingFile; }
    /** The mapping as it stands, checked as the importer checks it, or why it is not ready. */
    Result<io::Mapping> mapping() const;
    /** The last message shown under the preview (an error, or what the preview found). */
    QString statusText() const;
    /** Recomputes the preview now instead of after the short typing delay. */
    void refreshPreview();
    /** Why the last mapping file could not be loaded ("file:line: what"), or empty. */
    QString loadError() const { return m_loadError; }
    /** Opens the row filters of the current pass (Row Filters…); returns whether accepted. */
    bool editFilters();
    /** Adds a pass over the file with no entities yet, and shows it. */
    void addPass();
    /** Removes the pass shown (not the last one). */
    void removePass();
    /** Forgets the mapping and starts a new one for the file, as when opened without one. */
    void startNewMapping();

public slots:
    void accept() override;

private:
    enum class SourceKind
    {
        Column,
        Constant,
        Template,
        Entity
    };

    io::Mapping freshMapping() const;
    void showLoadError(const QString& path, const QString& error);
    void readFile();
    void fillRows();
    void fillEntities();
    void showEntity();
    void showProperty();
    void fillPropertyPicker();
    void schedulePreview();
    void setStatus(const QString& text, bool error);

    io::QueryMapping& query();
    io::EntityMapping* currentEntity();
    io::PropertyMapping* currentProperty();
    int columnIndex(const std::string& column) const;
    QString sampleOf(const std::string& column) const;
    QString sourceText(const io::EntityMapping& entity, const io::PropertyMapping& pm) const;
    static SourceKind kindOf(const io::PropertyMapping& pm);
    std::string uniqueEntityName(const std::string& base) const;
    /** A new source for `p`: a fitting entity of the row for links, else a like-named column. */
    io::PropertyMapping newProperty(const io::EntityMapping& entity,
                                    const model::Property& p) const;

    void addEntity();
    void removeEntity();
    void renameEntity();
    void changeSchema();
    void changeKeys();
    void addProperty();
    void removeProperty();
    void changeSource();
    void openMapping();
    bool saveMappingAs();
    void saveCurrent();

    QString m_csvFile;
    QString m_mappingFile;
    io::Mapping m_mapping;
    int m_queryIndex = 0;
    std::optional<io::CsvLayout> m_layout;
    io::CsvSample m_sample;
    QString m_readError;
    QString m_loadError;
    QString m_failedMappingFile; ///< a mapping file that could not be loaded (for Save As)
    bool m_updating = false;

    QComboBox* m_delimiter = nullptr;
    QComboBox* m_encoding = nullptr;
    QCheckBox* m_header = nullptr;
    QLabel* m_detected = nullptr;
    QLineEdit* m_keyPrefix = nullptr;
    QComboBox* m_query = nullptr;
    QLabel* m_queryLabel = nullptr;
    QLabel* m_filters = nullptr;
    QPushButton* m_editFilters = nullptr;
    QPushButton* m_addPass = nullptr;
    QPushButton* m_removePass = nullptr;
    QLineEdit* m_description = nullptr;
    QWidget* m_loadProblem = nullptr;
    QLabel* m_loadProblemText = nullptr;
    QPushButton* m_retryLoad = nullptr;
    QPushButton* m_startNew = nullptr;
    QTableWidget* m_rows = nullptr;

    QListWidget* m_entities = nullptr;
    QPushButton* m_addEntity = nullptr;
    QPushButton* m_removeEntity = nullptr;
    QComboBox* m_newSchema = nullptr;
    QWidget* m_entityPanel = nullptr;
    QLineEdit* m_entityName = nullptr;
    QComboBox* m_schema = nullptr;
    QListWidget* m_keys = nullptr;
    QLineEdit* m_keyLiteral = nullptr;
    QTableWidget* m_properties = nullptr;
    QComboBox* m_propertyPicker = nullptr;
    QPushButton* m_addProperty = nullptr;
    QPushButton* m_removeProperty = nullptr;

    QWidget* m_propertyPanel = nullptr;
    QLabel* m_propertyTitle = nullptr;
    QComboBox* m_sourceKind = nullptr;
    QComboBox* m_sourceColumn = nullptr;
    QLineEdit* m_sourceText = nullptr;
    QComboBox* m_sourceEntity = nullptr;
    QLineEdit* m_format = nullptr;
    QLineEdit* m_split = nullptr;
    QCheckBox* m_required = nullptr;
    QLabel* m_sampleLabel = nullptr;

    QTreeWidget* m_preview = nullptr;
    QListWidget* m_issues = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_saveAs = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_previewTimer = nullptr;
};

} // namespace commonplace::ui
