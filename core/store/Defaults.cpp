// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Defaults.h"

#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <simdjson.h>

namespace commonplace::resources {
std::string_view taxonomy_json();
}

namespace commonplace::store {

Status seedDefaults(Workspace& ws)
{
    simdjson::dom::parser parser;
    simdjson::padded_string json(resources::taxonomy_json());
    simdjson::dom::object root;
    if (parser.parse(json).get_object().get(root))
        return makeError("built-in taxonomy is not valid JSON");
    Transaction tx(ws.db());
    if (auto st = tx.begin(); !st)
        return st;
    Query insert(ws.db(), "INSERT OR IGNORE INTO taxonomy(kind, key, label, description) "
                          "VALUES (?1, ?2, ?3, ?4)");
    for (auto [field, kind] : {std::pair{"tactics", "tactic"}, std::pair{"themes", "theme"}}) {
        simdjson::dom::array items;
        if (root[field].get_array().get(items))
            continue;
        for (auto item : items) {
            std::string_view key, label, description;
            if (item["id"].get_string().get(key) || item["label"].get_string().get(label))
                return makeError("built-in taxonomy entry without id or label");
            if (item["description"].get_string().get(description))
                description = {};
            insert.reset();
            insert.bind(1, std::string_view(kind))
                .bind(2, key)
                .bind(3, label)
                .bindOrNull(4, description);
            if (auto st = insert.exec(); !st)
                return st;
        }
    }
    return tx.commit();
}

} // namespace commonplace::store
