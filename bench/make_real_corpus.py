#!/usr/bin/env python3
"""Builds a paper-record JSON Lines corpus of N papers with real abstracts, for `kg bench ingest --corpus`.

The generated corpus of `kg bench ingest` is word salad in which every word is an ML term, so it makes linking far
denser than real text does. This corpus repeats real abstracts instead: every distinct abstract of at least 300
characters in a Semantic Scholar API response (`Paper.json`, walked recursively: the paper, its citations and
references) and in the labeled gold files, in turn, under new ids, each with five references drawn (seeded) from the
corpus, as the generated corpus has.

    python3 bench/make_real_corpus.py --s2 ../shared/data/formats/semantic-scholar-api/json/Paper.json \
        --gold tests/KnowledgeGraph.Core.Tests/data/extraction --count 30000 --out /tmp/real30k.jsonl
    kg bench ingest --corpus /tmp/real30k.jsonl
"""
import argparse
import glob
import json
import os
import random


def walk(node, out, seen):
    if isinstance(node, dict):
        title, abstract = node.get("title"), node.get("abstract")
        if isinstance(title, str) and isinstance(abstract, str) and len(abstract) >= 300 and title.lower() not in seen:
            seen.add(title.lower())
            out.append((title, " ".join(abstract.split())))
        for value in node.values():
            walk(value, out, seen)
    elif isinstance(node, list):
        for value in node:
            walk(value, out, seen)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--s2", required=True, help="a Semantic Scholar API Paper.json")
    parser.add_argument("--gold", help="a folder of *-gold.jsonl files (title + abstract per line)")
    parser.add_argument("--count", type=int, default=30000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    papers, seen = [], set()
    with open(args.s2, encoding="utf-8") as f:
        walk(json.load(f), papers, seen)
    for path in sorted(glob.glob(os.path.join(args.gold, "*-gold.jsonl"))) if args.gold else []:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                record = json.loads(line)
                walk({"title": record.get("title"), "abstract": record.get("abstract")}, papers, seen)
    if not papers:
        raise SystemExit("no abstract of 300 characters or more found")

    rng = random.Random(args.seed)
    with open(args.out, "w", encoding="utf-8") as out:
        for i in range(args.count):
            title, abstract = papers[i % len(papers)]
            number = f"2101.{i:05d}"
            out.write(json.dumps({
                "id": f"arxiv:{number}", "title": title, "abstract": abstract, "authors": ["Ada Finn A."],
                "published": "2021-01-01", "year": 2021, "venue": "arXiv", "arxivId": number,
                "references": [f"arxiv:2101.{rng.randrange(args.count):05d}" for _ in range(5)],
            }) + "\n")
    print(f"{args.count} records from {len(papers)} distinct abstracts "
          f"(mean {sum(len(a) for _, a in papers) / len(papers):.0f} characters) -> {args.out}")


if __name__ == "__main__":
    main()
