/** The layout's public surface: model -> placed marks, for the build's SVG and the browser's redraws alike. */
export {
  layoutTimeline,
  DEFAULT_MAX_LABEL_WIDTH,
  DEFAULT_MAX_ROWS_PER_LANE,
  MIN_LAYOUT_WIDTH,
  ROW_HEIGHT,
  AXIS_HEIGHT,
  LANE_HEADING_HEIGHT,
  LANE_GAP,
  type TimelineLayout,
  type TimelineLayoutOptions,
  type TimelineMark,
  type PointMark,
  type BarMark,
  type ClusterMark,
  type LabelBox,
  type LaneBand,
} from './layout-timeline.ts';
export {
  placeEvents,
  type LayoutEvent,
  type DatedEvent,
  type PlacedEvent,
  type LanePlacement,
  type PlaceEventsOptions,
} from './place-events.ts';
export type { PlacedLabel } from './placed-label.ts';
export {
  clusterEvents,
  clusterCandidateList,
  ClusterCandidateList,
  type PlacedCluster,
  type ClusterCandidate,
  type ClusterOptions,
} from './cluster-events.ts';
export {
  layoutTimeAxis,
  toAxisX,
  fromAxisX,
  type TimeAxis,
  type TimeAxisOptions,
  type AxisPiece,
  type DayWindow,
} from './time-axis.ts';
export {
  createTimeScale,
  clampWindow,
  MIN_WINDOW_DAYS,
  ZOOM_OUT_MARGIN,
  type TimeScale,
  type AxisBreak,
} from './time-scale.ts';
export { zoomWindow, panWindow } from './zoom-window.ts';
export { layoutAxisTicks, type AxisTick, type AxisTickOptions, type TickUnit } from './axis-ticks.ts';
export {
  createCharWidthMeasure,
  memoizeTextMeasure,
  truncateText,
  LABEL_FONT_SIZE,
  type TextMeasure,
} from './text-measure.ts';
