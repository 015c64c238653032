#!/bin/sh
# valgrind pass of the end-to-end run: `kg build examples/` (every format)
# and `kg merge`, failing on definite leaks or memory errors.
set -eu
KG=${1:-bin/kg}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
VG="valgrind --quiet --leak-check=full --show-possibly-lost=no --errors-for-leak-kinds=definite --error-exitcode=99"
# the acceptance run, with nothing suppressed, in every format that does
# not lay the graph out, then re-exported from its GraphML with a filter
$VG "$KG" build -q examples/ -o "$tmp/out" -f dot,graphml,jsonld,gexf,neo4j,jsonl
$VG "$KG" export -q "$tmp/out/graph.graphml" -o "$tmp/export" \
    -f dot,graphml,jsonld,gexf,neo4j,jsonl --ego Turkey --min-count 1
# SVG goes through Graphviz, pango and fontconfig, whose caches leak on
# their own (see valgrind.supp); everything else still counts
$VG --suppressions=tests/e2e/valgrind.supp "$KG" build -q examples/ \
    -o "$tmp/svg" -f svg
$VG "$KG" extract -q examples/ > "$tmp/rel.jsonl"
$VG "$KG" merge -q "$tmp/rel.jsonl" -o "$tmp/merged"
echo "valgrind: no definite leaks, no memory errors"
