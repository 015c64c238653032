#!/bin/sh
# Hostile input, faults and resource limits (issue 9; docs/reliability.md
# lists every case with the check that proves it).  Each case is made in a
# temporary folder; kg must end with the documented exit status, say what
# and where on stderr, never crash, hang or leave a *.tmp.* file, and a
# failed run must leave the previous outputs byte for byte as they were.
# Cases that need root (a read-only or tiny tmpfs) are skipped without it.
set -eu
KG=${KG:-bin/kg}
case $KG in /*) ;; *) KG=$(pwd)/$KG ;; esac
PY=/usr/bin/python3
tmp=$(mktemp -d)
mounts=""
cleanup() {
    for m in $mounts; do umount "$m" 2>/dev/null || true; done
    rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
fails=0
pass() { echo "ok   - $1"; }
fail() { echo "FAIL - $1"; fails=$((fails + 1)); }
skip() { echo "skip - $1"; }
status() { # status EXPECTED NAME CMD...: run, keep stdout/stderr in $tmp
    want=$1; name=$2; shift 2
    set +e; "$@" >"$tmp/out" 2>"$tmp/err"; got=$?; set -e
    if [ "$got" = "$want" ]; then pass "$name (exit $got)"; else
        fail "$name: exit $got, wanted $want"; sed 's/^/     /' "$tmp/err" | head -5; fi
}
says() { # says NAME PATTERN: stderr of the last run matches
    if grep -q -- "$2" "$tmp/err"; then pass "$1"; else
        fail "$1: stderr lacks '$2'"; sed 's/^/     /' "$tmp/err" | head -5; fi
}
no_tmp() { # no_tmp DIR: no temporary left behind
    if find "$1" -name '*.tmp.*' | grep -q .; then fail "no temporary files in $1"
    else pass "no temporary files left"; fi
}
valid_xml() { # valid_xml FILE: well-formed (xmllint when installed)
    if command -v xmllint >/dev/null 2>&1; then
        xmllint --nonet --noout "$1" && pass "$(basename "$1") is well-formed XML" ||
            fail "$(basename "$1") is well-formed XML"
    fi
}
same() { # same NAME DIR1 DIR2: the same files with the same bytes
    if diff -r "$2" "$3" >/dev/null; then pass "$1"; else fail "$1"; fi
}

d=$tmp/in; mkdir -p "$d"

# --- empty, binary, invalid UTF-8 ------------------------------------------
: >"$d/empty.txt"
status 0 "empty file" "$KG" build "$d/empty.txt" -o "$tmp/o-empty"
says "empty file: one document, no sentences" "1 documents, 0 sentences"
valid_xml "$tmp/o-empty/graph.graphml"

"$PY" -c "import random,sys; random.seed(9); sys.stdout.buffer.write(bytes(random.getrandbits(8) for _ in range(1<<20)))" >"$d/binary.bin"
status 0 "1 MiB of random bytes" "$KG" build "$d/binary.bin" -o "$tmp/o-bin" -f dot,graphml,jsonld,gexf,neo4j,jsonl
says "binary: invalid bytes counted" "invalid UTF-8 bytes replaced"
valid_xml "$tmp/o-bin/graph.graphml"
status 1 "binary with --strict" "$KG" build --strict "$d/binary.bin" -o "$tmp/o-bin2"
says "binary --strict: names the byte" "binary.bin: invalid UTF-8 at byte"
[ ! -e "$tmp/o-bin2" ] && pass "binary --strict: nothing written" ||
    fail "binary --strict: nothing written"

printf 'Turkey \377\376 blocks \303( Russia.\nRussia criticized Turkey.\n' >"$d/bad-utf8.txt"
status 0 "invalid UTF-8" "$KG" extract "$d/bad-utf8.txt"
says "invalid UTF-8: replaced and reported" "3 invalid UTF-8 bytes replaced"
"$PY" -c "import json,sys; [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]" "$tmp/out" &&
    pass "invalid UTF-8: the JSONL output is valid UTF-8 JSON" ||
    fail "invalid UTF-8: the JSONL output is valid UTF-8 JSON"
status 1 "invalid UTF-8 with --strict" "$KG" extract --strict "$d/bad-utf8.txt"
says "invalid UTF-8 --strict: file and byte" "bad-utf8.txt: invalid UTF-8 at byte 7"

# --- a 50 MB line without punctuation ----------------------------------------
"$PY" - "$d/line50.txt" <<'PYEOF'
import random, sys
random.seed(5)
w = ("the market rose and fell again while traders watched prices in the "
     "city on monday morning as officials from turkey and russia met").split()
s = " ".join(random.choice(w) for _ in range(9_000_000))[:50_000_000]
open(sys.argv[1], "w").write(s)
PYEOF
if [ -x /usr/bin/time ]; then
    status 0 "a 50 MB line without punctuation" /usr/bin/time -f 'maxrss %M' \
        "$KG" build "$d/line50.txt" -o "$tmp/o-line"
    rss=$(sed -n 's/^maxrss //p' "$tmp/err")
    [ "${rss:-0}" -lt 1500000 ] && pass "50 MB line: memory bounded (${rss} KB)" ||
        fail "50 MB line: memory bounded (${rss} KB)"
else
    status 0 "a 50 MB line without punctuation" "$KG" build "$d/line50.txt" -o "$tmp/o-line"
fi
status 0 "50 MB line over --max-doc-bytes" "$KG" build --max-doc-bytes 8M "$d/line50.txt" -o "$tmp/o-line2"
says "over the limit: reported and skipped" "line50.txt: document larger than the 8 MiB limit (skipped)"
says "over the limit: summary count" "1 documents skipped"
status 1 "over the limit with --strict" "$KG" build --strict --max-doc-bytes 8M "$d/line50.txt" -o "$tmp/o-line3"
says "over the limit --strict: names file and limit" "line50.txt: document larger than the 8 MiB limit"
status 0 "a relation limit cuts a document short" "$KG" build --max-relations-per-doc 2 examples/ -o "$tmp/o-cut"
says "cut short: reported with the limit" "more than 2 relations in one document"
says "cut short: summary count" "0 documents skipped, 2 cut short"
status 1 "--max-graph-edges fails the run" "$KG" build --max-graph-edges 3 examples/ -o "$tmp/o-edges"
says "graph limit: says so" "graph larger than 3 edges"
status 2 "a bad limit is a usage error" "$KG" build --max-doc-bytes 0 examples/ -o "$tmp/o-x"

# --- 200,000 nested HTML elements ------------------------------------------
"$PY" -c "
import sys
n = 200000
sys.stdout.write('<html><body><p>Turkey blocks Russia.</p>' + '<div>' * n +
                 'Russia blocks Turkey.' + '</div>' * n + '</body></html>')" >"$d/nested.html"
status 0 "200,000 nested HTML elements" "$KG" build "$d/nested.html" "$d/bad-utf8.txt" -o "$tmp/o-nest"
says "nested HTML: reported" "nested.html: HTML nested deeper than libxml2's limit of 256 elements; the text after that point is ignored"
says "nested HTML: the text before the cut is read" "2 documents,"
says "nested HTML: summary count" "0 documents skipped, 1 cut short"
status 1 "nested HTML with --strict" "$KG" build --strict "$d/nested.html" -o "$tmp/o-nest2"

# --- broken and odd JSONL lines ----------------------------------------------
"$PY" - "$d/odd.jsonl" <<'PYEOF'
import json, sys
deep = '{"text":' + '[' * 2000 + ']' * 2000 + '}'
lines = [
    json.dumps({"id": "ok1", "text": "Turkey blocks Russia."}),  # 1
    "not json",                                                 # 2
    json.dumps({"id": "no-text"}),                              # 3
    "[1, 2, 3]",                                                # 4
    json.dumps({"text": 5}),                                    # 5
    json.dumps({"text": "Russia blocks Turkey."}) + " trailing",  # 6
    "",                                                         # 7 blank
    deep,                                                       # 8
    json.dumps({"id": "../../etc/passwd", "text": "Russia criticized Turkey."}),  # 9
    json.dumps({"id": "ok2", "text": "", "title": "title only"}),  # 10
    '{"id": "truncated", "text": "Turkey',                      # 11
]
open(sys.argv[1], "w").write("\n".join(lines) + "\n" + '{"id":"crlf","text":"Turkey thanked Russia."}\r\n')
PYEOF
status 0 "broken and odd JSONL lines" "$KG" build "$d/odd.jsonl" -o "$tmp/o-odd"
for l in 2 3 4 5 6 8 11; do says "odd JSONL: line $l reported" "odd.jsonl:$l: "; done
says "odd JSONL: invalid JSON says where" "odd.jsonl:2: invalid JSON at column 1 (skipped)"
says "odd JSONL: summary count" "7 documents skipped"
says "odd JSONL: the good lines are read" "3 documents,"
status 1 "odd JSONL with --strict" "$KG" build --strict "$d/odd.jsonl" -o "$tmp/o-odd2"
says "odd JSONL --strict: stops at line 2" "odd.jsonl:2: invalid JSON at column 1"
# corpus ids are never paths: only the graph files appear, in -o
n=$(find "$tmp" -name passwd | wc -l)
[ "$n" = 0 ] && pass "a corpus id with ../ creates no file" || fail "a corpus id with ../ creates no file"
ls "$tmp/o-odd" | sort | tr '\n' ' ' | grep -qx 'graph.dot graph.graphml graph.jsonld ' &&
    pass "only the graph files are written" || fail "only the graph files are written"

# --- a missing file ----------------------------------------------------------
status 1 "a missing input file" "$KG" build "$d/no-such-file.txt" -o "$tmp/o-missing"
says "missing file: names it" "no-such-file.txt: No such file or directory"
[ ! -e "$tmp/o-missing" ] && pass "missing file: nothing written" ||
    fail "missing file: nothing written"

# --- outputs: previous files survive every failure --------------------------
"$KG" build -q examples/ -o "$tmp/prev" -f dot,graphml,jsonld,gexf,neo4j,jsonl
cp -r "$tmp/prev" "$tmp/prev.orig"

# an output folder that cannot be written
if [ "$(id -u)" != 0 ]; then
    chmod 555 "$tmp/prev"
    status 1 "an unwritable output folder" "$KG" build examples/ -o "$tmp/prev" -f dot,graphml,jsonld,gexf,neo4j,jsonl
    says "unwritable folder: names the file and the reason" "Permission denied"
    chmod 755 "$tmp/prev"
    same "unwritable folder: previous outputs untouched" "$tmp/prev" "$tmp/prev.orig"
elif mkdir -p "$tmp/ro" && mount -t tmpfs -o size=1m tmpfs "$tmp/ro" 2>/dev/null; then
    mounts="$tmp/ro $mounts"
    cp -r "$tmp/prev.orig/." "$tmp/ro/"
    mount -o remount,ro "$tmp/ro"
    status 1 "an unwritable (read-only) output folder" "$KG" build examples/ -o "$tmp/ro" -f dot,graphml,jsonld,gexf,neo4j,jsonl
    says "unwritable folder: names the file and the reason" "Read-only file system"
    same "unwritable folder: previous outputs untouched" "$tmp/ro" "$tmp/prev.orig"
else
    skip "an unwritable output folder (root without mount rights)"
fi
: >"$tmp/a-file"
status 1 "an output folder that is a file" "$KG" build examples/ -o "$tmp/a-file/out"
says "output under a file: says why" "Not a directory"

# a full disk: a file-size limit (ulimit -f; SIGXFSZ is ignored, so the
# write fails with EFBIG), then a tiny tmpfs (ENOSPC)
"$PY" - "$d/big.jsonl" 20000 <<'PYEOF'
import json, sys
text = ("The minister of the interior said on Monday that the talks would go on " * 28)[:2000]
with open(sys.argv[1], "w") as out:
    for i in range(int(sys.argv[2])):
        a, b = i % 97, (i * 7 + 3) % 89
        out.write(json.dumps({
            "doc": "doc%d" % (i // 10), "sentence": i % 10, "start": 0, "end": 2000,
            "text": text, "date": "2023-05-%02d" % (1 + i % 28),
            "subject": {"id": "x_a%d" % a, "label": "Alpha %d" % a, "type": "Person"},
            "object": {"id": "x_b%d" % b, "label": "Beta %d" % b, "type": "Organization"},
            "relation": {"type": "meet", "label": "meets", "cameo": "036"},
            "confidence": 0.8}) + "\n")
PYEOF
status 1 "a full disk (ulimit -f 4096)" sh -c "ulimit -f 4096; exec '$KG' merge '$d/big.jsonl' -o '$tmp/prev' -f dot,graphml,jsonld,gexf,neo4j,jsonl"
says "full disk: names the file and the reason" "cannot write .*File too large"
no_tmp "$tmp/prev"
same "full disk: previous outputs untouched" "$tmp/prev" "$tmp/prev.orig"
if [ "$(id -u)" = 0 ] && mkdir -p "$tmp/small" &&
    mount -t tmpfs -o size=1m tmpfs "$tmp/small" 2>/dev/null; then
    mounts="$tmp/small $mounts"
    cp -r "$tmp/prev.orig/." "$tmp/small/"
    status 1 "a full disk (1 MB tmpfs)" "$KG" merge "$d/big.jsonl" -o "$tmp/small" -f dot,graphml,jsonld,gexf,neo4j,jsonl
    says "full tmpfs: says no space" "No space left on device"
    no_tmp "$tmp/small"
    same "full tmpfs: previous outputs untouched" "$tmp/small" "$tmp/prev.orig"
else
    skip "a full disk on a tiny tmpfs (needs root)"
fi
if [ -w /dev/full ]; then
    status 1 "stdout on a full disk (/dev/full)" sh -c "exec '$KG' extract examples/ > /dev/full"
    says "stdout full: says so" "No space left on device"
fi

# SIGINT, SIGTERM in the middle of a write.  A shell starts background
# jobs with SIGINT ignored, and kg keeps a signal ignored as it found it
# (nohup), so python restores the default before it runs kg.
for sig in INT TERM; do
    "$PY" -c 'import os, signal, sys
signal.signal(signal.SIGINT, signal.SIG_DFL)
os.execv(sys.argv[1], sys.argv[1:])' "$KG" merge -q "$d/big.jsonl" -o "$tmp/prev" -f dot,graphml,jsonld &
    pid=$!
    i=0
    while [ $i -lt 600 ] && ! find "$tmp/prev" -name '*.tmp.*' | grep -q .; do
        sleep 0.02; i=$((i + 1))
    done
    if find "$tmp/prev" -name '*.tmp.*' | grep -q .; then
        kill -s "$sig" "$pid"
        set +e; wait "$pid" 2>/dev/null; got=$?; set -e
        [ "$got" -gt 128 ] && pass "SIG$sig mid-write ends kg by the signal (status $got)" ||
            fail "SIG$sig mid-write ends kg by the signal (status $got)"
        no_tmp "$tmp/prev"
        same "SIG$sig mid-write: previous outputs untouched" "$tmp/prev" "$tmp/prev.orig"
    else
        wait "$pid" || true
        fail "SIG$sig: never saw kg writing"
    fi
done

# symlinks: an output file that is a symlink is replaced, never written through
echo "outside" >"$tmp/outside.txt"
mkdir -p "$tmp/o-link"
ln -s "$tmp/outside.txt" "$tmp/o-link/graph.dot"
status 0 "an output path that is a symlink" "$KG" build -q examples/ -o "$tmp/o-link"
[ "$(cat "$tmp/outside.txt")" = outside ] && [ ! -L "$tmp/o-link/graph.dot" ] &&
    pass "symlink: replaced by the graph, its target untouched" ||
    fail "symlink: replaced by the graph, its target untouched"

# --- names that try to break out of their strings, in every format ----------
"$PY" - "$d/names.jsonl" <<'PYEOF'
import json, sys
bad = ["A \"quoted\" <b>&amp;</b> ]]> -- \\ back\nslash", "x`) DETACH DELETE n //",
       "y' }) DELETE n //", "z\", \"label\": \"injected", "comma,\"quote\"\r\nnew;line",
       "}]; digraph { a -> b } /*", "\u2028\u2029\u0085 end"]
with open(sys.argv[1], "w") as out:
    for i, s in enumerate(bad):
        out.write(json.dumps({
            "doc": s, "sentence": i, "start": 0, "end": 5, "text": s, "date": "2023-05-12",
            "subject": {"id": "x_s%d" % i, "label": s, "type": s, "text": s},
            "object": {"id": "x_o%d`'\"" % i, "label": s, "type": "Country", "code": s},
            "relation": {"type": s, "label": s, "text": s, "cameo": s, "modality": s},
            "attributed_to": {"id": s, "label": s, "type": "Person"},
            "confidence": 0.5}) + "\n")
PYEOF
status 0 "hostile names through kg merge" "$KG" merge -q "$d/names.jsonl" -o "$tmp/o-names" -f dot,graphml,jsonld,gexf,neo4j,jsonl
o=$tmp/o-names
valid_xml "$o/graph.graphml"
valid_xml "$o/graph.gexf"
if command -v dot >/dev/null 2>&1; then
    dot -Tsvg "$o/graph.dot" >/dev/null 2>&1 && pass "graph.dot renders" || fail "graph.dot renders"
fi
"$PY" - "$o" <<'PYEOF' && pass "JSON-LD, JSONL, CSV and Cypher keep every name inside its string" || fail "JSON-LD, JSONL, CSV and Cypher keep every name inside its string"
import csv, json, re, sys
o = sys.argv[1]
json.load(open(o + "/graph.jsonld", encoding="utf-8"))
for line in open(o + "/graph.jsonl", encoding="utf-8"):
    json.loads(line)
for name in ("nodes.csv", "relationships.csv"):
    rows = list(csv.reader(open(o + "/" + name, encoding="utf-8", newline="")))
    assert all(len(r) == len(rows[0]) for r in rows), name
# Cypher: remove string literals ('...' with backslash escapes) and
# identifiers (`...` with `` for a backtick); no injected word may remain
text = open(o + "/graph.cypher", encoding="utf-8").read()
code = re.sub(r"'(?:[^'\\\n]|\\.)*'|`(?:[^`]|``)*`", "''", text)
code = re.sub(r"//[^\n]*", "", code)
assert "DELETE" not in code and "digraph" not in code, code
for stmt in code.split(";"):
    assert stmt.count("(") == stmt.count(")") and stmt.count("{") == stmt.count("}"), stmt
PYEOF

echo "hostile: $fails failed"
[ "$fails" = 0 ]
