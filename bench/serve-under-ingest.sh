#!/bin/bash
# Usage: B=/tmp/servebench bench/serve-under-ingest.sh   (dotnet build src/KnowledgeGraph.Cli -c Release -o $B/bin; kg convert ARXIV2023/raw --out $B/arxiv2023.jsonl)
# Idle RSS of kg serve on the bundled sample, then API latency idle vs during a worker ingest of arxiv2023 JSON Lines.
set -u
B=${B:?set B to a folder holding bin/kg.dll (Release) and arxiv2023.jsonl (kg convert)}; W=$B/run; L=$(cd "$(dirname "$0")" && pwd); rm -rf $W; mkdir -p $W; cd $W
dotnet $B/bin/kg.dll serve --db data/kg.db --urls http://127.0.0.1:0 > serve.log 2>&1 &
PID=$!
until grep -q "GraphQL at" serve.log; do sleep 0.5; done
PORT=$(grep -oP 'GraphQL at http://127.0.0.1:\K[0-9]+' serve.log)
q() { curl -s http://127.0.0.1:$PORT/graphql -H 'Content-Type: application/json' -d "{\"query\":\"$1\"}"; }
until q "{ ingestStatus { lastAnalyticsRefresh { papers } } }" | grep -q '"papers":68'; do sleep 1; done
sleep 20
echo "idle after sample: $(grep -E 'VmRSS|VmHWM' /proc/$PID/status | tr -s ' \n' ' ')"
python3 $L/graphql_load.py $PORT 20 idle-baseline
T0=$(date +%s.%N)
cp $B/arxiv2023.jsonl data/inbox/arxiv2023.jsonl.tmp && mv data/inbox/arxiv2023.jsonl.tmp data/inbox/arxiv2023.jsonl
python3 $L/graphql_load.py $PORT data/inbox/processed/arxiv2023.jsonl during-ingest
T1=$(date +%s.%N)
echo "ingest wall (drop to moved): $(echo "$T1 - $T0" | bc) s"
echo "after ingest: $(grep -E 'VmRSS|VmHWM' /proc/$PID/status | tr -s ' \n' ' ')"
until q "{ ingestStatus { lastAnalyticsRefresh { papers } } }" | grep -qv '"papers":68'; do sleep 1; done
q "{ papers(first: 1) { totalCount } ingestStatus { filesDone records badRecords lastAnalyticsRefresh { papers communities seconds } } }"; echo
sleep 20
echo "settled after arxiv2023: $(grep -E 'VmRSS|VmHWM' /proc/$PID/status | tr -s ' \n' ' ')"
python3 $L/graphql_load.py $PORT 20 idle-after
kill -TERM $PID; wait $PID; echo "exit $?"
grep -E "committed|Done|Analytics" serve.log | tail -4
