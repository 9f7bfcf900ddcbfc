// `npm test`: every tier, in order, stopping at the first failing step.
//   1. types: prettier --check (formatting), astro check (pages) and tsc (everything)
//   2. unit tests, once per time zone: calendar dates must not drift anywhere on Earth
//   3. build tests: build fixture sites and the real content, then read dist/
//   4. browser tests: playwright-core + the system Chromium (required when CI=true)
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
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

// Steps of one batch run at the same time; batches run in order. The unit tier's three runs share nothing, and vitest
// gives each only one worker on a 2-core machine, so running them together uses the second core.
const batches = [
  // Formatting is checked, not only configured: a diff should hold changes, not reflowed lines.
  [{ tier: 'types', name: 'prettier --check (formatting)', command: ['prettier', '--check', '.'] }],
  [
    {
      tier: 'types',
      name: 'astro check (types of every .astro and .ts file)',
      command: ['astro', 'check', '--minimumSeverity', 'warning'],
    },
  ],
  TIME_ZONES.map((tz) => ({
    tier: 'unit',
    name: `unit tests, TZ=${tz}`,
    command: vitest('unit', `unit-${tz.replace('/', '-')}`),
    env: { TZ: tz },
  })),
  [{ tier: 'build', name: 'build tests', command: vitest('build', 'build') }],
  [{ tier: 'browser', name: 'browser tests', command: vitest('browser', 'browser') }],
];

/** Run one step; alone, its output goes straight to the terminal, beside others it is printed whole when it ends. */
function runStep(step, alone) {
  const [bin, ...args] = step.command;
  const child = spawn('npx', ['--no-install', bin, ...args], {
    stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    // One run for the build and browser tiers: the browser tier reads the sites the build tier built
    // (tests/support/test-run.ts).
    env: { ...process.env, TIMELINE_TEST_RUN: testRun, ...step.env },
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((done) =>
    child.on('close', (status) => {
      if (!alone) console.log(`\n=== ${step.name} ===\n${output}`);
      done(status);
    }),
  );
}

const testRun = randomUUID();
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedStep;

for (const batch of batches) {
  const steps = batch.filter((step) => only === undefined || step.tier === only);
  if (steps.length === 0) continue;
  const alone = steps.length === 1;
  if (alone) console.log(`\n=== ${steps[0].name} ===`);
  else console.log(`\n=== ${steps.map((step) => step.name).join(' | ')}: at the same time ===`);
  const started = performance.now();
  const statuses = await Promise.all(steps.map((step) => runStep(step, alone)));
  // How long each step takes, for whoever keeps CI fast (README, "Tests").
  const seconds = Math.round((performance.now() - started) / 1000);
  console.log(`\n(${alone ? steps[0].name : `the ${steps[0].tier} tier`}: ${seconds} s)`);
  steps.forEach((step, i) => {
    const report = step.command.find((a) => a.startsWith('--outputFile.json='))?.split('=')[1];
    if (report !== undefined && existsSync(report)) {
      const json = JSON.parse(readFileSync(report, 'utf8'));
      totals.passed += json.numPassedTests;
      totals.failed += json.numFailedTests;
      totals.skipped += json.numPendingTests + json.numTodoTests;
    }
    if (statuses[i] !== 0) {
      failedStep ??= step.name;
      if (report === undefined) totals.failed += 1;
    }
  });
  if (failedStep !== undefined) break;
}

// One plain closing line that any CI reader understands.
console.log(`\n${failedStep === undefined ? 'All test tiers passed.' : `${failedStep} failed.`}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStep === undefined ? 0 : 1);
