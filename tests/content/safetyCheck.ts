/**
 * Helpers for tests/content/safety.test.ts: the names the code offers a control (test titles,
 * states, rules, routes, content keys, pages), and the check of the hazard log against them.
 *
 * Test titles are read from the test files with the TypeScript parser, as the runners name them
 * (`vitest list`: "describe > test"; `playwright test --list`: "describe › test"), prefixed with
 * the file from the repository's root: "tests/ui/x.test.tsx > describe > test". Parsing is fast
 * and needs no runner; the safety test shows it agrees with Playwright's own list. A title built
 * at run time (a template, `it.each`'s %s) becomes a pattern that its concrete titles match.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { CONTROL_REFERENCE_KINDS, type ControlReferenceKind, type HazardLog } from '../../content/schema/safety';

export interface TitleSet {
  readonly exact: ReadonlySet<string>;
  readonly patterns: readonly RegExp[];
}

const RUNNER_ROOTS = new Set(['describe', 'it', 'test']);
/** Modifiers that keep a call a test or a suite (`it.skip`, `test.describe.serial`, `it.each(...)`). */
const MODIFIERS = new Set(['describe', 'skip', 'only', 'each', 'serial', 'parallel', 'fixme', 'todo', 'concurrent', 'sequential', 'fails', 'skipIf', 'runIf']);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A title as a regular-expression source: literal parts escaped, parts known only at run time as `.+`. */
function titleSource(node: ts.Expression | undefined, isEach: boolean): { source: string; literal: boolean } {
  const wildcard = (text: string): string =>
    isEach ? text.split(/%[sdijfoO#%]|\$[A-Za-z_][\w.]*/).map(escape).join('.*') : escape(text);
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) {
    const source = wildcard(node.text);
    return { source, literal: source === escape(node.text) };
  }
  if (node && ts.isTemplateExpression(node)) {
    const parts = [wildcard(node.head.text), ...node.templateSpans.map((span) => `.+${wildcard(span.literal.text)}`)];
    return { source: parts.join(''), literal: false };
  }
  return { source: '.+', literal: false };
}

/** The runner call a node makes, if any: a suite or a test, and whether it is an `.each`. */
function runnerCall(node: ts.CallExpression): { kind: 'suite' | 'test'; isEach: boolean } | undefined {
  let callee: ts.Expression = node.expression;
  // \`it.each(table)('title')\` and \`it.skipIf(condition)('title')\`: the runner call is the inner one.
  const curried = ts.isCallExpression(callee);
  if (ts.isCallExpression(callee)) callee = callee.expression;
  const chain: string[] = [];
  while (ts.isPropertyAccessExpression(callee)) {
    chain.unshift(callee.name.text);
    callee = callee.expression;
  }
  if (!ts.isIdentifier(callee) || !RUNNER_ROOTS.has(callee.text)) return undefined;
  if (!chain.every((name) => MODIFIERS.has(name))) return undefined;
  const isEach = chain.includes('each');
  if (curried !== (isEach || chain.includes('skipIf') || chain.includes('runIf'))) return undefined;
  const kind = callee.text === 'describe' || chain.includes('describe') ? 'suite' : 'test';
  return { kind, isEach };
}

/** Every test title in one file's source, with `file` (from the repository's root) first. */
export function titlesInSource(file: string, source: string): { source: string; literal: boolean }[] {
  const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: { source: string; literal: boolean }[] = [];
  const visit = (node: ts.Node, prefix: { source: string; literal: boolean }) => {
    if (ts.isCallExpression(node)) {
      const call = runnerCall(node);
      if (call) {
        const title = titleSource(node.arguments[0], call.isEach);
        const full = { source: `${prefix.source} > ${title.source}`, literal: prefix.literal && title.literal };
        if (call.kind === 'test') found.push(full);
        node.arguments.slice(1).forEach((argument) => visit(argument, call.kind === 'suite' ? full : prefix));
        return;
      }
    }
    ts.forEachChild(node, (child) => visit(child, prefix));
  };
  visit(parsed, { source: escape(file), literal: true });
  return found;
}

function filesUnder(directory: string, keep: (name: string) => boolean): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : filesUnder(path, keep);
    return keep(name) ? [path] : [];
  });
}

const TEST_FILE = /\.(test|spec)\.tsx?$/;

/** Every test title of the repository's test files (Vitest's and Playwright's). */
export function collectTestTitles(root: string): TitleSet {
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const path of filesUnder(join(root, 'tests'), (name) => TEST_FILE.test(name))) {
    const file = relative(root, path).split('\\').join('/');
    for (const title of titlesInSource(file, readFileSync(path, 'utf8'))) {
      if (title.literal) exact.add(title.source.replace(/\\(.)/g, '$1'));
      else patterns.push(new RegExp(`^${title.source}$`));
    }
  }
  return { exact, patterns };
}

export const hasTitle = (titles: TitleSet, title: string): boolean => titles.exact.has(title) || titles.patterns.some((pattern) => pattern.test(title));

/** The views that name themselves on <main data-view> in src/: written out, or in NAMED_VIEWS. */
export function collectDataViews(root: string, namedViews: readonly string[]): Set<string> {
  const views = new Set(namedViews);
  for (const path of filesUnder(join(root, 'src'), (name) => /\.tsx?$/.test(name))) {
    for (const match of readFileSync(path, 'utf8').matchAll(/data-view=\{?["'`]([a-z-]+)["'`]/g)) views.add(match[1] ?? '');
  }
  return views;
}

/** Whether `namespace:key.path` names something in the namespaces given. */
export function hasContentKey(namespaces: Readonly<Record<string, unknown>>, reference: string): boolean {
  const [namespace, key] = reference.split(':');
  if (!namespace || key === undefined) return false;
  let node: unknown = namespaces[namespace];
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return node !== undefined;
}

/** What exists, by kind: what a control may name. */
export interface KnownNames {
  readonly states: ReadonlySet<string>;
  readonly rules: ReadonlySet<string>;
  readonly routes: ReadonlySet<string>;
  readonly pages: ReadonlySet<string>;
  readonly content: (reference: string) => boolean;
  readonly tests: (title: string) => boolean;
  /** The ids every one of which some hazard must name: the chart's rules, routes and outcomes. */
  readonly mustBeNamed: { readonly rules: readonly string[]; readonly routes: readonly string[]; readonly outcomes: readonly string[] };
}

const KIND_WORD: Record<ControlReferenceKind, string> = { states: 'state', rules: 'rule', routes: 'route', content: 'content key', pages: 'page', tests: 'test' };

/** Every way the log fails to hold to the code, in words; empty when it holds. */
export function checkHazardLog(log: Pick<HazardLog, 'hazards'>, known: KnownNames): string[] {
  const issues: string[] = [];
  const exists = (kind: ControlReferenceKind, name: string): boolean => {
    if (kind === 'content') return known.content(name);
    if (kind === 'tests') return known.tests(name);
    return known[kind].has(name);
  };
  for (const hazard of log.hazards) {
    if (hazard.controls.length === 0) issues.push(`${hazard.id} has no control`);
    hazard.controls.forEach((control, index) => {
      const named = CONTROL_REFERENCE_KINDS.flatMap((kind) => control[kind] ?? []);
      if (named.length === 0) issues.push(`${hazard.id} control ${index + 1} names nothing that holds it`);
      for (const kind of CONTROL_REFERENCE_KINDS) {
        for (const name of control[kind] ?? []) {
          if (!exists(kind, name)) issues.push(`${hazard.id} control ${index + 1} names a ${KIND_WORD[kind]} that does not exist: ${name}`);
        }
      }
    });
    if (hazard.controls.length > 0 && !hazard.controls.some((control) => (control.tests?.length ?? 0) > 0)) {
      issues.push(`${hazard.id} has no control that a test holds`);
    }
  }
  const namedAs = (kinds: readonly ControlReferenceKind[]) =>
    new Set(log.hazards.flatMap((hazard) => hazard.controls.flatMap((control) => kinds.flatMap((kind) => control[kind] ?? []))));
  const rules = namedAs(['rules']);
  const routes = namedAs(['routes']);
  const pages = namedAs(['states', 'pages']);
  for (const rule of known.mustBeNamed.rules) if (!rules.has(rule)) issues.push(`The rule ${rule} is named by no hazard`);
  for (const route of known.mustBeNamed.routes) if (!routes.has(route)) issues.push(`The route ${route} is named by no hazard`);
  for (const outcome of known.mustBeNamed.outcomes) if (!pages.has(outcome)) issues.push(`The outcome ${outcome} is named by no hazard`);
  return issues;
}
