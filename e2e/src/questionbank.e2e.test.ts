import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { type RunningServer, startServer } from './server.js';
import { logIn, openPage, shot } from './session.js';

// The question bank in the browser: a lecturer creates a bank, imports Excel (a broken file first), tags items in
// bulk, checks the coverage of level 4 跨境电子商务师, and an XSS stem renders inert.
const LECTURER = '13800000003';
const BANK = '四级跨境电商理论题库（E2E）';

let server: RunningServer;
let browser: Browser;
let tmp: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qb-e2e-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

type Row = Record<string, string | number>;

/** Level 4 跨境电子商务师 items; the last two are left untagged for bulk tagging. */
const VALID_ROWS: Row[] = [
  {
    题型: '单选题',
    题干: '跨境电商网店首页的首屏最应突出的是？',
    选项A: '品牌与主推商品',
    选项B: '公司历史',
    选项C: '联系方式',
    选项D: '物流条款',
    正确答案: 'A',
    分值: 2,
    难度: '易',
    等级: '四级',
    工种: '跨境电子商务师',
    职业功能: '2',
    工作内容: '2.3',
    知识点: '2.3.1',
    出处: '教材第二章',
    解析: '首屏决定转化。',
  },
  {
    题型: '多选题',
    题干: '跨境电商选品时应考虑哪些因素？',
    选项A: '目标市场需求',
    选项B: '物流可行性',
    选项C: '个人喜好',
    选项D: '平台规则',
    正确答案: 'ABD',
    分值: 2,
    难度: '中等',
    等级: '四级',
    工种: '跨境电子商务师',
    职业功能: '4 业务处理',
    工作内容: '4.4',
  },
  {
    题型: '判断题',
    题干: '国际物流选择只需比较运费，无需考虑时效。',
    正确答案: '错',
    分值: 1,
    难度: '较易',
    等级: '四级',
    工种: '跨境电子商务师',
    职业功能: '4',
    工作内容: '4.6',
  },
  {
    题型: '填空题',
    题干: 'FOB 的中文含义是____。',
    正确答案: '离岸价|船上交货价',
    分值: 1,
    难度: '中等',
  },
  {
    题型: '简答题',
    题干: '简述跨境电商售后问题处理的基本步骤。',
    正确答案: '确认问题、提出方案、跟进反馈',
    分值: 5,
    难度: '较难',
    评分要点: '确认问题（2分）\n提出解决方案（2分）\n跟进反馈（1分）',
  },
];

/** Fills the downloaded template: appends the rows under the headers of the sheet 试题. */
async function fillTemplate(template: string, rows: Row[], out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.getWorksheet('试题');
  if (!ws) throw new Error('the template has no sheet 试题');
  const headers = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => {
    headers.set(String(cell.value ?? '').trim(), col);
  });
  for (const h of Object.keys(rows[0] ?? {})) if (!headers.has(h)) throw new Error(`no column ${h} in the template`);
  // remove the example rows (they would be skipped anyway) so our rows start at row 2
  if (ws.rowCount > 1) ws.spliceRows(2, ws.rowCount - 1);
  rows.forEach((r, i) => {
    const row = ws.getRow(2 + i);
    for (const [h, v] of Object.entries(r)) row.getCell(headers.get(h) ?? 0).value = v;
    row.commit();
  });
  await wb.xlsx.writeFile(out);
}

async function upload(page: Page, file: string): Promise<Locator> {
  await page.getByTestId('qb-import-upload').locator('input[type=file]').setInputFiles(file);
  await expect.poll(() => page.getByTestId('qb-import-file').textContent()).toContain(path.basename(file));
  await page.getByTestId('qb-import-start').click();
  const report = page.getByTestId('qb-import-report');
  await report.waitFor({ timeout: 30_000 });
  return report;
}

async function pickCascader(page: Page, cascader: Locator, labels: (string | RegExp)[]): Promise<void> {
  await cascader.click();
  const menus = page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu');
  for (const [i, label] of labels.entries()) {
    // the next column appears only after the previous click has been handled; click in that column
    await expect.poll(() => menus.count(), { timeout: 20_000 }).toBeGreaterThan(i);
    await menus.nth(i).locator('.ant-cascader-menu-item', { hasText: label }).click();
  }
  // close the dropdown (it covers the modal's buttons) by clicking the modal's title
  await page.locator('.ant-modal-title:visible').click();
  await page.locator('.ant-cascader-dropdown:visible').waitFor({ state: 'hidden' });
}

const newPage = () => openPage(browser);
const login = (page: Page, account: string) => logIn(page, server.url, account);

describe('question bank pages', () => {
  it('a lecturer creates a bank, imports Excel with a progress bar, tags in bulk and checks coverage', async () => {
    const { context, page } = await newPage();
    try {
      await login(page, LECTURER);
      await page.getByTestId('menu-questionBanks').click();
      await page.getByTestId('qb-banks-page').waitFor();

      // create a bank (the only organisation where the lecturer may author is preselected)
      await page.getByTestId('qb-create-bank').click();
      await page.getByTestId('qb-bank-name').fill(BANK);
      await page.getByTestId('qb-bank-ok').click();
      await page.getByTestId('qb-bank-page').waitFor();
      await expect.poll(() => page.locator('h4').first().textContent()).toBe(BANK);
      const bankId = new URL(page.url()).pathname.split('/').pop() ?? '';

      // the import template downloads as an .xlsx with the Chinese headers
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('qb-template').click()]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const template = path.join(tmp, 'template.xlsx');
      await download.saveAs(template);
      expect(fs.readFileSync(template).subarray(0, 2).toString()).toBe('PK');

      const valid = path.join(tmp, '四级试题.xlsx');
      await fillTemplate(template, VALID_ROWS, valid);
      const broken = path.join(tmp, '四级试题-有错.xlsx');
      await fillTemplate(
        template,
        VALID_ROWS.map((r, i) => (i === 0 ? { ...r, 正确答案: 'Z' } : i === 2 ? { ...r, 题干: '' } : r)),
        broken,
      );

      // the broken copy: problems by row and column, nothing imported
      await page.getByTestId('qb-import').click();
      const report = await upload(page, broken);
      expect(await report.getAttribute('data-ok')).toBe('false');
      await page.getByTestId('qb-import-nothing').waitFor();
      const problems = page.getByTestId('qb-import-problems');
      await problems.locator('tr[data-row="2"][data-column="正确答案"]').waitFor();
      await problems.locator('tr[data-row="4"][data-column="题干"]').waitFor();
      await shot(page, 'qb-import-rejected');

      // the valid one: the progress bar runs to 100 % and every row is imported
      await page.getByTestId('qb-import-again').click();
      const ok = await upload(page, valid);
      await expect.poll(() => page.getByTestId('qb-import-progress').getAttribute('data-percent')).toBe('100');
      expect(await ok.getAttribute('data-ok')).toBe('true');
      await expect
        .poll(() => page.getByTestId('qb-import-imported').textContent())
        .toContain(`已导入 ${VALID_ROWS.length} 道题目`);
      await shot(page, 'qb-import-ok');
      await page.getByTestId('qb-import-close').click();
      const table = page.getByTestId('qb-questions-table');
      await expect.poll(() => table.locator('tbody tr[data-status]').count()).toBe(VALID_ROWS.length);

      // bulk-tag the two untagged items to 4.5 日常订单处理
      await page.getByTestId('qb-filter-untagged').click();
      await expect.poll(() => table.locator('tbody tr[data-status]').count()).toBe(2);
      for (const row of await table.locator('tbody tr[data-status]').all()) {
        await row.locator('.ant-checkbox-input').check();
      }
      await page.getByTestId('qb-bulk-tag').click();
      const picker = page.getByTestId('qb-bulk-tags');
      await picker.waitFor();
      await pickCascader(page, page.getByTestId('qb-bulk-tags-cascader'), [
        '四级/中级工',
        /^跨境电子商务师$/,
        '4 业务处理',
        '4.5 日常订单处理',
      ]);
      await expect.poll(() => page.getByTestId('qb-bulk-tag-preview').textContent()).toContain('4.5');
      await shot(page, 'qb-bulk-tag');
      await page.getByTestId('qb-bulk-tag-ok').click();
      await picker.waitFor({ state: 'detached' });
      await expect.poll(() => table.locator('tbody tr[data-status]').count()).toBe(0);
      await page.getByTestId('qb-filter-untagged').click();
      await expect.poll(() => table.locator('tbody tr[data-status]').count()).toBe(VALID_ROWS.length);
      await expect.poll(() => table.textContent()).toContain('4 业务处理 · 4.5');
      await shot(page, 'qb-questions');

      // coverage of level 4 跨境电子商务师: a new bank of drafts is short everywhere
      await page.getByTestId('qb-tab-coverage').click();
      await page.getByTestId('qb-coverage').waitFor();
      await page.getByTestId('qb-cov-level').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '四级' }).click();
      await page.getByTestId('qb-cov-worktype').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '跨境电子商务师' }).click();
      const summary = page.getByTestId('qb-cov-summary');
      await expect.poll(() => summary.getAttribute('data-short')).toBe('true');
      await expect.poll(() => summary.textContent()).toContain('理论知识权重表 四级 跨境电子商务师');
      const shortRows = page.getByTestId('qb-cov-table').locator('tr[data-short="true"]');
      await expect.poll(() => shortRows.count()).toBeGreaterThan(0);
      await page.getByTestId('qb-cov-shortfall').first().waitFor();
      await expect.poll(() => page.getByTestId('qb-cov-chart').locator('svg').textContent()).toContain('业务处理');
      await shot(page, 'qb-coverage');

      // an XSS stem: stored through the API, rendered from the server's sanitised HTML, no handler runs
      const csrf = (await context.cookies()).find((c) => c.name === 'cs_csrf')?.value ?? '';
      const res = await page.request.post(`${server.url}/api/question-banks/${bankId}/questions`, {
        headers: { 'x-csrf-token': csrf },
        data: {
          type: 'true_false',
          stem: '<p>XSS 测试<img src=x onerror=alert(1)></p>',
          options: [],
          answer: { type: 'true_false', value: true },
          points: 1,
          difficulty: 1,
          tags: null,
        },
      });
      expect(res.status()).toBe(201);
      const created = (await res.json()) as { id: string; stem: string };
      expect(created.stem).not.toContain('onerror');
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await page.goto(`${server.url}/question-banks/${bankId}?q=${created.id}`);
      const stem = page.getByTestId('qb-drawer').getByTestId('qb-view-stem');
      await page.getByTestId('qb-tab-view').click();
      await expect.poll(() => stem.textContent()).toContain('XSS 测试');
      const imgs = stem.locator('img');
      if ((await imgs.count()) > 0) expect(await imgs.first().getAttribute('onerror')).toBeNull();
      await page.waitForTimeout(500);
      expect(dialogs).toBe(0);
      await shot(page, 'qb-xss');
    } finally {
      await context.close();
    }
  });
});
