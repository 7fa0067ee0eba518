// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/RecordFindingDialog.h"

#include "edit/FindingForm.h"

#include <QVBoxLayout>

namespace commonplace::ui {

RecordFindingDialog::RecordFindingDialog(store::Workspace* workspace, QUndoStack* stack,
                                         QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("recordFindingDialog"));
    setWindowTitle(tr("Record a finding"));
    auto* layout = new QVBoxLayout(this);
    m_form = new FindingForm(this);
    m_form->setWorkspace(workspace);
    m_form->setUndoStack(stack);
    layout->addWidget(m_form);
    resize(1000, 680);
    connect(m_form, &FindingForm::saved, this, [this](const QString& key) {
        emit saved(key);
        accept();
    });
    connect(m_form, &FindingForm::cancelled, this, &QDialog::reject);
}

} // namespace commonplace::ui
