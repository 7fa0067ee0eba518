// SPDX-License-Identifier: GPL-3.0-or-later
// ui_bench WORKSPACE: the main window on a large workspace, measured through the real widgets
// (offscreen, or under Xvfb with QT_QPA_PLATFORM=xcb). Prints one JSON object:
//   first_paint_ms_from_start     process start (exec, from /proc) to the entity table's first
//                                 painted page of rows
//   first_paint_ms_from_open      MainWindow::openWorkspace called to that same paint
//   sort_desc_ms, sort_schema_ms  header click to the first page painted again
//   scroll_page_ms_median/_worst  fetching the next page at the bottom, 50 times in a row
//   search_ms_median/_worst       50 different queries through the Ctrl+K popup: query handed to
//                                 the worker to results shown (typing pause excluded); and the
//                                 store's own time for each (search_store_ms_*)
//   peak_rss_mb                   VmHWM of the process at the end; also after the first paint
//                                 and before the searches,
//                                 VmRSS at the end, and SQLite's own heap (all connections):
//                                 its peak before the searches, its peak and its size at the end
// ui_bench --prepare WORKSPACE: opens the workspace (migrating it), fills what the window would
// otherwise prepare in the background (sort keys, Latin search forms) and prints the times.
// Run by tests/bench/ui-bench.sh; see tests/bench/README.md.

#include "EntityTableModel.h"
#include "MainWindow.h"
#include "SearchPopup.h"
#include "SearchQueries.h"
#include "SearchWorker.h"
#include "store/EntityWriter.h"
#include "store/Sqlite.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

using commonplace::ui::EntityTableModel;
using commonplace::ui::MainWindow;
using commonplace::ui::SearchPopup;

namespace {

/** Milliseconds since the process was started (exec), from /proc/self/stat and uptime. */
double msSinceProcessStart()
{
    std::ifstream stat("/proc/self/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), {});
    // Field 22 (starttime, clock ticks after boot) counts from after the ")" of the name.
    std::istringstream fields(text.substr(text.rfind(')') + 2));
    std::string field;
    for (int i = 3; i <= 22; ++i)
        fields >> field;
    const double start = std::stod(field) / double(sysconf(_SC_CLK_TCK));
    std::ifstream uptimeFile("/proc/uptime");
    double uptime = 0;
    uptimeFile >> uptime;
    return (uptime - start) * 1000.0;
}

/** A field of /proc/self/status in MB: VmHWM (peak resident) or VmRSS (resident now). */
double statusMb(const char* field = "VmHWM:")
{
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::size_t length = std::strlen(field);
    while (std::getline(status, line)) {
        if (line.compare(0, length, field) == 0)
            return std::stod(line.substr(length)) / 1024.0;
    }
    return -1;
}

double peakRssMb()
{
    return statusMb("VmHWM:");
}

/** SQLite's own heap (every connection of the process): now and at its peak, in MB. */
double sqliteMb(bool peak)
{
    return double(peak ? sqlite3_memory_highwater(0) : sqlite3_memory_used()) / (1024.0 * 1024.0);
}

/** Notes when a widget has painted with rows in the model. */
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget* viewport, const QAbstractItemModel* model)
        : m_model(model)
    {
        viewport->installEventFilter(this);
    }
    void reset() { m_painted = false; }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_model->rowCount() > 0)
            m_painted = true; // the paint itself runs right after this, before the wait returns
        return false;
    }

private:
    const QAbstractItemModel* m_model;
    bool m_painted = false;
};

bool waitFor(const std::function<bool()>& done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double worst(const std::vector<double>& v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

} // namespace

/** Migrates and fills a workspace, outside the measured window. */
int prepare(const char* path)
{
    using commonplace::store::Workspace;
    QElapsedTimer t;
    t.start();
    auto ws = Workspace::open(path, Workspace::Mode::OpenExisting);
    if (!ws) {
        std::fprintf(stderr, "ui_bench: %s\n", ws.error().describe().c_str());
        return 1;
    }
    const double openMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    commonplace::store::EntityWriter writer(**ws);
    if (!writer.prepare())
        return 1;
    const bool stale = commonplace::store::EntityWriter::sortKeysStale(**ws);
    auto filled = writer.fillSortKeys({});
    if (!filled) {
        std::fprintf(stderr, "ui_bench: %s\n", filled.error().describe().c_str());
        return 1;
    }
    const double fillMs = double(t.nsecsElapsed()) / 1e6;
    commonplace::store::Query rows((*ws)->db(), "SELECT count(*) FROM entity_latin");
    const long long latinRows = rows.step() == SQLITE_ROW ? rows.int64(0) : -1;
    std::printf("{\"open_and_migrate_ms\": %.1f, \"was_stale\": %s, \"fill_ms\": %.1f, "
                "\"entity_latin_rows\": %lld, \"schema\": %d}\n",
                openMs, stale ? "true" : "false", fillMs, latinRows, (*ws)->schemaVersion());
    return 0;
}

int main(int argc, char* argv[])
{
    if (argc == 3 && std::string(argv[1]) == "--prepare")
        return prepare(argv[2]);
    if (argc < 2) {
        std::fprintf(stderr, "usage: ui_bench WORKSPACE\n");
        return 2;
    }
    // A throwaway settings folder: no remembered layout, nothing written to the user's.
    QTemporaryDir config;
    ::setenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()).constData(), 1);
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CommonplaceBench"));
    QApplication::setApplicationName(QStringLiteral("ui_bench"));
    const QString path = QString::fromLocal8Bit(argv[1]);

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("entityTableView"));
    PaintWatch watch(table->viewport(), table->model());
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    if (!window.openWorkspace(path, commonplace::store::Workspace::Mode::OpenExisting)) {
        std::fprintf(stderr, "ui_bench: cannot open %s\n", argv[1]);
        return 1;
    }
    if (!waitFor([&] { return watch.painted(); })) {
        std::fprintf(stderr, "ui_bench: the table never painted\n");
        return 1;
    }
    QCoreApplication::processEvents(); // the paint itself
    const double fromOpen = double(sinceOpen.nsecsElapsed()) / 1e6;
    const double fromStart = msSinceProcessStart();
    const double peakAfterPaint = peakRssMb();

    // Sorting through the store: click the headers, time to the next painted page.
    auto timeSort = [&](int column) {
        watch.reset();
        QElapsedTimer t;
        t.start();
        table->horizontalHeader()->setSortIndicator(column, column == EntityTableModel::NameColumn
                                                                ? Qt::DescendingOrder
                                                                : Qt::AscendingOrder);
        waitFor([&] { return watch.painted(); });
        QCoreApplication::processEvents();
        return double(t.nsecsElapsed()) / 1e6;
    };
    const double sortDesc = timeSort(EntityTableModel::NameColumn);
    const double sortSchema = timeSort(EntityTableModel::TypeColumn);
    timeSort(EntityTableModel::NameColumn);

    // Scrolling: jump to the bottom of what is loaded, which makes the view fetch a page.
    std::vector<double> scroll;
    for (int i = 0; i < 50; ++i) {
        const int rows = table->model()->rowCount();
        QElapsedTimer t;
        t.start();
        table->scrollToBottom();
        waitFor([&] { return table->model()->rowCount() > rows; }, 10000);
        QCoreApplication::processEvents();
        scroll.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    const double peakBeforeSearch = peakRssMb(), sqliteBeforeSearch = sqliteMb(true);

    // Search through the popup Ctrl+K opens.
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    SearchPopup* popup = window.searchPopup();
    std::vector<double> endToEnd, store;
    double storeMs = 0;
    QObject::connect(popup->worker(), &commonplace::ui::SearchWorker::finished,
                     [&](quint64, const QString&, const commonplace::store::SearchGroups&,
                         double ms) { storeMs = ms; });
    int shown = 0;
    QObject::connect(popup, &SearchPopup::resultsShown, [&] { ++shown; });
    int withResults = 0;
    const auto& kQueries = commonplace::bench::kSearchQueries;
    for (const char* query : kQueries) {
        const int before = shown;
        popup->lineEdit()->setText(QString::fromUtf8(query));
        QElapsedTimer t;
        t.start();
        popup->searchNow();
        if (!waitFor([&] { return shown > before; }, 30000)) {
            std::fprintf(stderr, "ui_bench: no results for %s\n", query);
            return 1;
        }
        endToEnd.push_back(double(t.nsecsElapsed()) / 1e6);
        store.push_back(storeMs);
        if (popup->results()->topLevelItemCount() > 0)
            ++withResults;
    }

    std::printf("{\"first_paint_ms_from_start\": %.1f, \"first_paint_ms_from_open\": %.1f, "
                "\"sort_desc_ms\": %.1f, \"sort_schema_ms\": %.1f, "
                "\"scroll_page_ms_median\": %.2f, \"scroll_page_ms_worst\": %.2f, "
                "\"search_queries\": %zu, \"search_with_results\": %d, "
                "\"search_ms_median\": %.2f, \"search_ms_worst\": %.2f, "
                "\"search_store_ms_median\": %.2f, \"search_store_ms_worst\": %.2f, "
                "\"rows_loaded\": %d, \"peak_rss_mb_after_paint\": %.1f, "
                "\"peak_rss_mb_before_search\": %.1f, \"rss_mb_end\": %.1f, "
                "\"sqlite_peak_mb_before_search\": %.1f, \"sqlite_peak_mb\": %.1f, "
                "\"sqlite_mb_end\": %.1f, \"peak_rss_mb\": %.1f}\n",
                fromStart, fromOpen, sortDesc, sortSchema, median(scroll), worst(scroll),
                kQueries.size(), withResults, median(endToEnd), worst(endToEnd), median(store),
                worst(store), table->model()->rowCount(), peakAfterPaint, peakBeforeSearch,
                statusMb("VmRSS:"), sqliteBeforeSearch, sqliteMb(true), sqliteMb(false),
                peakRssMb());
    return 0;
}
