/**
 * The characters that make a spreadsheet (Excel, LibreOffice Calc, Google Sheets) read a CSV cell as a formula when
 * they start it: OWASP's CSV injection list (`=`, `+`, `-`, `@`, tab, carriage return) and the NUL of OWASP ASVS
 * 1.2.10.
 */
const FORMULA_START = /^[=+\-@\t\r\0]/;

/**
 * A CSV cell that no spreadsheet evaluates: one that would start a formula gets a leading single quote, as OWASP
 * recommends; every other cell is unchanged. Reading the file back, drop one leading `'` before one of those
 * characters to get the text. A leading `-` is neutralised like the others, even where a cell is a number (a
 * southern latitude in `coordinates`): a cell must never depend on its column to be safe.
 * @example toSpreadsheetSafe('=HYPERLINK("https://evil.example")') // "'=HYPERLINK(\"https://evil.example\")"
 * @example toSpreadsheetSafe('Baku') // "Baku"
 */
export function toSpreadsheetSafe(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The text of a cell written by toSpreadsheetSafe(): the inverse, for readers and tests. */
export function fromSpreadsheetSafe(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
