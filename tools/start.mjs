// `npm start`: builds the API app and the SPA when their sources changed, then runs the API app,
// which migrates the database, seeds the demo data (or completes a seed cut short) unless a real
// region is set up, and serves everything on http://localhost:3000 (PORT and the other settings
// come from the environment).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, root } from './ensure-built.mjs';

ensureBuilt();
await import(pathToFileURL(join(root, 'dist/apps/api/main.mjs')).href);
