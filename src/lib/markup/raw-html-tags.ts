/** One piece of a raw HTML snippet, as `readRawHtml` splits it. */
export type RawHtmlPiece =
  | { readonly type: 'text'; readonly source: string }
  | { readonly type: 'comment'; readonly source: string }
  | {
      readonly type: 'tag';
      readonly source: string;
      /** Lower case. */
      readonly name: string;
      readonly closing: boolean;
      readonly attributes: readonly { readonly name: string; readonly value: string }[];
    }
  /** A declaration, processing instruction, CDATA section, or anything after `<` that is not a well-formed tag. */
  | { readonly type: 'other'; readonly source: string };

// The tag grammar of CommonMark (spec 6.6), which is also what the Markdown parser used to decide it is raw HTML.
const ATTRIBUTE = /\s+([a-zA-Z_:][a-zA-Z0-9_.:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;
const TAG_NAME = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/y;
const TAG_END = /\s*(\/?)>/y;
const COMMENT = /<!--[\s\S]*?-->|<!--->?|<!-->/y;
const OTHER = /<[!?][\s\S]*?>|<!\[CDATA\[[\s\S]*?\]\]>/y;

/**
 * Split a raw HTML snippet from Markdown into text, comments and tags with their attributes, so each tag can be
 * checked against an allow-list. A `<` that starts no well-formed tag is `other`, never silently text.
 * @example readRawHtml('<abbr title=x>') // [{ type: 'tag', name: 'abbr', closing: false, attributes: [{ name: 'title', value: 'x' }] … }]
 */
export function readRawHtml(html: string): RawHtmlPiece[] {
  const pieces: RawHtmlPiece[] = [];
  let at = 0;
  while (at < html.length) {
    const next = html.indexOf('<', at);
    if (next === -1 || !/[a-zA-Z/!?]/.test(html[next + 1] ?? '')) {
      const end = next === -1 ? html.length : next + 1;
      pieces.push({ type: 'text', source: html.slice(at, end) });
      at = end;
      continue;
    }
    if (next > at) pieces.push({ type: 'text', source: html.slice(at, next) });
    const piece = readPieceAt(html, next);
    pieces.push(piece);
    at = next + piece.source.length;
  }
  return mergeText(pieces);
}

function readPieceAt(html: string, at: number): RawHtmlPiece {
  const comment = matchAt(COMMENT, html, at);
  if (comment !== undefined) return { type: 'comment', source: comment[0] };
  const name = matchAt(TAG_NAME, html, at);
  if (name !== undefined) {
    const attributes: { name: string; value: string }[] = [];
    let end = at + name[0].length;
    for (
      let attribute = matchAt(ATTRIBUTE, html, end);
      attribute !== undefined;
      attribute = matchAt(ATTRIBUTE, html, end)
    ) {
      attributes.push({ name: attribute[1]!.toLowerCase(), value: attribute[2] ?? attribute[3] ?? attribute[4] ?? '' });
      end += attribute[0].length;
    }
    const close = matchAt(TAG_END, html, end);
    const closing = name[1] === '/';
    if (close !== undefined && !(closing && (attributes.length > 0 || close[1] === '/'))) {
      const source = html.slice(at, end + close[0].length);
      return { type: 'tag', source, name: name[2]!.toLowerCase(), closing, attributes };
    }
  }
  const other = matchAt(OTHER, html, at);
  // An unfinished tag: everything up to the next `<` (or the end) is quoted as the offending markup.
  if (other !== undefined) return { type: 'other', source: other[0] };
  const stop = html.indexOf('<', at + 1);
  return { type: 'other', source: html.slice(at, stop === -1 ? html.length : stop) };
}

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text) ?? undefined;
}

function mergeText(pieces: RawHtmlPiece[]): RawHtmlPiece[] {
  const merged: RawHtmlPiece[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (piece.type === 'text' && last?.type === 'text')
      merged[merged.length - 1] = { type: 'text', source: last.source + piece.source };
    else merged.push(piece);
  }
  return merged;
}
