/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read) that lets any site frame the embed pages and no
 * other site frame the rest. Every page gets an explicit rule, because hosts merge all rules that match a path and
 * browsers enforce every Content-Security-Policy they receive: a site-wide `/*` rule would forbid framing /embed/ too.
 */
export function toHostHeaders(pagePaths: readonly string[], embedPrefix: string): string {
  const rules: string[] = [];
  rules.push(`${embedPrefix}*`, `  Content-Security-Policy: frame-ancestors *`, '');
  for (const path of [...pagePaths].sort()) {
    if (path.startsWith(embedPrefix)) continue;
    rules.push(path, `  Content-Security-Policy: frame-ancestors 'self'`, `  X-Frame-Options: SAMEORIGIN`, '');
  }
  return `# Written by the build: frame-ancestors * on the embed pages only, 'self' everywhere else.\n${rules.join('\n')}`;
}
