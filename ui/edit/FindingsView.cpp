// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/FindingsView.h"

#include "edit/EditCommands.h"
#include "edit/FindingForm.h"
#include "edit/RecordModels.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace commonplace::ui {

FindingsView::FindingsView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("findingsView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("findingSearchLineEdit"));
    m_search->setAccessibleName(tr("Search findings"));
    m_search->setPlaceholderText(tr("Search findings by title and text"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("findingCountLabel"));
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    leftLayout->addLayout(top);

    m_model = new FindingTableModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("findingTableView"));
    m_table->setAccessibleName(tr("Findings"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(FindingTableModel::DateColumn,
                                                  Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(FindingTableModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    leftLayout->addWidget(m_table);

    m_form = new FindingForm(splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_form->hide();

    auto* del = new QAction(tr("&Delete finding"), this);
    del->setObjectName(QStringLiteral("deleteFindingAction"));
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(del);
    connect(del, &QAction::triggered, this, &FindingsView::deleteCurrent);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this, [this] {
        m_model->setFilterText(m_search->text());
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FindingsView::openCurrent);
    connect(m_table, &QTableView::activated, this, [this] {
        openCurrent();
        m_form->setFocus();
    });
    connect(m_form, &FindingForm::saved, this, [this](const QString& key) {
        reload();
        showFinding(key);
        emit changed();
    });
    connect(m_form, &FindingForm::cancelled, this, [this] {
        if (!m_form->editedKey().isEmpty())
            m_form->editFinding(m_form->editedKey()); // throw the unsaved edits away
        m_table->setFocus();
    });
    connect(m_form, &FindingForm::entityRequested, this, &FindingsView::entityRequested);
    connect(EditEvents::instance(), &EditEvents::changed, this, [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
        // An undo or redo elsewhere changed what the editor shows: read it again, unless the
        // user is in the middle of changing it.
        const QString edited = m_form->editedKey();
        if (!edited.isEmpty() && !m_form->isModified() && !m_form->editFinding(edited))
            m_form->hide();
    });
    setEnabled(false);
}

void FindingsView::setWorkspace(store::Workspace* workspace)
{
    m_ws = workspace;
    setEnabled(m_ws != nullptr);
    m_form->setWorkspace(workspace);
    m_form->hide();
    m_model->setWorkspace(workspace);
    updateCount();
}

void FindingsView::setUndoStack(QUndoStack* stack)
{
    m_stack = stack;
    m_form->setUndoStack(stack);
}

void FindingsView::reload()
{
    const QString current = m_model->keyAt(m_table->currentIndex().row());
    m_model->refresh();
    updateCount();
    if (!current.isEmpty()) {
        int row = m_model->rowOfKey(current);
        if (row >= 0) {
            QSignalBlocker block(m_table->selectionModel());
            m_table->setCurrentIndex(m_model->index(row, 0));
        } else {
            m_form->hide();
        }
    }
}

void FindingsView::showFinding(const QString& key)
{
    if (key != m_form->editedKey() && !mayLeave())
        return; // the finding being edited has changes not saved and the user stays on it
    int row = m_model->rowOfKey(key);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOfKey(key);
    }
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    if (m_form->editFinding(key))
        m_form->show();
}

void FindingsView::openCurrent()
{
    const QString key = m_model->keyAt(m_table->currentIndex().row());
    const QString edited = m_form->editedKey();
    auto select = [this](const QString& k) {
        const int row = m_model->rowOfKey(k);
        if (row < 0)
            return;
        QSignalBlocker block(m_table->selectionModel());
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->viewport()->update();
    };
    if (!edited.isEmpty() && key != edited && m_form->isVisible() && m_form->isModified()) {
        // Leaving a finding with changes not saved: save them, throw them away, or stay.
        const int row = m_model->rowOfKey(edited);
        const QString title =
            row >= 0 ? m_model->index(row, FindingTableModel::TitleColumn).data().toString()
                     : edited;
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("The finding \"%1\" has changes that are not saved.").arg(title),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_form->save())) {
            select(edited); // stay on it (a refused save shows why in the form)
            return;
        }
        select(key); // saving re-selected the saved finding
    }
    if (key.isEmpty() || !m_form->editFinding(key)) {
        m_form->hide();
        return;
    }
    m_form->show();
}

bool FindingsView::mayLeave()
{
    const QString edited = m_form->editedKey();
    if (edited.isEmpty() || m_form->isHidden() || !m_form->isModified())
        return true;
    const int row = m_model->rowOfKey(edited);
    const QString title =
        row >= 0 ? m_model->index(row, FindingTableModel::TitleColumn).data().toString() : edited;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The finding \"%1\" has changes that are not saved.").arg(title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return m_form->save(); // a refused save says why in the form and stays
    if (answer == QMessageBox::Discard) {
        if (!m_form->editFinding(edited)) // read back as it is stored
            m_form->hide();
        return true;
    }
    return false; // Cancel, or the box closed without an answer (the window locked)
}

void FindingsView::deleteCurrent()
{
    const QString key = m_model->keyAt(m_table->currentIndex().row());
    if (key.isEmpty() || !m_ws)
        return;
    QString error = pushEdit(m_stack, new DeleteFindingCommand(m_ws, key.toStdString()));
    if (!error.isEmpty()) {
        m_count->setText(error);
        return;
    }
    m_form->hide();
    reload();
    emit changed();
}

void FindingsView::updateCount()
{
    m_count->setText(tr("%Ln finding(s)", nullptr, int(m_model->totalCount())));
}

void FindingsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && m_ws) {
        m_stale = false;
        reload();
    }
}

} // namespace commonplace::ui
