export { loadTimeline, contentDirectory } from './load-timeline.ts';
export { buildTimeline, compareEvents, type ContentSources, type SourceFile } from './build-timeline.ts';
export { readContent, CONTENT_LAYOUT } from './read-content.ts';
export { ContentError, formatContentProblem, type ContentProblem } from './content-problem.ts';
export { findQuote, isSamePassage } from './find-quote.ts';
export { parseArticleText } from './article-text.ts';
export { describeDrafts } from './describe-drafts.ts';
export { describeTranslationCoverage } from './describe-translation-coverage.ts';
