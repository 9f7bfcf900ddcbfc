import type { Locale } from 'date-fns';
import * as dateFnsLocales from 'date-fns/locale';
import { PSEUDO_LANGUAGE, pseudoText } from './pseudo-locale.ts';

const locales = dateFnsLocales as unknown as Readonly<Record<string, Locale>>;

/**
 * The date-fns locale for a BCP 47 tag: month names and their grammatical forms (Russian "сентября" in a date,
 * "сентябрь" alone). `pt-BR` is date-fns's `ptBR`, else `pt`; English is British English (day before month, as the
 * pages write dates); a language date-fns lacks gets English month names.
 */
export function dateLocaleFor(language: string): Locale {
  return findDateLocale(language) ?? (locales['enGB'] as Locale);
}

/** The date-fns locale for a tag, or undefined where date-fns has none (the build then says dates are English). */
export function findDateLocale(language: string): Locale | undefined {
  if (language === PSEUDO_LANGUAGE) return pseudoDateLocale();
  const parts = language.split('-');
  for (let length = parts.length; length > 0; length -= 1) {
    const [first = '', ...rest] = parts.slice(0, length);
    const name = first.toLowerCase() + rest.map((part) => part.toUpperCase()).join('');
    const locale = name === 'en' ? locales['enGB'] : locales[name];
    if (locale !== undefined) return name === 'az' ? lowerCaseMonths(locale) : locale;
  }
  return undefined;
}

// Azerbaijani spelling writes month names in lower case ("19 sentyabr 2023"); date-fns's locale capitalises them.
function lowerCaseMonths(locale: Locale): Locale {
  const month = locale.localize.month;
  return {
    ...locale,
    localize: {
      ...locale.localize,
      month: (...args: Parameters<typeof month>) => month(...args).toLocaleLowerCase('az'),
    },
  };
}

// British English with every word accented, so the pseudo-locale build tells dates from hard-coded text too.
function pseudoDateLocale(): Locale {
  const english = locales['enGB'] as Locale;
  const wrap =
    <A extends unknown[]>(localize: (...args: A) => string) =>
    (...args: A) =>
      pseudoText(localize(...args));
  return {
    ...english,
    code: PSEUDO_LANGUAGE,
    localize: {
      ...english.localize,
      month: wrap(english.localize.month),
      day: wrap(english.localize.day),
      era: wrap(english.localize.era),
      dayPeriod: wrap(english.localize.dayPeriod),
    },
  };
}
