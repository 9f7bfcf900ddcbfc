/** A file's text, or where its bytes stop being UTF-8. */
export type Utf8Result = { ok: true; text: string } | { ok: false; offset: number; line: number };

/**
 * Decode UTF-8 strictly: a malformed byte is an error, never a silent U+FFFD. On failure, `offset` is the byte
 * (counting from 0) where the first malformed character starts, and `line` the line it is on. A leading byte
 * order mark is dropped.
 * @example decodeUtf8(new Uint8Array([0x61, 0x0a, 0xff])) // { ok: false, offset: 2, line: 2 }
 */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstMalformed(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return { ok: false, offset, line };
  }
}

// The well-formed byte sequences of Unicode's table 3-7: each lead byte, and the range of the byte after it.
function firstMalformed(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead <= 0x7f) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}
