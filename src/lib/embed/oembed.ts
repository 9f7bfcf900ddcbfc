/**
 * oEmbed (https://oembed.com/) responses as static JSON: a CMS that speaks oEmbed turns a pasted event URL into the
 * embedded timeline. Type `rich`, with the iframe snippet as `html`, and the snapshot as thumbnail.
 */

/** An oEmbed 1.0 `rich` response. */
export interface OEmbedRich {
  readonly type: 'rich';
  readonly version: '1.0';
  readonly title: string;
  readonly provider_name: string;
  readonly provider_url: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
  readonly thumbnail_url: string;
  readonly thumbnail_width: number;
  readonly thumbnail_height: number;
  readonly cache_age?: number;
}

/** What an embed snippet needs. */
export interface EmbedSnippetOptions {
  /** Absolute URL of the embed page with its view parameters. */
  readonly src: string;
  /** The iframe's accessible name. */
  readonly title: string;
  readonly height: number;
  /** Absolute URL of /embed.js, to add the resizing script. */
  readonly script?: string;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The iframe snippet (plus /embed.js when given): full width, lazy, titled, with a fixed starting height. */
export function toEmbedSnippet({ src, title, height, script }: EmbedSnippetOptions): string {
  const iframe = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" width="100%" height="${height}" style="border:0;width:100%;max-width:100%"></iframe>`;
  return script === undefined ? iframe : `${iframe}\n<script async src="${escapeAttribute(script)}"></script>`;
}

/** The oEmbed response for one view. */
export function toOEmbed(options: {
  title: string;
  providerName: string;
  providerUrl: string;
  snippet: EmbedSnippetOptions;
  width: number;
  thumbnail: { url: string; width: number; height: number };
}): OEmbedRich {
  return {
    type: 'rich',
    version: '1.0',
    title: options.title,
    provider_name: options.providerName,
    provider_url: options.providerUrl,
    html: toEmbedSnippet(options.snippet),
    width: options.width,
    height: options.snippet.height,
    thumbnail_url: options.thumbnail.url,
    thumbnail_width: options.thumbnail.width,
    thumbnail_height: options.thumbnail.height,
    cache_age: 86_400,
  };
}
