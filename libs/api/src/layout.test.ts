import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Keeps the layout of libs/api (README "Layout"): routers hold thin procedures only, a router
// never reaches into another router's folder, use cases live in services/, and no module of the
// library imports itself back through a cycle.

const srcRoot = dirname(fileURLToPath(import.meta.url));

/** The longest a file with procedures may be: input schema, access, one service call. */
const maxProcedureFileLines = 40;

/** Source files by path relative to `src/` (forward slashes), tests left out. */
type SourceFiles = ReadonlyMap<string, string>;

function readSources(root: string): SourceFiles {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        files.set(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'));
      }
    }
  };
  walk(root);
  return files;
}

/** The relative modules a file imports (type-only imports included), as paths in `files`. */
function importsOf(files: SourceFiles, file: string): string[] {
  const source = files.get(file) ?? '';
  const found: string[] = [];
  for (const match of source.matchAll(/(?:from\s+|import\s*\(?\s*)'(\.{1,2}\/[^']*)'/g)) {
    const spec = match[1];
    if (spec === undefined) continue;
    const base = resolve('/', dirname(file), spec).slice(1);
    const target = [`${base}.ts`, `${base}/index.ts`].find((candidate) => files.has(candidate));
    if (target !== undefined) found.push(target);
  }
  return found;
}

/** `routers/<name>/…` → `<name>`; null for files outside routers/. */
function routerOf(file: string): string | null {
  const match = /^routers\/([^/]+)\//.exec(file);
  return match?.[1] ?? null;
}

/** Imports from one router's folder into another's (`from → to`). */
function crossRouterImports(files: SourceFiles): string[] {
  const found: string[] = [];
  for (const file of files.keys()) {
    const own = routerOf(file);
    if (own === null) continue;
    for (const target of importsOf(files, file)) {
      const other = routerOf(target);
      if (other !== null && other !== own) found.push(`${file} → ${target}`);
    }
  }
  return found;
}

/** Modules outside routers/ that import a router's files (only the app router assembles them). */
function importsIntoRouters(files: SourceFiles): string[] {
  const assemblers = new Set(['app-router.ts', 'index.ts']);
  const found: string[] = [];
  for (const file of files.keys()) {
    if (routerOf(file) !== null || assemblers.has(file)) continue;
    for (const target of importsOf(files, file)) {
      if (routerOf(target) !== null) found.push(`${file} → ${target}`);
    }
  }
  return found;
}

/** Files under routers/ that are neither procedures nor routers (helpers belong in services/). */
function helpersInRouters(files: SourceFiles): string[] {
  return [...files.keys()].filter(
    (file) => routerOf(file) !== null && !/\.(procedures?|router)\.ts$/.test(file),
  );
}

/** Files under routers/ that define procedures and are longer than the limit, with their length. */
function longProcedureFiles(files: SourceFiles, maxLines: number): string[] {
  const found: string[] = [];
  for (const [file, source] of files) {
    if (routerOf(file) === null || !/\.(query|mutation)\(/.test(source)) continue;
    const lines = source.replace(/\n$/, '').split('\n').length;
    if (lines > maxLines) found.push(`${file} (${lines} lines)`);
  }
  return found;
}

/** Import cycles among the files, each as the chain of modules that closes it. */
function importCycles(files: SourceFiles): string[] {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const cycles: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'visiting');
    stack.push(file);
    for (const target of importsOf(files, file)) {
      const seen = state.get(target);
      if (seen === 'visiting') {
        cycles.push([...stack.slice(stack.indexOf(target)), target].join(' → '));
      } else if (seen === undefined) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe('libs/api layout', () => {
  const files = readSources(srcRoot);

  it('has no router importing from another router’s folder', () => {
    expect(crossRouterImports(files)).toEqual([]);
  });

  it('has only the app router importing routers (services never do)', () => {
    expect(importsIntoRouters(files)).toEqual([]);
  });

  it('keeps helpers out of routers/ (they are services)', () => {
    expect(helpersInRouters(files)).toEqual([]);
  });

  it(`has no file of procedures longer than ${maxProcedureFileLines} lines`, () => {
    expect(longProcedureFiles(files, maxProcedureFileLines)).toEqual([]);
  });

  it('has no import cycle (context ↔ session-service was one)', () => {
    expect(importCycles(files)).toEqual([]);
  });

  it('finds each kind of breach in a made-up library', () => {
    const longBody = Array.from({ length: 41 }, (_, i) => `// line ${i}`).join('\n');
    const madeUp: SourceFiles = new Map([
      ['routers/a/x.procedure.ts', "import { y } from '../b/y.procedure';\n"],
      ['routers/b/y.procedure.ts', `export const y = p.query(() => 1);\n${longBody}\n`],
      ['routers/b/helper.ts', 'export const h = 1;\n'],
      ['services/s.ts', "import { y } from '../routers/b/y.procedure';\n"],
      ['context.ts', "import { s } from './session';\n"],
      ['session.ts', "import type { C } from './context';\n"],
    ]);
    expect(crossRouterImports(madeUp)).toEqual([
      'routers/a/x.procedure.ts → routers/b/y.procedure.ts',
    ]);
    expect(importsIntoRouters(madeUp)).toEqual(['services/s.ts → routers/b/y.procedure.ts']);
    expect(helpersInRouters(madeUp)).toEqual(['routers/b/helper.ts']);
    expect(longProcedureFiles(madeUp, 40)).toEqual(['routers/b/y.procedure.ts (42 lines)']);
    expect(importCycles(madeUp)).toEqual(['context.ts → session.ts → context.ts']);
  });
});
