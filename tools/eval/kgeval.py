"""kgeval: scorers for kg's output against gold data (python3 standard library only).

Every scorer is a pure function over gold records and the records `kg extract` /
`kg entities` print (parsed JSON objects), so it can be tested on hand-made
inputs and never depends on kg's internals.  The driver (run_eval.py) prepares
the inputs, runs bin/kg and prints the table.

Matching rules (also written out in docs/quality.md):

* A kg *coded dyadic event* is a relation whose subject and object are entities
  with a non-empty `code` (a CAMEO actor code) and whose relation has a non-empty
  `cameo` code and is not negated.  Each distinct (subject code, object code,
  cameo) is counted once per gold record (document).
* Actor codes: the *country part* is the first three letters (`TURGOV` -> `TUR`),
  except for non-state prefixes (IGO, NGO, IMG, MNC, NGM, UIS, INT), where the
  first six letters (`IGOWSTNAT` -> `IGOWST`) play that role; a gold code of only
  three letters (PLOVER's bare `IGO`) matches any kg code beginning with them.
  A gold country part `---` (unknown country) matches any country.
* Levels: "country+root" compares the country parts and the first two digits of
  the CAMEO code; "full" compares the whole actor codes (with `---` still a
  wildcard for the country part) and the whole CAMEO code.
* Gold events are de-duplicated per record at each level (two gold events that
  are the same at the country+root level count once there).
* A gold event is *found* when some kg event of the same record matches it; a kg
  event is *extra* when it matches no gold event of its record.
"""

import hashlib
import json
import os
import re
from collections import Counter, OrderedDict, defaultdict

NONSTATE = frozenset(["IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "INT"])
# PLOVER GSR leftovers of pre-ISO CAMEO codes (its readme says the codes were
# edited to ISO 3166 alpha-3; these three were not).  Gold-side normalisation.
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}

LEVEL_ROOT = "country+root"
LEVEL_FULL = "full"


# --------------------------------------------------------------------------
# reading

def read_jsonl(path):
    """Parsed objects of a JSONL file (blank lines skipped)."""
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                out.append(json.loads(line))
            except ValueError as e:
                raise ValueError("%s:%d: %s" % (path, n, e))
    return out


def parse_jsonl_text(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# Gold records of sentences from the shared news corpora carry no text (the
# corpora stay in ../shared/data): a record names its corpus file, the story
# id and the sentence's [start, end) code-point offsets in the story's "text",
# with the first 12 hex digits of the sentence's SHA-1 to catch a changed
# corpus.  {"id", "corpus", "doc", "start", "end", "sha1", "events": [...]}
def sentence_sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


MONTHS = {m: i + 1 for i, m in enumerate(
    ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"))}


def story_date(story):
    """YYYYMMDD of a shared-corpus story, or None: Reuters-21578 writes
    "26-FEB-1987 15:01:01.79"; an already full "YYYYMMDD" passes."""
    d = str(story.get("date") or "")
    m = re.match(r"\s*(\d{1,2})-([A-Z]{3})-(\d{4})", d)
    if m and m.group(2) in MONTHS:
        return "%s%02d%02d" % (m.group(3), MONTHS[m.group(2)], int(m.group(1)))
    return d if len(d) == 8 and d.isdigit() else None


def resolve_corpus_refs(records, data):
    """(records with "text" and "date" filled in, problems).

    Records that already have a "text" pass unchanged.  A record whose
    corpus file is absent, whose story is missing or whose sentence no
    longer matches its sha1 is left out and named in problems."""
    wanted = defaultdict(set)
    for r in records:
        if "text" not in r and r.get("corpus"):
            wanted[r["corpus"]].add(r.get("doc"))
    stories = {}
    for corpus, ids in wanted.items():
        path = os.path.join(data, os.path.basename(corpus))
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                # the id is the first key of every story line: skip the
                # JSON parse of the other 20,000 Reuters stories
                m = re.match(r'\{"id": "([^"]+)"', line)
                if m and m.group(1) not in ids:
                    continue
                if line.strip():
                    o = json.loads(line)
                    if o.get("id") in ids:
                        stories[(corpus, o["id"])] = o
    out, problems = [], []
    for r in records:
        if "text" in r:
            out.append(r)
            continue
        story = stories.get((r.get("corpus"), r.get("doc")))
        if story is None:
            problems.append("%s: story %s of %s not found" % (r.get("id"), r.get("doc"),
                                                              r.get("corpus")))
            continue
        text = (story.get("text") or "")[r.get("start", 0):r.get("end", 0)]
        if not text or sentence_sha1(text) != r.get("sha1"):
            problems.append("%s: the sentence at %s..%s of %s changed (sha1)" %
                            (r.get("id"), r.get("start"), r.get("end"), r.get("doc")))
            continue
        o = dict(r)
        o["text"] = text
        date = story_date(story)
        if date:
            o["date"] = date
        out.append(o)
    return out, problems


# --------------------------------------------------------------------------
# actor codes

def norm_code(code):
    """Upper-case code with PLOVER's legacy country codes mapped to ISO."""
    if not code:
        return ""
    code = str(code).strip().upper()
    head = code[:3]
    if head in LEGACY_CODES:
        code = LEGACY_CODES[head] + code[3:]
    return code


def country_part(code):
    """The part of an actor code compared at the country level."""
    code = norm_code(code)
    if code[:3] in NONSTATE:
        return code[:6]
    return code[:3]


def actor_match(gold, kg, level=LEVEL_ROOT):
    """Does kg's actor code match the gold actor code at this level?"""
    gold = norm_code(gold)
    kg = norm_code(kg)
    if not gold or not kg:
        return False
    if level == LEVEL_ROOT:
        if gold.startswith("---"):
            return True
        return kg.startswith(country_part(gold))
    if gold.startswith("---"):
        return kg[3:] == gold[3:]
    return kg == gold


def code_match(gold, kg, level=LEVEL_ROOT):
    """CAMEO event codes: first two digits (root) or the whole code."""
    if not gold or not kg:
        return False
    if level == LEVEL_ROOT:
        return str(kg)[:2] == str(gold)[:2]
    return str(kg) == str(gold)


def event_match(gold, kg, level=LEVEL_ROOT):
    """gold, kg: (source code, target code, cameo code)."""
    return (actor_match(gold[0], kg[0], level)
            and actor_match(gold[1], kg[1], level)
            and code_match(gold[2], kg[2], level))


def gold_key(ev, level):
    """De-duplication key of a gold event at a level."""
    s, t, c = ev
    if level == LEVEL_ROOT:
        def k(x):
            x = norm_code(x)
            return "---" if x.startswith("---") else country_part(x)
        return (k(s), k(t), str(c)[:2])
    return (norm_code(s), norm_code(t), str(c))


# --------------------------------------------------------------------------
# kg output

def is_entity(obj):
    return isinstance(obj, dict) and "code" in obj and "value" not in obj


# Modalities of acts that did not happen and are not announced either: "if
# Russia attacked", "Would China invade Taiwan?", "Turkey could block".
# Like a negated act they are no event (an intended or threatened act is:
# PETRARCH codes "will supply arms" as 072).
NOT_EVENTS = ("hypothetical", "conditional")


def coded_events(records, include_negated=False):
    """{doc: set((subject code, object code, cameo))} of kg's coded dyadic
    events; with include_negated, negated and hypothetical acts too."""
    by_doc = defaultdict(set)
    for r in records:
        s, o, rel = r.get("subject"), r.get("object"), r.get("relation")
        if not (is_entity(s) and is_entity(o) and isinstance(rel, dict)):
            continue
        if not s.get("code") or not o.get("code") or not rel.get("cameo"):
            continue
        if (rel.get("negated") or rel.get("modality") in NOT_EVENTS) and \
                not include_negated:
            continue
        by_doc[r.get("doc")].add((s["code"], o["code"], str(rel["cameo"])))
    return by_doc


# --------------------------------------------------------------------------
# events scorer (PETRARCH validation records)

def petrarch_gold(records, suites):
    """OrderedDict {record id: {"text", "events": [(s,t,c)], "suite"}} for the
    records of the given suites that carry gold (eventcoding / noevents)."""
    out = OrderedDict()
    for r in records:
        if r.get("suite") not in suites:
            continue
        if r.get("gold") not in ("eventcoding", "noevents"):
            continue
        evs = [(e["source"], e["target"], e["code"]) for e in (r.get("events") or [])
               if e.get("source") and e.get("target") and e.get("code")]
        out[r["id"]] = {"text": r.get("text", ""), "events": evs, "suite": r.get("suite"),
                        "date": r.get("date")}
    return out


def score_events(gold, kg_events, level=LEVEL_ROOT):
    """Score kg events against gold.

    gold: {doc: [(s, t, c), ...]} (a doc with [] expects no event);
    kg_events: {doc: iterable of (s, t, c)}; docs absent from gold are ignored.
    Returns {"gold", "found", "extra", "kg", "missed": [(doc, ev)], "extras": [(doc, ev)]}.
    """
    res = {"gold": 0, "found": 0, "extra": 0, "kg": 0, "missed": [], "extras": [], "hits": []}
    for doc, gevs in gold.items():
        keys = OrderedDict()
        for ev in gevs:
            keys.setdefault(gold_key(ev, level), ev)
        kevs = sorted(set(kg_events.get(doc, ())))
        res["gold"] += len(keys)
        res["kg"] += len(kevs)
        for ev in keys.values():
            if any(event_match(ev, k, level) for k in kevs):
                res["found"] += 1
                res["hits"].append((doc, ev))
            else:
                res["missed"].append((doc, ev))
        for k in kevs:
            if not any(event_match(ev, k, level) for ev in keys.values()):
                res["extra"] += 1
                res["extras"].append((doc, k))
    return res


# --------------------------------------------------------------------------
# PLOVER

# PLOVER GSR (version 0.5b1) names categories that PLOVER 2021 (the
# plover_event column of cameo_codes.tsv) renamed or merged.
def plover_category(cameo, table):
    """PLOVER GSR 0.5b1 category of a CAMEO code, or None (roots 01, 02, unknown).

    table: {cameo code: PLOVER 2021 category} (cameo_codes.tsv). The most
    specific code present is used (0354 -> 035 -> 03).  Renames to the GSR's
    names: REQUEST -> DEMAND; ACCUSE -> INVESTIGATE (root 09) or DISAPPROVE;
    ASSAULT and FIGHT are one class (see same_category).
    """
    if not cameo:
        return None
    code = str(cameo)
    cat = None
    while code:
        if table.get(code):
            cat = table[code]
            break
        code = code[:-1]
    if not cat:
        return None
    if cat == "REQUEST":
        return "DEMAND"
    if cat == "ACCUSE":
        return "INVESTIGATE" if str(cameo)[:2] == "09" else "DISAPPROVE"
    return cat


def same_category(kg_cat, gold_cat):
    """ASSAULT and FIGHT are one class: PLOVER 2021 merged FIGHT into ASSAULT."""
    violent = ("ASSAULT", "FIGHT")
    if kg_cat in violent and gold_cat in violent:
        return True
    return kg_cat is not None and kg_cat == gold_cat


def read_cameo_plover(path):
    table = {}
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        ci, pi = header.index("code"), header.index("plover_event")
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > max(ci, pi):
                table[cols[ci]] = cols[pi]
    return table


def plover_gold(records):
    """[{"id", "text", "source": [codes], "target": [codes], "event", "reciprocal"}]."""
    out = []
    for r in records:
        for e in r.get("events") or []:
            out.append({
                "id": r["id"], "text": r.get("text", ""),
                "source": [c for c in (e.get("source") or []) if c],
                "target": [c for c in (e.get("target") or []) if c],
                "event": e.get("event"),
                "reciprocal": not e.get("target") and "SRC/TAR" in (r.get("markup") or ""),
            })
    return out


def plover_event_match(g, kev, table):
    """g: a plover_gold item; kev: (s, t, cameo)."""
    ks, kt, kc = kev
    if not same_category(plover_category(kc, table), g["event"]):
        return False

    def among(code, lst):
        return any(actor_match(x, code, LEVEL_ROOT) for x in lst)

    if g["source"] and not among(ks, g["source"]):
        return False
    if g["target"]:
        return among(kt, g["target"])
    if g["reciprocal"]:
        return among(kt, g["source"])
    return True


def score_plover(gold, kg_events, table):
    """gold: plover_gold(); kg_events: {record id: set((s,t,cameo))}.

    Records that share a text are one sentence: kg's events for it are
    compared with the union of their gold events.  Recall is over gold events;
    extra counts kg events (with a PLOVER category) matching none of them.
    """
    by_text = OrderedDict()
    for g in gold:
        by_text.setdefault(g["text"], []).append(g)
    res = {"gold": len(gold), "found": 0, "extra": 0, "kg": 0, "missed": [], "extras": []}
    for text, gs in by_text.items():
        kevs = set()
        for g in gs:
            kevs |= set(kg_events.get(g["id"], ()))
        kevs = sorted(k for k in kevs if plover_category(k[2], table))
        res["kg"] += len(kevs)
        for g in gs:
            if any(plover_event_match(g, k, table) for k in kevs):
                res["found"] += 1
            else:
                res["missed"].append((g["id"], g))
        for k in kevs:
            if not any(plover_event_match(g, k, table) for g in gs):
                res["extra"] += 1
                res["extras"].append((gs[0]["id"], k))
    return res


def byte_spans(text, needle):
    """Byte offsets [(start, end)] of needle in text (case-sensitive, then
    case-insensitive); offsets are of the UTF-8 encoding, as kg's are."""
    spans = []
    for flags in (0, re.IGNORECASE):
        for m in re.finditer(re.escape(needle), text, flags):
            b0 = len(text[:m.start()].encode("utf-8"))
            spans.append((b0, b0 + len(m.group(0).encode("utf-8"))))
        if spans:
            break
    return spans


def plover_actor_gold(records):
    """Distinct (record id, text, actor text, code) of the gold actors with a code."""
    out, seen = [], set()
    for r in records:
        for a in (r.get("source_actors") or []) + (r.get("target_actors") or []):
            if not a.get("actorText") or not a.get("code"):
                continue
            key = (r.get("text"), a["actorText"], a["code"])
            if key in seen:
                continue
            seen.add(key)
            out.append({"id": r["id"], "text": r.get("text", ""),
                        "actor": a["actorText"], "code": a["code"]})
    return out


def score_actors(gold, mentions_by_doc):
    """gold: plover_actor_gold(); mentions_by_doc: {doc: [mention objects]}.

    recognised: some kg mention overlaps the actor text (located in the
    sentence; if it cannot be located, a mention whose text contains it or is
    contained in it); coded: such a mention's code matches the gold code at
    the country level.
    """
    res = {"gold": len(gold), "recognised": 0, "coded": 0, "missed": [], "miscoded": []}
    for g in gold:
        ms = [m for m in mentions_by_doc.get(g["id"], []) if is_entity(m)]
        spans = byte_spans(g["text"], g["actor"])
        if spans:
            hit = [m for m in ms if any(m.get("start", -1) < e and s < m.get("end", -1)
                                        for s, e in spans)]
        else:
            a = g["actor"].casefold()
            hit = [m for m in ms if m.get("text") and
                   (a in m["text"].casefold() or m["text"].casefold() in a)]
        if not hit:
            res["missed"].append(g)
            continue
        res["recognised"] += 1
        if any(actor_match(g["code"], m.get("code"), LEVEL_ROOT) for m in hit):
            res["coded"] += 1
        else:
            res["miscoded"].append((g, [m.get("code") for m in hit]))
    return res


# --------------------------------------------------------------------------
# the examples' gold (tests/gold/*.gold.jsonl)

def score_gold_actor_codes(gold, mentions_by_doc):
    """Actor coding on a PETRARCH suite: every distinct actor code of a
    sentence's gold events (sources and targets, '---' codes left out) is
    found when one of kg's mentions in that sentence carries exactly that
    code.  gold: {doc: [(source, target, code)]} as petrarch_gold gives;
    mentions_by_doc: {doc: [entity dicts]}.  Returns {"gold", "found"}."""
    total = found = 0
    for doc, events in gold.items():
        codes = set()
        for ev in events:
            for c in ev[:2]:
                c = norm_code(c)
                if c and not c.startswith("---"):
                    codes.add(c)
        have = {norm_code(m.get("code")) for m in mentions_by_doc.get(doc, [])}
        total += len(codes)
        found += len(codes & have)
    return {"gold": total, "found": found}


def _ids_match(spec, ent):
    """spec: list of entity ids, "code:XXX" (kg code starts with XXX) or "*"."""
    if not isinstance(ent, dict):
        return False
    for s in spec:
        if s == "*":
            return True
        if s.startswith("code:"):
            if ent.get("code") and norm_code(ent["code"]).startswith(s[5:]):
                return True
        elif ent.get("id") == s:
            return True
    return False


def _as_list(x):
    if x is None:
        return []
    return list(x) if isinstance(x, (list, tuple)) else [x]


def example_relation_match(g, r):
    """Does kg extract record r match the gold relation/not_relation record g?"""
    if g.get("sentence_contains") and g["sentence_contains"] not in (r.get("text") or ""):
        return False
    rel = r.get("relation") or {}
    if bool(rel.get("negated")) != bool(g.get("negated", False)):
        return False
    subj, obj = _as_list(g.get("subject")), _as_list(g.get("object"))
    fwd = _ids_match(subj, r.get("subject")) and _ids_match(obj, r.get("object"))
    back = (g.get("symmetric") and _ids_match(subj, r.get("object"))
            and _ids_match(obj, r.get("subject")))
    if not (fwd or back):
        return False
    types = _as_list(g.get("types"))
    roots = _as_list(g.get("cameo_roots"))
    cameo = rel.get("cameo")
    if cameo and roots:
        # a wrong code is not a hit, whatever the relation's name
        return str(cameo)[:2] in roots
    if rel.get("type") in types:
        return True
    return bool(cameo) and str(cameo)[:2] in roots


def doc_key(doc):
    """Example documents are matched by file stem: examples/x.txt -> x."""
    base = os.path.basename(str(doc))
    for suf in (".gold.jsonl", ".jsonl", ".txt"):
        if base.endswith(suf):
            return base[:-len(suf)]
    return base


def example_relation_key(r):
    s, o, rel = r.get("subject") or {}, r.get("object") or {}, r.get("relation") or {}
    return (r.get("sentence"), s.get("id"), rel.get("type"), o.get("id"),
            bool(rel.get("negated")))


def _overlap(m, span):
    return m.get("start", -1) < span[1] and span[0] < m.get("end", -1)


def word_spans(text_bytes, needle):
    """Whole-word byte spans of needle (bytes) in text_bytes."""
    out = []
    i = text_bytes.find(needle)
    while i >= 0:
        j = i + len(needle)
        before = text_bytes[i - 1:i].decode("utf-8", "ignore") if i > 0 else ""
        after = text_bytes[j:j + 1].decode("utf-8", "ignore") if j < len(text_bytes) else ""
        if not (before.isalnum() or after.isalnum()):
            out.append((i, j))
        i = text_bytes.find(needle, i + 1)
    return out


def score_examples(gold, extract_records, mention_records, doc_bytes):
    """Score the examples' gold.

    gold: {doc stem: [gold records]}; extract_records / mention_records: kg
    output (all documents); doc_bytes: {doc stem: the document's bytes}.
    Kinds: relation (optional: true = acceptable but not required), node,
    absent, not_relation.  Returns three sub-results.
    """
    rel = {"gold": 0, "found": 0, "extra": 0, "kg": 0, "missed": [], "extras": []}
    nodes = {"gold": 0, "found": 0, "missed": []}
    must = {"gold": 0, "found": 0, "violations": []}
    ext_by = defaultdict(list)
    for r in extract_records:
        ext_by[doc_key(r.get("doc"))].append(r)
    men_by = defaultdict(list)
    for r in mention_records:
        men_by[doc_key(r.get("doc"))].append(r)
    for doc, gs in gold.items():
        recs = ext_by.get(doc, [])
        rels = [g for g in gs if g.get("kind") == "relation"]
        # relations
        for g in rels:
            if g.get("optional"):
                continue
            rel["gold"] += 1
            if any(example_relation_match(g, r) for r in recs):
                rel["found"] += 1
            else:
                rel["missed"].append((doc, g))
        seen = set()
        for r in recs:
            if not (isinstance(r.get("subject"), dict) and isinstance(r.get("object"), dict)):
                continue
            key = example_relation_key(r)
            if key in seen:
                continue
            seen.add(key)
            rel["kg"] += 1
            if not any(example_relation_match(g, r) for g in rels):
                rel["extra"] += 1
                rel["extras"].append((doc, r))
        # nodes that must merge: every whole-word occurrence of each text lies
        # inside a kg mention, and mentions ending where it ends carry the id
        text = doc_bytes.get(doc, b"")
        ms = [m.get("mention") or {} for m in men_by.get(doc, [])]
        for g in gs:
            if g.get("kind") != "node":
                continue
            for t in g.get("texts", []):
                nodes["gold"] += 1
                spans = word_spans(text, t.encode("utf-8"))
                ok = bool(spans)
                why = "text not in document" if not spans else ""
                for sp in spans:
                    cover = [m for m in ms if _overlap(m, sp)]
                    if not cover:
                        ok, why = False, "not recognised at byte %d" % sp[0]
                        break
                    heads = [m for m in cover if m.get("end") == sp[1]]
                    wrong = [m.get("id") for m in heads if m.get("id") != g["id"]]
                    if wrong:
                        ok, why = False, "mapped to %s at byte %d" % (wrong[0], sp[0])
                        break
                if ok:
                    nodes["found"] += 1
                else:
                    nodes["missed"].append((doc, g["id"], t, why))
        # things that must not appear
        for g in gs:
            kind = g.get("kind")
            if kind == "absent":
                must["gold"] += 1
                bad = []
                for r in recs:
                    if g.get("sentence_contains") and g["sentence_contains"] not in (r.get("text") or ""):
                        continue
                    for role in ("subject", "object", "attributed_to"):
                        e = r.get(role)
                        if isinstance(e, dict) and (g["id"] == "*" or e.get("id") == g["id"]):
                            bad.append(r)
                for m in men_by.get(doc, []):
                    mm = m.get("mention") or {}
                    if g["id"] != "*" and mm.get("id") == g["id"] and not g.get("sentence_contains"):
                        bad.append(m)
                if bad:
                    must["violations"].append((doc, g, bad[0]))
                else:
                    must["found"] += 1
            elif kind == "not_relation":
                must["gold"] += 1
                bad = [r for r in recs if example_relation_match(g, r)
                       and (not g.get("asserted_only")
                            or (r.get("relation") or {}).get("modality", "asserted") == "asserted")]
                if bad:
                    must["violations"].append((doc, g, bad[0]))
                else:
                    must["found"] += 1
    return {"relations": rel, "nodes": nodes, "must_not": must}


# --------------------------------------------------------------------------
# error analysis

def strict_actor_match(gold, kg):
    """actor_match at the country level, except that a gold `---AGENT`
    needs the agent (`---REB` is some rebel group, not any actor); used to
    describe errors, not to score."""
    g = norm_code(gold)
    if g.startswith("---") and len(g) > 3:
        return norm_code(kg)[3:].startswith(g[3:])
    return actor_match(g, kg, LEVEL_ROOT)


def _actor_in(code_gold, codes):
    return any(strict_actor_match(code_gold, c) for c in codes if c)


def classify_miss(ev, rels, mention_codes):
    """Why a gold event (s, t, c) was missed (country+root level).

    rels: kg extract records of the document; mention_codes: kg entity codes
    found in the document (kg entities).
    """
    s, t, c = ev
    s_ok, t_ok = _actor_in(s, mention_codes), _actor_in(t, mention_codes)
    if not s_ok and not t_ok:
        return "neither actor found with a matching code"
    if not s_ok:
        return "source actor missing or coded differently"
    if not t_ok:
        return "target actor missing or coded differently"
    linking, reversed_ = [], []
    for r in rels:
        so, oo = r.get("subject"), r.get("object")
        if not (is_entity(so) and is_entity(oo)):
            continue
        if strict_actor_match(s, so.get("code")) and strict_actor_match(t, oo.get("code")):
            linking.append(r)
        elif strict_actor_match(t, so.get("code")) and strict_actor_match(s, oo.get("code")):
            reversed_.append(r)
    if not linking and not reversed_:
        if not any(is_entity(r.get("subject")) and is_entity(r.get("object")) for r in rels):
            return "both actors found, no actor-actor relation in the sentence"
        return "both actors found, kg related other actors only"
    for r in linking:
        if (r.get("relation") or {}).get("negated"):
            return "relation found but marked negated"
    if linking and all(not (r.get("relation") or {}).get("cameo") for r in linking):
        return "relation found without a CAMEO code"
    if linking:
        return "relation found, another CAMEO root or type"
    return "relation found with source and target reversed"


def classify_extra(kev, gold_events):
    """Why a kg event (s, t, c) matches no gold event (country+root level)."""
    s, t, c = kev
    if not gold_events:
        return "event in a sentence whose gold has no event"
    m = strict_actor_match
    if any(m(g[0], s) and m(g[1], t) for g in gold_events):
        return "right actors, another CAMEO root"
    if any(m(g[0], t) and m(g[1], s) for g in gold_events):
        return "source and target reversed"
    if any(m(g[0], s) for g in gold_events):
        return "right source, wrong target"
    if any(m(g[1], t) for g in gold_events):
        return "right target, wrong source"
    return "actor pair absent from the gold"


def classify_example_miss(g, recs_in_sentence, mentions_in_sentence):
    """Why a gold relation of the examples was missed."""
    if g.get("coref"):
        return "actor given only by a pronoun or implied (needs coreference)"
    subj, obj = _as_list(g.get("subject")), _as_list(g.get("object"))
    s_ok = any(_ids_match(subj, m) for m in mentions_in_sentence)
    o_ok = any(_ids_match(obj, m) for m in mentions_in_sentence)
    if not s_ok and not o_ok:
        return "neither actor found with a matching code"
    if not s_ok:
        return "source actor missing or coded differently"
    if not o_ok:
        return "target actor missing or coded differently"
    pair = [r for r in recs_in_sentence
            if (_ids_match(subj, r.get("subject")) and _ids_match(obj, r.get("object")))
            or (_ids_match(obj, r.get("subject")) and _ids_match(subj, r.get("object")))]
    if not pair:
        if not any(isinstance(r.get("subject"), dict) and isinstance(r.get("object"), dict)
                   for r in recs_in_sentence):
            return "both actors found, no actor-actor relation in the sentence"
        return "both actors found, kg related other actors only"
    if any(bool((r.get("relation") or {}).get("negated")) != bool(g.get("negated")) for r in pair):
        return "relation found, negation differs"
    return "relation found, another CAMEO root or type"


def tally(kinds_with_examples):
    """[(kind, example)] -> [(kind, count, first example)] most common first."""
    count = Counter(k for k, _ in kinds_with_examples)
    first = {}
    for k, ex in kinds_with_examples:
        first.setdefault(k, ex)
    return [(k, n, first[k]) for k, n in sorted(count.items(), key=lambda kv: (-kv[1], kv[0]))]


def pct(n, d):
    return "%.1f%%" % (100.0 * n / d) if d else "n/a"
