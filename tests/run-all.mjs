// `npm test`: every tier, in order, stopping at the first failing step.
//   1. types: astro check (pages) and tsc (everything)
//   2. unit tests, once per time zone: calendar dates must not drift anywhere on Earth
//   3. build tests: build fixture sites and the real content, then read dist/
//   4. browser tests: playwright-core + the system Chromium (required when CI=true)
import { spawnSync } from 'node:child_process';

const TIME_ZONES = ['America/Los_Angeles', 'Asia/Baku', 'Pacific/Kiritimati'];
const vitest = ['vitest', 'run', '--config', 'tests/vitest.config.ts'];
const only = process.argv[2];

const steps = [
  { tier: 'types', name: 'astro check', command: ['astro', 'check', '--minimumSeverity', 'warning'] },
  ...TIME_ZONES.map((tz) => ({ tier: 'unit', name: `unit tests, TZ=${tz}`, command: [...vitest, '--project', 'unit'], env: { TZ: tz } })),
  { tier: 'build', name: 'build tests', command: [...vitest, '--project', 'build'] },
  { tier: 'browser', name: 'browser tests', command: [...vitest, '--project', 'browser'] },
];

for (const step of steps) {
  if (only !== undefined && step.tier !== only) continue;
  console.log(`\n=== ${step.name} ===`);
  const [bin, ...args] = step.command;
  const result = spawnSync('npx', ['--no-install', bin, ...args], { stdio: 'inherit', env: { ...process.env, ...step.env } });
  if (result.status !== 0) {
    console.error(`\n${step.name} failed.`);
    process.exit(result.status ?? 1);
  }
}
console.log('\nAll test tiers passed.');
