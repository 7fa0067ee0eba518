// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QLineEdit;
class QListWidget;

namespace commonplace::ui {

/** One suggestion: what the list shows, and the id it stands for. */
struct Suggestion
{
    QString text;
    QString id;
    QString detail; ///< e.g. the schema of an entity
};

/**
 * A line edit with a list of suggestions under it, updated as the user types: Up/Down move in
 * the list, Return or Tab takes the highlighted suggestion, Escape hides the list; Down in an
 * empty field asks the provider with an empty text (e.g. for the recently used). With a create
 * label (or create options) the list ends with "Create ..." rows for the typed text.
 * Everything works without a mouse.
 */
class SuggestField : public QWidget
{
    Q_OBJECT

public:
    using Provider = std::function<QList<Suggestion>(const QString& text)>;

    explicit SuggestField(QWidget* parent = nullptr);

    void setProvider(Provider provider) { m_provider = std::move(provider); }
    /** "Create \"%1\"": adds a last row that asks to create what was typed; empty: none. */
    void setCreateLabel(const QString& format) { m_createLabel = format; }
    /**
     * Several "create" rows instead of one: for the typed text, each option's `text` is the row
     * shown and its `id` is passed on with createRequested() (e.g. the type to create).
     */
    void setCreateOptions(Provider options) { m_createOptions = std::move(options); }
    void setPlaceholderText(const QString& text);
    void setAccessibleName(const QString& name);
    QLineEdit* lineEdit() const { return m_edit; }
    QListWidget* suggestionList() const { return m_list; }
    QString text() const;
    void clear();

signals:
    void chosen(const Suggestion& suggestion);
    /** Create something from `text`; `kind` is the chosen create option's id (or empty). */
    void createRequested(const QString& text, const QString& kind);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update(const QString& text, bool browse = false);
    void take(int row);

    QLineEdit* m_edit = nullptr;
    QListWidget* m_list = nullptr;
    Provider m_provider;
    QString m_createLabel;
    Provider m_createOptions;
    QList<Suggestion> m_current;
};

} // namespace commonplace::ui
