import type { AstroIntegration } from 'astro';
import { ContentError, describeDrafts, describeTranslationCoverage, loadTimeline } from '../lib/load/index.ts';
import { messageKeys } from '../lib/i18n/catalogues.ts';
import { createTranslator } from '../lib/i18n/translator.ts';
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
          // The interface of each language: a missing catalogue, or missing messages, are shown in English.
          const languages = [timeline.config.language, ...timeline.translations.map(({ language }) => language)];
          for (const language of languages) {
            const missing = describeMissingMessages(language);
            if (command === 'build' && missing !== undefined) logger.warn(missing);
          }
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

/**
 * One line for the editors when the site's `language` has no catalogue, or an incomplete one: those messages are
 * shown in English (see src/lib/i18n/translator.ts). Nothing when the interface is complete.
 * @example describeMissingMessages('fr') // 'language "fr": no interface catalogue (src/lib/i18n/messages/fr.json): all 359 messages are shown in English.'
 */
export function describeMissingMessages(language: string): string | undefined {
  const missing = createTranslator(language).missingKeys();
  if (missing.length === 0) return undefined;
  const total = messageKeys.length;
  const file = `src/lib/i18n/messages/${language}.json`;
  return missing.length === total
    ? `language "${language}": no interface catalogue (${file}): all ${total} messages are shown in English.`
    : `language "${language}": the interface catalogue lacks ${missing.length} of ${total} messages, shown in English: ${listed(missing)}.`;
}

// A long list is cut: the first dozen name the gap, the count says the rest.
function listed(keys: readonly string[]): string {
  const shown = keys.slice(0, 12).join(', ');
  return keys.length > 12 ? `${shown} and ${keys.length - 12} more` : shown;
}
