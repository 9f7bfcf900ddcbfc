import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  MARKER_FILE,
  MARKER_TEXT,
  judgeOutputFolder,
  parseLeftover,
  refusalMessage,
  replacedName,
  stagingName,
} from '../lib/build/output-folder.ts';
import { faultStage, testSignalDuringSwap } from './test-fault.ts';

/** Signals held back while the old output is swapped for the new one, so Ctrl-C cannot land between the renames. */
const HELD_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

interface Plan {
  /** The output folder as the user named it, for messages. */
  readonly requested: string;
  /** The real folder to replace (a symlink's target). */
  readonly target: string;
  readonly staging: string;
  readonly replaced: string;
}

/**
 * Makes `astro build` all or nothing: the site is written to a staging folder beside the output folder and swapped in
 * by two renames only after every other integration's build:done hook (search index, `_headers`) has succeeded, so it
 * must be the last integration. A failed or killed build leaves the previous output as it was. The build refuses to
 * replace a non-empty folder it did not make (no marker file in it). `astro dev` and `astro preview` are untouched.
 */
export function atomicOutput(): AstroIntegration {
  let plan: Plan | undefined;
  let swapped = false;
  return {
    name: 'timeline-atomic-output',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, addMiddleware, logger }) => {
        if (command !== 'build') return;
        const requested = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        try {
          plan = preparePlan(requested, requested === resolve(fileURLToPath(config.root), 'dist'), logger);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
          process.exit(1);
        }
        const staging = plan.staging;
        // A build that fails (Astro exits) removes its half-written site; a killed one leaves it to the next build.
        process.on('exit', () => {
          if (!swapped) rmSync(staging, { recursive: true, force: true });
        });
        if (!staging.startsWith(process.cwd() + sep)) await takeSharedPrerenderTurn(logger);
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        if (faultStage() === 'page') {
          addMiddleware({ order: 'pre', entrypoint: new URL('./test-fault-middleware.ts', import.meta.url) });
        }
      },
      'astro:build:done': async ({ logger }) => {
        if (plan === undefined) return;
        const { requested, staging } = plan;
        writeFileSync(join(staging, MARKER_FILE), MARKER_TEXT);
        await withSignalsHeld(() => swapIn(plan as Plan));
        swapped = true;
        await rm(plan.replaced, { recursive: true, force: true }).catch((error: unknown) => {
          logger.warn(`could not remove the previous build at ${plan?.replaced}: ${String(error)}`);
        });
        logger.info(`Output: ${requested}`);
      },
    },
  };
}

/** Check the output folder, tidy what killed builds left beside it, and name this build's staging folder. */
function preparePlan(requested: string, isDefaultDist: boolean, logger: AstroIntegrationLogger): Plan {
  const target = realFolder(requested);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  recoverLeftovers(target, logger);
  const entries = existsSync(target) ? readdirSync(target) : undefined;
  const verdict = judgeOutputFolder(entries, isDefaultDist);
  if (verdict === 'foreign') throw new Error(refusalMessage(requested));
  if (verdict === 'earlier-build') {
    logger.info(`${requested} holds a build made before the ${MARKER_FILE} marker existed; it will be replaced.`);
  }
  const staging = join(parent, stagingName(basename(target), process.pid));
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  const replaced = join(parent, replacedName(basename(target), process.pid));
  return { requested, target, staging, replaced };
}

/**
 * Astro keeps its intermediate server build in `<outDir>/.prerender/`, but in one shared `<cwd>/.astro/.prerender/`
 * when outDir lies outside the current folder (its chunks must find node_modules), where two builds at once would
 * delete each other's files. Such builds take turns: this waits until no other one is running.
 */
async function takeSharedPrerenderTurn(logger: AstroIntegrationLogger): Promise<void> {
  const folder = join(process.cwd(), '.astro');
  const lock = join(folder, 'timeline-build.lock');
  mkdirSync(folder, { recursive: true });
  for (let waited = 0; ; waited += 1) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(lock, 'utf8'));
    if (!isRunning(holder)) {
      rmSync(lock, { force: true });
      continue;
    }
    if (waited === 0)
      logger.info(
        `Waiting for build ${holder}: Astro shares ${folder}/.prerender between builds writing outside ${process.cwd()}.`,
      );
    await new Promise((done) => setTimeout(done, 1000));
  }
  process.on('exit', () => {
    if (existsSync(lock) && readFileSync(lock, 'utf8') === String(process.pid)) rmSync(lock, { force: true });
  });
}

/**
 * The folder the swap renames. A symlink is followed, so the folder it points to is replaced and the link keeps
 * working; a mount point cannot be renamed, so it is refused before any work is done.
 */
function realFolder(requested: string): string {
  let link;
  try {
    link = lstatSync(requested);
  } catch {
    return requested; // nothing there yet
  }
  if (link.isSymbolicLink() && !existsSync(requested)) {
    throw new Error(`The output folder ${requested} is a symbolic link to nothing; remove it or point it at a folder.`);
  }
  const target = realpathSync(requested);
  if (!statSync(target).isDirectory()) throw new Error(`The output folder ${requested} is a file, not a folder.`);
  if (target !== dirname(target) && statSync(target).dev !== statSync(dirname(target)).dev) {
    throw new Error(
      `The output folder ${requested} is a mount point, which cannot be replaced in one step. ` +
        'Set TIMELINE_OUT_DIR to a folder inside it (for example <mount>/site), or build elsewhere and copy the result.',
    );
  }
  return target;
}

/**
 * Remove the staging and replaced folders of builds that are no longer running. A build killed between its two
 * renames left no output folder: put back its finished new site (it has the marker), or else the previous one.
 */
function recoverLeftovers(target: string, logger: AstroIntegrationLogger): void {
  const parent = dirname(target);
  const leftovers = readdirSync(parent).flatMap((entry) => {
    const leftover = parseLeftover(entry, basename(target));
    return leftover !== undefined && !isRunning(leftover.pid) ? [{ ...leftover, path: join(parent, entry) }] : [];
  });
  if (!existsSync(target)) {
    const finished = leftovers.find((l) => l.kind === 'staging' && existsSync(join(l.path, MARKER_FILE)));
    const restore = finished ?? leftovers.find((l) => l.kind === 'replaced');
    if (restore !== undefined) {
      renameSync(restore.path, target);
      logger.warn(`Restored ${target} from ${restore.path}, left by a build stopped while replacing it.`);
    }
  }
  for (const leftover of leftovers) rmSync(leftover.path, { recursive: true, force: true });
}

/** Whether a process with this id is running (another build of the same output folder). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Old output aside, new output in: two renames in one synchronous step, on one file system. */
function swapIn({ target, staging, replaced }: Plan): void {
  const hadOutput = existsSync(target);
  if (hadOutput) renameSync(target, replaced);
  testSignalDuringSwap();
  try {
    renameSync(staging, target);
  } catch (error) {
    if (hadOutput && !existsSync(target)) renameSync(replaced, target);
    throw error;
  }
}

/**
 * Run `work` with SIGINT, SIGTERM and SIGHUP held, then deliver the first one that came. Node runs signal handlers
 * between turns of the event loop, never inside synchronous code, so a held signal cannot split the swap.
 */
async function withSignalsHeld(work: () => void): Promise<void> {
  const held: NodeJS.Signals[] = [];
  const hold = (signal: NodeJS.Signals): void => {
    held.push(signal);
  };
  for (const signal of HELD_SIGNALS) process.on(signal, hold);
  try {
    work();
  } finally {
    // A signal that arrived during `work` is dispatched on a later turn of the event loop: give it one.
    await new Promise((done) => setTimeout(done, 20));
    for (const signal of HELD_SIGNALS) process.off(signal, hold);
  }
  const first = held[0];
  if (first !== undefined) process.kill(process.pid, first);
}
