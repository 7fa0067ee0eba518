// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QUndoStack;

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

class FindingForm;

/** The "record a finding" form in a window of its own; saving closes it (the window then shows the
 * finding). */
class RecordFindingDialog : public QDialog
{
    Q_OBJECT

public:
    RecordFindingDialog(store::Workspace* workspace, QUndoStack* stack, QWidget* parent = nullptr);
    FindingForm* form() const { return m_form; }

signals:
    void saved(const QString& key);

private:
    FindingForm* m_form = nullptr;
};

} // namespace commonplace::ui
