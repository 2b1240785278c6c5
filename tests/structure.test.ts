// Title, headings, lead and sections of plain text (spec §2, §3.1, §3.3, §3.4, §3.6).
import { describe, expect, it } from 'vitest';
import { article } from './helpers.js';
import { listItems } from '../src/parse/blocks.js';

const PARA = 'The council met on Monday evening. It decided to close the old bridge for good.';
const MORE = 'The bridge was built in 1932. It has been repaired four times since then.';
const words = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('the title', () => {
  it.each([
    ['a short line', 'Bridge closed for good'],
    ['15 words', words(15)],
    ['a comma inside', 'Bridge closed, council says'],
    ['a question mark inside', 'Why? The bridge story'],
    ['a closing quote without a period', 'Mayor: “We will rebuild”'],
    ['a heading-like ending with a dash', 'Bridge closed —'],
  ])('is the first block when it is %s', (_case, title) => {
    const a = article([title, PARA, MORE].join('\n\n'));
    expect(a.title).toBe(title);
    expect(a.blocks[0]).toEqual({ type: 'title', text: title, block: 1 });
    expect(a.lead).toBe(PARA);
  });

  it.each([
    ['16 words', words(16)],
    ['a final period', 'The bridge is closed.'],
    ['a final exclamation mark', 'The bridge is closed!'],
    ['a final question mark', 'Is the bridge closed?'],
    ['a final ellipsis', 'The bridge is closed…'],
    ['a final colon', 'The bridge is closed:'],
    ['a closing quote after a period', '“The bridge is closed.”'],
    ['a closing guillemet after a period', '»Die Brücke ist zu.«'],
    ['a German closing quote after a period', 'Der Bürgermeister: „Die Brücke ist zu.“'],
    ['a final full-width colon', '市の発表：'],
    ['a spaced French guillemet after a period', '« Le pont est fermé. »'],
    ['a final ideographic full stop', '东京的地铁今天恢复运行。'],
    ['a final full-width question mark', '地铁今天恢复运行吗？'],
    ['a final full-width exclamation mark', '地铁恢复运行了！'],
    ['a closing corner bracket after a full stop', '「地铁恢复运行了。」'],
    ['two lines', 'Bridge closed\nfor good'],
    ['a list', '- Bridge closed'],
  ])('is not the first block when it has %s', (_case, first) => {
    const a = article([first, PARA, MORE].join('\n\n'));
    expect(a.title).toBeNull();
    expect(a.blocks[0]?.type).not.toBe('title');
  });

  it('an article whose first block is prose has no title and that block is the lead', () => {
    const a = article([PARA, MORE].join('\n\n'));
    expect(a.title).toBeNull();
    expect(a.lead).toBe(PARA);
  });

  it('only the first block can be the title', () => {
    const a = article([PARA, 'Bridge closed for good', MORE].join('\n\n'));
    expect(a.title).toBeNull();
    expect(a.headings).toEqual(['Bridge closed for good']);
  });

  it('a separator line before the title does not hide it', () => {
    const a = article(['Bridge closed', '***', PARA, MORE].join('\n\n'));
    expect(a.title).toBe('Bridge closed');
  });
});

describe('headings', () => {
  it.each([
    ['a word', 'Wraak'],
    ['10 words', words(10)],
    ['a leading digit', '2030 and beyond'],
    ['an inner comma', 'Money, time and patience'],
    ['a final dash', 'What next —'],
    ['a final bracket', 'The plan (part two)'],
  ])('a one-line block of %s followed by a block is a heading', (_case, heading) => {
    const a = article(['Bridge closed', PARA, heading, MORE].join('\n\n'));
    expect(a.headings).toEqual([heading]);
    expect(a.blocks[2]).toEqual({ type: 'heading', text: heading, level: 2, block: 3 });
  });

  it.each([
    ['11 words', words(11)],
    ['a final period', 'What comes next.'],
    ['a final comma', 'What comes next,'],
    ['a final semicolon', 'What comes next;'],
    ['a final colon', 'What comes next:'],
    ['a final exclamation mark', 'What comes next!'],
    ['a final question mark', 'What comes next?'],
    ['a final ellipsis', 'What comes next…'],
    ['a final quote mark', 'The mayor says “next”'],
    ['a final straight quote', "The mayor says 'next'"],
    ['a final guillemet', 'Le maire dit « ensuite »'],
    ['a leading quote mark', '“Next” says the mayor'],
    ['a leading dash', '— What comes next'],
    ['a final ideographic full stop', '乘客很多。'],
    ['a final full-width question mark', '乘客多吗？'],
    ['a final full-width exclamation mark', '乘客很多！'],
    ['a final full-width period', '乗客が多い．'],
    ['a final corner bracket', '「乗客が多い」'],
    ['two lines', 'What comes\nnext'],
  ])('a block with %s is no heading', (_case, text) => {
    const a = article(['Bridge closed', PARA, text, MORE].join('\n\n'));
    expect(a.headings).toEqual([]);
  });

  it('a heading-shaped last block is no heading (nothing follows it)', () => {
    const a = article(['Bridge closed', PARA, MORE, 'Read more'].join('\n\n'));
    expect(a.headings).toEqual([]);
    expect(a.blocks.at(-1)?.type).toBe('paragraph');
  });

  it('a heading-shaped block followed only by a separator is no heading', () => {
    const a = article(['Bridge closed', PARA, MORE, 'The end', '* * *'].join('\n\n'));
    expect(a.headings).toEqual([]);
  });
});

describe('lead and sections', () => {
  it('the lead is the first prose block after the title and the box', () => {
    const a = article(['Bridge closed', 'Key points: The bridge is closed.', PARA, MORE].join('\n\n'));
    expect(a.lead).toBe(PARA);
  });

  it('a heading before the first prose block does not stop it being the lead', () => {
    const a = article(['Bridge closed', 'Monday night', PARA, MORE].join('\n\n'));
    expect(a.headings).toEqual(['Monday night']);
    expect(a.lead).toBe(PARA);
  });

  it('a list is never the lead', () => {
    const a = article(['Bridge closed', '- one\n- two', PARA, MORE].join('\n\n'));
    expect(a.lead).toBe(PARA);
  });

  it('body paragraphs go in the section of the heading above them', () => {
    const a = article(['Bridge closed', PARA, MORE, 'History', 'It was built by the city.', '- Item one\n- Item two', 'Next steps', 'A new bridge is planned for 2030 or later.'].join('\n\n'));
    expect(a.sections).toEqual([
      { heading: null, paragraphBlocks: [3] },
      { heading: 'History', paragraphBlocks: [5, 6] },
      { heading: 'Next steps', paragraphBlocks: [8] },
    ]);
  });

  it('soft line breaks inside a block join with a space', () => {
    const a = article(['Bridge closed', 'The council met\non Monday evening.\nIt decided.', MORE].join('\n\n'));
    expect(a.lead).toBe('The council met on Monday evening. It decided.');
  });

  it('a line of spaces separates blocks; several blank lines are one separator', () => {
    const a = article(`Bridge closed\n   \n${PARA}\n\n\n\n${MORE}`);
    expect(a.blocks.map((b) => [b.type, b.block])).toEqual([
      ['title', 1],
      ['lead', 2],
      ['paragraph', 3],
    ]);
  });

  it('lists: every marker of §2', () => {
    const a = article(['Bridge closed', PARA, '- a\n* b\n• c\n1. d\n2) e', MORE].join('\n\n'));
    expect(a.blocks[2]).toMatchObject({ type: 'list', items: ['a', 'b', 'c', 'd', 'e'] });
  });

  it('the Japanese bullet ・ marks a list item, with or without a space after it; a lead-in may end in ：', () => {
    const a = article(['橋が閉鎖', PARA, '市の発表：\n・橋は閉鎖された\n・ 新しい橋を計画', MORE].join('\n\n'));
    expect(a.blocks.slice(2, 4)).toEqual([
      { type: 'paragraph', text: '市の発表：', block: 3 },
      { type: 'list', ordered: false, items: ['橋は閉鎖された', '新しい橋を計画'], block: 3 },
    ]);
    // Several make an ellipsis, no list.
    expect(article(['橋が閉鎖', PARA, '・・・それでも市民は待っている。', MORE].join('\n\n')).blocks[2]?.type).toBe('paragraph');
    // Between two words it joins them (`ジョン・スミス`), and a lone one marks nothing.
    expect(article(['橋が閉鎖', PARA, '・\n橋は閉鎖された。', MORE].join('\n\n')).blocks[2]?.type).toBe('paragraph');
  });

  it.each([
    ['a colon', 'We will do this:\n- one thing\n- two things', 'We will do this:', ['one thing', 'two things'], false],
    ['a period', 'Three things changed.\n1. Taxes rise\n2. Libraries stay open', 'Three things changed.', ['Taxes rise', 'Libraries stay open'], true],
    ['a colon after two lines', 'The council\nagreed on this:\n• one thing\n• two things', 'The council agreed on this:', ['one thing', 'two things'], false],
  ])('lines before a list in the same block, ending in %s, are a paragraph', (_case, block, intro, items, ordered) => {
    const a = article(['Bridge closed', PARA, block, MORE].join('\n\n'));
    expect(a.blocks.slice(2, 4)).toEqual([
      { type: 'paragraph', text: intro, block: 3 },
      { type: 'list', ordered, ...(ordered ? { start: 1 } : {}), items, block: 3 },
    ]);
  });

  it.each([
    ['1. a\n2. b', true, 1],
    ['3) a\n4) b', true, 3],
    ['12. a\n13. b', true, 12],
    ['- a\n- b', false, undefined],
  ])('the list %j is numbered: %s, from %s', (block, ordered, start) => {
    const list = article(['Bridge closed', PARA, block, MORE].join('\n\n')).blocks[2];
    expect(list).toMatchObject({ type: 'list', ordered });
    expect(list?.type === 'list' ? list.start : null).toBe(start);
  });

  it.each([
    ['counting up', '1. a\n2. b\n3. c', undefined],
    ['a countdown', '3. a\n2. b\n1. c', [3, 2, 1]],
    ['a gap', '1. a\n2. b\n5. c', [1, 2, 5]],
    ['a bullet among numbers', '4. a\n- b\n9. c', [4, 5, 9]],
    ['a bullet that follows on', '1. a\n- b\n3. c', undefined],
    ['an empty item', '2. a\n3.\n1. c', [2, 1]],
    ['every item numbered 1', '1. a\n1. b\n1. c', [1, 1, 1]],
    ['of club names an ordinal heads', '1. FC Köln – Werder Bremen 2:1\n1. FC Union Berlin – VfB Stuttgart 0:0', [1, 1]],
    ['of tied ranks', '2. Leverkusen 61\n3. Bayern 58\n3. Stuttgart 58', [2, 3, 3]],
  ])('a plain-text numbered list %s keeps its own numbers: %j', (_case, block, numbers) => {
    const list = article(['Bridge closed', PARA, block, MORE].join('\n\n')).blocks[2];
    expect(list?.type === 'list' ? list.numbers : null).toEqual(numbers);
  });

  it('a numbered list whose first item is empty starts at the first item shown', () => {
    expect(listItems(['3. ', '4. a', '5. b'])).toEqual({ ordered: true, start: 4, items: ['a', 'b'] });
    expect(listItems(['3. ', '5. a', '4. b'])).toEqual({ ordered: true, start: 5, numbers: [5, 4], items: ['a', 'b'] });
  });

  it('a list under an intro line in the first block: no title, the intro is the lead', () => {
    const a = article(['We will do this:\n- one thing\n- two things', PARA].join('\n\n'));
    expect(a.title).toBeNull();
    expect(a.lead).toBe('We will do this:');
    expect(a.blocks[1]).toMatchObject({ type: 'list', items: ['one thing', 'two things'], block: 1 });
  });

  it.each([
    ['bullets', 'What changes for passengers\n• Tickets go on sale in April.\n• Fares stay the same.'],
    ['one bullet', 'What changes for passengers\n• Tickets go on sale in April.'],
    ['Japanese bullets', '変わること\n・四月に発売\n・料金は同じ'],
    ['dashes', 'What changes for cyclists\n- Bikes ride free.\n- Racks are added.'],
    ['dashes without full stops', 'What changes for cyclists\n- Bikes ride free\n- Racks at both quays\n- Wider paths'],
    ['stars', 'Was sich ändert\n* 20 Prozent mehr Züge\n* Tickets ab April'],
    ['dates', 'Key dates\n- 1 May: the bridge closes\n- 30 June: ferries start'],
    ['German quotations', 'Die Stimmen\n- »Wir bleiben«\n- »Nichts ändert sich«'],
    ['Dutch dates', 'Belangrijke data\n- 30 juni: veerboten starten\n- 1 juli: nieuwe dienstregeling'],
    ['Italian dates', 'Le date\n- 30 giugno: ripartono i traghetti\n- 1 luglio: nuovo orario'],
    ['ranges of days', 'Belangrijke data\n- 30/31 juli: feest op de kade\n- 1/2 augustus: markt'],
    ['French dates', 'Les dates clés\n- 30 juin : les ferries reprennent\n- 1er juillet : nouveaux horaires'],
    ['ranges of days with a hyphen or an en dash', 'Belangrijke data\n- 30-31 juli: feest op de kade\n- 1–2 augustus: markt'],
    ['ranges of days before a capital month', 'Key dates\n- 30-31 July: harbour festival\n- 1 August: new timetable'],
    ['Spanish dates', 'Las fechas\n- 30 de junio: vuelven los ferris\n- 1 de julio: nuevo horario'],
    ['Portuguese dates', 'As datas\n- 30 de junho: voltam os ferries\n- 1º de julho: novo horário'],
    ['Italian ordinal dates', 'Le date\n- 1° luglio: nuovo orario\n- 30 giugno: ripartono i traghetti'],
    ['dates whose items end in a year', 'Key dates\n- 1 May: the bridge closes for repairs until March 2026\n- 30 June: ferries start'],
    ['German dates whose items end in a time', 'Die Termine\n- 30 Juni: Fähren starten am Nordkai um 6.30\n- 15 Juli: Die Brücke öffnet wieder'],
    ['Dutch dates whose items end in a time', 'Belangrijke data\n- 30 juni: de veerboten starten weer om 14.30\n- 1 juli: nieuwe dienstregeling'],
    ['dates under a year', 'Die neuen Termine für 2025\n- 30 Juni: Fähren starten am Nordkai\n- 15 Juli: Die Brücke öffnet wieder'],
    ['a number under an item ending in one', 'Was sich ändert\n- Neue Buslinie 12\n- 30 Haltestellen kommen hinzu'],
    ['dashes with quoted items', 'Ce qu’ils disent\n- « Nous restons »\n- « Rien ne change »'],
  ])('a subheading line right above a list of %s is a heading, the list its own', (_case, block) => {
    const a = article(['Bridge closed', PARA, block, MORE].join('\n\n'));
    const [heading, ...lines] = block.split('\n');
    expect(a.blocks[2]).toEqual({ type: 'heading', text: heading, level: 2, block: 3 });
    expect(a.blocks[3]).toMatchObject({ type: 'list', ordered: false, block: 3 });
    expect(a.blocks[3]?.type === 'list' ? a.blocks[3].items.length : 0).toBe(lines.length);
  });

  it.each([
    ['numbers', 'Wat verandert er\n1. Tickets vanaf april.\n2. Prijzen blijven gelijk.'],
    ['dashes in lower case', 'What changes for cyclists\n- bikes ride free.\n- racks are added.'],
    ['dashes and a star', 'What changes for cyclists\n- Bikes ride free.\n* Racks are added.'],
  ])('a subheading line right above a list of %s is not told from hard-wrapped prose: one paragraph, the rest a list (see README)', (_case, block) => {
    const a = article(['Bridge closed', PARA, block, MORE].join('\n\n'));
    expect(a.blocks[2]).toMatchObject({ type: 'paragraph', block: 3 });
    expect(a.blocks[3]).toMatchObject({ type: 'list', block: 3 });
  });

  it.each([
    ['a dash once', 'Hij zei dat de brug\n- en dat was vreemd - nog jaren open zou blijven.'],
    ['a date', 'Die Brücke bleibt bis zum\n3. März geschlossen, und danach\nwird sie bis zum 4. April geprüft.'],
    ['two numbers that do not follow', 'Die Brücke bleibt bis zum\n3. März geschlossen und ab dem\n3. April wieder offen.'],
    ['a dash, then a number', 'Hij zei dat de brug\n- zoals bekend -\n2. klas was.'],
    ['a league and the next one', 'Der Verein spielt in der\n1. Bundesliga, der Absteiger künftig in der\n2. Bundesliga, wie der Verband am\nMontag mitteilte.'],
    ['two asides, each at a line start', 'Hij zei dat de brug\n- zoals bekend -\nnog jaren open bleef en\n- zo zei hij -\ndat dat goed was.'],
    ['numbers under two lines of prose', 'Die Wahl findet nach dem Beschluss des\nRates am\n3. Oktober und am\n4. Oktober statt.'],
    ['numbers under a line that goes on', 'Nach dem Sieg gegen den\n1. FC Köln steht Schalke in der Tabelle der\n2. Bundesliga wieder auf einem Aufstiegsplatz.'],
    ['an item line that goes on', 'Der Verein steigt auf\n1. FC Köln steht in der Tabelle der\n2. Bundesliga oben.'],
    ['asides that start in lower case', 'De wethouder zei dat het plan\n- en dat was volgens hem het belangrijkste - de buurt helpt. Raadslid Jansen noemde\n- net als vorig jaar - het plan een gemiste kans.'],
    ['numbers after a comma', 'Die Feier findet am Samstag,\n24. Mai, und am Sonntag,\n25. Mai, statt.'],
    ['one dash item under a subheading, without a full stop', 'What changes for cyclists\n- Bikes ride free'],
    ['two asides under a line that goes on', 'De minister van Financiën zei,\n- Vooral na de zomer - dat het goed ging\n- Zo zei ze het zelf.'],
    ['an aside and a dash item under a line that ends in a dash', 'Die Brücke -\n- Sie ist alt -\n- Bleibt zu.'],
    ['scores wrapped at their dash', 'Ajax speelde zondag in de Johan Cruijff ArenA met 2\n- 2 gelijk tegen PSV. Feyenoord won in De Kuip met 3\n- 1 van AZ, Twente verloor met 0 - 1 van FC Utrecht.'],
    ['asides closed on their line', 'Die Sanierung - Kosten rund 40 Millionen Euro - soll im Herbst beginnen. Die Pendler\n- Die meisten fahren mit der S-Bahn - mussten auf Busse umsteigen. Die Gewerkschaft\n- Der Vorsitzende sprach von einem Erfolg - will weiter streiken.'],
    ['opening hours wrapped at their dashes', 'Das Museum öffnet ab Dienstag wieder, und zwar werktags von 10\n- 18 Uhr und am Wochenende sowie an Feiertagen von 11\n- 17 Uhr, wie die Stadt am Montag mitteilte.'],
    ['German scores wrapped at their dashes', 'Der Verein gewann am Samstag mit 2\n- 1 Toren gegen Köln und am Mittwoch dann mit 3\n- 0 Toren gegen Bremen.'],
    ['a score and a count wrapped before colons', 'De wedstrijd eindigde na verlenging op\n- 2 gelijk: daarna volgden strafschoppen\n- 3 keer: zo vaak scoorde de spits.'],
    ['times wrapped before colons', 'The museum opens on weekdays from 9\n- 12 noon: after that it closes for lunch\n- 2 hours: that is how long the break lasts.'],
    ["asides starting with 's", "De veerpont vaart vanaf maandag\n- 's ochtends en 's avonds - elk halfuur, zei wethouder Jansen\n- GroenLinks - dinsdag in de gemeenteraad."],
  ])('a marked line inside a hard-wrapped sentence starts no list: %s', (_case, block) => {
    const a = article(['Bridge closed', PARA, block, MORE].join('\n\n'));
    expect(a.blocks[2]).toMatchObject({ type: 'paragraph', block: 3 });
    expect(a.blocks[3]).toMatchObject({ type: 'paragraph', block: 4 });
  });

  it('a dash that starts a line inside a sentence starts no list', () => {
    const block = 'Hij zei dat de brug\n- en dat was vreemd - nog jaren open zou blijven.';
    const a = article(['Bridge closed', PARA, block, MORE].join('\n\n'));
    expect(a.blocks[2]).toEqual({ type: 'paragraph', text: 'Hij zei dat de brug - en dat was vreemd - nog jaren open zou blijven.', block: 3 });
  });

  it('an empty article has no title, lead or essentials', () => {
    const a = article('');
    expect(a).toMatchObject({ title: null, lead: null, headings: [], essentials: null, quotes: [] });
  });
});

describe('sections with a list under an intro line', () => {
  it('list the shared block number once', () => {
    const a = article('Titel van het stuk\n\nDe lead staat hier. Nog een zin.\n\nWe doen dit:\n- een ding\n- twee dingen\n\nSlot van het stuk. Echt.');
    expect(a.sections[0]!.paragraphBlocks).toEqual([3, 4]);
  });
});
