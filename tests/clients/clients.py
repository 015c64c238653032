"""Checks of kg's exports with the real client libraries (tests/clients/run.sh).

Run with /usr/bin/python3: Debian's python3-networkx, python3-igraph and
python3-rdflib are only visible to the system interpreter.

    clients.py networkx GRAPHML NODES EDGES
    clients.py igraph GRAPHML NODES EDGES
    clients.py edge-label GRAPHML
    clients.py rdflib JSONLD [NODES EDGES [wikidata]]
    clients.py gexf GEXF NODES EDGES
    clients.py neo4j-csv DIR NODES EDGES      (nodes.csv, relationships.csv)
    clients.py cypher CYPHER NODES EDGES      (run twice on a model)
    clients.py jsonl JSONL NODES EDGES
    clients.py names DIR [EXPECTED.json]      (names survive every format)

Each prints one short line (the detail of the result) and exits 0 when the
check passed, 1 when it failed.
"""

import csv
import html
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"


def check_networkx(path, nodes, edges):
    import networkx as nx

    g = nx.read_graphml(path)
    got = (g.number_of_nodes(), g.number_of_edges())
    print("networkx %s: %d nodes, %d edges" % ((nx.__version__,) + got))
    return got == (nodes, edges)


def check_igraph(path, nodes, edges):
    import igraph

    g = igraph.Graph.Read_GraphML(path)
    got = (g.vcount(), g.ecount())
    print("igraph %s: %d nodes, %d edges" % ((igraph.__version__,) + got))
    if "label" not in g.es.attributes() and edges:
        print("igraph: edges have no 'label' attribute")
        return False
    return got == (nodes, edges)


def check_edge_label(path):
    """<data key="label"> must be the first child of every edge (APOC)."""
    n = 0
    for _, el in ET.iterparse(path):
        if el.tag != GRAPHML_NS + "edge":
            continue
        n += 1
        children = list(el)
        if not children:
            print("edge %s has no children" % el.get("id"))
            return False
        first = children[0]
        if first.tag != GRAPHML_NS + "data" or first.get("key") != "label":
            print("edge %s: first child is %s key=%s" %
                  (el.get("id"), first.tag, first.get("key")))
            return False
        if not (first.text or "").strip():
            print("edge %s: empty label" % el.get("id"))
            return False
        el.clear()
    print("%d edges, each starts with <data key=\"label\">" % n)
    return True


def check_rdflib(path, nodes=None, edges=None, wikidata_required=True):
    import rdflib
    from rdflib.namespace import OWL, RDF

    kg = rdflib.Namespace("https://w3id.org/kg-news/vocab#")
    schema_same = rdflib.URIRef("http://schema.org/sameAs")
    g = rdflib.Graph()
    g.parse(path, format="json-ld")
    if len(g) == 0:
        print("rdflib parsed no triples")
        return False
    wikidata = [
        (s, o) for s, p, o in g
        if p in (OWL.sameAs, schema_same)
        and str(o).startswith("http://www.wikidata.org/entity/Q")
    ]
    if not wikidata and wikidata_required:
        print("no owl:sameAs/schema:sameAs to a Wikidata IRI")
        return False
    for s, p, o in g:
        if isinstance(s, rdflib.URIRef) and not str(s).startswith("http"):
            print("relative or non-http IRI: %s" % s)
            return False
    statements = negated = 0
    asserted, denied = set(), {}
    for st in g.subjects(RDF.type, RDF.Statement):
        statements += 1
        subj = g.value(st, RDF.subject)
        pred = g.value(st, RDF.predicate)
        obj = g.value(st, RDF.object)
        if subj is None or pred is None or obj is None:
            print("statement %s lacks subject, predicate or object" % st)
            return False
        neg = g.value(st, kg.negated)
        if neg is not None and neg.toPython() is True:
            negated += 1
            denied[(subj, pred, obj)] = st
        elif (subj, pred, obj) not in g:
            print("statement %s has no direct triple" % st)
            return False
        else:
            asserted.add((subj, pred, obj))
    # A negated edge is never a direct triple, unless the same relation
    # was also read without negation (another statement asserts it).
    for spo, st in denied.items():
        if spo in g and spo not in asserted:
            print("negated statement %s is asserted as a triple" % st)
            return False
    entities = set(g.subjects(RDF.type, kg.Entity)) | set(
        g.subjects(RDF.type, kg.Value))
    print("rdflib %s: %d triples, %d nodes, %d statements (%d negated), "
          "%d wikidata links" % (rdflib.__version__, len(g), len(entities),
                                 statements, negated, len(wikidata)))
    if nodes is not None and (len(entities), statements) != (nodes, edges):
        print("rdflib: %d nodes and %d statements, DOT has %d and %d" %
              (len(entities), statements, nodes, edges))
        return False
    return True


GEXF_NS = "{http://gexf.net/1.3}"


def check_gexf(path, nodes, edges):
    """Counts as DOT; (source, target, kind) unique, as Gephi needs."""
    root = ET.parse(path).getroot()
    if root.tag != GEXF_NS + "gexf" or root.get("version") != "1.3":
        print("root is %s version %s" % (root.tag, root.get("version")))
        return False
    graph = root.find(GEXF_NS + "graph")
    ns = graph.findall("%snodes/%snode" % (GEXF_NS, GEXF_NS))
    es = graph.findall("%sedges/%sedge" % (GEXF_NS, GEXF_NS))
    keys = set()
    for e in es:
        key = (e.get("source"), e.get("target"), e.get("kind"))
        if key in keys or not e.get("kind"):
            print("edge %s: (source, target, kind) %r not unique" %
                  (e.get("id"), key))
            return False
        keys.add(key)
    spells = len(graph.findall(".//%sspell" % GEXF_NS))
    print("%d nodes, %d edges, %d spells, mode %s" %
          (len(ns), len(es), spells, graph.get("mode")))
    return (len(ns), len(es)) == (nodes, edges)


NEO4J_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short",
               "char", "string", "point", "date", "localtime", "time",
               "localdatetime", "datetime", "duration"}


def neo4j_header(fields, special):
    """Parse a neo4j-admin header: [(name, kind, type, is_array, idspace)].
    special: the :X fields allowed.  Raises ValueError on a bad field."""
    out = []
    for f in fields:
        m = re.fullmatch(r"([^:]*)(?::([A-Za-z_]+)(?:\(([^)]*)\))?(\[\])?)?",
                         f)
        if not m:
            raise ValueError("bad header field %r" % f)
        name, kind, space, arr = m.groups()
        if kind in special:
            out.append((name, kind, None, False, space))
        elif kind is None:
            if not name:
                raise ValueError("empty header field")
            out.append((name, None, "string", False, None))
        elif kind in NEO4J_TYPES:
            out.append((name, None, kind, bool(arr), None))
        else:
            raise ValueError("unknown type %r in %r" % (kind, f))
    return out


def neo4j_rows(path, special, required):
    with open(path, encoding="utf-8", newline="") as fp:
        text = fp.read()
    rows = list(csv.reader(text.splitlines(True), strict=True))
    header = neo4j_header(rows[0], special)
    kinds = [h[1] for h in header if h[1]]
    for r in required:
        if kinds.count(r) != 1:
            raise ValueError("%s: header needs one :%s" % (path, r))
    names = [h[0] for h in header if h[0]]
    if len(set(names)) != len(names):
        raise ValueError("%s: duplicate property names" % path)
    for n, row in enumerate(rows[1:], 2):
        if len(row) != len(header):
            raise ValueError("%s:%d: %d fields, header has %d" %
                             (path, n, len(row), len(header)))
        for (name, kind, typ, arr, _), v in zip(header, row):
            if "\n" in v or "\r" in v:
                raise ValueError("%s:%d: newline in %s (needs "
                                 "--multiline-fields)" % (path, n, name))
            if v == "" or kind:
                continue
            vals = v.split(";") if arr else [v]
            if arr and any(x == "" for x in vals):
                raise ValueError("%s:%d: empty element in %s" %
                                 (path, n, name))
            for x in vals:
                if typ in ("int", "long"):
                    int(x)
                elif typ in ("float", "double"):
                    float(x)
                elif typ == "boolean" and x not in ("true", "false"):
                    raise ValueError("%s:%d: boolean %r" % (path, n, x))
                elif typ == "date" and not re.fullmatch(
                        r"\d{4}-\d\d-\d\d", x):
                    raise ValueError("%s:%d: date %r" % (path, n, x))
    return header, rows[1:]


def check_neo4j_csv(folder, nodes, edges):
    """The header and quoting rules of neo4j-admin database import."""
    nh, nrows = neo4j_rows(os.path.join(folder, "nodes.csv"),
                           {"ID", "LABEL", "IGNORE"}, ["ID", "LABEL"])
    rh, rrows = neo4j_rows(os.path.join(folder, "relationships.csv"),
                           {"START_ID", "END_ID", "TYPE", "IGNORE"},
                           ["START_ID", "END_ID", "TYPE"])
    idcol = [h[1] for h in nh].index("ID")
    space = nh[idcol][4]
    ids = [r[idcol] for r in nrows]
    if len(set(ids)) != len(ids):
        print("duplicate node ids")
        return False
    labcol = [h[1] for h in nh].index("LABEL")
    for r in nrows:
        if any(x == "" for x in r[labcol].split(";")):
            print("node %s: empty label in %r" % (r[idcol], r[labcol]))
            return False
    kinds = [h[1] for h in rh]
    s, t, ty = (kinds.index("START_ID"), kinds.index("END_ID"),
                kinds.index("TYPE"))
    if rh[s][4] != space or rh[t][4] != space:
        print("id spaces differ: %s %s %s" % (space, rh[s][4], rh[t][4]))
        return False
    known = set(ids)
    for r in rrows:
        if r[s] not in known or r[t] not in known or not r[ty]:
            print("relationship %r: unknown end or empty type" % r[:3])
            return False
    print("%d nodes, %d relationships, id space %s" %
          (len(nrows), len(rrows), space))
    return (len(nrows), len(rrows)) == (nodes, edges)


class Cypher:
    """A tokenizer and evaluator for the literals kg writes in Cypher."""

    def __init__(self, text):
        self.s = text
        self.i = 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t":
            self.i += 1

    def eat(self, lit):
        self.ws()
        if not self.s.startswith(lit, self.i):
            raise ValueError("expected %r at %r" %
                             (lit, self.s[self.i:self.i + 40]))
        self.i += len(lit)

    def ident(self):
        self.ws()
        if self.s[self.i] == "`":
            j, out = self.i + 1, ""
            while True:
                k = self.s.index("`", j)
                out += self.s[j:k]
                if self.s.startswith("``", k):
                    out += "`"
                    j = k + 2
                else:
                    self.i = k + 1
                    return out
        m = re.compile(r"[A-Za-z_][A-Za-z0-9_]*").match(self.s, self.i)
        if not m:
            raise ValueError("identifier expected at %r" %
                             self.s[self.i:self.i + 40])
        self.i = m.end()
        return m.group(0)

    def string(self):
        self.eat("'")
        out = []
        esc = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r",
               "t": "\t", "b": "\b", "f": "\f"}
        while self.s[self.i] != "'":
            c = self.s[self.i]
            if c == "\\":
                d = self.s[self.i + 1]
                if d == "u":
                    out.append(chr(int(self.s[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                out.append(esc[d])
                self.i += 2
                continue
            out.append(c)
            self.i += 1
        self.i += 1
        return "".join(out)

    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "'":
            return self.string()
        if c == "[":
            self.i += 1
            out = []
            self.ws()
            while self.s[self.i] != "]":
                out.append(self.value())
                self.ws()
                if self.s[self.i] == ",":
                    self.i += 1
            self.i += 1
            return out
        if c == "{":
            return self.map()
        if self.s.startswith("date(", self.i):
            self.i += 5
            v = ("date", self.string())
            self.eat(")")
            return v
        for word, v in (("true", True), ("false", False)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return v
        m = re.compile(r"-?(\d+\.\d*|\d*\.\d+|\d+)([eE]-?\d+)?").match(
            self.s, self.i)
        if not m:
            raise ValueError("value expected at %r" %
                             self.s[self.i:self.i + 40])
        self.i = m.end()
        if m.group(2) or "." in m.group(1):
            return float(m.group(0))
        return int(m.group(0))

    def map(self):
        self.eat("{")
        out = {}
        self.ws()
        while self.s[self.i] != "}":
            k = self.ident()
            self.eat(":")
            if k in out:
                raise ValueError("key %s twice" % k)
            out[k] = self.value()
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1
            self.ws()
        self.i += 1
        return out


def cypher_statements(text):
    """Statements of a kg Cypher script: one per line, ending with ';'."""
    for line in text.split("\n"):
        if not line.strip() or line.startswith("//"):
            continue
        if not line.endswith(";"):
            raise ValueError("statement without ';': %.60s" % line)
        yield line[:-1]


def cypher_apply(stmt, db):
    """Apply one statement to db = {"nodes": {id: (labels, props)},
    "rels": {(s, type, t, key): props}, "constraints": set()}."""
    p = Cypher(stmt)
    if stmt.startswith("CREATE CONSTRAINT "):
        if " IF NOT EXISTS " not in stmt:
            raise ValueError("constraint without IF NOT EXISTS")
        db["constraints"].add(stmt)
        return
    if stmt.startswith("MERGE (n:Entity {id: "):
        p.eat("MERGE (n:Entity {id:")
        nid = p.value()
        p.eat("}) SET n:")
        label = p.ident()
        p.eat(", n =")
        props = p.map()
        p.ws()
        if p.i != len(stmt) or props.get("id") != nid:
            raise ValueError("node statement: %.60s" % stmt)
        labels, _ = db["nodes"].setdefault(nid, (set(["Entity"]), {}))
        labels.add(label)
        db["nodes"][nid] = (labels, props)  # SET n = {...}: absolute
        return
    if stmt.startswith("MATCH (a:Entity {id: "):
        p.eat("MATCH (a:Entity {id:")
        a = p.value()
        p.eat("}) MATCH (b:Entity {id:")
        b = p.value()
        p.eat("}) MERGE (a)-[r:")
        typ = p.ident()
        key = p.map()
        p.eat("]->(b) SET r =")
        props = p.map()
        p.ws()
        if p.i != len(stmt):
            raise ValueError("trailing text: %.60s" % stmt[p.i:])
        if a not in db["nodes"] or b not in db["nodes"]:
            raise ValueError("MATCH of a missing node: %s %s" % (a, b))
        if any(props.get(k) != v for k, v in key.items()):
            raise ValueError("SET contradicts the MERGE key")
        rk = (a, typ, b, tuple(sorted(key.items())))
        db["rels"][rk] = props
        return
    raise ValueError("not a MERGE or constraint: %.60s" % stmt)


def check_cypher(path, nodes, edges):
    """Run the script twice on a model of Neo4j: the same graph after the
    first and second run, with DOT's counts, and nothing but MERGE on the
    key and SET of absolute values (no CREATE of data, no increments)."""
    with open(path, encoding="utf-8") as fp:
        stmts = list(cypher_statements(fp.read()))
    for st in stmts:
        if re.search(r"\bCREATE\s*\(", st) or re.search(r"\+\s*=", st):
            print("not idempotent: %.60s" % st)
            return False
    db = {"nodes": {}, "rels": {}, "constraints": set()}
    for st in stmts:
        cypher_apply(st, db)
    once = json.dumps({"n": {k: [sorted(v[0]), v[1]]
                             for k, v in db["nodes"].items()},
                       "r": {repr(k): v for k, v in db["rels"].items()}},
                      sort_keys=True, default=repr)
    for st in stmts:
        cypher_apply(st, db)
    twice = json.dumps({"n": {k: [sorted(v[0]), v[1]]
                              for k, v in db["nodes"].items()},
                        "r": {repr(k): v for k, v in db["rels"].items()}},
                       sort_keys=True, default=repr)
    print("%d statements; after two runs %d nodes, %d relationships" %
          (len(stmts), len(db["nodes"]), len(db["rels"])))
    if once != twice:
        print("the second run changed the database")
        return False
    return (len(db["nodes"]), len(db["rels"])) == (nodes, edges)


def check_jsonl(path, nodes, edges):
    ids, n = set(), 0
    with open(path, encoding="utf-8") as fp:
        for line in fp:
            e = json.loads(line)
            ids.add(e["source"]["id"])
            ids.add(e["target"]["id"])
            if e["count"] != len(e["provenance"]):
                print("edge %s: count %d, %d mentions" %
                      (e["id"], e["count"], len(e["provenance"])))
                return False
            n += 1
    print("%d edges, %d distinct ends" % (n, len(ids)))
    return (len(ids), n) == (nodes, edges)


def dot_unescape(s):
    """escString as kg writes it: \\\\ is a backslash, \\n a line break
    (Graphviz then reads character entities: html.unescape)."""
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"n": "\n", "\\": "\\"}.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def names_everywhere(folder):
    """The node names each format gives, as a set per format."""
    import igraph
    import networkx as nx
    import rdflib

    got = {}
    with open(os.path.join(folder, "graph.jsonl"), encoding="utf-8") as fp:
        got["jsonl"] = set()
        for line in fp:
            e = json.loads(line)
            got["jsonl"] |= {e["source"]["label"], e["target"]["label"]}
    g = nx.read_graphml(os.path.join(folder, "graph.graphml"))
    got["networkx"] = {d.get("label") for _, d in g.nodes(data=True)}
    ig = igraph.Graph.Read_GraphML(os.path.join(folder, "graph.graphml"))
    got["igraph"] = set(ig.vs["label"])
    rg = rdflib.Graph()
    rg.parse(os.path.join(folder, "graph.jsonld"), format="json-ld")
    got["json-ld"] = {str(o) for o in rg.objects(
        None, rdflib.URIRef("http://schema.org/name"))}
    root = ET.parse(os.path.join(folder, "graph.gexf")).getroot()
    got["gexf"] = {n.get("label") for n in root.iter(GEXF_NS + "node")}
    with open(os.path.join(folder, "nodes.csv"), encoding="utf-8",
              newline="") as fp:
        rows = list(csv.DictReader(fp))
    got["neo4j-csv"] = {r["label"] for r in rows}
    with open(os.path.join(folder, "graph.cypher"), encoding="utf-8") as fp:
        db = {"nodes": {}, "rels": {}, "constraints": set()}
        for st in cypher_statements(fp.read()):
            cypher_apply(st, db)
    got["cypher"] = {v[1]["label"] for v in db["nodes"].values()}
    out = subprocess.run(["dot", "-Tjson0",
                          os.path.join(folder, "graph.dot")],
                         capture_output=True, check=True).stdout
    got["dot"] = {html.unescape(dot_unescape(o["label"]))
                  for o in json.loads(out).get("objects", [])
                  if "label" in o and "_gvid" in o and "nodes" not in o}
    svg = ET.parse(os.path.join(folder, "graph.svg")).getroot()
    svg_text = set()
    for t in svg.iter("{http://www.w3.org/2000/svg}text"):
        svg_text.add("".join(t.itertext()))
    got["svg-lines"] = svg_text
    return got


def check_names(folder, expected_path=None):
    """Every node name of graph.jsonl is in every other format, as it is
    (CSV: newlines as spaces; SVG: each line of it), and the names of
    EXPECTED are among them."""
    got = names_everywhere(folder)
    truth = got.pop("jsonl")
    if expected_path:
        with open(expected_path, encoding="utf-8") as fp:
            expected = set(json.load(fp))
        if not expected <= truth:
            print("names not in the graph: %r" % sorted(expected - truth))
            return False
    ok = True
    for fmt, names in sorted(got.items()):
        if fmt == "svg-lines":
            want = {line for n in truth for line in n.split("\n")}
            missing = want - names
        else:
            want = truth
            if fmt == "neo4j-csv":
                want = {n.replace("\r", "").replace("\n", " ")
                        for n in truth}
            missing = want - names
            extra = names - want
            if extra:
                print("%s has names graph.jsonl lacks: %r" %
                      (fmt, sorted(extra)[:3]))
                ok = False
        if missing:
            print("%s lost: %r" % (fmt, sorted(missing)[:3]))
            ok = False
    print("%d names survive %s" % (len(truth), ", ".join(sorted(got))))
    return ok


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    cmd, path = argv[1], argv[2]
    try:
        if cmd == "networkx":
            ok = check_networkx(path, int(argv[3]), int(argv[4]))
        elif cmd == "igraph":
            ok = check_igraph(path, int(argv[3]), int(argv[4]))
        elif cmd == "edge-label":
            ok = check_edge_label(path)
        elif cmd == "rdflib":
            ok = check_rdflib(path, *[int(x) for x in argv[3:5]],
                              wikidata_required="wikidata" in argv[5:])
        elif cmd == "gexf":
            ok = check_gexf(path, int(argv[3]), int(argv[4]))
        elif cmd == "neo4j-csv":
            ok = check_neo4j_csv(path, int(argv[3]), int(argv[4]))
        elif cmd == "cypher":
            ok = check_cypher(path, int(argv[3]), int(argv[4]))
        elif cmd == "jsonl":
            ok = check_jsonl(path, int(argv[3]), int(argv[4]))
        elif cmd == "names":
            ok = check_names(path, argv[3] if len(argv) > 3 else None)
        else:
            print("unknown check %s" % cmd)
            return 2
    except Exception as e:  # a reader's error is the check's failure
        print("%s: %s" % (type(e).__name__, e))
        return 1
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
