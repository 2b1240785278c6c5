// Credit lines: who made a picture or a figure, or where it comes from (`Photo: Harbour Ferry
// Company`, `Bild: dpa`, `Bron : CBS`). They say nothing of the story: no summary sentence and
// no lead.
import { lazy } from '../lazy.js';

// Made on first use: only articles without a box are summarized, and only some leads asked.
const CREDIT = lazy(
  () => /^[(\[]?(?:foto(?:'s|s)?|photos?|photograph|picture|image|bild(?:er)?|beeld|illustrati(?:e|on)|grafik|graphic|infographi(?:c|e)|video|vidéo|crédits?|credits?|bron(?:nen)?|sources?|quelle|copyright)\s*[:：]/iu,
);

/** Whether a text opens as a credit or source line does (`Photograph: Henry Nicholls/Reuters`, `Foto: ANP`). */
export function isCredit(text: string): boolean {
  return CREDIT().test(text);
}
