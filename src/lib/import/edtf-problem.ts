import { parseTimelineDate } from '../dates/timeline-date.ts';

/** Why an imported EDTF date would not load (an interval that ends before it starts…), or undefined when it would. */
export function edtfProblem(edtf: string): string | undefined {
  const parsed = parseTimelineDate(edtf);
  return parsed.ok ? undefined : parsed.reason;
}
