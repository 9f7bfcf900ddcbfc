import type { DayWindow } from '../lib/layout/time-axis.ts';
import type { TimelineController } from '../lib/timeline-controller.ts';
import { easeCubicInOut, tweenWindow } from '../lib/view/window-tween.ts';

const ANIMATION_MS = 250;

/** What keeps the chart moving: d3-zoom gestures, an animation of ours, a drag on the overview strip. */
export type MotionKind = 'gesture' | 'animating' | 'dragging';

/**
 * Whether the chart is moving (then a canvas shows it, and the SVG waits), and the animated moves the element makes
 * itself: buttons, keys, double clicks and clicks on the overview. The element calls `goTo`; each frame of an
 * animation sets the controller's window and calls `onFrame`; `onRest` is called once everything has stopped.
 */
export class ChartMotion {
  // d3-zoom gestures under way: a drag may start before the wheel's gesture has ended, so they are counted.
  #gestures = 0;
  #animating = false;
  #dragging = false;
  #animation = 0;
  readonly #controller: TimelineController;
  readonly #on: { readonly frame: () => void; readonly rest: () => void };
  readonly #reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

  constructor(controller: TimelineController, on: { readonly frame: () => void; readonly rest: () => void }) {
    this.#controller = controller;
    this.#on = on;
  }

  get moving(): boolean {
    return this.#gestures > 0 || this.#animating || this.#dragging;
  }

  set(kind: MotionKind, moving: boolean): void {
    const before = this.moving;
    if (kind === 'gesture') this.#gestures = Math.max(0, this.#gestures + (moving ? 1 : -1));
    else if (kind === 'animating') this.#animating = moving;
    else this.#dragging = moving;
    // Once everything has stopped, the SVG is brought up to date.
    if (before && !this.moving) this.#on.rest();
  }

  /** Move to a window (undefined: the full view), animated unless asked not to or the reader prefers reduced motion. */
  goTo(target: DayWindow | undefined, animate: boolean): void {
    const controller = this.#controller;
    this.stop();
    if (!animate || this.#reducedMotion.matches) {
      controller.setWindow(target);
      return;
    }
    const tween = tweenWindow(controller.axis, controller.window, target ?? controller.axis.domain);
    const began = performance.now();
    this.set('animating', true);
    const step = (now: number) => {
      const t = Math.min(1, (now - began) / ANIMATION_MS);
      controller.setWindow(t === 1 ? target : tween(easeCubicInOut(t)));
      if (t === 1) this.set('animating', false);
      this.#on.frame();
      if (t < 1) this.#animation = requestAnimationFrame(step);
    };
    this.#animation = requestAnimationFrame(step);
  }

  stop(): void {
    cancelAnimationFrame(this.#animation);
    if (this.#animating) this.set('animating', false);
  }

  zoomBy(factor: number): void {
    this.goTo(this.#controller.zoomedWindow(factor), true);
  }

  /** Pan by a share of the width (negative: earlier). */
  panBy(share: number): void {
    this.goTo(this.#controller.pannedWindow(share * this.#controller.width), true);
  }
}
