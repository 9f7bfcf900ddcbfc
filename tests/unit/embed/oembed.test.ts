import { describe, expect, it } from 'vitest';
import { toEmbedSnippet, toOEmbed } from '../../../src/lib/embed/oembed.ts';

describe('toEmbedSnippet()', () => {
  it('writes a full-width, lazy, titled iframe, escaping what it is given', () => {
    expect(
      toEmbedSnippet({ src: 'https://x.org/embed/?event=a&lanes=b', title: 'A "quoted" <title>', height: 600 }),
    ).toBe(
      '<iframe src="https://x.org/embed/?event=a&amp;lanes=b" title="A &quot;quoted&quot; &lt;title&gt;" loading="lazy" width="100%" height="600" style="border:0;width:100%;max-width:100%"></iframe>',
    );
  });

  it('adds the resizing script when asked', () => {
    expect(
      toEmbedSnippet({ src: 'https://x.org/embed/', title: 't', height: 1, script: 'https://x.org/embed.js' }),
    ).toContain('\n<script async src="https://x.org/embed.js"></script>');
  });
});

describe('toOEmbed()', () => {
  it('answers with every field a rich oEmbed response requires', () => {
    const response = toOEmbed({
      title: 'Bridge opens',
      providerName: 'Fixture timeline',
      providerUrl: 'https://x.org/',
      snippet: { src: 'https://x.org/embed/?event=bridge-opens', title: 'Bridge opens', height: 620 },
      width: 800,
      thumbnail: { url: 'https://x.org/snapshots/events/bridge-opens.png', width: 1200, height: 630 },
    });
    expect(response).toMatchObject({
      type: 'rich',
      version: '1.0',
      width: 800,
      height: 620,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(response.html).toMatch(/^<iframe src="https:\/\/x\.org\/embed\/\?event=bridge-opens"/);
  });
});
