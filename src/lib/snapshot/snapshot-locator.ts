import type { ColourTokens } from '../design-tokens.ts';
import type { Translate } from '../i18n/translator.ts';
import { chooseMapView } from '../map/choose-map-view.ts';
import { compassDirection } from '../map/compass-direction.ts';
import type { MapSize } from '../map/fit-projection.ts';
import type { ProjectionSpec } from '../map/projection-spec.ts';
import { MAP_DATA_SOURCE } from '../map/map-data-source.ts';
import { mapPaint } from '../map/map-paint.ts';
import type { CountriesTopology } from '../map/region-geometry.ts';
import { renderPlaceMap } from '../map/render-place-map.ts';
import type { Place, PlaceId } from '../timeline-model.ts';
import type { SnapshotLocator } from './compose-snapshot.ts';

/** A share card's locator: the size of the map beside the drawing. */
export const SNAPSHOT_LOCATOR_SIZE: MapSize = { width: 320, height: 220 };

/** What the locator of one event needs: its places, and what the map draws and links them with. */
export interface SnapshotLocatorInput {
  /** The event's places, in the edition's language. */
  readonly places: readonly Place[];
  /** Events per place in the whole timeline: sizes the marks as on the site's maps. */
  readonly counts: ReadonlyMap<PlaceId, number>;
  /** Where a place links (absolute: the image travels without its site). */
  readonly href: (place: Place) => string;
  readonly countries: CountriesTopology | ((projection: ProjectionSpec) => CountriesTopology);
  readonly t: Translate;
  /** The card's theme and font: the map's colours are written into the SVG, which a rasteriser needs. */
  readonly tokens: ColourTokens;
  readonly fontFamily: string;
  readonly size?: MapSize;
}

/**
 * The locator map of an event's share card, or undefined for an event without places: the event's places framed
 * and highlighted (the far-away ones listed under it with their direction, as under the site's maps), and the
 * borders' source, since a border drawn without it would look like the site's own claim.
 */
export function snapshotLocator(input: SnapshotLocatorInput): SnapshotLocator | undefined {
  const { places, counts, t } = input;
  if (places.length === 0) return undefined;
  const size = input.size ?? SNAPSHOT_LOCATOR_SIZE;
  const view = chooseMapView(places, (place) => counts.get(place.id) ?? 0);
  const markup = renderPlaceMap({
    places: view.framed,
    counts,
    size,
    kind: 'locator',
    countries: input.countries,
    href: input.href,
    labels: {
      map: t('map.locatorLabel'),
      place: (name, count) => t('map.place', { name, count }),
    },
    paint: mapPaint(input.tokens, input.fontFamily),
  });
  const elsewhere = view.elsewhere.map((place) =>
    t('map.elsewhere.place', {
      place: place.name,
      direction: t(`map.direction.${compassDirection(view.centre, place.point)}`),
    }),
  );
  const source = t('map.source', { source: `${MAP_DATA_SOURCE.name} ${MAP_DATA_SOURCE.version}` });
  return {
    markup,
    width: size.width,
    height: size.height,
    caption: [...(elsewhere.length === 0 ? [] : [`${t('map.elsewhere')} ${elsewhere.join('; ')}`]), source],
  };
}
