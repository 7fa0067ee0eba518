// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchWorker.h"

#include "store/Latin.h"
#include "store/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThreadPool>

#include <mutex>

namespace commonplace::ui {

/** Lives on the worker thread and owns the connection there. */
class SearchWorker::Runner : public QObject
{
public:
    Runner(SearchWorker* owner)
        : m_owner(owner)
    {}

    void open(const QString& path, const crypto::DataKeyHandle& key)
    {
        m_workspace.reset();
        if (path.isEmpty())
            return;
        store::Workspace::OpenOptions options;
        options.mode = store::Workspace::Mode::OpenExisting;
        options.key = key;
        auto ws = store::Workspace::open(QFile::encodeName(path).toStdString(), options);
        if (ws)
            m_workspace = std::move(*ws);
    }

    void search(quint64 serial, const QString& text, int perGroup)
    {
        // Overtaken by a newer query while waiting in the queue: nobody wants this one.
        if (serial != m_owner->m_latest.load())
            return;
        if (!m_workspace) {
            emit m_owner->failed(serial, SearchWorker::tr("No workspace is open."));
            return;
        }
        QElapsedTimer timer;
        timer.start();
        auto groups = m_workspace->searchGrouped(text.toStdString(), perGroup);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!groups)
            emit m_owner->failed(serial, QString::fromStdString(groups.error().describe()));
        else
            emit m_owner->finished(serial, text, *groups, ms);
    }

    void stats(quint64 serial)
    {
        if (!m_workspace) {
            emit m_owner->statsFailed(serial, SearchWorker::tr("No workspace is open."));
            return;
        }
        auto stats = m_workspace->stats();
        if (!stats)
            emit m_owner->statsFailed(serial, QString::fromStdString(stats.error().describe()));
        else
            emit m_owner->statsReady(serial, *stats);
    }

private:
    SearchWorker* m_owner;
    std::unique_ptr<store::Workspace> m_workspace;
};

SearchWorker::SearchWorker(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<store::SearchGroups>();
    qRegisterMetaType<store::Stats>();
    qRegisterMetaType<crypto::DataKeyHandle>();
    m_runner = new Runner(this);
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(this, &SearchWorker::openRequested, m_runner,
            [this](const QString& path, const crypto::DataKeyHandle& key) {
                m_runner->open(path, key);
            });
    connect(this, &SearchWorker::searchRequested, m_runner,
            [this](quint64 serial, const QString& text, int perGroup) {
                m_runner->search(serial, text, perGroup);
            });
    connect(this, &SearchWorker::statsRequested, m_runner,
            [this](quint64 serial) { m_runner->stats(serial); });
    m_thread.setObjectName(QStringLiteral("search"));
    m_thread.start();
}

SearchWorker::~SearchWorker()
{
    m_latest = ~quint64(0);     // whatever is queued is stale now
    emit openRequested({}, {}); // the connection closes on its own thread
    m_thread.quit();
    m_thread.wait();
}

void SearchWorker::setWorkspacePath(const QString& path, crypto::DataKeyHandle key)
{
    // ICU's transliteration rules for other scripts load on first use (a second of CPU for
    // Chinese on a slow machine): load them in the background once, not on a typed query.
    static std::once_flag warm;
    if (!path.isEmpty())
        std::call_once(warm,
                       [] { QThreadPool::globalInstance()->start(&store::LatinForm::warmUp); });
    if (path.isEmpty()) {
        // Closing waits for the connection to be gone: the caller may be about to lock (drop
        // the key) or to replace the file (encrypt).
        QMetaObject::invokeMethod(
            m_runner, [this] { m_runner->open({}, {}); }, Qt::BlockingQueuedConnection);
        return;
    }
    emit openRequested(path, std::move(key));
}

void SearchWorker::requestStats(quint64 serial)
{
    emit statsRequested(serial);
}

quint64 SearchWorker::search(const QString& text, int perGroup)
{
    const quint64 serial = ++m_latest;
    emit searchRequested(serial, text, perGroup);
    return serial;
}

} // namespace commonplace::ui
