import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The lead's Fastify server in development (`npm run dev -w @crossskill/server`). */
const apiProxy = { '/api': { target: 'http://localhost:3000', changeOrigin: false } };

const ANTD =
  /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|@emotion|stylis|dayjs|clsx|scroll-into-view-if-needed|compute-scroll-into-view|throttle-debounce|json2mq|string-convert|is-mobile|react-is)[\\/]/;
/**
 * antd components that only some lazy pages use (tables, date pickers, tabs…). They stay out of the antd chunk that
 * every visitor downloads first, and rolldown puts them into chunks shared by the pages that need them.
 */
const ANTD_PAGE_ONLY =
  /[\\/]node_modules[\\/](antd[\\/](es|lib)[\\/](table|pagination|date-picker|calendar|time-picker|steps|tabs|descriptions|popconfirm|switch|checkbox|radio|select|tree|tree-select|upload|cascader|color-picker|image|transfer)[\\/]|@rc-component[\\/](table|pagination|picker|steps|tabs|switch|checkbox|select|virtual-list|tree|tree-select|upload|cascader|color-picker|image)[\\/]|dayjs[\\/])/;

/** Vendor chunks: big libraries change rarely, so browsers keep them cached across our releases. */
const vendorGroups = [
  {
    name: 'react',
    test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie)[\\/]/,
  },
  { name: 'query', test: /[\\/]node_modules[\\/]@tanstack[\\/]/ },
  { name: 'antd', test: (id: string) => ANTD.test(id) && !ANTD_PAGE_ONLY.test(id) },
  // page-only antd parts, named so the build report (and browser caches) stay readable
  {
    name: 'antd-table',
    test: /[\\/]node_modules[\\/](antd[\\/](es|lib)[\\/](table|pagination|checkbox|radio)|@rc-component[\\/](table|pagination|checkbox))[\\/]/,
  },
  {
    name: 'antd-picker',
    test: /[\\/]node_modules[\\/](antd[\\/](es|lib)[\\/](date-picker|time-picker|calendar)[\\/]|@rc-component[\\/]picker[\\/]|dayjs[\\/])/,
  },
  {
    name: 'antd-select',
    test: /[\\/]node_modules[\\/](antd[\\/](es|lib)|@rc-component)[\\/](select|virtual-list)[\\/]/,
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
