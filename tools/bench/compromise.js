// kg bench peer: compromise over a JSONL corpus (one {"text": ...} per line).
// Per document: sentences, people, places, organizations (no relations).
// Prints one JSON line like tools/bench/wink.js.
'use strict';
const fs = require('fs');
const readline = require('readline');
const nlp = require('compromise');

async function main() {
  const rl = readline.createInterface({ input: fs.createReadStream(process.argv[2]),
                                        crlfDelay: Infinity });
  let docs = 0, sents = 0, ents = 0;
  const t0 = process.hrtime.bigint();
  for await (const line of rl) {
    if (!line.trim()) continue;
    const text = JSON.parse(line).text || '';
    const doc = nlp(text);
    sents += doc.sentences().length;
    ents += doc.people().out('array').length + doc.places().out('array').length +
            doc.organizations().out('array').length;
    docs++;
  }
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(JSON.stringify({ documents: docs, sentences: sents, tokens: 0,
                               entities: ents, seconds: s }));
}
main();
