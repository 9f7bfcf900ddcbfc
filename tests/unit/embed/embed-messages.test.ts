import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, parseEmbedSecret, toHeightMessages } from '../../../src/lib/embed/embed-messages.ts';

describe('toHeightMessages()', () => {
  it('reports the height in our shape and in the shapes of Datawrapper and AMP', () => {
    expect(toHeightMessages({ height: 611.2, embedId: '/embed/?lanes=military' })).toEqual([
      { type: EMBED_HEIGHT_MESSAGE, version: 1, height: 612, embedId: '/embed/?lanes=military' },
      { 'datawrapper-height': { '/embed/?lanes=military': 612 } },
      { sentinel: 'amp', type: 'embed-size', height: 612 },
    ]);
  });

  it("adds WordPress's message when the host gave a secret", () => {
    expect(toHeightMessages({ height: 400, embedId: 'x', secret: 'abc123' }).at(-1)).toEqual({
      message: 'height',
      value: 400,
      secret: 'abc123',
    });
  });
});

describe('parseEmbedSecret()', () => {
  it('reads the secret WordPress appends as #?secret=', () => {
    expect(parseEmbedSecret('#?secret=Zx81abc')).toBe('Zx81abc');
  });

  it('ignores anything else', () => {
    expect(parseEmbedSecret('')).toBeUndefined();
    expect(parseEmbedSecret('#secret=abc')).toBeUndefined();
    expect(parseEmbedSecret('#?secret=<script>')).toBeUndefined();
    expect(parseEmbedSecret('#?secret=' + 'a'.repeat(65))).toBeUndefined();
  });
});
