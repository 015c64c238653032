#!/bin/sh
# tests/clients/run.sh: build the example graph and load every export with
# the real client programs (DESIGN.md "What to test against"): xmllint with
# the GraphML schema, networkx and igraph, rdflib, Graphviz.  One line per
# check; exits 1 when any check failed.
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

if [ ! -x "$KG" ]; then
    fail "kg binary $KG not found (run make)"
    exit 1
fi

out="$tmp/out" # the output folder
if ! msg=$("$KG" build examples/ -o "$out" -f dot,graphml,jsonld,svg 2>&1)
then
    fail "kg build examples/: $msg"
    exit 1
fi
pass "kg build examples/ -o OUT -f dot,graphml,jsonld,svg"

for f in graph.dot graph.graphml graph.jsonld graph.svg; do
    if [ -s "$out/$f" ]; then
        pass "$f written"
    else
        fail "$f missing or empty"
    fi
done
if ls "$out" | grep -q '\.tmp\.'; then
    fail "temporary files left in the output folder: $(ls "$out")"
else
    pass "no temporary files left"
fi

# Same input, byte-identical output.
if "$KG" build examples/ -o "$tmp/again" -f dot,graphml,jsonld,svg \
    >/dev/null 2>&1; then
    same=1
    for f in graph.dot graph.graphml graph.jsonld graph.svg; do
        cmp -s "$out/$f" "$tmp/again/$f" || { same=0; fail "$f differs between two runs"; }
    done
    [ "$same" -eq 1 ] && pass "two runs give byte-identical files"
else
    fail "second kg build failed"
fi

# ---- DOT: Graphviz reads and renders it ----
check "dot -Tsvg graph.dot" dot -Tsvg "$out/graph.dot" -o /dev/null
counts=$(gc -n -e "$out/graph.dot" 2>/dev/null | awk 'NR == 1 { print $1, $2 }')
nodes=${counts% *}
edges=${counts#* }
if [ -n "$counts" ]; then
    pass "gc -n -e graph.dot: $nodes nodes, $edges edges"
else
    fail "gc could not count graph.dot"
    nodes=-1
    edges=-1
fi

# ---- GraphML ----
xsd="$SHARED/schemas/graphml/graphml.xsd"
if [ -f "$xsd" ]; then
    check "xmllint --schema graphml.xsd graph.graphml" \
        xmllint --nonet --noout --schema "$xsd" "$out/graph.graphml"
else
    skip "GraphML schema $xsd not found"
fi
check "networkx read_graphml (counts as DOT)" \
    "$PYTHON" "$CLIENTS" networkx "$out/graph.graphml" "$nodes" "$edges"
check "igraph Graph.Read_GraphML (counts as DOT)" \
    "$PYTHON" "$CLIENTS" igraph "$out/graph.graphml" "$nodes" "$edges"
check "GraphML <data key=\"label\"> first in every edge" \
    "$PYTHON" "$CLIENTS" edge-label "$out/graph.graphml"

# ---- JSON-LD ----
check "rdflib parses graph.jsonld (offline)" \
    "$PYTHON" "$CLIENTS" rdflib "$out/graph.jsonld"

# ---- SVG ----
check "graph.svg is well-formed XML" xmllint --nonet --noout "$out/graph.svg"

if [ "$failures" -gt 0 ]; then
    echo "clients: $failures check(s) failed"
    exit 1
fi
echo "clients: all checks passed"
