import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Everything the timeline's browser code imports at run time, following relative imports through src/.
const IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+'([^']+)'|^import\s+'([^']+)'/gm;

function runtimeImports(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
      else packages.add(specifier);
    }
  }
  return {
    files: [...files].map((file) => file.slice(resolve('.').length + 1)).sort(),
    packages: [...packages].sort(),
  };
}

describe('the <tl-timeline> browser code', () => {
  it('imports only the d3 modules it uses, never d3 whole, nor Plot, linkedom, the EDTF parser or date-fns', () => {
    const { packages } = runtimeImports('src/client/tl-timeline.ts');
    expect(packages).toEqual(['d3-selection', 'd3-zoom']);
  });

  // (The i18n module it takes is the parser-free translator made for the browser, not the ICU one.)
  it('stays inside src/client and the browser-safe parts of src/lib', () => {
    const { files } = runtimeImports('src/client/tl-timeline.ts');
    const outside = files.filter(
      (file) =>
        !/^src\/(client\/|lib\/layout\/|lib\/embed\/|lib\/timeline-(controller|payload)\.ts|lib\/site-paths\.ts|lib\/view\/|lib\/map\/places-in-window\.ts|lib\/dates\/(calendar-day|partial-date)\.ts|lib\/i18n\/client-translator\.ts)/.test(
          file,
        ),
    );
    expect(outside).toEqual([]);
    expect(files).not.toContain('src/lib/plot/overview-density.ts');
  });
});

describe('the <tl-place-map> browser code', () => {
  it('imports no package at all: no d3-geo, no geometry, nothing to project at run time', () => {
    expect(runtimeImports('src/client/tl-place-map.ts').packages).toEqual([]);
  });

  it('stays inside src/client and the browser-safe parts of src/lib', () => {
    const { files } = runtimeImports('src/client/tl-place-map.ts');
    const outside = files.filter(
      (file) =>
        !/^src\/(client\/|lib\/view\/|lib\/map\/(mark-in-direction|places-in-window)\.ts|lib\/embed\/view-params\.ts|lib\/i18n\/client-translator\.ts|lib\/dates\/(calendar-day|partial-date)\.ts)/.test(
          file,
        ),
    );
    expect(outside).toEqual([]);
  });
});

describe('the embed dialog', () => {
  it('follows the view from tl-viewchange events, with no timer polling the URL', () => {
    const code = readFileSync('src/client/tl-embed-dialog.ts', 'utf8');
    expect(code).toContain('VIEW_CHANGE_EVENT');
    expect(code).not.toMatch(/setInterval|setTimeout\([^)]*update/);
  });
});
