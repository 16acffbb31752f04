import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { type RunningServer, startServer } from './server.js';
import { logIn, openPage, shot } from './session.js';

// The standards issue in the browser: standards browser, eligibility self-check, version management.
// Demo accounts (seeded by `crossskill serve` in development): platform admin 13800000001, trainee 13800000004.
const TRAINEE = '13800000004';
const ADMIN = '13800000001';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The <input> of an antd input whose data-testid may sit on the input itself or on its wrapper. */
async function inputOf(el: Locator): Promise<Locator> {
  const tag = await el.evaluate((e) => e.tagName);
  return tag === 'INPUT' || tag === 'TEXTAREA' ? el : el.locator('input').first();
}

async function pickDate(page: Page, picker: Locator, day: string): Promise<void> {
  await picker.click();
  await page.keyboard.type(day);
  await page.keyboard.press('Enter');
}

const newPage = () => openPage(browser);
const login = (page: Page, account: string) => logIn(page, server.url, account);

describe('standards pages', () => {
  it('a trainee browses level 4 跨境电子商务师: tree with numbering, weight chart, search', async () => {
    const { context, page } = await newPage();
    try {
      await login(page, TRAINEE);
      await page.getByTestId('menu-standards').click();
      await page.getByTestId('std-tree').waitFor();
      await page.getByTestId('std-level-4').click();
      await page.getByTestId('std-wt-跨境电子商务师').click();
      await expect
        .poll(() => page.getByTestId('std-level-title').textContent())
        .toContain('四级/中级工 · 跨境电子商务师');

      const tree = page.getByTestId('std-tree');
      // numbered functions, work contents and items, in Chinese; this work content belongs to 跨境电子商务师 only
      await expect.poll(() => tree.textContent()).toContain('2.3 跨境电商网店首页设计与制作');
      const functions = await tree.getByTestId('std-function-title').allTextContents();
      expect(functions[0]).toMatch(/^1 \S+/);
      const item = page.getByTestId('std-node-L4/F2/C2.3/S2.3.1');
      await expect.poll(() => item.textContent()).toMatch(/^2\.3\.1\s*能/);
      await page.getByTestId('std-node-L4/F2/C2.3/K2.3.1').waitFor();
      // 网商-only work content is not shown for 跨境电子商务师
      expect(await page.getByTestId('std-node-L4/F2/C2.1').count()).toBe(0);
      await shot(page, 'standards-tree');

      // weight tables: chart (SVG with the item names) and table
      await page.getByTestId('std-tab-weights').click();
      const chart = page.getByTestId('std-chart-theory');
      await chart.locator('svg').waitFor();
      await expect.poll(() => chart.locator('svg').textContent()).toContain('基础知识');
      await expect
        .poll(() => page.getByTestId('std-weights-theory').textContent())
        .toContain('理论知识权重表 四级 跨境电子商务师');
      await expect.poll(() => page.getByTestId('std-weights-total-theory').textContent()).toBe('100');
      await expect.poll(() => page.getByTestId('std-weights-total-skill').textContent()).toBe('100');
      await shot(page, 'standards-weights');

      // full-text search: a hit opens the tree at the node and highlights it
      const search = await inputOf(page.getByTestId('std-search'));
      await search.fill('选品');
      await search.press('Enter');
      const hits = page.getByTestId('std-search-hit');
      await hits.first().waitFor();
      expect(await hits.count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByTestId('std-search-mark').first().textContent()).toBe('选品');
      const hit = hits.filter({ hasText: '4.4.1' }).first();
      const nodeId = await hit.getAttribute('data-node-id');
      expect(nodeId).toBeTruthy();
      await hit.click();
      const target = page.getByTestId(`std-node-${nodeId}`);
      await expect.poll(() => target.getAttribute('data-highlighted')).toBe('true');
      await expect.poll(() => target.textContent()).toContain('选品');
      await expect.poll(() => target.isVisible()).toBe(true);
      await shot(page, 'standards-search');
    } finally {
      await context.close();
    }
  });

  it('the eligibility self-check shows every level with its clauses and what is missing', async () => {
    const { context, page } = await newPage();
    try {
      await login(page, TRAINEE);
      await page.getByTestId('menu-eligibility').click();
      await page.getByTestId('elig-form').waitFor();
      // the default row is 电子商务师, ongoing; worked since 2022-03 → 4 years as of 2026-06-01
      await pickDate(page, page.getByTestId('elig-work-from').first(), '2022-03-01');
      await pickDate(page, page.getByTestId('elig-asof'), '2026-06-01');
      await page.getByTestId('elig-submit').click();

      await page.getByTestId('elig-level-5').waitFor();
      expect(await page.getByTestId('elig-level-5').getAttribute('data-eligible')).toBe('true');
      expect(await page.getByTestId('elig-level-4').getAttribute('data-eligible')).toBe('false');
      expect(await page.getByTestId('elig-verdict').textContent()).toContain('五级/初级工');

      const level4 = page.getByTestId('elig-clauses-4');
      const clauses = level4.locator('[data-testid^="elig-clause-"]');
      expect(await clauses.count()).toBeGreaterThanOrEqual(2);
      const unsatisfied = level4.locator('[data-satisfied="false"]');
      expect(await unsatisfied.count()).toBe(await clauses.count());
      const missing = await level4.getByTestId('elig-missing').allTextContents();
      expect(missing.join('\n')).toMatch(/需取得|还需/);
      expect(await level4.textContent()).toContain('累计从事本职业或相关职业工作6年');
      const level5 = page.getByTestId('elig-clauses-5');
      expect(await level5.locator('[data-satisfied="true"]').count()).toBeGreaterThan(0);
      await shot(page, 'eligibility');
    } finally {
      await context.close();
    }
  });

  it('a platform admin drafts, edits a skill and a weight pair, is refused a broken column, sees the diff, publishes', async () => {
    const { context, page } = await newPage();
    try {
      await login(page, ADMIN);
      await page.getByTestId('menu-standardVersions').click();
      await page.getByTestId('versions-table').waitFor();
      await page.getByTestId('version-draft-2022').click();
      await (await inputOf(page.getByTestId('ver-create-label'))).fill('2026 修订');
      await page.getByTestId('ver-create-ok').click();
      await page.waitForURL(/\/standards\/versions\/[0-9a-f-]{36}/);
      await page.getByTestId('node-editor').waitFor();
      expect(await page.getByTestId('version-info').textContent()).toContain('草稿');

      // 1. edit one skill text (level 4 is the default level of the editor)
      const skillId = 'L4/F2/C2.3/S2.3.1';
      const newText = '能根据跨境电商平台规则与目标市场审美设计制作网店首页（修订）';
      await page.getByTestId(`node-edit-${skillId}`).click();
      const text = await inputOf(page.getByTestId('node-text'));
      await text.fill(newText);
      await page.getByTestId('node-save').click();
      await expect.poll(() => page.getByTestId(`std-node-${skillId}`).textContent()).toContain(newText);

      // 2. one weight pair of 理论知识权重表 四级 跨境电子商务师: 营销推广 15 → 20, 客户服务 10 → 5 (still 100)
      await page.getByTestId('vtab-weights').click();
      await page.getByTestId('wedit-wt-跨境电子商务师').click();
      const theory = page.getByTestId('wedit-theory');
      await expect.poll(() => theory.textContent()).toContain('理论知识权重表 四级 跨境电子商务师');
      const cell = async (item: string) => inputOf(page.getByTestId(`wedit-theory-${item}`));
      await (await cell('营销推广')).fill('20');
      await (await cell('客户服务')).fill('5');
      await expect.poll(() => page.getByTestId('wedit-sum-theory').getAttribute('data-sum')).toBe('100');
      await page.getByTestId('wedit-save-theory').click();
      // after saving, the editor reloads the saved column
      await expect.poll(async () => (await cell('营销推广')).inputValue()).toBe('20');
      await expect.poll(() => page.getByTestId('wedit-save-theory').isDisabled()).toBe(true);

      // 3. a change that breaks the column is refused, naming the column
      await (await cell('职业道德')).fill('10');
      await expect.poll(() => page.getByTestId('wedit-sum-theory').getAttribute('data-sum')).toBe('105');
      await page.getByTestId('wedit-save-theory').click();
      const refusal = page.getByTestId('wedit-error-theory');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain('理论知识权重表 四级 跨境电子商务师');
      expect(await refusal.textContent()).toContain('105');
      await shot(page, 'versions-weights-refused');
      await page.getByTestId('wedit-reset-theory').click();

      // effective date (required to publish)
      await page.getByTestId('vtab-meta').click();
      await page.getByTestId('meta-effective').fill('2027-01-01');
      await page.getByTestId('meta-save').click();
      await expect.poll(() => page.getByTestId('version-effective').textContent()).toContain('2027');

      // the diff shows exactly the two edits
      await page.getByTestId('vtab-diff').click();
      await page.getByTestId('diff-view').waitFor();
      expect(await page.getByTestId('diff-changed').getAttribute('data-count')).toBe('1');
      expect(await page.getByTestId('diff-weights').getAttribute('data-count')).toBe('2');
      expect(await page.getByTestId('diff-added').getAttribute('data-count')).toBe('0');
      expect(await page.getByTestId('diff-removed').getAttribute('data-count')).toBe('0');
      const changed = page.getByTestId('diff-changed-row');
      expect(await changed.count()).toBe(1);
      expect(await changed.textContent()).toContain(newText);
      expect(await changed.textContent()).toContain('2.3.1');
      const weightRows = await page.getByTestId('diff-weight-row').allTextContents();
      expect(weightRows).toHaveLength(2);
      expect(weightRows.join('\n')).toContain('营销推广');
      expect(weightRows.join('\n')).toContain('客户服务');
      await shot(page, 'versions-diff');

      // publish with confirmation
      await page.getByTestId('version-publish').click();
      await page.getByTestId('publish-ok').click();
      await page.getByTestId('version-info').getByTestId('std-status-published').waitFor();
      expect(await page.getByTestId('version-publish').count()).toBe(0);
      await page.getByTestId('menu-standardVersions').click();
      await page.getByTestId('version-row-2026 修订').getByTestId('std-status-published').waitFor();
      await shot(page, 'versions-list');
    } finally {
      await context.close();
    }
  });
});
