#!/bin/sh
# Map/reduce (issue 8): the README's GNU parallel recipe on local shards.
# A corpus is split into shards, `kg extract` runs over them under GNU
# parallel, and `kg merge` of the shard outputs, in two different orders,
# must equal `kg build` of the whole corpus, byte for byte.
# The corpus is agnews_world.jsonl from the shared data when present, else
# the examples plus generated documents.  Skipped (exit 0, with a message)
# when GNU parallel is not installed (Debian package `parallel`).
set -eu
KG=${KG:-bin/kg}
case $KG in /*) ;; *) KG=$(pwd)/$KG ;; esac
DATA=${KG_SHARED:-../shared}/data
if ! command -v parallel >/dev/null 2>&1 ||
    ! parallel --version 2>/dev/null | grep -q "GNU parallel"; then
    echo "skip - map/reduce with GNU parallel: not installed (apt-get install parallel)"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
fails=0
pass() { echo "ok   - $1"; }
fail() { echo "FAIL - $1"; fails=$((fails + 1)); }

if [ -r "$DATA/agnews_world.jsonl" ]; then
    cp "$DATA/agnews_world.jsonl" "$tmp/corpus.jsonl"
else
    # The examples as JSONL lines, plus short generated stories.
    /usr/bin/python3 - "$tmp/corpus.jsonl" examples/*.txt <<'EOF'
import json, sys
out = open(sys.argv[1], "w")
for i, p in enumerate(sys.argv[2:]):
    out.write(json.dumps({"id": "ex-%d" % i, "text": open(p).read()}) + "\n")
a = ["Turkey", "Russia", "France", "Germany", "Iran", "China", "Japan", "Egypt"]
v = ["accused", "criticized", "praised", "threatened", "met with", "condemned"]
for i in range(400):
    s, o = a[i % len(a)], a[(i * 3 + 1) % len(a)]
    if s == o:
        o = a[(i + 1) % len(a)]
    out.write(json.dumps({"id": "gen-%d" % i, "date": "2023-05-%02d" % (i % 28 + 1),
                          "text": "%s %s %s on Monday. Officials in %s did not comment."
                          % (s, v[i % len(v)], o, o)}) + "\n")
EOF
fi

"$KG" build -q "$tmp/corpus.jsonl" -o "$tmp/whole" -f dot,graphml,jsonld,jsonl
mkdir "$tmp/shards"
split -n l/5 -d --additional-suffix=.jsonl "$tmp/corpus.jsonl" "$tmp/shards/part-"

# The map step, as in the README: one kg extract per shard, two at a time.
if ls "$tmp"/shards/part-*.jsonl |
    parallel --will-cite -j 2 "'$KG' extract -q {} > {.}.rel" 2>"$tmp/err"; then
    pass "GNU parallel runs kg extract over $(ls "$tmp"/shards/*.rel | wc -l) shards"
else
    fail "GNU parallel runs kg extract over the shards"; sed 's/^/     /' "$tmp/err" | head
fi

# The reduce step, in file order and in reverse order.
fwd=$(ls "$tmp"/shards/*.rel)
rev=$(ls "$tmp"/shards/*.rel | sort -r)
same() { # same DIR: every file of DIR equals the whole run's
    for f in graph.dot graph.graphml graph.jsonld graph.jsonl; do
        cmp -s "$tmp/whole/$f" "$1/$f" || { echo "     $f differs"; return 1; }
    done
}
# shellcheck disable=SC2086
"$KG" merge -q $fwd -o "$tmp/m1" -f dot,graphml,jsonld,jsonl
same "$tmp/m1" && pass "kg merge of the shards equals kg build of the whole" ||
    fail "kg merge of the shards equals kg build of the whole"
# shellcheck disable=SC2086
cat $rev | "$KG" merge -q - -o "$tmp/m2" -f dot,graphml,jsonld,jsonl
same "$tmp/m2" && pass "the shards merged in reverse order (stdin) equal it too" ||
    fail "the shards merged in reverse order (stdin) equal it too"

# Threads: -j 3 writes what -j 1 writes, on the same corpus.
"$KG" build -q -j 1 "$tmp/corpus.jsonl" -o "$tmp/j1" -f dot,graphml,jsonld,jsonl
same "$tmp/j1" && pass "kg build -j 1 equals the default (-j cores)" ||
    fail "kg build -j 1 equals the default (-j cores)"
"$KG" build -q -j 3 "$tmp/corpus.jsonl" -o "$tmp/j3" -f dot,graphml,jsonld,jsonl
same "$tmp/j3" && pass "kg build -j 3 equals it too" || fail "kg build -j 3 equals it too"
"$KG" extract -q -j 1 "$tmp/corpus.jsonl" > "$tmp/x1"
"$KG" extract -q -j 3 "$tmp/corpus.jsonl" > "$tmp/x3"
cmp -s "$tmp/x1" "$tmp/x3" && pass "kg extract -j 3 prints what -j 1 prints" ||
    fail "kg extract -j 3 prints what -j 1 prints"

[ "$fails" -eq 0 ] || { echo "mapreduce: $fails failed"; exit 1; }
