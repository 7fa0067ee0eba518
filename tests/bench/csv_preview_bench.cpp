// SPDX-License-Identifier: GPL-3.0-or-later
// csv_preview_bench: how long one refresh of the CSV mapping editor's entity preview takes
// (ui::previewEntities: the sample imported through the mapping into the scratch workspace,
// then the tree filled), as the editor does it after every change of the mapping.
//
//   csv_preview_bench <file.csv> <mapping.json> [refreshes=50] [rows=20]
//
// e.g. tests/fixtures/ftm/donations.csv resources/mappings/donations.json. Prints the first
// refresh (which opens the scratch workspace) apart, then median and maximum of the others.
#include "import/CsvPreview.h"
#include "io/Mapping.h"
#include "io/MappingPreview.h"

#include <QApplication>
#include <QTreeWidget>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

using namespace commonplace;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s file.csv mapping.json [refreshes] [rows]\n", argv[0]);
        return 2;
    }
    const int refreshes = argc > 3 ? std::max(2, std::atoi(argv[3])) : 50;
    const std::size_t rows = argc > 4 ? std::size_t(std::max(1, std::atoi(argv[4]))) : 20;
    auto mapping = io::loadMapping(argv[2]);
    if (!mapping) {
        std::fprintf(stderr, "%s\n", mapping.error().describe().c_str());
        return 1;
    }
    const auto& q = mapping->queries.front();
    io::CsvOptions options;
    options.delimiter = q.delimiter.value_or(',');
    options.encoding = q.encoding.value_or(io::CsvEncoding::Utf8);
    auto sample = io::readCsvSample(argv[1], options, rows, q.header);
    if (!sample) {
        std::fprintf(stderr, "%s\n", sample.error().describe().c_str());
        return 1;
    }
    QTreeWidget tree;
    std::vector<double> ms, cpu;
    int entities = 0;
    for (int i = 0; i < refreshes; ++i) {
        const std::clock_t c0 = std::clock();
        const auto t0 = std::chrono::steady_clock::now();
        const QString error =
            ui::previewEntities(*mapping, *sample, QStringLiteral("bench.csv"), &tree, &entities);
        const auto t1 = std::chrono::steady_clock::now();
        const std::clock_t c1 = std::clock();
        if (!error.isEmpty()) {
            std::fprintf(stderr, "preview failed: %s\n", qPrintable(error));
            return 1;
        }
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        cpu.push_back(1000.0 * double(c1 - c0) / CLOCKS_PER_SEC);
    }
    const double first = ms.front(), firstCpu = cpu.front();
    std::vector<double> rest(ms.begin() + 1, ms.end()), restCpu(cpu.begin() + 1, cpu.end());
    std::sort(rest.begin(), rest.end());
    std::sort(restCpu.begin(), restCpu.end());
    std::printf("rows %zu, entities %d, refreshes %d\n", sample->rows.size(), entities, refreshes);
    std::printf("first refresh (opens the scratch workspace): %.1f ms wall, %.1f ms CPU\n", first,
                firstCpu);
    std::printf("later refreshes: wall median %.1f ms, max %.1f ms; CPU median %.1f ms, max "
                "%.1f ms\n",
                rest[rest.size() / 2], rest.back(), restCpu[restCpu.size() / 2], restCpu.back());
    return 0;
}
