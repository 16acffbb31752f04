import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type Connect, defineConfig, type Plugin } from 'vite';

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

/**
 * Vendor chunks: big libraries change rarely, so browsers keep them cached across our releases.
 * The exam page (exam.html) shares only the 'react' chunk with the main app: keep the router (and anything else
 * the exam page does not use) out of it.
 */
const vendorGroups = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'router', test: /[\\/]node_modules[\\/](react-router|react-router-dom|cookie|set-cookie-parser)[\\/]/ },
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

/**
 * The candidate's exam page is a second, light entry (exam.html: React only, ≤ 300 KB gzip JS, see
 * scripts/check-exam-bundle.mjs). The dev and preview servers answer /exam and /exam/<attemptId> with it, as the
 * Fastify server does in production.
 */
const EXAM_PATH = /^\/exam(\/[^.]*)?\/?(\?.*)?$/;
const examRewrite: Connect.NextHandleFunction = (req, _res, next) => {
  if (req.url && EXAM_PATH.test(req.url))
    req.url = `/exam.html${req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : ''}`;
  next();
};
const examEntry: Plugin = {
  name: 'crossskill-exam-entry',
  configureServer: (server) => void server.middlewares.use(examRewrite),
  configurePreviewServer: (server) => void server.middlewares.use(examRewrite),
};

export default defineConfig({
  root: here('.'),
  plugins: [react(), examEntry],
  resolve: {
    alias: [
      // Use the contracts' TypeScript sources directly: no build of the package is needed.
      { find: /^@crossskill\/contracts$/, replacement: here('../../packages/contracts/src/index.ts') },
      // The simulator runs in the browser too (instant feedback in the seller console), from its sources.
      { find: /^@crossskill\/simulation$/, replacement: here('../../packages/simulation/src/index.ts') },
    ],
  },
  server: { port: 5173, strictPort: true, proxy: apiProxy },
  preview: { port: 4173, proxy: apiProxy },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: { main: here('./index.html'), exam: here('./exam.html') },
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
