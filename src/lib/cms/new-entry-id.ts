/** The slug settings of the generated config (cms-config.ts): ASCII file names, accents removed, `-` between words. */
export const ENTRY_SLUG = { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' } as const;

/**
 * The file name, and so the permanent id, Decap CMS gives a new entry from its title under ENTRY_SLUG (its
 * `{{slug}}`: lower case, apostrophes dropped, accents removed, every other character outside `[A-Za-z0-9_.~-]` and
 * every period made a hyphen, runs of hyphens joined), so the editor can check the id before Decap writes the file.
 * @example newEntryId("Aliyev's “new” plan, 2.0") // 'aliyevs-new-plan-2-0'
 */
export function newEntryId(title: string): string {
  return title
    .trim()
    .toLocaleLowerCase()
    .replace(/'/g, '')
    .replace(/\./g, '-')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\w.~-]/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}
