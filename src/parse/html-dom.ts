// The little of the DOM the HTML parser uses, typed structurally so the project needs no DOM
// lib types, and the inline-text helpers every HTML module shares.
import { cleanText, oneLine, sanitize } from '../io/sanitize.js';
import { escapeInline, escapeLineStart } from './markdown-escape.js';

/** A DOM node, as linkedom (or any DOM) provides it. */
export interface DomNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly previousSibling: DomNode | null;
  textContent: string | null;
  /** Joins adjacent text nodes below the node and removes empty ones. */
  normalize(): void;
}

/** A DOM element. */
export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  appendChild(node: DomNode): DomNode;
  insertBefore(node: DomNode, before: DomNode | null): DomNode;
  replaceWith(node: DomNode): void;
  remove(): void;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
  /** A copy of the element, with its descendants when `deep`. */
  cloneNode(deep: boolean): DomElement;
  /** Whether a node is the element itself or inside it. */
  contains(node: DomNode): boolean;
}

/** A DOM document. */
export interface DomDocument extends DomNode {
  createElement(tag: string): DomElement;
  readonly documentElement: DomElement | null;
  readonly head: DomElement;
  readonly body: DomElement;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements whose content is never article text: code, styling, embedded objects, controls. */
const HIDDEN_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'button', 'input', 'select', 'textarea', 'head', 'title', 'meta', 'link', 'base',
]);

/** Elements that start a block of their own; everything else flows inline in a paragraph. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** True for an element node. */
export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** True for a text (or CDATA) node. */
function isText(node: DomNode): boolean {
  return node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE;
}

/** An element's tag name in lower case (linkedom upper-cases HTML tags, as browsers do). */
export function tagOf(element: DomElement): string {
  return element.tagName.toLowerCase();
}

/** The element children of a node, in order. */
export function elementChildren(node: DomNode): DomElement[] {
  return Array.from(node.childNodes).filter(isElement);
}

/** An element's class and id as one text, for the patterns that tell what a page names it. */
export function namesOf(element: DomElement): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
}

/** True when the node is an element whose content is never shown. */
export function isHidden(node: DomNode): boolean {
  return isElement(node) && (HIDDEN_TAGS.has(tagOf(node)) || node.getAttribute('hidden') !== null);
}

/** True when the node shows something: text that is not only white space, or a visible element. */
export function isShown(node: DomNode): boolean {
  return isText(node) ? (node.textContent ?? '').trim() !== '' : isElement(node) && !isHidden(node);
}

/** True when the node is a block-level element. */
export function isBlock(node: DomNode): boolean {
  return isElement(node) && BLOCK_TAGS.has(tagOf(node));
}

// Links worth keeping: absolute web and mail addresses; `javascript:` and relative ones are not.
const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;
function linkTarget(element: DomElement): string | null {
  const href = cleanText(element.getAttribute('href') ?? '');
  if (!SAFE_LINK.test(href)) return null;
  try {
    return new URL(href).href.replace(/[()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return null;
  }
}

/** The text of inline content, the same as Markdown with its links, and how many links. */
export interface InlineContent {
  text: string;
  /** The text as Markdown: punctuation escaped, links as `[text](url)`. */
  markdown: string;
  links: number;
}

/**
 * Text gathered from text nodes, sanitized a run at a time: the text nodes between two element
 * boundaries (an element's start or end) together, as the parser may split one text at its
 * character references, so a control sequence left open takes no words past the boundary.
 */
class TextRuns {
  private done = '';
  private pending = '';

  /** The characters gathered so far. */
  get length(): number {
    return this.done.length + this.pending.length;
  }

  /** Adds a text node's text (or a space) to the run. */
  add(text: string): void {
    this.pending += text;
  }

  /** Ends the run at an element boundary. */
  settle(): void {
    this.done += sanitize(this.pending);
    this.pending = '';
  }

  /** The text gathered, sanitized, and a fresh start. */
  take(): string {
    this.settle();
    const text = this.done;
    this.done = '';
    return text;
  }
}

/**
 * Text as it is collected: text nodes are gathered into a run across inline elements (`<b>`,
 * `<span>`, `<wbr>`) and written out at a link, a break or a block, and at the end. Adjacent
 * text nodes are sanitized as one (the parser splits text at each entity, so `&#27;[2J`
 * arrives as two nodes), an element ending what an unterminated sequence would remove (so
 * `ESC ]` in one element does not take the words of the next), and *before* they are escaped
 * (sanitizing escaped text would eat the backslash that escapes a mark after ESC, `ESC \`
 * being a whole sequence). A run is escaped as one, so that an address split by an element
 * (`https://example.gov/<wbr>annual_report.pdf`) is still one address.
 */
class Collector {
  /** The text since the last flush. */
  private readonly runs = new TextRuns();

  constructor(
    readonly into: InlineContent,
    private readonly skip: (node: DomNode) => boolean,
    private readonly inLink: boolean,
  ) {}

  /** Collects nodes and what they hold. */
  collect(nodes: ArrayLike<DomNode>): void {
    for (const node of Array.from(nodes)) {
      if (isText(node)) {
        this.runs.add(node.textContent ?? '');
      } else if (isElement(node)) {
        // Text is sanitized up to each element's start and end (shown or not): a control
        // sequence left open inside one takes no words of the text after it.
        this.runs.settle();
        if (isHidden(node) || this.skip(node)) continue;
        this.element(node);
        this.runs.settle();
      }
    }
  }

  /** Writes out the run gathered. */
  flush(): void {
    const data = this.runs.take();
    this.into.text += data;
    // A link's text holds no link: Markdown reads no address in it, so its marks are escaped.
    this.into.markdown += escapeInline(data, this.inLink ? 'link-text' : 'text');
  }

  private space(): void {
    this.flush();
    this.into.text += ' ';
    this.into.markdown += ' ';
  }

  private element(node: DomElement): void {
    const tag = tagOf(node);
    const block = BLOCK_TAGS.has(tag);
    if (tag === 'br' || tag === 'hr' || block) this.space();
    const target = tag === 'a' ? linkTarget(node) : null;
    if (!target) {
      this.collect(node.childNodes);
    } else {
      this.flush();
      const inner = new Collector({ text: '', markdown: '', links: 0 }, this.skip, true);
      inner.collect(node.childNodes);
      inner.flush();
      this.into.text += inner.into.text;
      const label = cleanText(inner.into.markdown);
      this.into.markdown += label ? `[${label}](${target})` : '';
      this.into.links += label ? 1 : 0;
    }
    if (block) this.space();
  }
}

/**
 * The shown text of nodes: text nodes joined, `<br>` and nested blocks as spaces, hidden
 * elements and those `skip` names left out; sanitized run by run and put on one line.
 */
export function inlineContent(nodes: ArrayLike<DomNode>, skip: (node: DomNode) => boolean = () => false): InlineContent {
  const collector = new Collector({ text: '', markdown: '', links: 0 }, skip, false);
  collector.collect(nodes);
  collector.flush();
  const { into } = collector;
  // The text was sanitized run by run as it was gathered: only put on one line.
  return { text: oneLine(into.text), markdown: escapeLineStart(cleanText(into.markdown)), links: into.links };
}

/**
 * Sanitizes each run of adjacent text nodes among an element's children as one, as the text
 * is read (a run ends at an element's start or end), leaving the run's text in its first node:
 * text joined with its neighbours later (an element between them taken out) then loses no
 * words to a control sequence left open on the other side.
 */
export function settleTextRuns(element: DomElement): void {
  let run: DomNode[] = [];
  const settle = (): void => {
    if (run.length === 0) return;
    const text = sanitize(run.map((node) => node.textContent ?? '').join(''));
    run.forEach((node, i) => (node.textContent = i === 0 ? text : ''));
    run = [];
  };
  for (const node of Array.from(element.childNodes)) {
    // Only an element ends a run; a comment inside one is passed over, as the text is read.
    if (isText(node)) run.push(node);
    else if (isElement(node)) settle();
  }
  settle();
}

/** Nodes a small element (a caption, a notice) has at most: one with more is a wrapper, whatever its text. */
const MAX_SMALL_NODES = 1_000;

/**
 * Whether an element holds at most `maxChars` characters of text in at most MAX_SMALL_NODES
 * nodes, found without walking more of it than that (nested elements each look again).
 */
export function isSmall(root: DomNode, maxChars: number): boolean {
  let chars = 0;
  let nodes = 0;
  let node: DomNode | null = root.firstChild;
  while (node) {
    if (++nodes > MAX_SMALL_NODES) return false;
    let next: DomNode | null = null;
    if (isElement(node)) next = node.firstChild;
    else if ((chars += node.textContent?.length ?? 0) > maxChars) return false;
    // Depth first through sibling pointers: no list of children is ever built.
    for (let up: DomNode | null = node; !next && up && up !== root; up = up.parentNode) next = up.nextSibling;
    node = next;
  }
  return true;
}

/** The shown text of one node (see `inlineContent`). */
export function textOf(node: DomNode): string {
  return inlineContent([node]).text;
}

/** Nodes visited at most when reading the first words of an element: keeps the look-up cheap. */
const LEADING_TEXT_NODE_BUDGET = 64;
/**
 * Characters of one text node read beyond those wanted, for what sanitizing may take out (an
 * escape sequence before the words): a paragraph of megabytes is not read whole for its start.
 */
const LEADING_TEXT_MARGIN = 4_096;

/** The first `maxChars` or so characters an element shows, read without walking all of it. */
export function leadingText(root: DomNode, maxChars: number): string {
  const text = new TextRuns();
  let budget = LEADING_TEXT_NODE_BUDGET;
  let node: DomNode | null = root;
  while (node && text.length < maxChars && budget-- > 0) {
    let next: DomNode | null = null;
    if (isText(node)) text.add((node.textContent ?? '').slice(0, maxChars - text.length + LEADING_TEXT_MARGIN));
    else if (isElement(node) && !isHidden(node)) {
      text.settle();
      if (isBlock(node) || tagOf(node) === 'br') text.add(' ');
      next = node.firstChild;
    }
    // Depth first through sibling pointers: no list of children is ever built.
    for (let up: DomNode | null = node; !next && up && up !== root; up = up.parentNode) {
      if (isElement(up)) text.settle();
      next = up.nextSibling;
    }
    node = next;
  }
  // Sanitized run by run already: only put on one line.
  return oneLine(text.take());
}

/**
 * The text blocks of a subtree, read without recursion: each block element starts a new one;
 * hidden elements and those `skip` tells are left out. For subtrees too deep to walk
 * recursively (see `flattenDeep` in html.ts).
 */
export function flatTexts(root: DomNode, skip: (element: DomElement) => boolean = () => false): string[] {
  const texts: string[] = [];
  const current = new TextRuns();
  const flush = (): void => {
    const text = oneLine(current.take());
    if (text) texts.push(text);
  };
  let node: DomNode | null = root.firstChild;
  while (node) {
    let next: DomNode | null = null;
    if (isText(node)) current.add(node.textContent ?? '');
    else if (isElement(node) && !isHidden(node) && !skip(node)) {
      current.settle();
      if (isBlock(node)) flush();
      else if (tagOf(node) === 'br') current.add(' ');
      next = node.firstChild;
    }
    for (let up: DomNode | null = node; !next && up && up !== root; up = up.parentNode) {
      if (isElement(up)) current.settle();
      if (isBlock(up)) flush();
      next = up.nextSibling;
    }
    node = next;
  }
  flush();
  return texts;
}
