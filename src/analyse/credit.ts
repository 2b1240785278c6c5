// Credit lines: who made a picture or a figure, or where it comes from (`Photo: Harbour Ferry
// Company`, `Bild: dpa`, `Bron : CBS`). They say nothing of the story: no summary sentence and
// no lead.
import { lazy } from '../lazy.js';

// The words that open a picture's credit, and those that open any other credit line.
const PICTURE_WORDS = String.raw`foto(?:'s|s)?|photos?(?:\s+credits?)?|photograph|picture|image|bild(?:er|quelle)?|beeld|illustrati(?:e|on)|crédits?|credits?|copyright|composite`;
const OTHER_WORDS = String.raw`grafik|graphic|infographi(?:c|e)|video|vidéo|bron(?:nen)?|sources?|quelle`;
// Made on first use: only articles without a box are summarized, and only some leads asked.
const CREDIT = lazy(() => new RegExp(String.raw`^[(\[]?(?:${PICTURE_WORDS}|${OTHER_WORDS})\s*[:：]`, 'iu'));
const PICTURE_CREDIT = lazy(() => new RegExp(String.raw`^[(\[]?(?:${PICTURE_WORDS})\s*[:：]`, 'iu'));

/** Whether a text opens as a credit or source line does (`Photograph: Henry Nicholls/Reuters`, `Foto: ANP`). */
export function isCredit(text: string): boolean {
  return CREDIT().test(text);
}

/** Whether a text opens as a picture's credit does (`Photo: AFP via Getty Images`, `Bild: dpa`), not a video's, a graphic's or a source's. */
export function isPictureCredit(text: string): boolean {
  return PICTURE_CREDIT().test(text);
}
