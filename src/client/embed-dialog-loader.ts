/**
 * Loads the embed dialog's code (`data-script` on its <details>) when a reader first opens the dialog, so that the
 * page pays nothing for it until then (see src/pages/embed-dialog.js.ts).
 */
const details = document.querySelector<HTMLDetailsElement>('details.embed-dialog[data-script]');
details?.addEventListener(
  'toggle',
  () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = details.dataset['script'] ?? '';
    document.head.append(script);
  },
  { once: true },
);
