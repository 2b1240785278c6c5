// Themes are data: which style each element of an article gets. The plain theme (no colour,
// no box drawing) is what pipes and files get; it is a theme, not a second renderer.
import { Chalk, type ChalkInstance } from 'chalk';

/** Chalk modifiers and colours applied to one element, in order. */
export type Style = readonly string[];

/** The elements `read` styles. */
export interface ThemeStyles {
  title: Style;
  meta: Style;
  lead: Style;
  heading: Style;
  subheading: Style;
  label: Style;
  border: Style;
  bullet: Style;
  pullQuote: Style;
  bar: Style;
  attribution: Style;
  quote: Style;
  code: Style;
  link: Style;
}

/** A theme: styles, and whether boxes and bars are drawn with box characters. */
export interface Theme {
  name: string;
  color: boolean;
  styles: ThemeStyles;
  /** Draw the essentials box with box characters (needs a known width). */
  drawBox: boolean;
  /** What stands before each line of a pull quote. */
  pullQuotePrefix: string;
  /** What stands before each item of the essentials box and of lists. */
  bullet: string;
}

/** The colour theme for terminals. */
export const COLOR_THEME: Theme = {
  name: 'color',
  color: true,
  drawBox: true,
  pullQuotePrefix: '  ┃ ',
  bullet: '• ',
  styles: {
    title: ['bold', 'underline'],
    meta: ['dim'],
    lead: ['bold'],
    heading: ['bold', 'cyan'],
    subheading: ['bold'],
    label: ['bold', 'yellow'],
    border: ['yellow'],
    bullet: ['yellow'],
    pullQuote: ['italic'],
    bar: ['magenta'],
    attribution: ['dim'],
    quote: ['green'],
    code: ['gray'],
    link: ['blue', 'underline'],
  },
};

/** The colour theme's layout without colour: for terminals under NO_COLOR or --color never. */
export const MONO_THEME: Theme = { ...COLOR_THEME, name: 'mono', color: false };

/** The theme for pipes and files: clean text, no codes, no box characters. */
export const PLAIN_THEME: Theme = {
  name: 'plain',
  color: false,
  drawBox: false,
  pullQuotePrefix: '    ',
  bullet: '• ',
  styles: {
    title: [], meta: [], lead: [], heading: [], subheading: [], label: [], border: [], bullet: [],
    pullQuote: [], bar: [], attribution: [], quote: [], code: [], link: [],
  },
};

/** A function that applies a theme's style to text. */
export type Painter = (element: keyof ThemeStyles, text: string) => string;

/** Makes the painter of a theme; a theme without colour returns text unchanged. */
export function painter(theme: Theme): Painter {
  if (!theme.color) return (_element, text) => text;
  const chalk: ChalkInstance = new Chalk({ level: 1 });
  return (element, text) => {
    let styled = text;
    for (const name of theme.styles[element]) {
      const fn = (chalk as unknown as Record<string, (s: string) => string>)[name];
      if (fn) styled = fn(styled);
    }
    return styled;
  };
}
