import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toEventsCsv } from '../../src/lib/export/events-csv.ts';
import { loadTimeline } from '../../src/lib/load/index.ts';

/** `npm run import -- <file> …` as an editor runs it, into a content folder. */
function importInto(contentDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', 'src/cli/import-events.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TIMELINE_CONTENT_DIR: contentDir },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function freshCopy(name: string, withEvents: boolean): string {
  const folder = join('tests/.tmp', name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync('tests/.tmp', { recursive: true });
  cpSync('tests/fixtures/small-site', folder, { recursive: true });
  if (!withEvents) {
    rmSync(join(folder, 'events'), { recursive: true });
    mkdirSync(join(folder, 'events'));
    // The translations are of the events just removed (a draft and corrections among them, which no export carries).
    rmSync(join(folder, 'translations'), { recursive: true, force: true });
  }
  return folder;
}

describe('npm run import', () => {
  it('imports a TimelineJS sheet as drafts, reports bad rows and new groups, then changes nothing the second time', () => {
    const content = freshCopy('import-sheet-content', true);
    const first = importInto(content, 'tests/fixtures/import/timelinejs-sheet.csv');
    expect(first.status).toBe(1);
    expect(first.output).toContain('row 8: Day: February 2010 has no day 30');
    expect(first.output).toContain('row 7: empty row');
    expect(first.output).toContain('  - id: celebrations\n    label: "Celebrations"');
    expect(first.output).toContain('Imported 4 events (4 drafts), 0 unchanged, 3 rows skipped, 4 problems.');
    // The one new group is not a lane yet: the check after the import says so, as the build would.
    expect(first.output).toContain('lane: unknown lane "celebrations"');
    const written = readFileSync(join(content, 'events/old-ferry-closes-1994.md'), 'utf8');
    expect(written).toContain('status: draft');
    expect(written).toContain('# Media: https://example.org/ferry.jpg (The last ferry; Gazette archive)');

    const again = importInto(content, 'tests/fixtures/import/timelinejs-sheet.csv');
    expect(again.output).toContain('Imported 0 events (0 drafts), 4 unchanged, 3 rows skipped, 4 problems.');
  });

  it('moves an edition whole through its events.csv: every event published again, the content valid', async () => {
    const timeline = await loadTimeline('tests/fixtures/small-site');
    const csv = join('tests/.tmp', 'small-site-events.csv');
    writeFileSync(csv, toEventsCsv(timeline, { siteUrl: 'https://example.org/' }));
    const content = freshCopy('import-csv-content', false);
    const result = importInto(content, csv);
    expect(result.output).toContain(`Imported ${timeline.events.length} events (0 drafts), 0 unchanged`);
    expect(result.output).toContain('no problems after the import.');
    expect(result.status).toBe(0);
    expect(readdirSync(join(content, 'events')).sort()).toEqual(timeline.events.map((e) => `${e.id}.md`).sort());
  });

  it('never replaces a published event unless told to, and writes nothing on a dry run', () => {
    const content = freshCopy('import-overwrite-content', true);
    const file = join(content, 'events/ferry-closed.md');
    const before = readFileSync(file, 'utf8');
    const refused = importInto(content, 'tests/fixtures/import/timelinejs.json');
    expect(refused.output).toContain(
      'slide 1: events/ferry-closed.md is published and differs: left as it is (run with --overwrite to replace it)',
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
    const dry = importInto(content, 'tests/fixtures/import/timelinejs.json', '--overwrite', '--dry-run');
    expect(dry.output).toContain('Dry run, nothing written');
    expect(readFileSync(file, 'utf8')).toBe(before);
    importInto(content, 'tests/fixtures/import/timelinejs.json', '--overwrite');
    expect(readFileSync(file, 'utf8')).toContain('# Imported from timelinejs.json, slide 1');
  });
});
