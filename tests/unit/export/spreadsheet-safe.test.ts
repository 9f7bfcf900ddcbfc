import { describe, expect, it } from 'vitest';
import { fromSpreadsheetSafe, toSpreadsheetSafe } from '../../../src/lib/export/index.ts';

describe('toSpreadsheetSafe()', () => {
  it('puts a single quote before a cell starting with =, +, -, @, tab, carriage return or NUL (OWASP)', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '\0x'])
      expect(toSpreadsheetSafe(cell)).toBe(`'${cell}`);
  });

  it('leaves every other cell as it is, formula characters inside included', () => {
    for (const cell of ['', 'Baku', 'a=b', ' =1', '2020-11-10', '12', "'quoted", 'Ω'])
      expect(toSpreadsheetSafe(cell)).toBe(cell);
  });

  it('is undone by fromSpreadsheetSafe()', () => {
    for (const cell of ['=1+1', '-1', '@x', 'Baku', "'quoted", '', '\t'])
      expect(fromSpreadsheetSafe(toSpreadsheetSafe(cell))).toBe(cell);
  });
});
