import { svg, toSvgMarkup, type SvgNode } from '../layout/svg-markup.ts';
import {
  layoutPlaceMap,
  MAP_LABEL_FONT_SIZE,
  type PlacedMapMark,
  type PlaceMapInput,
  type PlaceMapLayout,
} from './layout-place-map.ts';
import type { Place } from '../timeline-model.ts';
import type { MapPaint } from './map-paint.ts';

/** Half the width of the area that takes a pointer's tap or click on a mark, in px. */
export const HIT_RADIUS = 12;

/** The words of a map, in the page's language: the map's own name and each mark's accessible name. */
export interface PlaceMapLabels {
  /** The map's accessible name ("Map of the places of the events"). */
  readonly map: string;
  /** A mark's accessible name: its place and its events ("Shusha/Shushi: 3 events"). */
  readonly place: (name: string, count: number) => string;
}

export interface RenderPlaceMapInput extends PlaceMapInput {
  /** Where a mark links: the place's page. */
  readonly href: (place: Place) => string;
  readonly labels: PlaceMapLabels;
  /** Colours written into the SVG, for a rasteriser; pages leave it out and style the map with CSS. */
  readonly paint?: MapPaint | undefined;
}

/**
 * A map of places as SVG markup, complete without JavaScript: the countries of the view, their borders, and a link
 * per place (`data-place` names it for the browser's linking). Every name is escaped on its way into the markup.
 * The projection goes along in `data-projection`, so the browser can place marks without any geometry.
 */
export function renderPlaceMap(input: RenderPlaceMapInput): string {
  return toSvgMarkup(placeMapSvg(layoutPlaceMap(input), input.href, input.labels, input.paint));
}

/** The SVG tree of a laid-out map. */
export function placeMapSvg(
  layout: PlaceMapLayout,
  href: (place: Place) => string,
  labels: PlaceMapLabels,
  paint?: MapPaint,
): SvgNode {
  const { width, height } = layout.size;
  const painted = paint === undefined ? undefined : presentation(paint);
  return svg(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `place-map__svg place-map__svg--${layout.kind}`,
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'group',
      'aria-label': labels.map,
      'data-projection': JSON.stringify(layout.projection),
    },
    [
      // Without a stylesheet the sea is a rectangle; with one, the SVG's CSS background.
      ...(paint === undefined ? [] : [svg('rect', { width, height, fill: paint.sea, 'aria-hidden': 'true' })]),
      svg(
        'g',
        { class: 'place-map__land', 'aria-hidden': 'true', ...painted?.land },
        layout.geometry.countries.map((country) => svg('path', { class: 'place-map__country', d: country.d })),
      ),
      ...(layout.geometry.borders === ''
        ? []
        : [
            svg('path', {
              class: 'place-map__borders',
              d: layout.geometry.borders,
              'aria-hidden': 'true',
              ...painted?.borders,
            }),
          ]),
      svg(
        'g',
        { class: 'place-map__places', 'font-size': MAP_LABEL_FONT_SIZE, ...painted?.places },
        layout.marks.map((mark) => markLink(mark, href, labels, painted)),
      ),
    ],
  );
}

function markLink(
  mark: PlacedMapMark,
  href: (place: Place) => string,
  labels: PlaceMapLabels,
  painted: Presentation | undefined,
): SvgNode {
  const { place } = mark;
  return svg(
    'a',
    {
      class: mark.highlighted ? 'place-map__place is-highlighted' : 'place-map__place',
      href: href(place),
      'data-place': place.id,
      'data-kind': place.kind,
      'aria-label': labels.place(place.name, mark.count),
    },
    [
      // A target a finger can hit (24 px across, WCAG 2.2's minimum), whatever the size of the mark: transparent,
      // so that it needs no stylesheet to stay unseen.
      svg('circle', { class: 'place-map__hit', cx: mark.x, cy: mark.y, r: HIT_RADIUS, fill: 'transparent' }),
      markShape(mark, painted),
      ...(mark.label === undefined
        ? []
        : [
            svg(
              'text',
              {
                class: 'place-map__label',
                x: mark.label.x,
                y: mark.label.y,
                'text-anchor': 'middle',
                ...painted?.label,
              },
              [mark.label.text],
            ),
          ]),
    ],
  );
}

function markShape(mark: PlacedMapMark, painted: Presentation | undefined): SvgNode {
  const { x, y, radius: r } = mark;
  const attributes = {
    class: `place-map__mark place-map__mark--${mark.shape}`,
    ...(mark.highlighted ? painted?.highlighted : mark.shape === 'ring' ? painted?.ring : painted?.mark),
  };
  switch (mark.shape) {
    case 'dot':
    case 'ring':
      return svg('circle', { ...attributes, cx: x, cy: y, r });
    case 'square': {
      // A square of the same area as the dot would be: the eye compares areas.
      const half = round(r * 0.886);
      return svg('rect', { ...attributes, x: x - half, y: y - half, width: 2 * half, height: 2 * half });
    }
    case 'diamond':
      return svg('path', {
        ...attributes,
        d: `M${round(x)} ${round(y - r * 1.25)}L${round(x + r * 1.25)} ${round(y)}L${round(x)} ${round(y + r * 1.25)}L${round(x - r * 1.25)} ${round(y)}Z`,
      });
  }
}

type Attributes = Readonly<Record<string, string | number>>;
type Presentation = Readonly<
  Record<'land' | 'borders' | 'places' | 'mark' | 'ring' | 'highlighted' | 'label', Attributes>
>;

/** The stylesheet's rules (src/styles/place-map.css) as presentation attributes, for a drawing without CSS. */
function presentation(paint: MapPaint): Presentation {
  return {
    land: { fill: paint.land },
    borders: { fill: 'none', stroke: paint.border, 'stroke-width': 0.8, 'stroke-dasharray': '4 2' },
    places: { 'font-family': paint.fontFamily },
    mark: { fill: paint.mark, stroke: paint.markOutline, 'stroke-width': 1.2 },
    ring: { fill: paint.mark, 'fill-opacity': 0.2, stroke: paint.mark, 'stroke-width': 2 },
    highlighted: { fill: paint.highlight, stroke: paint.highlightHalo, 'stroke-width': 3, 'paint-order': 'stroke' },
    label: {
      fill: paint.label,
      stroke: paint.labelHalo,
      'stroke-width': 3,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
  };
}

function round(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}
