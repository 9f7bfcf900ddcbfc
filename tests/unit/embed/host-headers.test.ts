import { describe, expect, it } from 'vitest';
import { toHostHeaders } from '../../../src/lib/embed/host-headers.ts';

describe('toHostHeaders()', () => {
  const headers = toHostHeaders(['/', '/embed/', '/events/a/', '/404.html'], '/embed/');

  it('lets any site frame the embed pages', () => {
    expect(headers).toContain("/embed/*\n  Content-Security-Policy: frame-ancestors *\n");
  });

  it("keeps every other page to 'self', one explicit rule each, so no rule also matches /embed/", () => {
    for (const path of ['/', '/events/a/', '/404.html']) {
      expect(headers).toContain(`${path}\n  Content-Security-Policy: frame-ancestors 'self'\n`);
    }
    expect(headers).not.toMatch(/^\/\*$/m);
    expect(headers.match(/frame-ancestors 'self'/g)).toHaveLength(3);
  });

  it('lets browsers keep files whose URL has a hash for a year, and nothing else', () => {
    const cached = toHostHeaders(['/'], '/embed/', ['/_astro/*', '/timeline.js']);
    expect(cached).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(cached).toContain('/timeline.js\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(cached.match(/Cache-Control/g)).toHaveLength(2);
    expect(headers).not.toContain('Cache-Control');
  });
});
