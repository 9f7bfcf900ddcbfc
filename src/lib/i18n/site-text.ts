import type { Locale } from 'date-fns';
import type { MessageKey } from './catalogues.ts';
import { toClientMessages, type ClientMessages } from './client-messages.ts';
import { dateLocaleFor } from './date-locale.ts';
import { monthNamesOf, type MonthNames } from './month-names.ts';
import { createTranslator, type Translate, type Translator } from './translator.ts';

/** Everything a page needs to speak one language: its messages, its dates, and what it hands the browser. */
export interface SiteText {
  /** BCP 47 tag: the `lang` of the page. */
  readonly language: string;
  readonly t: Translate;
  readonly translator: Translator;
  /** date-fns's locale for the language (month names in their grammatical forms). */
  readonly dateLocale: Locale;
  /** Standalone month names, for axis ticks and for the browser, which carries no date-fns. */
  readonly monthNames: MonthNames;
  /** The messages `keys` and the month names, for a page's scripts (see client-translator.ts). */
  readonly forBrowser: (keys: readonly MessageKey[]) => ClientText;
}

/** The text a page hands its scripts as JSON. */
export interface ClientText extends ClientMessages {
  readonly months: MonthNames;
}

/** The site's text in `language` (the `language` of timeline.yaml, or an edition's). */
export function createSiteText(language: string): SiteText {
  const translator = createTranslator(language);
  const dateLocale = dateLocaleFor(language);
  const monthNames = monthNamesOf(dateLocale);
  return {
    language,
    t: translator.t,
    translator,
    dateLocale,
    monthNames,
    forBrowser: (keys) => ({ ...toClientMessages(translator, keys), months: monthNames }),
  };
}
