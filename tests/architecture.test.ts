/**
 * The house's arrows (architecture.md), checked on the import graph of machines/, content/ and
 * src/: no two files import each other, however far round; no two folders of src/ do; and none
 * of the arrows the architecture forbids is drawn. Imports are read from the source text (every
 * `import ... from`, `export ... from` and `import('...')` with a relative path, type-only ones
 * included: a type is a dependency of the design too).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SCANNED = ['machines', 'content', 'src'];

type Graph = ReadonlyMap<string, readonly string[]>;

const sourceFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/** The file a relative import names, as a path from the root; undefined for a package or a non-code file. */
const resolveImport = (from: string, spec: string): string | undefined => {
  if (!spec.startsWith('.')) return undefined;
  const base = join(dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(join(ROOT, candidate))) return candidate.split('\\').join('/');
  }
  return undefined; // JSON, styles: leaves, never part of a cycle
};

function importGraph(): Graph {
  const graph = new Map<string, string[]>();
  for (const file of SCANNED.flatMap(sourceFiles)) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const targets = new Set<string>();
    for (const match of text.matchAll(IMPORT)) {
      const target = resolveImport(file, match[1] ?? match[2] ?? match[3] ?? '');
      if (target !== undefined) targets.add(target);
    }
    graph.set(file.split('\\').join('/'), [...targets]);
  }
  return graph;
}

/** The strongly connected parts of a graph with more than one node, or one node importing itself (Tarjan). */
export function cycles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const part: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        part.push(member);
      } while (member !== node);
      if (part.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(part.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** The graph of src/'s folders: a file in src/<folder>/ stands for its folder, a file at src/'s top for itself. */
export function folderGraph(graph: Graph): Graph {
  const unit = (file: string): string | undefined => {
    if (!file.startsWith('src/')) return undefined;
    const parts = file.split('/');
    return parts.length > 2 ? `src/${parts[1]}/` : file;
  };
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = unit(file);
    if (from === undefined) continue;
    const set = folders.get(from) ?? new Set<string>();
    for (const target of targets) {
      const to = unit(target);
      if (to !== undefined && to !== from) set.add(to);
    }
    folders.set(from, set);
  }
  return new Map([...folders].map(([folder, targets]) => [folder, [...targets]]));
}

/** The arrows architecture.md forbids, each as a pair of path tests on the importing and the imported file. */
const HELPERS = ['src/route.ts', 'src/settings.ts', 'src/dates.ts', 'src/download.ts', 'src/i18n.ts', 'src/quickExit.ts'];
const SHELL = ['src/App.tsx', 'src/main.tsx'];
export const FORBIDDEN: readonly { rule: string; from: (file: string) => boolean; to: (file: string) => boolean }[] = [
  { rule: 'machines → src', from: (f) => f.startsWith('machines/'), to: (t) => t.startsWith('src/') },
  { rule: 'machines → content', from: (f) => f.startsWith('machines/'), to: (t) => t.startsWith('content/') },
  { rule: 'casefile → storage', from: (f) => f.startsWith('src/casefile/'), to: (t) => t.startsWith('src/storage/') },
  { rule: 'casefile → React or the page', from: (f) => f.startsWith('src/casefile/'), to: (t) => /^src\/(components|pages)\/|^src\/App/.test(t) },
  { rule: 'storage → pages', from: (f) => f.startsWith('src/storage/'), to: (t) => t.startsWith('src/pages/') },
  { rule: 'components → pages', from: (f) => f.startsWith('src/components/'), to: (t) => t.startsWith('src/pages/') },
  { rule: 'helpers → pages or shell', from: (f) => HELPERS.includes(f), to: (t) => t.startsWith('src/pages/') || SHELL.includes(t) },
];

export function forbiddenArrows(graph: Graph): string[] {
  const broken: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      for (const arrow of FORBIDDEN) if (arrow.from(file) && arrow.to(target)) broken.push(`${arrow.rule}: ${file} → ${target}`);
    }
  }
  return broken;
}

/** Browser storage named in the pure case-file code: it must be handed in, never reached for. */
const BROWSER_STORAGE = /\b(localStorage|sessionStorage|BroadcastChannel|window\.)/;

describe('the import graph', () => {
  const graph = importGraph();

  it('is read: it holds every folder and some arrows', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('src/storage/caseList.ts')).toContain('src/casefile/index.ts');
  });

  it('has no cycle between files', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('has no cycle between the folders of src/', () => {
    expect(cycles(folderGraph(graph))).toEqual([]);
  });

  it('draws none of the arrows architecture.md forbids', () => {
    expect(forbiddenArrows(graph)).toEqual([]);
  });

  it('keeps browser storage out of the pure case-file code', () => {
    const touching = [...graph.keys()]
      .filter((file) => file.startsWith('src/casefile/'))
      .filter((file) => BROWSER_STORAGE.test(readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(touching).toEqual([]);
  });
});

describe('the checks themselves, on a small graph made up to break them', () => {
  const fake: Graph = new Map([
    ['src/storage/a.ts', ['src/casefile/b.ts']],
    ['src/casefile/b.ts', ['src/casefile/c.ts', 'src/storage/d.ts']],
    ['src/casefile/c.ts', ['src/casefile/b.ts']],
    ['src/storage/d.ts', []],
    ['src/components/e.tsx', ['src/pages/f.tsx']],
    ['src/pages/f.tsx', []],
    ['machines/g.ts', ['content/h.ts']],
    ['content/h.ts', []],
    ['src/dates.ts', ['src/App.tsx']],
    ['src/App.tsx', []],
    ['src/route.ts', ['src/route.ts']],
  ]);

  it('finds a cycle between two files, and a file importing itself', () => {
    expect(cycles(fake)).toEqual([['src/casefile/b.ts', 'src/casefile/c.ts'], ['src/route.ts']]);
  });

  it('finds a cycle between folders that no two files close', () => {
    expect(cycles(folderGraph(fake))).toEqual([['src/casefile/', 'src/storage/']]);
  });

  it('finds each forbidden arrow', () => {
    expect(forbiddenArrows(fake).map((line) => line.split(':')[0])).toEqual([
      'casefile → storage',
      'components → pages',
      'machines → content',
      'helpers → pages or shell',
    ]);
  });

  it('finds nothing in a graph that keeps the rules', () => {
    const clean: Graph = new Map([
      ['src/App.tsx', ['src/pages/f.tsx', 'src/storage/a.ts']],
      ['src/pages/f.tsx', ['src/components/e.tsx']],
      ['src/components/e.tsx', ['src/storage/a.ts']],
      ['src/storage/a.ts', ['src/casefile/b.ts', 'machines/g.ts']],
      ['src/casefile/b.ts', ['machines/g.ts', 'content/h.ts']],
      ['content/h.ts', ['machines/g.ts']],
      ['machines/g.ts', []],
    ]);
    expect([cycles(clean), cycles(folderGraph(clean)), forbiddenArrows(clean)]).toEqual([[], [], []]);
  });
});

