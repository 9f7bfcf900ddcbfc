import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The import graph of src/lib, type imports included: a loop through types still ties two modules together.
// Import and export-from statements are read from the text (a statement may span lines), which is all this needs.
const LIB = resolve('src/lib');
const STATEMENT = /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*'([^']+)'|^\s*import\s*'([^']+)'/gm;

function libFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return libFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Each src/lib file (relative to src/lib) and the src/lib files it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of libFiles(LIB)) {
    const imports: string[] = [];
    for (const match of readFileSync(file, 'utf8').matchAll(STATEMENT)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier);
      // Data files (the message catalogues' JSON) are leaves, not modules of the graph.
      if (target.startsWith(LIB + '/') && target.endsWith('.ts')) imports.push(relative(LIB, target));
    }
    graph.set(relative(LIB, file), imports);
  }
  return graph;
}

/** Every loop in the graph, each as the path that closes it (a -> b -> a), found by depth-first search. */
function importLoops(graph: Map<string, string[]>): string[] {
  const loops: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string): void => {
    const at = path.indexOf(file);
    if (at >= 0) {
      loops.push([...path.slice(at), file].join(' -> '));
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const next of graph.get(file) ?? []) visit(next);
    path.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) visit(file);
  return loops;
}

describe('the import graph of src/lib', () => {
  const graph = importGraph();

  it('reads the imports of every file (the walk sees the graph)', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('layout/layout-timeline.ts')).toContain('layout/place-events.ts');
    // Multi-line and type-only imports count.
    expect(graph.get('load/build-timeline.ts')).toContain('timeline-model.ts');
    for (const imports of graph.values()) for (const target of imports) expect(graph.has(target), target).toBe(true);
  });

  it('has no import loop', () => {
    expect(importLoops(graph)).toEqual([]);
  });

  it('finds a loop when there is one', () => {
    const looped = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(importLoops(looped)).toEqual(['a.ts -> b.ts -> c.ts -> a.ts']);
  });

  it('keeps the model independent of its loader: timeline-model.ts imports nothing from load/', () => {
    expect(graph.get('timeline-model.ts')?.filter((file) => file.startsWith('load/'))).toEqual([]);
  });
});
