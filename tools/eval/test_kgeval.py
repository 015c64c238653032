"""Unit tests of the scorers (hand-made inputs only; no kg run, no shared data).

Run: /usr/bin/python3 -m unittest discover -s tools/eval -p 'test_*.py'   (make eval-test)
"""

import csv
import json
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import kgeval as K  # noqa: E402
import run_eval as R  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def ent(eid, code, text=None, start=0, end=0, country=None):
    return {"id": eid, "label": eid, "type": "Country", "code": code,
            "country": country or (code[:3] if code else None),
            "text": text or eid, "start": start, "end": end}


def rec(doc, s, cameo, o, rtype="x", negated=False, text="", modality="asserted", sentence=0):
    return {"doc": doc, "sentence": sentence, "start": 0, "end": len(text), "text": text,
            "subject": s, "object": o, "attributed_to": None, "confidence": 0.8, "date": None,
            "relation": {"type": rtype, "label": rtype, "text": rtype, "start": 0, "end": 0,
                         "cameo": cameo, "negated": negated, "modality": modality}}


def kg_from_gold(gold):
    """A perfect kg output for gold {doc: [(s, t, c)]}."""
    out = []
    for doc, evs in gold.items():
        for s, t, c in evs:
            out.append(rec(doc, ent(s, s), c, ent(t, t)))
    return out


GOLD = {
    "a": [("DEU", "FRA", "192")],
    "b": [("TUNJUD", "NGAEDU", "173"), ("USA", "IMGMUSISI", "112")],
    "c": [],  # noevents
}


class ActorCodes(unittest.TestCase):
    def test_country_level(self):
        self.assertTrue(K.actor_match("TUNJUD", "TUN"))
        self.assertTrue(K.actor_match("TUN", "TUNGOV"))
        self.assertFalse(K.actor_match("TUN", "TUR"))

    def test_full_level(self):
        self.assertFalse(K.actor_match("TUNJUD", "TUN", K.LEVEL_FULL))
        self.assertTrue(K.actor_match("TUNJUD", "tunjud", K.LEVEL_FULL))

    def test_unknown_country(self):
        self.assertTrue(K.actor_match("---REB", "SYRREB"))
        self.assertTrue(K.actor_match("---", "CHN"))
        self.assertTrue(K.actor_match("---REB", "SYRREB", K.LEVEL_FULL))
        self.assertFalse(K.actor_match("---REB", "SYRMIL", K.LEVEL_FULL))
        self.assertFalse(K.strict_actor_match("---LEG", "IRN"))
        self.assertTrue(K.strict_actor_match("---LEG", "USALEG"))

    def test_nonstate(self):
        self.assertTrue(K.actor_match("IGOWSTNAT", "IGOWSTNAT"))
        self.assertFalse(K.actor_match("IGOWSTNAT", "IGOUNO"))
        self.assertTrue(K.actor_match("IGOUNOMIL", "IGOUNO"))
        self.assertTrue(K.actor_match("IGO", "IGOUNO"))  # PLOVER's bare IGO
        self.assertFalse(K.actor_match("IGO", "USA"))

    def test_legacy(self):
        self.assertTrue(K.actor_match("JAP", "JPN"))
        self.assertTrue(K.actor_match("ITL", "ITAGOV"))

    def test_empty(self):
        self.assertFalse(K.actor_match("", "USA"))
        self.assertFalse(K.actor_match("USA", None))


class GoldActorCodes(unittest.TestCase):
    GOLD = {"s1": [("ARNMIL", "GON", "190"), ("GON", "---REB", "112")]}

    def test_perfect(self):
        men = {"s1": [{"code": "ARNMIL"}, {"code": "GON"}]}
        self.assertEqual(K.score_gold_actor_codes(self.GOLD, men),
                         {"gold": 2, "found": 2})

    def test_empty(self):
        self.assertEqual(K.score_gold_actor_codes(self.GOLD, {}),
                         {"gold": 2, "found": 0})

    def test_wrong_code_is_not_a_hit(self):
        men = {"s1": [{"code": "ARN"}, {"code": "GONGOV"}]}
        self.assertEqual(K.score_gold_actor_codes(self.GOLD, men)["found"], 0)


class CodedEvents(unittest.TestCase):
    def test_filters(self):
        recs = [rec("d", ent("TUR", "TUR"), "172", ent("SWE", "SWEGOV")),
                rec("d", ent("TUR", "TUR"), "172", ent("SWE", "SWEGOV")),       # duplicate
                rec("d", ent("TUR", "TUR"), None, ent("SWE", "SWE")),            # uncoded
                rec("d", ent("TUR", "TUR"), "163", ent("RUS", "RUS"), negated=True),
                rec("d", ent("TUR", "TUR"), "061",
                    {"id": "money", "type": "MonetaryAmount", "value": 6.2e10, "unit": "USD"}),
                rec("d", ent("X", None), "061", ent("RUS", "RUS")),              # no actor code
                rec("d", ent("TUR", "TUR"), "190", ent("GRC", "GRC"), modality="conditional"),
                rec("d", ent("TUR", "TUR"), "192", ent("CYP", "CYP"), modality="hypothetical"),
                rec("d", ent("TUR", "TUR"), "138", ent("SYR", "SYR"), modality="threatened")]
        ev = K.coded_events(recs)
        self.assertEqual(ev["d"], {("TUR", "SWEGOV", "172"), ("TUR", "SYR", "138")})
        ev = K.coded_events(recs, include_negated=True)
        self.assertIn(("TUR", "RUS", "163"), ev["d"])


class Events(unittest.TestCase):
    def score(self, kg, level=K.LEVEL_ROOT, gold=GOLD):
        return K.score_events(gold, K.coded_events(kg), level)

    def test_perfect(self):
        for level in (K.LEVEL_ROOT, K.LEVEL_FULL):
            r = self.score(kg_from_gold(GOLD), level)
            self.assertEqual((r["gold"], r["found"], r["extra"]), (3, 3, 0))

    def test_empty(self):
        r = self.score([])
        self.assertEqual((r["gold"], r["found"], r["extra"]), (3, 0, 0))
        self.assertEqual(K.pct(r["found"], r["gold"]), "0.0%")

    def test_wrong_code_is_not_a_hit(self):
        kg = [rec("a", ent("DEU", "DEU"), "173", ent("FRA", "FRA"))]   # 17x, gold 192
        for level in (K.LEVEL_ROOT, K.LEVEL_FULL):
            r = self.score(kg, level)
            self.assertEqual((r["found"], r["extra"]), (0, 1))

    def test_levels(self):
        kg = [rec("a", ent("DEU", "DEU"), "190", ent("FRA", "FRAGOV")),    # same root, other code
              rec("b", ent("TUN", "TUN"), "173", ent("NGA", "NGA"))]       # country only
        r = self.score(kg, K.LEVEL_ROOT)
        self.assertEqual((r["found"], r["extra"]), (2, 0))
        r = self.score(kg, K.LEVEL_FULL)
        self.assertEqual((r["found"], r["extra"]), (0, 2))

    def test_reversed_is_not_a_hit(self):
        kg = [rec("a", ent("FRA", "FRA"), "192", ent("DEU", "DEU"))]
        r = self.score(kg)
        self.assertEqual((r["found"], r["extra"]), (0, 1))
        self.assertEqual(K.classify_extra(("FRA", "DEU", "192"), GOLD["a"]),
                         "source and target reversed")

    def test_duplicates_count_once(self):
        kg = kg_from_gold(GOLD) * 3
        r = self.score(kg)
        self.assertEqual((r["found"], r["extra"], r["kg"]), (3, 0, 3))
        gold = {"g": [("ISR", "PSECVL", "190"), ("ISR", "PSEGZACVL", "190")]}
        self.assertEqual(K.score_events(gold, {}, K.LEVEL_ROOT)["gold"], 1)
        self.assertEqual(K.score_events(gold, {}, K.LEVEL_FULL)["gold"], 2)

    def test_noevents_sentence_counts_extra(self):
        kg = [rec("c", ent("FRA", "FRA"), "112", ent("RWA", "RWA"))]
        r = self.score(kg)
        self.assertEqual((r["gold"], r["found"], r["extra"]), (3, 0, 1))
        self.assertEqual(K.classify_extra(("FRA", "RWA", "112"), []),
                         "event in a sentence whose gold has no event")

    def test_docs_outside_gold_ignored(self):
        kg = [rec("zzz", ent("FRA", "FRA"), "112", ent("RWA", "RWA"))]
        self.assertEqual(self.score(kg)["extra"], 0)

    def test_unknown_country_wildcard(self):
        gold = {"g": [("---REB", "SYR", "190")]}
        kg = K.coded_events([rec("g", ent("X", "SYRREB"), "193", ent("SYR", "SYR"))])
        self.assertEqual(K.score_events(gold, kg, K.LEVEL_ROOT)["found"], 1)
        self.assertEqual(K.score_events(gold, kg, K.LEVEL_FULL)["found"], 0)

    def test_petrarch_gold(self):
        recs = [{"id": "s:1", "suite": "s", "gold": "eventcoding", "text": "t",
                 "events": [{"source": "USA", "target": "CHN", "code": "042"}]},
                {"id": "s:2", "suite": "s", "gold": "noevents", "text": "u", "events": []},
                {"id": "s:3", "suite": "s", "gold": "error", "text": "v", "events": []},
                {"id": "o:1", "suite": "o", "gold": "eventcoding", "text": "w",
                 "events": [{"source": "USA", "target": "CHN", "code": "042"}]}]
        g = K.petrarch_gold(recs, {"s"})
        self.assertEqual(list(g), ["s:1", "s:2"])
        self.assertEqual(g["s:1"]["events"], [("USA", "CHN", "042")])

    def test_classify_miss(self):
        ev = ("USA", "CHN", "042")
        self.assertEqual(K.classify_miss(ev, [], set()), "neither actor found with a matching code")
        self.assertEqual(K.classify_miss(ev, [], {"USAGOV"}), "target actor missing or coded differently")
        self.assertEqual(K.classify_miss(ev, [], {"CHN"}), "source actor missing or coded differently")
        self.assertEqual(K.classify_miss(ev, [], {"USA", "CHN"}),
                         "both actors found, no actor-actor relation in the sentence")
        other = [rec("d", ent("USA", "USA"), "042", ent("JPN", "JPN"))]
        self.assertEqual(K.classify_miss(ev, other, {"USA", "CHN", "JPN"}),
                         "both actors found, kg related other actors only")
        neg = [rec("d", ent("USA", "USA"), "042", ent("CHN", "CHN"), negated=True)]
        self.assertEqual(K.classify_miss(ev, neg, {"USA", "CHN"}),
                         "relation found but marked negated")
        wrong = [rec("d", ent("USA", "USA"), "190", ent("CHN", "CHN"))]
        self.assertEqual(K.classify_miss(ev, wrong, {"USA", "CHN"}),
                         "relation found, another CAMEO root or type")
        rev = [rec("d", ent("CHN", "CHN"), "042", ent("USA", "USA"))]
        self.assertEqual(K.classify_miss(ev, rev, {"USA", "CHN"}),
                         "relation found with source and target reversed")


TABLE = {"03": "AGREE", "036": "AGREE", "04": "CONSULT", "042": "CONSULT", "09": "ACCUSE",
         "090": "ACCUSE", "10": "REQUEST", "100": "REQUEST", "11": "ACCUSE", "112": "ACCUSE",
         "16": "SANCTION", "163": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "190": "ASSAULT",
         "01": "", "010": ""}


def pgold(i, text, src, tgt, event, recip=False):
    return {"id": i, "text": text, "source": src, "target": tgt, "event": event,
            "reciprocal": recip}


class Plover(unittest.TestCase):
    def test_categories(self):
        c = lambda x: K.plover_category(x, TABLE)  # noqa: E731
        self.assertEqual(c("100"), "DEMAND")
        self.assertEqual(c("090"), "INVESTIGATE")
        self.assertEqual(c("112"), "DISAPPROVE")
        self.assertEqual(c("1124"), "DISAPPROVE")       # falls back to 112
        self.assertEqual(c("163"), "COERCE")            # per-code, not per-root
        self.assertIsNone(c("010"))
        self.assertIsNone(c(None))
        self.assertTrue(K.same_category(c("190"), "FIGHT"))
        self.assertTrue(K.same_category(c("190"), "ASSAULT"))
        self.assertFalse(K.same_category(c("190"), "PROTEST"))
        self.assertFalse(K.same_category(None, None))

    def test_scores(self):
        gold = [pgold("p1", "t1", ["USA"], ["CHN"], "CONSULT"),
                pgold("p2", "t2", ["HUN", "ROU"], [], "AGREE", recip=True),
                pgold("p3", "t3", ["LBN"], [], "RETREAT"),
                pgold("p4", "t4", ["JAP"], ["IGO"], "DEMAND")]
        perfect = {"p1": {("USAGOV", "CHN", "042")}, "p2": {("HUN", "ROU", "036")},
                   "p3": {("LBN", "ISR", "0871")}, "p4": {("JPN", "IGOUNO", "100")}}
        table = dict(TABLE, **{"08": "RETREAT", "0871": "RETREAT"})
        r = K.score_plover(gold, perfect, table)
        self.assertEqual((r["gold"], r["found"], r["extra"]), (4, 4, 0))
        r = K.score_plover(gold, {}, table)
        self.assertEqual((r["found"], r["extra"]), (0, 0))
        wrong = {"p1": {("USA", "CHN", "112")}, "p2": {("HUN", "USA", "036")}}
        r = K.score_plover(gold, wrong, table)
        self.assertEqual((r["found"], r["extra"]), (0, 2))
        # no PLOVER category (root 01): neither hit nor extra
        r = K.score_plover(gold, {"p1": {("USA", "CHN", "010")}}, table)
        self.assertEqual((r["found"], r["extra"], r["kg"]), (0, 0, 0))

    def test_shared_text_is_one_sentence(self):
        gold = [pgold("a", "same", ["EGY"], ["EGY"], "COERCE"),
                pgold("b", "same", ["EGY"], ["EGY"], "FIGHT")]
        table = dict(TABLE, **{"17": "COERCE", "173": "COERCE"})
        r = K.score_plover(gold, {"a": {("EGY", "EGY", "173")}, "b": {("EGY", "EGY", "173")}},
                           table)
        self.assertEqual((r["found"], r["extra"]), (1, 0))

    def test_gold_reader(self):
        recs = [{"id": "x", "text": "t", "markup": "(SRC/TAR: A) and (SRC/TAR: B)",
                 "events": [{"source": ["HUN", "ROU"], "target": [], "event": "AGREE"}]},
                {"id": "y", "text": "u", "markup": "(SRC: A)",
                 "events": [{"source": ["LBN"], "target": [], "event": "RETREAT"}]}]
        g = K.plover_gold(recs)
        self.assertTrue(g[0]["reciprocal"])
        self.assertFalse(g[1]["reciprocal"])


class Actors(unittest.TestCase):
    TEXT = "Kılıçdaroğlu met Israeli soldiers in Gaza."

    def gold(self):
        return [{"id": "d", "text": self.TEXT, "actor": "Israeli soldiers", "code": "ISR"},
                {"id": "d", "text": self.TEXT, "actor": "Kılıçdaroğlu", "code": "TUR"}]

    def mention(self, needle, code):
        b = self.TEXT.encode("utf-8")
        s = b.find(needle.encode("utf-8"))
        return ent("e", code, needle, s, s + len(needle.encode("utf-8")))

    def test_perfect(self):
        ms = {"d": [self.mention("Israeli", "ISRMIL"), self.mention("Kılıçdaroğlu", "TUROPP")]}
        r = K.score_actors(self.gold(), ms)
        self.assertEqual((r["recognised"], r["coded"]), (2, 2))

    def test_empty(self):
        r = K.score_actors(self.gold(), {})
        self.assertEqual((r["gold"], r["recognised"], r["coded"]), (2, 0, 0))

    def test_wrong_code(self):
        ms = {"d": [self.mention("Israeli", "PSE")]}
        r = K.score_actors(self.gold(), ms)
        self.assertEqual((r["recognised"], r["coded"]), (1, 0))

    def test_byte_offsets(self):
        # a mention of "met" (after the non-ASCII name) must not count
        ms = {"d": [self.mention("met", "ISR")]}
        self.assertEqual(K.score_actors(self.gold(), ms)["recognised"], 0)


DOC = ("Erdogan said Turkey has ties with Russia. Kremlin rejected it. "
       "Turkey has not imposed sanctions on Russia. Erdogan met him.")


def m(doc, text, eid, code, occurrence=0, sentence=0):
    b = DOC.encode("utf-8")
    s = -1
    for _ in range(occurrence + 1):
        s = b.find(text.encode("utf-8"), s + 1)
    return {"doc": doc, "sentence": sentence,
            "mention": ent(eid, code, text, s, s + len(text.encode("utf-8")))}


S0 = "Erdogan said Turkey has ties with Russia."
S2 = "Turkey has not imposed sanctions on Russia."
EX_GOLD = {"art": [
    {"kind": "relation", "sentence_contains": "has ties with", "subject": ["TUR"],
     "object": "RUS", "types": ["relation"], "symmetric": True},
    {"kind": "relation", "sentence_contains": "not imposed", "subject": "TUR", "object": "RUS",
     "types": ["sanction"], "cameo_roots": ["16"], "negated": True},
    {"kind": "relation", "optional": True, "sentence_contains": "has ties with",
     "subject": "person_recep_tayyip_erdogan", "object": "RUS", "types": ["praise"]},
    {"kind": "not_relation", "sentence_contains": "not imposed", "subject": "TUR",
     "object": "RUS", "types": ["sanction"], "cameo_roots": ["16"]},
    {"kind": "absent", "id": "GBR"},
    {"kind": "node", "id": "RUS", "texts": ["Russia", "Kremlin"]},
]}


def ex_records(*recs):
    return list(recs)


class Examples(unittest.TestCase):
    def run_score(self, ext, men):
        return K.score_examples(EX_GOLD, ext, men, {"art": DOC.encode("utf-8")})

    def perfect(self):
        ext = [rec("examples/art.txt", ent("RUS", "RUS"), None, ent("TUR", "TUR"), "relation",
                   text=S0),
               rec("examples/art.txt", ent("TUR", "TUR"), "163", ent("RUS", "RUS"), "sanction",
                   negated=True, text=S2)]
        men = [m("examples/art.txt", "Russia", "RUS", "RUS"),
               m("examples/art.txt", "Kremlin", "RUS", "RUSGOV"),
               m("examples/art.txt", "Russia", "RUS", "RUS", occurrence=1)]
        return ext, men

    def test_perfect(self):
        r = self.run_score(*self.perfect())
        self.assertEqual((r["relations"]["gold"], r["relations"]["found"],
                          r["relations"]["extra"]), (2, 2, 0))
        self.assertEqual((r["nodes"]["gold"], r["nodes"]["found"]), (2, 2))
        self.assertEqual((r["must_not"]["gold"], r["must_not"]["found"]), (2, 2))

    def test_empty(self):
        r = self.run_score([], [])
        self.assertEqual((r["relations"]["found"], r["relations"]["extra"]), (0, 0))
        self.assertEqual(r["nodes"]["found"], 0)
        self.assertEqual(r["must_not"]["found"], 2)   # nothing wrong was said

    def test_wrong_code_is_not_a_hit(self):
        ext = [rec("art", ent("TUR", "TUR"), "112", ent("RUS", "RUS"), "sanction",
                   negated=True, text=S2)]
        r = self.run_score(ext, [])
        self.assertEqual((r["relations"]["found"], r["relations"]["extra"]), (0, 1))

    def test_negation_matters(self):
        ext = [rec("art", ent("TUR", "TUR"), "163", ent("RUS", "RUS"), "sanction", text=S2)]
        r = self.run_score(ext, [])
        self.assertEqual(r["relations"]["found"], 0)
        self.assertEqual(r["must_not"]["found"], 1)   # the not_relation is violated
        self.assertEqual(len(r["must_not"]["violations"]), 1)

    def test_optional_is_neither_hit_nor_extra(self):
        ext = [rec("art", ent("person_recep_tayyip_erdogan", "TURGOV"), None, ent("RUS", "RUS"),
                   "praise", text=S0)]
        r = self.run_score(ext, [])
        self.assertEqual((r["relations"]["found"], r["relations"]["extra"]), (0, 0))

    def test_duplicates_count_once(self):
        ext, men = self.perfect()
        extra = rec("art", ent("GBR", "GBR"), None, ent("RUS", "RUS"), "relation", text=S0)
        r = self.run_score(ext + [extra, extra], men)
        self.assertEqual(r["relations"]["extra"], 1)
        self.assertEqual(r["must_not"]["found"], 1)   # GBR must be absent

    def test_nodes(self):
        # Kremlin mapped to another node: not merged; Russia not recognised once
        men = [m("art", "Russia", "RUS", "RUS"), m("art", "Kremlin", "KREMLIN", "RUSGOV")]
        r = self.run_score([], men)
        self.assertEqual(r["nodes"]["found"], 0)
        whys = sorted(x[3] for x in r["nodes"]["missed"])
        self.assertTrue(whys[0].startswith("mapped to KREMLIN"))
        self.assertTrue(whys[1].startswith("not recognised"))

    def test_nested_name_is_neutral(self):
        doc = "Turkish President Erdogan spoke. Turkish troops left."
        gold = {"d": [{"kind": "node", "id": "TUR", "texts": ["Turkish"]}]}
        b = doc.encode()
        men = [{"doc": "d", "mention": ent("person_recep_tayyip_erdogan", "TURGOV", "x", 0, 25)},
               {"doc": "d", "mention": ent("TUR", "TUR", "Turkish", b.find(b"Turkish", 1),
                                           b.find(b"Turkish", 1) + 7)}]
        r = K.score_examples(gold, [], men, {"d": b})
        self.assertEqual(r["nodes"]["found"], 1)

    def test_asserted_only(self):
        gold = {"d": [{"kind": "not_relation", "asserted_only": True, "subject": "*",
                       "object": "*", "types": ["sever"]}]}
        ok = [rec("d", ent("A", "A"), None, ent("B", "B"), "sever", modality="intended")]
        bad = [rec("d", ent("A", "A"), None, ent("B", "B"), "sever")]
        self.assertEqual(K.score_examples(gold, ok, [], {})["must_not"]["found"], 1)
        self.assertEqual(K.score_examples(gold, bad, [], {})["must_not"]["found"], 0)

    def test_code_spec(self):
        self.assertTrue(K._ids_match(["code:TUROPP"], ent("CHP", "TUROPPPTY")))
        self.assertFalse(K._ids_match(["code:TUROPP"], ent("TUR", "TURGOV")))
        self.assertTrue(K._ids_match(["*"], ent("X", "Y")))
        self.assertFalse(K._ids_match(["*"], None))


def ontology_ids():
    ids = set()
    for name in ("countries.tsv", "organizations.tsv", "people.tsv"):
        path = os.path.join(ROOT, "ontology", name)
        with open(path, encoding="utf-8") as f:
            rows = [line for line in f if not line.startswith("#")]
        for row in csv.DictReader(rows, delimiter="\t"):
            key = "id" if "id" in row else list(row)[0]
            if row.get(key):
                ids.add(row[key])
    return ids


class GoldFiles(unittest.TestCase):
    """tests/gold/*.gold.jsonl are consistent with the articles and the ontology."""

    def test_gold_files(self):
        gold_dir = os.path.join(ROOT, "tests", "gold")
        files = sorted(f for f in os.listdir(gold_dir) if f.endswith(".gold.jsonl"))
        self.assertEqual(len(files), 2)
        known = ontology_ids()
        for f in files:
            stem = K.doc_key(f)
            with open(os.path.join(ROOT, "examples", stem + ".txt"), encoding="utf-8") as fh:
                text = fh.read()
            for g in K.read_jsonl(os.path.join(gold_dir, f)):
                kind = g.get("kind")
                self.assertIn(kind, ("relation", "not_relation", "absent", "node"), g)
                if g.get("sentence_contains"):
                    self.assertIn(g["sentence_contains"], text, (f, g))
                ids = []
                if kind in ("relation", "not_relation"):
                    self.assertTrue(g.get("types") or g.get("cameo_roots"), g)
                    for r in g.get("cameo_roots", []):
                        self.assertRegex(r, r"^[0-2][0-9]$")
                    ids = K._as_list(g["subject"]) + K._as_list(g["object"])
                elif kind in ("node", "absent"):
                    ids = [g["id"]]
                for t in g.get("texts", []):
                    self.assertTrue(K.word_spans(text.encode("utf-8"), t.encode("utf-8")),
                                    (f, t))
                for i in ids:
                    if i == "*" or i.startswith("code:") or i.startswith("money_"):
                        continue
                    self.assertIn(i, known, (f, g))


class CorpusRefs(unittest.TestCase):
    """Real-news gold records point into a shared corpus instead of holding text."""

    STORY = {"id": "reuters-7", "date": "26-FEB-1987 15:01:01.79",
             "text": "Iraq shelled Iran. Tehran protested to the U.N. on Friday."}

    def refs(self, tmp, start, end, sha=None):
        with open(os.path.join(tmp, "wire.jsonl"), "w", encoding="utf-8") as f:
            f.write(json.dumps({"id": "reuters-6", "text": "Other story."}) + "\n")
            f.write(json.dumps(self.STORY) + "\n")
        t = self.STORY["text"][start:end]
        return [{"id": "rn-1", "corpus": "wire.jsonl", "doc": "reuters-7", "start": start,
                 "end": end, "sha1": sha or K.sentence_sha1(t), "events": []},
                {"id": "cb-1", "text": "Own sentence.", "events": []}]

    def test_resolved(self):
        with tempfile.TemporaryDirectory() as tmp:
            recs, problems = K.resolve_corpus_refs(self.refs(tmp, 19, 59), tmp)
            self.assertEqual(problems, [])
            self.assertEqual(recs[0]["text"], "Tehran protested to the U.N. on Friday.")
            self.assertEqual(recs[0]["date"], "19870226")
            self.assertEqual(recs[1]["text"], "Own sentence.")

    def test_changed_or_missing(self):
        with tempfile.TemporaryDirectory() as tmp:
            recs, problems = K.resolve_corpus_refs(self.refs(tmp, 19, 59, "000000000000"), tmp)
            self.assertEqual([r["id"] for r in recs], ["cb-1"])
            self.assertIn("changed", problems[0])
            recs, problems = K.resolve_corpus_refs(self.refs(tmp, 0, 18), tmp + "/absent")
            self.assertEqual([r["id"] for r in recs], ["cb-1"])
            self.assertIn("not found", problems[0])

    def test_sentences(self):
        sys.path.insert(0, os.path.join(HERE, "realnews"))
        import sample
        text = "Mr. Shultz met Gen. Zia in Islamabad. Pakistan thanked the U.S. for aid.\nNew line."
        spans = [text[a:b] for a, b in sample.sentences(text)]
        self.assertEqual(spans, ["Mr. Shultz met Gen. Zia in Islamabad.",
                                 "Pakistan thanked the U.S. for aid.", "New line."])


class Driver(unittest.TestCase):
    def test_skipped_when_data_absent(self):
        with tempfile.TemporaryDirectory() as tmp:
            missing = os.path.join(tmp, "nothing")
            rows, an = R.eval_petrarch(None, missing, tmp)
            self.assertTrue(rows and all("skipped" in r["recall"] for r in rows))
            self.assertEqual(an["miss"], [])
            rows = R.eval_plover(None, missing, tmp)
            self.assertTrue(rows and all("skipped" in r["recall"] for r in rows))

    def test_region(self):
        block = R.BEGIN + "\nnew\n" + R.END
        doc = "# T\n\nhand text\n\n" + R.BEGIN + "\nold\n" + R.END + "\n\nmore hand text\n"
        out = R.update_region(doc, block)
        self.assertIn("hand text", out)
        self.assertIn("more hand text", out)
        self.assertIn("new", out)
        self.assertNotIn("old", out)
        self.assertTrue(R.update_region("", block).startswith("# kg: quality"))

    def test_table(self):
        rows = [R.row("s", "m", 4, 1, 2), R.skipped("t", "skipped (no data)")]
        md = R.table_text(rows)
        self.assertIn("| s | m | 4 | 1 | 25.0% | 2 | 50.0% |", md)
        self.assertIn("skipped (no data)", R.plain_table(rows))


if __name__ == "__main__":
    unittest.main()
