import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { isEditorPage, readDistPages, type DistPage } from '../support/dist-pages.ts';
import { git } from '../support/history-repo.ts';

// The pseudo-locale build (issue 16): every catalogue message is accented and bracketed (`⟦Śéåŕçĥ⟧`), and the
// fixture's own words are Greek, so a run of three or more ASCII letters on a page can only be interface text that
// never went through the catalogue.

/** Words that stay as they are in every language, each with its reason. */
const ALLOWED_WORDS: ReadonlyMap<string, string> = new Map([
  ['CSV', 'a file format, named as its users search for it'],
  ['JSON', 'a file format'],
  ['BibTeX', 'a citation file format'],
  ['BibLaTeX', 'the BibTeX dialect of the .bib download, named in its label'],
  ['RIS', 'a citation file format'],
  ['CSL', 'the citation data format (CSL-JSON)'],
  ['APA', 'a citation style, named as students are told to use it'],
  ['MLA', 'a citation style'],
  ['SVG', 'an image format'],
  ['PNG', 'an image format'],
  ['Natural', 'Natural Earth, the name of the dataset the maps draw borders from, named in every map caption'],
  ['Earth', 'Natural Earth (see above)'],
]);

/**
 * Offenders that belong to the browser/lib branch (src/client, src/lib: the client's messages, the snapshot images'
 * alt text, the axis ticks, the citation formats' names, the history's change descriptions). Each is a pattern
 * matched against "page kind: where: text".
 * TODO(i18n, after merging wip-pages with the browser/lib branch): empty this list; the last test below says which
 * entries no longer match anything.
 */
const KNOWN_ELSEWHERE: readonly { readonly pattern: RegExp; readonly owner: string }[] = [
  {
    pattern: /: text in <(div|i|b|span)> in \.csl-entry: /,
    owner: 'src/lib/cite (citation-js): citations in the English CSL locale ("Available at", "Accessed", month names)',
  },
];

/** A page of each kind the site builds, by its path in the fixture. */
const PAGE_KINDS: readonly { readonly kind: string; readonly path: RegExp }[] = [
  { kind: 'home', path: /^\/$/ },
  { kind: 'event', path: /^\/events\/[^/]+\/$/ },
  { kind: 'history', path: /^\/events\/[^/]+\/history\/$/ },
  { kind: 'version', path: /^\/events\/[^/]+\/versions\/[^/]+\/$/ },
  { kind: 'source', path: /^\/sources\/[^/]+\/$/ },
  { kind: 'sources index', path: /^\/sources\/$/ },
  { kind: 'about', path: /^\/about\/$/ },
  { kind: 'data', path: /^\/data\/$/ },
  { kind: 'search', path: /^\/search\/$/ },
  { kind: 'corrections', path: /^\/corrections\/$/ },
  { kind: '404', path: /^\/404\.html$/ },
  { kind: 'embed', path: /^\/embed\/$/ },
  { kind: 'places index', path: /^\/places\/$/ },
  { kind: 'place', path: /^\/places\/[^/]+\/$/ },
];

/** Attributes that are (part of) an element's accessible name or description, read aloud like visible text. */
const NAME_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'alt', 'placeholder'];

/**
 * Elements whose text is not interface language: code and the embed snippets readers copy (`<textarea>`), scripts
 * and styles; the page's data, not words.
 */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'CODE', 'PRE', 'TEXTAREA', 'TEMPLATE', 'NOSCRIPT']);

const URL_PATTERN = /\b(?:https?:\/\/|mailto:)\S+|\b[\w.-]+\.(?:org|com|net|json|geojson|csv|bib|ris|js|png|svg)\b/g;

/** The runs of 3+ ASCII letters in `text` that are neither in an address nor allowed. */
function englishRuns(text: string): string[] {
  return (text.replace(URL_PATTERN, ' ').match(/[A-Za-z]{3,}/g) ?? []).filter((word) => !ALLOWED_WORDS.has(word));
}

interface Offender {
  readonly page: string;
  readonly kind: string;
  /** `text in <p>` or `aria-label of <button>`. */
  readonly where: string;
  readonly text: string;
}

/**
 * Every visible text node and accessible-name attribute of `page` that holds English, outside `translate="no"`.
 * Under `aria-hidden` only the text counts: it is still seen, but its attributes are never read.
 */
function offendersOf(page: DistPage, kind: string): Offender[] {
  const found: Offender[] = [];
  const visit = (element: Element, hidden: boolean) => {
    if (NOT_TEXT.has(element.tagName.toUpperCase()) || element.getAttribute('translate') === 'no') return;
    const tag = element.tagName.toLowerCase();
    // The nearest class names the part of the page (`.cite-format__text`), for the list of known offenders.
    const part = element.closest('[class]')?.getAttribute('class')?.split(/\s+/)[0];
    const at = part === undefined ? `<${tag}>` : `<${tag}> in .${part}`;
    const inert = hidden || element.getAttribute('aria-hidden') === 'true';
    const names = inert ? [] : [...NAME_ATTRIBUTES];
    // A button's value is its label; an input's value elsewhere is data (a lane's id, an outlet's name).
    if (!inert && (tag === 'button' || ['button', 'submit', 'reset'].includes(element.getAttribute('type') ?? '')))
      names.push('value');
    for (const name of names) {
      const value = element.getAttribute(name);
      if (value !== null && englishRuns(value).length > 0)
        found.push({ page: page.path, kind, where: `${name} of ${at}`, text: value });
    }
    for (const child of element.childNodes) {
      if (child.nodeType === 3) {
        const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (englishRuns(text).length > 0) found.push({ page: page.path, kind, where: `text in ${at}`, text });
      } else if (child.nodeType === 1) visit(child as Element, inert);
    }
  };
  visit(page.document.documentElement, false);
  return found;
}

const describeOffender = (o: Offender) => `${o.kind}: ${o.where}: ${o.text}`;

/**
 * The pseudo fixture in a git repository with two editions, so that the history and version pages are built:
 * "bridge-opens" changes its summary between them.
 */
function pseudoSiteWithHistory(): string {
  const repo = resolve('tests/.tmp/pseudo-site-repo');
  rmSync(repo, { recursive: true, force: true });
  const content = join(repo, 'content');
  mkdirSync(repo, { recursive: true });
  cpSync('tests/fixtures/pseudo-site', content, { recursive: true });
  git(repo, ['init', '-q', '-b', 'main']);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'First edition'], '2026-11-20');
  const event = join(content, 'events/bridge-opens.md');
  writeFileSync(
    event,
    readFileSync(event, 'utf8').replace('Η γέφυρα άνοιξε στην κυκλοφορία.', 'Η γέφυρα άνοιξε στην κυκλοφορία το πρωί.'),
  );
  git(repo, ['commit', '-q', '-a', '-m', 'Second edition'], '2026-11-23');
  return content;
}

describe('the pseudo-locale build (language: en-XA, content in Greek letters)', () => {
  let build: BuildResult;
  let pages: { page: DistPage; kind: string }[];
  let offenders: Offender[];

  beforeAll(() => {
    build = buildSite(pseudoSiteWithHistory(), 'pseudo-site', {
      TIMELINE_HISTORY: 'on',
      TIMELINE_BUILD_DATE: '2026-12-05',
    });
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
    pages = readDistPages(build.outDir)
      .filter((page) => !isEditorPage(page))
      .flatMap((page) => {
        const kind = PAGE_KINDS.find(({ path }) => path.test(page.path))?.kind;
        return kind === undefined ? [] : [{ page, kind }];
      });
    offenders = pages.flatMap(({ page, kind }) => offendersOf(page, kind));
  });

  it('builds every kind of page, each with lang="en-XA"', () => {
    const kinds = new Set(pages.map(({ kind }) => kind));
    expect([...kinds].sort()).toEqual(PAGE_KINDS.map(({ kind }) => kind).sort());
    for (const { page } of pages) expect(page.document.documentElement.getAttribute('lang'), page.path).toBe('en-XA');
  });

  it('prints no missing-catalogue line: the pseudo-locale is complete', () => {
    expect(build.output).not.toMatch(/interface catalogue/);
  });

  it('shows no English word outside addresses, code and data formats on any page, but those owned elsewhere', () => {
    const unexpected = offenders
      .filter((o) => !KNOWN_ELSEWHERE.some(({ pattern }) => pattern.test(describeOffender(o))))
      .map((o) => `${o.page}  ${describeOffender(o)}`);
    // One line per offender, each page once per distinct text, so that the failure reads as a to-do list.
    expect([...new Set(unexpected)]).toEqual([]);
  });

  it('lists no known offender that has gone (empty KNOWN_ELSEWHERE as they are fixed)', () => {
    const stale = KNOWN_ELSEWHERE.filter(({ pattern }) => !offenders.some((o) => pattern.test(describeOffender(o))));
    expect(stale.map(({ pattern, owner }) => `${pattern.source} (${owner})`)).toEqual([]);
  });
});
