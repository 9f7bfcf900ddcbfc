/**
 * Copy `text` to the clipboard. Where the browser refuses (no permission, an old browser, an insecure origin),
 * `select` is called instead, to select the text on the page so that the reader can copy it. Returns whether the
 * text was copied.
 */
export async function copyText(text: string, select: () => void): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    select();
    return false;
  }
}
