import type { Translate } from '../i18n/translator.ts';

/**
 * A view's parameters in words, for an image's alt text and a downloaded snapshot's subtitle: its dates as given
 * (`from`/`to`), its lanes, whether an event is open. The parts are a list, joined with semicolons.
 * @example describeView(new URLSearchParams('from=2020-09&lanes=war'), t) // 'events from 2020-09 to the end; lanes: war'
 */
export function describeView(params: URLSearchParams, t: Translate): string {
  const from = params.get('from');
  const to = params.get('to');
  const lanes = params.get('lanes');
  const parts = [
    from !== null && to !== null
      ? t('embed.view.between', { from, to })
      : from !== null
        ? t('embed.view.from', { from })
        : to !== null
          ? t('embed.view.to', { to })
          : t('embed.view.all'),
  ];
  if (lanes !== null) parts.push(t('embed.view.lanes', { lanes: lanes.split(',').join(', ') }));
  if (params.get('event') !== null) parts.push(t('embed.view.event'));
  return parts.join('; ');
}
