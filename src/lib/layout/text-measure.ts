/**
 * Text widths without a DOM. Layout runs at build time in Node, where there is no canvas, and in the browser,
 * where there is one; so the measure is a plain function that the browser may replace with canvas measureText,
 * and the default is a width table.
 */

/** The width in px of a line of text, set in the timeline's label font. */
export type TextMeasure = (text: string) => number;

/** The size, in px, that the default measure and the layout's row metrics assume for labels. */
export const LABEL_FONT_SIZE = 12;

// Advance widths in thousandths of an em for ASCII 32–126, from the Helvetica metrics that Arial, Liberation Sans
// and Nimbus Sans share; Roboto and Segoe UI run within a few per cent of them.
// prettier-ignore
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0–9 : ; < = > ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A–O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P–Z [ \ ] ^ _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a–o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p–z { | } ~
];

// prettier-ignore
const OTHER_WIDTHS: Readonly<Record<string, number>> = {
  '‘': 222, '’': 222, '“': 333, '”': 333, '–': 556, '—': 1000, '…': 1000, '·': 278, '«': 556, '»': 556,
  'ə': 556, 'Ə': 667, 'ı': 222, 'ş': 500, 'Ş': 667, 'ğ': 556, 'Ğ': 778,
};

/**
 * A measure from the width table, for `fontSize` px text. `safety` (default 1.1) leaves room for wider system
 * fonts (San Francisco sets about 6 % wider than Helvetica), because a label measured too narrow would overlap
 * its neighbour in the static SVG, while one measured too wide only costs a little space.
 * @example createCharWidthMeasure()('Minsk') // ≈ 34.6
 */
export function createCharWidthMeasure(fontSize = LABEL_FONT_SIZE, safety = 1.1): TextMeasure {
  const scale = (fontSize * safety) / 1000;
  return (text) => {
    // Indexing by UTF-16 unit keeps the common ASCII case fast: layout measures every visible title on each frame.
    let units = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code >= 32 && code <= 126) {
        units += ASCII_WIDTHS[code - 32] ?? 556;
      } else if (code >= 0xd800 && code <= 0xdbff) {
        units += 1000; // a character outside the BMP (emoji, rare CJK): a full em for the pair
        i += 1;
      } else {
        units += charWidth(text.charAt(i), code);
      }
    }
    return units * scale;
  };
}

function charWidth(char: string, code: number): number {
  const known = OTHER_WIDTHS[char];
  if (known !== undefined) return known;
  // Wide scripts (CJK, Hangul, emoji) take a full em; accented Latin letters take their base letter's width.
  if (code >= 0x2e80) return 1000;
  const base = char.normalize('NFD').codePointAt(0) ?? 0;
  return base >= 32 && base <= 126 ? (ASCII_WIDTHS[base - 32] ?? 556) : 600;
}

/** A measure that remembers each text's width: the browser re-lays out on every zoom frame with the same titles. */
export function memoizeTextMeasure(measure: TextMeasure): TextMeasure {
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = measure(text);
      widths.set(text, width);
    }
    return width;
  };
}

/**
 * The longest start of `text` that fits `maxWidth` with an ellipsis, or the whole text when it fits; '' when not
 * even one character and the ellipsis fit.
 * @example truncateText('Bayramov and Lavrov meet in Minsk', 100, measure) // "Bayramov and Lav…"
 */
export function truncateText(text: string, maxWidth: number, measure: TextMeasure): string {
  if (measure(text) <= maxWidth) return text;
  // Binary search over the prefix length: widths grow with length, and a browser measure is too slow to call per
  // character on thousands of titles.
  let low = 0;
  let high = text.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(ellipsise(text, middle)) <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return low === 0 ? '' : ellipsise(text, low);
}

function ellipsise(text: string, length: number): string {
  // Never cut a surrogate pair in half.
  const code = text.charCodeAt(length - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? length - 1 : length;
  return `${text.slice(0, end).trimEnd()}…`;
}
