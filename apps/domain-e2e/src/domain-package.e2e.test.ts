import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The library as someone outside this repository gets it: built, packed with `npm pack`,
// installed into an empty project, and used from plain Node (ESM) and from TypeScript with
// `nodenext` resolution. Everything happens in a temporary folder that is removed afterwards.
// No network: the tarball and zod (the one the library is built against, from this repository's
// node_modules) are installed as local files, offline, with an empty npm cache of its own.

const root = fileURLToPath(new URL('../../..', import.meta.url));
const readme = readFileSync(join(root, 'libs/domain/README.md'), 'utf8');
const zodDir = dirname(
  createRequire(join(root, 'libs/domain/package.json')).resolve('zod/package.json'),
);
const tscBin = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');

/** The environment without npm's own variables, which `npm test` would pass on to npm here. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')),
);

function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: 'pipe' });
}

/** The README's examples: each ```js block followed by "prints" and a ```text block. */
function readmeExamples(): {
  readonly title: string;
  readonly code: string;
  readonly output: string;
}[] {
  const pattern =
    /^### (.+)\n[\s\S]*?```js\n([\s\S]*?)```\s*\nprints\s*\n\s*```text\n([\s\S]*?)```/gm;
  return [...readme.matchAll(pattern)].map((m) => ({
    title: m[1] ?? '',
    code: m[2] ?? '',
    output: (m[3] ?? '').trim(),
  }));
}

let work = '';
let app = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'smartcity-domain-package-'));
  const dist = join(work, 'dist');
  run(process.execPath, [join(root, 'tools/build-domain.mjs'), '--out-dir', dist], root);

  const packed = JSON.parse(
    run(
      'npm',
      ['pack', dist, '--pack-destination', work, '--json', '--cache', join(work, 'npm-cache')],
      work,
    ),
  ) as { filename: string; files: { path: string }[] }[];
  const tarball = join(work, packed[0]?.filename ?? '');

  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'scratch',
      private: true,
      type: 'module',
      dependencies: { '@smartcity/domain': `file:${tarball}`, zod: `file:${zodDir}` },
    }),
  );
  run(
    'npm',
    [
      'install',
      '--offline',
      '--install-links',
      '--ignore-scripts',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--cache',
      join(work, 'npm-cache'),
    ],
    app,
  );
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('@smartcity/domain as a package', () => {
  it('is installed as a copy with its own package.json, not a link into this repository', () => {
    const manifest = JSON.parse(
      readFileSync(join(app, 'node_modules/@smartcity/domain/package.json'), 'utf8'),
    ) as { exports: Record<string, unknown>; dependencies: Record<string, string> };
    expect(manifest.exports['.']).toEqual({
      types: './index.d.ts',
      import: './index.js',
      default: './index.js',
    });
    expect(Object.keys(manifest.dependencies)).toEqual(['zod']);
    expect(run(process.execPath, ['-p', 'require.resolve("@smartcity/domain")'], app).trim()).toBe(
      join(app, 'node_modules/@smartcity/domain/index.js'),
    );
  });

  it('runs every README example with plain Node and prints what the README shows', () => {
    const examples = readmeExamples();
    expect(examples.map((e) => e.title)).toEqual([
      'Run a transition',
      'Compute a round score',
      'Compute masterplan progress',
    ]);
    examples.forEach((example, i) => {
      const file = join(app, `example-${i + 1}.mjs`);
      writeFileSync(file, example.code);
      expect(run(process.execPath, [file], app).trim(), example.title).toBe(example.output);
    });
  });

  it('type-checks a TypeScript consumer with nodenext resolution, and refuses a wrong call', () => {
    writeFileSync(
      join(app, 'consumer.ts'),
      [
        "import { masterplanProgress, transition, type MasterplanProgress, type TransitionResult } from '@smartcity/domain';",
        'const progress: MasterplanProgress = masterplanProgress([], [], []);',
        'const size: number = progress.byProgramme.size;',
        'export type Result = TransitionResult;',
        'export const moves: typeof transition = transition;',
        '// @ts-expect-error the programmes must be an array',
        'masterplanProgress(1, [], []);',
        'export { size };',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          // zod's declarations name URL; a consumer has DOM or Node types for it.
          lib: ['es2023', 'dom'],
          strict: true,
          noEmit: true,
          types: [],
          // The library's own declarations are checked too.
          skipLibCheck: false,
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [tscBin, '-p', 'tsconfig.json'], {
      cwd: app,
      env,
      encoding: 'utf8',
    });
    expect({ status: tsc.status, output: tsc.stdout + tsc.stderr }).toEqual({
      status: 0,
      output: '',
    });
  });
});
