// Just the part of the edtf package's API that src/lib/dates uses; the package ships no types.
declare module 'edtf' {
  interface Bitmask {
    readonly value: number;
  }
  interface EdtfDate {
    readonly type: 'Date';
    /** 1 = year, 2 = month, 3 = day. */
    readonly precision: number;
    /** [year, month0, day]: as many as the precision says; month is 0-based. */
    readonly values: number[];
    readonly approximate: Bitmask;
    readonly uncertain: Bitmask;
    readonly min: number;
    readonly max: number;
  }
  interface EdtfInterval {
    readonly type: 'Interval';
    readonly lower: EdtfDate | null | undefined;
    readonly upper: EdtfDate | null | undefined;
    readonly min: number;
    readonly max: number;
  }
  type EdtfValue = EdtfDate | EdtfInterval | { readonly type: string };
  export default function edtf(input: string): EdtfValue;
}
