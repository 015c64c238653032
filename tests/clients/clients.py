"""Checks of kg's exports with the real client libraries (tests/clients/run.sh).

Run with /usr/bin/python3: Debian's python3-networkx, python3-igraph and
python3-rdflib are only visible to the system interpreter.

    clients.py networkx GRAPHML NODES EDGES
    clients.py igraph GRAPHML NODES EDGES
    clients.py edge-label GRAPHML
    clients.py rdflib JSONLD

Each prints one short line (the detail of the result) and exits 0 when the
check passed, 1 when it failed.
"""

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


def check_rdflib(path):
    import rdflib
    from rdflib.namespace import OWL, RDF

    kg = rdflib.Namespace("https://w3id.org/kg-news/vocab#")
    schema_same = rdflib.URIRef("https://schema.org/sameAs")
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
    if not wikidata:
        print("no owl:sameAs/schema:sameAs to a Wikidata IRI")
        return False
    for s, p, o in g:
        if isinstance(s, rdflib.URIRef) and not str(s).startswith("http"):
            print("relative or non-http IRI: %s" % s)
            return False
    statements = negated = 0
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
            if (subj, pred, obj) in g:
                print("negated statement %s is asserted as a triple" % st)
                return False
        elif (subj, pred, obj) not in g:
            print("statement %s has no direct triple" % st)
            return False
    print("rdflib %s: %d triples, %d statements (%d negated), %d wikidata "
          "links" % (rdflib.__version__, len(g), statements, negated,
                     len(wikidata)))
    return True


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
            ok = check_rdflib(path)
        else:
            print("unknown check %s" % cmd)
            return 2
    except Exception as e:  # a reader's error is the check's failure
        print("%s: %s" % (type(e).__name__, e))
        return 1
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
