import type { MessageKey } from './catalogues.ts';

/**
 * The messages each browser script says, by the script's entry file in src/client: the component that loads the
 * script hands exactly these over (`text.forBrowser(SCRIPT_MESSAGES['tl-timeline.ts'])`), and a unit test checks
 * that every `t('…')` in a script and the modules it imports is listed here, so no message is missing at run time.
 */
export const SCRIPT_MESSAGES = {
  'tl-timeline.ts': [
    'timeline.chart.day',
    'timeline.chart.month',
    'timeline.chart.roleDescription',
    'timeline.chart.shown',
    'timeline.chart.shownWithBreaks',
    'timeline.chart.span',
    'timeline.cluster',
    'timeline.detail.announce',
    'timeline.detail.loadFailed',
    'timeline.detail.loadFailedLink',
    'timeline.detail.loading',
    'timeline.detail.meta',
    'timeline.detail.next',
    'timeline.detail.previous',
    'timeline.mark',
    'timeline.placeFilter.announce',
    'timeline.placeFilter.notice',
    'timeline.showing',
    'timeline.showingAll',
    'timeline.tooltip',
  ],
  'tl-embed-dialog.ts': [
    'embed.dialog.copied',
    'embed.dialog.downloaded',
    'embed.dialog.imageAlt',
    'embed.dialog.previewTitle',
    'embed.dialog.selected',
    'embed.view.all',
    'embed.view.between',
    'embed.view.event',
    'embed.view.from',
    'embed.view.lanes',
    'embed.view.to',
    'snapshot.madeOn',
    'snapshot.sources',
    'snapshot.sourcesNone',
    // chart-text.ts's: the snapshot's date uses the first.
    'timeline.chart.day',
    'timeline.chart.month',
    'timeline.chart.span',
  ],
  'tl-cite-box.ts': [
    'cite.copy.button',
    'cite.copy.copied',
    'cite.copy.selected',
    'cite.copy.statusCopied',
    'cite.copy.statusSelected',
    'cite.copy.unnamed',
  ],
  'tl-place-map.ts': ['map.live.inView'],
  'tl-search.ts': [
    'search.live.count',
    'search.live.countCapped',
    'search.live.failed',
    'search.live.none',
    'search.live.prompt',
  ],
} as const satisfies Record<string, readonly MessageKey[]>;

/** A browser script that speaks to readers. */
export type ScriptName = keyof typeof SCRIPT_MESSAGES;
