#!/usr/bin/python3
"""Regenerates cora-pagerank-igraph.csv: igraph's PageRank of the Cora citation graph.

Run from this folder: /usr/bin/python3 make_cora_fixture.py   (Debian: apt-get install -y python3-igraph)
cora.cites lines are `<cited> <citing>`, so the directed edge is citing -> cited.
igraph.Graph.pagerank(directed=True, damping=0.85) uses PRPACK (an exact solve); dangling vertices' rank is
spread uniformly over all vertices, the same rule as PageRankAlgorithm.
"""
import igraph as ig

ids, index, edges = [], {}, []
with open("cora.cites") as f:
    for line in f:
        parts = line.split()
        if len(parts) < 2:
            continue
        cited, citing = parts[0], parts[1]
        for paper in (citing, cited):
            if paper not in index:
                index[paper] = len(ids)
                ids.append(paper)
        edges.append((index[citing], index[cited]))
g = ig.Graph(n=len(ids), edges=edges, directed=True)
pr = g.pagerank(directed=True, damping=0.85)
with open("cora-pagerank-igraph.csv", "w") as out:
    out.write(f"# igraph {ig.__version__} pagerank(directed=True, damping=0.85) of cora.cites (edge citing->cited); "
              f"{g.vcount()} vertices, {g.ecount()} edges\n")
    out.write("paper,pagerank\n")
    for v in sorted(range(len(ids)), key=lambda v: (-pr[v], int(ids[v]))):
        out.write(f"{ids[v]},{pr[v]:.17g}\n")
