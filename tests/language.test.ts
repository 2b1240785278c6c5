// Language detection (ISO 639-1 or `und`) and front matter (spec §2: title, lang, essentials;
// front matter wins; invalid YAML warns and does not crash).
import { describe, expect, it } from 'vitest';
import { detectLanguage, UNDETERMINED } from '../src/analyse/language.js';
import { stopWords } from '../src/analyse/stopwords.js';
import { splitFrontMatter } from '../src/parse/frontmatter.js';
import { article, warningsOf } from './helpers.js';

const PARAGRAPHS: Record<string, string> = {
  nl: 'De gemeenteraad heeft gisteren besloten dat de oude brug over de rivier wordt gesloten. Volgens de wethouder is de brug niet meer veilig voor fietsers en voetgangers.',
  en: 'The city council decided yesterday that the old bridge over the river will be closed. According to the alderman the bridge is no longer safe for cyclists and pedestrians.',
  de: 'Der Stadtrat hat gestern beschlossen, dass die alte Brücke über den Fluss geschlossen wird. Laut dem Stadtrat ist die Brücke für Radfahrer und Fußgänger nicht mehr sicher.',
  fr: 'Le conseil municipal a décidé hier que le vieux pont sur la rivière sera fermé. Selon l’adjoint au maire, le pont n’est plus sûr pour les cyclistes et les piétons.',
};

const NEIGHBOURS: Record<string, string> = {
  ca: "El Govern ha presentat avui una proposta per apujar l'impost sobre la gasolina i el gasoil a partir de l'any vinent. Segons el conseller d'Economia, la mesura és necessària per complir els objectius climàtics, però l'oposició la considera injusta per a les famílies del món rural.",
  gl: "O Goberno presentou hoxe unha proposta para subir o imposto sobre a gasolina e o gasóleo a partir do ano que vén. Segundo o conselleiro de Facenda, a medida é necesaria para cumprir os obxectivos climáticos, pero a oposición considéraa inxusta para as familias do rural.",
  sk: "Vláda dnes predložila návrh na zvýšenie dane z benzínu a nafty od budúceho roka. Podľa ministra financií je to nevyhnutné na splnenie klimatických cieľov, ale opozícia považuje návrh za nespravodlivý voči rodinám na vidieku.",
  sl: "Vlada je danes predstavila predlog za zvišanje davka na bencin in dizel od prihodnjega leta. Po besedah finančnega ministra je to nujno za doseganje podnebnih ciljev, vendar opozicija meni, da je predlog nepravičen do družin na podeželju.",
  hr: "Vlada je danas predstavila prijedlog povećanja poreza na benzin i dizel od sljedeće godine. Prema riječima ministra financija, to je nužno za postizanje klimatskih ciljeva, ali oporba smatra da je prijedlog nepravedan prema obiteljima na selu.",
  fi: "Hallitus esitteli tänään ehdotuksen bensiinin ja dieselin veron korottamisesta ensi vuodesta alkaen. Valtiovarainministerin mukaan se on välttämätöntä ilmastotavoitteiden saavuttamiseksi, mutta oppositio pitää ehdotusta epäreiluna maaseudun perheitä kohtaan.",
  et: "Valitsus esitas täna ettepaneku tõsta bensiini ja diislikütuse maksu alates järgmisest aastast. Rahandusministri sõnul on see vajalik kliimaeesmärkide saavutamiseks, kuid opositsioon peab ettepanekut maapiirkondade perede suhtes ebaõiglaseks.",
  id: "Pemerintah hari ini mengajukan usulan untuk menaikkan pajak bensin dan solar mulai tahun depan. Menurut menteri keuangan, langkah itu diperlukan untuk mencapai target iklim, tetapi pihak oposisi menilai usulan tersebut tidak adil bagi keluarga di pedesaan.",
  he: "הממשלה הציגה היום הצעה להעלות את המס על בנזין וסולר החל מהשנה הבאה. לדברי שר האוצר, הצעד נחוץ כדי לעמוד ביעדי האקלים, אך האופוזיציה טוענת שההצעה אינה הוגנת כלפי משפחות בפריפריה.",
  da: "Regeringen har i dag fremlagt et forslag, som skal hæve afgiften på benzin og diesel med to kroner per liter fra næste år. Ifølge finansministeren er det nødvendigt for at nå klimamålene, men oppositionen kalder forslaget urimeligt for familier på landet.",
  nb: "Regjeringen la i dag fram et forslag som skal øke avgiften på bensin og diesel med to kroner per liter fra neste år. Ifølge finansministeren er det nødvendig for å nå klimamålene, men opposisjonen kaller forslaget urimelig for familier på bygda.",
  sv: "Regeringen lade i dag fram ett förslag som ska höja skatten på bensin och diesel med två kronor per liter från nästa år. Enligt finansministern är det nödvändigt för att nå klimatmålen, men oppositionen kallar förslaget orimligt för familjer på landsbygden.",
  af: "Die regering het vandag 'n voorstel ingedien wat die heffing op petrol en diesel met twee rand per liter van volgende jaar af sal verhoog. Volgens die minister van finansies is dit nodig om die klimaatdoelwitte te haal, maar die opposisie sê die voorstel is onregverdig teenoor gesinne op die platteland.",
};

describe('detecting the language', () => {
  it.each(Object.entries(PARAGRAPHS))('%s paragraph', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  // Languages franc-min does not know (Danish, Norwegian, Afrikaans, Catalan, Hebrew…) and
  // neighbours whose stop words overlap: each was read as another language before.
  it.each(Object.entries(NEIGHBOURS))('%s paragraph, beside its neighbours', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  // Stop-word lists carry one- and two-letter entries (English `a`, `ad`, `ae`…): in a
  // sentence or two they outweigh the language, so trigrams decide there.
  it.each([
    ['Norwegian', ['nb', 'nn'], 'Regjeringen la i dag fram et forslag om bensin. Vi kan ikke fortsette slik, sier ministeren til avisen.'],
    ['Slovene', ['sl', 'hr'], 'Vlada je danes predstavila predlog za zvišanje davka na bencin in dizel od prihodnjega leta. Po besedah finančnega ministra je to nujno za d'],
  ])('two sentences of %s are not read as English', (_name, family, text) => {
    expect(family).toContain(detectLanguage(text));
  });

  it('Norwegian Bokmål and Nynorsk use the Norwegian stop words', () => {
    expect(stopWords('nb').has('ikke')).toBe(true);
    expect(stopWords('nn')).toBe(stopWords('nb'));
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
    expect(split.warnings).toEqual([]);
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
