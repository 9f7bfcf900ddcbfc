import type { AstroIntegration } from 'astro';
import { ContentError, describeDrafts, describeTranslationCoverage, loadTimeline } from '../lib/load/index.ts';
import { SHOW_DRAFTS } from './timeline-loader.ts';

/**
 * Checks the content before Astro starts building, and on a problem prints every problem, one per line, and stops
 * the build: an editor should see `content/events/x.md: date: impossible date …`, not a stack trace.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'timeline-content-validation',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // The content loader runs in Astro's Vite context, where import.meta.env.DEV is true during a build too: the
        // command is only known here, and the environment is what the two share.
        if (command === 'dev') process.env[SHOW_DRAFTS] = '1';
        else delete process.env[SHOW_DRAFTS];
        try {
          const timeline = await loadTimeline();
          if (command === 'build' && timeline.drafts.length > 0) logger.info(describeDrafts(timeline.drafts));
          // How much of each edition is translated; the rest shows in the original language, marked as such.
          if (command === 'build') for (const line of describeTranslationCoverage(timeline)) logger.info(line);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          logger.error(error.message);
          // In dev the server stays up and shows the same error when a page loads; a build must fail.
          if (command === 'build') process.exit(1);
        }
      },
    },
  };
}
