// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/SuggestField.h"
#include "store/Editor.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

/**
 * The "record a finding" form, made for the keyboard: title, date, country (type-ahead), theme,
 * tactics (type to filter, Return to tick), text, actors (existing ones by name, or new ones
 * created inline), an optional relationship between two actors (a Payment with its amount,
 * currency and date, ...), sources (existing ones by title, or a new one with its grading and
 * an attached file), sensitivity and dataset. Ctrl+Return saves, Escape cancels. Saving is one
 * undoable command; the statements it creates cite the finding's first source.
 *
 * With editFinding() the same form edits an existing finding completely: its fields, its actors
 * (existing ones, or new ones created inline), its sources (existing, or new graded ones with a
 * file) and the relationship it establishes (added, or its values changed). Saving an edit is
 * one undoable command that undo reverses exactly.
 *
 * To be fast: the date starts as today, dataset and sensitivity come from Preferences (then
 * from the previous finding), a new actor's type is guessed from its name, suggestions accept
 * on Return or Tab and Down in an empty field lists the recently used, a payment's payer and
 * beneficiary are the first two actors and its currency the last one used, a file path typed or
 * pasted into the source field makes a new source titled after the file, a new source's date
 * starts as the finding's (or a PDF's own creation date, said so under the field) and its
 * publisher as the URL's host. Alt+C, Alt+R and Alt+U jump to the actors, the relationship and
 * the sources. Dates take short forms (QuickEntry.h: "2020-3", "15.3.2020", a day alone in the
 * month shown, "t"), shown back in ISO on leaving the field; an amount takes "1.2m USD"
 * (the currency goes to its field); tactics match by word starts and initials, the best match
 * highlighted; "a2" in the reliability sets the grading A2.
 */
class FindingForm : public QWidget
{
    Q_OBJECT

public:
    explicit FindingForm(QWidget* parent = nullptr);

    /** The workspace to write to (not owned); nullptr clears and disables the form. */
    void setWorkspace(store::Workspace* workspace);
    /** Where saved findings go for undo (not owned); without one, saves cannot be undone. */
    void setUndoStack(QUndoStack* stack);

    /** Empties the form for a new finding and puts the cursor in the title. */
    void newFinding();
    /** Loads an existing finding for editing; false if it cannot be read. */
    bool editFinding(const QString& key);
    QString editedKey() const { return m_editKey; }

    /** Saves (records or updates); returns false and shows why when refused. */
    bool save();
    /** The message shown after the last refused save; empty after a successful one. */
    QString errorText() const;
    /** True when an edited finding has changes not saved yet (always false for a new one). */
    bool isModified() const;
    /** Anything to lose: an edited finding's changes, or what was typed for a new one. */
    bool hasUnsavedInput() const;

signals:
    /** A finding was recorded or updated. */
    void saved(const QString& key);
    void cancelled();
    void entityRequested(const QString& id);
    void changed();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Actor
    {
        QString id; ///< the existing entity's id, or the id reserved for a new one
        QString name;
        QString schema;
        bool isNew = false;
    };
    struct PendingSource
    {
        QString key; ///< existing source key; empty for a new one
        store::NewSource fresh;
    };

    void reloadChoices();
    void loadRelationship(const QString& id);
    /** The relationship as typed, as a new entity; none when no type is chosen. */
    std::optional<store::NewEntity> relationshipFromFields() const;
    /** The edit of an existing finding as the form has it; false when nothing changed. */
    bool buildAmendment(store::FindingAmendment& out) const;
    QList<Suggestion> actorSuggestions(const QString& text) const;
    QList<Suggestion> sourceSuggestions(const QString& text) const;
    void createSource(const QString& typed);
    static void remember(QList<Suggestion>& list, const Suggestion& s);
    void filterTactics(const QString& text);
    void tickFirstTactic();
    void updateTacticSummary();
    void addActor(const Actor& actor);
    void removeSelected(QListWidget* list);
    void relationshipChanged();
    void refreshEndChoices();
    void openNewSource(const QString& title);
    bool addNewSource();
    void browseAttachment();
    void addExistingSource(const QString& key, const QString& title);
    void showError(const QString& text);
    /** A relationship field's value as it will be stored (short dates and amounts read). */
    QString relationshipValue(const std::string& prop, const QLineEdit* edit) const;
    void amountEdited(QLineEdit* edit);
    store::FindingRecord recordFromFields() const;

    store::Workspace* m_ws = nullptr;
    QUndoStack* m_stack = nullptr;
    QString m_editKey;
    store::FindingRecord m_loaded;
    QString m_relId;     ///< the relationship of the edited finding, if it has one
    QString m_relSchema; ///< its schema
    std::vector<std::pair<std::string, QString>> m_relLoaded; ///< its values as loaded
    std::vector<std::pair<QString, QString>> m_endExtras; ///< ends that are not actors (id, label)
    bool m_loading = false;
    QString m_autoPublisher; ///< the publisher filled in from the URL, replaced as it changes
    std::vector<Actor> m_actorData;
    std::vector<PendingSource> m_sourceData;

    QLabel* m_heading = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_date = nullptr;
    QLineEdit* m_country = nullptr;
    QComboBox* m_theme = nullptr;
    QLineEdit* m_tacticFilter = nullptr;
    QListWidget* m_tactics = nullptr;
    QLabel* m_tacticSummary = nullptr;
    QPlainTextEdit* m_text = nullptr;
    SuggestField* m_actorField = nullptr;
    QListWidget* m_actors = nullptr;
    QGroupBox* m_relationshipBox = nullptr;
    QComboBox* m_relationship = nullptr;
    QWidget* m_relationshipFields = nullptr;
    QFormLayout* m_relationshipLayout = nullptr;
    QComboBox* m_sourceEnd = nullptr;
    QComboBox* m_targetEnd = nullptr;
    std::vector<std::pair<std::string, QLineEdit*>> m_relationshipValues;
    bool m_endsChosen = false;                   ///< the user picked a relationship end: keep it
    std::vector<QLineEdit*> m_relationshipEdits; ///< made once, so the tab order is fixed
    SuggestField* m_sourceField = nullptr;
    QListWidget* m_sources = nullptr;
    QGroupBox* m_newSourceBox = nullptr;
    QLineEdit* m_srcTitle = nullptr;
    QLineEdit* m_srcUrl = nullptr;
    QLineEdit* m_srcPublisher = nullptr;
    QLineEdit* m_srcDate = nullptr;
    QLabel* m_srcDateNote = nullptr; ///< says where a date offered from the file comes from
    QComboBox* m_srcReliability = nullptr;
    QComboBox* m_srcCredibility = nullptr;
    QLineEdit* m_srcFile = nullptr;
    QPushButton* m_srcBrowse = nullptr;
    QPushButton* m_srcAdd = nullptr;
    QComboBox* m_sensitivity = nullptr;
    QComboBox* m_dataset = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace commonplace::ui
