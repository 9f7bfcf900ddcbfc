/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read) that lets any site frame the embed pages and no
 * other site frame the rest. Every page gets an explicit rule, because hosts merge all rules that match a path and
 * browsers enforce every Content-Security-Policy they receive: a site-wide `/*` rule would forbid framing /embed/ too.
 * Files whose URL changes whenever their content does (`immutablePaths`: hashed names, or a hash in the query) may
 * be kept by browsers for a year without asking again.
 */
export function toHostHeaders(
  pagePaths: readonly string[],
  embedPrefix: string,
  immutablePaths: readonly string[] = [],
): string {
  const rules: string[] = [];
  for (const path of immutablePaths) rules.push(path, '  Cache-Control: public, max-age=31536000, immutable', '');
  rules.push(`${embedPrefix}*`, `  Content-Security-Policy: frame-ancestors *`, '');
  for (const path of [...pagePaths].sort()) {
    if (path.startsWith(embedPrefix)) continue;
    rules.push(path, `  Content-Security-Policy: frame-ancestors 'self'`, `  X-Frame-Options: SAMEORIGIN`, '');
  }
  return `# Written by the build: frame-ancestors * on the embed pages only, 'self' everywhere else; long caching for\n# files whose URL has a hash of their content.\n${rules.join('\n')}`;
}
