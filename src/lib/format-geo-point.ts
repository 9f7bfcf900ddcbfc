import type { Translate } from './i18n/translator.ts';
import type { GeoPoint } from './timeline-model.ts';

/** Four decimals: about 11 m, the precision of the gazetteer's references (and more than a map can show). */
const DECIMALS = 4;

/**
 * A point as a reader writes it in the page's language: degrees with hemispheres, never signed numbers. One message
 * per hemisphere rather than a `select`, which the browser's message formatter does not read (client-messages.ts).
 * @example formatGeoPoint({ latitude: 39.8153, longitude: 46.7519 }, { language: 'en', t }) // "39.8153° N, 46.7519° E"
 */
export function formatGeoPoint(point: GeoPoint, text: { readonly language: string; readonly t: Translate }): string {
  const { t } = text;
  const number = new Intl.NumberFormat(text.language, {
    minimumFractionDigits: DECIMALS,
    maximumFractionDigits: DECIMALS,
  });
  const degrees = (value: number) => ({ degrees: number.format(Math.abs(value)) });
  return t('places.point', {
    latitude: t(point.latitude >= 0 ? 'places.latitude.north' : 'places.latitude.south', degrees(point.latitude)),
    longitude: t(point.longitude >= 0 ? 'places.longitude.east' : 'places.longitude.west', degrees(point.longitude)),
  });
}
