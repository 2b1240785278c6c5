// A saved web page to an article structure, as Firefox's reader view reads it: Mozilla's
// Readability finds the article in the page, and its cleaned content becomes the model's blocks.
//
// The DOM is linkedom, not jsdom. On the six Readability test pages both give Readability the
// very same article text, but linkedom loads in ~75 ms instead of ~400 ms and parses 5-10 times
// faster (bbc-1: 33 ms against 226 ms), which is what a command-line reader feels. What it costs:
// its parser does not build the implied `<html>`, `<head>` and `<body>` of HTML5, so
// `pageDocument` puts a page's stray nodes where a browser would.
import { errorText } from '../errors.js';
import { cleanText, oneLine } from '../io/sanitize.js';
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ENDS_AS_SENTENCE, isByline } from '../analyse/byline.js';
import { detectLanguage } from '../analyse/language.js';
import type { ArticleStructure, Block } from '../model.js';
import { boxBlock, BoxFinder, type HtmlBox } from './html-box.js';
import { ContentWalker, isMarkedCaption, preparePage, type Draft } from './html-blocks.js';
import { installFrontFirstStacks } from './html-parser-stack.js';
import { installJoinedText } from './html-parser-text.js';
import { elementChildren, flatTexts, inlineContent, isBlock, isElement, isHidden, isShown, namesOf, settleTextRuns, tagOf, textOf, type DomDocument, type DomElement, type DomNode } from './html-dom.js';
import { countWords } from '../analyse/words.js';
import type { ParseResult } from './result.js';
import { languageSample } from './sample.js';

interface Linkedom {
  parseHTML(html: string): { document: DomDocument };
}

/** What Readability's `parse()` gives, with the content left as its element. */
interface ReadabilityArticle {
  title?: string | null;
  content?: DomNode | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

interface ReadabilityModule {
  Readability: {
    new (document: DomDocument, options: { serializer: (node: DomNode) => DomNode }): { parse(): ReadabilityArticle | null };
    /** Readability's own patterns and roles: those that tell which elements it drops as unlikely content or reads as a byline. */
    prototype: { REGEXPS?: { unlikelyCandidates?: RegExp; okMaybeItsACandidate?: RegExp; byline?: RegExp }; UNLIKELY_ROLES?: readonly string[] };
  };
}

let stack: { linkedom: Linkedom; readability: ReadabilityModule } | undefined;

// The HTML stack (~90 ms to load) is loaded on the first HTML input only, so text and
// Markdown commands start as fast as before. `createRequire` rather than `import()` keeps
// `loadArticle` synchronous, as the YAML and iconv-lite loaders do; both packages ship CommonJS.
// linkedom's parser, htmlparser2 (as linkedom resolves it), gets stacks that cost the same at
// any depth (see html-parser-stack.ts) and hands on each run of text as one (html-parser-text.ts).
function htmlStack(): { linkedom: Linkedom; readability: ReadabilityModule } {
  if (!stack) {
    const require = createRequire(import.meta.url);
    // linkedom by its real path, and htmlparser2 as that file resolves it: where node_modules
    // is reached through a symbolic link (pnpm, a linked checkout), Node may load a package
    // under both its linked and its real path, and the parser adjusted must be linkedom's own.
    const linkedomPath = realpathSync(require.resolve('linkedom'));
    const parser = createRequire(linkedomPath)('htmlparser2') as { Parser: { prototype: object } };
    installFrontFirstStacks(parser.Parser);
    installJoinedText(parser.Parser);
    stack = { linkedom: require(linkedomPath) as Linkedom, readability: require('@mozilla/readability') as ReadabilityModule };
  }
  return stack;
}

/** Elements that belong in `<head>` when a page leaves them elsewhere. */
const HEAD_TAGS: ReadonlySet<string> = new Set(['title', 'meta', 'link', 'base', 'style']);

/**
 * Elements nested deeper than this are read as plain paragraphs. Real pages stay under 40
 * (the six test pages: 12 to 21); Readability's time grows with the cube of the depth (a chain
 * of 500 divs takes it 0.8 s, of 2,000 divs 38 s) and deeper trees overflow recursive walks.
 */
const MAX_PAGE_DEPTH = 128;

/**
 * Inline elements that only style the text they wrap. A page that never closes them (300
 * `<span>` left open after its header) holds its whole article below them: on a page too deep,
 * they are taken out and their content kept, so its headings, box and paragraphs keep their
 * shape. Links stay, and so does a wrapper that is hidden or named as unlikely content (see
 * `plainWrapperTest`).
 */
const WRAPPER_TAGS: ReadonlySet<string> = new Set([
  'span', 'font', 'b', 'i', 'em', 'strong', 'u', 's', 'strike', 'small', 'big', 'mark', 'tt', 'ins', 'del',
]);
// What hides an element, as Readability tells it: `display: none` or `visibility: hidden` in
// its style, `aria-hidden="true"`, `hidden`.
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

// Matches nothing: where Readability has no such pattern, no class or id is unlikely content.
const NO_MATCH = /$^/;

/** Tells whether a wrapper may be taken out (see `plainWrapperTest`). */
type WrapperTest = (element: DomElement) => boolean;

/**
 * Whether an element is hidden as Readability tells it, and a browser would not show it:
 * `hidden`, `aria-hidden="true"`, `display: none` or `visibility: hidden` in its style.
 */
function isHiddenElement(element: DomElement): boolean {
  return isHidden(element) || element.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE.test(element.getAttribute('style') ?? '');
}

/**
 * The test of an element that Readability would drop or read apart: hidden (see
 * `isHiddenElement`), with a role it drops (`dialog`, `navigation`, `complementary`…), or with
 * a class or id its own patterns drop as unlikely content (`share social`, `sidebar`; not a
 * maybe, `comment-body`).
 */
function droppedTest(): WrapperTest {
  const { REGEXPS: patterns, UNLIKELY_ROLES: roles } = htmlStack().readability.Readability.prototype;
  const unlikely = patterns?.unlikelyCandidates ?? NO_MATCH;
  const maybe = patterns?.okMaybeItsACandidate ?? NO_MATCH;
  const unlikelyRoles = new Set(roles ?? []);
  return (element) => {
    if (isHiddenElement(element)) return true;
    if (unlikelyRoles.has(element.getAttribute('role') ?? '')) return true;
    const names = namesOf(element);
    return unlikely.test(names) && !maybe.test(names);
  };
}

/**
 * The test of a wrapper that may be taken out: Readability would not drop it (see
 * `droppedTest`), and it is no byline (class or id by Readability's pattern, `rel="author"`,
 * an `itemprop` with `author`: Readability takes the author from it); else it stays, and what
 * it holds is read as Readability reads it.
 */
function plainWrapperTest(dropped: WrapperTest): WrapperTest {
  const byline = htmlStack().readability.Readability.prototype.REGEXPS?.byline ?? NO_MATCH;
  return (element) => {
    if (dropped(element)) return false;
    if (element.getAttribute('rel') === 'author' || (element.getAttribute('itemprop') ?? '').includes('author')) return false;
    return !byline.test(namesOf(element));
  };
}

/** The depth of the deepest element under `root`, counted up to `limit + 1`. */
function depthOf(root: DomElement, limit: number): number {
  let deepest = 0;
  const stack: [DomElement, number][] = [[root, 0]];
  while (stack.length > 0 && deepest <= limit) {
    const [element, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of elementChildren(element)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Takes out the wrapper elements under `root` (see WRAPPER_TAGS), keeping what they hold. Text
 * is sanitized first run by run, as it would have been read with the wrappers in place.
 */
function unwrapWrappers(root: DomElement, dropped: WrapperTest): void {
  const isPlainWrapper = plainWrapperTest(dropped);
  const wrappers: DomElement[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    settleTextRuns(element);
    for (const child of elementChildren(element)) {
      if (WRAPPER_TAGS.has(tagOf(child)) && isPlainWrapper(child)) wrappers.push(child);
      stack.push(child);
    }
  }
  for (const wrapper of wrappers) {
    const parent = wrapper.parentNode as DomElement | null;
    if (!parent) continue;
    while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
    wrapper.remove();
  }
}

/** Replaces what lies below MAX_PAGE_DEPTH by a paragraph per text block; true if it did. */
function flattenDeep(document: DomDocument, root: DomElement): boolean {
  if (depthOf(root, MAX_PAGE_DEPTH) <= MAX_PAGE_DEPTH) return false;
  const dropped = droppedTest();
  unwrapWrappers(root, dropped);
  let flattened = false;
  const stack: [DomElement, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth < MAX_PAGE_DEPTH) {
      for (const child of elementChildren(element)) stack.push([child, depth + 1]);
      continue;
    }
    if (elementChildren(element).length === 0) continue;
    // Hidden text stays out of the paragraphs that stand in for it. (What Readability drops by
    // role or class it drops only on its first try, and never a link or a table's cells: kept.)
    const texts = flatTexts(element, isHiddenElement);
    element.textContent = '';
    for (const text of texts) {
      const paragraph = document.createElement('p');
      paragraph.textContent = text;
      element.appendChild(paragraph);
    }
    flattened = true;
  }
  return flattened;
}

/** A page as a document with one `<html>` holding `<head>` and a `<body>` with all shown content. */
interface Page {
  document: DomDocument;
  /** True when parts nested too deep were flattened (see MAX_PAGE_DEPTH). */
  flattened: boolean;
}

/** Parses a page, putting stray nodes where a browser would and flattening what is too deep. */
function pageDocument(source: string): Page {
  const { parseHTML } = htmlStack().linkedom;
  let document = parseHTML(source).document;
  const root = document.documentElement;
  if (root && tagOf(root) === 'html') {
    const { head, body } = document;
    const anchor = body.firstChild;
    let afterBody = false;
    for (const node of Array.from(root.childNodes)) {
      if (node === head) continue;
      if (node === body) afterBody = true;
      else if (isElement(node) && HEAD_TAGS.has(tagOf(node))) head.appendChild(node);
      else if (afterBody) body.appendChild(node);
      else body.insertBefore(node, anchor);
    }
  } else {
    // A fragment (or text read with --input-format html): give it the page around it.
    document = parseHTML(`<!doctype html><html><head></head><body>${source}</body></html>`).document;
    for (const element of elementChildren(document.body)) {
      if (HEAD_TAGS.has(tagOf(element))) document.head.appendChild(element);
    }
  }
  // Adjacent text nodes joined, as a browser has them: those the moves above put side by side,
  // and every run of character references where the parser was left as it is (a newer
  // htmlparser2 the guard of html-parser-text.ts refused), one node each otherwise.
  document.documentElement?.normalize();
  return { document, flattened: flattenDeep(document, document.body) };
}

const ISO_639_1 = /^[a-z]{2}$/;

/** The language `<html lang>` gives (`en-AU` is `en`), else the one detected in the text. */
function languageOf(lang: string | null | undefined, blocks: Block[]): string {
  const primary = cleanText(lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (ISO_639_1.test(primary)) return primary;
  return detectLanguage(languageSample(proseTexts(blocks), '\n\n'));
}

/** The texts of the blocks, in order, for language detection. */
function* proseTexts(blocks: Block[]): Generator<string> {
  for (const block of blocks) {
    if ('text' in block) yield block.text;
    else if (block.type === 'list') yield* block.items;
  }
}

/** Whether a draft is a paragraph that may lead: no figure caption, no byline or dateline. */
function mayLead(draft: Draft): boolean {
  return draft.block.type === 'paragraph' && !draft.caption && !isByline(draft.block.text);
}

/**
 * The blocks in order and numbered: the title first, the first paragraph that is not a figure
 * caption or a byline as the lead, and the page's box after the lead when Readability dropped
 * it. A paragraph before the lead that is the author, as the facts under the title show them
 * (`By Jane Smith`), is left out: it would be shown twice.
 */
function assemble(title: string | null, author: string | null, all: Draft[], pageBox: HtmlBox | null): Block[] {
  const blocks: Block[] = title ? [{ type: 'title', text: title, block: 0 }] : [];
  const firstLead = all.findIndex(mayLead);
  // Compared on one line, in lower case (`by  jane smith` is `By Jane Smith`).
  const byAuthor = author === null ? null : oneLine(author).toLowerCase();
  const isAuthor = (draft: Draft): boolean => draft.block.type === 'paragraph' && oneLine(draft.block.text).toLowerCase() === byAuthor;
  const upToLead = firstLead < 0 ? all.length : firstLead;
  const drafts = [...all.slice(0, upToLead).filter((draft) => !isAuthor(draft)), ...all.slice(upToLead)];
  // The lead keeps its place after the paragraphs left out before it.
  const leadAt = firstLead < 0 ? -1 : drafts.length - (all.length - firstLead);
  drafts.forEach((draft, i) => {
    const { block } = draft;
    blocks.push(i === leadAt && block.type === 'paragraph' ? { ...block, type: 'lead' } : block);
    if (i === leadAt && pageBox) blocks.push(boxBlock(pageBox));
  });
  if (leadAt < 0 && pageBox) blocks.splice(title ? 1 : 0, 0, boxBlock(pageBox));
  return blocks.map((block, i) => ({ ...block, block: i + 1 }));
}

/**
 * Pages with more elements than this are read whole, without Readability: its time grows with
 * the elements at about 0.1 ms each (100,000 links took 10 s), and its own limit
 * (`maxElemsToParse`) counts with `getElementsByTagName('*')`, which linkedom answers with
 * none. Saved news pages have a few thousand elements.
 */
export const MAX_READABILITY_ELEMENTS = 30_000;

/**
 * Pages whose text, each character counted once for every element around it, passes this are
 * read whole, without Readability: it reads the text of every container it weighs again and
 * again (`_getInnerText`, a regex pass over all of it), so its time grows with the text times
 * the depth it is nested in (a paragraph of 10 MB under 120 `<div>` took 70 s, under 30 27 s).
 * A long saved article has a few hundred thousand characters some 20 to 30 levels deep.
 */
export const MAX_READABILITY_TEXT_DEPTH = 100_000_000;

// Elements whose text Readability never weighs: it removes them first.
const UNWEIGHED_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template']);

/** Why a page is too large for Readability (see the two limits above), or null. */
function tooLargeForReadability(root: DomElement): string | null {
  let elements = 0;
  let textDepth = 0;
  const stack: [DomNode, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    for (const child of Array.from(node.childNodes)) {
      if (isElement(child)) {
        if (++elements > MAX_READABILITY_ELEMENTS) {
          return `the page has more than ${MAX_READABILITY_ELEMENTS.toLocaleString('en')} elements, too many to tell the article from the page in reasonable time`;
        }
        // Readability takes scripts and styles out before it weighs anything.
        if (!UNWEIGHED_TAGS.has(tagOf(child))) stack.push([child, depth + 1]);
      } else if ((textDepth += (child.textContent?.length ?? 0) * depth) > MAX_READABILITY_TEXT_DEPTH) {
        return 'the page nests too much text too deep to tell the article from the page in reasonable time';
      }
    }
  }
  return null;
}

// Where a page's own heading stands, before any other `<h1>` (a site's logo in its header).
const MAIN_HEADINGS = 'main h1, article h1, [role="main"] h1';

/** The text a heading shows: none when it or an element around it is hidden (`hidden`, `<noscript>`). */
function shownText(heading: DomElement): string {
  for (let up: DomNode | null = heading; up; up = up.parentNode) if (isHidden(up)) return '';
  return inlineContent(heading.childNodes).text;
}

/**
 * The title of a page read without Readability: its first shown `<h1>` with text, one in its
 * main content or article before any other and never a logo's (see isLogo), else its `<title>`.
 */
function pageTitle(document: DomDocument): string {
  return headingTexts(headlines(document))[0] ?? titleText(document);
}

/** The text of a page's `<title>`, cleaned. */
function titleText(document: DomDocument): string {
  return cleanText(document.querySelector('title')?.textContent ?? '');
}

// The separator between a page's title and its site's name in `<title>`, with the spaces
// around it: `Title | Site`, `Site - Title`, `Title — Site`, `Site » Title`, `Title :: Site`.
const SITE_SEPARATOR = String.raw`\s+(?:[|\-–—\\/>»·•]|::)\s+`;
const SITE_AFTER = new RegExp(`^${SITE_SEPARATOR}\\S`, 'u');
const SITE_BEFORE = new RegExp(`\\S${SITE_SEPARATOR}$`, 'u');
const SITE_SEPARATOR_ANYWHERE = new RegExp(SITE_SEPARATOR, 'u');

// A site's logo or name, by class or id: `<h1 class="logo">`, `<div id="branding"><h1>`.
const LOGO_NAME = /logo|brand|masthead|site-?(?:name|title)/i;
// The header of the whole page, by class or id: `<header id="masthead" class="site-header">`.
const SITE_HEADER_NAME = /site-?header|masthead|banner|branding/i;
// How far up from a heading a class or id may name it a logo (not a wrapper of the whole page).
const LOGO_NAME_LEVELS = 3;

/** Whether an element is the header of the whole page: the body's own, a banner, or named so. */
function isPageHeader(header: DomElement): boolean {
  const parent = header.parentNode;
  return (parent !== null && isElement(parent) && tagOf(parent) === 'body') || header.getAttribute('role') === 'banner' || SITE_HEADER_NAME.test(namesOf(header));
}

/** Whether a heading shows only a link to the site's home page (`<h1><a href="/">Gazette</a></h1>`). */
function linksHome(heading: DomElement): boolean {
  const shown = Array.from(heading.childNodes).filter(isShown);
  const only = shown.length === 1 ? shown[0]! : null;
  const href = only !== null && isElement(only) && tagOf(only) === 'a' ? only.getAttribute('href')?.trim() : undefined;
  return href !== undefined && href !== '' && /^(?:(?:https?:)?\/\/[^/]+)?\/?(?:index\.html?)?$/i.test(href);
}

/**
 * Whether a heading is the site's logo: outside any article or main content, and named as a
 * logo (itself or an element just around it), in the page's header, or a link home.
 */
function isLogo(heading: DomElement): boolean {
  let level = 0;
  let named = false;
  let inPageHeader = false;
  for (let up: DomNode | null = heading; up && isElement(up); up = up.parentNode, level++) {
    const tag = tagOf(up);
    if (tag === 'article' || tag === 'main' || up.getAttribute('role') === 'main') return false;
    if (tag === 'body' || tag === 'html') break;
    named ||= level < LOGO_NAME_LEVELS && LOGO_NAME.test(namesOf(up));
    inPageHeader ||= tag === 'header' && up !== heading && isPageHeader(up);
  }
  return named || inPageHeader || linksHome(heading);
}

/** A page's `<h1>` headings but a logo's, its main content's first (see pageTitle). */
function headlines(document: DomDocument): DomElement[] {
  const headings = [...document.querySelectorAll(MAIN_HEADINGS), ...document.querySelectorAll('h1')];
  return headings.filter((heading) => !isLogo(heading));
}

/** The texts of a page's headlines (see headlines) that show any, each once. */
function headingTexts(headings: readonly DomElement[]): string[] {
  return [...new Set(headings.map(shownText).filter((text) => text !== ''))];
}

// A wrapper around a headline and what stands beside it, by tag (a `<header>` not the page's
// own, an `<hgroup>`) or by class or id (`div.headline-header`, `div.article-hero`): Readability
// drops one named `header`, and one that is not it often leaves out as a sibling of the text.
const HEADLINE_WRAPPER_TAGS: ReadonlySet<string> = new Set(['header', 'hgroup']);
const HEADLINE_WRAPPER_NAME = /header|heading|headline|hero|intro/i;
// How far up from the headline its wrapper may be (`header > div.title-wrap > h1`).
const HEADLINE_WRAPPER_LEVELS = 3;
// Elements beside `<p>` that hold a standfirst when so named (`h2.standfirst`, `div.dek`).
const STANDFIRST_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'div', 'span', 'section']);
const STANDFIRST_NAME = /standfirst|lead|intro|summary|excerpt|chapeau|chapo|(?:^|[\s_-])dek|deck|strap|sub-?(?:title|head)/i;
// How many elements after the headline, without a wrapper, may be its standfirst.
const STANDFIRST_SIBLINGS = 2;
/** A standfirst is a sentence: a shorter line beside a headline is a kicker, a date or a credit. */
const MIN_STANDFIRST_WORDS = 6;

/** The wrapper around a headline (see HEADLINE_WRAPPER_NAME), up to the article or the main content. */
function headlineWrapper(heading: DomElement): DomElement | null {
  let up = heading.parentNode;
  for (let level = 0; up && isElement(up) && level < HEADLINE_WRAPPER_LEVELS; up = up.parentNode, level++) {
    const tag = tagOf(up);
    if (tag === 'body' || tag === 'html' || tag === 'article' || tag === 'main') return null;
    if (HEADLINE_WRAPPER_TAGS.has(tag) ? !isPageHeader(up) : HEADLINE_WRAPPER_NAME.test(namesOf(up))) return up;
  }
  return null;
}

/**
 * A copy of the standfirst beside the page's headline, taken before Readability runs: in the
 * wrapper around the headline, the first paragraph after it that is a sentence and has no class
 * or id of its own, or an element named as a standfirst (`p.standfirst`, `h2.standfirst`);
 * without a wrapper, one so named among the STANDFIRST_SIBLINGS elements after the headline.
 * Of MIN_STANDFIRST_WORDS words or more, shown, and no caption, byline or date (by class or
 * id, as preparePage marks them, or by its words). Null when there is none.
 */
function headerStandfirst(headings: readonly DomElement[]): DomElement | null {
  const heading = headings.find((candidate) => shownText(candidate) !== '');
  if (!heading || besideText(heading, null)) return null;
  const wrapper = headlineWrapper(heading);
  for (const element of wrapper ? afterIn(wrapper, heading) : nextElements(heading, STANDFIRST_SIBLINGS)) {
    const tag = tagOf(element);
    const named = (tag === 'p' || STANDFIRST_TAGS.has(tag)) && STANDFIRST_NAME.test(namesOf(element)) && !elementChildren(element).some(isBlock);
    // In a wrapper, a paragraph of its own (no class or id) that is a sentence, or one named so.
    const plain = wrapper !== null && tag === 'p' && namesOf(element).trim() === '';
    if (!named && !plain) continue;
    // A plain paragraph after a picture is its caption; one named a standfirst is not.
    if (besideText(element, wrapper ?? heading.parentNode) || (plain && afterPicture(element, wrapper!))) continue;
    const text = inlineContent(element.childNodes).text;
    if (countWords(text) >= MIN_STANDFIRST_WORDS && !isByline(text) && (named || ENDS_AS_SENTENCE.test(text))) return element.cloneNode(true);
  }
  return null;
}

/** The elements inside `root` after `element`, not inside it, in document order. */
function afterIn(root: DomElement, element: DomElement): DomElement[] {
  const inRoot = [...root.querySelectorAll('*')];
  return inRoot.slice(inRoot.indexOf(element) + 1).filter((candidate) => !element.contains(candidate));
}

/** Up to `count` element siblings after an element. */
function nextElements(element: DomElement, count: number): DomElement[] {
  const found: DomElement[] = [];
  for (let next = element.nextSibling; next && found.length < count; next = next.nextSibling) if (isElement(next)) found.push(next);
  return found;
}

/**
 * Whether an element is hidden as Readability tells it (itself or any element around it, see
 * isHiddenElement), or, up to `wrapper`, in a figure or marked a caption, byline or date.
 */
function besideText(element: DomElement, wrapper: DomNode | null): boolean {
  let inside = true;
  for (let up: DomNode | null = element; up; up = up.parentNode) {
    if (up === wrapper) inside = false;
    if (!isElement(up)) continue;
    if (isHiddenElement(up) || (inside && (tagOf(up) === 'figure' || isMarkedCaption(up)))) return true;
  }
  return false;
}

// A picture or a video: a paragraph beside one, in an element of their own, is its caption.
const MEDIA_TAGS: ReadonlySet<string> = new Set(['img', 'picture', 'video']);
const MEDIA_SELECTOR = [...MEDIA_TAGS].join(',');

/** The element right before `element` (text between them aside), or null. */
function previousElement(element: DomElement): DomElement | null {
  for (let node = element.previousSibling; node; node = node.previousSibling) if (isElement(node)) return node;
  return null;
}

/**
 * Whether a paragraph inside the headline's wrapper, in an element of its own, comes right
 * after a picture or a video, or an element that holds one and no text (a link, a box, a
 * figure without a caption), as a caption comes (`<div class="media"><img><p>Commuters
 * wait…</p></div>`). One that is a child of the wrapper itself may follow the header's picture
 * and still be the standfirst; one after share icons (pictures in several links in a box or a list),
 * before a picture, or after a figure with its own caption is no caption of theirs.
 */
function afterPicture(element: DomElement, wrapper: DomElement): boolean {
  if (element.parentNode === wrapper) return false;
  const before = previousElement(element);
  if (!before) return false;
  const tag = tagOf(before);
  if (MEDIA_TAGS.has(tag)) return true;
  if (ICON_LIST_TAGS.has(tag) || (before.textContent ?? '').trim() !== '') return false;
  // A link that is a picture (`<a><img></a>`), or a box with a picture in it: one that is no
  // link, or the one picture there in a link (a lightbox); pictures in several links are icons
  // (share buttons).
  const media = [...before.querySelectorAll(MEDIA_SELECTOR)];
  return tag === 'a' || media.length === 1 || media.some((one) => !inLinkBelow(one, before));
}

// Lists and navigation hold icons (share buttons), never the picture a caption is of.
const ICON_LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'nav', 'menu']);

/** Whether an element stands in a link below `root`. */
function inLinkBelow(element: DomElement, root: DomElement): boolean {
  for (let up = element.parentNode; up && up !== root; up = up.parentNode) if (isElement(up) && tagOf(up) === 'a') return true;
  return false;
}

/** Whether Readability's content holds a text (its words, spaced as they may be). */
function holdsText(content: DomNode, text: string): boolean {
  // Compared without spaces and soft hyphens (a `<br>` or `&shy;` in one copy only is the same
  // text), and sanitized as the text was: a control character the text lost is no difference.
  const bare = (value: string): string => value.replace(/[\s\u00ad]+/gu, '');
  return bare(cleanText(content.textContent ?? '')).includes(bare(text));
}

/**
 * A title without the site's name that `<title>` adds to it (`Nieuwe fietsbrug in Zwolle |
 * Stadskrant`): when one of the page's own `<h1>` headings is a part of it, before or after a
 * separator or between two (`Opinion | Why we must save the bridge | Courier`), and the heading
 * is not the site's name (`og:site_name`), that heading (the longest, should several be: a
 * section's `<h1>` is shorter than the headline); otherwise the title as it is. (Readability
 * keeps the site's name when the rest has four words or fewer.)
 */
export function withoutSiteName(title: string, headings: readonly string[], siteName: string | null = null): string {
  let best: string | null = null;
  for (const heading of headings) {
    if (heading === '' || heading.length >= title.length || heading === siteName || (best !== null && heading.length <= best.length)) continue;
    if (titlePartAt(title, heading) !== null) best = heading;
  }
  return best ?? title;
}

/** Longest `<title>` looked through for its parts: longer is no title, and is taken as it is. */
const MAX_TITLE_CHARS = 500;

/**
 * Where `part` stands in `title` between separators: at its start or end beside one (`part -
 * B`, `A | part`), in the middle between two and longer than each part before it (`A | part |
 * B`), or not at all (null).
 */
function titlePartAt(title: string, part: string): 'end' | 'middle' | null {
  if (title.length > MAX_TITLE_CHARS || part === '') return null;
  let middle = false;
  for (let at = title.indexOf(part); at >= 0; at = title.indexOf(part, at + 1)) {
    const end = at + part.length;
    const before = at === 0 || SITE_BEFORE.test(title.slice(0, at));
    const after = end === title.length || SITE_AFTER.test(title.slice(end));
    if (!before || !after) continue;
    if (at === 0 || end === title.length) return 'end';
    // A part between two that is shorter than one before it is a section's, the headline before
    // it (`Merz kündigt Rentenreform an | Politik | SZ.de`); one after a shorter part is the
    // headline after its section (`Politiek | Kabinet valt | Stadskrant`).
    if (title.slice(0, at).split(SITE_SEPARATOR_ANYWHERE).every((before) => before.trim().length < part.length)) middle = true;
  }
  return middle ? 'middle' : null;
}

/**
 * The title of a page Readability read: Readability's title without the site's name (see
 * withoutSiteName) when that is one of the page's `<h1>` headings; else the page's `<title>`
 * so treated when one of them is a part of it; else Readability's title as it is. Readability cuts
 * a `<title>` at a colon when its separator is not one it knows (`Attenborough: the oceans can
 * recover — Courier` gave `the oceans can recover — Courier`).
 */
function articleTitle(pageTitle: string, readabilityTitle: string, headings: readonly string[], siteName: string | null): string {
  const fromReadability = withoutSiteName(readabilityTitle, headings, siteName);
  // Readability's title when it is a heading of the page: not a section's `<h1>` that the
  // `<title>` opens with (`Opinion | Why we must save the bridge - Courier`).
  if (headings.includes(fromReadability)) return fromReadability;
  const fromPage = withoutSiteName(pageTitle, headings, siteName);
  return fromPage !== pageTitle ? fromPage : fromReadability;
}

/** Runs Readability; on a page it cannot read (or a failure inside it), null. */
function readability(document: DomDocument, warnings: string[]): ReadabilityArticle | null {
  const { Readability } = htmlStack().readability;
  try {
    return new Readability(document, { serializer: (node) => node }).parse();
  } catch (error) {
    const reason = errorText(error);
    warnings.push(`the article could not be told from the page (${cleanText(reason)}); reading the whole page`);
    return null;
  }
}

/** The page parsed anew (after Readability changed the first copy) and readied as the first was. */
function preparedAnew(source: string): DomDocument {
  const { document } = pageDocument(source);
  preparePage(document, document.body);
  return document;
}

/** Parses a saved web page into the article structure. */
export function parseHtml(source: string): ParseResult {
  const warnings: string[] = [];
  const { document, flattened } = pageDocument(source);
  if (flattened) warnings.push(`elements nested deeper than ${MAX_PAGE_DEPTH} levels are read as plain paragraphs`);
  const lang = document.documentElement?.getAttribute('lang');
  // Readability removes every `aside` and changes the page as it works: the box is looked
  // for in the page as it came, before Readability runs.
  const pageBox = new BoxFinder().find(document.body);
  preparePage(document, document.body);
  const tooLargeBecause = tooLargeForReadability(document.body);
  const tooLarge = tooLargeBecause !== null;
  if (tooLarge) {
    warnings.push(`${tooLargeBecause}; reading the whole page`);
  }
  // Readability takes headings out of the page as it reads: they are read before it runs.
  const headlineElements = tooLarge ? [] : headlines(document);
  const headings = headingTexts(headlineElements);
  const pageTitleText = titleText(document);
  const standfirst = headerStandfirst(headlineElements);
  const article = tooLarge ? null : readability(document, warnings);
  // Readability changes the page it reads: after it failed, the whole page is parsed anew.
  const whole = article ? null : tooLarge ? document : preparedAnew(source);
  const content = article?.content ?? whole!.body;
  // Readability finds the title; a page read whole without it takes its own (pageTitle).
  const title = (whole ? pageTitle(whole) : articleTitle(pageTitleText, cleanText(article?.title ?? ''), headings, cleanText(article?.siteName ?? '') || null)) || null;
  const walker = new ContentWalker(title, pageBox);
  // Readability drops a standfirst that stands in the headline's header: it leads again.
  if (article && standfirst && !holdsText(content, textOf(standfirst))) walker.walk(standfirst);
  walker.walk(content);
  const author = cleanText(article?.byline ?? '') || null;
  const blocks = assemble(title, author, walker.drafts, walker.hasBox ? null : pageBox);
  const structure: ArticleStructure = {
    format: 'html',
    title,
    language: languageOf(lang, blocks),
    meta: {
      author,
      date: cleanText(article?.publishedTime ?? '') || null,
      source: cleanText(article?.siteName ?? '') || null,
    },
    frontMatterEssentials: null,
    blocks,
  };
  return { structure, warnings };
}

// What may stand before the start of a page: white space, comments, an XML declaration.
const PAGE_PREAMBLE = /\s+|<!--[\s\S]*?-->|<\?xml[^>]*>/y;
const PAGE_START = /<!doctype\s+html(?=[\s>])|<html(?=[\s>])/iy;

/** True when a text starts like an HTML page: `<!doctype html` or `<html`, after white space and comments. */
export function looksLikeHtml(text: string): boolean {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    PAGE_PREAMBLE.lastIndex = at;
    if (!PAGE_PREAMBLE.exec(text)) break;
    at = PAGE_PREAMBLE.lastIndex;
  }
  PAGE_START.lastIndex = at;
  return PAGE_START.test(text);
}
