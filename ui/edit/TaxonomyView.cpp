// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/TaxonomyView.h"

#include "edit/EditCommands.h"
#include "store/Catalog.h"
#include "store/Workspace.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace commonplace::ui {

namespace {
constexpr int kRowidRole = Qt::UserRole + 1;
constexpr int kLabelRole = Qt::UserRole + 2;
constexpr int kDescriptionRole = Qt::UserRole + 3;
QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}
} // namespace

TaxonomyView::TaxonomyView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("taxonomyView"));
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    auto column = [&](int col, const QString& title, const QString& placeholder, const char* list,
                      const char* edit, QListWidget*& listWidget, QLineEdit*& line) {
        auto* label = new QLabel(title);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        line = new QLineEdit;
        line->setObjectName(QLatin1String(edit));
        line->setAccessibleName(placeholder);
        line->setPlaceholderText(placeholder);
        label->setBuddy(line);
        listWidget = new QListWidget;
        listWidget->setObjectName(QLatin1String(list));
        listWidget->setAccessibleName(tr("%1 (F2 renames, Delete removes)").arg(title));
        listWidget->setEditTriggers(QAbstractItemView::DoubleClicked |
                                    QAbstractItemView::EditKeyPressed);
        listWidget->installEventFilter(this);
        grid->addWidget(label, 0, col);
        grid->addWidget(line, 1, col);
        grid->addWidget(listWidget, 2, col);
    };
    column(0, tr("&Tactics"), tr("New tactic: type its name, Return adds it"), "tacticListWidget",
           "newTacticLineEdit", m_tactics, m_newTactic);
    column(1, tr("T&hemes"), tr("New theme: type its name, Return adds it"), "themeListWidget",
           "newThemeLineEdit", m_themes, m_newTheme);
    layout->addLayout(grid, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("taxonomyStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->hide();
    layout->addWidget(m_status);

    connect(m_newTactic, &QLineEdit::returnPressed, this, [this] { add("tactic"); });
    connect(m_newTheme, &QLineEdit::returnPressed, this, [this] { add("theme"); });
    for (QListWidget* list : {m_tactics, m_themes}) {
        connect(list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
            if (m_filling || !m_ws)
                return;
            const QString label = item->text().trimmed();
            if (label == item->data(kLabelRole).toString())
                return;
            QString error = pushEdit(
                m_stack, new RenameTaxonomyCommand(
                             m_ws, item->data(kRowidRole).toLongLong(), label.toStdString(),
                             item->data(kDescriptionRole).toString().toStdString()));
            showError(error);
            QMetaObject::invokeMethod(this, &TaxonomyView::reload, Qt::QueuedConnection);
            if (error.isEmpty())
                emit changed();
        });
    }
    connect(EditEvents::instance(), &EditEvents::changed, this, [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    setEnabled(false);
}

void TaxonomyView::setWorkspace(store::Workspace* workspace)
{
    m_ws = workspace;
    setEnabled(m_ws != nullptr);
    reload();
}

void TaxonomyView::setUndoStack(QUndoStack* stack)
{
    m_stack = stack;
}

void TaxonomyView::reload()
{
    m_filling = true;
    for (auto [list, kind] : {std::pair{m_tactics, "tactic"}, std::pair{m_themes, "theme"}}) {
        const int row = list->currentRow();
        list->clear();
        if (!m_ws)
            continue;
        store::Catalog catalog(*m_ws);
        auto entries = catalog.taxonomy(kind);
        if (!entries)
            continue;
        for (const auto& e : *entries) {
            auto* item = new QListWidgetItem(qs(e.label), list);
            item->setData(kRowidRole, qlonglong(e.rowid));
            item->setData(kLabelRole, qs(e.label));
            item->setData(kDescriptionRole, qs(e.description));
            auto uses = catalog.taxonomyUses(e.rowid);
            item->setToolTip(tr("%1\nUsed by %Ln finding(s).", nullptr, uses ? int(*uses) : 0)
                                 .arg(qs(e.description)));
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        if (row >= 0 && list->count() > 0)
            list->setCurrentRow(std::min(row, list->count() - 1));
    }
    m_filling = false;
}

void TaxonomyView::add(const char* kind)
{
    QLineEdit* line = QLatin1String(kind) == QLatin1String("tactic") ? m_newTactic : m_newTheme;
    const QString label = line->text().trimmed();
    if (!m_ws || label.isEmpty())
        return;
    QString error = pushEdit(m_stack, new AddTaxonomyCommand(m_ws, kind, label.toStdString()));
    showError(error);
    if (!error.isEmpty())
        return;
    line->clear();
    reload();
    emit changed();
}

void TaxonomyView::remove(const char* kind)
{
    QListWidget* list = QLatin1String(kind) == QLatin1String("tactic") ? m_tactics : m_themes;
    QListWidgetItem* item = list->currentItem();
    if (!m_ws || !item)
        return;
    QString error =
        pushEdit(m_stack, new RemoveTaxonomyCommand(m_ws, item->data(kRowidRole).toLongLong()));
    showError(error);
    if (!error.isEmpty())
        return;
    reload();
    emit changed();
}

bool TaxonomyView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        auto* list = qobject_cast<QListWidget*>(watched);
        if (list) { // while a name is edited, keys go to the editor, not the list
            remove(list == m_tactics ? "tactic" : "theme");
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TaxonomyView::showError(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString TaxonomyView::errorText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void TaxonomyView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && m_ws) {
        m_stale = false;
        reload();
    }
}

} // namespace commonplace::ui
