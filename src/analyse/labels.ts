// Essentials box labels (spec §3.2) and the default labels used when the article has none.

/**
 * Labels that open an essentials box, by language (spec §3.2): followed by a space, a colon,
 * a dash or the end of the line. Longer labels are tried first.
 */
export const BOX_LABELS: Readonly<Record<string, readonly string[]>> = {
  nl: ['De essentie', 'Essentie', 'In het kort', 'Kort samengevat', 'Samengevat'],
  en: ['The essentials', 'Essentials', 'Key points', 'In short', 'At a glance', 'TL;DR', 'Summary'],
  de: ['Das Wichtigste in Kürze', 'Das Wichtigste', 'Auf einen Blick', 'Kurz gesagt'],
  fr: ["L'essentiel", 'L’essentiel', 'En bref', 'À retenir'],
};

/**
 * Box labels of other languages, as newsrooms head such boxes. The spec does not name them,
 * and most also begin ordinary sentences (`Kort fortalt er det…`, `Lo esencial es…`), so they
 * open a box only where a heading stands: alone on their line, or before a colon.
 */
export const MORE_BOX_LABELS: Readonly<Record<string, readonly string[]>> = {
  da: ['Kort fortalt', 'Det vigtigste'],
  nb: ['Kort fortalt', 'Det viktigste', 'Kortversjonen'],
  nn: ['Kort fortalt', 'Det viktigaste'],
  sv: ['I korthet', 'Det viktigaste', 'Kortversionen'],
  af: ['Kortliks', 'Die kern'],
  es: ['En resumen', 'Lo esencial', 'Puntos clave', 'Las claves', 'Claves'],
  it: ['In sintesi', 'In breve', 'I punti chiave', 'Punti chiave', "L'essenziale", 'L’essenziale'],
  pt: ['Em resumo', 'O essencial', 'Pontos-chave'],
  pl: ['W skrócie', 'Najważniejsze'],
  cs: ['Ve zkratce', 'To nejdůležitější', 'Stručně'],
  fi: ['Lyhyesti', 'Tärkeimmät'],
  tr: ['Özetle', 'Kısaca', 'Öne çıkanlar'],
  ru: ['Коротко', 'Главное', 'Кратко'],
  el: ['Με μια ματιά', 'Εν συντομία'],
  ja: ['要点', 'ポイント'],
  zh: ['要点', '划重点', '要點', '重點', '劃重點'],
  ko: ['핵심 요약', '주요 내용', '핵심', '요약'],
};

/**
 * More box labels of the spec's languages. Writers also open a sentence with them and a colon
 * (`Het belangrijkste: niemand raakte gewond.`, `In brief: the worst is over.`), so they open
 * a box only alone on their line, a colon after them or not.
 */
export const LINE_BOX_LABELS: Readonly<Record<string, readonly string[]>> = {
  nl: ['Het belangrijkste', 'Het belangrijkste in het kort', 'In een notendop', 'Samenvatting', 'Wat je moet weten'],
  en: ['In brief', 'Key takeaways', 'Key facts', 'What you need to know'],
  de: ['Die wichtigsten Punkte', 'Kurz und knapp', 'In Kürze', 'Zusammenfassung', 'Das Wichtigste auf einen Blick'],
  // `A retenir`, the capital À as often typed without its accent (it also opens sentences: `A retenir ses larmes…`).
  fr: ['Ce qu’il faut retenir', "Ce qu'il faut retenir", 'Ce qu’il faut savoir', "Ce qu'il faut savoir", 'Les points clés', 'A retenir'],
};

/** Label of essentials given by front matter, by language. */
export const FRONT_MATTER_LABELS: Readonly<Record<string, string>> = {
  nl: 'De essentie',
  en: 'Key points',
  de: 'Das Wichtigste',
  fr: 'L’essentiel',
  da: 'Det vigtigste',
  nb: 'Det viktigste',
  no: 'Det viktigste',
  nn: 'Det viktigaste',
  sv: 'Det viktigaste',
  af: 'Die kern',
  es: 'Lo esencial',
  it: 'L’essenziale',
  pt: 'O essencial',
  pl: 'Najważniejsze',
  cs: 'To nejdůležitější',
  fi: 'Tärkeimmät',
  tr: 'Öne çıkanlar',
  ru: 'Главное',
  el: 'Με μια ματιά',
  ja: '要点',
  zh: '要点',
  ko: '핵심',
};

/** Label of a summary made for an article without a box, by language. */
export const SUMMARY_LABELS: Readonly<Record<string, string>> = {
  nl: 'Samenvatting',
  en: 'Summary',
  de: 'Zusammenfassung',
  fr: 'Résumé',
  da: 'Resumé',
  nb: 'Sammendrag',
  no: 'Sammendrag',
  nn: 'Samandrag',
  sv: 'Sammanfattning',
  af: 'Opsomming',
  es: 'Resumen',
  it: 'Riassunto',
  pt: 'Resumo',
  pl: 'Streszczenie',
  cs: 'Shrnutí',
  fi: 'Tiivistelmä',
  tr: 'Özet',
  ru: 'Резюме',
  el: 'Περίληψη',
  ja: '要約',
  zh: '摘要',
  ko: '요약',
};

/** The entry for a language in a table of labels, English when the language has none. */
export function labelFor(table: Readonly<Record<string, string>>, language: string): string {
  return table[language] ?? table.en!;
}

// What may follow a label: a space, a colon (with or without space), a line break, the end.
// A dash set off by spaces (`Key points — the road…`) separates like a colon: not the item's;
// so does one that ends the label's line (`Key points —` above a list), as `Key points:` does.
// A full-width colon (`要点：`) is a colon.
const AFTER_LABEL = /^(?:\s*[:：]\s*|\s+[-–—](?:\s+|$)|\s+|$)/u;
// What may follow a label of MORE_BOX_LABELS: a colon or the end of the line; not a dash,
// which also joins subject and predicate (`Главное — не сдаваться`).
const AFTER_HEADING_LABEL = /^(?:\s*[:：]\s*|\s*$)/u;
// What may follow a label of LINE_BOX_LABELS: nothing on its line but a colon.
const AFTER_LINE_LABEL = /^\s*[:：]?\s*$/u;

const ALL_LABELS = [
  ...Object.values(BOX_LABELS).flatMap((labels) => labels.map((label) => ({ label, after: AFTER_LABEL }))),
  ...Object.values(MORE_BOX_LABELS).flatMap((labels) => labels.map((label) => ({ label, after: AFTER_HEADING_LABEL }))),
  ...Object.values(LINE_BOX_LABELS).flatMap((labels) => labels.map((label) => ({ label, after: AFTER_LINE_LABEL }))),
]
  .sort((a, b) => b.label.length - a.label.length)
  .map(({ label, after }) => ({ folded: label.toLowerCase(), after }));

/** A label at the start of a block, as written, and the text after it. */
export interface LabelMatch {
  label: string;
  rest: string;
}

// Tabs and no-break spaces count as spaces (spec §1): `In\u00a0het kort`, `Key\tpoints`.
const SPACE_LIKE = /[\t\u00a0\u202f]/gu;
// How far into a block a label can reach: longer than the longest label.
const LABEL_REACH = 40;

/**
 * Matches an essentials label at the very start of a block, case-insensitively; the label is
 * given as written, but with tabs and no-break spaces in it made plain spaces.
 */
export function matchBoxLabel(block: string): LabelMatch | null {
  return matchLabel(block, false);
}

/**
 * True when a text starts with a label followed by any separator, a plain space included:
 * the first words of a container whose label line is yet to be read (`Kort fortalt` as a
 * heading, then the items) may open a box.
 */
export function startsWithBoxLabel(text: string): boolean {
  return matchLabel(text, true) !== null;
}

function matchLabel(block: string, anySeparator: boolean): LabelMatch | null {
  const written = block.slice(0, LABEL_REACH).replace(SPACE_LIKE, ' ');
  const head = written.toLowerCase();
  for (const { folded, after: separator } of ALL_LABELS) {
    if (!head.startsWith(folded)) continue;
    const after = (anySeparator ? AFTER_LABEL : separator).exec(block.slice(folded.length));
    if (!after) continue;
    return { label: written.slice(0, folded.length), rest: block.slice(folded.length + after[0].length) };
  }
  return null;
}
