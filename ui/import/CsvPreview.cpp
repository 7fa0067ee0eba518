// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvPreview.h"

#include "Labels.h"
#include "io/Import.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <memory>

namespace commonplace::ui {

namespace {

QByteArray csvLine(const std::vector<std::string>& cells)
{
    QByteArray line;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        if (c)
            line += ',';
        QByteArray field = QByteArray::fromStdString(cells[c]);
        field.replace('"', "\"\"");
        line += '"' + field + '"';
    }
    return line + '\n';
}

} // namespace

QString previewEntities(const io::Mapping& mapping, const io::CsvSample& sample,
                        const QString& fileName, QTreeWidget* tree, int* entityCount)
{
    tree->clear();
    if (entityCount)
        *entityCount = 0;
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return QCoreApplication::translate("commonplace::ui::CsvPreview",
                                           "No room for a preview: %1")
            .arg(scratch.errorString());

    // The sample is written back as plain UTF-8 CSV, one record a line, so the mapping is
    // saved for it with ',' and no encoding; everything else stays as the user mapped it.
    io::Mapping forSample = mapping;
    for (auto& q : forSample.queries) {
        q.delimiter = ',';
        q.encoding.reset();
        q.header = true; // the sample is written with the column names, numbered ones too
    }
    const QString mappingPath = scratch.filePath(QStringLiteral("mapping.json"));
    {
        // A plain write: saveMapping() would fsync a file thrown away in a moment.
        QFile out(mappingPath);
        if (!out.open(QIODevice::WriteOnly) ||
            out.write(QByteArray::fromStdString(io::mappingToJson(forSample))) < 0)
            return out.errorString();
    }
    const QString samplePath = scratch.filePath(QStringLiteral("sample.csv"));
    {
        QFile out(samplePath);
        if (!out.open(QIODevice::WriteOnly))
            return out.errorString();
        out.write(csvLine(sample.header));
        for (const auto& row : sample.rows)
            out.write(csvLine(row.cells));
    }
    // One scratch workspace for every preview, in memory: creating a fresh one (schema,
    // indexes, taxonomy) took most of a refresh, and nothing of it reaches the disk. Each
    // preview imports inside a savepoint that is rolled back below, so it starts empty.
    // The UI thread alone calls this (it fills a widget), so a function-static is enough.
    static std::unique_ptr<store::Workspace> scratchWs;
    if (!scratchWs) {
        auto opened = store::Workspace::open(":memory:", store::Workspace::Mode::OpenOrCreate);
        if (!opened)
            return QString::fromStdString(opened.error().describe());
        scratchWs = std::move(*opened);
    }
    store::Workspace* ws = scratchWs.get();
    if (auto st = store::execSql(ws->db(), "SAVEPOINT csv_preview"); !st)
        return QString::fromStdString(st.error().describe());
    struct Rollback
    {
        store::Workspace* ws;
        ~Rollback()
        {
            (void)store::execSql(ws->db(), "ROLLBACK TO csv_preview; RELEASE csv_preview");
        }
    } rollback{ws};
    io::ImportOptions options;
    options.format = io::Format::Csv;
    options.dataset = "preview";
    options.mappingPath = QFile::encodeName(mappingPath).toStdString();
    auto report = io::importFile(*ws, QFile::encodeName(samplePath).toStdString(), options);
    if (!report) {
        // Line k of the sample is the header (1) or row k-2: name the line in the real file.
        const auto& e = report.error();
        std::uint64_t line = e.line;
        if (line == 1)
            line = sample.headerLine;
        else if (line >= 2 && line - 2 < sample.rows.size())
            line = sample.rows[line - 2].line;
        QString where = fileName;
        if (line)
            where += QLatin1Char(':') + QString::number(line);
        return QCoreApplication::translate("commonplace::ui::CsvPreview",
                                           "These rows would not import: %1: %2")
            .arg(where, QString::fromStdString(e.message));
    }
    auto rows =
        ws->listEntities({}, store::EntitySort::Schema, store::SortOrder::Ascending, nullptr, 500);
    if (!rows)
        return QString::fromStdString(rows.error().describe());
    int count = 0;
    for (const auto& row : *rows) {
        auto detail = ws->entity(row.id);
        if (!detail)
            continue;
        const bool unnamed = row.caption.empty() || row.caption == row.id;
        auto* item = new QTreeWidgetItem(
            tree, {unnamed ? schemaLabel(row.schema) : QString::fromStdString(row.caption),
                   schemaLabel(row.schema)});
        item->setData(0, Qt::UserRole, QString::fromStdString(row.id));
        for (const auto& st : detail->statements)
            new QTreeWidgetItem(item, {propertyLabel(row.schema, st.prop),
                                       displayValue(row.schema, st.prop, st.value)});
        ++count;
    }
    tree->expandToDepth(0);
    tree->resizeColumnToContents(0);
    if (entityCount)
        *entityCount = count;
    return {};
}

} // namespace commonplace::ui
