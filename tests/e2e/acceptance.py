#!/usr/bin/python3
"""Acceptance points of the foundation issue, checked on kg's own outputs:
usage: acceptance.py RELATIONS.jsonl GRAPH.graphml ontology/relations.tsv

Reads the JSONL of `kg extract examples/` and the GraphML of
`kg build examples/` as a user would, with the standard library only.
"""
import json
import sys
import unicodedata
import xml.etree.ElementTree as ET

rels_path, graphml_path, lexicon_path = sys.argv[1:4]
failures = []


def expect(cond, what):
    print(("ok   - " if cond else "FAIL - ") + what)
    if not cond:
        failures.append(what)


# relation type -> CAMEO quad class (1, 2 cooperation; 3, 4 conflict)
quad = {}
with open(lexicon_path, encoding="utf-8") as f:
    header = None
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if header is None:
            header = cols
            continue
        row = dict(zip(header, cols))
        quad.setdefault(row["type"], int(row["quad"] or 0))

rels = [json.loads(line) for line in open(rels_path, encoding="utf-8")]
expect(len(rels) > 0, "kg extract prints relations")

# the documented shape
top = {"doc", "sentence", "start", "end", "text", "subject", "relation",
       "object", "attributed_to", "confidence", "date"}
ent = {"id", "label", "type", "code", "country", "text", "start", "end"}
val = {"type", "value", "unit", "text"}
rel = {"type", "label", "text", "cameo", "negated", "modality"}
shape_ok = True
for r in rels:
    if not top <= r.keys() or not ent <= r["subject"].keys() or \
            not rel <= r["relation"].keys() or \
            not isinstance(r["relation"]["negated"], bool):
        shape_ok = False
    o = r["object"]
    if o["type"] in ("MonetaryAmount", "Quantity", "Percentage", "Date"):
        shape_ok &= val <= o.keys()
    else:
        shape_ok &= ent <= o.keys()
    if r["attributed_to"] is not None:
        shape_ok &= ent <= r["attributed_to"].keys()
    doc = open(r["doc"], encoding="utf-8").read().encode("utf-8")
    # provenance: the sentence and the mentions are where the offsets say
    shape_ok &= doc[r["start"]:r["end"]].decode("utf-8") == r["text"]
    shape_ok &= doc[r["subject"]["start"]:r["subject"]["end"]].decode(
        "utf-8") == r["subject"]["text"]
    shape_ok &= doc[r["object"]["start"]:r["object"]["end"]].decode(
        "utf-8") == r["object"]["text"]
expect(shape_ok, "every record has the documented fields and offsets "
       "that re-read the cited text")

ERDOGAN = "person_recep_tayyip_erdogan"
PUTIN = "person_vladimir_putin"


def find(pred):
    return [r for r in rels if pred(r)]


blocking = {"block", "ban", "reject", "veto", "bar", "exclude", "oppose"}
expect(find(lambda r: r["subject"]["id"] == "TUR" and
            r["object"]["id"] == "SWE" and not r["relation"]["negated"] and
            r["relation"]["type"] in blocking),
       "Turkey -> Sweden with a blocking or rejecting relation")
expect(find(lambda r: r["subject"]["id"] == "RUS" and
            r["relation"]["type"] == "trade" and
            r["object"]["type"] == "MonetaryAmount" and
            r["object"]["unit"] == "USD" and
            abs(r["object"]["value"] - 62e9) < 1),
       "Russia -> 62 billion US dollars with a trade relation")
expect(find(lambda r: r["subject"]["id"] == ERDOGAN and
            r["object"]["id"] == PUTIN and not r["relation"]["negated"] and
            quad.get(r["relation"]["type"], 0) in (1, 2)),
       "Erdogan -> Putin with a positive relation")
expect(find(lambda r: r["subject"]["id"] == "SWE" and
            r["object"]["id"] == "TUR" and
            r["relation"]["type"] == "reject"),
       "Sweden -> Turkey rejecting (the extradition requests)")
expect(not find(lambda r: r["subject"]["id"] in ("TUR", ERDOGAN) and
                r["object"]["id"] == "RUS" and
                r["relation"]["type"] == "sanction" and
                not r["relation"]["negated"]),
       "no plain Turkey-sanctions-Russia relation")

# the merged graph
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = ET.parse(graphml_path).getroot()
keys = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", ns)}
nodes = {}
for n in root.iter("{http://graphml.graphdrawing.org/xmlns}node"):
    data = {keys[d.get("key")]: d.text for d in n.findall("g:data", ns)}
    nodes[n.get("id")] = data


def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("\u0131", "i"))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


labels = [fold(d.get("label", "")) for d in nodes.values()]
# a node whose label is one of the actor's written forms (groups such as
# "opposition (Turkey)" are other actors and do not count)
for who, forms in (("Erdogan", ("erdogan", "recep tayyip erdogan")),
                   ("Turkey", ("turkey", "turkiye")),
                   ("Kilicdaroglu", ("kilicdaroglu", "kemal kilicdaroglu"))):
    n = sum(1 for lab in labels if lab in forms)
    expect(n == 1, "one node for %s however written (found %d)" % (who, n))
expect(ERDOGAN in nodes and "TUR" in nodes and
       "person_kemal_kilicdaroglu" in nodes,
       "Erdogan, Turkey and Kilicdaroglu are nodes with ontology ids")
# the PREV/NEXT navigation lines name Boris Johnson, Britain and Iran only
expect(not ({"GBR", "IRN", "person_boris_johnson"} & nodes.keys()),
       "site navigation (PREV/NEXT) produces no nodes")
expect(not any("PREV" in r["text"] or "NEXT" in r["text"] for r in rels),
       "no relation comes from a navigation line")

sys.exit(1 if failures else 0)
