import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { MessageKey } from './catalogues.ts';
import type { Translator } from './translator.ts';

/**
 * A message as the browser gets it: no parser there (the reader pages' JavaScript budget has no room for one).
 * Either plain text with `{name}` placeholders, or one plural whose every form is such a text with `#` for the
 * count; exact forms (`=0`) are keyed `=0`.
 */
export type ClientMessage =
  | string
  | {
      readonly plural: string;
      readonly forms: Readonly<Record<string, string>>;
      /** Set where the message is an English fallback: English plural rules choose its form. */
      readonly language?: string;
    };

/** What a page hands its scripts: the language and the messages they use, already resolved for that language. */
export interface ClientMessages {
  readonly language: string;
  readonly messages: Readonly<Partial<Record<MessageKey, ClientMessage>>>;
}

/**
 * The messages `keys` in the translator's language, flattened for the browser (see `ClientMessage`). Throws, naming
 * the key, for a message the browser could not format: more than one plural, a select, a number or date style.
 * (Numbers outside a plural are formatted in the page's language even in an English fallback message.)
 */
export function toClientMessages(translator: Translator, keys: readonly MessageKey[]): ClientMessages {
  const messages: Partial<Record<MessageKey, ClientMessage>> = {};
  for (const key of keys) {
    const message = flattenMessage(key, translator.source(key));
    const language = translator.languageOf(key);
    messages[key] =
      typeof message === 'string' || language === translator.language ? message : { ...message, language };
  }
  return { language: translator.language, messages };
}

/** One ICU message as a `ClientMessage`. */
export function flattenMessage(key: string, message: string): ClientMessage {
  const elements = parse(message, { ignoreTag: true });
  const plurals = elements.filter((element) => element.type === TYPE.plural);
  if (plurals.length > 1)
    throw new Error(`${key}: the browser formats one plural per message, this has ${plurals.length}`);
  const plural = plurals[0];
  if (plural === undefined || plural.type !== TYPE.plural) return flatText(key, elements);
  if (plural.offset !== 0 || plural.pluralType === 'ordinal')
    throw new Error(`${key}: the browser formats cardinal plurals without offset only`);
  const forms: Record<string, string> = {};
  for (const [form, option] of Object.entries(plural.options)) {
    forms[form] = elements
      .map((element) => (element === plural ? flatText(key, option.value, true) : flatText(key, [element])))
      .join('');
  }
  return { plural: plural.value, forms };
}

function flatText(key: string, elements: readonly MessageFormatElement[], inPlural = false): string {
  return elements
    .map((element) => {
      switch (element.type) {
        case TYPE.literal:
          if (/[{}#]/.test(element.value)) throw new Error(`${key}: the browser cannot show a literal { } or # here`);
          return element.value;
        case TYPE.argument:
          return `{${element.value}}`;
        case TYPE.pound:
          if (!inPlural) throw new Error(`${key}: # outside a plural`);
          return '#';
        default:
          throw new Error(`${key}: the browser formats text, {arguments} and one plural only`);
      }
    })
    .join('');
}
