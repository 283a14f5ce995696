// `npm test`: format check, lint, typecheck, build, then every Vitest project (domain, db, api,
// api-app, web, demo-data, and the browser and package tests) in one run. Every step runs even
// when an earlier one fails, so one run shows everything that is wrong. Ends with "N passed, N
// failed" and writes the totals to TEST_SUMMARY_FILE (default dist/test-summary.json) for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = join(import.meta.dirname, '..');
const summaryFile = resolve(process.env.TEST_SUMMARY_FILE ?? join(root, 'dist/test-summary.json'));
const vitestReport = join(root, 'dist/vitest-report.json');

function run(title, command, args) {
  console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

const checks = [
  [
    'format',
    run('format (prettier --check)', 'npx', ['prettier', '--check', '--log-level=warn', '.']),
  ],
  ['lint', run('lint', 'npx', ['nx', 'run-many', '-t', 'lint', '--output-style=static'])],
  [
    'typecheck',
    run('typecheck', 'npx', ['nx', 'run-many', '-t', 'typecheck', '--output-style=static']),
  ],
  [
    'build',
    run('build', 'npx', [
      'nx',
      'run-many',
      '-t',
      'build',
      '-p',
      'api-app',
      'web',
      '--output-style=static',
    ]),
  ],
];

rmSync(vitestReport, { force: true });
mkdirSync(dirname(vitestReport), { recursive: true });
const vitestOk = run('tests (Vitest: every project, browser tests included)', 'npx', [
  'vitest',
  'run',
  '--config',
  'vitest.workspace.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  skipped = report.numPendingTests + report.numTodoTests;
  // A test file that failed to load has no failed test but must count.
  failed += report.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  ).length;
}
if (!vitestOk && failed === 0) failed = 1;
const failedChecks = checks.filter(([, ok]) => !ok).map(([name]) => name);
failed += failedChecks.length;
passed += checks.length - failedChecks.length;

mkdirSync(dirname(summaryFile), { recursive: true });
writeFileSync(summaryFile, JSON.stringify({ passed, failed, skipped, failedChecks }, null, 2));
console.log(
  `\nChecks: ${checks.map(([name, ok]) => `${name} ${ok ? 'ok' : 'FAILED'}`).join(', ')}`,
);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
