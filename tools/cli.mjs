// `npm run cli -- <command>`: the operator's commands (setup, create-coordinator, migrate), built first
// when needed.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, root } from './ensure-built.mjs';

ensureBuilt();
await import(pathToFileURL(join(root, 'dist/apps/api/cli.mjs')).href);
