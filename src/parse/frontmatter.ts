// Optional YAML front matter (`---` … `---`) at the very top of a file (spec §2).
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { cleanText, sanitize } from '../io/sanitize.js';
import { isMissingModule } from '../errors.js';

/** The metadata front matter may carry; anything else in it is ignored. */
export interface FrontMatter {
  title: string | null;
  author: string | null;
  date: string | null;
  source: string | null;
  lang: string | null;
  essentials: string[] | null;
}

/** The body after the front matter, the front matter (null when absent) and any warning. */
export interface SplitFrontMatter {
  frontMatter: FrontMatter | null;
  body: string;
  /** Warnings to show when the front matter, or a field of it, could not be read. */
  warnings: string[];
}

const FENCE = /^---[ \t]*\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * A front-matter value as text on one line. YAML decodes its own escapes (`"\e]0;…"`,
 * `"\x9b"`, `"\u202e"`) after the file was sanitized, so every value is sanitized again here,
 * and block scalars are folded: a title or an essentials item is one line.
 */
function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const s = cleanText(String(value));
    return s === '' ? null : s;
  }
  return null;
}

const ISO_639_1 = new Set(Object.values(iso6393To1));
const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/;

/** An ISO 639-1 code from a `lang` value (`nl`, `nl-BE`, `nld`); null when it is none. */
function languageCode(value: string | null): string | null {
  const code = LANGUAGE_TAG.exec(value?.toLowerCase() ?? '')?.[1];
  if (!code) return null;
  const short = code.length === 3 ? iso6393To1[code] : code;
  return short && ISO_639_1.has(short) ? short : null;
}

/** The texts of a list, and how many of its items were something else (a mapping, a list). */
function textList(value: unknown): { items: string[] | null; others: number } {
  if (!Array.isArray(value)) return { items: null, others: 0 };
  const items = value.map(text).filter((item): item is string => item !== null);
  const others = value.filter((item) => item !== null && typeof item === 'object' && !(item instanceof Date)).length;
  return { items: items.length > 0 ? items : null, others };
}

/** What is wrong with a front matter's `essentials`, for a warning: not a list, or items that are no text. */
function essentialsProblem(value: unknown, others: number): string | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) return 'front matter essentials is not a list; it is left out';
  return others > 0 ? `front matter essentials has ${others} item${others === 1 ? '' : 's'} that ${others === 1 ? 'is' : 'are'} not text; left out` : null;
}

/** Splits YAML front matter off the top of a text; invalid YAML is left in the body, with a warning. */
export function splitFrontMatter(source: string): SplitFrontMatter {
  const fence = FENCE.exec(source);
  if (!fence) return { frontMatter: null, body: source, warnings: [] };
  let data: unknown;
  try {
    // YAML's own warnings would go to stderr through process.emitWarning, unsanitized.
    data = parseYaml(fence[1] ?? '', { schema: 'core', logLevel: 'error' });
  } catch (error) {
    // yaml is loaded on first use: a bundle that is missing is a broken installation, not YAML.
    if (isMissingModule(error)) throw error;
    const reason = sanitize(error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'invalid').replace(/:$/, '');
    return { frontMatter: null, body: source, warnings: [`front matter is not valid YAML (${reason}); read as text`] };
  }
  // A text between two `---` rules that is a YAML scalar or list is no metadata but article
  // text set off by rules: keep it rather than drop it unseen.
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    return { frontMatter: null, body: source, warnings: [] };
  }
  const record = (data ?? {}) as Record<string, unknown>;
  const lang = text(record.lang);
  const code = languageCode(lang);
  const essentials = textList(record.essentials);
  const problems = [
    lang !== null && code === null ? `front matter lang '${lang}' is not an ISO 639 language code; the language is detected` : null,
    essentialsProblem(record.essentials, essentials.others),
  ];
  return {
    frontMatter: {
      title: text(record.title),
      author: text(record.author),
      date: text(record.date),
      source: text(record.source),
      lang: code,
      essentials: essentials.items,
    },
    body: source.slice(fence[0].length),
    warnings: problems.filter((problem): problem is string => problem !== null),
  };
}

/** The metadata a front matter block can be written with; null and empty fields are left out. */
export type FrontMatterFields = Partial<Record<keyof FrontMatter, string | string[] | null>>;

/**
 * Writes YAML front matter (`---` … `---`, with a final newline) that `splitFrontMatter` reads
 * back; '' when no field has anything in it, as `---\n{}\n---` would say nothing.
 */
export function formatFrontMatter(fields: FrontMatterFields): string {
  const present = Object.entries(fields).filter(([, value]) => value !== null && value !== undefined && value.length > 0);
  if (present.length === 0) return '';
  return `---\n${stringifyYaml(Object.fromEntries(present), { lineWidth: 0 })}---\n`;
}
