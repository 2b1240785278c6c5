// The essentials box (spec §3.2): labels in four languages matched case-insensitively at the
// start of a block, items from the rest of the block, following single-sentence blocks and
// lists, at most 7, ended by a heading or a block of several sentences.
import { beforeAll, describe, expect, it } from 'vitest';
import { BOX_LABELS, FRONT_MATTER_LABELS, LINE_BOX_LABELS, MORE_BOX_LABELS, SUMMARY_LABELS, matchBoxLabel } from '../src/analyse/labels.js';
import { loadParser } from '../src/load.js';
import { article } from './helpers.js';

const LEAD = 'The council met on Monday evening. It decided to close the old bridge for good.';
const BODY = 'The bridge was built in 1932. It has been repaired four times since then.';

/** An article with a title, a lead, the given blocks and a closing body paragraph. */
function withBlocks(...blocks: string[]): string {
  return ['Bridge closed', LEAD, ...blocks, BODY].join('\n\n');
}

describe('labels', () => {
  it.each([
    ['De essentie', 'nl'],
    ['Essentie', 'nl'],
    ['In het kort', 'nl'],
    ['Kort samengevat', 'nl'],
    ['Samengevat', 'nl'],
    ['The essentials', 'en'],
    ['Essentials', 'en'],
    ['Key points', 'en'],
    ['In short', 'en'],
    ['At a glance', 'en'],
    ['TL;DR', 'en'],
    ['Summary', 'en'],
    ['Das Wichtigste in Kürze', 'de'],
    ['Das Wichtigste', 'de'],
    ['Auf einen Blick', 'de'],
    ['Kurz gesagt', 'de'],
    ["L'essentiel", 'fr'],
    ['L’essentiel', 'fr'],
    ['En bref', 'fr'],
    ['À retenir', 'fr'],
  ])('%s (%s) followed by a space, a colon or a line break', (label) => {
    const item = 'The bridge is closed.';
    expect(matchBoxLabel(`${label} ${item}`)).toEqual({ label, rest: item });
    expect(matchBoxLabel(`${label}: ${item}`)).toEqual({ label, rest: item });
    expect(matchBoxLabel(`${label}:${item}`)).toEqual({ label, rest: item });
    expect(matchBoxLabel(`${label} : ${item}`)).toEqual({ label, rest: item });
    expect(matchBoxLabel(label)).toEqual({ label, rest: '' });
    expect(matchBoxLabel(`${label}:`)).toEqual({ label, rest: '' });
    for (const dash of ['-', '–', '—']) expect(matchBoxLabel(`${label} ${dash} ${item}`)).toEqual({ label, rest: item });
    // A dash that ends the line separates too, as a colon there does: it is no item.
    for (const dash of ['-', '–', '—']) expect(matchBoxLabel(`${label} ${dash}`)).toEqual({ label, rest: '' });
  });

  it.each(Object.values(MORE_BOX_LABELS).flat())('%s (another language) opens the box alone on its line or before a colon', (label) => {
    const item = 'The bridge is closed.';
    expect(matchBoxLabel(label)).toEqual({ label, rest: '' });
    expect(matchBoxLabel(`${label}: ${item}`)).toEqual({ label, rest: item });
    expect(matchBoxLabel(`${label}：${item}`)).toEqual({ label, rest: item });
    // Followed by a space or a dash, it begins a sentence (`Kort fortalt er det…`, `Главное — не…`).
    expect(matchBoxLabel(`${label} ${item}`)).toBeNull();
    expect(matchBoxLabel(`${label} — ${item}`)).toBeNull();
  });

  it.each(Object.values(LINE_BOX_LABELS).flat())('%s (more of a spec language) opens the box only alone on its line, a colon after it or not', (label) => {
    const item = 'The bridge is closed.';
    expect(matchBoxLabel(label)).toEqual({ label, rest: '' });
    expect(matchBoxLabel(`${label}:`)).toEqual({ label, rest: '' });
    expect(matchBoxLabel(`${label} ：`)).toEqual({ label, rest: '' });
    // Before text, it opens a sentence (`Het belangrijkste: niemand raakte gewond.`), unless it
    // starts with a spec label, whose looser rule then opens the box (`Das Wichtigste auf…`).
    const spec = Object.values(BOX_LABELS).flat().find((short) => label.toLowerCase().startsWith(`${short.toLowerCase()} `));
    for (const text of [`${label}: ${item}`, `${label} ${item}`, `${label} — ${item}`]) {
      expect(matchBoxLabel(text)?.label ?? null).toBe(spec ?? null);
    }
  });

  it('no label of another language is also one of the spec’s (it would be matched by the looser rule)', () => {
    const spec = new Set(Object.values(BOX_LABELS).flat().map((label) => label.toLowerCase()));
    expect([...Object.values(MORE_BOX_LABELS), ...Object.values(LINE_BOX_LABELS)].flat().filter((label) => spec.has(label.toLowerCase()))).toEqual([]);
  });

  it.each([
    ['da', 'Kort fortalt\nRegeringen hæver afgiften på benzin.', 'Kort fortalt er det et dyrt forslag for familierne.'],
    ['es', 'En resumen:\nEl Gobierno sube el impuesto.', 'En resumen el Gobierno sube el impuesto a todos.'],
    ['ru', 'Главное\nПравительство повышает налог.', 'Главное — не сдаваться, сказал министр в среду.'],
    ['es', 'Las claves:\nEl Gobierno sube el impuesto.', 'Las claves del acuerdo se conocerán mañana.'],
    ['it', 'Punti chiave:\nIl governo alza la tassa.', 'Punti chiave della riforma saranno discussi domani.'],
    ['en', 'In brief\nThe council raises the tax.', 'In brief: the worst is over, forecasters say.'],
    ['de', 'Kurz und knapp:\nDer Rat erhöht die Steuer.', 'Kurz und knapp sagte der Bürgermeister, die Steuer steige.'],
    ['fr', 'Ce qu’il faut retenir\nLe conseil relève la taxe.', 'Ce qu’il faut retenir de cette réunion reste flou.'],
    ['fr', 'A retenir :\nLe conseil relève la taxe.', 'A retenir ses larmes, le maire a parlé longtemps.'],
    ['nl', 'Het belangrijkste\nDe raad verhoogt de belasting.', 'Het belangrijkste: niemand raakte gewond.'],
  ])('%s: a label line opens the box; the same words opening a sentence do not', (_language, box, sentence) => {
    const opened = article(withBlocks(box, 'A new one is planned.'));
    expect(opened.essentials?.source).toBe('box');
    expect(opened.essentials?.items).toEqual([box.split('\n')[1], 'A new one is planned.']);
    expect(article(withBlocks(sentence, 'A new one is planned.')).essentials?.source).not.toBe('box');
  });

  it.each([
    ['ru', 'Главное:\n— Стоимость составила 3,9 млрд руб.\n— Станция откроется в декабре.', ['Стоимость составила 3,9 млрд руб.', 'Станция откроется в декабре.']],
    ['pl', 'W skrócie:\n– Stacja kosztowała 3,9 mld zł.\n– Otwarcie planowane jest w grudniu.', ['Stacja kosztowała 3,9 mld zł.', 'Otwarcie planowane jest w grudniu.']],
  ])('%s: lines under a label that dashes start are its items', (_language, box, items) => {
    const a = article(withBlocks(box, 'Jedna nowa jest planowana.'));
    expect(a.essentials?.items.slice(0, 2)).toEqual(items);
  });

  it('dashes starting the lines of an ordinary paragraph make no list', () => {
    const a = article(withBlocks('Zapytałem go o to wczoraj.\n– Jestem zmęczony – odpowiedział.\n– Wrócę jutro – dodał.', 'Potem wyszedł.'));
    expect(a.blocks.some((block) => block.type === 'list')).toBe(false);
  });

  it('a Danish article without a box gets a summary labelled in Danish', () => {
    const danish = [
      'Regeringen vil hæve skatten på benzin',
      'Regeringen har i dag fremlagt et forslag, som skal hæve afgiften på benzin og diesel fra næste år. Ifølge ministeren er det nødvendigt for at nå klimamålene.',
      'Oppositionen kalder forslaget urimeligt for familier på landet, hvor mange er afhængige af bilen. Forslaget skal behandles efter sommerferien.',
    ].join('\n\n');
    const a = article(danish);
    expect(a.language).toBe('da');
    expect(a.essentials).toMatchObject({ label: 'Resumé', source: 'summary' });
  });

  it('every language with box labels has a front-matter and a summary label', () => {
    for (const language of [...Object.keys(BOX_LABELS), ...Object.keys(MORE_BOX_LABELS)]) {
      expect(FRONT_MATTER_LABELS[language], language).toBeDefined();
      expect(SUMMARY_LABELS[language], language).toBeDefined();
    }
  });

  it.each(Object.values(BOX_LABELS).flat())('%s opens the box in an article, before a line break', (label) => {
    const a = article(withBlocks(`${label}\nThe bridge is closed.`, 'A new one is planned.'));
    expect(a.essentials).toEqual({ label, source: 'box', items: ['The bridge is closed.', 'A new one is planned.'] });
  });

  it.each([
    ['KEY POINTS', 'KEY POINTS'],
    ['key points', 'key points'],
    ['tl;dr', 'tl;dr'],
    ['DAS WICHTIGSTE IN KÜRZE', 'DAS WICHTIGSTE IN KÜRZE'],
    ['à retenir', 'à retenir'],
    ['l’ESSENTIEL', 'l’ESSENTIEL'],
  ])('is case-insensitive: %s', (written, label) => {
    expect(matchBoxLabel(`${written}: the bridge is closed.`)).toEqual({ label, rest: 'the bridge is closed.' });
  });

  it.each([
    ['a no-break space', 'In\u00a0het kort: De brug gaat dicht.', 'In het kort'],
    ['a narrow no-break space', 'Auf\u202feinen Blick: Die Brücke ist zu.', 'Auf einen Blick'],
    ['tabs', 'Key\tpoints:\tThe bridge closes.', 'Key points'],
  ])('a label with %s inside matches, written with a plain space', (_case, text, label) => {
    expect(matchBoxLabel(text)?.label).toBe(label);
    const a = article(withBlocks(text));
    expect(a.essentials?.source).toBe('box');
    expect(a.essentials?.label).toBe(label);
    expect(a.essentials?.items).toHaveLength(1);
  });

  it('the longest label wins', () => {
    expect(matchBoxLabel('Das Wichtigste in Kürze: Die Brücke ist zu.')?.label).toBe('Das Wichtigste in Kürze');
    expect(matchBoxLabel('Kort samengevat: de brug is dicht.')?.label).toBe('Kort samengevat');
  });

  it.each([
    ['a comma after the label', 'In short, the bridge is closed.'],
    ['a letter after the label', 'Summaryx of the day'],
    ['a longer word', 'Essentially the bridge is closed.'],
    ['the label not at the start', 'The key points are these.'],
    ['a period after the label', 'Summary. The bridge is closed.'],
  ])('no label with %s', (_case, text) => {
    expect(matchBoxLabel(text)).toBeNull();
  });
});

describe('the box in an article', () => {
  it('the rest of the label block is the first item, following one-sentence blocks the next', () => {
    const a = article(withBlocks('In het kort De brug gaat dicht.', 'Er komt een nieuwe brug.', 'Die is klaar in 2030.'));
    expect(a.essentials).toEqual({
      label: 'In het kort',
      source: 'box',
      items: ['De brug gaat dicht.', 'Er komt een nieuwe brug.', 'Die is klaar in 2030.'],
    });
  });

  it('a label with a colon', () => {
    expect(article(withBlocks('TL;DR: The bridge is closed.', 'A new one is planned.')).essentials?.items).toEqual([
      'The bridge is closed.',
      'A new one is planned.',
    ]);
  });

  it('a label on a line of its own, the item on the next line of the same block', () => {
    const a = article(withBlocks('Das Wichtigste in Kürze\nDie Brücke bleibt geschlossen.', 'Eine neue Brücke kommt.'));
    expect(a.essentials?.label).toBe('Das Wichtigste in Kürze');
    expect(a.essentials?.items).toEqual(['Die Brücke bleibt geschlossen.', 'Eine neue Brücke kommt.']);
  });

  it.each([["L'essentiel"], ['L’essentiel'], ['À retenir']])('%s in a French article', (label) => {
    const a = article(
      [
        'Le pont est fermé',
        'Le conseil s’est réuni lundi soir. Il a décidé de fermer le vieux pont pour de bon.',
        `${label}\n- Le pont est fermé\n- Un nouveau pont est prévu`,
        'Le pont a été construit en 1932. Il a été réparé quatre fois depuis.',
      ].join('\n\n'),
    );
    expect(a.essentials).toEqual({ label, source: 'box', items: ['Le pont est fermé', 'Un nouveau pont est prévu'] });
  });

  it('a label alone opens the box; the following blocks are the items', () => {
    const a = article(withBlocks('Key points', 'The bridge is closed.', 'A new one is planned.'));
    expect(a.essentials?.items).toEqual(['The bridge is closed.', 'A new one is planned.']);
    expect(a.headings).toEqual([]);
  });

  it.each([
    ['a label alone, then a block of several sentences', 'heading', ['Key points', BODY]],
    ['a label alone, then a heading', 'heading', ['Summary', 'What comes next', BODY]],
    ['a label with a colon, then a block of several sentences', 'paragraph', ['Key points:', BODY]],
    ['a label alone at the end', 'paragraph', ['Samengevat:']],
  ])('%s opens no empty box: the label block is a %s', (_case, type, blocks) => {
    const a = article(withBlocks(...blocks));
    expect(a.blocks.some((b) => b.type === 'essentials')).toBe(false);
    expect(a.essentials?.source).toBe('summary');
    expect(a.blocks[2]?.type).toBe(type);
  });

  it('after a label that held nothing, a later label still opens the box', () => {
    const a = article(withBlocks('Key points', BODY, 'In short: The bridge is closed.'));
    expect(a.essentials).toEqual({ label: 'In short', source: 'box', items: ['The bridge is closed.'] });
  });

  it('“In short,” with a comma opens no box', () => {
    const a = article(withBlocks('In short, the bridge is closed.'));
    expect(a.blocks.some((b) => b.type === 'essentials')).toBe(false);
    expect(a.essentials?.source).toBe('summary');
  });

  it('the label is matched at the start of a block only', () => {
    const a = article(withBlocks('Here are the key points: the bridge is closed.'));
    expect(a.blocks.some((b) => b.type === 'essentials')).toBe(false);
  });

  it('the label block is one block of the file; its items are not blocks of their own', () => {
    const a = article(withBlocks('Key points', 'The bridge is closed.', 'A new one is planned.'));
    expect(a.blocks.map((b) => [b.type, b.block])).toEqual([
      ['title', 1],
      ['lead', 2],
      ['essentials', 3],
      ['paragraph', 6],
    ]);
  });
});

describe('list boxes', () => {
  it('label then a list in the same block', () => {
    const a = article(withBlocks('Key points\n- The bridge is closed\n- A new one is planned\n- It opens in 2030'));
    expect(a.essentials?.items).toEqual(['The bridge is closed', 'A new one is planned', 'It opens in 2030']);
  });

  it.each([
    ['text', 'Key points —\n- The bridge is closed\n- A new one is planned', ['The bridge is closed', 'A new one is planned']],
    ['text', 'Key points -\nThe bridge is closed.\n- A new one is planned', ['The bridge is closed.', 'A new one is planned']],
    ['Markdown', '## Key points —\n\n- The bridge is closed\n- A new one is planned', ['The bridge is closed', 'A new one is planned']],
  ])('a dash that ends the label line is no item and no part of one (%s): %j', async (format, block, items) => {
    await loadParser('markdown');
    const a = article(withBlocks(block), {}, format === 'Markdown' ? 'box.md' : 'box.txt');
    expect(a.essentials).toEqual({ label: 'Key points', source: 'box', items });
  });

  it.each([
    ['a sentence', 'TL;DR: the budget passed.\n* Taxes rise by 2 %.\n* Libraries stay open.'],
    ['words without punctuation', 'TL;DR: the budget passed\n* Taxes rise by 2 %.\n* Libraries stay open.'],
  ])('text after the label, then a list in the same block: %s, then one item per entry', (_case, block) => {
    const a = article(withBlocks(block));
    expect(a.essentials?.items).toEqual([block.split('\n')[0]!.slice('TL;DR: '.length), 'Taxes rise by 2 %.', 'Libraries stay open.']);
    expect(a.blocks.filter((b) => b.block === 3)).toHaveLength(1);
  });

  it('the list under a label’s text keeps all its entries, even past 7', () => {
    const entries = Array.from({ length: 8 }, (_, i) => `- Point ${i + 1}`);
    const a = article(withBlocks(['Key points: the budget passed.', ...entries].join('\n')));
    expect(a.essentials?.items).toHaveLength(9);
  });

  it.each([
    ['on the label line', 'Key points'],
    ['after text on the label line', 'Key points: the budget passed.'],
  ])('a label followed by a 200,000-entry list (%s) takes every entry', (_case, labelLine) => {
    const entries = Array.from({ length: 200_000 }, (_, i) => `- Point ${i + 1}`);
    const a = article(withBlocks([labelLine, ...entries].join('\n')));
    expect(a.essentials?.items.at(-1)).toBe('Point 200000');
    expect(a.essentials?.items.length).toBe(labelLine === 'Key points' ? 200_000 : 200_001);
  }, 60_000);

  it('label with a colon then a numbered list in the same block', () => {
    const a = article(withBlocks('Auf einen Blick:\n1. Die Brücke ist zu\n2) Eine neue kommt'));
    expect(a.essentials?.items).toEqual(['Die Brücke ist zu', 'Eine neue kommt']);
  });

  it('a list entry continued on an unmarked line', () => {
    const a = article(withBlocks('Key points\n- The bridge is closed\n  for good\n- A new one is planned'));
    expect(a.essentials?.items).toEqual(['The bridge is closed for good', 'A new one is planned']);
  });

  it('label block, then a list block', () => {
    const a = article(withBlocks('Key points:', '• The bridge is closed\n• A new one is planned'));
    expect(a.essentials?.items).toEqual(['The bridge is closed', 'A new one is planned']);
  });

  it('label block, then sentences and a list block', () => {
    const a = article(withBlocks('Key points', 'The bridge is closed.', '* A new one is planned\n* It opens in 2030'));
    expect(a.essentials?.items).toEqual(['The bridge is closed.', 'A new one is planned', 'It opens in 2030']);
  });

  it('at most 7 items: an eighth one-sentence block is no longer in the box', () => {
    const items = ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.', 'Seven.', 'Eight.'];
    const a = article(withBlocks('Key points', ...items));
    expect(a.essentials?.items).toEqual(items.slice(0, 7));
    expect(a.blocks.find((b) => b.type === 'paragraph' && b.text === 'Eight.')).toBeDefined();
  });

  it('at most 7 items: a list block that would pass 7 stays out of the box whole', () => {
    const a = article(withBlocks('Key points', 'One.', 'Two.', 'Three.', 'Four.', 'Five.', '- Six\n- Seven\n- Eight'));
    expect(a.essentials?.items).toEqual(['One.', 'Two.', 'Three.', 'Four.', 'Five.']);
    expect(a.blocks.find((b) => b.type === 'list')).toMatchObject({ items: ['Six', 'Seven', 'Eight'] });
  });

  it('the box is ended by a heading', () => {
    const a = article(withBlocks('Key points', 'The bridge is closed.', 'What comes next', 'A new one is planned.'));
    expect(a.essentials?.items).toEqual(['The bridge is closed.']);
    expect(a.headings).toEqual(['What comes next']);
  });

  it.each([
    ['a subheading over numbered items', 'Wat verandert er\n1. Tickets vanaf april.\n2. Prijzen blijven gelijk.'],
    ['a sentence over its list', 'Works go on:\n- on the deck\n- on the railings'],
    ['a subheading over dash items in lower case', 'What changes for cyclists\n- bikes ride free.\n- racks are added.'],
  ])('the box is ended by a block of prose over a list: %s', (_case, block) => {
    const a = article(withBlocks('Key points\n- The bridge closes in May.\n- Ferries run every hour.', block));
    expect(a.essentials?.items).toEqual(['The bridge closes in May.', 'Ferries run every hour.']);
    expect(a.blocks.find((b) => b.type === 'list' && b.block === 4)).toBeDefined();
  });

  it.each([
    ['a sentence over its list', 'The bridge closes in May.\n- Ferries run every hour.\n- Buses replace the trams.', ['The bridge closes in May.', 'Ferries run every hour.', 'Buses replace the trams.']],
    ['a subheading over its list', 'What changes\n- Ferries run every hour\n- Buses replace the trams', ['What changes', 'Ferries run every hour', 'Buses replace the trams']],
  ])('under a label alone in its block, %s gives the items', (_case, block, items) => {
    const a = article(withBlocks('Key points', block, 'Cyclists are angry. The detour is long.'));
    expect(a.essentials?.items).toEqual(items);
  });

  it('under a label alone in its block, a subheading over a list too long for the box stays a heading with its list', () => {
    const block = 'What changes\n- One\n- Two\n- Three\n- Four\n- Five\n- Six\n- Seven';
    const a = article(withBlocks('Key points', block, 'Cyclists are angry. The detour is long.'));
    expect(a.essentials?.source).not.toBe('box');
    expect(a.headings).toEqual(['Key points', 'What changes']);
    expect(a.blocks.find((b) => b.type === 'list')).toMatchObject({ items: ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven'] });
  });

  it('the box is ended by a block of several sentences', () => {
    const a = article(withBlocks('Key points', 'The bridge is closed.', 'A new one is planned. It opens in 2030.', 'Cars must drive round.'));
    expect(a.essentials?.items).toEqual(['The bridge is closed.']);
    expect(a.blocks.some((b) => b.type === 'paragraph' && b.text === 'Cars must drive round.')).toBe(true);
  });

  it('a second label later in the article opens no second box', () => {
    const a = article(withBlocks('Key points: The bridge is closed.', 'The repairs took years. They cost a fortune.', 'Summary: it is over.'));
    expect(a.blocks.filter((b) => b.type === 'essentials')).toHaveLength(1);
  });

  it('the box label and items are counted as essentials, the label as no sentence', () => {
    const a = article(withBlocks('Key points\n- The bridge is closed\n- A new one is planned'));
    expect(a.counts.parts.essentials).toBe(2 + 4 + 5);
  });
});

describe('a German box whose items hold ordinals (`zum 25. Mal`)', () => {
  const items = ['Das Fest beginnt am Freitag um 18 Uhr.', 'Es findet zum 25. Mal statt.', 'Der Eintritt bleibt frei.'];
  const lead = 'Die Stadt feiert am Wochenende ihr Hafenfest. Es ist das größte Fest des Jahres in der Region.';
  const body = 'Die Veranstalter erwarten mehr als zehntausend Gäste. Der Bürgermeister eröffnet das Fest am Freitagabend.';
  beforeAll(() => loadParser('markdown'));

  it.each([
    ['plain text', 'fest.txt', ['Hafenfest in der Altstadt', lead, 'Das Wichtigste', ...items, body].join('\n\n')],
    ['Markdown', 'fest.md', ['# Hafenfest in der Altstadt', lead, '## Das Wichtigste', ...items, body].join('\n\n')],
  ])('in %s takes every item: an ordinal ends no sentence in German', (_format, name, text) => {
    const found = article(text, {}, name);
    expect(found.language).toBe('de');
    expect(found.essentials).toEqual({ label: 'Das Wichtigste', source: 'box', items });
  });
});

describe('a Markdown paragraph of the label alone opens the box, as a heading does', () => {
  const lead = 'Die neue Stadtbibliothek öffnet am Samstag ihre Türen für alle Bürger der Stadt.';
  const body = 'Der Bau hat drei Jahre gedauert. Er kostete vierzig Millionen Euro.';
  const items = ['Die Bibliothek hat 200.000 Bücher.', 'Sie ist bis Mitternacht geöffnet.'];
  beforeAll(() => loadParser('markdown'));

  it.each([
    ['bold, with a colon, over a list', '**Das Wichtigste:**', items.map((item) => `- ${item}`).join('\n')],
    ['plain, over a list', 'Das Wichtigste', items.map((item) => `- ${item}`).join('\n')],
    ['emphasised, over single sentences', '*Das Wichtigste*', items.join('\n\n')],
  ])('%s', (_case, label, under) => {
    const found = article(['# Stadtbibliothek öffnet', lead, label, under, body].join('\n\n'), {}, 'bib.md');
    expect(found.essentials).toEqual({ label: 'Das Wichtigste', source: 'box', items });
    expect(found.lead).toBe(lead);
  });

  it('not an image whose alternative text is a label', () => {
    const found = article(['# Stadtbibliothek öffnet', lead, '![Das Wichtigste](chart.png)', items.map((item) => `- ${item}`).join('\n'), body].join('\n\n'), {}, 'bib.md');
    expect(found.essentials?.source).not.toBe('box');
    expect(found.blocks.some((block) => block.type === 'paragraph' && block.text === 'Das Wichtigste')).toBe(true);
  });

  it.each([
    ['a label that begins a sentence', 'Das Wichtigste ist, dass die Bibliothek lange geöffnet hat.'],
    ['a label with nothing under it', '**Das Wichtigste:**'],
  ])('not %s', (_case, paragraph) => {
    const found = article(['# Stadtbibliothek öffnet', lead, paragraph, body].join('\n\n'), {}, 'bib.md');
    expect(found.essentials?.source).not.toBe('box');
  });
});
