import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * No import cycles in src/ (docs/architecture.md), at two levels:
 *
 * - files: no file reaches itself through its imports;
 * - modules: no module reaches itself. A module is a folder directly under src/ (`orders`,
 *   `infra` with all its subfolders, `cli`, …); each file directly in src/ (`app.ts`,
 *   `config.ts`, …) is a module of its own. This is the check that keeps the layers apart: two
 *   modules can import each other without any two files doing so.
 *
 * A static scan, nothing is loaded: every `import … from './x.ts'`, `export … from './x.ts'` and
 * `import './x.ts'` that starts a line. Type-only imports count (`import type`, `import { type X }`):
 * they create no cycle at run time, but they tie modules together just the same. Dynamic
 * `import('./x.ts')` does not count: it is how the CLI loads the server and the database lazily,
 * when a command needs them, and it runs no code at load time.
 */

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** `import …`/`export …` statements with a relative specifier, however many lines their braces span. */
const STATIC_IMPORT = /^[ \t]*(?:import|export)\b[^;'"]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|^[ \t]*import\s*['"](\.{1,2}\/[^'"]+)['"]/gm;

type Graph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** File → the files it imports, as paths relative to src/ with `/` separators. */
function fileGraph(): Graph {
  const name = (file: string) => path.relative(SRC, file).split(path.sep).join('/');
  const graph: Graph = new Map();
  for (const file of sourceFiles(SRC)) {
    const imports = new Set<string>();
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      imports.add(name(path.resolve(path.dirname(file), (match[1] ?? match[2])!)));
    }
    graph.set(name(file), [...imports].sort());
  }
  return graph;
}

function moduleOf(file: string): string {
  const slash = file.indexOf('/');
  return slash === -1 ? file : file.slice(0, slash);
}

/** Module → the modules it imports, with the file imports behind each of those module imports. */
function moduleGraph(files: Graph): { graph: Graph; because: Map<string, string[]> } {
  const edges = new Map<string, Set<string>>();
  const because = new Map<string, string[]>();
  for (const [from, imports] of files) {
    for (const to of imports) {
      const [a, b] = [moduleOf(from), moduleOf(to)];
      if (a === b) continue;
      if (!edges.has(a)) edges.set(a, new Set());
      edges.get(a)!.add(b);
      const key = `${a} -> ${b}`;
      because.set(key, [...(because.get(key) ?? []), `${from} -> ${to}`]);
    }
  }
  const graph: Graph = new Map([...edges].map(([a, bs]) => [a, [...bs].sort()]));
  return { graph, because };
}

/** Depth-first search; the first cycle found, as a path that ends where it starts, or null. */
function findCycle(graph: Graph): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (state.get(next) === undefined) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    if (state.get(node) === undefined) {
      const cycle = visit(node);
      if (cycle) return cycle;
    }
  }
  return null;
}

describe('import cycles in src/', () => {
  const files = fileGraph();

  test('the scan reads the imports (multi-line, type-only and re-exports included) and every one names a file of src/', () => {
    assert.ok(files.size > 100, `only ${files.size} files found under ${SRC}`);
    assert.ok(files.get('app.ts')!.includes('container.ts'), 'app.ts -> container.ts not found');
    assert.ok(files.get('container.ts')!.includes('orders/orders.service.ts'), 'container.ts -> orders/orders.service.ts not found');
    assert.ok(files.get('orders/orders.service.ts')!.includes('infra/db/schema.ts'), 'a type-only import was not found');
    for (const [file, imports] of files) {
      for (const target of imports) assert.ok(files.has(target), `${file} imports ${target}, which is no .ts file of src/`);
    }
  });

  test('the search reports a cycle with its path, and none where there is none', () => {
    assert.deepEqual(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
      ['a', 'b', 'c', 'a'],
    );
    assert.deepEqual(findCycle(new Map([['a', ['a']]])), ['a', 'a']);
    assert.equal(
      findCycle(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
      null,
    );
  });

  test('no file imports itself through other files', () => {
    const cycle = findCycle(files);
    assert.equal(cycle, null, `import cycle between files of src/: ${cycle?.join(' -> ')}`);
  });

  test('no module imports itself through other modules', () => {
    const { graph, because } = moduleGraph(files);
    const cycle = findCycle(graph);
    if (!cycle) return;
    const steps = cycle.slice(1).map((to, i) => `  ${cycle[i]} -> ${to}: ${because.get(`${cycle[i]} -> ${to}`)!.join(', ')}`);
    assert.fail(`import cycle between modules of src/: ${cycle.join(' -> ')}\n${steps.join('\n')}`);
  });
});
