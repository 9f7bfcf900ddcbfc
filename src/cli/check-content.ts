// `npm run check`: validate the whole content folder without building the site, in about a second, with the same
// checks and messages as the build. `npm run check -- --watch` checks again whenever a content file is saved.
// Exit code: 0 when the content is valid, 1 when it has problems, 2 when the folder cannot be read at all.
import { watch } from 'node:fs';
import { relative } from 'node:path';
import {
  ContentError,
  contentDirectory,
  describeDrafts,
  describeTranslationCoverage,
  loadTimeline,
} from '../lib/load/index.ts';

const WATCH = process.argv.includes('--watch');
// An editor's save is often several writes (a temporary file, a rename): check once they have settled.
const SETTLE_MS = 150;

/** One check of the content folder: prints its result and returns the exit code it stands for. */
async function check(): Promise<number> {
  const folder = relative(process.cwd(), contentDirectory()) || '.';
  try {
    const timeline = await loadTimeline();
    const events = timeline.events.length === 1 ? '1 event' : `${timeline.events.length} events`;
    const articles = timeline.articles.length === 1 ? '1 article' : `${timeline.articles.length} articles`;
    console.log(`${folder}: no problems (${events}, ${articles}).`);
    if (timeline.drafts.length > 0) console.log(describeDrafts(timeline.drafts));
    for (const line of describeTranslationCoverage(timeline)) console.log(line);
    return 0;
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(error.message);
      return 1;
    }
    console.error(`${folder}: cannot be checked: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

if (!WATCH) {
  process.exitCode = await check();
} else {
  await check();
  console.log(`Watching ${relative(process.cwd(), contentDirectory()) || '.'} for changes (Ctrl+C to stop).`);
  let timer: NodeJS.Timeout | undefined;
  watch(contentDirectory(), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      console.log(`\n${new Date().toLocaleTimeString()}: checking again`);
      void check();
    }, SETTLE_MS);
  });
}
