/** A label's text and horizontal place; rows give it a y later. */
export interface PlacedLabel {
  /** The title, or its start and an ellipsis where the whole title does not fit. */
  readonly text: string;
  readonly x: number;
  readonly width: number;
  readonly truncated: boolean;
}
