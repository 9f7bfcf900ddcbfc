import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Whether biber can run here. With CI=true a missing biber is a failure (CI installs Debian's biber, as it does
 * Chromium); elsewhere the test is skipped with a loud message.
 */
export function biberOrSkip(): boolean {
  const found = spawnSync('biber', ['--version'], { encoding: 'utf8' }).status === 0;
  if (found) return true;
  if (process.env['CI'] === 'true')
    throw new Error('CI=true but biber was not found: install Debian biber (apt-get install -y biber).');
  console.warn('\n!!! BIBER CHECK SKIPPED: biber not found. Install it (Debian: apt-get install -y biber). !!!\n');
  return false;
}

/**
 * What `biber --tool --validate-datamodel` says about the entries of some .bib files beyond its progress notes:
 * every WARN and ERROR line (none when biber accepts them all). The files share entries (an event's file repeats
 * its sources), so the distinct entries are checked in one run, biber being slow to start; an entry key written
 * differently in two files is a problem of its own. biber's log and output go to a scratch folder.
 */
export function biberProblems(files: readonly string[]): string[] {
  const entries = new Map<string, string>();
  const problems: string[] = [];
  for (const file of files) {
    for (const entry of readFileSync(file, 'utf8')
      .split(/^(?=@)/m)
      .filter((text) => text.startsWith('@'))) {
      const key = /^@\w+\{([^,]*),/.exec(entry)?.[1] ?? entry;
      const seen = entries.get(key);
      if (seen === undefined) entries.set(key, entry);
      else if (seen !== entry) problems.push(`${file}: entry ${key} differs from the same key in another file`);
    }
  }
  const scratch = mkdtempSync(join(tmpdir(), 'biber-'));
  try {
    const all = join(scratch, 'all.bib');
    writeFileSync(all, [...entries.values()].join(''));
    const result = spawnSync(
      'biber',
      ['--tool', '--validate-datamodel', '--nolog', '--output-file', join(scratch, 'out.bib'), all],
      { encoding: 'utf8' },
    );
    const lines = `${result.stdout}${result.stderr}`.split('\n').filter((line) => /^(WARN|ERROR)\b/.test(line));
    if (result.status !== 0 && lines.length === 0) lines.push(`ERROR - biber exited with ${result.status}`);
    return [...problems, ...lines.map((line) => line.replaceAll(all, 'the entries'))];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
