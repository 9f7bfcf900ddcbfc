import type { Translate } from '../lib/i18n/translator.ts';
import { copyText } from './copy-text.ts';
import { readPageText } from './page-text.ts';

/**
 * <tl-cite-box>: adds a working "Copy" button to each citation of a cite box. Without JavaScript the citations are
 * all on the page as text and the buttons stay hidden.
 */
class TlCiteBox extends HTMLElement {
  #t: Translate = (key) => key;

  connectedCallback(): void {
    this.#t = readPageText(this).t;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.hidden = false;
      button.addEventListener('click', () => void this.#copy(button));
    }
  }

  async #copy(button: HTMLButtonElement): Promise<void> {
    const source = this.querySelector<HTMLElement>(`#${CSS.escape(button.dataset['copy'] ?? '')}`);
    const text = source?.dataset['copyText'] ?? source?.textContent ?? '';
    const label = button.getAttribute('aria-describedby');
    const t = this.#t;
    const name = (label === null ? undefined : document.getElementById(label)?.textContent) ?? t('cite.copy.unnamed');
    const copied = await copyText(text, () => {
      const range = document.createRange();
      if (source !== null) range.selectNodeContents(source);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    const status = this.querySelector('[data-status]');
    if (status !== null)
      status.textContent = t(copied ? 'cite.copy.statusCopied' : 'cite.copy.statusSelected', { name });
    button.textContent = t(copied ? 'cite.copy.copied' : 'cite.copy.selected');
    window.setTimeout(() => (button.textContent = t('cite.copy.button')), 2000);
  }
}

customElements.define('tl-cite-box', TlCiteBox);
