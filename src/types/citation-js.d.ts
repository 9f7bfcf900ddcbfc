// Just the part of citation-js's API that src/lib/cite uses; the packages ship no types.
declare module '@citation-js/core' {
  /** A CSL-JSON item as citation-js holds it. */
  type CiteData = Record<string, unknown>;

  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    /** The parsed items (citation-js adds a `_graph` property to each). */
    readonly data: CiteData[];
    /** `bibliography`, `citation`, `bibtex`, `biblatex`, `ris`, `data`: a string unless asked for objects or entries. */
    format(format: string, options?: Record<string, unknown>): unknown;
  }

  /** A named register of plugin configuration, e.g. the CSL styles or locales. */
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    get(name: string): T | undefined;
  }

  export const plugins: {
    readonly config: {
      get(plugin: '@csl'): { readonly styles: Register<string>; readonly locales: Register<string> };
      get(plugin: string): unknown;
    };
  };
}

declare module '@citation-js/plugin-csl' {}
declare module '@citation-js/plugin-bibtex' {}
declare module '@citation-js/plugin-ris' {}
