#!/bin/sh
# tests/clients/run.sh: build graphs and load every export with the real
# client programs (DESIGN.md "What to test against"): xmllint with the
# GraphML schema and the GEXF RELAX NG schema, networkx and igraph, rdflib,
# Graphviz, the neo4j-admin import rules for the CSV files, and a model of
# Neo4j that runs the Cypher script twice.  Every format must give the same
# node and edge counts as the DOT file, and every node name must come out
# of every format as it went in.
#
# Graphs checked: the examples; a hostile article and hostile kg extract
# records (tests/fixtures/hostile/: quotes, &, <>, backslashes, newlines,
# control characters, emoji, five scripts); kg export of the examples'
# GraphML (same bytes) and with filters; ../shared/data/agnews_world.jsonl
# when it is there.  One line per check; exits 1 when any check failed.
#
# Environment: KG (default bin/kg), SHARED (default ../shared from the repo
# root), PYTHON (default /usr/bin/python3: Debian's packages are only visible
# to the system interpreter).
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
KG=${KG:-bin/kg}
SHARED=${SHARED:-../shared}
PYTHON=${PYTHON:-/usr/bin/python3}
CLIENTS="$root/tests/clients/clients.py"
HOSTILE="$root/tests/fixtures/hostile"
ALL=dot,graphml,jsonld,gexf,neo4j,jsonl,svg
FILES="graph.dot graph.graphml graph.jsonld graph.gexf nodes.csv
relationships.csv graph.cypher graph.jsonl graph.svg"

failures=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/kg-clients.XXXXXX")
trap 'rm -rf "$tmp"' EXIT HUP INT TERM

pass() { echo "ok:   $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
skip() { echo "skip: $*"; }

# check NAME COMMAND...: run COMMAND, report its output on one line.
check() {
    name=$1
    shift
    if said=$("$@" 2>&1); then
        said=$(printf '%s' "$said" | tr '\n' ' ' | cut -c1-200)
        pass "$name${said:+: $said}"
    else
        said=$(printf '%s' "$said" | tr '\n' ' ' | cut -c1-400)
        fail "$name${said:+: $said}"
    fi
}

# same_files DIR1 DIR2 WHAT: every file of $FILES is byte-identical.
same_files() {
    same=1
    for f in $FILES; do
        cmp -s "$1/$f" "$2/$f" || { same=0; fail "$3: $f differs"; }
    done
    [ "$same" -eq 1 ] && pass "$3: byte-identical files"
}

# clients TAG DIR [EXPECTED_NAMES]: every client check on one output folder.
clients() {
    tag=$1
    out=$2
    for f in $FILES; do
        [ -s "$out/$f" ] || fail "[$tag] $f missing or empty"
    done
    if ls "$out" | grep -q '\.tmp\.'; then
        fail "[$tag] temporary files left: $(ls "$out")"
    fi

    # DOT: Graphviz reads and renders it; its counts are the reference
    check "[$tag] dot -Tsvg graph.dot" dot -Tsvg "$out/graph.dot" -o /dev/null
    counts=$(gc -n -e "$out/graph.dot" 2>/dev/null | awk 'NR == 1 { print $1, $2 }')
    nodes=${counts% *}
    edges=${counts#* }
    if [ -n "$counts" ]; then
        pass "[$tag] gc -n -e graph.dot: $nodes nodes, $edges edges"
    else
        fail "[$tag] gc could not count graph.dot"
        nodes=-1
        edges=-1
    fi

    # GraphML
    if [ -f "$xsd" ]; then
        check "[$tag] xmllint --schema graphml.xsd graph.graphml" \
            xmllint --nonet --noout --schema "$xsd" "$out/graph.graphml"
    fi
    check "[$tag] networkx read_graphml" \
        "$PYTHON" "$CLIENTS" networkx "$out/graph.graphml" "$nodes" "$edges"
    check "[$tag] igraph Graph.Read_GraphML" \
        "$PYTHON" "$CLIENTS" igraph "$out/graph.graphml" "$nodes" "$edges"
    check "[$tag] GraphML <data key=\"label\"> first in every edge" \
        "$PYTHON" "$CLIENTS" edge-label "$out/graph.graphml"

    # GEXF
    if [ -f "$rng" ]; then
        check "[$tag] xmllint --relaxng gexf.rng graph.gexf" \
            xmllint --nonet --noout --relaxng "$rng" "$out/graph.gexf"
    fi
    check "[$tag] GEXF counts, one edge per (source, target, kind)" \
        "$PYTHON" "$CLIENTS" gexf "$out/graph.gexf" "$nodes" "$edges"

    # JSON-LD
    check "[$tag] rdflib parses graph.jsonld (offline)" \
        "$PYTHON" "$CLIENTS" rdflib "$out/graph.jsonld" "$nodes" "$edges" \
        ${wikidata:-}

    # Neo4j
    check "[$tag] nodes.csv, relationships.csv: neo4j-admin import rules" \
        "$PYTHON" "$CLIENTS" neo4j-csv "$out" "$nodes" "$edges"
    check "[$tag] graph.cypher run twice changes nothing" \
        "$PYTHON" "$CLIENTS" cypher "$out/graph.cypher" "$nodes" "$edges"

    # JSONL
    check "[$tag] graph.jsonl: one edge per line" \
        "$PYTHON" "$CLIENTS" jsonl "$out/graph.jsonl" "$nodes" "$edges"

    # SVG, and the names in every format
    check "[$tag] graph.svg is well-formed XML" \
        xmllint --nonet --noout "$out/graph.svg"
    check "[$tag] every name survives every format" \
        "$PYTHON" "$CLIENTS" names "$out" ${3:-}
}

if [ ! -x "$KG" ]; then
    fail "kg binary $KG not found (run make)"
    exit 1
fi
xsd="$SHARED/schemas/graphml/graphml.xsd"
rng="$SHARED/schemas/gexf/gexf.rng"
[ -f "$xsd" ] || skip "GraphML schema $xsd not found"
[ -f "$rng" ] || skip "GEXF schema $rng not found"

# ---- the examples ----
ex="$tmp/examples"
if ! msg=$("$KG" build -q examples/ -o "$ex" -f $ALL,png 2>&1); then
    fail "kg build examples/: $msg"
    exit 1
fi
pass "kg build examples/ -o OUT -f $ALL,png"
wikidata=wikidata
clients examples "$ex"
wikidata=
if "$KG" build -q examples/ -o "$tmp/again" -f $ALL >/dev/null 2>&1; then
    same_files "$ex" "$tmp/again" "two runs of kg build"
else
    fail "second kg build failed"
fi

# ---- kg export: the saved GraphML gives the same files, filters work ----
if "$KG" export -q "$ex/graph.graphml" -o "$tmp/export" -f $ALL; then
    same_files "$ex" "$tmp/export" "kg export of the saved graph.graphml"
else
    fail "kg export of the saved graph.graphml"
fi
if "$KG" export -q "$ex/graph.graphml" -o "$tmp/ego" -f $ALL \
    --ego Erdogan --depth 1 --no-negated; then
    clients "export --ego" "$tmp/ego"
else
    fail "kg export --ego Erdogan"
fi

# ---- hostile names ----
if "$KG" build -q "$HOSTILE/hostile-article.txt" -o "$tmp/h1" -f $ALL; then
    clients "hostile article" "$tmp/h1"
else
    fail "kg build of the hostile article"
fi
if "$KG" merge -q "$HOSTILE/hostile-relations.jsonl" -o "$tmp/h2" -f $ALL; then
    clients "hostile records" "$tmp/h2" "$HOSTILE/hostile-names.json"
else
    fail "kg merge of the hostile records"
fi

# ---- AG News (world), when ../shared/data is there ----
ag="$SHARED/data/agnews_world.jsonl"
if [ -f "$ag" ]; then
    if "$KG" build -q "$ag" -o "$tmp/ag" -f $ALL; then
        clients agnews "$tmp/ag"
    else
        fail "kg build $ag"
    fi
else
    skip "$ag not found: AG News checks skipped"
fi

if [ "$failures" -gt 0 ]; then
    echo "clients: $failures check(s) failed"
    exit 1
fi
echo "clients: all checks passed"
