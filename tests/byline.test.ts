// Bylines under the headline of Markdown articles and web pages: a paragraph, not the lead.
import { beforeAll, describe, expect, it } from 'vitest';
import { isByline, startsWithName } from '../src/analyse/byline.js';
import { loadParser } from '../src/load.js';
import { parseHtml } from '../src/parse/html.js';
import { article } from './helpers.js';

describe('a byline', () => {
  it.each([
    'By Owen Price | 21 February',
    'by Owen Price',
    'BY OWEN PRICE',
    'Door Lotte Bos',
    'Von Anna Schmidt, Berlin',
    'Par Jean Dupont, correspondant à Bruxelles',
    'Texte : Marie Martin',
    'Tekst: Lotte Bos en Kees de Vries',
    'Door Lotte Bos · 12 mei 2024',
    'By Owen Price 21 February 2024',
    'By Owen Price • 3 min read',
    'Par Jean Dupont, publié le 3 mai 2024',
    "Par Valéry Giscard d'Estaing",
    'Door Sanne ’t Hart',
    'Door Mohamed el-Amrani',
    'By Owen Price in London',
    'Par Jean Dupont à Bruxelles',
    'Von Anna Schmidt aus Berlin',
    'Door Lotte Bos uit Amsterdam',
    'By Owen Price updated 12 May 2024',
    'Par Jean Dupont publié le 3 mai 2024',
    'By Reuters',
    'Door ANP',
    "Par l'AFP",
    'Door onze verslaggever Lotte Bos',
    'Von unserem Korrespondenten Max Muster',
    'Par notre correspondant Jean Dupont',
    'By our correspondent Owen Price',
    'Von dpa',
    'Door redactie',
    'By Owen Price on 12 May 2024',
    'Von Max Muster mit Agenturen',
    'Par Jean Dupont avec AFP',
    'By Owen Price with Reuters',
    // A role after a possessive, without a name.
    'Von unserem Korrespondenten',
    'Von unserer Redaktion',
    'Door onze redacteur',
    'Par notre correspondant',
    'Par notre envoyé spécial à Kiev',
    'By our correspondent in Kyiv',
    // A place and what comes after it: a date past a separator, more names, who helped.
    'By Jane Smith in Kyiv | Updated 3 March 2024, 14:32 GMT',
    'By Jane Smith in Kyiv and Tom Brown in London',
    'Par Jean Dupont à Paris le 3 mai 2024 à 14h32',
    'Von Anna Müller aus Brüssel, aktualisiert am 3. März 2024, 14:32 Uhr',
    'Door Lotte Bos met medewerking van Jan de Vries',
    'By Jane Smith with additional reporting by Tom Brown',
    'By Owen Price and agencies',
    // An outlet of one word: an agency before a separator, a site, a name alone on its line.
    'Von dpa, Berlin',
    'Door ANP, Den Haag',
    'Von dpa/AFP',
    'Von tagesschau.de',
    'Door NU.nl',
    'Von SPIEGEL',
    'Par Ouest-France',
    'Von Keystone-SDA',
    'By Axios',
    'Door Tubantia',
    'Par la rédaction',
    // Other openers.
    'Words by Priya Patel',
    'Van onze verslaggever Sanne van Dijk',
    'Ein Kommentar von Katharina Weiß',
    'Propos recueillis par Mathieu Rousseau',
    'Bewerkt door Jan Jansen',
    // Places, roles, dates and more names after the name.
    'Von unserem Korrespondenten Peter Müller, München 12. März 2024',
    'By Jane Smith, Sarah Khan and Tom Hughes',
    'Par Jean Dupont, envoyé spécial à Kiev',
    'Von Lea-Marie Krüger · vor 3 Stunden',
    // No opener: agencies, a name with what follows it, dates, credits.
    'Reuters',
    '(Reuters)',
    '(Reuters) 12 March 2024',
    'dpa/AFP',
    'Quelle: dpa',
    "Rachel O'Connor, Political Editor",
    'Kees de Vries 12 mrt 2024',
    'Lotte Bos 12-03-24, 14:05',
    'Anna Schmidt, Berlin',
    'Jean Dupont, à Paris',
    'Publié le 12 mars 2024 à 14h05, modifié le 13 mars 2024 à 09h12',
    'Updated 12 March 2024',
    'Stand: 12.03.2024 14:05 Uhr',
    'Vandaag, 14:05',
    '3 min read',
    'Photograph: Henry Nicholls/Reuters',
    'Foto: ANP',
    // Roles in lower case, credits, handles and agencies after a separator.
    'By Jane Smith, health and science reporter',
    'By Jane Smith, deputy political editor',
    'Von Anna Schmidt, freie Journalistin',
    'Door Lotte Bos, politiek verslaggever',
    'Door Lotte Bos en Jan de Vries, verslaggevers',
    'Door Lotte Bos | Foto: ANP',
    'Par Jean Dupont, correspondant permanent à Bruxelles',
    'Par Jean Dupont, envoyé spécial à Kiev (Ukraine)',
    'Par Jean Dupont, avec AFP',
    'By Jane Smith (@janesmith)',
    // Picture credits, whatever names the maker; two names alone.
    'Photo: AFP via Getty Images',
    'Bild: picture alliance/dpa',
    'Foto: Jan de Vries voor de Volkskrant',
    'Photo: courtesy of the family',
    'Photo: Jane Smith for NBC News',
    'Foto: imago images',
    'Photo by John Smith/Getty Images',
    // The paper written for, or the job, after the name with no separator; copyright signs; a paper with an agency; a handle.
    'By Jane Smith for The Telegraph',
    'By Jane Smith and Tom Brown for the BBC',
    'Door Jan de Vries voor de Volkskrant',
    'Von Anna Schmidt für die Süddeutsche Zeitung',
    'Par Jean Dupont pour Le Monde',
    'By Rajeev Syal Home affairs editor',
    'By Jessica Elgot Chief political correspondent',
    'By Jane Smith Political Editor for The Daily Mail',
    '© Reuters',
    '© 2024 AFP',
    '(c) Jane Smith/Reuters',
    'Foto: © ANP',
    'Le Monde avec AFP',
    'Le Figaro avec AFP et Reuters',
    'Der Spiegel mit dpa',
    'Jane Smith @janesmith',
    // Desks, sites, brackets, tails, compound roles and qualifiers after a separator; datelines with a short first word.
    'Par Jean-Pierre Stroobants (Bruxelles, bureau européen)',
    'Par Jean Dupont (avec AFP)',
    'Von Anna Schmidt, tagesschau.de',
    'By Owen Price, with additional reporting by Tom Brown',
    'Door Jan de Vries, economieredacteur',
    'Door Jan de Vries, buitenlandredactie',
    'Von Anna Schmidt, Wirtschaftsredakteurin',
    'Par Jean Dupont, grand reporter',
    'Mon 5 Feb 2024 17.30 GMT',
    'Le 12 mars 2024 à 14h05',
    'Mon, 5 Feb 2024 17:30 GMT',
    'Thurs, 5 Feb 2024',
    // Openers without a colon, more credit words.
    'Photo by Jane Smith for The New York Times',
    'Foto Olivier Middendorp',
    'Beeld Jan de Vries',
    'Eine Kolumne von Sascha Lobo',
    'Photo credit: Jane Smith/Reuters',
    'Bildquelle: dpa',
    'Composite: Guardian Design; Getty Images',
    // A paper after a definite article with a capital.
    'By Jane Smith, The New York Times',
    'By Jane Smith, The Wall Street Journal',
    'Von Anna Schmidt, Die Welt am Sonntag',
    // Relative and reading times as sites shorten them, alone or after a byline.
    'vor 1 Std',
    'vor 2 Std.',
    'il y a 5 min',
    'il y a 2 h',
    '5 min',
    '1 u',
    'Lesezeit: 4 Min.',
    'By Jane Smith · 5 min',
    'Door Jan de Vries | 12 mrt | 3 min',
    'Von Anna Schmidt, vor 1 Tag',
    'By Jane Smith · 2h',
    // Agencies and credits after Foto or Beeld with no colon.
    'Beeld ANP',
    'Foto Reuters',
    'Foto ANP / Koen van Weel',
    'Beeld Reuters, AFP',
    // Papers with lower-case words in their names; reading times.
    'By Jane Smith, The Mail on Sunday',
    'Par Jean Dupont, Le Journal de Montréal',
    'Door Jan Jansen voor het Dagblad van het Noorden',
    'By Jane Smith for The Times of India',
    'Temps de lecture : 5 min',
    'Reading time: 5 mins',
    'Leesduur: 4 min',
    'Lesedauer 4 Min.',
    // Relative times with whole units; credits with a slash after Foto or Beeld.
    'vor 2 Tagen',
    'vor 1 Woche',
    'il y a 2 jours',
    '2 dagen geleden',
    '3 days ago',
    'Par Jean Dupont · il y a 2 jours',
    'Beeld Jiri Büller / de Volkskrant',
    'Foto Olivier Middendorp / NRC',
    'Foto EPA / Robin Utrecht',
    'Foto ANP/HH',
    'Beeld Getty',
    'Foto Shutterstock',
    'Foto EPA',
    'Foto KNVB / ANP',
    'Door Jan de Vries | Leesduur: 4 min',
    '12.03.2024 | Lesedauer: 4 Minuten',
  ])('%j is one', (text) => expect(isByline(text)).toBe(true));

  it.each([
    ['a sentence', 'By Monday, the council will decide whether the ferry stays.'],
    ['a German sentence', 'Von Montag an gilt die neue Regel.'],
    ['a French sentence', 'Par ailleurs, la mairie a confirmé le projet.'],
    ['a lower-case word after it', 'By the numbers'],
    ['a long paragraph', 'By Owen Price and the team of reporters who covered the council for the paper this year'],
    ['a question', 'Door Wie Is De Mol?'],
    ['another opening word', 'Owen Price reports'],
    ['a German standfirst without a full stop', 'Von Mittwoch an streiken die Lokführer erneut für mehr Lohn'],
    ['an English standfirst without a full stop', 'By Christmas the price cap will have risen twice, analysts warn'],
    ['a Dutch sentence without a full stop', 'Door Storm Ciarán bleven veel treinen staan'],
    ['an English sentence with a name in it', 'By Christmas Eve the town will have its new bridge'],
    ['a Dutch sentence that starts in lower case', 'Door de storm bleven veel treinen staan'],
    ['a German sentence about a person', 'Von der Leyen kritisiert den Plan der Regierung'],
    ['a German standfirst from a place', 'Von Berlin aus fährt ab Montag kein Zug mehr nach Polen'],
    ['a German standfirst after an article', 'Von den Protesten in Berlin sind vor allem Pendler betroffen'],
    ['a German standfirst from a date', 'Von Januar 2025 an gelten neue Regeln für Mieter'],
    ['a headline-like standfirst with a colon', 'Von der Leyen in Kiew: EU sagt weitere Milliardenhilfe zu'],
    ['a French standfirst from a place', 'Par Marseille à Nice, le TGV sera supprimé cet été'],
    ['a Dutch standfirst with a colon', 'Door de Tweede Kamer: plan voor huurbevriezing aangenomen'],
    ['an English standfirst with a number', 'By Tuesday 5,000 workers had joined the strike'],
    ['role words without a possessive', 'Door de redacteur Lotte Bos'],
    ['a headline with a colon after names', 'Von Angela Merkel zu Olaf Scholz: Was sich geändert hat'],
    ['a word alone that is a preposition', 'By the'],
    ...['Texte intégral', 'Par exemple', 'Par ailleurs', 'Von oben', 'Von heute', 'Door elkaar', 'Tekst onbekend', 'By hand'].map((text) => ['a word alone that names no agency', text]),
    ['a capitalised word before more words after a comma', 'Von Montag, 1. März an gilt die neue Regel'],
    ['a French standfirst after a name and a comma', 'Par Gérard Larcher, le Sénat fait savoir son opposition'],
    ['a French standfirst after a name and a comma', 'Par Emmanuel Macron, la France tend la main'],
    ['a German standfirst after a name and a comma', 'Von Angela Merkel, der Kanzlerin der Krisen'],
    ['a sentence that opens with a name', 'Angela Merkel has resigned as party leader after eighteen years'],
    ['a sentence that opens with an agency', 'Reuters reported on Monday that talks had stalled'],
    ['a sentence that opens with a name and a comma', 'Jean Dupont, le maire de Lyon, a démissionné'],
    ['a Dutch sentence that opens with a name', 'Kees de Vries wint de Tour'],
    ['a sentence that opens with a year', 'In 2024 the price rose by 12 per cent'],
    ['a headline-like line with a date', '12 mars 2024 : la date qui a tout changé'],
    ['a name and a year and more', 'Olaf Scholz 2024: ein Jahr der Krisen'],
    ['a name and a description', 'Emmanuel Macron, le président qui voulait tout changer'],
    ['a day alone after an opener', 'Von heute'],
    ...[
      'Scientists Warn Of Tipping Point In Atlantic Currents',
      'The Untold Story Of The Post Office Scandal',
      'Neue Zahlen des Statistischen Bundesamts',
      'Nach der Wahl in Thüringen',
      'Das Ende der Ampel',
      'Das Ende der Ampel, ein Rückblick',
      'How One Small Town Beat The Odds',
      "Rishi Sunak's First 100 Days",
      'FC Bayern mit Kantersieg in Bochum',
      'Lotte Bos',
    ].map((text) => ['a headline-like standfirst or a name alone, with no opener', text]),
    ...['Keir Starmer on why he will not quit', 'Max Verstappen op pole in Monaco', 'Gabriel Attal à Matignon', 'Paul McCartney at 80'].map((text) => [
      'a name and a place or a subject, with no opener',
      text,
    ]),
    ...[
      'Marie Colvin, war correspondent killed in Syria',
      'Salman Rushdie, writer stabbed on stage',
      'Dominic Cummings, former chief adviser to Boris Johnson',
      'Anna Politkovskaja, journaliste assassinée à Moscou',
      'Jeremy Clarkson, columnist and farmer',
      'Boris Johnson, political editor turned prime minister',
    ].map((text) => ['a name and a phrase with a word of a job', text]),
    ['two words joined, no names', 'Krieg und Frieden'],
    ['two title-case phrases joined', 'Rising Prices and Falling Wages'],
    ['two names alone, as a headline-like standfirst may be', 'Jane Smith and John Doe'],
    ['a picture word before a sentence', 'Picture: a nation in mourning after the attack'],
    ['a photo word before a sentence', 'Photo: the moment the bridge collapsed'],
    ['a German picture word before a sentence', 'Bild: So sieht die neue Bahnstrecke aus'],
    ['a credit-like opener before a sentence', 'Video: Drone footage shows the flooded town'],
    ['a German credit-like opener before a sentence', 'Grafik: So stark sind die Preise gestiegen'],
    ['a source before a sentence', 'Sources: ministers privately admit the plan has failed'],
    ['a standfirst with a year after a name', 'By Election Day in 2024, turnout had collapsed'],
    ['a standfirst after a possessive', 'Door onze schuld raakte het klimaat ontregeld'],
    ['a possessive and a sentence', 'By our own estimate in the spring, rents rose sharply'],
    ['a passive standfirst after a name', 'Von Friedrich Merz aus der Union gedrängt'],
    ['a Dutch passive standfirst', 'Door Mark Rutte op het matje geroepen'],
    ['a German standfirst with a day', 'Von Olaf Scholz am Dienstag in Berlin empfangen'],
    ['a French passive standfirst', 'Par Marine Le Pen au second tour battue'],
    ['an English fragment after a name', 'By Joe Biden in his final speech'],
    ['an English standfirst with a year', 'By Election Day in 2024, turnout had collapsed'],
    ['a one-word name before more words', 'By Tuesday the strike had spread'],
    ['a name for a cause, not a paper', 'By Tony Blair for the many not the few'],
    ['a name before the camera, not a paper', 'Door Mark Rutte voor de camera'],
    ['an English fragment with a purpose', 'By Election Day for the first time'],
    ['a name and words after it that are no job', 'By Jane Smith Political football'],
    ['a copyright sign before a phrase', '© the family'],
    ['a phrase with a preposition and no agency', 'Krieg mit Russland'],
    ['a title-case phrase with no agency', 'Das Ende mit Schrecken'],
    ['a conversation with an agency, no paper', 'Een gesprek met ANP'],
    ['a name and a phrase of short words after with', 'By Jane Smith, with the team'],
    ['a name and a phrase after a comma', 'Mark Rutte, in the end'],
    ['a picture word and a capitalised phrase', 'Picture: A Nation In Mourning'],
    ['a Dutch picture word before a phrase', 'Foto van de dag'],
    ['a Dutch image word before a phrase', 'Beeld van een crisis'],
    ['a word that only ends like a job', 'Door Jan de Vries, reporter-achtig gedoe'],
    ...['Top 10', 'Mit 80 auf der A7', 'Die 5 von der SPD', 'Les 10 ans de la loi', 'De 10 van de top'].map((text) => ['a number that no date has, in a phrase', text]),
    ...['Foto Finish', 'Beeld Nederland'].map((text) => ['a picture word before one word with a capital', text]),
    ...['Tag für Tag', 'Dag na dag', 'U en ik', 'Dag 3', 'Tag X', 'Les 100 jours', 'Na 100 dagen', 'Olaf Scholz, 100 Tage', 'Vor Ort', 'Time to go', 'Reading the Fed', 'Temps de jeu', 'Leesduur', 'It is time for 2 new PMs', 'Vor 2 WM ist er zu alt'].map((text) => [
      'a phrase with a unit of time that is no date',
      text,
    ]),
    ...['Beeld van 9/11 blijft hangen', 'Foto EPA van de demonstratie in Tbilisi', 'Foto des Tages via Instagram', 'Beeld archief van de gemeente', 'Foto VS', 'Beeld KLM', 'Foto NAVO'].map((text) => [
      'a picture word with no colon before a phrase',
      text,
    ]),
    ['a short German sentence that ends in a unit', 'Es dauerte 10 Min.'],
    ['a name and a subject with no job in it', 'By Boris Johnson on home affairs'],
  ])('%s is none: %j', (_case, text) => expect(isByline(text)).toBe(false));

  it.each([
    ['marks around a letter', `${'*'.repeat(150_000)}x${'*'.repeat(150_000)}`],
    ['a long word', `By ${'a'.repeat(300_000)}`],
    ['a name and a long run of marks', `Kees de Vries 12 ${'*'.repeat(300_000)}x`],
  ])('a long paragraph (%s) is no byline, and is told at once (a scan that tries again at every mark takes minutes)', (_case, text) => {
    expect(isByline(text)).toBe(false);
  });

  it('a byline has at most 240 characters, however few its words', () => {
    expect(isByline(`Updated 3 March ${'2'.repeat(200)}`)).toBe(true);
    expect(isByline(`Updated 3 March ${'2'.repeat(230)}`)).toBe(false);
  });

  it.each([
    ['Peter Füssenich, Dombaumeister', true],
    ['Mayor Ann Lee', true],
    ['Kees de Vries', true],
    ["Seán O'Brien (RTÉ)", true],
    ['burgemeester Femke Halsema', true],
    ['le président Emmanuel Macron', true],
    ['aldus minister Hugo de Jonge', true],
    ['Madonna', false],
    ['Applaus', false],
    ['Rage, rage against the dying of the light', false],
    ['And so the council met again', false],
    ['Do not go gentle into that good night', false],
    ['then came the Second World War', false],
    ['in the Second World War', false],
    ['former prime minister Tony Blair', true],
    ['Tony Blair in 1997', true],
    ['Tony Blair in an interview', true],
    ['Mark Rutte in de Tweede Kamer', true],
    ["Emmanuel Macron à l'Élysée", true],
    ['Tony Blair said it twice', false],
  ])('%j is a credit\'s name (two words with a capital at least, after a role or not): %s', (text, expected) => {
    expect(startsWithName(text, { minWords: 2, roles: 'any', alone: false, placeOnly: false })).toBe(expected);
  });
});

describe('the lead after a byline', () => {
  beforeAll(() => loadParser('markdown'));
  const LEAD = 'Council tax will rise by 5 per cent from April, the council said on Monday.';

  it.each([
    ['emphasised', '*By Owen Price | 21 February*'],
    ['plain', 'By Owen Price'],
    ['Dutch', 'Door Lotte Bos'],
  ])('in Markdown, a byline paragraph (%s) under the title is a paragraph and the next one the lead', (_case, byline) => {
    const a = article(`# Council tax rises\n\n${byline}\n\n${LEAD}\n\nMore words follow here in the body.\n`, { format: 'markdown' });
    expect(a.lead).toBe(LEAD);
    expect(a.blocks.slice(0, 3).map((block) => block.type)).toEqual(['title', 'paragraph', 'lead']);
  });

  it.each([
    'By Monday, the council will decide whether the ferry stays.',
    'Von Mittwoch an streiken die Lokführer erneut für mehr Lohn',
  ])('in Markdown, a paragraph that is no byline is the lead, however it starts: %j', (lead) => {
    const a = article(`# Ferry\n\n${lead}\n\nMore words.\n`, { format: 'markdown' });
    expect(a.lead).toBe(lead);
  });

  it('on a web page, a byline paragraph without a class is not the lead', () => {
    const page = `<!doctype html><html lang="nl"><head><title>Raad verhoogt belasting</title></head><body><article><h1>Raad verhoogt belasting</h1><p>Door Lotte Bos</p>` +
      '<p>De gemeenteraad heeft maandagavond besloten de onroerendezaakbelasting met vijf procent te verhogen.</p>' +
      '<p>Negen raadsleden stemden voor het voorstel en twee stemden tegen, terwijl één raadslid afwezig was.</p></article></body></html>';
    const lead = parseHtml(page).structure.blocks.find((block) => block.type === 'lead');
    expect(lead).toMatchObject({ text: expect.stringMatching(/^De gemeenteraad heeft/) });
  });

  it('in plain text a byline line stays what the spec makes it: a heading', () => {
    const a = article(`Council tax rises\n\nBy Owen Price\n\n${LEAD}\n\nMore words follow here in the body.`);
    expect(a.headings).toEqual(['By Owen Price']);
  });
});
