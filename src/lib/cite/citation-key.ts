/**
 * A BibTeX key for an event or article id: the id with every run of characters other than ASCII letters, digits
 * and `_` turned into `_`. citation-js drops keys with `-` or `:` and would otherwise invent one from the year and
 * the title's first word, which collides ("2023Azerbaijan" twice among the sources).
 * @example toCitationKey('ceasefire-statement-2020-11-10') // "ceasefire_statement_2020_11_10"
 */
export function toCitationKey(id: string): string {
  return id.replace(/[^A-Za-z0-9_]+/g, '_');
}
