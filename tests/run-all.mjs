// `npm test`: every tier, in order, stopping at the first failing step.
//   1. types: prettier --check (formatting), astro check (pages) and tsc (everything)
//   2. unit tests, once per time zone: calendar dates must not drift anywhere on Earth
//   3. build tests: build fixture sites and the real content, then read dist/
//   4. browser tests: playwright-core + the system Chromium (required when CI=true)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const TIME_ZONES = ['America/Los_Angeles', 'Asia/Baku', 'Pacific/Kiritimati'];
const RESULTS = 'tests/.tmp/results';
const only = process.argv[2];

const vitest = (project, file) => [
  'vitest',
  'run',
  '--config',
  'tests/vitest.config.ts',
  '--project',
  project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${RESULTS}/${file}.json`,
];

const steps = [
  // Formatting is checked, not only configured: a diff should hold changes, not reflowed lines.
  { tier: 'types', name: 'prettier --check (formatting)', command: ['prettier', '--check', '.'] },
  {
    tier: 'types',
    name: 'astro check (types of every .astro and .ts file)',
    command: ['astro', 'check', '--minimumSeverity', 'warning'],
  },
  ...TIME_ZONES.map((tz) => ({
    tier: 'unit',
    name: `unit tests, TZ=${tz}`,
    command: vitest('unit', `unit-${tz.replace('/', '-')}`),
    env: { TZ: tz },
  })),
  { tier: 'build', name: 'build tests', command: vitest('build', 'build') },
  { tier: 'browser', name: 'browser tests', command: vitest('browser', 'browser') },
];

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedStep;

for (const step of steps) {
  if (only !== undefined && step.tier !== only) continue;
  console.log(`\n=== ${step.name} ===`);
  const [bin, ...args] = step.command;
  const result = spawnSync('npx', ['--no-install', bin, ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  const report = args.find((a) => a.startsWith('--outputFile.json='))?.split('=')[1];
  if (report !== undefined && existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
  }
  if (result.status !== 0) {
    failedStep = step.name;
    if (report === undefined) totals.failed += 1;
    break;
  }
}

// One plain closing line that any CI reader understands.
console.log(`\n${failedStep === undefined ? 'All test tiers passed.' : `${failedStep} failed.`}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStep === undefined ? 0 : 1);
