// Pull quotes (spec §3.5): a single-sentence block of at most 30 words, outside the lead and
// the box, wholly in quotation marks or repeating 60 % of its content words from one longer
// prose block (words matching when equal or sharing a 5-letter prefix).
import { beforeAll, describe, expect, it } from 'vitest';
import { MATCH_PREFIX_LETTERS } from '../src/config.js';
import { contentKeys, matchKey } from '../src/analyse/overlap.js';
import { stopWords } from '../src/analyse/stopwords.js';
import { countWords } from '../src/analyse/words.js';
import { loadParser } from '../src/load.js';
import { article } from './helpers.js';

const TITLE = 'Dike closed near Dordrecht';
const LEAD = 'The water board closed a dike on Tuesday. Traffic was diverted for the whole day.';
const BODY =
  'The water board closed the dike near Dordrecht after engineers discovered dangerous cracks during an inspection on Tuesday morning, and traffic was diverted through the village.';
const OTHER = 'Residents were told to stay calm. The board promised an update on Wednesday.';

/** The pull quotes of an article made of a title, the lead, the body, `block` and another paragraph. */
function pullQuotesWith(block: string, body = BODY): string[] {
  return article([TITLE, LEAD, body, block, OTHER].join('\n\n')).pullQuotes;
}

describe('wholly quoted blocks', () => {
  it.each([
    ['“We have never seen cracks like these.”', 'We have never seen cracks like these.'],
    ['“We have never seen cracks like these.” — Anna Berg', 'We have never seen cracks like these.'],
    ['“We have never seen cracks like these,” – Anna Berg, engineer', 'We have never seen cracks like these'],
    ['« Nous n’avons jamais vu ça » — Anne Martin', 'Nous n’avons jamais vu ça'],
    ['„Wir haben so etwas nie gesehen“ - Anna Berg', 'Wir haben so etwas nie gesehen'],
    ['"We have never seen cracks like these."', 'We have never seen cracks like these.'],
    ['« Le marché fait vivre le centre-ville tout l’hiver. »', 'Le marché fait vivre le centre-ville tout l’hiver.'],
    ['«\u00a0Le marché fait vivre le centre-ville tout l’hiver.\u00a0»', 'Le marché fait vivre le centre-ville tout l’hiver.'],
    ['«\u202fLe marché fait vivre le centre-ville tout l’hiver.\u202f»', 'Le marché fait vivre le centre-ville tout l’hiver.'],
  ])('%s', (block, quote) => {
    expect(pullQuotesWith(block)).toEqual([quote]);
  });

  it('keeps the attribution apart', () => {
    const a = article([TITLE, LEAD, BODY, '“We have never seen cracks like these.” — Anna Berg', OTHER].join('\n\n'));
    expect(a.blocks[3]).toEqual({
      type: 'pullquote',
      text: '“We have never seen cracks like these.” — Anna Berg',
      quote: 'We have never seen cracks like these.',
      attribution: 'Anna Berg',
      block: 4,
    });
  });

  it.each([
    ['a hyphen', '"We have never seen cracks like these."\n- Anna Berg', '"We have never seen cracks like these." - Anna Berg'],
    ['an en dash', '“We have never seen cracks like these.”\n– Anna Berg', '“We have never seen cracks like these.” – Anna Berg'],
    ['a hyphen after guillemets', '« Nous n’avons jamais vu ça. »\n- Anne Martin', '« Nous n’avons jamais vu ça. » - Anne Martin'],
  ])('takes the credit on the line under the quotation after %s, not as a list', (_case, block, text) => {
    const a = article([TITLE, LEAD, BODY, block, OTHER].join('\n\n'));
    expect(a.blocks[3]).toMatchObject({ type: 'pullquote', text, attribution: block.split('\n')[1]!.slice(2), block: 4 });
    expect(a.blocks[4]).toMatchObject({ type: 'paragraph', block: 5 });
  });

  it('a list under a quotation is still a list: more than one item, or not the last line', () => {
    const a = article([TITLE, LEAD, BODY, 'She listed her demands: "Now."\n- Higher pay\n- Shorter days', OTHER].join('\n\n'));
    expect(a.blocks[4]).toMatchObject({ type: 'list', items: ['Higher pay', 'Shorter days'], block: 4 });
  });

  it.each([
    ['more than 30 words', `“${Array.from({ length: 31 }, () => 'crack').join(' ')}.”`],
    ['several sentences', '“We have never seen this. Nobody has.” — Anna Berg'],
    ['a quotation that is only part of the block', '“We have never seen this,” Anna Berg said on Tuesday.'],
    ['one quoted word that the article does not repeat', '“Nonsense!”'],
  ])('no pull quote with %s', (_case, block) => {
    expect(pullQuotesWith(block)).toEqual([]);
  });

  it('30 words wholly quoted is still a pull quote', () => {
    const block = `“${Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ')}.”`;
    expect(pullQuotesWith(block)).toHaveLength(1);
  });
});

describe('paraphrases of a longer block', () => {
  it('every content word repeated', () => {
    const block = 'Engineers discovered dangerous cracks in the dike near Dordrecht.';
    expect(pullQuotesWith(block)).toEqual([block]);
  });

  it('the whole block is the pull quote’s text and quotes lists it once, as pull', () => {
    const block = 'Engineers discovered dangerous cracks in the dike near Dordrecht.';
    const a = article([TITLE, LEAD, BODY, block, OTHER].join('\n\n'));
    expect(a.quotes).toEqual([{ text: block, kind: 'pull', block: 4 }]);
    expect(a.counts.parts.pullQuotes).toBe(9);
  });

  it('words sharing a prefix of 5 letters match', () => {
    // engineering~engineers, discovering~discovered, dangerously~dangerous, cracked~cracks
    expect(pullQuotesWith('Engineering teams, discovering dangerously cracked walls.')).toHaveLength(1);
  });

  it('words sharing fewer than 5 letters do not match', () => {
    // dikes~dike share 4 letters; water~waters and board~boards would match, so none of those
    const body = 'The dike was closed by the town after the storm hit the coast hard on Tuesday and Wednesday night.';
    expect(pullQuotesWith('Dikes towns storms coasts hurt.', body)).toEqual([]);
  });

  it.each([
    // content: engineers, discovered, dangerous, bridges, tunnels → 3 of 5 = 60 %
    ['3 of 5 content words (60 %)', 'Engineers discovered dangerous bridges and tunnels.', true],
    // content: engineers, discovered, rusty, bridges, tunnels → 2 of 5 = 40 %
    ['2 of 5 content words (40 %)', 'Engineers discovered rusty bridges and tunnels.', false],
  ])('%s', (_case, block, isPull) => {
    expect(pullQuotesWith(block)).toEqual(isPull ? [block] : []);
  });

  it('stop words do not count', () => {
    const stop = stopWords('en');
    expect([...contentKeys('The engineers were near the dike after all.', stop)]).toEqual(['engin', 'dike']);
    expect(matchKey('beëindigde')).toBe(matchKey('beëindigen'));
    expect(matchKey('Irak')).toBe('Irak');
  });

  it('a match key is the first MATCH_PREFIX_LETTERS code points, as splitting the word into them gives', () => {
    const byArray = (word: string): string => {
      const chars = Array.from(word);
      return chars.length >= MATCH_PREFIX_LETTERS ? chars.slice(0, MATCH_PREFIX_LETTERS).join('') : word;
    };
    const pieces = ['a', 'é', '😀', '\ud800', '\udc00', '中', '’'];
    const words = pieces.flatMap((a) => pieces.flatMap((b) => pieces.flatMap((c) => ['', 'xy', 'xyz'].map((d) => a + b + c + d + a))));
    expect(words.filter((word) => matchKey(word) !== byArray(word))).toEqual([]);
  });

  it('the longer block must have more words than the pull quote', () => {
    const block = 'Engineers discovered dangerous cracks in the dike near Dordrecht.';
    const sameLength = 'Engineers found dangerous cracks inside a dike near Dordrecht.';
    const a = article([TITLE, LEAD, sameLength, block, OTHER].join('\n\n'));
    expect(a.pullQuotes).toEqual([]);
  });

  it('the repeated words must all stand in one block, not spread over several', () => {
    const a = article(
      [
        TITLE,
        LEAD,
        'Engineers came to the village on Tuesday morning with their vans and ladders and many tools.',
        'They discovered that the old walls had dangerous cracks in several places, said the mayor.',
        'Engineers discovered dangerous cracks.',
        OTHER,
      ].join('\n\n'),
    );
    // engineers in one block; discovered, dangerous, cracks in the other: 3 of 4 there (75 %)
    expect(a.pullQuotes).toEqual(['Engineers discovered dangerous cracks.']);
    const b = article(
      [
        TITLE,
        LEAD,
        'Engineers came to the village on Tuesday morning with their vans and ladders and many tools.',
        'They discovered the old walls had holes in several places, said the mayor of the village.',
        'Engineers discovered dangerous cracks.',
        OTHER,
      ].join('\n\n'),
    );
    // one block has engineers, the other discovered: 1 of 4 each
    expect(b.pullQuotes).toEqual([]);
  });

  it('a lead or a title block is a block to repeat, too', () => {
    const a = article([TITLE, BODY, OTHER, 'Engineers discovered dangerous cracks near Dordrecht.'].join('\n\n'));
    expect(a.lead).toBe(BODY);
    expect(a.pullQuotes).toEqual(['Engineers discovered dangerous cracks near Dordrecht.']);
  });
});

describe('what is never a pull quote', () => {
  it('the lead, even when it is wholly quoted', () => {
    const a = article([TITLE, '“We have never seen cracks like these.” — Anna Berg', BODY].join('\n\n'));
    expect(a.lead).toBe('“We have never seen cracks like these.” — Anna Berg');
    expect(a.pullQuotes).toEqual([]);
  });

  it('the lead, even when it repeats a longer block', () => {
    const a = article([TITLE, 'Engineers discovered dangerous cracks in the dike.', BODY].join('\n\n'));
    expect(a.pullQuotes).toEqual([]);
  });

  it('a box item', () => {
    const a = article([TITLE, LEAD, 'Key points', 'Engineers discovered dangerous cracks in the dike.', OTHER, BODY].join('\n\n'));
    expect(a.essentials?.items).toEqual(['Engineers discovered dangerous cracks in the dike.']);
    expect(a.pullQuotes).toEqual([]);
  });

  it('a block of more than 30 words', () => {
    // 31 words, all repeated from the longer body block
    const block = `${BODY.replace(/\.$/, '')} and the dike that morning.`;
    expect(countWords(block)).toBe(31);
    const longer = `${BODY} Engineers discovered the cracks through the village, the board said, and more cracks in the dike again that morning.`;
    expect(pullQuotesWith(block, longer)).toEqual([]);
  });

  it('a block of several sentences', () => {
    expect(pullQuotesWith('Engineers discovered cracks. The dike near Dordrecht is dangerous.')).toEqual([]);
  });

  it('a list', () => {
    const a = article([TITLE, LEAD, BODY, '- Engineers discovered dangerous cracks', OTHER].join('\n\n'));
    expect(a.pullQuotes).toEqual([]);
  });

  it('a block that repeats only headings or the title', () => {
    const a = article([TITLE, OTHER, 'Dike closed near Dordrecht today', OTHER, 'Dike closed near Dordrecht.'].join('\n\n'));
    expect(a.headings).toEqual(['Dike closed near Dordrecht today']);
    expect(a.pullQuotes).toEqual([]);
  });
});

describe('a quotation reported after a dash, by language', () => {
  // Title, lead, a body block, the block under test, a last paragraph: each written for the case.
  it.each([
    {
      language: 'ru',
      blocks: [
        'Новая станция метро',
        'В городе открылась новая станция метро. Жители района пришли на открытие.',
        'Строительство станции продолжалось шесть лет и обошлось городу в несколько миллиардов рублей.',
        '«Мы ждали эту станцию много лет», — сказал пенсионер Иван Петров на открытии в субботу.',
        'Поезда будут ходить с шести утра до часа ночи.',
      ],
      quote: 'Мы ждали эту станцию много лет',
    },
    {
      language: 'pl',
      blocks: [
        'Ceny mieszkań w Krakowie',
        'Ceny mieszkań w Krakowie znowu wzrosły. Młodzi ludzie coraz częściej wynajmują.',
        'Według analityków średnia cena metra kwadratowego przekroczyła w tym roku rekordowy poziom.',
        '„Na własne mieszkanie nas po prostu nie stać” – mówi Anna Nowak z Podgórza.',
        'Eksperci nie spodziewają się spadku cen w przyszłym roku.',
      ],
      quote: 'Na własne mieszkanie nas po prostu nie stać',
    },
    {
      language: 'cs',
      blocks: [
        'Nová lávka přes řeku',
        'Přes řeku vede od pondělí nová lávka pro pěší. Lidé ji hned začali používat.',
        'Stavba lávky trvala dva roky a stála město přibližně osmdesát milionů korun.',
        '„Konečně nemusíme chodit přes celé město“ – říká paní Jana Dvořáková z Libně.',
        'Lávka bude osvětlená i v noci.',
      ],
      quote: 'Konečně nemusíme chodit přes celé město',
    },
  ])('$language: the block is a paragraph with an inline quotation', ({ language, blocks, quote }) => {
    const a = article(blocks.join('\n\n'));
    expect(a.language).toBe(language);
    expect(a.pullQuotes).toEqual([]);
    expect(a.blocks.find((block) => block.block === 4)?.type).toBe('paragraph');
    expect(a.quotes).toEqual([{ text: quote, kind: 'inline', block: 4 }]);
  });

  it.each([
    ['“新桥明年春天就能通车”——市长李明', '新桥明年春天就能通车'],
    // A terminal inside the marks: the dash after `。”` starts no sentence (sentences.ts).
    ['“新桥明年春天就能通车。”——市长李明', '新桥明年春天就能通车。'],
    ['“新桥明年春天就能通车。”\n—— 市长李明', '新桥明年春天就能通车。'],
  ])('zh: a quotation with its speaker after a double dash is a pull quote: %j', (block, quote) => {
    const a = article(
      [
        '跨江大桥即将通车',
        '经过三年建设，跨江大桥主体工程已经完工。',
        '大桥全长三公里，双向六车道，通车后两岸之间的车程将从一个小时缩短到十分钟。',
        block,
        '沿线居民对此十分期待。',
      ].join('\n\n'),
    );
    expect(a.blocks[3]).toMatchObject({ type: 'pullquote', quote, attribution: '市长李明' });
  });
});

describe('paraphrases in scripts written without spaces', () => {
  // Content words there are pairs of neighbouring characters (words.ts): a block repeats a
  // longer one when it repeats its phrases, not merely its common characters.
  const ZH = [
    '地铁五号线正式开通',
    '经过四年的建设，本市地铁五号线于周一正式开通运营。',
    '五号线全长三十二公里，共设二十四座车站。开通后，从东部新区到市中心的时间将缩短一半，高峰期每四分钟发出一班列车。',
  ];
  const JA = [
    '新しいフェリーが就航',
    '港町と離島を結ぶ新しいフェリーが、土曜日に就航した。',
    '新しいフェリーは揺れに強く、多少の荒天でも運航できる。運航会社によると、フェリーは一日に六往復する予定だ。',
  ];

  it.each([
    ['zh', ZH, '开通后，到市中心的时间将缩短一半。'],
    ['ja', JA, '揺れに強い新しいフェリーは、荒天でも運航できる。'],
  ])('%s: a block that repeats the phrases of a longer one is a pull quote', (_language, blocks, block) => {
    const a = article([...blocks, block].join('\n\n'));
    expect(a.pullQuotes).toEqual([block]);
  });

  it.each([
    // Most of its characters (市, 新, 区, 时, 间…) stand in the longer block, few of its pairs do.
    ['zh', ZH, '新区居民说，以前开车去市中心要花很长时间。'],
    ['ja', JA, '島の住民は、土曜日に港でフェリーを見送った。'],
    // Its first five characters are the longer block's: once the whole run's match key.
    ['zh', ZH, '经过四年的建设，新的体育馆也已经完工。'],
  ])('%s: a block that only shares characters with a longer one is a paragraph', (_language, blocks, block) => {
    const a = article([...blocks, block].join('\n\n'));
    expect(a.pullQuotes).toEqual([]);
  });
});

describe('Markdown blockquotes', () => {
  beforeAll(() => loadParser('markdown'));
  const markdown = (quote: string): string =>
    ['# Bridge closed', 'The bridge over the river closed on Monday for repairs.', quote, 'Repairs will take a year.'].join('\n\n');

  it.each([
    ['the credit in a paragraph of its own', '> We must rebuild it.\n>\n> — Mayor Anna Berg', 'We must rebuild it.', 'Mayor Anna Berg'],
    ['the credit on the last line', '> We must rebuild it.\n> — Mayor Anna Berg', 'We must rebuild it.', 'Mayor Anna Berg'],
    ['the credit on the last line, in markup', '> We must rebuild it.\n> — *Mayor* [Anna Berg](https://example.org)', 'We must rebuild it.', 'Mayor Anna Berg'],
    ['quotation marks and a credit', '> “We must rebuild it.”\n> – Anna Berg', 'We must rebuild it.', 'Anna Berg'],
    ['Japanese brackets and a doubled dash', '> 「橋を再建する。」\n> —— 市長', '橋を再建する。', '市長'],
    ['a dash inside the last line is no credit', '> We must rebuild it —\n> and soon.', 'We must rebuild it — and soon.', null],
    ['one line', '> We must rebuild it.', 'We must rebuild it.', null],
    ['no name after the dashes', '> We must rebuild it.\n> ——', 'We must rebuild it. ——', null],
    // A sentence wrapped before a dash or a minus sign goes on: no credit.
    ['a minus sign on the last line', '> Overnight it will fall to\n> -5 degrees, forecasters said.', 'Overnight it will fall to -5 degrees, forecasters said.', null],
    ['a dash inside the sentence', '> It reopens, the mayor said\n> — if the weather holds.', 'It reopens, the mayor said — if the weather holds.', null],
    ['a number after a full stop', '> It will be cold.\n> -5 degrees at night.', 'It will be cold. -5 degrees at night.', null],
  ])('%s', (_case, quote, spoken, attribution) => {
    const a = article(markdown(quote), {}, 'bridge.md');
    expect(a.blocks.find((block) => block.type === 'pullquote')).toMatchObject({ quote: spoken, attribution });
  });
});
