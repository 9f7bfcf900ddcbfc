import en from './messages/en.json' with { type: 'json' };
import ar from './messages/ar.json' with { type: 'json' };
import az from './messages/az.json' with { type: 'json' };
import de from './messages/de.json' with { type: 'json' };
import hy from './messages/hy.json' with { type: 'json' };
import ru from './messages/ru.json' with { type: 'json' };

/** A message's id in the catalogues, e.g. `nav.sources`. The English catalogue is the list of them all. */
export type MessageKey = keyof typeof en;

/** One language's interface text: message ids to ICU MessageFormat strings. */
export type Catalogue = Readonly<Partial<Record<MessageKey, string>>>;

/** The language every other catalogue falls back to, key by key. */
export const SOURCE_LANGUAGE = 'en';

/** The English catalogue: complete by definition. */
export const englishCatalogue: Readonly<Record<MessageKey, string>> = en;

/** Every id, in the English catalogue's order. */
export const messageKeys = Object.keys(en) as readonly MessageKey[];

/** The catalogues shipped with the code, by BCP 47 language tag. A newsroom adds one by adding `messages/<tag>.json`. */
export const shippedCatalogues: Readonly<Record<string, Catalogue>> = { en, ru, az, hy, ar, de };
