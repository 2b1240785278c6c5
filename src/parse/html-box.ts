// The essentials box of an HTML article: an element (an `aside`, a `div`, a `section`, …)
// whose heading or first words are a box label, with the points that follow as items.
import { append } from '../arrays.js';
import { MAX_BOX_ITEMS } from '../config.js';
import { matchBoxLabel, startsWithBoxLabel } from '../analyse/labels.js';
import { cleanText } from '../io/sanitize.js';
import { essentialsBlock, type BoxEntry, type EssentialsBlock } from '../model.js';
import {
  elementChildren,
  inlineContent,
  isElement,
  isBlock,
  isHidden,
  isShown,
  isSmall,
  namesOf,
  leadingText,
  tagOf,
  textOf,
  type DomElement,
  type DomNode,
} from './html-dom.js';

/** An essentials box found in a page: its label as written, its entries, the element it is. */
export interface HtmlBox {
  label: string;
  entries: BoxEntry[];
  element: DomElement;
}

function entryOf(node: DomNode): BoxEntry {
  const content = inlineContent([node]);
  return { text: content.text, markdown: content.links > 0 ? content.markdown : null };
}

/** The essentials block of a box (its number set when the blocks are numbered). */
export function boxBlock(box: Pick<HtmlBox, 'label' | 'entries'>): EssentialsBlock {
  return essentialsBlock(box.label, box.entries, 0);
}

/** Characters of an element's first words read to match a label (the longest label has 23). */
const LABEL_PREFIX_CHARS = 48;

/** Subtrees that are page furniture, never the article's box. */
const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'form', 'menu']);
/** Class or id of furniture beside the article (Readability's "unlikely candidates", in short). */
const FURNITURE_NAME = /sidebar|related|comment|footer|menu|nav|promo|teaser|widget|share|social|sponsor|advert|banner|popup|newsletter|most-?read/i;
/** Roles of furniture: dialogs (a newsletter or cookie layer), navigation, menus. */
const FURNITURE_ROLES: ReadonlySet<string> = new Set(['dialog', 'alertdialog', 'navigation', 'menu', 'menubar', 'banner', 'contentinfo']);
/**
 * Class or id of a layer over the page (a modal, a cookie or consent layer, a paywall's
 * offer). Pages also name their body or a wrapper so (`modal-open`, `cookie-consent-pending`,
 * `paywall-active`), so only a small element so named is passed over.
 */
const LAYER_NAME = /modal|cookie|consent|gdpr|paywall/i;
/** A layer is short: an element so named with more text is a wrapper. */
const MAX_LAYER_CHARS = 2_000;

/** Whether an element below the root is a dialog or a small layer over the page. */
function isLayer(element: DomElement): boolean {
  if (FURNITURE_ROLES.has(element.getAttribute('role') ?? '') || element.getAttribute('aria-modal') === 'true') return true;
  return LAYER_NAME.test(namesOf(element)) && isSmall(element, MAX_LAYER_CHARS);
}
const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol']);
/** Elements that can hold a box's label and items. */
const CONTAINER_TAGS: ReadonlySet<string> = new Set([
  'aside', 'section', 'div', 'details', 'article', 'main', 'figure', 'blockquote', 'center', 'dialog', 'fieldset', 'td', 'li', 'dd',
]);
const HEADING = /^h[1-6]$/;

/** The first child that shows something: a non-blank text node or a visible element. */
function firstShown(element: DomElement): DomNode | null {
  for (const node of Array.from(element.childNodes)) {
    if (isShown(node)) return node;
  }
  return null;
}

/** The `li` of the lists in an element, not those of lists nested in an item. */
function listEntries(element: DomElement): DomElement[] {
  if (LIST_TAGS.has(tagOf(element))) return elementChildren(element).filter((li) => tagOf(li) === 'li');
  return elementChildren(element).flatMap((child) => (tagOf(child) === 'li' || isHidden(child) ? [] : listEntries(child)));
}

/** A node's items: the entries of its lists when all its text is in them, else its text as one. */
function nodeItems(node: DomNode): { items: BoxEntry[]; listed: boolean } {
  const whole = entryOf(node);
  if (!whole.text) return { items: [], listed: false };
  const entries = isElement(node) ? listItemsOf(node) : [];
  if (entries.length > 0 && cleanText(entries.map((entry) => entry.text).join(' ')) === whole.text) return { items: entries, listed: true };
  return { items: [whole], listed: false };
}

/** The items of the lists in an element (see listEntries), empty ones left out. */
function listItemsOf(element: DomElement): BoxEntry[] {
  return listEntries(element).map(entryOf).filter((item) => item.text !== '');
}

/** The label's line: the holder when it is a block, else the inline run it starts. */
function labelLine(nodes: DomNode[], at: number): number {
  if (isBlock(nodes[at]!)) return at + 1;
  let end = at;
  while (end < nodes.length && !isBlock(nodes[end]!)) end++;
  return end;
}

/** The box's items: the text after the label on its line, then each following node's items. */
function itemsOf(element: DomElement, holder: DomNode): Omit<HtmlBox, 'element'> | null {
  const nodes = Array.from(element.childNodes);
  const at = nodes.indexOf(holder);
  const end = labelLine(nodes, at);
  const line = inlineContent(nodes.slice(at, end)).text;
  const label = matchBoxLabel(line);
  if (!label) return null;
  // The label stands alone (a heading, `<b>Key points</b>`) or ends in a colon: a paragraph
  // that merely begins "In short, …" does not make its container a box.
  const own = isElement(holder) ? matchBoxLabel(textOf(holder)) : null;
  if (own?.rest !== '' && !/^\s*:/u.test(line.slice(label.label.length))) return null;
  const items: BoxEntry[] = label.rest ? [{ text: label.rest, markdown: null }] : [];
  let unlisted = items.length;
  for (const node of nodes.slice(end)) {
    // A heading after the label means a section of the article, not a box.
    if (isElement(node) && HEADING.test(tagOf(node))) return null;
    const found = nodeItems(node);
    append(items, found.items);
    if (!found.listed) unlisted += found.items.length;
  }
  // More loose blocks than a box holds is body text under a label-like opening; list
  // entries are not capped, as a list right after a label in plain text is not (spec §3.2).
  return unlisted <= MAX_BOX_ITEMS && items.length > 0 ? { label: label.label, entries: items } : null;
}

/** Finds boxes, remembering each element's answer so a page is read once, not once per ancestor. */
export class BoxFinder {
  private readonly seen = new Map<DomElement, HtmlBox | null>();

  /** The box this element is, or holds as its first content (`<div><aside>…`: the aside); else null. */
  boxAt(element: DomElement): HtmlBox | null {
    if (this.seen.has(element)) return this.seen.get(element)!;
    const box = this.compute(element);
    this.seen.set(element, box);
    return box;
  }

  /** The first box of a page in document order, outside navigation, sidebars, header, footer and forms. */
  find(root: DomElement): HtmlBox | null {
    const stack: DomElement[] = [root];
    while (stack.length > 0) {
      const element = stack.pop()!;
      const name = namesOf(element);
      // The root (the body) is never furniture: pages name it for their state (`has-main-navigation`, `nav-open`).
      if (element !== root && (isHidden(element) || FURNITURE_TAGS.has(tagOf(element)) || FURNITURE_NAME.test(name) || isLayer(element))) continue;
      const box = this.boxAt(element) ?? labelledList(element);
      if (box) return box;
      const children = elementChildren(element);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
    return null;
  }

  private compute(element: DomElement): HtmlBox | null {
    // Only containers are boxes: a paragraph, a heading, a list or inline text is at most the
    // label line of the container around it.
    if (!CONTAINER_TAGS.has(tagOf(element))) return null;
    const holder = firstShown(element);
    if (!holder) return null;
    // The innermost element that opens with the label is the box, not its wrappers.
    if (isElement(holder)) {
      const inner = this.boxAt(holder);
      if (inner) return inner;
    }
    // Cheap test on the first words before the whole label line is read.
    if (!startsWithBoxLabel(leadingText(element, LABEL_PREFIX_CHARS))) return null;
    const box = itemsOf(element, holder);
    return box && { ...box, element };
  }
}

/**
 * True when two boxes are the same box (the page's and Readability's copy): the same label.
 * Items are not compared, as Readability may have trimmed the copy.
 */
export function sameBox(a: Pick<HtmlBox, 'label'>, b: Pick<HtmlBox, 'label'>): boolean {
  return a.label.toLowerCase() === b.label.toLowerCase();
}

/** The next sibling that shows something, skipping white space and comments. */
function nextShown(node: DomNode): DomNode | null {
  for (let next = node.nextSibling; next; next = next.nextSibling) {
    if (isShown(next)) return next;
  }
  return null;
}

/** A heading that is nothing but a label and the list right after it (`<h2>Key points</h2><ul>`). */
export function labelledList(heading: DomElement): (HtmlBox & { list: DomElement }) | null {
  if (!HEADING.test(tagOf(heading))) return null;
  const label = matchBoxLabel(textOf(heading));
  const list = nextShown(heading);
  if (!label || label.rest !== '' || !list || !isElement(list) || !LIST_TAGS.has(tagOf(list))) return null;
  const items = listItemsOf(list);
  return items.length > 0 ? { label: label.label, entries: items, element: heading, list } : null;
}
