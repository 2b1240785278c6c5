// Regressions a review found in a day's changes (language detection of short articles,
// sentence rules, lower-case credits of pull quotes): each case passed before the change that
// broke it, and failed until it was fixed.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/analyse/language.js';
import { splitSentences } from '../src/analyse/sentences.js';
import { article } from './helpers.js';

describe('language of short articles (headline + one paragraph, or one paragraph)', () => {
  it.each([
    ['nl', 'Ryanair schrapt vluchten\n\nRyanair schrapt deze winter vluchten vanaf Eindhoven vanwege hogere luchthaventarieven.'],
    ['en', 'Jamie Foxx and Hilary Swank have won the Screen Actors Guild Awards for best male and female film actors, boosting their Oscars hopes this month.'],
    ['en', 'Real Madrid won the Champions League for a 15th time, beating Borussia Dortmund 2-0 at Wembley.'],
    ['de', 'Macron in Berlin\n\nEmmanuel Macron trifft am Mittwoch Olaf Scholz.'],
    ['de', 'Sturmtief Ciarán hat an der Nordseeküste Orkanböen bis 140 Kilometer pro Stunde gebracht.'],
    ['fr', 'Macron à Berlin\n\nEmmanuel Macron rencontre Olaf Scholz mercredi.\n'],
  ])('%s: %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('sentences', () => {
  it.each([
    // ELIDED_PREFIX now strips up to five letters before an apostrophe: auto's → s, an abbreviation before a number.
    ['nl', "Hij kocht vorig jaar twee auto's. 3 maanden later was er één gestolen.", ["Hij kocht vorig jaar twee auto's.", '3 maanden later was er één gestolen.']],
    ['nl', "De gemeente betaalde ruim 300 euro's. 20 procent daarvan kwam terug.", ["De gemeente betaalde ruim 300 euro's.", '20 procent daarvan kwam terug.']],
    ['en', "The money went to Lloyd's. 2024 was a record year.", ["The money went to Lloyd's.", '2024 was a record year.']],
    // A Dutch introducing abbreviation missing from INTRODUCING_ABBREVIATIONS now ends a sentence before a name.
    ['nl', 'Het onderzoek werd uitgevoerd i.s.m. De Nederlandsche Bank.', ['Het onderzoek werd uitgevoerd i.s.m. De Nederlandsche Bank.']],
    ['nl', 'De actie werd opgezet m.m.v. De Telegraaf en de KNVB.', ['De actie werd opgezet m.m.v. De Telegraaf en de KNVB.']],
    ['nl', 'Het concert vond plaats t.g.v. Het Nationaal Monument.', ['Het concert vond plaats t.g.v. Het Nationaal Monument.']],
  ])('%s: %s', (language, text, sentences) => {
    expect(splitSentences(text, language)).toEqual(sentences);
  });
});

describe('pull quotes with a lower-case credit that ends in a period', () => {
  const TITLE = 'Dike closed near Dordrecht';
  const LEAD = 'The water board closed a dike on Tuesday. Traffic was diverted for the whole day.';
  const BODY = 'The water board closed the dike near Dordrecht after engineers discovered dangerous cracks during an inspection on Tuesday morning.';
  const OTHER = 'Residents were told to stay calm. The board promised an update on Wednesday.';
  it.each([
    '“We will rebuild every house.” — the mayor of Kyiv.',
    '„We bouwen alles weer op.” – burgemeester Klitschko.',
  ])('%s', (block) => {
    expect(article([TITLE, LEAD, BODY, block, OTHER].join('\n\n')).pullQuotes).toHaveLength(1);
  });
});
