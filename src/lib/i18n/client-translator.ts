import type { MessageKey } from './catalogues.ts';
import type { ClientMessages } from './client-messages.ts';
import type { Translate } from './translator.ts';

/**
 * The browser's `Translate`, over the messages the page handed over (`toClientMessages`): it picks a plural form
 * with `Intl.PluralRules`, formats numbers with `Intl.NumberFormat`, and fills `{placeholders}`. A key the page did
 * not hand over is returned as the key itself, so a missing message is visible, never a crash.
 */
export function createClientTranslator({ language, messages }: ClientMessages): Translate {
  const plurals = new Intl.PluralRules(language);
  const numbers = new Intl.NumberFormat(language);
  const english = new Intl.PluralRules('en');
  const englishNumbers = new Intl.NumberFormat('en');
  const show = (value: string | number) => (typeof value === 'number' ? numbers.format(value) : value);
  return (key: MessageKey, values = {}) => {
    const message = messages[key];
    if (message === undefined) return key;
    let text = message;
    if (typeof message !== 'string') {
      const count = Number(values[message.plural] ?? 0);
      // An English fallback keeps English rules: "21 days", never "21 day".
      const fallback = message.language !== undefined;
      const form = (fallback ? english : plurals).select(count);
      text = (message.forms[`=${count}`] ?? message.forms[form] ?? message.forms['other'] ?? '').replaceAll(
        '#',
        (fallback ? englishNumbers : numbers).format(count),
      );
    }
    return (text as string).replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : show(value);
    });
  };
}
