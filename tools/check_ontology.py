#!/usr/bin/env python3
"""Validate the kg ontology TSV files (python3 standard library only).

Usage: python3 tools/check_ontology.py [ONTOLOGY_DIR] [--cameo PATH] [--quiet]

Checks, for every known TSV in ontology/:
  * UTF-8, a leading '#' comment block, then the exact header line;
  * every row has the header's number of fields; no empty list items, no spaces around ';';
  * rows sorted by the first column; no duplicate keys where keys must be unique;
  * ids ASCII-only (and shaped per file); dates valid ISO YYYY-MM-DD with start <= end;
  * Wikidata ids look like Q123;
  * relations: cameo code exists in cameo_codes.tsv (when that file exists; skipped with a
    message otherwise) and plover/quad agree with it; quad in 0..4; kind in {verb, noun};
  * cross-file: people's countries and organisations exist, places' countries exist; countries cover
    ISO 3166-1 (when iso-codes is installed); shared_names.tsv names exist as names of their usual
    entity and both of its ids exist;
  * organizations.tsv governs: START/END periods, on Group rows only;
  * historical_states.tsv (optional): 3-letter ids that are no ISO country, a successor in countries.tsv,
    start < end (or neither end nor successor: a state that still exists), capitals and seats that are the successor's names or nobody's (the first become shared
    names: with shared_names.tsv at most 64).
Alias collisions between entries are reported as warnings (not errors).
Exit status: 0 when no errors, 1 otherwise.
"""
import csv
import datetime
import json
import os
import re
import sys

HEADERS = {
    "countries.tsv": ["id", "label", "wikidata", "aliases", "demonyms", "capitals", "seats", "source"],
    "historical_states.tsv": ["id", "label", "wikidata", "aliases", "demonyms", "capitals", "seats", "start", "end",
                              "successor", "source"],
    "organizations.tsv": ["id", "label", "type", "code", "wikidata", "aliases", "demonyms", "governs", "source"],
    "people.tsv": ["id", "label", "aliases", "country", "role", "agent", "org", "start", "end", "wikidata",
                   "source"],
    "places.tsv": ["id", "label", "country", "type", "aliases", "demonyms", "source"],
    "titles.tsv": ["title", "agent", "country", "source"],
    "shared_names.tsv": ["name", "usual", "other", "other_before", "other_cues", "usual_cues", "neither", "source"],
    "given_names.tsv": ["name", "kind", "of"],
    "relations.tsv": ["pattern", "type", "label", "cameo", "plover", "quad", "kind", "prep", "forms", "source"],
}
OPTIONAL = {"historical_states.tsv", "given_names.tsv"}
LIST_COLUMNS = {"of", "aliases", "demonyms", "capitals", "seats", "forms", "governs", "other_cues", "usual_cues"}
DEFAULT_CAMEO = "/work/shared/data/cameo_codes.tsv"
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"

errors = []
warnings = []


def err(fname, lineno, msg):
    errors.append("%s:%s: %s" % (fname, lineno, msg))


def warn(fname, lineno, msg):
    warnings.append("%s:%s: %s" % (fname, lineno, msg))


def read_tsv(path):
    """Return (header, [(lineno, fields)]) or None on a fatal error."""
    fname = os.path.basename(path)
    try:
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(fname, 0, "not valid UTF-8: %s" % e)
        return None
    if "\r" in text:
        err(fname, 0, "contains carriage returns (use LF line ends)")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        err(fname, len(lines), "file does not end with a newline")
    header = None
    rows = []
    saw_comment = False
    for i, line in enumerate(lines, 1):
        if line.startswith("#"):
            if header is None:
                saw_comment = True
            continue
        if header is None:
            if not saw_comment:
                err(fname, i, "file must start with a '#' comment block")
            header = line.split("\t")
            continue
        if line.strip() == "":
            err(fname, i, "blank line")
            continue
        rows.append((i, line.split("\t")))
    if header is None:
        err(fname, 0, "no header line")
        return None
    return header, rows


def valid_date(s):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return False
    try:
        datetime.date.fromisoformat(s)
    except ValueError:
        return False
    return True


def load_cameo(path):
    if not path or not os.path.exists(path):
        return None
    codes = {}
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            codes[r["code"]] = r
    return codes


def check_common(fname, header, rows):
    expected = HEADERS[fname]
    if header != expected:
        err(fname, "header", "header is %r, expected %r" % (header, expected))
        return False
    n = len(expected)
    ok = True
    prev = None
    for lineno, f in rows:
        if len(f) != n:
            err(fname, lineno, "%d fields, expected %d" % (len(f), n))
            ok = False
            continue
        for col, val in zip(expected, f):
            if val != val.strip():
                err(fname, lineno, "%s has leading/trailing spaces: %r" % (col, val))
            if col in LIST_COLUMNS and val:
                for item in val.split(";"):
                    if item == "":
                        err(fname, lineno, "%s has an empty list item: %r" % (col, val))
                    elif item != item.strip():
                        err(fname, lineno, "%s item has spaces around ';': %r" % (col, item))
        if prev is not None and f[0] < prev:
            err(fname, lineno, "not sorted: %r comes after %r" % (f[0], prev))
        prev = f[0]
    return ok


def check_wikidata(fname, lineno, val):
    if val and not re.fullmatch(r"Q[1-9][0-9]*", val):
        err(fname, lineno, "bad Wikidata id %r" % val)


def collect_names(fname, lineno, key, f, header, cols, names):
    for c in cols:
        val = f[header.index(c)]
        for item in (val.split(";") if val else []):
            names.setdefault(item.casefold(), set()).add((fname, key))


def check_countries(header, rows, names):
    fname = "countries.tsv"
    ids = set()
    for lineno, f in rows:
        cid = f[0]
        if not re.fullmatch(r"[A-Z]{3}", cid):
            err(fname, lineno, "id must be 3 upper-case ASCII letters: %r" % cid)
        if cid in ids:
            err(fname, lineno, "duplicate id %r" % cid)
        ids.add(cid)
        if not f[1]:
            err(fname, lineno, "empty label")
        check_wikidata(fname, lineno, f[2])
        collect_names(fname, lineno, cid, f, header, ["label", "aliases", "demonyms", "capitals", "seats"], names)
    if os.path.exists(ISO_JSON):
        with open(ISO_JSON, encoding="utf-8") as jf:
            iso = {e["alpha_3"] for e in json.load(jf)["3166-1"]}
        missing = sorted(iso - ids)
        extra = sorted(ids - iso)
        if missing:
            err(fname, "-", "ISO 3166-1 codes missing: %s" % " ".join(missing))
        if extra:
            err(fname, "-", "codes not in ISO 3166-1: %s" % " ".join(extra))
    else:
        print("note: %s not found; ISO coverage of countries.tsv not checked" % ISO_JSON)
    return ids


def check_organizations(header, rows, names):
    fname = "organizations.tsv"
    ids = set()
    for lineno, f in rows:
        oid = f[0]
        if not re.fullmatch(r"[A-Za-z0-9_]+", oid):
            err(fname, lineno, "id must be ASCII [A-Za-z0-9_]: %r" % oid)
        if oid in ids:
            err(fname, lineno, "duplicate id %r" % oid)
        ids.add(oid)
        if not f[1]:
            err(fname, lineno, "empty label")
        if f[2] not in ("Organization", "Group"):
            err(fname, lineno, "type must be Organization or Group: %r" % f[2])
        # (a Group of no country of its own, "Muslims": "---" and its agent,
        # the country its sentence gives it, as for unnamed groups)
        if f[3] and not re.fullmatch(r"[A-Z]{3,}", f[3]) and not (
                f[2] == "Group" and re.fullmatch(r"---[A-Z]{3}", f[3])):
            err(fname, lineno, "code must be upper-case letters: %r" % f[3])
        check_wikidata(fname, lineno, f[4])
        collect_names(fname, lineno, oid, f, header, ["label", "aliases", "demonyms"], names)
        governs = f[header.index("governs")]
        for period in (governs.split(";") if governs else []):
            start, slash, end = period.partition("/")
            if not slash or not valid_date(start) or (end and not valid_date(end)):
                err(fname, lineno, "governs must be START/END periods (YYYY-MM-DD, END may be empty): %r" % period)
            elif end and start >= end:
                err(fname, lineno, "governs period %r ends before it starts" % period)
            if f[2] != "Group":
                err(fname, lineno, "governs is for armed groups (type Group)")
    return ids


def check_people(header, rows, country_ids, org_ids, names):
    fname = "people.tsv"
    persons = {}
    for lineno, f in rows:
        pid, label, aliases, country, role, agent, org, start, end, qid, source = f
        if org and org_ids is not None and org not in org_ids:
            err(fname, lineno, "unknown organisation %r" % org)
        if org and (country or agent):
            err(fname, lineno, "an office of organisation %r takes no country or agent" % org)
        if not re.fullmatch(r"person_[a-z0-9_]+", pid):
            err(fname, lineno, "id must be person_ + lower-case ASCII slug: %r" % pid)
        if not label:
            err(fname, lineno, "empty label")
        if country and country_ids is not None and country not in country_ids:
            err(fname, lineno, "unknown country %r" % country)
        if not role or role != role.lower():
            err(fname, lineno, "role must be non-empty lower case: %r" % role)
        if agent and not re.fullmatch(r"[A-Z]{3}([A-Z]{3})*", agent):
            err(fname, lineno, "agent must be a CAMEO agent code: %r" % agent)
        for col, d in (("start", start), ("end", end)):
            if d and not valid_date(d):
                err(fname, lineno, "%s is not a valid YYYY-MM-DD date: %r" % (col, d))
        if start and end and valid_date(start) and valid_date(end) and start > end:
            err(fname, lineno, "start %s after end %s" % (start, end))
        check_wikidata(fname, lineno, qid)
        same = (label, aliases, qid)
        if pid in persons and persons[pid] != same:
            err(fname, lineno, "rows of %s disagree on label/aliases/wikidata" % pid)
        persons.setdefault(pid, same)
        if pid not in {k for _, k in names.get(label.casefold(), set())}:
            collect_names(fname, lineno, pid, f, header, ["label", "aliases"], names)
    return persons


def check_places(header, rows, country_ids, names):
    fname = "places.tsv"
    ids = set()
    for lineno, f in rows:
        pid, label, country, typ = f[0], f[1], f[2], f[3]
        if not re.fullmatch(r"place_[a-z]{3}_[a-z0-9_]+", pid):
            err(fname, lineno, "id must be place_ + country + lower-case ASCII slug: %r" % pid)
        if pid in ids:
            err(fname, lineno, "duplicate id %r" % pid)
        ids.add(pid)
        if not label:
            err(fname, lineno, "empty label")
        if country_ids is not None and country not in country_ids:
            err(fname, lineno, "unknown country %r" % country)
        if typ not in ("city", "region", "subdivision"):
            err(fname, lineno, "type must be city, region or subdivision: %r" % typ)
        collect_names(fname, lineno, pid, f, header, ["label", "aliases", "demonyms"], names)
    return ids


def check_titles(header, rows, country_ids):
    fname = "titles.tsv"
    seen = set()
    for lineno, f in rows:
        t, agent, country = f[0], f[1], f[2]
        if country and country_ids is not None and country not in country_ids:
            err(fname, lineno, "unknown country %r" % country)
        if country and not agent:
            err(fname, lineno, "a title with a country needs an agent: %r" % t)
        if t != t.lower() or not t:
            err(fname, lineno, "title must be non-empty lower case: %r" % t)
        if t in seen:
            err(fname, lineno, "duplicate title %r" % t)
        seen.add(t)
        if agent and not re.fullmatch(r"[A-Z]{3}([A-Z]{3})*", agent):
            err(fname, lineno, "agent must be a CAMEO agent code: %r" % agent)


def check_historical(header, rows, country_ids, names):
    """historical_states.tsv: states with no ISO 3166-1 code (SUN, DDR, CSK; KSV with no end). Returns (ids, number of
    capitals and seats that are their successor's names, which the loader makes shared names)."""
    fname = "historical_states.tsv"
    ids = set()
    nshared = 0
    for lineno, f in rows:
        hid, label, wd = f[0], f[1], f[2]
        start, end, succ = f[header.index("start")], f[header.index("end")], f[header.index("successor")]
        if not re.fullmatch(r"[A-Z]{3}", hid):
            err(fname, lineno, "id must be 3 upper-case ASCII letters: %r" % hid)
        if hid in ids or (country_ids is not None and hid in country_ids):
            err(fname, lineno, "duplicate id %r" % hid)
        ids.add(hid)
        if not label:
            err(fname, lineno, "empty label")
        check_wikidata(fname, lineno, wd)
        if bool(end) != bool(succ):
            err(fname, lineno, "an end needs a successor, a state that still exists has none")
        elif succ and country_ids is not None and succ not in country_ids:
            err(fname, lineno, "successor %r is not in countries.tsv" % succ)
        if (end and not valid_date(end)) or (start and not valid_date(start)):
            err(fname, lineno, "start and end must be YYYY-MM-DD (or no end)")
        elif start and end and start >= end:
            err(fname, lineno, "start %s is not before end %s" % (start, end))
        collect_names(fname, lineno, hid, f, header, ["label", "aliases", "demonyms"], names)
        for col in ("capitals", "seats"):
            for item in (f[header.index(col)].split(";") if f[header.index(col)] else []):
                owners = {k for _, k in names.get(item.casefold(), set())}
                if succ and succ in owners:
                    nshared += 1  # a shared name: the successor's, this state's before end
                elif owners:
                    err(fname, lineno, "%r is a name of %s, not of the successor %r"
                        % (item, ", ".join(sorted(owners)), succ))
                else:
                    names.setdefault(item.casefold(), set()).add((fname, hid))
    return ids, nshared


def check_shared_names(header, rows, entity_ids, names):
    """shared_names.tsv: both ids exist, the name is a name of the usual entity, at most 64 rows."""
    fname = "shared_names.tsv"
    seen = set()
    if len(rows) > 64:
        err(fname, "-", "%d rows, the extractor reads at most 64" % len(rows))
    for lineno, f in rows:
        name, usual, other, before, ocues, ucues, neither = f[:7]
        if neither not in ("", "none", "other"):
            err(fname, lineno, "neither must be empty, 'none' or 'other': %r" % neither)
        if not name:
            err(fname, lineno, "empty name")
        if name in seen:
            err(fname, lineno, "duplicate name %r" % name)
        seen.add(name)
        for col, eid in (("usual", usual), ("other", other)):
            if entity_ids is not None and eid not in entity_ids:
                err(fname, lineno, "unknown %s entity %r" % (col, eid))
        if usual == other:
            err(fname, lineno, "usual and other are the same entity %r" % usual)
        owners = {k for _, k in names.get(name.casefold(), set())}
        if usual not in owners:
            err(fname, lineno, "%r is not a name of %r in the entity files" % (name, usual))
        if before and not valid_date(before):
            err(fname, lineno, "other_before is not a valid YYYY-MM-DD date: %r" % before)
        if not ocues and not before and neither != "other":
            err(fname, lineno, "neither other_cues nor other_before: the row never applies")


def check_relations(header, rows, cameo):
    fname = "relations.tsv"
    if cameo is None:
        print("note: cameo_codes.tsv not found; CAMEO codes in relations.tsv not checked")
    seen = set()
    roots = {}
    for lineno, f in rows:
        pattern, typ, label, code, plover, quad, kind, prep, forms, source = f
        toks = pattern.split(" ")
        if not pattern or any(t == "" for t in toks):
            err(fname, lineno, "bad spacing in pattern %r" % pattern)
        if pattern != pattern.lower():
            err(fname, lineno, "pattern must be lower case: %r" % pattern)
        if toks and (toks[0] == "*" or toks[-1] == "*"):
            err(fname, lineno, "pattern must not start or end with '*': %r" % pattern)
        for a, b in zip(toks, toks[1:]):
            if a == "*" and b == "*":
                err(fname, lineno, "adjacent '*' in pattern %r" % pattern)
        # ("say no to" is the idiom of refusal, no report: allowed, as is
        # "say sorry to", an apology; so is
        # "tell * <troops, monitors...> to leave/quit", an order to go, and
        # "tell * to vacate", "tell * to close * office", orders to leave)
        if pattern.split(" ")[0] in ("say", "tell", "add") and \
                not pattern.startswith("say no to") and \
                not pattern.startswith("say sorry to") and \
                not re.fullmatch(r"tell \* [a-z ]+ to (leave|quit)", pattern) and \
                not re.fullmatch(r"tell \* to (vacate|close \* office)", pattern):
            err(fname, lineno, "reported-speech verb %r is handled as attribution, not a relation" % pattern)
        if not re.fullmatch(r"[a-z][a-z_]*", typ):
            err(fname, lineno, "type must be a lower-case word: %r" % typ)
        if not label:
            err(fname, lineno, "empty label")
        if kind not in ("verb", "noun"):
            err(fname, lineno, "kind must be verb or noun: %r" % kind)
        if (pattern, kind) in seen:
            err(fname, lineno, "duplicate pattern %r (%s)" % (pattern, kind))
        seen.add((pattern, kind))
        if not re.fullmatch(r"[0-4]", quad):
            err(fname, lineno, "quad must be 0..4: %r" % quad)
        # the extractor reads prep as a ';' list (ex_in_list), e.g. "on;against"
        if prep and not re.fullmatch(r"[a-z]+(;[a-z]+)*", prep):
            err(fname, lineno, "prep must be lower-case words separated by ';': %r" % prep)
        if code:
            if not re.fullmatch(r"[0-9]{2,4}", code):
                err(fname, lineno, "cameo must be 2-4 digits: %r" % code)
            elif cameo is not None:
                c = cameo.get(code)
                if c is None:
                    err(fname, lineno, "cameo code %r not in cameo_codes.tsv" % code)
                else:
                    if plover != c.get("plover_event", ""):
                        err(fname, lineno, "plover %r differs from cameo_codes.tsv %r for %s"
                            % (plover, c.get("plover_event", ""), code))
                    q = c.get("quad_class", "").split(":")[0]
                    if q and quad != q:
                        err(fname, lineno, "quad %r differs from cameo_codes.tsv %r for %s" % (quad, q, code))
            roots[code[:2]] = roots.get(code[:2], 0) + 1
        elif plover:
            err(fname, lineno, "plover given without a cameo code")
    for r in ["%02d" % i for i in range(1, 21)]:
        if roots.get(r, 0) < 3:
            err(fname, "-", "CAMEO root %s has %d patterns (want >= 3)" % (r, roots.get(r, 0)))
    return roots


def main(argv):
    quiet = "--quiet" in argv
    args = [a for a in argv if a != "--quiet"]
    cameo_path = DEFAULT_CAMEO
    if "--cameo" in args:
        i = args.index("--cameo")
        cameo_path = args[i + 1]
        del args[i:i + 2]
    onto = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ontology")
    cameo = load_cameo(cameo_path)
    present = sorted(n for n in os.listdir(onto) if n.endswith(".tsv"))
    for n in present:
        if n not in HEADERS:
            warn(n, 0, "unknown TSV file (not checked)")
    data = {}
    for n in HEADERS:
        path = os.path.join(onto, n)
        if not os.path.exists(path):
            if n not in OPTIONAL:
                err(n, 0, "missing")
            continue
        res = read_tsv(path)
        if res is None:
            continue
        header, rows = res
        if check_common(n, header, rows):
            data[n] = (header, rows)
    names = {}
    country_ids = None
    counts = {n: len(v[1]) for n, v in data.items()}
    if "given_names.tsv" in data:
        for lineno, f in data["given_names.tsv"][1]:
            if f[1] not in ("given", "not"):
                err("given_names.tsv", lineno, "kind %r: 'given' or 'not'" % f[1])
            elif f[1] == "not" and f[2]:
                err("given_names.tsv", lineno, "a 'not' row has no formal names")
    if "countries.tsv" in data:
        country_ids = check_countries(*data["countries.tsv"], names)
    # people's offices may be in a state that no longer exists (SUN)
    nhist_shared = 0
    if "historical_states.tsv" in data:
        hist_ids, nhist_shared = check_historical(*data["historical_states.tsv"], country_ids, names)
        if country_ids is not None:
            country_ids = set(country_ids) | hist_ids
    org_ids = None
    if "organizations.tsv" in data:
        org_ids = check_organizations(*data["organizations.tsv"], names)
    if "people.tsv" in data:
        persons = check_people(*data["people.tsv"], country_ids, org_ids, names)
    place_ids = None
    if "places.tsv" in data:
        place_ids = check_places(*data["places.tsv"], country_ids, names)
        counts["people.tsv (distinct people)"] = len(persons)
    if "titles.tsv" in data:
        check_titles(*data["titles.tsv"], country_ids)
    if "shared_names.tsv" in data:
        if len(data["shared_names.tsv"][1]) + nhist_shared > 64:
            err("shared_names.tsv", "-", "%d rows and %d capitals of historical_states.tsv: at most 64"
                % (len(data["shared_names.tsv"][1]), nhist_shared))
        entity_ids = None
        if country_ids is not None and org_ids is not None:
            entity_ids = set(country_ids) | set(org_ids) | set(persons if "people.tsv" in data else ())
            entity_ids |= place_ids if place_ids is not None else set()
        check_shared_names(*data["shared_names.tsv"], entity_ids, names)
    if "relations.tsv" in data:
        check_relations(*data["relations.tsv"], cameo)
    for name, owners in sorted(names.items()):
        keys = {k for _, k in owners}
        if len(keys) > 1:
            warn("names", "-", "%r is shared by %s" % (name, ", ".join(sorted(keys))))
    if not quiet:
        for w in warnings:
            print("warning: " + w)
    for e in errors:
        print("error: " + e)
    for n, c in sorted(counts.items()):
        print("%-32s %d rows" % (n, c))
    print("%d error(s), %d warning(s)" % (len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
