/**
 * The Content-Security-Policy of every page, without its `frame-ancestors` (which differs between the embed and the
 * rest). Scripts, styles, images, fonts, workers and requests come from the site itself and nowhere else; nothing
 * inline runs or styles anything (no 'unsafe-inline': the build writes no inline script, no <style> element and no
 * style attribute). 'wasm-unsafe-eval' lets Pagefind's search compile its WebAssembly; `blob:` images are the
 * embed dialog's PNG export (an SVG drawn onto a canvas); frames are the dialog's preview of this site's /embed/.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The Content-Security-Policy of the web editor at /admin/ only, relaxed as far as Decap CMS needs and no further:
 * its config validator (ajv) compiles schemas with `new Function` ('unsafe-eval'); its styles are injected at run
 * time by emotion ('unsafe-inline' styles); it talks to the git host's API (GitHub, GitLab, Netlify Identity and
 * git-gateway) and, when opened on localhost, to the local decap-server (any port: CMS_LOCAL_BACKEND_URL may move
 * it); it shows images from the repository (`blob:`, `data:`, https). No reader page gets this policy.
 */
export const ADMIN_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval' https://identity.netlify.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data: https:",
  "font-src 'self'",
  "connect-src 'self' https://api.github.com https://gitlab.com https://*.netlify.com https://*.netlify.app http://localhost:*",
  "worker-src 'self' blob:",
  "frame-src 'self' https://identity.netlify.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read) with the Content-Security-Policy above on every
 * page, letting any site frame the embed pages and no other site frame the rest. Every page gets an explicit rule,
 * because hosts merge all rules that match a path and browsers enforce every Content-Security-Policy they receive:
 * a site-wide `/*` rule would forbid framing /embed/ too. Files whose URL changes whenever their content does
 * (`immutablePaths`: hashed names, or a hash in the query) may be kept by browsers for a year without asking again.
 */
export function toHostHeaders(
  pagePaths: readonly string[],
  embedPrefix: string | readonly string[],
  immutablePaths: readonly string[] = [],
  adminPrefix?: string,
): string {
  // One embed per edition language (`/embed/`, `/ru/embed/`).
  const embedPrefixes = typeof embedPrefix === 'string' ? [embedPrefix] : embedPrefix;
  const rules: string[] = [];
  for (const path of immutablePaths) rules.push(path, '  Cache-Control: public, max-age=31536000, immutable', '');
  for (const prefix of embedPrefixes)
    rules.push(`${prefix}*`, `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors *`, '');
  if (adminPrefix !== undefined) {
    rules.push(
      `${adminPrefix}*`,
      `  Content-Security-Policy: ${ADMIN_CONTENT_SECURITY_POLICY}`,
      '  X-Robots-Tag: noindex',
      '',
    );
  }
  for (const path of [...pagePaths].sort()) {
    if (embedPrefixes.some((prefix) => path.startsWith(prefix))) continue;
    if (adminPrefix !== undefined && path.startsWith(adminPrefix)) continue;
    rules.push(
      path,
      `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`,
      `  X-Frame-Options: SAMEORIGIN`,
      '',
    );
  }
  return `# Written by the build: a strict Content-Security-Policy on every page, frame-ancestors * on the embed pages\n# only and 'self' everywhere else; long caching for files whose URL has a hash of their content.\n${rules.join('\n')}`;
}
