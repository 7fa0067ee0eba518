// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Vfs.h"
#include "store/Types.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

/**
 * Runs global searches (Workspace::searchGrouped) and the workspace's counts
 * (Workspace::stats) off the UI thread, on one read connection of its own to the workspace
 * file, kept open while the workspace is (a connection that closes checkpoints the WAL, which
 * would race with a running import). Queries are numbered; a query that a newer one has overtaken
 * before it starts is skipped, and the popup drops results that are not the newest.
 */
class SearchWorker : public QObject
{
    Q_OBJECT

public:
    explicit SearchWorker(QObject* parent = nullptr);
    ~SearchWorker() override;

    /**
     * Opens its connection to `path` on the worker thread, with `key` for an encrypted
     * workspace (the window's own; null for a plain one). An empty path closes the connection
     * and returns only once it is closed.
     */
    void setWorkspacePath(const QString& path, crypto::DataKeyHandle key = {});
    /** Searches `text` in the background; returns the query's serial number. */
    quint64 search(const QString& text, int perGroup);
    quint64 latestSerial() const { return m_latest.load(); }
    /** Counts the workspace in the background; statsReady() or statsFailed() follows. */
    void requestStats(quint64 serial);

signals:
    /** Results of query `serial`, with the time the store took. */
    void finished(quint64 serial, const QString& text,
                  const commonplace::store::SearchGroups& groups, double milliseconds);
    void failed(quint64 serial, const QString& message);
    void statsReady(quint64 serial, const commonplace::store::Stats& stats);
    void statsFailed(quint64 serial, const QString& message);

    // Internal: queued to the worker thread.
    void openRequested(const QString& path, commonplace::crypto::DataKeyHandle key);
    void searchRequested(quint64 serial, const QString& text, int perGroup);
    void statsRequested(quint64 serial);

private:
    class Runner;
    QThread m_thread;
    Runner* m_runner = nullptr;
    std::atomic<quint64> m_latest{0};
};

} // namespace commonplace::ui

Q_DECLARE_METATYPE(commonplace::store::SearchGroups)
Q_DECLARE_METATYPE(commonplace::store::Stats)
Q_DECLARE_METATYPE(commonplace::crypto::DataKeyHandle)
