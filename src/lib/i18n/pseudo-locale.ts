import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { englishCatalogue, type Catalogue, type MessageKey } from './catalogues.ts';

/**
 * The pseudo-locale: English with every letter of the interface accented and each message bracketed
 * (`Reset zoom` → `⟦Ŕéšéţ žööm⟧`). A build in it shows at a glance, and a test proves, that no interface text
 * escaped the catalogues: any plain English word left on a page was hard-coded. `en-XA` is the tag Android and
 * Chromium use for the same purpose.
 */
export const PSEUDO_LANGUAGE = 'en-XA';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index] ?? letter,
  ]),
);

/** Text with its ASCII letters accented: still readable, never English. */
export function pseudoText(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter);
}

/**
 * The English catalogue in the pseudo-locale. Placeholders, plural keywords and date-fns patterns are kept (a
 * pattern's letters are format tokens, not words: the dates are pseudo-localised by their locale instead).
 */
export function pseudoCatalogue(): Catalogue {
  const catalogue: Partial<Record<MessageKey, string>> = {};
  for (const [key, message] of Object.entries(englishCatalogue) as [MessageKey, string][]) {
    catalogue[key] = key.startsWith('date.pattern.')
      ? message
      : `⟦${printAST(pseudoElements(parse(message, { ignoreTag: true })))}⟧`;
  }
  return catalogue;
}

function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: pseudoText(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([form, option]) => [
          form,
          { ...option, value: pseudoElements(option.value) },
        ]),
      );
      return { ...element, options };
    }
    return element;
  });
}
