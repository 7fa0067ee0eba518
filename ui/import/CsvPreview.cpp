// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvPreview.h"

#include "Labels.h"
#include "io/Import.h"
#include "model/Model.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <memory>
#include <mutex>
#include <unordered_map>

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

PreviewResult computePreview(const io::Mapping& mapping, const io::CsvSample& sample,
                             const QString& fileName)
{
    PreviewResult result;
    auto failed = [&](QString error) {
        result.error = std::move(error);
        return result;
    };
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return failed(
            QCoreApplication::translate("commonplace::ui::CsvPreview", "No room for a preview: %1")
                .arg(scratch.errorString()));

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
            return failed(out.errorString());
    }
    const QString samplePath = scratch.filePath(QStringLiteral("sample.csv"));
    {
        QFile out(samplePath);
        if (!out.open(QIODevice::WriteOnly))
            return failed(out.errorString());
        out.write(csvLine(sample.header));
        for (const auto& row : sample.rows)
            out.write(csvLine(row.cells));
    }
    // One scratch workspace for every preview, in memory: creating a fresh one (schema,
    // indexes, taxonomy) took most of a refresh, and nothing of it reaches the disk. Each
    // preview imports inside a savepoint that is rolled back below, so it starts empty.
    // Previews run on the UI thread (the editor) and on worker threads (the import dialog):
    // the mutex runs them one at a time.
    static std::mutex scratchMutex;
    static std::unique_ptr<store::Workspace> scratchWs;
    std::lock_guard lock(scratchMutex);
    if (!scratchWs) {
        auto opened = store::Workspace::open(":memory:", store::Workspace::Mode::OpenOrCreate);
        if (!opened)
            return failed(QString::fromStdString(opened.error().describe()));
        scratchWs = std::move(*opened);
    }
    store::Workspace* ws = scratchWs.get();
    // Never committed: the scratch workspace is empty again when this returns.
    store::Transaction discarded(ws->db());
    if (auto st = discarded.begin(); !st)
        return failed(QString::fromStdString(st.error().describe()));
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
        // The mapping's own file is named as the user knows it, not as the scratch copy.
        QString message = QString::fromStdString(e.message);
        message.replace(mappingPath, QString::fromStdString(mapping.path));
        return failed(QCoreApplication::translate("commonplace::ui::CsvPreview",
                                                  "These rows would not import: %1: %2")
                          .arg(where, message));
    }
    auto rows =
        ws->listEntities({}, store::EntitySort::Schema, store::SortOrder::Ascending, nullptr, 500);
    if (!rows)
        return failed(QString::fromStdString(rows.error().describe()));
    std::unordered_map<std::string, const store::EntityRow*> byId;
    for (const auto& row : *rows)
        byId.emplace(row.id, &row);
    const model::Model& model = model::Model::builtin();
    for (const auto& row : *rows) {
        auto detail = ws->entity(row.id);
        if (!detail)
            continue;
        PreviewEntity entity;
        entity.id = row.id;
        entity.schema = row.schema;
        entity.caption = row.caption == row.id ? std::string() : row.caption;
        const model::Schema* schema = model.schema(row.schema);
        for (const auto& st : detail->statements) {
            PreviewValue value{st.prop, st.value, {}};
            const model::Property* p = schema ? schema->property(st.prop) : nullptr;
            if (p && p->type->kind == model::TypeKind::Entity) {
                if (auto it = byId.find(st.value); it != byId.end()) {
                    value.linkedSchema = it->second->schema;
                    if (!it->second->caption.empty() && it->second->caption != it->second->id)
                        value.linkedCaption = it->second->caption;
                }
            }
            entity.values.push_back(std::move(value));
        }
        result.entities.push_back(std::move(entity));
    }
    return result;
}

QString showPreview(const PreviewResult& result, QTreeWidget* tree, int* entityCount)
{
    tree->clear();
    if (entityCount)
        *entityCount = 0;
    if (!result.error.isEmpty())
        return result.error;
    const model::Model& model = model::Model::builtin();
    int count = 0;
    for (const auto& entity : result.entities) {
        auto* item = new QTreeWidgetItem(tree, {entity.caption.empty()
                                                    ? schemaLabel(entity.schema)
                                                    : QString::fromStdString(entity.caption),
                                                schemaLabel(entity.schema)});
        item->setData(0, Qt::UserRole, QString::fromStdString(entity.id));
        item->setToolTip(0, QString::fromStdString(entity.id));
        const model::Schema* schema = model.schema(entity.schema);
        for (const auto& v : entity.values) {
            const model::Property* p = schema ? schema->property(v.property) : nullptr;
            const bool link = p && p->type->kind == model::TypeKind::Entity;
            QString shown = displayValue(entity.schema, v.property, v.value);
            QString tip;
            if (link) {
                // A link shows the entity it names; its id is one hover away.
                const model::Schema* range = p->range;
                if (!v.linkedCaption.empty())
                    shown = QString::fromStdString(v.linkedCaption);
                else if (!v.linkedSchema.empty())
                    shown = schemaLabel(v.linkedSchema); // an unnamed entity of these rows
                else if (range)
                    shown = QCoreApplication::translate("commonplace::ui::CsvPreview",
                                                        "(a %1 not in these rows)")
                                .arg(schemaLabel(range->name()));
                tip = QCoreApplication::translate("commonplace::ui::CsvPreview", "Id: %1")
                          .arg(QString::fromStdString(v.value));
            }
            auto* child =
                new QTreeWidgetItem(item, {propertyLabel(entity.schema, v.property), shown});
            child->setData(1, Qt::UserRole, QString::fromStdString(v.value));
            if (!tip.isEmpty())
                child->setToolTip(1, tip);
        }
        ++count;
    }
    tree->expandToDepth(0);
    tree->resizeColumnToContents(0);
    if (entityCount)
        *entityCount = count;
    return {};
}

QString previewEntities(const io::Mapping& mapping, const io::CsvSample& sample,
                        const QString& fileName, QTreeWidget* tree, int* entityCount)
{
    return showPreview(computePreview(mapping, sample, fileName), tree, entityCount);
}

} // namespace commonplace::ui
