// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the ui tests: a workspace with a fixture imported, waiting on the event loop,
// and catching what QAbstractItemModelTester reports.
#pragma once

#include "TestUtil.h"
#include "io/Import.h"
#include "store/Workspace.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QtGlobal>

#include <catch2/catch.hpp>

#include <cstdio>
#include <functional>
#include <memory>
#include <string>

namespace Catch {
/** QStrings print as text in failure messages. */
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace commonplace::test {

/** A fresh workspace in `dir` with `fixtureFile` (relative to the fixtures) imported. */
inline std::unique_ptr<store::Workspace> workspaceWith(const TempDir& dir,
                                                       const std::string& fixtureFile,
                                                       const std::string& dataset,
                                                       const std::string& name = "test.commonplace")
{
    auto ws = store::Workspace::open(dir.file(name), store::Workspace::Mode::CreateNew);
    REQUIRE(ws.ok());
    io::ImportOptions options;
    options.dataset = dataset;
    auto report = io::importFile(**ws, fixture(fixtureFile), options);
    INFO((report ? std::string() : report.error().describe()));
    REQUIRE(report.ok());
    return std::move(*ws);
}

/** Runs the event loop until `done` holds or `timeoutMs` passes; returns whether it held. */
inline bool waitFor(const std::function<bool()>& done, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

/**
 * Collects the warnings QAbstractItemModelTester (category qt.modeltest) emits while alive,
 * so a test can REQUIRE there were none.
 */
class ModelTestWarnings
{
public:
    ModelTestWarnings()
    {
        s_messages.clear();
        s_previous = qInstallMessageHandler(&handler);
    }
    ~ModelTestWarnings() { qInstallMessageHandler(s_previous); }
    ModelTestWarnings(const ModelTestWarnings&) = delete;
    ModelTestWarnings& operator=(const ModelTestWarnings&) = delete;

    std::string text() const { return s_messages.join(QLatin1Char('\n')).toStdString(); }
    bool empty() const { return s_messages.isEmpty(); }

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (context.category && QByteArray(context.category).startsWith("qt.modeltest") &&
            type != QtDebugMsg)
            s_messages.append(message);
        else if (s_previous)
            s_previous(type, context, message);
        else
            std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    }
    static inline QStringList s_messages;
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace commonplace::test
