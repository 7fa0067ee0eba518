// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/SuggestField.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace commonplace::ui {

namespace {
constexpr int kCreateRole = Qt::UserRole + 7;
constexpr int kKindRole = Qt::UserRole + 8;
} // namespace

SuggestField::SuggestField(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("suggestLineEdit"));
    m_edit->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("suggestionListWidget"));
    m_list->setFocusPolicy(Qt::NoFocus); // keys stay in the line edit
    m_list->setAccessibleName(tr("Suggestions"));
    m_list->hide();
    layout->addWidget(m_edit);
    layout->addWidget(m_list);
    setFocusProxy(m_edit);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) { update(text); });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { take(m_list->row(item)); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { take(m_list->row(item)); });
}

void SuggestField::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void SuggestField::setAccessibleName(const QString& name)
{
    m_edit->setAccessibleName(name);
    QWidget::setAccessibleName(name);
}

QString SuggestField::text() const
{
    return m_edit->text();
}

void SuggestField::clear()
{
    m_edit->clear();
    m_list->clear();
    m_current.clear();
    m_list->hide();
}

void SuggestField::update(const QString& text, bool browse)
{
    m_list->clear();
    m_current.clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() && !browse) {
        m_list->hide();
        return;
    }
    if (m_provider)
        m_current = m_provider(trimmed);
    for (const auto& s : m_current) {
        auto* item = new QListWidgetItem(
            s.detail.isEmpty() ? s.text : tr("%1 (%2)").arg(s.text, s.detail), m_list);
        item->setData(Qt::UserRole, s.id);
    }
    QList<Suggestion> creates;
    if (!trimmed.isEmpty()) {
        if (m_createOptions)
            creates = m_createOptions(trimmed);
        else if (!m_createLabel.isEmpty())
            creates.append({m_createLabel.arg(trimmed), QString(), QString()});
    }
    for (const auto& c : creates) {
        auto* item = new QListWidgetItem(c.text, m_list);
        item->setData(kCreateRole, true);
        item->setData(kKindRole, c.id);
        QFont f = item->font();
        f.setItalic(true);
        item->setFont(f);
    }
    // As tall as its rows, up to six.
    const int rows = std::min(m_list->count(), 6);
    m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() + 2);
    m_list->setVisible(m_list->count() > 0);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void SuggestField::take(int row)
{
    if (row < 0 || row >= m_list->count())
        return;
    const QString typed = m_edit->text().trimmed();
    if (m_list->item(row)->data(kCreateRole).toBool()) {
        const QString kind = m_list->item(row)->data(kKindRole).toString();
        clear();
        emit createRequested(typed, kind);
        return;
    }
    Suggestion s = m_current.value(row);
    clear();
    emit chosen(s);
}

bool SuggestField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool open = m_list->isVisible() && m_list->count() > 0;
        switch (key->key()) {
        case Qt::Key_Down:
            if (open) {
                m_list->setCurrentRow(std::min(m_list->currentRow() + 1, m_list->count() - 1));
                return true;
            }
            if (m_edit->text().trimmed().isEmpty() && m_provider) {
                update({}, true); // the provider's choice for an empty text: the recent ones
                return m_list->count() > 0;
            }
            break;
        case Qt::Key_Up:
            if (open) {
                m_list->setCurrentRow(std::max(m_list->currentRow() - 1, 0));
                return true;
            }
            break;
        case Qt::Key_Tab:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (open && key->modifiers() == Qt::NoModifier) {
                take(m_list->currentRow());
                return true;
            }
            break;
        case Qt::Key_Escape:
            if (open) {
                m_list->hide();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace commonplace::ui
