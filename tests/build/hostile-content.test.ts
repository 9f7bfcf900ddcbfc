import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DOMParser, parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { readDistPages, type DistPage } from '../support/dist-pages.ts';

// Every payload in the fixture calls alert(…) or points at evil.example (tests/fixtures/hostile-site/README.md), so
// anything of the kind in an element, an attribute or a script of dist/ came from content.
const INJECTED = /alert\(|evil\.example/;
// Attributes that hold a URL, and those of them the browser fetches by itself.
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'cite',
  'xlink:href',
  'background',
  'ping',
];
const FETCHED_ATTRIBUTES = ['src', 'srcset', 'poster', 'data', 'background'];
// Elements that content could use to run, embed, navigate or submit, which the site itself never writes (the embed's
// own iframe and the embed page's <base target> are checked below).
const FORBIDDEN_ELEMENTS = ['object', 'embed', 'applet', 'frame', 'frameset', 'portal', 'foreignobject'];
const JSON_SCRIPT = /^application\/(ld\+)?json$/;
const SITE = 'http://localhost:4321';

/** Every element, attribute or script in an HTML document (or fragment) that could run or fetch injected content. */
function injections(document: Document, where: string): string[] {
  const found: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    const name = element.localName.toLowerCase();
    const at = `${where}: <${name}>`;
    if (FORBIDDEN_ELEMENTS.includes(name)) found.push(`${at} element`);
    if (name === 'meta' && element.hasAttribute('http-equiv')) found.push(`${at} http-equiv`);
    if (name === 'base' && element.hasAttribute('href')) found.push(`${at} href`);
    if (name === 'iframe' && !/^(\/|http:\/\/localhost:4321\/)embed\//.test(element.getAttribute('src') ?? '')) {
      found.push(`${at} iframe`);
    }
    if (name === 'form' && !(element.getAttribute('action') ?? '').startsWith('/')) found.push(`${at} form action`);
    if (name === 'script') {
      const src = element.getAttribute('src');
      const type = element.getAttribute('type') ?? '';
      if (src !== null && !isThisSite(src)) found.push(`${at} src="${src}"`);
      // Data scripts may quote content, but never with a raw "<" that could close the element.
      if (JSON_SCRIPT.test(type) ? element.textContent.includes('<') : INJECTED.test(element.textContent)) {
        found.push(`${at} ${element.textContent.slice(0, 80)}`);
      }
    }
    if (name === 'style' && INJECTED.test(element.textContent)) found.push(`${at} ${element.textContent.slice(0, 80)}`);
    for (const { name: attribute, value } of element.attributes) {
      const lower = attribute.toLowerCase();
      if (lower.startsWith('on')) found.push(`${at} ${attribute}="${value}"`);
      if (lower === 'style' && INJECTED.test(value)) found.push(`${at} style="${value}"`);
      if (lower === 'srcdoc') found.push(`${at} srcdoc`);
      if (!URL_ATTRIBUTES.includes(lower) && lower !== 'srcset') continue;
      // Quoted passages travel URL-encoded in text fragments (`#p3:~:text=…alert(…`): the scheme and host are what count.
      if (!/^\s*(https?:|mailto:|[^:]*$|[^:]*[/?#])/i.test(value)) found.push(`${at} ${attribute}="${value}"`);
      if (hostOf(value) === 'evil.example') found.push(`${at} ${attribute}="${value}"`);
      const fetched =
        FETCHED_ATTRIBUTES.includes(lower) || (name === 'link' && lower === 'href' && isFetchedLink(element));
      if (fetched && !isThisSite(value)) found.push(`${at} ${attribute}="${value}" (another host)`);
    }
  }
  return found;
}

function hostOf(url: string): string {
  return URL.canParse(url, `${SITE}/`) ? new URL(url, `${SITE}/`).hostname : '';
}

function isThisSite(url: string): boolean {
  return (!/^\s*[a-z][a-z0-9+.-]*:/i.test(url) && !/^\s*[/\\]{2}/.test(url)) || url.startsWith(`${SITE}/`);
}

// A <link> the browser loads by itself (a stylesheet, an icon, a preload), unlike canonical or alternate links.
function isFetchedLink(link: Element): boolean {
  return /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest)\b/i.test(link.getAttribute('rel') ?? '');
}

function fragment(html: string): Document {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}

function filesUnder(dir: string, ext: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(ext)).map((f) => join(dir, f));
}

/** An Atom entry as fast-xml-parser reads it: a CDATA section split by the writer comes as a list of parts. */
interface AtomEntry {
  readonly link: { '@_href': string };
  readonly summary: { '#cdata': string | string[] };
}

describe('a build of hostile content', () => {
  let build: BuildResult;
  let pages: DistPage[];

  beforeAll(() => {
    build = buildSite('tests/fixtures/hostile-site', 'hostile-site');
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
    pages = readDistPages(build.outDir);
  });

  it('builds every page type', () => {
    const paths = pages.map((page) => page.path);
    for (const path of ['/', '/about/', '/sources/', '/search/', '/embed/', '/404.html', '/data/']) {
      expect(paths, path).toContain(path);
    }
    expect(paths.filter((path) => /^\/events\/[^/]+\/$/.test(path))).toHaveLength(5);
    expect(paths.filter((path) => /^\/events\/[^/]+\/history\/$/.test(path))).toHaveLength(5);
    expect(paths.filter((path) => path.startsWith('/sources/') && path !== '/sources/')).toHaveLength(2);
  });

  it('shows the attacks as text, so the fixture really carries them into the pages', () => {
    const home = pages.find((page) => page.path === '/')!.document.body.textContent;
    expect(home).toContain('<img src=x onerror=alert("event-title")>');
    expect(home).toContain('<script>alert("summary-code")</script>');
    expect(home).toContain('<script>alert("quote")</script>');
    const about = pages.find((page) => page.path === '/about/')!.document.body.textContent;
    // Typographic quotes: the summary is prose, and a malformed tag in it is prose too.
    expect(about).toContain('<br/ onload=alert(“about-malformed”)>');
  });

  it('writes no script, handler, element or URL from content into any page', () => {
    expect(pages.flatMap((page) => injections(page.document, page.path))).toEqual([]);
  });

  it('writes only escaped text into the HTML strings of timelinejs.json', () => {
    const data = JSON.parse(readFileSync(join(build.outDir, 'data/timelinejs.json'), 'utf8')) as {
      title: { text: { headline: string; text: string } };
      events: { text: { headline: string; text: string }; group: string }[];
      eras: { text: { headline: string } }[];
    };
    const strings = [
      data.title.text.headline,
      data.title.text.text,
      ...data.events.flatMap((event) => [event.text.headline, event.text.text, event.group]),
      ...data.eras.map((era) => era.text.headline),
    ];
    expect(strings.flatMap((html, i) => injections(fragment(html), `timelinejs.json string ${i}`))).toEqual([]);
    expect(strings.join('\n')).toContain('&lt;img src=x onerror=alert(&quot;event-title&quot;)&gt;');
  });

  it('writes only escaped text into the oEmbed responses', () => {
    const files = filesUnder(join(build.outDir, 'oembed'), '.json');
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const { html } = JSON.parse(readFileSync(file, 'utf8')) as { html: string };
      expect(injections(fragment(html), file)).toEqual([]);
    }
  });

  it('writes only escaped text into the snapshot images', () => {
    const files = filesUnder(join(build.outDir, 'snapshots'), '.svg');
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const svg = readFileSync(file, 'utf8');
      const document = new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
      expect(injections(document, file)).toEqual([]);
      expect(svg, file).not.toMatch(/<(script|foreignObject|iframe|img|image)\b/i);
    }
    expect(readFileSync(files[0]!, 'utf8')).toContain('&lt;img src=x onerror=alert(\"lane\")&gt;');
  });

  it('writes the Atom feed as well-formed XML with every title escaped and every summary sanitised', () => {
    const xml = readFileSync(join(build.outDir, 'feed.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.title).toBe('Harbour Bridge <script>alert("title")</script><img src=x onerror=alert("title-img")>');
    expect(feed.items.map((item) => item.title)).toContain(
      `Correction: Mayor praises the bridge'"><svg onload=alert('event-title-2')>`,
    );
    // Text reaches the XML escaped: the only elements are Atom's, every link is the site's, and the summaries (HTML
    // in CDATA) hold nothing that could run or fetch.
    const atom = new XMLParser({ ignoreAttributes: false, cdataPropName: '#cdata' }).parse(xml) as {
      feed: { link: { '@_href': string }[]; entry: AtomEntry | AtomEntry[] };
    };
    const entries = [atom.feed.entry].flat();
    const links = [...atom.feed.link, ...entries.flatMap((entry) => [entry.link])].map((link) => link['@_href']);
    expect(links.filter((href) => !href.startsWith(`${SITE}/`))).toEqual([]);
    const summaries = entries.map((entry) => [entry.summary['#cdata']].flat().join(''));
    expect(summaries.flatMap((html, i) => injections(fragment(html), `feed.xml summary ${i}`))).toEqual([]);
    expect(summaries.join('\n')).toContain('<code>&#x3C;script>alert("correction")&#x3C;/script></code>');
  });

  it('sends no header carrying content', () => {
    expect(readFileSync(join(build.outDir, '_headers'), 'utf8')).not.toMatch(INJECTED);
  });
});

// The lines the loader prints for each unsafe piece of Markdown. The field name is the loader's; the message is
// markdownProblems'. (This needs the loader to call markdownProblems: see src/lib/load.)
const UNSAFE_MARKDOWN = [
  {
    file: 'events/works-period.md',
    body: 'Works began <script>alert("summary")</script>; see [the plan](javascript:alert("link")).',
    problems: [
      'raw HTML is not allowed: "<script>alert("summary")</script>" (write Markdown; see allowHtml in the README)',
      'unsafe link "javascript:alert("link")": only http(s), mailto and relative links are allowed',
    ],
  },
  {
    file: 'events/council-vote.md',
    body: 'The vote ![chart](https://evil.example/chart.png) [x](jav&#x61;script:alert(1)).',
    problems: [
      'remote image "https://evil.example/chart.png": images may only come from this site (a relative URL such as /images/map.png)',
      'unsafe link "javascript:alert(1)" (written "[x](jav&#x61;script:alert(1))"): only http(s), mailto and relative links are allowed',
    ],
  },
] as const;
const UNSAFE_NOTE = {
  file: 'events/bridge-opens.md',
  note: 'Checked <img src="x" onerror="alert(1)"> against the minutes.',
  problem: 'raw HTML is not allowed: "<img src="x" onerror="alert(1)">" (write Markdown; see allowHtml in the README)',
};
const UNSAFE_ABOUT = {
  about: 'About <iframe src="https://evil.example/"></iframe>\n\n[evil]: data:text/html,x',
  problems: [
    'raw HTML is not allowed: "<iframe src="https://evil.example/"></iframe>" (write Markdown; see allowHtml in the README)',
    'unsafe link "data:text/html,x": only http(s), mailto and relative links are allowed',
  ],
};

describe('a build of hostile Markdown in summaries, notes and about.md', () => {
  it('fails, listing every unsafe piece with the markup it quotes', () => {
    const content = 'tests/.tmp/hostile-markdown-content';
    rmSync(content, { recursive: true, force: true });
    cpSync('tests/fixtures/hostile-site', content, { recursive: true });
    for (const { file, body } of UNSAFE_MARKDOWN) {
      const path = join(content, file);
      const [, frontmatter = ''] = /^(---\n[\s\S]*?\n---\n)/.exec(readFileSync(path, 'utf8')) ?? [];
      writeFileSync(path, `${frontmatter}${body}\n`);
    }
    const notePath = join(content, UNSAFE_NOTE.file);
    writeFileSync(
      notePath,
      readFileSync(notePath, 'utf8').replace(/^note: >-\n(  .*\n)+/m, `note: '${UNSAFE_NOTE.note}'\n`),
    );
    writeFileSync(join(content, 'about.md'), `${UNSAFE_ABOUT.about}\n`);

    const build = buildSite(content, 'hostile-markdown-site');
    expect(build.status).not.toBe(0);
    const lines = build.output.split('\n');
    const expected = [
      ...UNSAFE_MARKDOWN.flatMap(({ file, problems }) => problems.map((problem) => [file, problem] as const)),
      [UNSAFE_NOTE.file, UNSAFE_NOTE.problem] as const,
      ...UNSAFE_ABOUT.problems.map((problem) => ['about.md', problem] as const),
    ];
    for (const [file, problem] of expected) {
      const line = lines.find((l) => l.includes(`${content}/${file}: `) && l.endsWith(`: ${problem}`));
      expect(line, `${file}: …: ${problem}\n\nin:\n${build.output}`).toBeDefined();
    }
    expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });
});
