#!/usr/bin/python3
"""Write N short synthetic news documents as JSONL on stdout, from the
ontology (country and people names, verbs of the relation lexicon), for the
scale test (`make scale`).  Deterministic: the same N gives the same corpus.

usage: gen_corpus.py N [ONTOLOGY_DIR]
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# Verbs with a regular past tense (lemma + "d"/"ed"), kept when the lexicon
# has them.
VERBS = ["accuse", "criticize", "praise", "condemn", "threaten", "support",
         "sanction", "warn", "urge", "visit", "attack", "blame", "reject",
         "welcome", "invade", "recognize", "expel", "host", "insult", "thank"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def rows(path):
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n").split("\t") for l in f if not l.startswith("#")]
    head = lines[0]
    return [dict(zip(head, l)) for l in lines[1:] if l and l[0]]


def past(v):
    if v.endswith("e"):
        return v + "d"
    if v in ("expel",):
        return v + "led"
    return v + "ed"


def main():
    n = int(sys.argv[1])
    onto = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "..", "ontology")
    countries = [r["label"] for r in rows(os.path.join(onto, "countries.tsv"))]
    people = sorted({r["label"] for r in rows(os.path.join(onto, "people.tsv"))})
    lexicon = {r["pattern"] for r in rows(os.path.join(onto, "relations.tsv"))
               if r.get("kind") == "verb"}
    verbs = [v for v in VERBS if v in lexicon] or ["accuse"]
    rnd = random.Random(8)
    out = sys.stdout
    for i in range(n):
        a, b, c = rnd.choice(countries), rnd.choice(countries), rnd.choice(countries)
        p = rnd.choice(people)
        text = "%s %s %s on %s. %s %s %s, officials said. Trade talks went on." % (
            a, past(rnd.choice(verbs)), b, rnd.choice(DAYS),
            p, past(rnd.choice(verbs)), c)
        out.write(json.dumps({"id": "gen-%d" % i,
                              "date": "20%02d-%02d-%02d" % (10 + i % 15, 1 + i % 12,
                                                            1 + i % 28),
                              "text": text}) + "\n")


if __name__ == "__main__":
    main()
