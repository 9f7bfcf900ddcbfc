/**
 * The messages an embedded timeline posts to its parent page when its height changes, in the shapes newsroom
 * CMSs already listen for, so the iframe grows and shrinks with its content without any code on the host:
 * - our own versioned message, read by /embed.js;
 * - Datawrapper's `{ 'datawrapper-height': { <id>: height } }`, read by the Datawrapper listener many CMSs carry;
 * - AMP's `embed-size`, read by `<amp-iframe resizable>`;
 * - WordPress's `{ message: 'height', value, secret }`, read by wp-embed when the iframe URL carries `#?secret=`.
 */

/** Our own message type, read by /embed.js. */
export const EMBED_HEIGHT_MESSAGE = 'source-linked-timeline:height';
/** The version of the message and of /embed.js; bump both together if the shape changes. */
export const EMBED_PROTOCOL_VERSION = 1;

/** What the embed knows when it reports its height. */
export interface EmbedHeightReport {
  /** The content height in CSS pixels (rounded up). */
  readonly height: number;
  /** An id for this embed, e.g. its path and query; Datawrapper keys heights by chart id. */
  readonly embedId: string;
  /** The WordPress embed secret from `#?secret=…`, when the host passed one. */
  readonly secret?: string;
}

/** Every message to post for one height change. */
export function toHeightMessages({ height, embedId, secret }: EmbedHeightReport): unknown[] {
  const value = Math.max(0, Math.ceil(height));
  const messages: unknown[] = [
    { type: EMBED_HEIGHT_MESSAGE, version: EMBED_PROTOCOL_VERSION, height: value, embedId },
    { 'datawrapper-height': { [embedId]: value } },
    { sentinel: 'amp', type: 'embed-size', height: value },
  ];
  if (secret !== undefined) messages.push({ message: 'height', value, secret });
  return messages;
}

/**
 * The WordPress secret from a URL fragment such as `#?secret=abc123` (the form wp-embed appends), or undefined.
 * Only letters and digits are accepted, as WordPress makes them.
 */
export function parseEmbedSecret(hash: string): string | undefined {
  const match = /^#\?(.*)$/.exec(hash);
  if (match === null) return undefined;
  const secret = new URLSearchParams(match[1]).get('secret');
  return secret !== null && /^[A-Za-z0-9]{1,64}$/.test(secret) ? secret : undefined;
}
