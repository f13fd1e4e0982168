# Sequential GraphQL load against a running kg serve: latency percentiles per phase.
# usage: load.py PORT SECONDS_OR_UNTIL_FILE [label]
import http.client, json, sys, time, os
port = int(sys.argv[1]); until = sys.argv[2]; label = sys.argv[3] if len(sys.argv) > 3 else "run"
queries = [
    '{ papers(search: "graph neural network", first: 20) { totalCount edges { cursor node { id title } } } }',
    '{ papers(first: 20) { totalCount edges { node { id title published } } } }',
]
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
lat = []; errors = 0; i = 0
start = time.time()
def done():
    if until.replace('.', '', 1).isdigit(): return time.time() - start >= float(until)
    return os.path.exists(until)
while not done():
    body = json.dumps({"query": queries[i % len(queries)]}); i += 1
    t = time.perf_counter()
    conn.request("POST", "/graphql", body, {"Content-Type": "application/json"})
    r = conn.getresponse(); data = r.read()
    lat.append((time.perf_counter() - t) * 1000)
    if r.status != 200 or b'"errors"' in data: errors += 1
lat.sort()
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]
print(json.dumps({"label": label, "requests": len(lat), "errors": errors, "seconds": round(time.time() - start, 1),
                  "p50_ms": round(p(0.50), 2), "p90_ms": round(p(0.90), 2), "p99_ms": round(p(0.99), 2), "max_ms": round(lat[-1], 2)}))
