// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/Groups.h"

#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <algorithm>

namespace commonplace::match {

Result<std::vector<MergedGroup>> mergedGroups(const store::Workspace& ws)
{
    // Members point at their representative; the representative itself points nowhere.
    store::Query q(ws.db(), "SELECT c.key, coalesce(c.caption, ''), c.schema, m.key "
                            "FROM entity m JOIN entity c ON c.id = m.canonical_id "
                            "ORDER BY c.key, m.key");
    if (!q.valid())
        return makeError("cannot list merged entities: " + q.error(), ws.path());
    std::vector<MergedGroup> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        std::string canonical = q.string(0);
        if (out.empty() || out.back().canonical != canonical) {
            out.push_back({canonical, q.string(1), q.string(2), {canonical}});
        }
        out.back().members.push_back(q.string(3));
    }
    if (rc != SQLITE_DONE)
        return makeError(std::string("cannot list merged entities: ") + sqlite3_errmsg(ws.db()),
                         ws.path());
    for (auto& g : out)
        std::sort(g.members.begin(), g.members.end());
    return out;
}

} // namespace commonplace::match
