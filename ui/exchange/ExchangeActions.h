// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

/**
 * The exchange commands as the main window offers them: File > Import Bundle…, File > Export
 * Bundle…, Tools > Keys…. Each runs its dialog on the window's workspace (the UI thread's
 * connection, so an encrypted workspace needs no second unlock).
 */
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    /**
     * `workspace` returns the open workspace (nullptr when none); `changed` is called after an
     * import wrote to it (refresh views).
     */
    ExchangeActions(QWidget* window, std::function<store::Workspace*()> workspace,
                    std::function<void()> changed);

    /** Adds Import Bundle… and Export Bundle… to `file` and Keys… to `tools`. */
    void addTo(QMenu* file, QMenu* tools);
    /** Enables the actions when a workspace is open and nothing else runs. */
    void setEnabled(bool enabled);

    void importBundle();
    void exportBundle();
    void showKeys();

private:
    QWidget* m_window;
    std::function<store::Workspace*()> m_workspace;
    std::function<void()> m_changed;
    QAction* m_import = nullptr;
    QAction* m_export = nullptr;
    QAction* m_keys = nullptr;
};

} // namespace commonplace::ui
