import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageKeys } from '../../../src/lib/i18n/catalogues.ts';
import { SCRIPT_MESSAGES, type ScriptName } from '../../../src/lib/i18n/script-messages.ts';

const known = new Set<string>(messageKeys);

/**
 * Every file a browser script bundles from this repository: the entry and its relative imports, transitively. A
 * file counts whole: a script importing one formatter of chart-text.ts is handed that file's every message.
 */
function filesOf(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    // Type-only imports bundle nothing.
    for (const [, path] of source.matchAll(/^import (?!type )[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gm)) {
      if (path!.endsWith('.ts')) visit(resolve(dirname(file), path!));
    }
  };
  visit(resolve('src/client', entry));
  return [...seen];
}

/** The message keys a file names: string literals that are catalogue keys (t('…'), t(c ? '…' : '…'), lists). */
function keysIn(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/'([a-z]+(?:\.[A-Za-z]+)+)'/g)].map(([, key]) => key!).filter((key) => known.has(key));
}

describe('the messages the pages hand to their scripts', () => {
  for (const script of Object.keys(SCRIPT_MESSAGES) as ScriptName[]) {
    it(`hand ${script} every message it or a module it imports says`, () => {
      const files = filesOf(script);
      const used = new Set(files.flatMap(keysIn));
      const handed = new Set<string>(SCRIPT_MESSAGES[script]);
      expect([...used].filter((key) => !handed.has(key)).sort(), script).toEqual([]);
      // And nothing handed over that no code says: it would cost the page bytes for nothing.
      expect([...handed].filter((key) => !used.has(key)).sort(), script).toEqual([]);
    });
  }

  it('cover every script in src/client that says something to readers', () => {
    const speaking = ['tl-timeline.ts', 'tl-embed-dialog.ts', 'tl-cite-box.ts', 'tl-search.ts'];
    for (const script of speaking) expect(Object.keys(SCRIPT_MESSAGES)).toContain(script);
    // The message keys named anywhere in src/client belong to some script's list.
    const handed = new Set<string>(Object.values(SCRIPT_MESSAGES).flat());
    const clientFiles = Object.keys(SCRIPT_MESSAGES).flatMap(filesOf);
    for (const file of clientFiles.filter((file) => file.includes('/src/client/'))) {
      for (const key of keysIn(file)) expect(handed.has(key), `${file}: ${key}`).toBe(true);
    }
  });
});
