// Words (spec §5): whitespace-separated tokens with a letter or digit; unspaced scripts count
// a word a character; the words of every part add up to the total.
import { describe, expect, it } from 'vitest';
import { stopWords } from '../src/analyse/stopwords.js';
import { contentWords, countWords, normalizeWord } from '../src/analyse/words.js';
import { article } from './helpers.js';

describe('what one word is', () => {
  it.each([
    ["F-16's", 1],
    ['al-Asad', 1],
    ['14.886', 1],
    ['raket-', 1],
    ['Soleimani’s', 1],
    ['aujourd’hui', 1],
    ['2022', 1],
    ['C-RAM', 1],
    ['„Wort“', 1],
    ['(hello)', 1],
    ['-', 0],
    ['–', 0],
    ['—', 0],
    ['…', 0],
    ['***', 0],
    ['"', 0],
    ['😀', 0],
    ['🇧🇪', 0],
    ['', 0],
    ['   ', 0],
  ])('%j is %i word(s)', (token, n) => {
    expect(countWords(token)).toBe(n);
  });
});

describe('counting a text', () => {
  it.each([
    ['raket-, mortier- en droneaanvallen', 4],
    ['De VS beschuldigden — opnieuw — de milities', 6],
    ['Hello 😀 world', 2],
    ['tabs\tand\u00a0no-break\u202fspaces count as spaces', 7],
    ['line\nbreaks too', 3],
    ['Ελληνικά και русский язык', 4],
    ['한국어 문장', 2],
    ['مرحبا بالعالم', 2],
    // A lone surrogate is a character of its own: the letter or space after it still counts.
    ['\ud800a b', 2],
    ['a\ud800 b', 2],
    ['😀a b', 2],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });

  it.each([
    ['日本語の文章', 6],
    ['东京是首都。', 5],
    ['ภาษาไทย', 7],
    // A Thai consonant with its vowel sign and tone mark is one character, not three.
    ['ที่', 1],
    ['น้ำ', 2],
    ['东京 Tokyo', 3],
    ['iPhone用', 2],
  ])('unspaced scripts count each character: %j has %i', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});

describe('normalizing a word for comparison', () => {
  it.each([
    ['“Soleimani’s,', 'soleimani’s'],
    ['(Bagdad).', 'bagdad'],
    ['F-16', 'f-16'],
    ['—', ''],
  ])('%j → %j', (token, word) => {
    expect(normalizeWord(token)).toBe(word);
  });
});

describe('content words', () => {
  // Spaced scripts: tokens case-folded, edge punctuation off, stop words out (guards: unchanged).
  it.each([
    ['en', 'The engineers were near the dike.', ['engineers', 'dike']],
    ['nl', 'De ingenieurs stonden bij de dijk.', ['ingenieurs', 'stonden', 'dijk']],
    ['de', 'Die Ingenieure standen am Deich.', ['ingenieure', 'standen', 'deich']],
    ['fr', 'Les ingénieurs étaient près de la digue.', ['ingénieurs', 'digue']],
  ])('%s: %s', (language, text, words) => {
    expect(contentWords(text, stopWords(language))).toEqual(words);
  });

  // Unspaced scripts: each pair of neighbouring characters in a run, less stop words and pairs
  // of two stop characters; a character alone in its run is a unit by itself.
  it.each([
    ['zh, pairs of a run', 'zh', '高铁项目进展顺利', ['高铁', '铁项', '项目', '目进', '进展', '展顺', '顺利']],
    ['zh, a stop word pair and a pair of stop characters left out', 'zh', '我们的高铁', ['的高', '高铁']],
    ['zh, punctuation ends a run', 'zh', '地铁，通车。', ['地铁', '通车']],
    ['zh, a character alone', 'zh', '（桥）', ['桥']],
    ['zh, a lone stop character', 'zh', '（的）', []],
    ['zh, a word of another script inside a token', 'zh', 'iPhone用户增加', ['iphone', '用户', '户增', '增加']],
    ['ja, the length mark stays with its kana', 'ja', 'フェリーが就航', ['フェ', 'ェリ', 'リー', '就航']],
    ['ja, no pair across a change of script', 'ja', '鉄道会社は月曜日に発表した', ['鉄道', '道会', '会社', '月曜', '曜日', '発表']],
    ['th, vowel signs and tone marks stay with their letter', 'th', 'น้ำท่วม', ['น้ำ', 'ำท่', 'ท่ว', 'วม']],
  ])('%s', (_case, language, text, words) => {
    expect(contentWords(text, stopWords(language))).toEqual(words);
  });
});

describe('counts by part', () => {
  const a = article(
    [
      'Floods in the valley',
      'Heavy rain flooded the valley on Sunday. Hundreds of people left their homes.',
      'Key points',
      '- The river rose two metres',
      '- Three villages were evacuated',
      'The river',
      'The river rose two metres in one night, the water board said on Monday morning in a statement.',
      '“We have never seen this before.” — Anna Berg',
      'The rescue',
      'Firefighters brought 300 people to safety. Nobody was hurt.',
    ].join('\n\n'),
  );

  it('counts every part the article shows', () => {
    expect(a.counts.parts).toEqual({
      title: 4,
      lead: 13,
      headings: 4,
      essentials: 2 + 5 + 4,
      pullQuotes: 8,
      body: 18 + 9,
    });
  });

  it('the parts add up to the total', () => {
    const sum = Object.values(a.counts.parts).reduce((x, y) => x + y, 0);
    expect(a.counts.words).toBe(sum);
  });

  it('sentences leave out the title, headings and the box label', () => {
    // lead 2, box items 2, body 1 + 2, pull quote 1
    expect(a.counts.sentences).toBe(8);
  });
});

describe('reading time', () => {
  const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ') + '.';
  it.each([
    [1, 230, 1],
    [230, 230, 1],
    [231, 230, 2],
    [460, 230, 2],
    [461, 230, 3],
    [100, 50, 2],
    [101, 50, 3],
  ])('%i words at %i a minute take %i minute(s)', (n, wpm, minutes) => {
    const a = article(`${words(n)}`, { wordsPerMinute: wpm });
    expect(a.counts.words).toBe(n);
    expect(a.counts.readingMinutes).toBe(minutes);
    expect(a.counts.wordsPerMinute).toBe(wpm);
  });

  it('an empty article still reads in at least a minute', () => {
    const a = article('');
    expect(a.counts.words).toBe(0);
    expect(a.counts.readingMinutes).toBe(1);
  });
});
