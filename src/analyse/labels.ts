// Essentials box labels (spec §3.2) and the default labels used when the article has none.

/** Labels that open an essentials box, by language; longer labels are tried first. */
export const BOX_LABELS: Readonly<Record<string, readonly string[]>> = {
  nl: ['De essentie', 'Essentie', 'In het kort', 'Kort samengevat', 'Samengevat'],
  en: ['The essentials', 'Essentials', 'Key points', 'In short', 'At a glance', 'TL;DR', 'Summary'],
  de: ['Das Wichtigste in Kürze', 'Das Wichtigste', 'Auf einen Blick', 'Kurz gesagt'],
  fr: ["L'essentiel", 'L’essentiel', 'En bref', 'À retenir'],
};

/** Label of essentials given by front matter, by language. */
export const FRONT_MATTER_LABELS: Readonly<Record<string, string>> = {
  nl: 'De essentie',
  en: 'Key points',
  de: 'Das Wichtigste',
  fr: 'L’essentiel',
};

/** Label of a summary made for an article without a box, by language. */
export const SUMMARY_LABELS: Readonly<Record<string, string>> = {
  nl: 'Samenvatting',
  en: 'Summary',
  de: 'Zusammenfassung',
  fr: 'Résumé',
};

/** The entry for a language in a table of labels, English when the language has none. */
export function labelFor(table: Readonly<Record<string, string>>, language: string): string {
  return table[language] ?? table.en!;
}

const ALL_LABELS = Object.values(BOX_LABELS)
  .flat()
  .sort((a, b) => b.length - a.length)
  .map((label) => ({ label, folded: label.toLowerCase() }));
// What may follow a label: a space, a colon (with or without space), a line break, the end.
// A dash set off by spaces (`Key points — the road…`) separates like a colon: not the item's;
// so does one that ends the label's line (`Key points —` above a list), as `Key points:` does.
const AFTER_LABEL = /^(?:\s*:\s*|\s+[-–—](?:\s+|$)|\s+|$)/u;

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
  const written = block.slice(0, LABEL_REACH).replace(SPACE_LIKE, ' ');
  const head = written.toLowerCase();
  for (const { folded } of ALL_LABELS) {
    if (!head.startsWith(folded)) continue;
    const after = AFTER_LABEL.exec(block.slice(folded.length));
    if (!after) continue;
    return { label: written.slice(0, folded.length), rest: block.slice(folded.length + after[0].length) };
  }
  return null;
}
