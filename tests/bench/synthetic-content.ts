import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A synthetic timeline of `count` events over 1900–2024 in four lanes, with the articles they quote: every quote is
 * a sentence copied from a paragraph of its article, so the content passes the build's checks like real content.
 * Deterministic (a fixed seed), so that benchmark runs compare.
 */

const LANES = [
  { id: 'military', label: 'Military', colour: '#b3412f' },
  { id: 'diplomacy', label: 'Diplomacy', colour: '#2f6db3' },
  { id: 'politics', label: 'Politics', colour: '#7a4fa3' },
  { id: 'humanitarian', label: 'Humanitarian', colour: '#2f8a5b' },
];
const ACTORS = [
  'Northland',
  'Southland',
  'Eastmark',
  'Westmark',
  'The League',
  'Harbour Council',
  'River Union',
  'Hill Assembly',
  'Port Authority',
  'Red Cross Office',
  'Border Guard',
  'Foreign Ministry',
  'Defence Ministry',
  'Press Office',
  'Mediators',
  'Observers',
  'Mayor Ada Lind',
  'Minister Otto Berg',
  'General Ivo Hart',
  'Envoy Mira Sol',
];
const VERBS = ['approves', 'rejects', 'announces', 'postpones', 'signs', 'opens', 'closes', 'debates', 'reviews'];
const THINGS = [
  'the ferry plan',
  'a ceasefire',
  'new border posts',
  'the harbour budget',
  'a prisoner exchange',
  'road repairs',
  'the water treaty',
  'a relief convoy',
  'talks on trade',
  'the census',
  'an inquiry',
  'the bridge tolls',
];
const EVENTS_PER_ARTICLE = 50;
const SENTENCES_PER_PARAGRAPH = 5;

/** A deterministic generator of numbers in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const MS_PER_DAY = 86_400_000;

function isoDay(dayNumber: number): string {
  const date = new Date(dayNumber * MS_PER_DAY);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

interface SyntheticEvent {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly lane: string;
  readonly actors: readonly string[];
  readonly sentence: string;
  readonly article: number;
}

/** Write the content folder `dir` (emptied first) with `count` events; returns the number of articles. */
export function writeSyntheticContent(dir: string, count: number): { events: number; articles: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  mkdirSync(join(dir, 'events'), { recursive: true });
  const random = seededRandom(20240101 + count);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const articles = Math.max(2, Math.ceil(count / EVENTS_PER_ARTICLE));
  const first = Date.UTC(1900, 0, 1) / MS_PER_DAY;
  const last = Date.UTC(2024, 11, 31) / MS_PER_DAY;

  const events: SyntheticEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    const day = first + Math.floor(random() * (last - first));
    const iso = isoDay(day);
    const precision = random();
    let date = precision < 0.8 ? iso : precision < 0.95 ? iso.slice(0, 7) : iso.slice(0, 4);
    // A fifth are spans, from a day to a later day up to three years on.
    if (random() < 0.2) date = `${iso}/${isoDay(Math.min(last, day + 1 + Math.floor(random() * 1000)))}`;
    const actors = [...new Set([pick(ACTORS), pick(ACTORS)].slice(0, 1 + Math.floor(random() * 2)))];
    const thing = pick(THINGS);
    const verb = pick(VERBS);
    let title = `${actors[0]} ${verb} ${thing}`;
    if (random() < 0.5) title += ` after ${pick(THINGS)} in ${1900 + Math.floor(random() * 125)}`;
    events.push({
      id: `event-${i + 1}`,
      title,
      date,
      lane: LANES[i % LANES.length]?.id ?? 'military',
      actors,
      sentence: `Record ${i + 1}: ${actors.join(' and ')} ${verb} ${thing}, the paper reported.`,
      article: i % articles,
    });
  }

  for (let a = 0; a < articles; a += 1) {
    const sentences = events.filter((event) => event.article === a).map((event) => event.sentence);
    const paragraphs: string[] = [];
    for (let p = 0; p < sentences.length; p += SENTENCES_PER_PARAGRAPH) {
      paragraphs.push(sentences.slice(p, p + SENTENCES_PER_PARAGRAPH).join(' '));
    }
    writeFileSync(
      join(dir, 'articles', `article-${a + 1}.md`),
      [
        '---',
        `title: "Synthetic dispatch ${a + 1}"`,
        'outlet: The Synthetic Courier',
        'outletNote: An invented outlet for the benchmark.',
        'perspective: Invented newspaper',
        `published: "${1990 + (a % 30)}-0${1 + (a % 9)}"`,
        'publishedBasis: stated',
        'publishedNote: Invented for the benchmark.',
        'language: en',
        `seed: synthetic-${a + 1}.txt`,
        '---',
        paragraphs.join('\n\n'),
        '',
      ].join('\n'),
    );
  }

  for (const event of events) {
    writeFileSync(
      join(dir, 'events', `${event.id}.md`),
      [
        '---',
        `title: "${event.title}"`,
        `date: "${event.date}"`,
        `lane: ${event.lane}`,
        `actors: [${event.actors.map((actor) => `"${actor}"`).join(', ')}]`,
        'citations:',
        `  - article: article-${event.article + 1}`,
        `    quote: "${event.sentence}"`,
        '    stance: fact',
        '---',
        `${event.title}, as the Synthetic Courier reported at the time.`,
        '',
      ].join('\n'),
    );
  }

  writeFileSync(
    join(dir, 'timeline.yaml'),
    [
      `title: "A synthetic timeline of ${count} events, 1900–2024"`,
      'shortTitle: Synthetic timeline',
      'description: Invented events for the benchmark.',
      'language: en',
      'publisher: Benchmark',
      'credit: "Synthetic timeline · invented articles"',
      // As the README advises for timelines of thousands of events: no share card per event.
      ...(count > 1000 ? ['eventSnapshots: false'] : []),
      'lanes:',
      ...LANES.map((lane) => `  - { id: ${lane.id}, label: ${lane.label}, colour: "${lane.colour}" }`),
      '',
    ].join('\n'),
  );
  return { events: count, articles };
}

/**
 * Give a synthetic content folder a git history of three commits, for `npm run bench -- --history`: everything on
 * 2026-11-20; on 2026-11-23 every third event's summary changed; on 2026-12-02 every fifth event's date precision
 * changed and the rest of the files left as they were. Most events then have one to three versions.
 */
export function commitSyntheticHistory(dir: string): void {
  const git = (args: readonly string[], day?: string) => {
    const date =
      day === undefined ? {} : { GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z` };
    const result = spawnSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...date },
    });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  };
  const events = readdirSync(join(dir, 'events')).sort();
  const edit = (every: number, change: (text: string) => string) => {
    events.forEach((name, i) => {
      if (i % every !== 0) return;
      const path = join(dir, 'events', name);
      writeFileSync(path, change(readFileSync(path, 'utf8')));
    });
  };
  git(['init', '-q']);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'Synthetic timeline'], '2026-11-20');
  edit(3, (text) => text.replace('reported at the time.', 'reported at the time; the editors added this.'));
  git(['commit', '-q', '-a', '-m', 'Summaries'], '2026-11-23');
  edit(5, (text) => text.replace(/^date: "(\d{4})-(\d{2})-\d{2}"$/m, 'date: "$1-$2"'));
  git(['commit', '-q', '-a', '-m', 'Dates'], '2026-12-02');
}
