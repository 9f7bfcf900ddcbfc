/** One language a page is published in, and the address of the same page in it. */
export interface EditionLink {
  readonly language: string;
  /** The language's name in that language, as a switcher shows it ("Русский", "English"). */
  readonly name: string;
  readonly href: string;
  readonly current: boolean;
}

/**
 * The same page in every edition: each edition's pages mirror the original's below its own home (`/ru/`), so a page
 * is found by swapping the home. Empty for a timeline published in one language.
 * @example editionLinks('/ru/events/x/', '/ru/', [{ language: 'en', home: '/' }, { language: 'ru', home: '/ru/' }])
 *   // [{ language: 'en', href: '/events/x/', … }, { language: 'ru', href: '/ru/events/x/', current: true, … }]
 */
export function editionLinks(
  pathname: string,
  currentHome: string,
  editions: readonly { readonly language: string; readonly home: string }[],
): EditionLink[] {
  if (editions.length < 2 || !pathname.startsWith(currentHome)) return [];
  const rest = pathname.slice(currentHome.length);
  return editions.map(({ language, home }) => ({
    language,
    name: languageName(language),
    href: `${home}${rest}`,
    current: home === currentHome,
  }));
}

/** A language's own name for itself, capitalised as a menu item: languageName('ru') is "Русский". */
export function languageName(language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
