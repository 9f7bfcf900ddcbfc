/**
 * The site's design tokens: every colour of the page, the chart, the canvas and the snapshot images, in light, dark
 * and print, plus the fonts and measures. Written once, here; `toTokenStylesheet()` publishes them as CSS custom
 * properties in the site's stylesheet (src/integrations/palette-stylesheet.ts), the canvas reads those properties
 * back, and the snapshots, which a rasteriser draws without CSS variables, import the values directly. Lane colours
 * are content, not design: they come from each lane in timeline.yaml and reach the same stylesheet through
 * src/lib/lane-stylesheet.ts.
 */

/** Every colour of a theme. Named for their role, never for their hue. */
export interface ColourTokens {
  /** The page behind everything. */
  readonly bg: string;
  /** Raised things: the header, panels, boxes, buttons, cluster pills. */
  readonly surface: string;
  readonly text: string;
  /** Secondary text: dates, captions, axis and lane labels. */
  readonly muted: string;
  /** Small print a shade stronger than `muted` (a snapshot's footer lines). */
  readonly textSoft: string;
  /** Hairlines: lane rules, borders, dividers. */
  readonly rule: string;
  readonly link: string;
  readonly linkVisited: string;
  /** Highlighted passages. */
  readonly mark: string;
  readonly markText: string;
  /** The background of editor notes and the source-balance note. */
  readonly noteBg: string;
  readonly focus: string;
  /** The chart's vertical grid lines. */
  readonly grid: string;
  /** The bands where the time axis skips a stretch with no events. */
  readonly break: string;
  /** The selected event's mark on the chart. */
  readonly selected: string;
  /** The window shown, marked on the overview strip (translucent). */
  readonly window: string;
  /** Shadows under floating things (tooltip, detail panel). */
  readonly shadow: string;
}

/** The custom property each colour token is published as. */
export const COLOUR_PROPERTIES: { readonly [K in keyof ColourTokens]: `--${string}` } = {
  bg: '--bg',
  surface: '--surface',
  text: '--text',
  muted: '--muted',
  textSoft: '--text-soft',
  rule: '--rule',
  link: '--link',
  linkVisited: '--link-visited',
  mark: '--mark',
  markText: '--mark-text',
  noteBg: '--note-bg',
  focus: '--focus',
  grid: '--grid',
  break: '--break',
  selected: '--selected',
  window: '--window',
  shadow: '--shadow',
};

/** The light theme: warm paper, near-black ink. Snapshots and social cards use it. */
export const LIGHT: ColourTokens = {
  bg: '#fbfaf7',
  surface: '#ffffff',
  text: '#1c1b19',
  muted: '#5b5852',
  textSoft: '#3b3935',
  rule: '#dcd8cf',
  link: '#1f5aa6',
  linkVisited: '#6a3d9a',
  mark: '#fbe7a1',
  markText: '#1c1b19',
  noteBg: '#f3efe4',
  focus: '#1f5aa6',
  grid: '#e8e4db',
  break: '#efece5',
  selected: '#fbe7a1',
  window: 'rgba(31, 90, 166, 0.12)',
  shadow: 'rgba(0, 0, 0, 0.15)',
};

/** The dark theme: the reader's setting, or an embed's `?theme=dark`. */
export const DARK: ColourTokens = {
  bg: '#151514',
  surface: '#1d1d1b',
  text: '#ecebe7',
  muted: '#b0ada6',
  textSoft: '#cfccc5',
  rule: '#3a3935',
  link: '#8cb8f2',
  linkVisited: '#c6a6ee',
  mark: '#6b5a1a',
  markText: '#fffbea',
  noteBg: '#26241f',
  focus: '#8cb8f2',
  grid: '#2a2926',
  break: '#2c2b27',
  selected: '#5a4c17',
  window: 'rgba(140, 184, 242, 0.16)',
  shadow: 'rgba(0, 0, 0, 0.5)',
};

/** On paper: black on white, whatever the screen's theme. */
export const PRINT: Partial<ColourTokens> = {
  bg: '#ffffff',
  text: '#000000',
  muted: '#333333',
  rule: '#999999',
  mark: '#eeeeee',
};

/** Fonts and measures, published beside the colours. */
export const TYPE_TOKENS = {
  '--font-text': "'Iowan Old Style', 'Palatino Linotype', Palatino, 'Source Serif Pro', Georgia, 'Noto Serif', serif",
  '--font-ui': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  // The chart's labels: Helvetica metrics, the widths the layout measures them with (src/lib/layout/text-measure.ts).
  '--font-chart': "Arial, Helvetica, 'Liberation Sans', 'Nimbus Sans', Arimo, sans-serif",
  '--measure': '42rem',
  '--wide': '64rem',
  // The home page, where the chart takes the width of a laptop's screen.
  '--page-wide': '78rem',
} as const;

function declarations(colours: Partial<ColourTokens>): string {
  return (Object.keys(COLOUR_PROPERTIES) as (keyof ColourTokens)[])
    .filter((key) => colours[key] !== undefined)
    .map((key) => `${COLOUR_PROPERTIES[key]}:${colours[key]}`)
    .join(';');
}

/**
 * The tokens as a stylesheet of custom properties: light by default, dark when the reader prefers it, either one
 * when an embed forces it (`data-theme` on the root, set by /embed-theme.js before first paint), and print.
 */
export function toTokenStylesheet(): string {
  const type = Object.entries(TYPE_TOKENS)
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
  return [
    `:root{${type};${declarations(LIGHT)};color-scheme:light dark}`,
    `@media (prefers-color-scheme: dark){:root:not([data-theme='light']){${declarations(DARK)}}}`,
    `:root[data-theme='light']{${declarations(LIGHT)};color-scheme:light}`,
    `:root[data-theme='dark']{${declarations(DARK)};color-scheme:dark}`,
    // Listed with the dark rules' selectors so that it outranks them on paper.
    `@media print{:root,:root:not([data-theme='light']),:root[data-theme]{${declarations(PRINT)}}}`,
    '',
  ].join('\n');
}
