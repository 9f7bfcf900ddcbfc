import { copyText } from './copy-text.ts';

/**
 * <tl-cite-box>: adds a working "Copy" button to each citation of a cite box. Without JavaScript the citations are
 * all on the page as text and the buttons stay hidden.
 */
class TlCiteBox extends HTMLElement {
  connectedCallback(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.hidden = false;
      button.addEventListener('click', () => void this.#copy(button));
    }
  }

  async #copy(button: HTMLButtonElement): Promise<void> {
    const source = this.querySelector<HTMLElement>(`#${CSS.escape(button.dataset['copy'] ?? '')}`);
    const text = source?.dataset['copyText'] ?? source?.textContent ?? '';
    const label = button.getAttribute('aria-describedby');
    const name = (label === null ? undefined : document.getElementById(label)?.textContent) ?? 'Citation';
    const copied = await copyText(text, () => {
      const range = document.createRange();
      if (source !== null) range.selectNodeContents(source);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    const status = this.querySelector('[data-status]');
    if (status !== null)
      status.textContent = copied ? `Copied: ${name}` : `${name} selected: press Ctrl+C or ⌘C to copy`;
    button.textContent = copied ? 'Copied' : 'Selected';
    window.setTimeout(() => (button.textContent = 'Copy'), 2000);
  }
}

customElements.define('tl-cite-box', TlCiteBox);
