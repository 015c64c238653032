#!/usr/bin/python3
"""Issue 5 acceptance on the examples, read from `kg entities` output:
usage: actors.py ENTITIES.jsonl

Every mention of each actor resolves to one entity id, "He added" and "He
accused his rival" resolve to Erdogan, and values come out typed and
normalised.
"""
import json
import sys
import unicodedata

recs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
failures = []


def expect(cond, what):
    print(("ok   - " if cond else "FAIL - ") + what)
    if not cond:
        failures.append(what)


def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("\u0131", "i"))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


# written forms that must all be one entity
ACTORS = {
    "Erdogan": ("erdogan", "person_recep_tayyip_erdogan"),
    "Putin": ("putin", "person_vladimir_putin"),
    "Kilicdaroglu": ("kilicdaroglu", "person_kemal_kilicdaroglu"),
    "Biden": ("biden", "person_joe_biden"),
    "Peskov": ("peskov", "person_dmitry_peskov"),
    "Ogan": ("ogan", "person_sinan_ogan"),
    "Turkey": ("turkiye", "TUR"),
    "Sweden": ("sweden", "SWE"),
    "NATO": ("nato", "NATO"),
    "PKK": ("pkk", "PKK"),
    "Syrian refugees": ("syrian refugees", "SYR_REF"),
}
def words(s):
    return " " + " ".join("".join(c if c.isalnum() else " " for c in fold(s))
                          .split()) + " "


for name, (key, want) in ACTORS.items():
    ids = {r["mention"]["id"] for r in recs
           if " %s " % key in words(r["mention"]["text"])
           and r["mention"]["type"] not in ("Quantity", "MonetaryAmount")}
    expect(ids == {want}, "every mention of %s is %s (got %s)" %
           (name, want, sorted(ids)))
ids = {r["mention"]["id"] for r in recs if fold(r["mention"]["text"]) in
       ("russia", "moscow", "kremlin", "the kremlin")}
expect(ids == {"RUS"}, "Russia, Moscow and the Kremlin are one node (got %s)"
       % sorted(ids))

# pronouns
def pronoun_in(prefix):
    for r in recs:
        m = r["mention"]
        if m["text"] != "He":
            continue
        doc = open(r["doc"], encoding="utf-8").read().encode("utf-8")
        if doc[m["start"]:].decode("utf-8", "replace").startswith(prefix):
            return m["id"]
    return None


for prefix in ("He added", "He accused his rival"):
    got = pronoun_in(prefix)
    expect(got == "person_recep_tayyip_erdogan",
           '"%s" resolves to Erdogan (got %s)' % (prefix, got))

# values
def value(text, typ, doc=None):
    for r in recs:
        m = r["mention"]
        if m["text"] == text and m["type"] == typ and \
                (doc is None or r["doc"].endswith(doc)):
            return m["value"], m.get("unit")
    return None


expect(value("$62 billion", "MonetaryAmount") == (62e9, "USD"),
       "$62 billion is 6.2e10 USD")
expect(value("4 million Syrian refugees", "Quantity") ==
       (4e6, "Syrian refugees"), "4 million Syrian refugees is a quantity")
DATED = "erdogan-friends-us-russia.txt"  # date 2023-05-12, a Friday
expect(value("Thursday", "Date", DATED) == ("2023-05-11", "day"),
       "Thursday in an article of Friday 2023-05-12 is 2023-05-11")
expect(value("May 14", "Date", DATED) == ("2023-05-14", "day"),
       "May 14 takes the article's year")
expect(value("May 28", "Date", "cnn-erdogan-putin-runoff.txt") ==
       ("--05-28", "day"), "May 28 in an undated article keeps no year")
sys.exit(1 if failures else 0)
