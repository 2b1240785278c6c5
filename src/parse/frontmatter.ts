// Optional YAML front matter (`---` … `---`) at the very top of a file (spec §2).
import { createRequire } from 'node:module';

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
  /** A warning to show when the front matter could not be read. */
  warning: string | null;
}

const FENCE = /^---[ \t]*\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

type YamlModule = typeof import('yaml');
let yaml: YamlModule | undefined;

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const s = String(value).trim();
    return s === '' ? null : s;
  }
  return null;
}

function textList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const items = value.map(text).filter((item): item is string => item !== null);
  return items.length > 0 ? items : null;
}

/** Splits YAML front matter off the top of a text; invalid YAML is left in the body, with a warning. */
export function splitFrontMatter(source: string): SplitFrontMatter {
  const fence = FENCE.exec(source);
  if (!fence) return { frontMatter: null, body: source, warning: null };
  yaml ??= createRequire(import.meta.url)('yaml') as YamlModule;
  let data: unknown;
  try {
    data = yaml.parse(fence[1] ?? '', { schema: 'core' });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'invalid';
    return { frontMatter: null, body: source, warning: `front matter is not valid YAML (${reason}); read as text` };
  }
  // A text between two `---` rules that is a YAML scalar or list is no metadata but article
  // text set off by rules: keep it rather than drop it unseen.
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    return { frontMatter: null, body: source, warning: null };
  }
  const record = (data ?? {}) as Record<string, unknown>;
  return {
    frontMatter: {
      title: text(record.title),
      author: text(record.author),
      date: text(record.date),
      source: text(record.source),
      lang: text(record.lang)?.toLowerCase().slice(0, 2) ?? null,
      essentials: textList(record.essentials),
    },
    body: source.slice(fence[0].length),
    warning: null,
  };
}

/** The metadata a front matter block can be written with; null and empty fields are left out. */
export type FrontMatterFields = Partial<Record<keyof FrontMatter, string | string[] | null>>;

/** Writes YAML front matter (`---` … `---`, with a final newline) that `splitFrontMatter` reads back. */
export function formatFrontMatter(fields: FrontMatterFields): string {
  yaml ??= createRequire(import.meta.url)('yaml') as YamlModule;
  const present = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== null && value !== undefined && value.length > 0),
  );
  return `---\n${yaml.stringify(present, { lineWidth: 0 })}---\n`;
}
