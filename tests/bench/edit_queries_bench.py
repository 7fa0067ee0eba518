#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times the SQL behind the editing views (store::Catalog) on a generated workspace.

usage: edit_queries_bench.py CLI [--entities N] [--runs R]

Creates a workspace with `CLI init`, fills it directly with N organisations (5 values each, one
in ten values citing one of 1,000 sources) and 10,000 findings, then runs the queries the
Findings, Sources and entity-completion views run, R times each, and prints the median and the
worst in milliseconds. The SQL is copied from core/store/Catalog.cpp; keep them in step.
"""
import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import tempfile
import time


def fill(db, entities):
    rnd = random.Random(7)
    cur = db.cursor()
    cur.execute("INSERT INTO dataset(name) VALUES ('bench')")
    cur.executemany(
        "INSERT INTO source(id, key, dataset_id, title, reliability, credibility) "
        "VALUES (?, ?, 1, ?, 'B', 2)",
        [(i, f"src-{i}", f"Source {i:04d}") for i in range(1, 1001)])
    words = ["Alpha", "Beta", "Cedar", "Delta", "Family", "Heritage", "Liberty", "Covenant",
             "Prairie", "Institute", "Foundation", "Fund", "Trust", "Alliance", "Centre"]
    ents, stmts = [], []
    sid = 0
    for e in range(1, entities + 1):
        name = f"{rnd.choice(words)} {rnd.choice(words)} {e}"
        ents.append((e, f"e{e}", "Organization", name))
        for prop, value in (("name", name), ("country", "us"), ("legalForm", "nonprofit"),
                            ("incorporationDate", "2001-01-01"), ("notes", f"note {e}")):
            sid += 1
            source = rnd.randint(1, 1000) if rnd.random() < 0.1 else None
            stmts.append((sid, os.urandom(16), e, prop, value, source))
        if len(stmts) > 200000:
            cur.executemany("INSERT INTO entity(id, key, schema, caption) VALUES (?,?,?,?)", ents)
            cur.executemany("INSERT INTO statement(id, hash, entity_id, prop, value, dataset_id, "
                            "source_id) VALUES (?,?,?,?,?,1,?)", stmts)
            ents, stmts = [], []
    cur.executemany("INSERT INTO entity(id, key, schema, caption) VALUES (?,?,?,?)", ents)
    cur.executemany("INSERT INTO statement(id, hash, entity_id, prop, value, dataset_id, "
                    "source_id) VALUES (?,?,?,?,?,1,?)", stmts)
    cur.executemany("INSERT INTO finding(id, key, title, date, dataset_id) VALUES (?,?,?,?,1)",
                    [(i, f"f{i}", f"Finding {i}", f"20{10 + i % 15}-01-01") for i in
                     range(1, 10001)])
    cur.executemany("INSERT INTO finding_source VALUES (?, ?)",
                    [(i, rnd.randint(1, 1000)) for i in range(1, 10001)])
    db.commit()


def timed(db, sql, params, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        db.execute(sql, params).fetchall()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), max(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("--entities", type=int, default=200000)
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bench.commonplace")
        subprocess.run([args.cli, "--workspace", path, "init"], check=True,
                       stdout=subprocess.DEVNULL)
        db = sqlite3.connect(path)
        t = time.perf_counter()
        fill(db, args.entities)
        print(f"filled {args.entities} entities, {args.entities * 5} values in "
              f"{time.perf_counter() - t:.1f} s")
        page_ids = ",".join(str(i) for i in range(1, 201))
        queries = [
            ("findings page (200, by date)",
             "SELECT f.id, f.key, f.title, (SELECT count(*) FROM finding_source fs WHERE "
             "fs.finding_id = f.id) AS n FROM finding f JOIN dataset d ON d.id = f.dataset_id "
             "LEFT JOIN taxonomy t ON t.id = f.theme_id ORDER BY f.date DESC, f.id DESC "
             "LIMIT 200 OFFSET 0", ()),
            ("sources page counts (200 sources, one pass)",
             f"SELECT source_id, count(*) FROM statement WHERE source_id IN ({page_ids}) "
             "GROUP BY source_id", ()),
            ("sources page: finding counts of 200 sources",
             f"SELECT source_id, count(*) FROM finding_source WHERE source_id IN ({page_ids}) "
             "GROUP BY source_id", ()),
            ("what cites a source: count",
             "SELECT (SELECT count(*) FROM statement WHERE source_id = ?1), "
             "(SELECT count(*) FROM finding_source WHERE source_id = ?1)", (17,)),
            ("what cites a source: first 200 values",
             "SELECT s.id, e.key, e.schema, coalesce(e.caption, e.key), s.prop, s.value FROM "
             "statement s JOIN entity e ON e.id = s.entity_id WHERE s.source_id = ?1 ORDER BY "
             "e.caption, s.prop, s.id LIMIT 200", (17,)),
            ("what cites a source: first 200 findings",
             "SELECT f.id, f.key, f.title FROM finding f WHERE f.id IN (SELECT finding_id FROM "
             "finding_source WHERE source_id = ?1) ORDER BY f.date DESC, f.id DESC LIMIT 200",
             (17,)),
            ("entity completion by name prefix",
             "SELECT id, key, schema, coalesce(caption, key) FROM entity WHERE caption COLLATE "
             "NOCASE >= ?1 AND caption COLLATE NOCASE < ?2 AND canonical_id IS NULL ORDER BY "
             "caption COLLATE NOCASE LIMIT 48", ("cedar fam", "cedar fam\U0010FFFF")),
        ]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        print(f"schema {version}; {args.runs} runs each")
        print(f"{'query':48} {'median ms':>10} {'worst ms':>10}")
        for label, sql, params in queries:
            med, worst = timed(db, sql, params, args.runs)
            print(f"{label:48} {med:10.1f} {worst:10.1f}")
        db.close()


if __name__ == "__main__":
    main()
