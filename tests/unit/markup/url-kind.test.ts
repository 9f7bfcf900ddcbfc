import { describe, expect, it } from 'vitest';
import { isLocalImageUrl, isSafeLinkUrl, urlKind } from '../../../src/lib/markup/url-kind.ts';

describe('urlKind()', () => {
  it('reads the scheme the way a browser does: case-insensitive, after stripping spaces, tabs and newlines', () => {
    for (const url of [
      'javascript:x',
      'JavaScript:x',
      '  javascript:x',
      '\u0000javascript:x',
      'java\tscript:x',
      'java\nscript:x ',
    ]) {
      expect(urlKind(url), JSON.stringify(url)).toEqual({ kind: 'scheme', scheme: 'javascript' });
    }
  });

  it('calls a URL that starts with two slashes or backslashes one for another host', () => {
    for (const url of ['//evil.example/', '\\\\evil.example/', '/\\evil.example/', ' //evil.example/']) {
      expect(urlKind(url), url).toEqual({ kind: 'other-host' });
    }
  });

  it('refuses control characters inside a URL rather than guess what a browser makes of them', () => {
    expect(urlKind('java\u0001script:x')).toEqual({ kind: 'unreadable' });
    expect(urlKind('/x\u007fy')).toEqual({ kind: 'unreadable' });
  });

  it('treats paths, queries and fragments as relative, even with a colon after the first slash', () => {
    for (const url of ['/events/a/', 'events/a/', '#p4', '?q=1', '/a:b', 'a/b:c', '']) {
      expect(urlKind(url), url).toEqual({ kind: 'relative' });
    }
  });
});

describe('isSafeLinkUrl() and isLocalImageUrl()', () => {
  it('allow links to http(s), mailto and this site only', () => {
    for (const url of ['https://example.org', 'HTTP://example.org', 'mailto:a@example.org', '/about/', '#x']) {
      expect(isSafeLinkUrl(url), url).toBe(true);
    }
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      'tel:1',
      '//evil.example',
    ]) {
      expect(isSafeLinkUrl(url), url).toBe(false);
    }
  });

  it('allow images from this site only', () => {
    expect(isLocalImageUrl('/images/map.png')).toBe(true);
    expect(isLocalImageUrl('map.png')).toBe(true);
    for (const url of ['https://example.org/p.png', '//example.org/p.png', 'data:image/png;base64,AAAA']) {
      expect(isLocalImageUrl(url), url).toBe(false);
    }
  });
});
