import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../../src/lib/load/decode-utf8.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('decodeUtf8()', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'Şuşa – “x”'))).toEqual({ ok: true, text: 'Şuşa – “x”' });
  });

  it('names the byte where the first malformed character starts, and its line', () => {
    expect(decodeUtf8(bytes('a\nb', [0xff]))).toEqual({ ok: false, offset: 3, line: 2 });
    // Latin-1 é, a truncated three-byte sequence, an overlong slash, a UTF-16 surrogate, a value past U+10FFFF.
    expect(decodeUtf8(bytes('Caf', [0xe9], ' au lait'))).toMatchObject({ offset: 3 });
    expect(decodeUtf8(bytes('ok ', [0xe2, 0x80]))).toMatchObject({ offset: 3 });
    expect(decodeUtf8(bytes('é', [0xc0, 0xaf]))).toMatchObject({ offset: 2 });
    expect(decodeUtf8(bytes([0xed, 0xa0, 0x80]))).toMatchObject({ offset: 0 });
    expect(decodeUtf8(bytes('x', [0xf4, 0x90, 0x80, 0x80]))).toMatchObject({ offset: 1 });
  });
});
