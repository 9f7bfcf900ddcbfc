import { IntlMessageFormat } from 'intl-messageformat';
import {
  englishCatalogue,
  messageKeys,
  shippedCatalogues,
  SOURCE_LANGUAGE,
  type Catalogue,
  type MessageKey,
} from './catalogues.ts';
import { PSEUDO_LANGUAGE, pseudoCatalogue } from './pseudo-locale.ts';

/** Values a message's `{placeholders}` take: numbers are formatted (and pluralised) for the language. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Formats one interface message in one language. Pages, client elements and images all take text through one. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export interface Translator {
  /** The BCP 47 tag of the language the interface is in (the site's `language`). */
  readonly language: string;
  readonly t: Translate;
  /** The ICU message a key stands for in this language, or the English one where its catalogues lack it. */
  readonly source: (key: MessageKey) => string;
  /** The language a key's message is in: the translator's, or English where its catalogues lack the key. */
  readonly languageOf: (key: MessageKey) => string;
  /** Ids this language's catalogues lack, so they are shown in English; the build lists them. */
  readonly missingKeys: () => readonly MessageKey[];
}

/**
 * The catalogues that serve a language, most specific first: `pt-BR` is served by `pt-BR`, then `pt`; every
 * language falls back to English key by key.
 * @example catalogueChain('pt-BR', catalogues) // [catalogues['pt-BR'], catalogues.pt, en] where they exist
 */
export function catalogueChain(language: string, catalogues: Readonly<Record<string, Catalogue>>): Catalogue[] {
  const chain: Catalogue[] = [];
  const parts = language.split('-');
  for (let length = parts.length; length > 0; length -= 1) {
    const tag = parts.slice(0, length).join('-');
    const catalogue = catalogues[tag] ?? catalogues[tag.toLowerCase()];
    if (catalogue !== undefined && !chain.includes(catalogue)) chain.push(catalogue);
  }
  return chain;
}

/**
 * A translator for `language`: each message from the most specific catalogue that has it, else English.
 * Messages are ICU MessageFormat (`{count, plural, one {# event} other {# events}}`), formatted by intl-messageformat
 * with the language's `Intl.PluralRules` and `Intl.NumberFormat`. Tags (`<b>`) are not markup here: text only.
 * @example createTranslator('ru').t('timeline.showingAll', { total: 21 }) // "Показано все 21 событие."
 */
export function createTranslator(
  language: string,
  catalogues: Readonly<Record<string, Catalogue>> = shippedCatalogues,
): Translator {
  const chain = catalogueChain(
    language,
    language === PSEUDO_LANGUAGE ? { ...catalogues, [PSEUDO_LANGUAGE]: pseudoCatalogue() } : catalogues,
  );
  const compiled = new Map<MessageKey, IntlMessageFormat>();

  const source = (key: MessageKey): string => {
    for (const catalogue of chain) {
      const message = catalogue[key];
      if (message !== undefined) return message;
    }
    return englishCatalogue[key];
  };
  // English itself (and `en-GB`, served by `en`) lacks nothing.
  const missing = chain.includes(englishCatalogue)
    ? []
    : messageKeys.filter((key) => chain.every((catalogue) => catalogue[key] === undefined));

  const languageOf = (key: MessageKey): string =>
    chain.some((catalogue) => catalogue[key] !== undefined) ? language : SOURCE_LANGUAGE;

  const t: Translate = (key, values) => {
    let format = compiled.get(key);
    if (format === undefined) {
      format = new IntlMessageFormat(source(key), languageOf(key), undefined, {
        ignoreTag: true,
      });
      compiled.set(key, format);
    }
    const text = format.format(values);
    if (typeof text !== 'string') throw new Error(`message ${key} did not format to text`);
    return text;
  };

  return { language, t, source, languageOf, missingKeys: () => missing };
}
