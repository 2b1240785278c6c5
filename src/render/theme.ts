// Themes are data: which style each element of an article gets, and the characters that
// draw the layout. The plain theme (no colour, no box drawing) is what pipes and files get;
// it is a theme, not a second renderer.
import { Chalk, type ChalkInstance } from 'chalk';

/** Chalk modifiers and colours applied to one element, in order. */
export type Style = readonly string[];

/** The elements `read` styles. */
export interface ThemeStyles {
  title: Style;
  meta: Style;
  rule: Style;
  lead: Style;
  /** Headings of level 1 and 2. */
  heading: Style;
  /** Headings of level 3. */
  subheading: Style;
  /** Headings of levels 4 to 6. */
  minorHeading: Style;
  label: Style;
  border: Style;
  bullet: Style;
  pullQuote: Style;
  bar: Style;
  attribution: Style;
  quote: Style;
  code: Style;
  strong: Style;
  emphasis: Style;
  strike: Style;
  link: Style;
  /** A link's address, shown after its text when the terminal cannot make a hyperlink. */
  url: Style;
  image: Style;
  table: Style;
}

/** Styles of the token classes of highlighted code (highlight.js class names). */
export type SyntaxStyles = Readonly<Record<string, Style>>;

/** A theme: styles, and the characters that draw boxes, bars, bullets and rules. */
export interface Theme {
  name: string;
  color: boolean;
  styles: ThemeStyles;
  /** Highlighting of code blocks; empty for no highlighting. */
  syntax: SyntaxStyles;
  /** Draw the essentials box with box characters (needs a known width). */
  drawBox: boolean;
  /** The character of the rule under the header; empty for none. */
  rule: string;
  /** What stands before each line of a pull quote. */
  pullQuotePrefix: string;
  /** What stands before each item of the essentials box and of lists. */
  bullet: string;
  /** What stands before each line of a code block. */
  codePrefix: string;
}

/** The colour theme for terminals. */
export const COLOR_THEME: Theme = {
  name: 'color',
  color: true,
  drawBox: true,
  rule: '─',
  pullQuotePrefix: '  ┃ ',
  bullet: '• ',
  codePrefix: '  │ ',
  styles: {
    title: ['bold', 'underline'],
    meta: ['dim'],
    rule: ['dim'],
    lead: ['bold'],
    heading: ['bold', 'cyan'],
    subheading: ['bold'],
    minorHeading: ['italic'],
    label: ['bold', 'yellow'],
    border: ['yellow'],
    bullet: ['yellow'],
    pullQuote: ['italic'],
    bar: ['magenta'],
    attribution: ['dim'],
    quote: ['green'],
    code: ['gray'],
    strong: ['bold'],
    emphasis: ['italic'],
    strike: ['strikethrough'],
    link: ['blue', 'underline'],
    url: ['dim'],
    image: ['dim', 'italic'],
    table: [],
  },
  syntax: {
    keyword: ['magenta'],
    built_in: ['cyan'],
    type: ['cyan'],
    literal: ['yellow'],
    number: ['yellow'],
    string: ['green'],
    regexp: ['red'],
    comment: ['gray'],
    doctag: ['gray'],
    meta: ['gray'],
    title: ['blue'],
    section: ['blue', 'bold'],
    attr: ['yellow'],
    attribute: ['yellow'],
    name: ['blue'],
    tag: ['gray'],
    addition: ['green'],
    deletion: ['red'],
  },
};

/** The colour theme's layout without colour: for terminals under NO_COLOR or --color never. */
export const MONO_THEME: Theme = { ...COLOR_THEME, name: 'mono', color: false, syntax: {} };

const NO_STYLES: ThemeStyles = Object.fromEntries(Object.keys(COLOR_THEME.styles).map((key) => [key, []])) as unknown as ThemeStyles;

/** The theme for pipes and files: clean text, no codes, no box characters. */
export const PLAIN_THEME: Theme = {
  name: 'plain',
  color: false,
  drawBox: false,
  rule: '',
  pullQuotePrefix: '    ',
  bullet: '• ',
  codePrefix: '    ',
  styles: NO_STYLES,
  syntax: {},
};

/** A function that applies a theme's style to text. */
export type Painter = (element: keyof ThemeStyles, text: string) => string;

/** Applies a style (a list of chalk names) to text with a chalk instance. */
export function applyStyle(chalk: ChalkInstance, style: Style, text: string): string {
  let styled = text;
  for (const name of style) {
    const fn = (chalk as unknown as Record<string, ((s: string) => string) | undefined>)[name];
    if (fn) styled = fn(styled);
  }
  return styled;
}

/** The chalk instance themes paint with: 16 colours, whatever the process's own detection says. */
export function themeChalk(): ChalkInstance {
  return new Chalk({ level: 1 });
}

/** Makes the painter of a theme; a theme without colour returns text unchanged. */
export function painter(theme: Theme): Painter {
  if (!theme.color) return (_element, text) => text;
  const chalk = themeChalk();
  return (element, text) => (text === '' ? text : applyStyle(chalk, theme.styles[element], text));
}
