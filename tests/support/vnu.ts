import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const VNU_JAR = resolve('node_modules/vnu-jar/build/dist/vnu.jar');

/** Whether `java` runs here. With CI=true a missing Java is a failure; elsewhere a loud warning, and the check skips. */
export function javaOrSkip(): boolean {
  if (spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0) return true;
  if (process.env['CI'] === 'true') {
    throw new Error('CI=true but no Java was found: install Debian default-jre-headless to run the Nu HTML Checker.');
  }
  console.warn('\n!!! NU HTML CHECKER SKIPPED: no Java found. Install Java (Debian: default-jre-headless). !!!\n');
  return false;
}

/**
 * The errors the Nu HTML Checker (the `vnu-jar` package: the W3C validator, offline) reports for HTML files, one
 * `file:line: message` line each. Warnings are not reported.
 */
export function vnuErrors(files: readonly string[]): string[] {
  if (files.length === 0) return [];
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // vnu writes its JSON report on stderr and exits 1 when it found errors.
  let report: { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
  try {
    report = JSON.parse(run.stderr) as typeof report;
  } catch {
    throw new Error(`vnu did not report JSON (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  }
  return report.messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => `${(message.url ?? '').replace(/^file:/, '')}:${message.lastLine ?? 0}: ${message.message}`);
}
