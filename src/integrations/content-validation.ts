import type { AstroIntegration } from 'astro';
import { ContentError, loadTimeline } from '../lib/load/index.ts';

/**
 * Checks the content before Astro starts building, and on a problem prints every problem, one per line, and stops
 * the build: an editor should see `content/events/x.md: date: impossible date …`, not a stack trace.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'timeline-content-validation',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        try {
          await loadTimeline();
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
