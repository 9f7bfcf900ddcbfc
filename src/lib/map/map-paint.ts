import type { ColourTokens } from '../design-tokens.ts';

/**
 * A map's colours written into its SVG, for drawings made without the site's stylesheet: a rasteriser (a share card,
 * a downloaded image) knows no CSS custom properties. Pages leave this out and colour the map from
 * src/styles/place-map.css; both take their colours from the same tokens.
 */
export interface MapPaint {
  readonly sea: string;
  readonly land: string;
  readonly border: string;
  readonly mark: string;
  /** The outline that sets marks off the land. */
  readonly markOutline: string;
  readonly highlight: string;
  readonly highlightHalo: string;
  readonly label: string;
  readonly labelHalo: string;
  readonly fontFamily: string;
}

/** The share of the link colour in the sea: the page's background tinted towards it (as the stylesheet's color-mix). */
export const SEA_TINT = 0.14;

/**
 * The paint of a theme's tokens, as the stylesheet would resolve it.
 * @example mapPaint(LIGHT, 'Source Sans 3').land // '#ffffff'
 */
export function mapPaint(tokens: ColourTokens, fontFamily: string): MapPaint {
  return {
    sea: mixHex(tokens.link, tokens.bg, SEA_TINT),
    land: tokens.surface,
    border: tokens.muted,
    mark: tokens.link,
    markOutline: tokens.surface,
    highlight: tokens.text,
    highlightHalo: tokens.selected,
    label: tokens.text,
    labelHalo: tokens.surface,
    fontFamily,
  };
}

/** `share` of colour `a` in `b`, both #rrggbb, as CSS color-mix(in srgb, a share, b) gives it. */
export function mixHex(a: string, b: string, share: number): string {
  const channels = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  const [from, to] = [channels(a), channels(b)];
  return `#${from
    .map((channel, i) => Math.round(channel * share + (to[i] ?? 0) * (1 - share)))
    .map((channel) => channel.toString(16).padStart(2, '0'))
    .join('')}`;
}
