import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env['API_URL'] ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    sourcemap: true,
    // Every page is its own chunk (see routes/router.tsx) and the dashboard's charts another;
    // `node tools/bench/bundle-size.mjs` reads the manifest to report the first-load size.
    manifest: true,
    rolldownOptions: {
      // The domain library has no side effects (pure types, constants and zod schemas), so the
      // modules a chunk does not use are dropped, and zod with them where no schema is used.
      treeshake: {
        moduleSideEffects: (id: string) => !id.replaceAll('\\', '/').includes('/libs/domain/src/'),
        manualPureFunctions: ['z'],
      },
    },
    chunkSizeWarningLimit: 800,
  },
  server: {
    port: 5173,
    proxy: {
      '/trpc': apiTarget,
      '/healthz': apiTarget,
      '/readyz': apiTarget,
      '/documents': apiTarget,
      '/files': apiTarget,
      '/region': apiTarget,
    },
  },
});
