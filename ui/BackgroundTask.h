// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Import.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <atomic>
#include <cstdint>
#include <functional>

class QProgressDialog;
class QWidget;

namespace commonplace::ui {

/** What a background job reports back to the window. */
struct TaskOutcome
{
    bool ok = false;
    bool cancelled = false;
    QString message; ///< a summary on success, the error (file:line: message) on failure
};

/**
 * Runs one long job (import, export, demo load) on a worker thread with a progress dialog.
 * The job gets an io::Progress callback; it is called on the worker thread and only touches
 * atomics, which a timer on the UI thread reads. Cancel makes the callback return false, and
 * core rolls back. The job must open its own Workspace connection: SQLite connections are not
 * shared across threads.
 */
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<TaskOutcome(const io::Progress& progress)>;

    /**
     * `label` is shown in the progress dialog, e.g. "Importing donations.ijson…"; the dialog
     * is a child of `dialogParent`. The task itself has no parent: its owner deletes it.
     */
    BackgroundTask(const QString& label, Job job, QWidget* dialogParent);
    /** Cancels the job if it still runs and waits for it (core then rolls back). */
    ~BackgroundTask() override;

    void start();
    bool isRunning() const { return m_watcher.isRunning(); }
    /** Asks the job to stop at its next progress report. */
    void cancel();
    /** Blocks until the job is done; for shutdown and tests. */
    void waitForFinished();

signals:
    void finished(const commonplace::ui::TaskOutcome& outcome);

private:
    void updateProgress();
    void onFinished();

    QString m_label;
    Job m_job;
    QPointer<QProgressDialog> m_dialog;
    QTimer m_poll;
    QFutureWatcher<TaskOutcome> m_watcher;
    std::atomic<std::uint64_t> m_done{0};
    std::atomic<std::uint64_t> m_total{0};
    std::atomic<bool> m_cancel{false};
};

} // namespace commonplace::ui
