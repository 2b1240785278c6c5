// What a reader sees of Markdown tokens: the text without its markup, entities decoded and
// sanitized (marked decodes numeric references like `&#27;` itself, so its text can hold
// control characters), link targets left out. Counting and quotations work on this text.
import { append } from '../arrays.js';
import { walkTokens, type Links, type MarkedToken, type Token, type Tokens } from 'marked';
import { decodeEntities } from '../io/entities.js';
import { oneLine, sanitize } from '../io/sanitize.js';
import type { BoxEntry } from '../model.js';

// A comment, script or style runs to the end of the text when it is not closed, as a browser
// reads one: one unclosed is one match, not a search to the end from each of thousands.
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
// Script and style hold code, not text; the rest of HTML shows its text without its tags.
const CODE_OPEN = /<(script|style)\b/gi;
const CODE_CLOSE: Readonly<Record<string, RegExp>> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };

/**
 * HTML without its scripts and styles, each a space: from `<script …>` to `</script>`, or to
 * the end when nothing closes it, as a browser reads one. An opening tag that no `>` ends is
 * text (`the <style of writing`). Linear: each search either ends the scan or is passed over.
 */
function dropCode(html: string): string {
  let out = '';
  let from = 0;
  CODE_OPEN.lastIndex = 0;
  for (let open = CODE_OPEN.exec(html); open; open = CODE_OPEN.exec(html)) {
    const tagEnd = html.indexOf('>', open.index);
    if (tagEnd < 0) break;
    const close = CODE_CLOSE[open[1]!.toLowerCase()]!;
    close.lastIndex = tagEnd;
    const closed = close.exec(html);
    out += `${html.slice(from, open.index)} `;
    from = closed ? closed.index + closed[0].length : html.length;
    CODE_OPEN.lastIndex = from;
  }
  return out + html.slice(from);
}
const TAG_START = /[A-Za-z]/;

/**
 * The text of HTML without its tags (`<a …>`, `</a>`, `<!…>`, `<?…?>`), each a space, and the
 * text between two tags decoded on its own (`decode`): a control sequence left open in one
 * element takes no words of the next. A `<` that nothing closes is text (`if a <b then`).
 * Linear: a tag is looked for only where a `>` (or `?>`) still follows, as a regex searching
 * to the end from each of 200,000 `<?` took over a minute.
 */
function dropTags(html: string, decode: (text: string) => string): string {
  const lastClose = html.lastIndexOf('>');
  const lastInstructionClose = html.lastIndexOf('?>');
  let out = '';
  let from = 0;
  for (let i = html.indexOf('<'); i >= 0 && i < lastClose; i = html.indexOf('<', i + 1)) {
    const next = html[i + 1] ?? '';
    let end = -1;
    if (next === '?') {
      if (lastInstructionClose > i + 1) end = html.indexOf('?>', i + 2) + 2;
    } else if (next === '!' || TAG_START.test(next) || (next === '/' && TAG_START.test(html[i + 2] ?? ''))) {
      end = html.indexOf('>', i) + 1;
    }
    if (end > 0) {
      out += `${decode(html.slice(from, i))} `;
      from = end;
      i = end - 1;
    }
  }
  return out + decode(html.slice(from));
}

// A reference link's source ends in `]` (`[text][label]`, `[label][]`, `[label]`), not `)`.
const REFERENCE = /\]\s*(?:\[([^\]]*)\])?$/u;

/** The text of HTML: comments, scripts and tags dropped, entities decoded, sanitized. */
export function htmlText(html: string): string {
  return oneLine(dropTags(dropCode(html.replace(HTML_COMMENT, ' ')), decodeEntities));
}

/**
 * The text of inline tokens as written, breaks and spaces left for `inlineText` to tidy once:
 * tidying at every level of nested emphasis would take the depth times the text.
 */
function inlineRaw(tokens: readonly Token[]): string {
  let out = '';
  for (const token of tokens) out += inlineToken(token as MarkedToken);
  return out;
}

function inlineToken(token: MarkedToken): string {
  switch (token.type) {
    case 'text':
      return token.tokens ? inlineRaw(token.tokens) : decodeEntities(token.text);
    case 'escape':
    case 'codespan':
      // Backslash escapes and code spans are literal: their entities are not references.
      return sanitize(token.text);
    case 'br':
      return ' ';
    case 'html':
    case 'checkbox':
      return '';
    case 'image':
      return decodeEntities(token.text);
    case 'strong':
    case 'em':
    case 'del':
      return inlineRaw(token.tokens);
    case 'link':
      // A bare URL or email address, or an autolink (`<…>`), is literal: no entity in it is a
      // reference (`?a=1&copy=2`). A link's text is tidied on its own: `[ text ](…)` shows `text`.
      return token.raw.startsWith('[') ? inlineText(token.tokens) : sanitize(token.text);
    default:
      return '';
  }
}

/** The text inline tokens show (one line: soft and hard breaks become spaces). */
export function inlineText(tokens: readonly Token[]): string {
  return oneLine(inlineRaw(tokens));
}

/** The items a list shows, its nested lists' items after their parent's own text. */
export function listItemTexts(list: Tokens.List): string[] {
  return listItemEntries(list).map((entry) => entry.text);
}

/** An item a list shows, and the token of its own text when that is one paragraph. */
interface ListEntry {
  text: string;
  only: Token | null;
}

function listItemEntries(list: Tokens.List): ListEntry[] {
  const entries: ListEntry[] = [];
  for (const item of list.items) {
    const own = item.tokens.filter((token) => token.type !== 'list');
    const text = oneLine(blockTexts(own).join(' '));
    const shown = own.filter((token) => token.type !== 'space');
    if (text !== '') entries.push({ text, only: shown.length === 1 ? shown[0]! : null });
    for (const token of item.tokens) if (token.type === 'list') append(entries, listItemEntries(token as Tokens.List));
  }
  return entries;
}

/** True when inline tokens hold a link with an address of its own (`[text](url)`), not a bare URL. */
function hasLink(token: Token): boolean {
  let found = false;
  walkTokens([token], (inner) => {
    if (inner.type === 'link' && inner.raw.startsWith('[')) found = true;
  });
  return found;
}

/**
 * The Markdown of a text that holds a link (`[text](url)`), which its text does not show the
 * address of: what a reader can follow. Null for a text without one, or of several blocks.
 */
export function linkedMarkdown(token: Token | null, links: Links): string | null {
  if (token === null || (token.type !== 'paragraph' && token.type !== 'text') || !hasLink(token)) return null;
  return standaloneMarkdown(token, links);
}

/** The items a list shows (as listItemTexts) with each one's linkedMarkdown (none without `links`). */
export function listItemSources(list: Tokens.List, links: Links | null): BoxEntry[] {
  return listItemEntries(list).map(({ text, only }) => ({ text, markdown: links ? linkedMarkdown(only, links) : null }));
}

/** The cells of a table row as the reader sees them. */
export function rowTexts(cells: readonly Tokens.TableCell[]): string[] {
  return cells.map((cell) => inlineText(cell.tokens));
}

/** The texts that block tokens show, one per paragraph, list item, code block or table cell. */
export function blockTexts(tokens: readonly Token[]): string[] {
  return blockSources(tokens, null).map((entry) => entry.text);
}

/**
 * What blockTexts gives, each text with its linkedMarkdown (with `links`, the document's
 * reference definitions; without, every one null).
 */
export function blockSources(tokens: readonly Token[], links: Links | null): BoxEntry[] {
  const entries: BoxEntry[] = [];
  const texts = (found: string[]): void => {
    for (const text of found) entries.push({ text, markdown: null });
  };
  for (const generic of tokens) {
    const token = generic as MarkedToken;
    switch (token.type) {
      case 'paragraph':
      case 'heading':
      case 'text': {
        const text = 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeEntities(token.text);
        entries.push({ text, markdown: links && token.type !== 'heading' ? linkedMarkdown(token, links) : null });
        break;
      }
      case 'list':
        append(entries, listItemSources(token, links));
        break;
      case 'blockquote':
        append(entries, blockSources(token.tokens, links));
        break;
      case 'code':
        texts([token.text]);
        break;
      case 'table':
        texts([...rowTexts(token.header), ...token.rows.flatMap(rowTexts)]);
        break;
      case 'html':
        texts([htmlText(token.text)]);
        break;
      default:
        break;
    }
  }
  return entries.filter((entry) => entry.text.trim() !== '');
}

function definition(label: string, href: string, title: string | null | undefined): string {
  const target = `<${href.replace(/[<>\n]/g, encodeURIComponent)}>`;
  return title ? `[${label}]: ${target} "${title.replace(/["\\]/g, '\\$&')}"` : `[${label}]: ${target}`;
}

/**
 * A block's Markdown source, made to stand on its own: the definitions of the reference
 * links it uses (`[text][label]`) are appended, so the source renders and exports alone.
 */
export function standaloneMarkdown(token: Token, links: Links): string {
  const needed = new Map<string, string>();
  walkTokens([token], (inner) => {
    if (inner.type !== 'link' && inner.type !== 'image') return;
    const reference = REFERENCE.exec(inner.raw);
    if (!reference) return;
    const shortcut = inner.raw.replace(/\s*\[\]$/u, '');
    const label = reference[1]?.trim() || shortcut.slice(shortcut.indexOf('[') + 1, shortcut.lastIndexOf(']'));
    const key = oneLine(label).toLowerCase();
    const target = links[key];
    if (target && !needed.has(key)) needed.set(key, definition(label, target.href ?? '', target.title));
  });
  const source = token.raw.trim();
  return needed.size === 0 ? source : `${source}\n\n${[...needed.values()].join('\n')}`;
}
