import type { Translate } from './i18n/translator.ts';
import type { GeoPoint } from './timeline-model.ts';

/** Four decimals: about 11 m, the precision of the gazetteer's references (and more than a map can show). */
const DECIMALS = 4;

/**
 * A point as a reader writes it in the page's language: degrees with hemispheres, never signed numbers.
 * @example formatGeoPoint({ latitude: 39.8153, longitude: 46.7519 }, { language: 'en', t }) // "39.8153° N, 46.7519° E"
 */
export function formatGeoPoint(point: GeoPoint, text: { readonly language: string; readonly t: Translate }): string {
  const number = new Intl.NumberFormat(text.language, {
    minimumFractionDigits: DECIMALS,
    maximumFractionDigits: DECIMALS,
  });
  return text.t('places.point', {
    latitude: number.format(Math.abs(point.latitude)),
    north: point.latitude >= 0 ? 'yes' : 'no',
    longitude: number.format(Math.abs(point.longitude)),
    east: point.longitude >= 0 ? 'yes' : 'no',
  });
}
