#!/bin/sh
# End-to-end tests of the kg command on the bundled examples: the CLI
# contract (exit codes, --help), the acceptance points of the foundation
# issue (relations a reader finds in the seed articles, negation, merged
# nodes, boilerplate), determinism, and build == extract | merge.
set -eu
KG=${KG:-bin/kg}
PY=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
fails=0
pass() { echo "ok   - $1"; }
fail() { echo "FAIL - $1"; fails=$((fails + 1)); }
check() { # check NAME CMD...
    name=$1; shift
    if "$@" >"$tmp/out" 2>"$tmp/err"; then pass "$name"; else
        fail "$name"; sed 's/^/     /' "$tmp/err" | head -20; fi
}
status() { # status EXPECTED NAME CMD...
    want=$1; name=$2; shift 2
    set +e; "$@" >"$tmp/out" 2>"$tmp/err"; got=$?; set -e
    if [ "$got" = "$want" ]; then pass "$name (exit $got)"; else
        fail "$name: exit $got, wanted $want"; sed 's/^/     /' "$tmp/err" | head -5; fi
}

# --- CLI contract -------------------------------------------------------
status 0 "kg --help" "$KG" --help
for c in build extract merge entities export; do
    status 0 "kg $c --help" "$KG" "$c" --help
    grep -q "usage: kg $c" "$tmp/out" || fail "kg $c --help prints its usage"
done
status 2 "kg without a command" "$KG"
status 2 "kg with an unknown command" "$KG" frobnicate
status 2 "kg build without input" "$KG" build
status 2 "kg build with an unknown option" "$KG" build --frobnicate examples/
status 2 "kg build with a bad format" "$KG" build -f pdf examples/
status 2 "kg build with a bad date" "$KG" build --date 2023-13-45 examples/
status 1 "kg build on a missing file" "$KG" build -o "$tmp/missing" no-such-file.txt
grep -q "no-such-file.txt" "$tmp/err" && pass "the error names the file" ||
    fail "the error names the file"
[ ! -e "$tmp/missing/graph.dot" ] && pass "nothing written on failure" ||
    fail "nothing written on failure"
status 1 "kg build with a bad ontology folder" "$KG" build --ontology /nonexistent examples/
status 2 "kg build with a bad --min-count" "$KG" build --min-count x examples/
status 2 "kg build with a bad --since" "$KG" build --since 2023-13 examples/
status 2 "kg extract with a filter option" "$KG" extract --ego Turkey examples/
status 2 "kg export without input" "$KG" export
status 1 "kg export of a missing graph" "$KG" export -o "$tmp/missing" no-such.graphml
grep -q "no-such.graphml" "$tmp/err" && pass "the error names the graph" ||
    fail "the error names the graph"
status 1 "kg export of a file that is not GraphML" "$KG" export -o "$tmp/missing" examples/README.md

# --- build on the examples ----------------------------------------------
check "kg build examples/" "$KG" build -q examples/ -o "$tmp/a" -f dot,graphml,jsonld,svg
for f in graph.dot graph.graphml graph.jsonld graph.svg; do
    [ -s "$tmp/a/$f" ] && pass "writes $f" || fail "writes $f"
done
ls "$tmp/a" | grep -q '\.tmp\.' && fail "no temporary files left" ||
    pass "no temporary files left"
check "kg build is deterministic" sh -c \
    "'$KG' build -q examples/ -o '$tmp/b' && cmp '$tmp/a/graph.graphml' '$tmp/b/graph.graphml' && cmp '$tmp/a/graph.dot' '$tmp/b/graph.dot' && cmp '$tmp/a/graph.jsonld' '$tmp/b/graph.jsonld'"

# --- map/reduce: build X == extract X | merge - -------------------------
check "kg extract examples/" sh -c "'$KG' extract -q examples/ > '$tmp/rel.jsonl'"
check "kg merge - equals kg build" sh -c \
    "'$KG' merge -q - -o '$tmp/m' < '$tmp/rel.jsonl' && for f in graph.dot graph.graphml graph.jsonld; do cmp '$tmp/a/'\$f '$tmp/m/'\$f || exit 1; done"
check "kg merge of two shards in any order equals kg build" sh -c \
    "'$KG' extract -q examples/cnn-erdogan-putin-runoff.txt > '$tmp/s1.jsonl' && '$KG' extract -q examples/erdogan-friends-us-russia.txt > '$tmp/s2.jsonl' && '$KG' merge -q '$tmp/s2.jsonl' '$tmp/s1.jsonl' -o '$tmp/m2' && for f in graph.dot graph.graphml graph.jsonld; do cmp '$tmp/a/'\$f '$tmp/m2/'\$f || exit 1; done"
check "kg build with filters equals kg export of the saved graph with them" sh -c \
    "'$KG' build -q examples/ -o '$tmp/f1' --ego Erdogan --depth 2 --min-count 1 --no-negated && '$KG' export -q '$tmp/a/graph.graphml' -o '$tmp/f2' --ego Erdogan --depth 2 --min-count 1 --no-negated && for f in graph.dot graph.graphml graph.jsonld; do cmp '$tmp/f1/'\$f '$tmp/f2/'\$f || exit 1; done"
check "kg merge with filters equals kg build with them" sh -c \
    "'$KG' merge -q '$tmp/rel.jsonl' -o '$tmp/f3' --ego Erdogan --depth 2 --min-count 1 --no-negated && for f in graph.dot graph.graphml graph.jsonld; do cmp '$tmp/f1/'\$f '$tmp/f3/'\$f || exit 1; done"
status 1 "kg export --ego of an unknown name" "$KG" export -q "$tmp/a/graph.graphml" -o "$tmp/f4" --ego "Nobody Atall"
grep -q "Nobody Atall" "$tmp/err" && pass "the error names the ego" ||
    fail "the error names the ego"
printf '{"doc":"x"}\nnot json\n' > "$tmp/bad.jsonl"
status 0 "kg merge skips unreadable lines" "$KG" merge -q "$tmp/bad.jsonl" "$tmp/rel.jsonl" -o "$tmp/m3"
grep -q "bad.jsonl:2:" "$tmp/err" && pass "merge names file and line" ||
    fail "merge names file and line"

# --- the acceptance points, read like a user would ------------------------
check "extract output and graph meet the acceptance points" \
    "$PY" tests/e2e/acceptance.py "$tmp/rel.jsonl" "$tmp/a/graph.graphml" ontology/relations.tsv

# --- mentions ------------------------------------------------------------
check "kg entities lists mentions" sh -c \
    "'$KG' entities -q examples/erdogan-friends-us-russia.txt > '$tmp/ent.jsonl'"
"$PY" - "$tmp/ent.jsonl" <<'PYEOF' && pass "kg entities: JSONL with doc, sentence and mention" || fail "kg entities: JSONL with doc, sentence and mention"
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
ids = {r["mention"]["id"] for r in recs}
assert {"TUR", "RUS", "USA", "person_recep_tayyip_erdogan"} <= ids, ids
assert all({"doc", "sentence", "mention"} <= r.keys() for r in recs)
PYEOF

# --- actors, pronouns and values on the examples (issue 5) ---------------
check "kg entities examples/" sh -c "'$KG' entities -q examples/ > '$tmp/ex-ent.jsonl'"
check "actors, pronouns and values resolve (tests/e2e/actors.py)" \
    "$PY" tests/e2e/actors.py "$tmp/ex-ent.jsonl"

# --- stdin and a JSONL corpus -------------------------------------------
check "kg extract - reads stdin" sh -c \
    "'$KG' extract -q - < examples/erdogan-friends-us-russia.txt | grep -q '\"doc\":\"-\"'"
"$PY" - "$tmp/corpus.jsonl" <<'PYEOF'
import json, sys
text = open("examples/erdogan-friends-us-russia.txt", encoding="utf-8").read()
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": "a1", "text": text, "date": "2023-05-12"}) + "\n")
    f.write("{broken\n")
    f.write(json.dumps({"id": "a2", "text": "Sweden has rejected Turkey's requests."}) + "\n")
PYEOF
status 0 "kg extract reads a JSONL corpus, skipping a bad line" "$KG" extract "$tmp/corpus.jsonl"
grep -q '"doc":"a2"' "$tmp/out" && pass "corpus documents keep their ids" ||
    fail "corpus documents keep their ids"
grep -q "corpus.jsonl:2" "$tmp/err" && pass "the bad corpus line is named" ||
    fail "the bad corpus line is named"

# --- the text stage: .txt + .html + .jsonl, offsets, corpora (issue 4) -----
"$PY" tests/e2e/text_sources.py "$KG" "$tmp" tests/fixtures/text \
    "${KG_SHARED:-../shared}/data" --corpora ||
    fail "text stage end-to-end (tests/e2e/text_sources.py)"

# --- PETRARCH/TABARI dictionaries (issue 5) -------------------------------
status 1 "kg build --actors with a missing file" "$KG" build -q \
    --actors "$tmp/no-such.actors" -o "$tmp/d0" examples/
grep -q "no-such.actors" "$tmp/err" && pass "the error names the dictionary" ||
    fail "the error names the dictionary"
printf 'ARNOR_ [ARN]\nGONDOR [GON]\n+MINAS_TIRITH_\n  [GON\n' > "$tmp/bad.actors"
status 1 "kg entities --actors with a malformed line" "$KG" entities -q \
    --actors "$tmp/bad.actors" examples/erdogan-friends-us-russia.txt
grep -q "kg: entities: .*bad.actors:4: missing ']'" "$tmp/err" &&
    pass "the error names dictionary and line" ||
    fail "the error names dictionary and line"
echo "Arnor troops attacked Gondor on Monday, Isildur said." > "$tmp/arnor.txt"
check "kg entities with a small dictionary" sh -c \
    "'$KG' entities -q --date 1996-01-01 --actors tests/fixtures/petrarch/test.actors --agents tests/fixtures/petrarch/test.agents '$tmp/arnor.txt' > '$tmp/arnor.jsonl'"
"$PY" - "$tmp/arnor.jsonl" <<'PYEOF' && pass "kg entities codes the dictionary's fictional actors" || fail "kg entities codes the dictionary's fictional actors"
import json, sys
got = {r["mention"]["text"]: r["mention"] for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
assert got["Arnor troops"]["code"] == "ARNMIL", got
assert got["Gondor"]["id"] == "GON" and got["Gondor"]["type"] == "Country", got
assert got["Isildur"]["code"] == "ARNELI" and got["Isildur"]["type"] == "Person", got
PYEOF
check "kg build and kg merge take --actors" sh -c \
    "'$KG' extract -q --actors tests/fixtures/petrarch/test.actors '$tmp/arnor.txt' > '$tmp/arnor.rel' && '$KG' merge -q --actors tests/fixtures/petrarch/test.actors '$tmp/arnor.rel' -o '$tmp/d1' && '$KG' build -q --actors tests/fixtures/petrarch/test.actors '$tmp/arnor.txt' -o '$tmp/d2'"
status 1 "kg extract --verbs with a missing file" "$KG" extract -q \
    --verbs "$tmp/no-such.verbs" "$tmp/arnor.txt"
grep -q "kg: extract: .*no-such.verbs" "$tmp/err" &&
    pass "the error names the verbs dictionary" ||
    fail "the error names the verbs dictionary"

# --- unwritable output ----------------------------------------------------
mkdir -p "$tmp/ro"
: > "$tmp/ro/graph.dot.keep"
if [ "$(id -u)" != 0 ]; then
    chmod 555 "$tmp/ro"
    status 1 "kg build into an unwritable folder" "$KG" build -q examples/ -o "$tmp/ro"
    chmod 755 "$tmp/ro"
fi
: > "$tmp/file"
status 1 "kg build with a file as output folder" "$KG" build -q examples/ -o "$tmp/file"

# --- threads: -j N writes what one thread writes (issue 8) -----------------
check "kg build -j 3 equals -j 1" sh -c \
    "'$KG' build -q -j 1 examples/ -o '$tmp/j1' -f dot,graphml,jsonld,jsonl && '$KG' build -q -j 3 examples/ -o '$tmp/j3' -f dot,graphml,jsonld,jsonl && for f in graph.dot graph.graphml graph.jsonld graph.jsonl; do cmp '$tmp/j1/'\$f '$tmp/j3/'\$f || exit 1; done"
check "kg extract and kg entities -j 3 equal -j 1" sh -c \
    "'$KG' extract -q -j 1 examples/ > '$tmp/x1' && '$KG' extract -q -j 3 examples/ > '$tmp/x3' && cmp '$tmp/x1' '$tmp/x3' && '$KG' entities -q -j 1 examples/ > '$tmp/n1' && '$KG' entities -q -j 3 examples/ > '$tmp/n3' && cmp '$tmp/n1' '$tmp/n3'"
status 2 "kg build with a bad -j" "$KG" build -q -j 0 examples/

# --- map/reduce over shards with GNU parallel (issue 8) --------------------
KG="$KG" sh tests/e2e/mapreduce.sh ||
    fail "map/reduce with GNU parallel (tests/e2e/mapreduce.sh)"

if [ "$fails" -ne 0 ]; then
    echo "e2e: $fails failed"
    exit 1
fi
echo "e2e: all passed"
