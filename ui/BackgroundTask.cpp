// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundTask.h"

#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace commonplace::ui {

namespace {
// Progress bars count in int; scale 64-bit byte counts down to a fixed resolution.
constexpr int kSteps = 1000;
} // namespace

BackgroundTask::BackgroundTask(const QString& label, Job job, QWidget* dialogParent)
    : m_label(label)
    , m_job(std::move(job))
{
    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, kSteps, dialogParent);
    m_dialog->setObjectName(QStringLiteral("progressDialog"));
    m_dialog->setWindowTitle(tr("Working"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    // Quick jobs finish without a dialog flashing up.
    m_dialog->setMinimumDuration(400);
    m_dialog->setMinimumWidth(420);
    m_dialog->reset();
    connect(m_dialog, &QProgressDialog::canceled, this, &BackgroundTask::cancel);

    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &BackgroundTask::updateProgress);
    connect(&m_watcher, &QFutureWatcher<TaskOutcome>::finished, this, &BackgroundTask::onFinished);
}

BackgroundTask::~BackgroundTask()
{
    if (m_watcher.isRunning()) {
        m_cancel = true;
        m_watcher.waitForFinished();
    }
    delete m_dialog;
}

void BackgroundTask::start()
{
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    m_dialog->setLabelText(m_label);
    m_dialog->setValue(0);
    m_poll.start();
    io::Progress progress = [this](std::uint64_t done, std::uint64_t total) {
        m_done.store(done, std::memory_order_relaxed);
        m_total.store(total, std::memory_order_relaxed);
        return !m_cancel.load(std::memory_order_relaxed);
    };
    Job job = m_job;
    m_watcher.setFuture(QtConcurrent::run([job, progress] { return job(progress); }));
}

void BackgroundTask::cancel()
{
    if (!m_watcher.isRunning())
        return;
    m_cancel = true;
    if (m_dialog) {
        m_dialog->setLabelText(tr("Cancelling…"));
        m_dialog->setCancelButton(nullptr);
    }
}

void BackgroundTask::waitForFinished()
{
    m_watcher.waitForFinished();
}

void BackgroundTask::updateProgress()
{
    if (!m_dialog || m_cancel)
        return;
    const std::uint64_t done = m_done.load(std::memory_order_relaxed);
    const std::uint64_t total = m_total.load(std::memory_order_relaxed);
    if (total == 0) {
        // Unknown total: a busy bar. setValue still drives the delayed show.
        m_dialog->setMaximum(0);
        m_dialog->setValue(0);
        return;
    }
    m_dialog->setMaximum(kSteps);
    const double fraction = std::min(1.0, double(done) / double(total));
    // Never reach the maximum before the job is done: a full bar that lingers looks stuck.
    m_dialog->setValue(std::min(kSteps - 1, int(fraction * kSteps)));
}

void BackgroundTask::onFinished()
{
    m_poll.stop();
    TaskOutcome outcome = m_watcher.result();
    if (m_cancel && !outcome.ok)
        outcome.cancelled = true;
    if (m_dialog) {
        m_dialog->reset();
        m_dialog->hide();
    }
    emit finished(outcome);
}

} // namespace commonplace::ui
