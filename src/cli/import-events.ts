// `npm run import -- <file> [--overwrite] [--dry-run]`: bring events from another tool into the content folder.
// Reads TimelineJS3 JSON (.json), the TimelineJS Google Sheets template exported as CSV, or this site's own
// events.csv; writes one event file per row (drafts where a row has no citation), then checks the content folder as
// the build would. Exit code: 0 when every row was imported and the content is valid, 1 otherwise.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { formatImportProblem, type ImportProblem, type ImportRead } from '../lib/import/imported-event.ts';
import { planImport, type ExistingEvent } from '../lib/import/plan-import.ts';
import { isEventsCsvHeader, readEventsCsv } from '../lib/import/read-events-csv.ts';
import { readTimelineJsJson } from '../lib/import/read-timelinejs-json.ts';
import { readTimelineJsSheet } from '../lib/import/read-timelinejs-sheet.ts';
import { ContentError, contentDirectory, loadTimeline, readContent } from '../lib/load/index.ts';
import { parseContentYaml } from '../lib/load/content-yaml.ts';
import { splitFrontmatter } from '../lib/load/split-frontmatter.ts';
import { DEFAULT_MARKUP_POLICY, OPTIONAL_HTML_ELEMENTS, type MarkupPolicy } from '../lib/markup/markdown-problems.ts';

const args = process.argv.slice(2);
const source = args.find((arg) => !arg.startsWith('--'));
const OVERWRITE = args.includes('--overwrite');
const DRY_RUN = args.includes('--dry-run');

if (source === undefined) {
  console.error('Usage: npm run import -- <file.json | file.csv> [--overwrite] [--dry-run]');
  process.exit(2);
}

const content = contentDirectory();
const shown = (path: string) => relative(process.cwd(), path) || '.';
let text: string;
try {
  text = await readFile(source, 'utf8');
} catch (error) {
  console.error(`${source}: cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const read = readSource(source, text);
const folder = await readContent(content).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
const config = folder.config === undefined ? undefined : parseContentYaml(folder.config.text);
const settings = config?.ok === true && isRecord(config.value) ? config.value : {};
const lanes = (Array.isArray(settings['lanes']) ? settings['lanes'] : []).flatMap((lane: unknown) =>
  isRecord(lane) && typeof lane['id'] === 'string'
    ? [{ id: lane['id'], label: String(lane['label'] ?? lane['id']) }]
    : [],
);
const existing = new Map<string, ExistingEvent & { path: string }>();
for (const file of folder.events) {
  const id = basename(file.path).replace(/\.(md|markdown)$/, '');
  existing.set(id, { text: file.text, published: !isDraft(file.text), path: join(process.cwd(), file.path) });
}
const plan = planImport(read, {
  sourceName: basename(source),
  lanes,
  existing,
  policy: policyOf(settings),
  overwrite: OVERWRITE,
});

for (const file of plan.files) {
  const path = existing.get(file.id)?.path ?? join(content, 'events', `${file.id}.md`);
  if (!DRY_RUN) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
  }
  const verb = { create: 'new', update: 'updated draft', overwrite: 'replaced' }[file.action];
  console.log(`${read.unit} ${file.row}: ${shown(path)} (${verb}${file.draft ? ', draft' : ''})`);
}
report('Not imported', plan.problems);
report('Skipped', plan.skipped);
if (plan.unknownGroups.length > 0) {
  console.log('\nGroups that are not lanes of this site yet. Add them to timeline.yaml under `lanes:`');
  console.log('(pick a colour for each; colours are always shown with the label):');
  for (const group of plan.unknownGroups) {
    console.log(`  - id: ${group.lane}\n    label: ${JSON.stringify(group.group)}\n    colour: "#555555"`);
  }
}
if (plan.ungrouped.length > 0) {
  const rows = `${read.unit}${plan.ungrouped.length === 1 ? '' : 's'} ${plan.ungrouped.join(', ')}`;
  console.log(`\nEvents without a group went into the first lane, "${lanes[0]?.id ?? 'events'}": ${rows}.`);
}
const drafts = plan.files.filter((file) => file.draft).length;
console.log(
  `\n${DRY_RUN ? 'Dry run, nothing written: would import' : 'Imported'} ${count(plan.files.length, 'event')} ` +
    `(${drafts} draft${drafts === 1 ? '' : 's'}), ${plan.unchanged.length} unchanged, ` +
    `${count(plan.skipped.length, read.unit)} skipped, ${count(plan.problems.length, 'problem')}.`,
);

let valid = true;
if (!DRY_RUN && plan.files.length > 0) {
  try {
    await loadTimeline();
    console.log(`${shown(content)}: no problems after the import.`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    valid = false;
    console.log(`\nThe content folder now has problems to fix (the build would stop):\n${error.message}`);
  }
}
process.exitCode = plan.problems.length === 0 && valid ? 0 : 1;

function readSource(path: string, text: string): ImportRead {
  if (/\.json$/i.test(path)) return readTimelineJsJson(text);
  const header = csvParseRows(text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '')[0] ?? [];
  return isEventsCsvHeader(header) ? readEventsCsv(text) : readTimelineJsSheet(text);
}

function report(heading: string, problems: readonly ImportProblem[]): void {
  if (problems.length === 0) return;
  console.log(`\n${heading}:`);
  for (const problem of problems) console.log(`  ${basename(source!)}: ${formatImportProblem(problem, read.unit)}`);
}

function isDraft(text: string): boolean {
  const split = splitFrontmatter(text);
  if (!split.ok) return false;
  const yaml = parseContentYaml(split.yaml);
  return yaml.ok && isRecord(yaml.value) && yaml.value['status'] === 'draft';
}

function policyOf(settings: Record<string, unknown>): MarkupPolicy {
  const allowed = Array.isArray(settings['allowHtml']) ? settings['allowHtml'] : [];
  const allowHtml = OPTIONAL_HTML_ELEMENTS.filter((element) => allowed.includes(element));
  return allowHtml.length === 0 ? DEFAULT_MARKUP_POLICY : { allowHtml };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
