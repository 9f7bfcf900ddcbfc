import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, toHostHeaders } from '../../../src/lib/embed/host-headers.ts';

describe('toHostHeaders()', () => {
  const headers = toHostHeaders(['/', '/embed/', '/events/a/', '/404.html'], '/embed/');

  it('lets any site frame the embed pages', () => {
    expect(headers).toContain(`/embed/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors *\n`);
  });

  it("keeps every other page to 'self', one explicit rule each, so no rule also matches /embed/", () => {
    for (const path of ['/', '/events/a/', '/404.html']) {
      expect(headers).toContain(
        `${path}\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'\n`,
      );
    }
    expect(headers).not.toMatch(/^\/\*$/m);
    expect(headers.match(/frame-ancestors 'self'/g)).toHaveLength(3);
  });

  it("lets any site frame each edition's embed, and keeps the edition's other pages to 'self'", () => {
    const editions = toHostHeaders(['/', '/embed/', '/ru/', '/ru/embed/'], ['/embed/', '/ru/embed/']);
    expect(editions).toContain(
      `/ru/embed/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors *\n`,
    );
    expect(editions).toContain(`/ru/\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'\n`);
    expect(editions.match(/frame-ancestors 'self'/g)).toHaveLength(2);
  });

  it('lets browsers keep files whose URL has a hash for a year, and nothing else', () => {
    const cached = toHostHeaders(['/'], '/embed/', ['/_astro/*', '/timeline.js']);
    expect(cached).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(cached).toContain('/timeline.js\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(cached.match(/Cache-Control/g)).toHaveLength(2);
    expect(headers).not.toContain('Cache-Control');
  });

  it('publishes a strict policy: scripts and styles from the site only, nothing inline, no plugins, no <base> elsewhere', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((directive) => {
        const [name = '', ...values] = directive.split(' ');
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
  });
});
