const FRAME_LOG_SIZE = 240;

/** The cost of the last redraws, ms: script, style, layout and paint, to the first task after the frame (for `npm run bench`). */
export class FrameLog {
  readonly times: number[] = [];

  /** A redraw began at `started` (performance.now()): note how long until the frame has been painted. */
  log(started: number): void {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      this.times.push(performance.now() - started);
      if (this.times.length > FRAME_LOG_SIZE) this.times.shift();
      channel.port1.close();
    };
    channel.port2.postMessage(0);
  }
}
