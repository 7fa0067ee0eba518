// SPDX-License-Identifier: GPL-3.0-or-later
// search_bench WORKSPACE [--runs N] [--show QUERY]...: the store's Ctrl+K search
// (Workspace::searchGrouped, 8 hits per group as the popup asks) alone, without the window.
// Loads ICU's transliteration rules first, as the window does when a workspace opens (timed
// apart). Runs the 50 queries of ui_bench N times (default 5) on one connection and prints, per
// query, the median and worst of its N wall-clock times and the median of its CPU times (the
// thread's own: on a machine shared with other work the CPU time shows the cost, the wall clock the
// wait), and, once, the time of the very first search on a fresh thread (what the first Ctrl+K
// pays for setting up); then the median and worst over all.
// --show QUERY prints the groups that query returns (to judge the results, not the time).
// The first pass also warms the file into the page cache: run it twice and read the second.

#include "SearchQueries.h"
#include "store/Latin.h"
#include "store/Workspace.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <time.h>
#include <vector>

using commonplace::store::SearchGroups;
using commonplace::store::SearchHit;
using commonplace::store::Workspace;

namespace {

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void show(const char* title, const std::vector<SearchHit>& hits)
{
    if (hits.empty())
        return;
    std::printf("  %s\n", title);
    for (const SearchHit& h : hits)
        std::printf("    %-40s %-14s %s\n", h.caption.c_str(), h.schema.c_str(), h.snippet.c_str());
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: search_bench WORKSPACE [--runs N] [--show QUERY]...\n");
        return 2;
    }
    int runs = 5;
    std::vector<std::string> shows;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--show" && i + 1 < argc)
            shows.emplace_back(argv[++i]);
        else {
            std::fprintf(stderr, "search_bench: unknown argument %s\n", arg.c_str());
            return 2;
        }
    }
    auto ws = Workspace::open(argv[1], Workspace::Mode::OpenExisting);
    if (!ws) {
        std::fprintf(stderr, "search_bench: %s\n", ws.error().describe().c_str());
        return 1;
    }
    constexpr int kPerGroup = 8; // SearchPopup::kPerGroup

    if (!shows.empty()) {
        for (const std::string& query : shows) {
            const auto start = std::chrono::steady_clock::now();
            auto groups = (*ws)->searchGrouped(query, kPerGroup);
            const double ms = msSince(start);
            if (!groups) {
                std::fprintf(stderr, "search_bench: %s\n", groups.error().describe().c_str());
                return 1;
            }
            std::printf("%s (%.1f ms)\n", query.c_str(), ms);
            show("Actors", groups->actors);
            show("Relationships", groups->relationships);
            show("Findings", groups->findings);
            show("Sources", groups->sources);
        }
        return 0;
    }

    // What the window does when a workspace opens (SearchWorker): load ICU's transliteration
    // rules in the background, before anything is typed.
    const auto warmStart = std::chrono::steady_clock::now();
    commonplace::store::LatinForm::warmUp();
    const double warmMs = msSince(warmStart);

    // The first search on a thread that has not searched yet, as the popup's worker thread.
    double firstMs = 0;
    std::thread([&] {
        const auto start = std::chrono::steady_clock::now();
        (void)(*ws)->searchGrouped("m", kPerGroup);
        firstMs = msSince(start);
    }).join();

    const auto& queries = commonplace::bench::kSearchQueries;
    std::vector<std::vector<double>> times(queries.size()), cpu(queries.size());
    for (int run = 0; run < runs; ++run) {
        for (std::size_t q = 0; q < queries.size(); ++q) {
            const auto start = std::chrono::steady_clock::now();
            const double cpuStart = threadCpuMs();
            auto groups = (*ws)->searchGrouped(queries[q], kPerGroup);
            cpu[q].push_back(threadCpuMs() - cpuStart);
            times[q].push_back(msSince(start));
            if (!groups) {
                std::fprintf(stderr, "search_bench: %s: %s\n", queries[q],
                             groups.error().describe().c_str());
                return 1;
            }
        }
    }
    std::vector<double> medians, worsts, cpus;
    std::printf("%-14s %10s %10s %10s\n", "query", "median ms", "worst ms", "cpu ms");
    for (std::size_t q = 0; q < queries.size(); ++q) {
        medians.push_back(median(times[q]));
        worsts.push_back(*std::max_element(times[q].begin(), times[q].end()));
        cpus.push_back(median(cpu[q]));
        std::printf("%-14s %10.2f %10.2f %10.2f\n", queries[q], medians.back(), worsts.back(),
                    cpus.back());
    }
    std::printf("{\"runs\": %d, \"warm_up_ms\": %.1f, \"first_search_on_new_thread_ms\": %.1f, "
                "\"median_of_query_medians_ms\": %.2f, \"worst_query_median_ms\": %.2f, "
                "\"worst_single_ms\": %.2f, \"median_cpu_ms\": %.2f, \"worst_cpu_ms\": %.2f}\n",
                runs, warmMs, firstMs, median(medians),
                *std::max_element(medians.begin(), medians.end()),
                *std::max_element(worsts.begin(), worsts.end()), median(cpus),
                *std::max_element(cpus.begin(), cpus.end()));
    return 0;
}
