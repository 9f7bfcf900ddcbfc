import type { CanvasTheme } from '../../src/lib/layout/paint-timeline-canvas.ts';

/** Colours for painting in unit tests: any valid CSS colours will do. */
export const TEST_CANVAS_COLOURS: Omit<CanvasTheme, 'laneColour'> = {
  background: '#fff',
  ink: '#111',
  muted: '#555',
  grid: '#eee',
  rule: '#ccc',
  breakFill: '#ddd',
  surface: '#fff',
  selected: '#fe8',
  font: 'Arial, sans-serif',
};
