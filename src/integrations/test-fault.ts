/**
 * TEST ONLY. TIMELINE_TEST_FAULT=<stage>:<action> makes a build stop at a named stage, so the atomic-output tests can
 * kill or fail a build at a known moment instead of racing it. Stages: `page` (while pages are generated, at the third
 * page), `search-index` (while Pagefind holds the index, before it is written). Actions: `pause` (print
 * `timeline test fault: <stage>` on stderr and wait to be killed), `throw` (fail the build there). And `swap:sigint`:
 * the build sends itself SIGINT between the two renames that swap the output in. Unset, it does nothing.
 */
export type FaultStage = 'page' | 'search-index';

/** The stage TIMELINE_TEST_FAULT names, if any. */
export function faultStage(): string | undefined {
  return process.env['TIMELINE_TEST_FAULT']?.split(':')[0];
}

/** Pause or fail here when TIMELINE_TEST_FAULT names this stage. */
export async function testFault(stage: FaultStage): Promise<void> {
  const [wanted, action] = (process.env['TIMELINE_TEST_FAULT'] ?? '').split(':');
  if (wanted !== stage) return;
  if (action === 'throw') throw new Error(`test fault at ${stage} (TIMELINE_TEST_FAULT)`);
  process.stderr.write(`timeline test fault: ${stage}\n`);
  // A timer keeps the process alive; a bare unresolved promise would let Node exit.
  await new Promise(() => setInterval(() => undefined, 60_000));
}

/** Send this process SIGINT when TIMELINE_TEST_FAULT is `swap:sigint` (between the renames of the swap). */
export function testSignalDuringSwap(): void {
  if (process.env['TIMELINE_TEST_FAULT'] === 'swap:sigint') process.kill(process.pid, 'SIGINT');
}
