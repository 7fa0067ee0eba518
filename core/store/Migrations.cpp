// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Migrations.h"

namespace commonplace::store {

namespace {

// Schema 1. Statement-based storage as in FollowTheMoney/nomenklatura: an entity is the
// aggregation of its statements, and every statement remembers its dataset, source,
// language, first/last seen and sensitivity (0 public, 1 coalition, 2 internal, 3 restricted).
const char* kSchema1 = R"sql(
CREATE TABLE dataset (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    label       TEXT,
    publisher   TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE source (
    id                INTEGER PRIMARY KEY,
    key               TEXT NOT NULL UNIQUE,
    dataset_id        INTEGER REFERENCES dataset(id),
    title             TEXT NOT NULL,
    url               TEXT,
    publisher         TEXT,
    published         TEXT,
    retrieved         TEXT,
    reliability       TEXT CHECK (reliability IN ('A','B','C','D','E','F')),
    credibility       INTEGER CHECK (credibility BETWEEN 1 AND 6),
    attachment_sha256 TEXT,
    attachment_name   TEXT,
    sensitivity       INTEGER NOT NULL DEFAULT 0 CHECK (sensitivity BETWEEN 0 AND 3),
    notes             TEXT
);

CREATE TABLE attachment (
    sha256  TEXT PRIMARY KEY,
    name    TEXT,
    mime    TEXT,
    data    BLOB NOT NULL
);

CREATE TABLE entity (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    schema        TEXT NOT NULL,
    canonical_id  INTEGER REFERENCES entity(id),
    caption       TEXT,
    extra         TEXT
);
CREATE INDEX entity_caption ON entity(caption COLLATE NOCASE);
CREATE INDEX entity_schema ON entity(schema, caption COLLATE NOCASE);
CREATE INDEX entity_canonical ON entity(canonical_id) WHERE canonical_id IS NOT NULL;

CREATE TABLE statement (
    id           INTEGER PRIMARY KEY,
    hash         BLOB NOT NULL,
    entity_id    INTEGER NOT NULL REFERENCES entity(id),
    prop         TEXT NOT NULL,
    value        TEXT NOT NULL,
    ref          INTEGER NOT NULL DEFAULT 0,
    lang         TEXT,
    dataset_id   INTEGER NOT NULL REFERENCES dataset(id),
    source_id    INTEGER REFERENCES source(id),
    first_seen   TEXT,
    last_seen    TEXT,
    sensitivity  INTEGER NOT NULL DEFAULT 0 CHECK (sensitivity BETWEEN 0 AND 3)
);
CREATE UNIQUE INDEX statement_hash ON statement(hash);
CREATE INDEX statement_entity ON statement(entity_id);
CREATE INDEX statement_ref ON statement(value) WHERE ref = 1;

CREATE TABLE taxonomy (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('tactic', 'theme')),
    key          TEXT NOT NULL,
    label        TEXT NOT NULL,
    description  TEXT,
    UNIQUE (kind, key)
);

CREATE TABLE finding (
    id           INTEGER PRIMARY KEY,
    key          TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    date         TEXT,
    text         TEXT,
    country      TEXT,
    theme_id     INTEGER REFERENCES taxonomy(id),
    author       TEXT,
    dataset_id   INTEGER NOT NULL REFERENCES dataset(id),
    sensitivity  INTEGER NOT NULL DEFAULT 0 CHECK (sensitivity BETWEEN 0 AND 3),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE finding_entity (
    finding_id  INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entity(id),
    PRIMARY KEY (finding_id, entity_id)
) WITHOUT ROWID;
CREATE TABLE finding_source (
    finding_id  INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
    source_id   INTEGER NOT NULL REFERENCES source(id),
    PRIMARY KEY (finding_id, source_id)
) WITHOUT ROWID;
CREATE TABLE finding_tactic (
    finding_id  INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
    tactic_id   INTEGER NOT NULL REFERENCES taxonomy(id),
    PRIMARY KEY (finding_id, tactic_id)
) WITHOUT ROWID;

CREATE TABLE judgement (
    id          INTEGER PRIMARY KEY,
    left_key    TEXT NOT NULL,
    right_key   TEXT NOT NULL,
    judgement   TEXT NOT NULL CHECK (judgement IN ('positive', 'negative', 'unsure')),
    score       REAL,
    user        TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (left_key, right_key)
);

CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

CREATE VIRTUAL TABLE entity_fts USING fts5(
    names, text, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE finding_fts USING fts5(
    title, text, tokenize = 'unicode61 remove_diacritics 2'
);
)sql";

// Schema 2. Merges: a canonical group is the connected component of positive judgements, so
// the resolver walks judgements from either end; the UNIQUE (left_key, right_key) index only
// serves lookups by the left end.
const char* kSchema2 = R"sql(
CREATE INDEX judgement_right ON judgement(right_key);
)sql";

// Schema 3. The workbench, the analyst's views and the exchange between organisations:
// - entity.sort_key: the ICU collation key of the caption (a BLOB compared byte by byte sorts
//   names of every script the way the collator does), so the store sorts and pages by it;
// - diagram: named graph-explorer views (node positions, pins, filter) saved with the workspace;
// - org_key: this workspace's organisation identity (Ed25519/X25519 public keys; the secret
//   key encrypted under a passphrase-derived key, Argon2id parameters kept beside it);
// - partner_key: the keyring of partners' public keys with their trust state;
// - bundle_receipt: every exchange bundle imported, so an older sequence number is refused.
const char* kSchema3 = R"sql(
ALTER TABLE entity ADD COLUMN sort_key BLOB;
CREATE INDEX entity_sort ON entity(sort_key, id);
CREATE INDEX entity_schema_sort ON entity(schema, sort_key, id);

CREATE TABLE diagram (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    data        TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE org_key (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    name           TEXT NOT NULL,
    sign_public    BLOB NOT NULL,
    box_public     BLOB NOT NULL,
    secret_sealed  BLOB NOT NULL,
    kdf_salt       BLOB NOT NULL,
    kdf_ops        INTEGER NOT NULL,
    kdf_mem        INTEGER NOT NULL,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE partner_key (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    fingerprint  TEXT NOT NULL UNIQUE,
    sign_public  BLOB NOT NULL,
    box_public   BLOB NOT NULL,
    status       TEXT NOT NULL DEFAULT 'untrusted'
                 CHECK (status IN ('untrusted', 'trusted', 'revoked')),
    added_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    changed_at   TEXT
);

CREATE TABLE bundle_receipt (
    id               INTEGER PRIMARY KEY,
    sender           TEXT NOT NULL,
    dataset          TEXT NOT NULL,
    sequence         INTEGER NOT NULL,
    manifest_sha256  TEXT NOT NULL,
    imported_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (sender, dataset, sequence)
);
)sql";

// Schema 4. Citations and search:
// - "What cites this source" (the sources view, deleting a source, raising a value's
//   sensitivity to its source's) read every statement: indexes on the citing columns;
// - entity_latin: the Latin forms of the names of entities whose names are not plain ASCII
//   (store::LatinForm), so "Malofeev" finds "Малофеев"; written with the entity's search row,
//   removed with the entity. Rows for the entities already stored are filled in the background
//   (EntityWriter::fillSortKeys) up to the id kept in the setting search.latin_pending;
// - source_fts: sources searched by title, publisher, URL and notes, kept by triggers;
// - names weigh ten times the text in the entity index's rank.
const char* kSchema4 = R"sql(
CREATE INDEX statement_source ON statement(source_id) WHERE source_id IS NOT NULL;
CREATE INDEX finding_source_source ON finding_source(source_id);

CREATE VIRTUAL TABLE entity_latin USING fts5(
    latin, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER entity_latin_delete AFTER DELETE ON entity BEGIN
    DELETE FROM entity_latin WHERE rowid = old.id;
END;
INSERT INTO setting(key, value)
    SELECT 'search.latin_pending', max(id) FROM entity HAVING max(id) IS NOT NULL;

CREATE VIRTUAL TABLE source_fts USING fts5(
    title, publisher, url, notes, tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO source_fts(rowid, title, publisher, url, notes)
    SELECT id, title, coalesce(publisher, ''), coalesce(url, ''), coalesce(notes, '') FROM source;
CREATE TRIGGER source_fts_insert AFTER INSERT ON source BEGIN
    DELETE FROM source_fts WHERE rowid = new.id;
    INSERT INTO source_fts(rowid, title, publisher, url, notes) VALUES (new.id, new.title,
        coalesce(new.publisher, ''), coalesce(new.url, ''), coalesce(new.notes, ''));
END;
CREATE TRIGGER source_fts_update AFTER UPDATE OF title, publisher, url, notes ON source BEGIN
    DELETE FROM source_fts WHERE rowid = old.id;
    INSERT INTO source_fts(rowid, title, publisher, url, notes) VALUES (new.id, new.title,
        coalesce(new.publisher, ''), coalesce(new.url, ''), coalesce(new.notes, ''));
END;
CREATE TRIGGER source_fts_delete AFTER DELETE ON source BEGIN
    DELETE FROM source_fts WHERE rowid = old.id;
END;
INSERT INTO source_fts(source_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 2.0, 1.0)');

INSERT INTO entity_fts(entity_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)');
)sql";

} // namespace

const std::vector<IndexDefinition>& bulkIndexes()
{
    static const std::vector<IndexDefinition> indexes = {
        {"statement_hash", "CREATE UNIQUE INDEX statement_hash ON statement(hash)"},
        {"statement_entity", "CREATE INDEX statement_entity ON statement(entity_id)"},
        {"statement_ref", "CREATE INDEX statement_ref ON statement(value) WHERE ref = 1"},
        {"statement_source",
         "CREATE INDEX statement_source ON statement(source_id) WHERE source_id IS NOT NULL"},
        {"entity_caption", "CREATE INDEX entity_caption ON entity(caption COLLATE NOCASE)"},
        {"entity_schema", "CREATE INDEX entity_schema ON entity(schema, caption COLLATE NOCASE)"},
        {"entity_sort", "CREATE INDEX entity_sort ON entity(sort_key, id)"},
        {"entity_schema_sort", "CREATE INDEX entity_schema_sort ON entity(schema, sort_key, id)"},
    };
    return indexes;
}

const std::vector<std::string>& migrations()
{
    static const std::vector<std::string> steps = {kSchema1, kSchema2, kSchema3, kSchema4};
    return steps;
}

} // namespace commonplace::store
