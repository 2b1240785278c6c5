// The cleaned article content (Readability's output) to the model's blocks, in reading order:
// headings, paragraphs, blockquotes as pull quotes, lists, tables, code and the essentials box.
import { ENDS_AS_SENTENCE, startsWithName, type NameRule } from '../analyse/byline.js';
import { countWords } from '../analyse/words.js';
import { enclosedQuote } from '../analyse/quotes.js';
import { CREDIT_DASHES, hasWord } from '../analyse/chars.js';
import { sanitize } from '../io/sanitize.js';
import type { Block } from '../model.js';
import { sameText } from './blocks.js';
import { boxBlock, BoxFinder, labelledList, sameBox, type HtmlBox } from './html-box.js';
import {
  elementChildren,
  inlineContent,
  isBlock,
  isElement,
  isHidden,
  isShown,
  isSmall,
  namesOf,
  tagOf,
  textOf,
  type DomDocument,
  type DomElement,
  type DomNode,
} from './html-dom.js';

/**
 * A `start` attribute of whole digits (`<ol start="3">`); one below zero, which Markdown
 * cannot number a list from, is read as none.
 */
const OL_START = /^\s*\+?(\d{1,9})/;

/** The number of an `<ol>`'s first item: its `start` attribute, else 1. */
function olStart(element: DomElement): number {
  const digits = OL_START.exec(element.getAttribute('start') ?? '')?.[1];
  return digits === undefined ? 1 : Number(digits);
}

/** A block before numbering; `caption` marks figure captions, which are never the lead. */
export interface Draft {
  block: Block;
  caption: boolean;
}

const HEADING = /^h([1-6])$/;
const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);
const ROW_GROUP_TAGS: ReadonlySet<string> = new Set(['thead', 'tbody', 'tfoot']);
/** Page furniture that Readability normally removes; skipped when it did not run. */
const SKIPPED_TAGS: ReadonlySet<string> = new Set(['nav', 'hr', 'form', 'menu', 'dialog']);
const ATTRIBUTION_TAGS: ReadonlySet<string> = new Set(['cite', 'footer']);
const DASHES = new RegExp(`^[\\s${CREDIT_DASHES}]+`, 'u');
const CODE_LANGUAGE = /(?:^|\s)(?:language|lang)-([\w+#.-]+)/;
/** Figures hold images, their captions and credits: never the lead. */
const CAPTION_TAGS: ReadonlySet<string> = new Set(['figure', 'figcaption']);
/** Class or id of a caption or photo credit outside a `figure` (`p.caption`, `#imgCaption`). */
const CAPTION_NAME = /caption|credit/i;
/**
 * Class or id of what stands beside a headline and is no lead either: a byline or dateline
 * (`p.byline`, `span.author`, as Readability names them; it takes one out of the content only when the
 * page's metadata has no author), a kicker over the headline (`kicker`, `topline`, `overline`,
 * `eyebrow`) or a publication date (`published`, `timestamp`, a class or id ending in `date`
 * after a dash or underscore or being it, `date-time` too: `article__date`, not `update` or
 * `date-night`).
 */
const BESIDE_HEADLINE_NAME =
  /byline|author(?!it)|dateline|writtenby|kicker|topline|overline|eyebrow|timestamp|published|(?:^|\s|[-_])(?:date|datetime|pubdate)(?:[-_](?:time|published|modified|updated))?(?:\s|$)/i;
/**
 * A caption, credit or byline is short: an element so named with more text than this is a
 * wrapper (`<article class="post has-byline">`), and its paragraphs stay candidates for the lead.
 */
const MAX_CAPTION_CHARS = 500;


/** A line beside a headline is short (`By Jane Doe`, `12 March 2024, 14:05`, `Environment`). */
const MAX_BESIDE_HEADLINE_WORDS = 12;
/** Words a line beside a headline may have and still end in a full stop (`By Ann Lee.`). */
const MAX_BESIDE_HEADLINE_SENTENCE_WORDS = 6;

/** Whether a text is a line beside a headline: a few words, not a sentence. */
function besideHeadline(text: string): boolean {
  const words = countWords(text);
  return words <= MAX_BESIDE_HEADLINE_WORDS && (words <= MAX_BESIDE_HEADLINE_SENTENCE_WORDS || !ENDS_AS_SENTENCE.test(text.trim()));
}

/**
 * Whether an element is a caption or credit, or a byline, kicker or date, by its class or id
 * (or `rel="author"`) and its size; one of the latter holds no heading, and its text, or each block in it, is a
 * line beside a headline (a block named `…--byline` or `has-byline` that also holds the
 * headline or the standfirst is no byline).
 */
function namedCaption(element: DomElement): boolean {
  const names = `${namesOf(element)} ${element.getAttribute('rel') ?? ''}`;
  if (CAPTION_NAME.test(names)) return isSmall(element, MAX_CAPTION_CHARS);
  if (!BESIDE_HEADLINE_NAME.test(names) || !isSmall(element, MAX_CAPTION_CHARS) || element.querySelector(HEADINGS) !== null) return false;
  const blocks = elementChildren(element).filter(isBlock);
  return (blocks.length === 0 ? [element] : blocks).every((block) => besideHeadline(textOf(block)));
}
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
/** The attribute that marks captions; Readability drops classes but keeps `data-` attributes. */
const CAPTION_MARK = 'data-article-caption';

/** A consent notice is short: an element so named with more text is a wrapper. */
const MAX_CONSENT_CHARS = 2_000;
// A consent word in a class or id (`cookie-law-info-bar`, `CybotCookiebotDialog`,
// `consent-wall`), or the name of a consent platform (`qc-cmp2-container`, `didomi-notice`,
// `onetrust-banner-sdk`, `truste_box`; not Adobe's `cmp-text` components), not in a tag or
// category of a post (`tag-cookies`).
const CONSENT_NAME = /(?:^|\s)(?!(?:tag|category|topic|post-tag)[-_])[\w-]*(?:cookie|consent|gdpr|rgpd|didomi|onetrust|usercentrics|quantcast|qc-cmp|sp_message|truste[-_])/i;
// A word that names a notice in a class or id (`cookie-banner`, `CookiebotDialog`, `cookiewall`).
const NOTICE_NAME = /(?:^|[\s_-]|cookies?|consent|gdpr|bot)(?:banner|bar|wall|notice|overlay|modal|popup|layer|dialog|alert|message|bandeau|hinweis|melding)(?:$|[\s_-])/i;
// The words of a link that takes a notice's consent (`<a href="#">Accept</a>`): a word of
// agreement, and the words that go with one (`Alles accepteren`, `Ja, ich stimme zu`,
// `J’accepte`, `Accept and continue`, `Alle Cookies akzeptieren`, `OK, I agree`).
const AGREEMENT_WORDS: ReadonlySet<string> = new Set([
  'accept', 'accepteer', 'accepteren', 'akzeptieren', 'akzeptiere', 'accepter', 'accepte', 'acceptez', "j'accepte", 'agree', 'allow', 'toestaan',
  'erlauben', 'autoriser', 'ok', 'okay', 'compris', 'verstanden', 'understood', 'ja', 'yes', 'oui', 'prima', 'akkoord', 'zustimmen', 'stimme',
  'einverstanden', "d'accord", 'got', 'zulassen', 'understand', 'begrepen', 'consent', 'einwilligen',
]);
const WITH_AGREEMENT: ReadonlySet<string> = new Set([
  'all', 'alle', 'alles', 'tout', 'les', 'die', 'cookies', 'i', 'ik', 'ga', 'ich', 'je', "j'ai", 'it', 'zu', 'and', 'und', 'et', 'en', 'close',
  'continue', 'proceed', 'weiter', 'continuer', 'sluiten', 'schließen', 'fermer', 'verder', 'doorgaan', '&',
]);
/** An accept link says a few words: a longer one is text. */
const MAX_ACCEPT_WORDS = 5;

const TEXT_NODE = 3;

// Text before a control ends a statement (`… stimmen Sie zu. <a>OK</a>`), not a question that
// the link would answer (`… the challenge? <a>Yes</a>`).
const STATEMENT_END = /[.!:]["'”’»)]*\s*$/u;
// Text after a control that is punctuation only (`<a>OK</a>.`).
const PUNCTUATION_ONLY = /^[\s.,;:!)\]]*$/u;

/**
 * Whether a link stands apart from text, as a control does: no text right before it but a
 * finished statement, none right after it but punctuation (not `… the challenge? <a>Yes</a>`,
 * `<a>Ja</a>, sagte er`).
 */
function standsAlone(link: DomElement): boolean {
  const text = (node: DomNode | undefined): string | null => (node !== undefined && node.nodeType === TEXT_NODE ? (node.textContent ?? '') : null);
  const siblings = Array.from(link.parentNode?.childNodes ?? []).filter((node) => isElement(node) || (node.nodeType === TEXT_NODE && (node.textContent ?? '').trim() !== ''));
  const at = siblings.indexOf(link);
  const before = text(siblings[at - 1]);
  const after = text(siblings[at + 1]);
  return (before === null || STATEMENT_END.test(before)) && (after === null || PUNCTUATION_ONLY.test(after));
}

/** Whether a link's text takes consent: only words of agreement and words that go with them, one of agreement (not `ja noch nee`, `Oktober`, `Agreement der Verlage`). */
function isAcceptLink(text: string): boolean {
  const words = text.toLowerCase().replace(/’/gu, "'").split(/[\s,.!]+/u).filter((word) => word !== '');
  return words.length > 0 && words.length <= MAX_ACCEPT_WORDS && words.some((word) => AGREEMENT_WORDS.has(word)) && words.every((word) => AGREEMENT_WORDS.has(word) || WITH_AGREEMENT.has(word));
}

// What a notice says: cookies or consent, in the spec's languages.
const CONSENT_TEXT = /cookie|consent|toestemming|einwillig|zustimm|datenschutz|privacy|gdpr|rgpd|dsgvo/i;
// Elements that are never a notice, whatever their name.
const NOT_A_NOTICE_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'blockquote']);

/**
 * Whether an element is a cookie or consent notice: never part of an article, though
 * Readability keeps one that stands beside it. By its class or id (a consent word, not a
 * post's tag), its size, what it says (cookies, consent, privacy), and a notice word in its
 * name (`cookie-banner`) or a button to click; never a heading, an article or the main
 * content (an explainer named `cookie-explainer`, with a link but no button, stays).
 */
function isConsentNotice(element: DomElement): boolean {
  if (NOT_A_NOTICE_TAGS.has(tagOf(element))) return false;
  const names = namesOf(element);
  if (!CONSENT_NAME.test(names)) return false;
  if (!isSmall(element, MAX_CONSENT_CHARS) || !CONSENT_TEXT.test(element.textContent ?? '')) return false;
  if (NOTICE_NAME.test(names) || element.querySelector('button, input, [role="button"]') !== null) return true;
  return [...element.querySelectorAll('a')].some((link) => isAcceptLink(textOf(link)) && standsAlone(link));
}

/** Whether preparePage marked an element a caption, credit, byline, kicker or date. */
export function isMarkedCaption(element: DomElement): boolean {
  return element.getAttribute(CAPTION_MARK) !== null;
}

/**
 * Readies a page for Readability, which drops classes and every `footer`: takes out cookie and
 * consent notices, marks captions by class or id, and turns a blockquote's `<footer>` (its
 * attribution) into a `<cite>`.
 */
export function preparePage(document: DomDocument, root: DomElement): void {
  // Each element with whether it is inside a caption: every element inside one is marked, as
  // Readability may put a caption's paragraph in the place of the `<div>` that named it.
  const stack: [DomElement, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [element, inCaption] = stack.pop()!;
    const caption = inCaption || namedCaption(element);
    if (caption) element.setAttribute(CAPTION_MARK, '');
    for (const child of elementChildren(element)) {
      if (isConsentNotice(child)) {
        child.remove();
      } else if (tagOf(child) === 'footer' && tagOf(element) === 'blockquote') {
        const cite = document.createElement('cite');
        while (child.firstChild) cite.appendChild(child.firstChild);
        child.replaceWith(cite);
      } else {
        stack.push([child, caption]);
      }
    }
  }
}

function lastShown(element: DomElement): DomNode | null {
  const nodes = Array.from(element.childNodes);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (isShown(node)) return node;
  }
  return null;
}

/** A speaker's credit names someone in a few words: `Peter Füssenich, Dombaumeister`. */
const MAX_CREDIT_WORDS = 8;
/** A speaker's name: a first and a last name at least (`Mayor Ann Lee`), after a role or not. */
const CREDIT_NAME: NameRule = { minWords: 2, roles: 'any', alone: false, placeOnly: false };
// The end of a paragraph that closes a quotation, and of one that ends a sentence.
const CLOSES_QUOTE = /["'”’»›“‘]\s*$/u;
const ENDS_SENTENCE = /[.!?…:;]\s*$/u;

/**
 * The paragraph that credits a blockquote's speaker: its last, of a few words not ending as a
 * sentence does, after a paragraph that ends in a closing quote mark (`<p>„…dran.“</p><p>Peter
 * Füssenich, Dombaumeister</p>`); null otherwise.
 */
function creditParagraph(quote: DomElement, last: DomElement): DomElement | null {
  if (tagOf(last) !== 'p') return null;
  const text = textOf(last).trim();
  if (text === '' || ENDS_SENTENCE.test(text) || CLOSES_QUOTE.test(text) || text.split(/\s+/u).length > MAX_CREDIT_WORDS) return null;
  // A name of two words or more, after a role or before one or not (`Peter Füssenich,
  // Dombaumeister`, `burgemeester Femke Halsema`); not a line of verse (`Rage, rage against the
  // dying of the light`), nor a word alone (`Applaus`, `Amen`).
  if (!startsWithName(text, CREDIT_NAME)) return null;
  const shown = Array.from(quote.childNodes).filter(isShown);
  const before = shown[shown.length - 2];
  return before && isElement(before) && tagOf(before) === 'p' && CLOSES_QUOTE.test(textOf(before)) ? last : null;
}

/** The `<cite>` or `<footer>` that closes a blockquote (directly or in its last paragraph), or its credit paragraph. */
function attributionOf(quote: DomElement): DomElement | null {
  const last = lastShown(quote);
  if (!last || !isElement(last)) return null;
  if (ATTRIBUTION_TAGS.has(tagOf(last))) return last;
  const inner = tagOf(last) === 'p' ? lastShown(last) : null;
  if (inner && isElement(inner) && tagOf(inner) === 'cite') return inner;
  return creditParagraph(quote, last);
}

/** The rows of a table (in row groups or not), leaving nested tables to their cells. */
function tableRows(table: DomElement): DomElement[][] {
  const rows: DomElement[][] = [];
  const visit = (parent: DomElement): void => {
    for (const child of elementChildren(parent)) {
      const tag = tagOf(child);
      if (tag === 'tr') rows.push(elementChildren(child).filter((cell) => CELL_TAGS.has(tagOf(cell))));
      else if (ROW_GROUP_TAGS.has(tag)) visit(child);
    }
  };
  visit(table);
  return rows;
}

function hasBlockDescendant(element: DomElement): boolean {
  return elementChildren(element).some((child) => isBlock(child) || hasBlockDescendant(child));
}

/** Walks cleaned content into drafts; one walker per article, as it remembers the box. */
export class ContentWalker {
  /** The blocks found, in reading order. */
  readonly drafts: Draft[] = [];
  private boxFound = false;
  /** Whether anything but headings was found yet (a title-like heading is only dropped before). */
  private pastHeadings = false;
  private readonly boxes = new BoxFinder();

  /**
   * `title` is the article's title: a heading repeating it before any text is dropped.
   * `pageBox` is the box found in the page before Readability (outside its furniture): only its
   * copy is taken as the box, so a later box-like element cannot replace it, and a sidebar's
   * box that Readability kept, but whose class it dropped, is not taken for the article's.
   */
  constructor(
    private readonly title: string | null,
    private readonly pageBox: HtmlBox | null,
  ) {}

  /** Takes a box found in the content when it is the page's box; true if it did. */
  private takeBox(box: Pick<HtmlBox, 'label' | 'entries'>): boolean {
    if (this.boxFound || !this.pageBox || !sameBox(box, this.pageBox)) return false;
    this.boxFound = true;
    this.push(boxBlock(box));
    return true;
  }

  /** True when the content held an essentials box. */
  get hasBox(): boolean {
    return this.boxFound;
  }

  /** Walks the children of a container: runs of inline content are paragraphs. */
  walk(container: DomNode, caption = false): void {
    const children = Array.from(container.childNodes);
    let run: DomNode[] = [];
    const flush = (): void => {
      if (run.length > 0) this.paragraph(run, caption);
      run = [];
    };
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (isElement(child) && (isBlock(child) || elementChildren(child).some(isBlock))) {
        flush();
        i = this.element(child, children, i, caption);
      } else if (!isHidden(child)) {
        run.push(child);
      }
    }
    flush();
  }

  private push(block: Block, caption = false): void {
    if (block.type !== 'heading') this.pastHeadings = true;
    this.drafts.push({ block, caption });
  }

  /** Handles a block element; returns the index of the last sibling it consumed. */
  private element(element: DomElement, siblings: DomNode[], at: number, inCaption: boolean): number {
    const tag = tagOf(element);
    if (isHidden(element) || SKIPPED_TAGS.has(tag)) return at;
    const caption = inCaption || CAPTION_TAGS.has(tag) || isMarkedCaption(element);
    const heading = HEADING.exec(tag);
    if (heading) return this.heading(element, Number(heading[1]), siblings, at);
    switch (tag) {
      case 'p':
        this.paragraph(Array.from(element.childNodes), caption);
        return at;
      case 'blockquote':
        this.pullQuote(element, attributionOf(element));
        return at;
      case 'figure': {
        // `<figure><blockquote>…</blockquote><figcaption>— Name</figcaption></figure>`
        const parts = elementChildren(element).filter((child) => !isHidden(child));
        const [quote, credit] = parts.map(tagOf).join() === 'blockquote,figcaption' ? parts : [];
        if (quote && credit) this.pullQuote(quote, credit);
        else this.walk(element, caption);
        return at;
      }
      case 'ul':
      case 'ol':
        this.list(element);
        return at;
      case 'pre':
        this.code(element);
        return at;
      case 'table':
        this.table(element, caption);
        return at;
      default: {
        const box = this.boxFound ? null : this.boxes.boxAt(element);
        if (box?.element !== element || !this.takeBox(box)) this.walk(element, caption);
        return at;
      }
    }
  }

  private heading(element: DomElement, level: number, siblings: DomNode[], at: number): number {
    const text = textOf(element);
    if (!hasWord(text)) return at;
    const labelled = this.boxFound ? null : labelledList(element);
    if (labelled && this.takeBox(labelled)) return Math.max(at, siblings.indexOf(labelled.list, at));
    if (!this.pastHeadings && this.title && sameText(text, this.title)) return at;
    // Readability turns `h1` in the content into `h2`; the model's headings start at 2.
    this.push({ type: 'heading', text, level: Math.max(2, level), block: 0 });
    return at;
  }

  private paragraph(nodes: DomNode[], caption: boolean): void {
    const { text, markdown, links } = inlineContent(nodes);
    if (!hasWord(text)) return;
    // A paragraph that shows only marked elements (`<p><span class="topline">…</span></p>`) is one.
    const shown = nodes.filter(isShown);
    const marked = shown.length > 0 && shown.every((node) => isElement(node) && isMarkedCaption(node));
    this.push({ type: 'paragraph', text, ...(links > 0 ? { markdown } : {}), block: 0 }, caption || marked);
  }

  private pullQuote(element: DomElement, cite: DomElement | null): void {
    const body = inlineContent(element.childNodes, (node) => node === cite).text;
    if (!hasWord(body)) return;
    const credit = cite ? textOf(cite).replace(DASHES, '') || null : null;
    const text = credit ? `${body} — ${credit}` : body;
    const enclosed = enclosedQuote(text);
    this.push({
      type: 'pullquote',
      text,
      quote: enclosed?.quote ?? body,
      attribution: credit ?? enclosed?.attribution ?? null,
      block: 0,
    });
  }

  private listItems(list: DomElement): { text: string; markdown: string; links: number }[] {
    return elementChildren(list)
      .filter((item) => tagOf(item) === 'li')
      .map((item) => inlineContent(item.childNodes))
      .filter((item) => hasWord(item.text));
  }

  private list(element: DomElement): void {
    const items = this.listItems(element);
    if (items.length === 0) return;
    const ordered = tagOf(element) === 'ol';
    const start = ordered ? olStart(element) : 1;
    const markdown = items.some((item) => item.links > 0)
      ? items.map((item, i) => `${ordered ? `${start + i}.` : '-'} ${item.markdown}`).join('\n')
      : null;
    this.push({
      type: 'list',
      ordered,
      ...(ordered ? { start } : {}),
      items: items.map((item) => item.text),
      ...(markdown ? { markdown } : {}),
      block: 0,
    });
  }

  private code(element: DomElement): void {
    const text = sanitize(element.textContent ?? '').replace(/^\n|\n+$/g, '');
    if (text.trim() === '') return;
    const code = elementChildren(element).find((child) => tagOf(child) === 'code');
    const classes = `${element.getAttribute('class') ?? ''} ${code?.getAttribute('class') ?? ''}`;
    this.push({ type: 'code', text, lang: CODE_LANGUAGE.exec(classes)?.[1] ?? null, block: 0 });
  }

  private table(element: DomElement, caption: boolean): void {
    const rows = tableRows(element);
    // A table laid out with paragraphs or lists in its cells is page layout: read its cells.
    if (rows.flat().some(hasBlockDescendant)) {
      for (const cell of rows.flat()) this.walk(cell, caption);
      return;
    }
    const cells = rows.map((row) => row.map(textOf)).filter((row) => row.some((cell) => hasWord(cell)));
    if (cells.length === 0) return;
    if (cells.length === 1 && cells[0]!.length === 1) {
      this.push({ type: 'paragraph', text: cells[0]![0]!, block: 0 }, caption);
      return;
    }
    this.push({ type: 'table', header: cells[0]!, rows: cells.slice(1), block: 0 });
  }
}
