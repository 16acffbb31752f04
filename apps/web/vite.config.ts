import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The lead's Fastify server in development (`npm run dev -w @crossskill/server`). */
const apiProxy = { '/api': { target: 'http://localhost:3000', changeOrigin: false } };

/** Vendor chunks: big libraries change rarely, so browsers keep them cached across our releases. */
const vendorGroups = [
  {
    name: 'react',
    test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie)[\\/]/,
  },
  { name: 'query', test: /[\\/]node_modules[\\/]@tanstack[\\/]/ },
  {
    name: 'antd',
    test: /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@emotion|stylis|dayjs|clsx|scroll-into-view-if-needed|compute-scroll-into-view|throttle-debounce|json2mq|string-convert|is-mobile|react-is)[\\/]/,
  },
  { name: 'echarts', test: /[\\/]node_modules[\\/](echarts|zrender|tslib)[\\/]/ },
  { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/ },
];

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    alias: [
      // Use the contracts' TypeScript sources directly: no build of the package is needed.
      { find: /^@crossskill\/contracts$/, replacement: here('../../packages/contracts/src/index.ts') },
    ],
  },
  server: { port: 5173, strictPort: true, proxy: apiProxy },
  preview: { port: 4173, proxy: apiProxy },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // The contracts' modules only declare constants and zod schemas: let unused ones (and zod with them) drop out,
      // so e.g. the role labels in the app shell do not pull every schema into the first download.
      treeshake: {
        moduleSideEffects: (id: string) => (/[\\/]packages[\\/]contracts[\\/]src[\\/]/.test(id) ? false : undefined),
      },
      output: {
        // Rolldown's replacement for manualChunks; on a tie the earlier group wins.
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
});
