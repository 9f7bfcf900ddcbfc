import type { MapPaint } from '../map/map-paint.ts';

/**
 * CSS that colours a place map taken from a page into an image (a downloaded view): on the page the map is styled by
 * src/styles/place-map.css through custom properties, which an image has not. The same rules, with the paint's
 * colours spelt out; `.place-map__sea` is a rectangle the caller puts under the land, as the page's background is.
 * A place the linked map dims (`is-outside`: no event in the timeline's window, src/styles/place-map-live.css) is
 * dimmed in the image too.
 */
export function placeMapImageStyle(paint: MapPaint): string {
  return `.place-map__sea{fill:${paint.sea}}
.place-map__country{fill:${paint.land}}
.place-map__borders{fill:none;stroke:${paint.border};stroke-width:0.8;stroke-dasharray:4 2;stroke-linejoin:round}
.place-map__places{font-family:'${paint.fontFamily}',sans-serif}
.place-map__mark{fill:${paint.mark};stroke:${paint.markOutline};stroke-width:1.2}
.place-map__mark--ring{fill:${paint.mark};fill-opacity:0.2;stroke:${paint.mark};stroke-width:2}
.place-map__place.is-highlighted .place-map__mark{fill:${paint.highlight};fill-opacity:1;stroke:${paint.highlightHalo};stroke-width:3;paint-order:stroke}
.place-map__label{fill:${paint.label};stroke:${paint.labelHalo};stroke-width:3px;stroke-linejoin:round;paint-order:stroke}
.place-map__place.is-outside{opacity:0.4}
`;
}
