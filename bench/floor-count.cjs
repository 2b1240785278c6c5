#!/usr/bin/env node
// The floor of `article count` on a large file in Node: read the file and count its
// whitespace-separated tokens with a letter or digit, in one pass over the UTF-8 bytes, and
// print the number. No sentences, no structure, no sanitizing, not even decoding to a string:
// about the least a Node program that counts words can do. bench/perf.mjs times it beside
// `wc -w` to show how much of the throughput ratio Node itself takes. CommonJS, so Node's ES
// module loader does not start.
'use strict';
const { readFileSync } = require('node:fs');

const OTHER = 0;
const SPACE = 1;
const WORD = 2;
const UNKNOWN = 3;
// The class of each code point below 0x10000, found on first sight; above, letters.
const classes = new Uint8Array(0x10000).fill(UNKNOWN);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/u;

function classOf(code) {
  if (code > 0xffff) return WORD;
  let known = classes[code];
  if (known === UNKNOWN) {
    const char = String.fromCharCode(code);
    known = WHITESPACE.test(char) ? SPACE : LETTER_OR_DIGIT.test(char) ? WORD : OTHER;
    classes[code] = known;
  }
  return known;
}

const bytes = readFileSync(process.argv[2]);
let words = 0;
let inWord = false;
for (let i = 0; i < bytes.length; ) {
  const byte = bytes[i];
  let kind;
  if (byte < 0x80) {
    kind = classes[byte] === UNKNOWN ? classOf(byte) : classes[byte];
    i++;
  } else if (byte < 0xe0) {
    kind = classOf(((byte & 0x1f) << 6) | (bytes[i + 1] & 0x3f));
    i += 2;
  } else if (byte < 0xf0) {
    kind = classOf(((byte & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f));
    i += 3;
  } else {
    kind = WORD;
    i += 4;
  }
  if (kind === WORD) inWord = true;
  else if (kind === SPACE) {
    if (inWord) words++;
    inWord = false;
  }
}
if (inWord) words++;
process.stdout.write(`${words}\n`);
