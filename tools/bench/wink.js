// kg bench peer: wink-nlp over a JSONL corpus (one {"text": ...} per line).
// Per document: sentences, tokens with POS, named entities (no relations).
// Prints one JSON line: documents, sentences, tokens, entities, seconds
// (processing only, after the model has loaded).
'use strict';
const fs = require('fs');
const readline = require('readline');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const its = nlp.its;

async function main() {
  const rl = readline.createInterface({ input: fs.createReadStream(process.argv[2]),
                                        crlfDelay: Infinity });
  let docs = 0, sents = 0, toks = 0, ents = 0;
  const t0 = process.hrtime.bigint();
  for await (const line of rl) {
    if (!line.trim()) continue;
    const text = JSON.parse(line).text || '';
    const doc = nlp.readDoc(text);
    sents += doc.sentences().length();
    toks += doc.tokens().out(its.pos).length;
    ents += doc.entities().out(its.detail).length;
    docs++;
  }
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(JSON.stringify({ documents: docs, sentences: sents, tokens: toks,
                               entities: ents, seconds: s }));
}
main();
