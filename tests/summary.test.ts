// The extractive summarizer: its invariants on articles of our own in four languages, its
// language awareness, redundancy and count rules, and that it stays linear on huge inputs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summaryInput } from '../src/analyse/article.js';
import { splitSentences } from '../src/analyse/sentences.js';
import { summarize, type SummaryInput } from '../src/analyse/summary.js';
import { loadArticle } from '../src/load.js';
import { cli, lines } from './helpers.js';

const FIXTURES = 'tests/fixtures/summary';

/** Each fixture has one sentence that is off the article's subject and must not be picked. */
const ARTICLES = [
  { language: 'nl', offTopic: 'De bakker op de hoek verkoopt sinds kort ook glutenvrij brood.' },
  { language: 'en', offTopic: 'A bakery across the street has changed its opening hours.' },
  { language: 'de', offTopic: 'Im Stadtpark blühen in diesem Jahr besonders früh die Kirschbäume.' },
  { language: 'fr', offTopic: 'Le marché du dimanche accueille désormais un nouveau fromager.' },
  // Written without spaces, and off the subject in the very first sentence: a summarizer that
  // sees no shared words falls back on article order and takes it.
  { language: 'zh', offTopic: '周一早上，天空下着小雨。' },
  { language: 'ja', offTopic: '月曜日の朝は小雨が降っていた。' },
];

function load(language: string): SummaryInput {
  const file = `${FIXTURES}/${language}.txt`;
  return summaryInput(loadArticle(file, readFileSync(file), { summarySentences: 0 }).article);
}

describe.each(ARTICLES)('summary of the $language article', ({ language, offTopic }) => {
  const input = load(language);
  const sentences = input.paragraphs.flatMap((paragraph) => splitSentences(paragraph, input.language));

  it('is read in its language, with a title, from several paragraphs', () => {
    expect(input.language).toBe(language);
    expect(input.title).not.toBeNull();
    expect(sentences.length).toBeGreaterThan(6);
    expect(sentences).toContain(offTopic);
  });

  it('is the essentials of an article without a box', () => {
    const file = `${FIXTURES}/${language}.txt`;
    const { essentials } = loadArticle(file, readFileSync(file)).article;
    expect(essentials?.source).toBe('summary');
    expect(essentials?.items).toEqual(summarize(input, 3));
  });

  it.each([1, 2, 3, 5])('gives %i verbatim sentences of the article, in article order', (count) => {
    const picked = summarize(input, count);
    expect(picked).toHaveLength(count);
    const places = picked.map((sentence) => sentences.indexOf(sentence));
    expect(places.every((place) => place >= 0)).toBe(true);
    expect(places).toEqual([...places].sort((a, b) => a - b));
    expect(new Set(places).size).toBe(count);
  });

  it('leaves out the sentence that is off the subject', () => {
    expect(summarize(input, 3)).not.toContain(offTopic);
  });

  it('is deterministic', () => {
    expect(summarize(load(language), 3)).toEqual(summarize(input, 3));
  });

  it('gives every sentence when asked for more than there are', () => {
    expect(summarize(input, sentences.length + 4)).toEqual(sentences);
  });
});

/** A sentence of stop words only, echoing those of a sentence on the subject, per language. */
const STOP_WORD_TRAPS = [
  {
    language: 'en',
    paragraphs: [
      'It is what it is, and it was what it was, and it is what it will be.',
      'The council will build a new bridge over the river this year.',
      'A new bridge over the river will cost the council ten million pounds, and it is what it is.',
    ],
  },
  {
    language: 'nl',
    paragraphs: [
      'Het is wat het is, en het was wat het was, en het is wat het zal zijn.',
      'De gemeente bouwt dit jaar een nieuwe brug over de rivier.',
      'Een nieuwe brug over de rivier kost de gemeente tien miljoen euro, en het is wat het is.',
    ],
  },
  {
    language: 'de',
    paragraphs: [
      'Es ist, was es ist, und es war, was es war, und es ist, was es sein wird.',
      'Die Stadt baut in diesem Jahr eine neue Brücke über den Fluss.',
      'Eine neue Brücke über den Fluss kostet die Stadt zehn Millionen Euro, und es ist, was es ist.',
    ],
  },
  {
    // French glues elided words on (`c’est`): they must fall to the stop list too.
    language: 'fr',
    paragraphs: [
      'C’est ce que c’est, et c’était ce que c’était, et ce sera ce que ce sera.',
      'La ville construit cette année un nouveau pont sur la rivière.',
      'Un nouveau pont sur la rivière coûte à la ville dix millions d’euros, et c’est ce que c’est.',
    ],
  },
];

describe('language awareness', () => {
  it.each(STOP_WORD_TRAPS)('does not take shared $language stop words for a shared subject', ({ language, paragraphs }) => {
    expect(summarize({ title: null, language, paragraphs }, 2)).toEqual(paragraphs.slice(1));
  });

  it('falls into the trap without a stop list, so the trap is real', () => {
    const { paragraphs } = STOP_WORD_TRAPS[0]!;
    expect(summarize({ title: null, language: 'und', paragraphs }, 2)).toContain(paragraphs[0]);
  });
});

describe('scripts written without spaces', () => {
  // Two sentences on the weather open the article; the rest is about a new library.
  it.each([
    {
      language: 'zh',
      paragraphs: ['天空很蓝。', '今天风很大。新图书馆下月开放，图书馆藏书十万册。市民期待新图书馆开放。', '图书馆的开放时间还没有公布。'],
      offTopic: ['天空很蓝。', '今天风很大。'],
    },
    {
      language: 'ja',
      paragraphs: ['空が青い。', '今日は風が強い。新しい図書館が来月開館し、図書館の蔵書は十万冊になる。市民は新しい図書館の開館を待っている。', '図書館の開館時間はまだ決まっていない。'],
      offTopic: ['空が青い。', '今日は風が強い。'],
    },
  ])('$language: the sentences that share the article’s words win, not the first ones', ({ language, paragraphs, offTopic }) => {
    const picked = summarize({ title: null, language, paragraphs }, 2);
    expect(picked).toHaveLength(2);
    for (const sentence of offTopic) expect(picked).not.toContain(sentence);
  });
});

describe('choosing', () => {
  it('leans on the title when no word repeats in the body', () => {
    const paragraphs = ['Rain is expected on Sunday.', 'The harbour festival opens with fireworks.', 'Tickets sold out early.'];
    const title = 'Harbour festival opens';
    expect(summarize({ title, language: 'en', paragraphs }, 1)).toEqual([paragraphs[1]]);
  });

  it.each([
    ['word for word', 'The harbour cranes stopped work after the storm.'],
    ['in other order', 'After the storm the harbour cranes stopped work.'],
  ])('takes a sentence repeated %s once while others are left', (_, again) => {
    const first = 'The harbour cranes stopped work after the storm.';
    const paragraphs = [first, 'Ships waited outside the harbour.', again, 'The storm also closed the airport.'];
    const picked = summarize({ title: 'Storm stops harbour', language: 'en', paragraphs }, 2);
    expect(picked).toEqual([first, 'Ships waited outside the harbour.']);
  });

  it('passes over a sentence that ends in a colon, introducing what is not in the summary, while others are left', () => {
    const intro = 'In a wide-ranging interview about the harbour storm, the mayor of the harbour town also said:';
    const paragraphs = ['The storm closed the harbour for two days.', intro, 'Ships waited outside the harbour until the storm passed.', 'The airport stayed open.'];
    expect(summarize({ title: 'Storm closes harbour', language: 'en', paragraphs }, 2)).not.toContain(intro);
    expect(summarize({ title: 'Storm closes harbour', language: 'en', paragraphs: paragraphs.slice(0, 2) }, 2)).toContain(intro);
  });

  it.each([
    ['de', 'a dateline the sentence rule cuts off', 'Neue Brücke für Hamburg', ['HAMBURG. Der Senat hat den Bau einer neuen Brücke in Hamburg beschlossen. Die Brücke soll 2030 fertig sein.', 'Die Kosten der Brücke liegen bei 500 Millionen Euro.'], 'HAMBURG.'],
    ['nl', 'a photo credit', 'Waalbrug maanden dicht', ['De Waalbrug gaat acht maanden dicht voor het verkeer.', 'Rijkswaterstaat moet de brug versterken.', 'Rijkswaterstaat verwacht files.', 'Foto: Rijkswaterstaat'], 'Foto: Rijkswaterstaat'],
    ['en', 'a photo credit of four words', 'Harbour Ferry Company cuts the ferry', ['The Harbour Ferry Company will run the ferry only twice a day.', 'Commuters say the cut will force them into cars.', 'Photo: Harbour Ferry Company'], 'Photo: Harbour Ferry Company'],
    ['fr', 'a source line', 'Le chômage baisse', ['Le chômage a baissé de 0,2 point au troisième trimestre.', 'Le chômage des jeunes reste élevé.', 'Source : Insee, chômage trimestriel'], 'Source : Insee, chômage trimestriel'],
    // A byline or a dateline (`Von Anna Schmidt, Frankfurt am Main`, `12 March 2024, 09:14`) says nothing of the story.
    ['de', 'a byline', 'Brücke am Main wieder offen', ['Von Anna Schmidt, Frankfurt am Main', 'Die Brücke am Main in Frankfurt ist wieder offen.', 'Der Verkehr rollt ab Montag.', 'Die Stadt feierte lange.'], 'Von Anna Schmidt, Frankfurt am Main'],
    ['en', 'a reply of two words', 'Council keeps the ferry', ['Will the council keep the ferry running next year?', 'Ferry keeps.', 'The council voted to keep the ferry for a year.'], 'Ferry keeps.'],
  ])('passes over %s (%s) while others are left, and takes it when nothing else is', (language, _case, title, paragraphs, little) => {
    expect(summarize({ title, language, paragraphs }, 2)).not.toContain(little);
    expect(summarize({ title, language, paragraphs }, 5)).toContain(little);
  });

  it('still gives the count asked for when every sentence is the same', () => {
    const paragraphs = Array.from({ length: 4 }, () => 'The station opened.');
    expect(summarize({ title: null, language: 'en', paragraphs }, 3)).toEqual(paragraphs.slice(0, 3));
  });

  it('gives at least one sentence, and nothing for an article without sentences', () => {
    const paragraphs = ['One sentence only.', 'And a second.'];
    expect(summarize({ title: null, language: 'en', paragraphs }, 0)).toHaveLength(1);
    expect(summarize({ title: null, language: 'en', paragraphs: [] }, 3)).toEqual([]);
    expect(summarize({ title: null, language: 'en', paragraphs: ['Hi.'] }, 3)).toEqual(['Hi.']);
  });

  it('breaks ties by article order', () => {
    const paragraphs = ['Ships sail.', 'Ships sail.', 'Ships sail.'];
    expect(summarize({ title: null, language: 'und', paragraphs }, 1)).toEqual(['Ships sail.']);
    const distinct = ['Red ships sail.', 'Blue ships sail.', 'Green ships sail.'];
    expect(summarize({ title: null, language: 'en', paragraphs: distinct }, 1)).toEqual([distinct[0]]);
  });
});

describe('size', () => {
  // A summarizer comparing sentences pair by pair would make 5·10⁹ comparisons here and never
  // finish within the test's time; scoring against the article's word counts is one pass.
  const SENTENCES = 100_000;

  it('summarizes an article of 100,000 varied sentences', () => {
    const paragraphs = Array.from(
      { length: SENTENCES },
      (_, i) => `Report ${i} notes harbour ${i % 97} cargo ${i % 89} and crane ${i % 13} work.`,
    );
    const picked = summarize({ title: 'Harbour cargo', language: 'en', paragraphs }, 3);
    expect(picked).toHaveLength(3);
    for (const sentence of picked) expect(paragraphs).toContain(sentence);
  });

  it('summarizes an article of 100,000 copies of one sentence', () => {
    const paragraphs = Array.from({ length: SENTENCES }, () => 'The harbour cranes stopped work today.');
    expect(summarize({ title: null, language: 'en', paragraphs }, 3)).toEqual(paragraphs.slice(0, 3));
  });
});

describe('French quotations that end a paragraph', () => {
  it('essentials -n 5 never prints a line holding only the closing guillemet', async () => {
    // Fewer sentences than asked for: every one is printed, so a split-off » would show.
    const text = [
      'Le marché de Dijon',
      '« Le marché fait vivre le centre-ville tout l’hiver. »',
      'Le marché couvert reste ouvert. Les commerçants se réjouissent.',
      '«\u00a0Nous voulons garder les commerçants.\u00a0»',
    ].join('\n\n');
    const { code, stdout } = await cli(['essentials', '-n', '5', '-'], { stdin: text });
    expect(code).toBe(0);
    const printed = lines(stdout);
    expect(printed.length).toBeGreaterThan(0);
    for (const line of printed) expect(line.replace(/[\s»]/gu, '')).not.toBe('');
  });
});
