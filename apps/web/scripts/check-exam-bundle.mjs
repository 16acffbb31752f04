#!/usr/bin/env node
// Checks the candidate's exam page stays light: reads dist/exam.html, follows its module scripts and modulepreload
// links (and their static imports), gzips every JavaScript file it loads and fails above the budget.
// Usage: node scripts/check-exam-bundle.mjs [--budget-kb 300] (after `npm run build -w @crossskill/web`).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const budgetArg = process.argv.indexOf('--budget-kb');
const budgetKb = budgetArg > 0 ? Number(process.argv[budgetArg + 1]) : 300;
const htmlPath = path.join(dist, 'exam.html');

if (!fs.existsSync(htmlPath)) {
  console.error(`${htmlPath} not found: run \`npm run build -w @crossskill/web\` first`);
  process.exit(1);
}

const html = fs.readFileSync(htmlPath, 'utf8');
/** URLs of the JS the page loads up front: module scripts and modulepreload links. */
const entryUrls = [];
for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
  const attr = (name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
  if (/^<script/i.test(tag) && attr('type') === 'module' && attr('src')) entryUrls.push(attr('src'));
  if (/^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href')) entryUrls.push(attr('href'));
}
if (entryUrls.length === 0) {
  console.error('exam.html loads no module script');
  process.exit(1);
}

const toFile = (url, fromFile) => {
  const clean = url.split(/[?#]/)[0];
  if (/^[a-z]+:\/\//i.test(clean)) throw new Error(`external script ${url} cannot be measured`);
  return clean.startsWith('/') ? path.join(dist, clean) : path.resolve(path.dirname(fromFile), clean);
};

// static imports only: `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"` (dynamic import() is
// loaded later, on demand, and is not part of the first download)
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;

const seen = new Map();
const queue = entryUrls.map((u) => toFile(u, htmlPath));
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  if (!fs.existsSync(file)) {
    console.error(`missing file ${path.relative(dist, file)}`);
    process.exit(1);
  }
  const code = fs.readFileSync(file);
  seen.set(file, { raw: code.length, gzip: zlib.gzipSync(code, { level: 9 }).length });
  for (const m of code.toString('utf8').matchAll(STATIC_IMPORT)) queue.push(toFile(m[1], file));
}

let total = 0;
let totalRaw = 0;
const rows = [...seen.entries()].sort((a, b) => b[1].gzip - a[1].gzip);
for (const [file, size] of rows) {
  total += size.gzip;
  totalRaw += size.raw;
  console.log(
    `${(size.gzip / 1024).toFixed(1).padStart(8)} KB gzip ${(size.raw / 1024).toFixed(1).padStart(8)} KB  ${path.relative(dist, file)}`,
  );
}
const forbidden = rows
  .map(([file]) => path.basename(file))
  .filter((name) => /^(antd|query|echarts|zod|router)[-.]/.test(name));
console.log(
  `${(total / 1024).toFixed(1).padStart(8)} KB gzip ${(totalRaw / 1024).toFixed(1).padStart(8)} KB  total (${rows.length} files; budget ${budgetKb} KB)`,
);
if (forbidden.length > 0) {
  console.error(`the exam page loads vendor chunks it must not: ${forbidden.join(', ')}`);
  process.exit(1);
}
if (total > budgetKb * 1024) {
  console.error(
    `the exam page loads ${(total / 1024).toFixed(1)} KB of gzipped JavaScript, over the ${budgetKb} KB budget`,
  );
  process.exit(1);
}
console.log('exam page JavaScript is within budget');
