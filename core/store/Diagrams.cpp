// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Diagrams.h"

#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <simdjson.h>

namespace commonplace::store {

namespace {

Status checkName(std::string_view name)
{
    if (name.empty())
        return makeError("a diagram needs a name");
    if (name.size() > kMaxDiagramName)
        return makeError("diagram name too long (" + std::to_string(name.size()) +
                         " bytes; at most " + std::to_string(kMaxDiagramName) + ")");
    for (unsigned char c : name)
        if (c < 0x20 || c == 0x7f)
            return makeError("diagram name contains a control character");
    return {};
}

Status checkData(std::string_view data)
{
    simdjson::dom::parser parser;
    simdjson::padded_string padded(data);
    simdjson::dom::element doc;
    if (auto err = parser.parse(padded).get(doc))
        return makeError(std::string("diagram data is not valid JSON: ") +
                         simdjson::error_message(err));
    if (!doc.is_object())
        return makeError("diagram data must be a JSON object");
    return {};
}

Error sqlError(const Workspace& ws, const std::string& what)
{
    return makeError(what + ": " + sqlite3_errmsg(ws.db()), ws.path());
}

} // namespace

Result<std::vector<Diagram>> listDiagrams(const Workspace& ws)
{
    Query q(ws.db(), "SELECT name, data, created_at, updated_at FROM diagram ORDER BY name");
    if (!q.valid())
        return makeError("cannot list diagrams: " + q.error(), ws.path());
    std::vector<Diagram> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({q.string(0), q.string(1), q.string(2), q.string(3)});
    if (rc != SQLITE_DONE)
        return sqlError(ws, "cannot list diagrams");
    return out;
}

Result<Diagram> loadDiagram(const Workspace& ws, std::string_view name)
{
    Query q(ws.db(), "SELECT name, data, created_at, updated_at FROM diagram WHERE name = ?1");
    if (!q.valid())
        return makeError("cannot read diagram: " + q.error(), ws.path());
    q.bind(1, name);
    int rc = q.step();
    if (rc == SQLITE_ROW)
        return Diagram{q.string(0), q.string(1), q.string(2), q.string(3)};
    if (rc == SQLITE_DONE)
        return makeError("no diagram named '" + std::string(name) + "'");
    return sqlError(ws, "cannot read diagram");
}

Status saveDiagram(Workspace& ws, std::string_view name, std::string_view data)
{
    if (auto st = checkName(name); !st)
        return st;
    if (auto st = checkData(data); !st)
        return st;
    Transaction tx(ws.db());
    if (auto st = tx.begin(); !st)
        return st;
    Query q(ws.db(),
            "INSERT INTO diagram(name, data) VALUES(?1, ?2) ON CONFLICT(name) DO UPDATE SET "
            "data = excluded.data, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
    if (!q.valid())
        return makeError("cannot save diagram: " + q.error(), ws.path());
    q.bind(1, name).bind(2, data);
    if (auto st = q.exec(); !st)
        return st;
    return tx.commit();
}

Status deleteDiagram(Workspace& ws, std::string_view name)
{
    Transaction tx(ws.db());
    if (auto st = tx.begin(); !st)
        return st;
    Query q(ws.db(), "DELETE FROM diagram WHERE name = ?1");
    if (!q.valid())
        return makeError("cannot delete diagram: " + q.error(), ws.path());
    q.bind(1, name);
    if (auto st = q.exec(); !st)
        return st;
    if (sqlite3_changes(ws.db()) == 0)
        return makeError("no diagram named '" + std::string(name) + "'");
    return tx.commit();
}

Status renameDiagram(Workspace& ws, std::string_view from, std::string_view to)
{
    if (auto st = checkName(to); !st)
        return st;
    if (from == to)
        return loadDiagram(ws, from)
                   ? Status{}
                   : Status{makeError("no diagram named '" + std::string(from) + "'")};
    Transaction tx(ws.db());
    if (auto st = tx.begin(); !st)
        return st;
    {
        Query taken(ws.db(), "SELECT 1 FROM diagram WHERE name = ?1");
        taken.bind(1, to);
        if (taken.step() == SQLITE_ROW)
            return makeError("a diagram named '" + std::string(to) + "' already exists");
    }
    Query q(ws.db(), "UPDATE diagram SET name = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', "
                     "'now') WHERE name = ?1");
    if (!q.valid())
        return makeError("cannot rename diagram: " + q.error(), ws.path());
    q.bind(1, from).bind(2, to);
    if (auto st = q.exec(); !st)
        return st;
    if (sqlite3_changes(ws.db()) == 0)
        return makeError("no diagram named '" + std::string(from) + "'");
    return tx.commit();
}

} // namespace commonplace::store
