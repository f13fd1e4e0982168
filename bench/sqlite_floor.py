#!/usr/bin/env python3
"""What SQLite alone needs to store an ingest corpus: the floor under `kg bench ingest`.

Runs `kg bench ingest` on a generated corpus (kept with --corpus-out), then writes the same papers into a fresh file
with kg's own schema (schema/sqlite/*.sql) the cheapest way SQLite allows, and prints both speeds and their ratio.

The floor knows everything in advance and is timed only for SQLite's work: every reference is resolved in Python
before the clock starts (no lookups), the rows go in sorted key order in ONE transaction (kg commits every batch so
a crash loses one batch), no content hash or identity log, the deferred indexes and the full-text index built once
at the end exactly as kg's bulk load does, and the WAL checkpointed at close as kg does. What it cannot skip is
what the graph is: the paper rows, their id keys, author nodes and AUTHORED_BY edges, stub papers for external
references, CITES edges, the FTS5 index over title and abstract, the edge index by target.

A second, lean floor drops kg's schema for the least any store could keep: integer paper ids, one table of integer
edges with its index by target, and the FTS5 index (title, abstract). It bounds what a redesign of the store could
reach on this machine.

    /usr/bin/python3 bench/sqlite_floor.py --kg src/KnowledgeGraph.Cli/bin/Release/net10.0/kg --records 100000

Python's sqlite3 module is an older SQLite (3.40 on Debian 12) than the one kg bundles; its per-row binding in
executemany costs about as much as kg's prepared statements.
"""
import argparse
import glob
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFERRED_INDEXES = ["edges_dst", "papers_pagerank", "papers_citation_count", "papers_community", "papers_year", "nodes_label_name"]
FTS_TRIGGERS = ["papers_fts_insert", "papers_fts_delete", "papers_fts_update"]


def title_key(title):
    # Not kg's key (a hash of its normalizer's output), but a key of the same length and spread.
    t = unicodedata.normalize("NFKD", title).lower()
    return "title:" + re.sub(r"[^a-z0-9]+", " ", t).strip()[:16]


def paper_keys(record):
    keys = []
    if record.get("doi"):
        keys.append("doi:" + record["doi"].lower())
    if record.get("arxivId"):
        keys.append("arxiv:" + record["arxivId"])
    return keys


def reference_keys(reference):
    # a reference is an id string ("arxiv:2001.00042") or an object with the record's id fields
    if isinstance(reference, str):
        return [reference.lower() if reference.startswith("doi:") else reference]
    return paper_keys(reference)


def build_rows(corpus):
    """Every row the graph needs, resolved in memory (untimed)."""
    records = [json.loads(line) for line in open(corpus, encoding="utf-8") if line.strip()]
    owner = {}
    papers, keys = [], []
    for pk, r in enumerate(records, start=1):
        ks = paper_keys(r)
        pid = r["id"]
        for k in ks:
            if k not in owner:
                owner[k] = pid
                keys.append((k, pid))
        papers.append((pk, pid, r["title"], title_key(r["title"]), r.get("abstract"), r.get("published"), r.get("year"),
                       r.get("venue"), json.dumps(ks), 0, "0123456789abcdef", json.dumps(["jsonl:" + corpus])))
    authors, edges = {}, {}
    stubs = []
    for r in records:
        pid = r["id"]
        for i, name in enumerate(r.get("authors") or []):
            aid = "author:" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
            authors.setdefault(aid, name)
            edges.setdefault((pid, "AUTHORED_BY", aid), i)
        for ref in r.get("references") or []:
            ks = reference_keys(ref)
            target = next((owner[k] for k in ks if k in owner), None)
            if target is None and ks:
                target = ks[0]
                title = ref.get("title", target) if isinstance(ref, dict) else target
                stubs.append((len(papers) + len(stubs) + 1, target, title, title_key(title), None, None,
                              ref.get("year") if isinstance(ref, dict) else None, None, json.dumps(ks), 1, None, "[]"))
                for k in ks:
                    owner[k] = target
                    keys.append((k, target))
            if target is not None and target != pid:
                edges.setdefault((pid, "CITES", target), None)
    return len(records), papers + stubs, sorted(keys), sorted(authors.items()), sorted((s, t, d, p) for (s, t, d), p in edges.items())


def floor(corpus, db):
    count, papers, keys, authors, edges = build_rows(corpus)
    connection = sqlite3.connect(db, isolation_level=None)
    connection.execute("PRAGMA page_size = 16384")
    connection.execute("PRAGMA journal_mode = WAL")
    for pragma in ["synchronous = NORMAL", "cache_size = -131072", "mmap_size = 268435456", "wal_autocheckpoint = 16384"]:
        connection.execute("PRAGMA " + pragma)
    for path in sorted(glob.glob(os.path.join(ROOT, "schema", "sqlite", "*.sql"))):
        connection.executescript(open(path, encoding="utf-8").read())
    saved = connection.execute(
        f"SELECT name, sql FROM sqlite_master WHERE name IN ({','.join('?' * (len(DEFERRED_INDEXES) + len(FTS_TRIGGERS)))})",
        DEFERRED_INDEXES + FTS_TRIGGERS).fetchall()
    for name, _ in saved:
        connection.execute(("DROP TRIGGER " if name in FTS_TRIGGERS else "DROP INDEX ") + name)

    phases = {}
    start = clock = time.perf_counter()

    def lap(name):
        nonlocal clock
        now = time.perf_counter()
        phases[name] = round(now - clock, 3)
        clock = now

    connection.execute("BEGIN IMMEDIATE")
    connection.executemany("INSERT INTO papers (pk, id, title, title_key, abstract, published, year, venue, ids, is_stub, content_hash, sources) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", papers)
    lap("papers")
    connection.executemany("INSERT INTO paper_ids (key, paper_id) VALUES (?, ?)", keys)
    connection.executemany("INSERT INTO nodes (id, label, name) VALUES (?, 'Author', ?)", authors)
    lap("keys+authors")
    connection.executemany("INSERT INTO edges (src, type, dst, position) VALUES (?, ?, ?, ?)", edges)
    lap("edges")
    connection.execute("INSERT INTO papers_fts (papers_fts, rank) VALUES ('hashsize', 16777216)")
    connection.execute("INSERT INTO papers_fts (papers_fts) VALUES ('rebuild')")
    lap("fullText")
    for _, sql in saved:
        connection.execute(sql)
    lap("indexes")
    connection.execute("COMMIT")
    connection.close()
    lap("commit+checkpoint")
    seconds = time.perf_counter() - start
    return count, seconds, len(edges), phases


def lean_floor(corpus, db):
    """The leanest schema that still answers the issue: integer ids, one edge table of integers, FTS5 over title and
    abstract. No id keys, no titles keys, no author names: a lower bound for any redesign of the store."""
    count, papers, keys, authors, edges = build_rows(corpus)
    number = {row[1]: row[0] for row in papers}
    author_number = {aid: len(number) + i + 1 for i, (aid, _) in enumerate(authors)}
    rows = sorted((number[s], 1 if t == "CITES" else 2, number.get(d) or author_number[d]) for s, t, d, _ in edges)
    connection = sqlite3.connect(db, isolation_level=None)
    connection.execute("PRAGMA page_size = 16384")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.executescript("""
        CREATE TABLE papers (pk INTEGER PRIMARY KEY, title TEXT, abstract TEXT);
        CREATE TABLE edges (src INTEGER, type INTEGER, dst INTEGER, PRIMARY KEY (src, type, dst)) WITHOUT ROWID;
        CREATE VIRTUAL TABLE papers_fts USING fts5 (title, abstract, content = 'papers', content_rowid = 'pk',
            tokenize = 'porter unicode61 remove_diacritics 2');""")
    start = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany("INSERT INTO papers VALUES (?, ?, ?)", [(p[0], p[2], p[4]) for p in papers])
    connection.executemany("INSERT INTO edges VALUES (?, ?, ?)", rows)
    connection.execute("INSERT INTO papers_fts (papers_fts, rank) VALUES ('hashsize', 16777216)")
    connection.execute("INSERT INTO papers_fts (papers_fts) VALUES ('rebuild')")
    connection.execute("CREATE INDEX edges_dst ON edges (dst, type)")
    connection.execute("COMMIT")
    connection.close()
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kg", default=os.path.join(ROOT, "src/KnowledgeGraph.Cli/bin/Release/net10.0/kg"))
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--references", type=int, default=5)
    args = parser.parse_args()
    if not os.path.isfile(args.kg):
        parser.error(f"--kg: no kg binary at {args.kg} (dotnet build -c Release src/KnowledgeGraph.Cli)")
    if args.records < 1 or args.references < 0:
        parser.error("--records must be at least 1 and --references at least 0")
    with tempfile.TemporaryDirectory(prefix="kg-floor-") as work:
        corpus = os.path.join(work, "corpus.jsonl")
        run = subprocess.run([args.kg, "bench", "ingest", "--records", str(args.records), "--references", str(args.references),
                              "--with-linking", "false", "--format", "json", "--corpus-out", corpus],
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.stderr.write(f"kg bench ingest failed (exit {run.returncode}):\n{run.stderr}")
            return 1
        kg = json.loads(run.stdout)["ingest"]
        count, seconds, edges, phases = floor(corpus, os.path.join(work, "floor.db"))
        lean = lean_floor(corpus, os.path.join(work, "lean.db"))
        result = {
            "records": count,
            "edges": edges,
            "kg": {"seconds": kg["seconds"], "recordsPerSecond": kg["recordsPerSecond"]},
            "sqliteFloor": {"seconds": round(seconds, 3), "recordsPerSecond": round(count / seconds), "phases": phases},
            "leanSchemaFloor": {"seconds": round(lean, 3), "recordsPerSecond": round(count / lean)},
            "kgToFloorRatio": round(kg["seconds"] / seconds, 2),
        }
        print(json.dumps(result, indent=2))


if __name__ == "__main__":
    sys.exit(main())
