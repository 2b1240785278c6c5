// Language detection (ISO 639-1 or `und`) and front matter (spec §2: title, lang, essentials;
// front matter wins; invalid YAML warns and does not crash).
import { describe, expect, it } from 'vitest';
import { detectLanguage, UNDETERMINED } from '../src/analyse/language.js';
import { splitFrontMatter } from '../src/parse/frontmatter.js';
import { article, warningsOf } from './helpers.js';

const PARAGRAPHS: Record<string, string> = {
  nl: 'De gemeenteraad heeft gisteren besloten dat de oude brug over de rivier wordt gesloten. Volgens de wethouder is de brug niet meer veilig voor fietsers en voetgangers.',
  en: 'The city council decided yesterday that the old bridge over the river will be closed. According to the alderman the bridge is no longer safe for cyclists and pedestrians.',
  de: 'Der Stadtrat hat gestern beschlossen, dass die alte Brücke über den Fluss geschlossen wird. Laut dem Stadtrat ist die Brücke für Radfahrer und Fußgänger nicht mehr sicher.',
  fr: 'Le conseil municipal a décidé hier que le vieux pont sur la rivière sera fermé. Selon l’adjoint au maire, le pont n’est plus sûr pour les cyclistes et les piétons.',
};

describe('detecting the language', () => {
  it.each(Object.entries(PARAGRAPHS))('%s paragraph', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each([
    ['nl', 'Het is de tijd van het jaar.'],
    ['en', 'It is the time of the year.'],
    ['de', 'Das ist die Zeit des Jahres.'],
    ['fr', 'C’est le moment de l’année.'],
  ])('short %s text, decided by stop words', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each(['', '   ', '12345 678', '— … —', 'xyzzy'])('%j is undetermined', (text) => {
    expect(detectLanguage(text)).toBe(UNDETERMINED);
  });

  it('an article’s language comes from its text', () => {
    for (const [language, text] of Object.entries(PARAGRAPHS)) {
      expect(article(`A title\n\n${text}\n\n${text}`).language).toBe(language);
    }
  });
});

describe('front matter', () => {
  const fm = (yaml: string, body = PARAGRAPHS.en): string => `---\n${yaml}\n---\n${body}`;

  it('title, author, date, source, lang and essentials are read', () => {
    const split = splitFrontMatter(
      fm('title: Bridge closed\nauthor: Anna Berg\ndate: 2024-03-01\nsource: The Daily\nlang: NL\nessentials:\n  - One\n  - Two'),
    );
    expect(split.frontMatter).toEqual({
      title: 'Bridge closed',
      author: 'Anna Berg',
      date: '2024-03-01',
      source: 'The Daily',
      lang: 'nl',
      essentials: ['One', 'Two'],
    });
    expect(split.body).toBe(PARAGRAPHS.en);
    expect(split.warning).toBeNull();
  });

  it('the title of front matter wins over the first block', () => {
    const a = article(fm('title: Bridge closed for good', `Another title\n\n${PARAGRAPHS.en}\n\nMore text here. And more.`));
    expect(a.title).toBe('Bridge closed for good');
  });

  it('a first block equal to the front matter’s title is that title, counted once', () => {
    const a = article(fm('title: Bridge closed', `Bridge closed\n\n${PARAGRAPHS.en}`));
    expect(a.title).toBe('Bridge closed');
    expect(a.blocks[0]).toMatchObject({ type: 'title' });
    expect(a.counts.parts.title).toBe(2);
  });

  it('lang wins over detection', () => {
    expect(article(fm('lang: de')).language).toBe('de');
    expect(article(fm('lang: fr-BE')).language).toBe('fr');
  });

  it('lang chooses the stop words of the paraphrase rule', () => {
    // In German „die“ and „der“ are stop words; read as English they are content words.
    const body = [
      'Die Brücke über den Fluss ist seit Montag geschlossen, sagte der Bürgermeister der Stadt am Dienstag.',
      'Die Brücke ist geschlossen.',
      'Die Bauarbeiten dauern noch mindestens zwei Jahre. Danach soll eine neue Brücke entstehen.',
    ].join('\n\n');
    expect(article(fm('lang: de', `Eine Brücke zu\n\n${body}`)).pullQuotes).toEqual(['Die Brücke ist geschlossen.']);
  });

  it('essentials from front matter win over the box, with the source front-matter', () => {
    const a = article(fm('lang: en\nessentials:\n  - The bridge is closed\n  - A new one is planned', `${PARAGRAPHS.en}\n\nKey points: Something else.`));
    expect(a.essentials).toEqual({
      label: 'Key points',
      source: 'front-matter',
      items: ['The bridge is closed', 'A new one is planned'],
    });
  });

  it('the front-matter label is in the article’s language', () => {
    const a = article(fm('lang: nl\nessentials: [Eén, Twee]', PARAGRAPHS.nl));
    expect(a.essentials).toMatchObject({ label: 'De essentie', source: 'front-matter', items: ['Eén', 'Twee'] });
  });

  it('block numbers count from the first block after the front matter', () => {
    const a = article(fm('title: Bridge', `${PARAGRAPHS.en}\n\nSecond block. With two sentences.`));
    expect(a.blocks.map((b) => b.block)).toEqual([1, 2]);
  });

  it('no front matter when the file does not start with ---', () => {
    expect(splitFrontMatter(`\n---\ntitle: x\n---\n${PARAGRAPHS.en}`).frontMatter).toBeNull();
  });

  it('invalid YAML gives a warning, not a crash, and the text is read', () => {
    const text = fm('title: [unclosed\nlang: de');
    expect(() => article(text)).not.toThrow();
    const warnings = warningsOf(text);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^'test\.txt': front matter is not valid YAML/);
    expect(warnings[0]).not.toContain('\n');
    expect(article(text).language).toBe('en');
  });

  it('invalid YAML reaches stderr as one warning line through the CLI', async () => {
    const { cli } = await import('./helpers.js');
    const r = await cli(['count', '-'], { stdin: fm('title: [unclosed') });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^article: warning: '-': front matter is not valid YAML[^\n]*\n$/);
  });

  it('a text between two rules that is no YAML mapping is kept as text', () => {
    const text = `---\nThe bridge is closed, the council said on Monday.\n---\n${PARAGRAPHS.en}`;
    const a = article(text);
    expect(warningsOf(text)).toEqual([]);
    expect(a.blocks.map((b) => b.type === 'lead' && b.text)).toContainEqual(expect.stringContaining('The bridge is closed'));
  });
});

describe('language of mixed scripts', () => {
  it('is the main script’s language when an English paragraph stands in a Japanese article', () => {
    const japanese = '東京都は月曜日、すべての家庭の税金を引き下げることを決めた。長い交渉の末の決定で、野党は何週間も減税を求めていた。'.repeat(4);
    const english = 'The government said on Monday that it would cut the taxes of all the families in the country.';
    expect(detectLanguage(`${japanese}\n\n${english}\n\n${japanese}`)).toBe('ja');
  });
});
