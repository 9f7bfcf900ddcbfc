/** Which way a language's text runs: the value of the `dir` attribute for pages in it. */
export type TextDirection = 'ltr' | 'rtl';

// Scripts written right to left that a timeline may plausibly be published in (ISO 15924 codes). Used where the
// engine has no Intl.Locale#getTextInfo, and also where it has one whose locale data predates a language: Node 20's
// ICU calls Dhivehi ("dv", Thaana) left to right, Node 24's right to left.
const RIGHT_TO_LEFT_SCRIPTS: ReadonlySet<string> = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);

// getTextInfo() is the current proposal (V8, JavaScriptCore); older engines exposed a `textInfo` getter instead.
interface LocaleWithTextInfo {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

/**
 * The direction of text in a BCP 47 language tag, from the locale data of the engine and the tag's likely script.
 * Throws on a string that is not a language tag, naming it.
 * @example textDirection('ar') // 'rtl'; textDirection('az-Arab') // 'rtl'; textDirection('az-Latn') // 'ltr'
 */
export function textDirection(languageTag: string): TextDirection {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(languageTag);
  } catch {
    throw new RangeError(`"${languageTag}" is not a BCP 47 language tag (such as "en", "ar" or "az-Latn")`);
  }
  const withInfo = locale as Intl.Locale & LocaleWithTextInfo;
  const info = withInfo.getTextInfo?.() ?? withInfo.textInfo;
  if (info?.direction === 'rtl') return 'rtl';
  return scriptDirection(locale.maximize().script);
}

/** The direction of an ISO 15924 script code; left to right for any script not known to run right to left. */
export function scriptDirection(script: string | undefined): TextDirection {
  return script !== undefined && RIGHT_TO_LEFT_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}
