import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The modules the browser imports to redraw the timeline and read the URL, and everything they import at run time.
const ENTRIES = ['src/lib/layout/index.ts', 'src/lib/embed/view-params.ts'];
const IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+'([^']+)'/gm;

function runtimeImports(entries: readonly string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((entry) => resolve(entry));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
      else packages.add(specifier);
    }
  }
  return { files, packages };
}

describe('the layout and embed modules', () => {
  it('import no package at run time, so the browser bundle carries neither the EDTF parser nor date-fns', () => {
    const { files, packages } = runtimeImports(ENTRIES);
    expect([...packages]).toEqual([]);
    const outside = [...files]
      .map((file) => file.slice(resolve('src/lib').length + 1))
      .filter((file) => !/^(layout|embed)\//.test(file));
    expect(outside.sort()).toEqual(['dates/calendar-day.ts', 'dates/partial-date.ts']);
  });
});
