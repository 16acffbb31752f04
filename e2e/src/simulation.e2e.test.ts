import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { type RunningServer, startServer } from './server.js';
import { DEMO, logIn, openPage, shot } from './session.js';

// Simulation teaching and the skill exam in the browser: a trainee practises a listing task and an order-shipping
// task in the seller console and gets full marks from the check button; then the skill part of the demo level-4
// 跨境电子商务师 plan is set up (the examiner rule refused first), the trainee takes it in the console and submits, an
// examiner overrides one check with a written reason, the audit log shows the override, and the replay of the
// candidate's session matches the stored state.

const SUFFIX = Date.now().toString(36).slice(-4);
/** The demo plan: its theory blueprint and bank are reused by the plan this test creates. */
const DEMO_PLAN = '2026年第四季度 四级跨境电子商务师 理论知识考试（演示）';
const PLAN = `四级跨境电子商务师 技能考核（E2E ${SUFFIX}）`;
const TRAINEE_NAME = '陈学员';
/** The demo's three examiners (003 §1.9.3: an odd number, at least three). */
const EXAMINERS = ['赵考评', '郑考评'] as const;
const THIRD_EXAMINER = '钱考评';
/** Ten years of 电子商务师 work: eligible for level 4 (003 §1.8). */
const ELIGIBLE_LEVEL4 = { work: [{ occupation: '电子商务师', from: '2015-01-01' }] };
const OVERRIDE_REASON = '考生已按要求完成操作，系统判定过严，人工复核后调整（E2E）';
/** The level-4 跨境电子商务师 skill weight table (003 §4.2). */
const SKILL_ROWS: [string, number][] = [
  ['产品及服务信息管理', 20],
  ['线上店铺设计与装修', 15],
  ['营销推广', 15],
  ['业务处理', 20],
  ['客户服务', 15],
  ['商务数据分析', 15],
];

let server: RunningServer;
let browser: Browser;
let tmp: string;
let planId = '';
let attemptId = '';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-e2e-'));
});

// a failed step leaves pictures of every open page (with SHOTS set); then the test's browser contexts close
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await failureReport(ctx.task.name);
  for (const c of opened.splice(0)) await c.close().catch(() => undefined);
});

async function failureReport(name: string): Promise<void> {
  console.error(`server log (tail):\n${server.output().slice(-4000)}`);
  const pages = browser.contexts().flatMap((c) => c.pages());
  for (const [i, p] of pages.entries()) await shot(p, `failed-${name.slice(0, 20)}-${i}`).catch(() => undefined);
}

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** expect.poll with a timeout for a busy machine (vitest's default is 1 s). */
const poll: typeof expect.poll = (fn, options) => expect.poll(fn, { timeout: 20_000, ...options });

/** Browser contexts of the running test, closed after it (after the pictures of a failure). */
const opened: BrowserContext[] = [];

async function person(account: string): Promise<{ context: BrowserContext; page: Page }> {
  const p = await openPage(browser);
  opened.push(p.context);
  p.page.setDefaultTimeout(30_000);
  await logIn(p.page, server.url, account);
  return p;
}

/** A JSON API call with the page's session (and its CSRF token for writes). */
async function apiCall<T>(page: Page, method: 'GET' | 'POST', url: string, data?: unknown): Promise<T> {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'cs_csrf')?.value ?? '';
  const res = await page.request.fetch(`${server.url}${url}`, {
    method,
    headers: method === 'GET' ? {} : { 'x-csrf-token': csrf },
    data,
  });
  const body = await res.text();
  if (!res.ok()) throw new Error(`${method} ${url} → ${res.status()}: ${body}`);
  return (body ? JSON.parse(body) : undefined) as T;
}

/** Picks options of an antd Select by their visible text (or the first one), then closes the dropdown. */
async function pickOptions(page: Page, select: Locator, labels: (string | RegExp | 'first')[]): Promise<void> {
  await select.click();
  for (const label of labels) {
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await (label === 'first' ? options.first() : options.filter({ hasText: label }).first()).click();
  }
  await page.keyboard.press('Escape');
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

async function setNumber(input: Locator, value: number): Promise<void> {
  await input.fill(String(value));
  await input.blur();
}

/** "YYYY-MM-DD HH:mm" in Asia/Shanghai (the exam pages enter and show times in China Standard Time). */
function beijing(ms: number): string {
  const d = new Date(ms + 8 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

/**
 * A published level-4 跨境电子商务师 plan of the demo institution (the demo plan's bank and theory blueprint) with the
 * demo trainee registered and approved — set up through the API, as the theory exam's browser test covers it.
 */
async function createPlanWithCandidate(admin: Page): Promise<void> {
  const me = await apiCall<{ memberships: { orgId: string; role: string }[] }>(admin, 'GET', '/api/me');
  const orgId = me.memberships.find((m) => m.role === 'institution_admin')?.orgId ?? '';
  const plans = await apiCall<{ items: { id: string; name: string }[] }>(admin, 'GET', `/api/orgs/${orgId}/exam-plans`);
  const demoId = plans.items.find((p) => p.name === DEMO_PLAN)?.id ?? '';
  const demo = await apiCall<{ bankIds: string[]; blueprintChoices: unknown }>(
    admin,
    'GET',
    `/api/exam-plans/${demoId}`,
  );
  const plan = await apiCall<{ id: string }>(admin, 'POST', `/api/orgs/${orgId}/exam-plans`, {
    name: PLAN,
    level: 4,
    workType: '跨境电子商务师',
    bankIds: demo.bankIds,
    blueprint: demo.blueprintChoices,
  });
  planId = plan.id;
  await apiCall(admin, 'POST', `/api/exam-plans/${planId}/publish`);
  const trainee = await person(DEMO.trainee);
  const reg = await apiCall<{ status: string }>(trainee.page, 'POST', `/api/exam-plans/${planId}/registrations`, {
    eligibility: ELIGIBLE_LEVEL4,
  });
  expect(reg.status).toBe('approved');
}

/** 仿真实训 → the task (found by its code) → 开始练习: the seller console with the task panel. */
async function startPractice(page: Page, code: string): Promise<void> {
  await page.getByTestId('menu-simPractice').click();
  await page.getByTestId('sim-practice-page').waitFor();
  // antd puts the test id on the <input> itself or on its wrapper
  const search = page.locator('input[data-testid="sim-task-search"], [data-testid="sim-task-search"] input').first();
  await search.fill(code);
  await search.press('Enter');
  await page.getByTestId(`sim-task-start-${code}`).click();
  await page.getByTestId('sim-run-page').waitFor();
  await page.getByTestId('sim-console').waitFor();
  await page.getByTestId('sim-task-instructions').waitFor();
}

/** 检查得分: every check passes and the score is the task's total. */
async function expectFullMarks(page: Page, total: number): Promise<void> {
  await page.getByTestId('sim-check').click();
  await poll(() => page.getByTestId('sim-score-value').textContent()).toBe(String(total));
  expect(await page.getByTestId('sim-score').textContent()).toContain(`/ ${total}`);
  const checks = page.locator('[data-testid^="sim-check-"][data-passed]');
  const passed = await checks.evaluateAll((els) => els.map((e) => e.getAttribute('data-passed')));
  expect(passed.length).toBeGreaterThan(0);
  expect(passed.every((p) => p === 'true')).toBe(true);
}

const cellTexts = async (rows: Locator, col: number) =>
  (await rows.locator(`td:nth-child(${col})`).allTextContents()).map((s) => s.trim());

describe.sequential('simulation practice and a skill exam, in Chromium', () => {
  it('a trainee fixes a non-compliant listing in practice (X5-LIST-02) and the check button gives full marks', async () => {
    const { page } = await person(DEMO.trainee);
    await startPractice(page, 'X5-LIST-02');
    // this run's parameters are in the instructions: the keyword and the capacity to keep
    const instructions = (await page.getByTestId('sim-task-instructions').textContent()) ?? '';
    const [, keyword, capacity] = /关键词“([^”]+)”和容量 (\d+) ml/.exec(instructions) ?? [];
    expect(keyword, instructions).toBeTruthy();

    // 商品 → edit the suppressed listing: a clean title, then publish again
    await page.getByTestId('sim-nav-catalog').click();
    await page.getByTestId('sim-listing-edit-L-9402').click();
    const form = page.getByTestId('sim-listing-form');
    await form.waitFor();
    expect(await form.getByTestId('sim-listing-status').textContent()).toBe('suppressed');
    await form
      .getByTestId('sim-listing-title')
      .fill(`Stainless Steel ${keyword} ${capacity} ml, Non Slip Rubber Base Food and Water Bowl for Dogs and Cats`);
    await form.getByTestId('sim-listing-save').click();
    await poll(() => page.getByTestId('sim-listings-table').textContent()).toContain(`${keyword} ${capacity} ml`);
    await form.getByTestId('sim-listing-publish').click();
    await poll(() => form.getByTestId('sim-listing-status').textContent()).toBe('active');
    await shot(page, 'sim-01-listing-fixed');
    await page.keyboard.press('Escape');

    await expectFullMarks(page, 10);
    await shot(page, 'sim-02-listing-score');
  }, 120_000);

  it('a trainee ships an order online with the buyer’s channel in practice (X5-SHIP-02) and gets full marks', async () => {
    const { page } = await person(DEMO.trainee);
    await startPractice(page, 'X5-SHIP-02');
    const instructions = (await page.getByTestId('sim-task-instructions').textContent()) ?? '';
    const weight = Number(/包裹 ([\d.]+) kg/.exec(instructions)?.[1]);
    expect(weight, instructions).toBeGreaterThan(0);

    // 订单 → O-9402 → 发货: online, China Post registered small packet, the parcel of the instructions
    await page.getByTestId('sim-nav-orders').click();
    await page.getByTestId('sim-order-open-O-9402').click();
    const drawer = page.getByTestId('sim-order-drawer');
    await drawer.waitFor();
    await drawer.getByTestId('sim-order-tab-op-ship').click();
    const ship = drawer.getByTestId('sim-ship-form');
    await ship.getByTestId('sim-ship-mode').getByText('线上发货').click();
    await pickOptions(page, ship.getByTestId('sim-ship-channel'), ['cn-post-small']);
    await setNumber(ship.getByTestId('sim-ship-weightKg'), weight);
    await setNumber(ship.getByTestId('sim-ship-l'), 18);
    await setNumber(ship.getByTestId('sim-ship-w'), 10);
    await setNumber(ship.getByTestId('sim-ship-h'), 3);
    await ship.getByTestId('sim-ship-submit').click();
    await poll(() => drawer.getByTestId('sim-order-detail-status').textContent()).toBe('WAIT_BUYER_ACCEPT_GOODS');
    await shot(page, 'sim-03-order-shipped');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    // the cancelled order stays unshipped
    expect(await page.getByTestId('sim-order-row-O-9403').textContent()).toContain('IN_CANCEL');

    await expectFullMarks(page, 10);
    await shot(page, 'sim-04-shipping-score');
  }, 120_000);

  it('plan staff set up the skill part: the examiner and duration rules are refused next to the fields, then saved and published', async () => {
    const { page } = await person(DEMO.institutionAdmin);
    await createPlanWithCandidate(page);

    // 鉴定计划 → the plan → 技能考核
    await page.goto(`${server.url}/exam-plans/${planId}`);
    await page.getByTestId('plan-detail-page').waitFor();
    await page.getByTestId('plan-skill-link').click();
    await page.getByTestId('skill-part-page').waitFor();
    const rows = page.getByTestId('skill-blueprint').locator('tbody tr.ant-table-row');
    await poll(() => rows.count()).toBe(SKILL_ROWS.length);
    expect((await cellTexts(rows, 1)).map((s, i) => s.startsWith(SKILL_ROWS[i]?.[0] ?? '?'))).toEqual(
      SKILL_ROWS.map(() => true),
    );
    expect(await cellTexts(rows, 2)).toEqual(SKILL_ROWS.map(([, w]) => `${w}%`));
    expect(await page.getByTestId('skill-blueprint-sum').textContent()).toContain('100 / 100');

    // one task per row (each candidate draws from the row's tasks; one makes the exam predictable here)
    for (let i = 0; i < SKILL_ROWS.length; i++) {
      await pickOptions(page, page.getByTestId(`skill-row-tasks-${i}`), ['first']);
    }
    // the start: this minute (entry stays open for the late-entry minutes)
    const startsAt = Math.floor(Date.now() / 60_000) * 60_000;
    const starts = page.getByTestId('skill-starts');
    await starts.click();
    await starts.fill(beijing(startsAt));
    await starts.press('Enter');
    await poll(() => starts.inputValue()).toBe(beijing(startsAt));
    await page.keyboard.press('Escape');

    // 60 minutes and two examiners: both rules of the standard are named next to their fields, nothing saved
    await setNumber(page.getByTestId('skill-duration'), 60);
    await pickOptions(page, page.getByTestId('skill-examiners'), [...EXAMINERS]);
    await page.getByTestId('skill-save').click();
    await page.getByTestId('skill-part-error').waitFor();
    await poll(() => page.getByTestId('skill-error-durationMinutes').textContent()).toContain('90');
    await poll(() => page.getByTestId('skill-error-examinerIds').textContent()).toMatch(/3/);
    expect(await page.getByTestId('skill-part-new').count()).toBe(1);
    await shot(page, 'sim-05-skill-rules-refused');

    // 90 minutes, a third examiner → saved as a draft, then published
    await setNumber(page.getByTestId('skill-duration'), 90);
    await pickOptions(page, page.getByTestId('skill-examiners'), [THIRD_EXAMINER]);
    await page.getByTestId('skill-save').click();
    await page.getByTestId('skill-part-draft').waitFor();
    await page.getByTestId('skill-publish').click();
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await page.getByTestId('skill-part-published').waitFor();
    expect(await page.getByTestId('skill-examiners').textContent()).toContain(THIRD_EXAMINER);
    await shot(page, 'sim-06-skill-published');
  }, 120_000);

  it('the trainee starts the skill exam in its entry window, operates the stores in the console and submits', async () => {
    const { page } = await person(DEMO.trainee);
    await page.getByTestId('menu-skillExam').click();
    await page.getByTestId('skill-exams-page').waitFor();
    const row = page.getByTestId(`my-skill-row-${PLAN}`);
    await poll(() => row.getByTestId('my-skill-window').getAttribute('data-window')).toBe('open');
    expect(await row.getByTestId('my-skill-status').getAttribute('data-status')).toBe('none');
    await row.getByTestId('my-skill-start').click();
    await page.getByTestId('skill-attempt-page').waitFor();
    attemptId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(attemptId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await page.getByTestId('skill-attempt-plan').textContent()).toBe(PLAN);
    const seconds = Number(await page.getByTestId('skill-timer').getAttribute('data-seconds'));
    expect(seconds).toBeGreaterThan(85 * 60);
    expect(seconds).toBeLessThanOrEqual(90 * 60);
    await poll(() => page.locator('[data-testid^="skill-run-tab-"]').count()).toBe(SKILL_ROWS.length);

    // the first task's store: filter the orders (a logged action) — the console is the practice one, in exam mode
    await page.getByTestId('sim-console').waitFor();
    await page.getByTestId('sim-nav-orders').click();
    await page.getByTestId('sim-orders').waitFor();
    await page.getByTestId('sim-order-flagged').click();
    await poll(() => page.getByTestId('sim-order-flagged').getAttribute('class')).toContain('ant-btn-primary');
    await page.getByTestId('sim-order-flagged').click();
    await shot(page, 'sim-07-skill-console');

    // 交卷 with the confirmation
    await page.getByTestId('skill-submit').click();
    const dialog = page.getByTestId('skill-submit-dialog');
    await dialog.waitFor();
    await poll(() => dialog.textContent()).toContain(`共 ${SKILL_ROWS.length} 项任务`);
    await poll(() => dialog.textContent()).toMatch(/已操作 [1-9]\d* 步/);
    await page.getByTestId('skill-submit-confirm').click();
    await page.getByTestId('skill-attempt-submitted').waitFor();
    await shot(page, 'sim-08-skill-submitted');

    // the list says submitted; no score before the examiners confirm it
    await page.goto(`${server.url}/skill-exams`);
    await poll(() => row.getByTestId('my-skill-status').getAttribute('data-status')).toBe('submitted');
    expect(await row.getByTestId('my-skill-score').count()).toBe(0);
  }, 180_000);

  it('an examiner reviews every check, overrides one with a written reason, replays the session and confirms the result', async () => {
    const { page } = await person(DEMO.examiner);
    await page.getByTestId('menu-skillExam').click();
    await page.getByTestId('skill-exams-page').waitFor();
    await page.getByTestId(`skill-part-row-${PLAN}`).click();
    const attempt = page.getByTestId(`skill-attempt-row-${TRAINEE_NAME}`);
    await poll(() => attempt.getByTestId('skill-attempt-status').getAttribute('data-status')).toBe('submitted');
    // the attempts table as Excel
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('skill-attempts-export').click(),
    ]);
    const file = path.join(tmp, 'skill-attempts.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('the export has no sheet');
    expect((sheet.getRow(1).values as unknown[]).map(String)).toEqual(
      expect.arrayContaining(['准考证号', '姓名', '自动评分', '成绩']),
    );
    expect(JSON.stringify(sheet.getRow(2).values)).toContain(TRAINEE_NAME);

    await attempt.getByTestId('skill-attempt-review').click();
    await page.getByTestId('skill-review-page').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/skill-exams/review/${attemptId}`);

    // the first task: instructions with the candidate's parameters and every check's result
    const run = page.getByTestId('review-run-0');
    await run.getByTestId('review-instructions').waitFor();
    const checks = run.locator('tbody tr[data-testid^="review-check-"]');
    await poll(() => checks.count()).toBeGreaterThan(0);
    const check = checks.first();
    const passed = (await check.getAttribute('data-passed')) === 'true';
    const points = Number((await check.locator('td:nth-child(3)').textContent())?.trim());
    expect(points).toBeGreaterThan(0);
    const autoTotal = await page.getByTestId('review-total-auto').textContent();

    // a reason under 5 characters is refused in the form; a written reason is saved and shown
    await check.getByTestId('review-override-open').click();
    await setNumber(page.getByTestId('override-points'), passed ? 0 : points);
    await page.getByTestId('override-reason').fill('太短');
    await page.getByTestId('override-save').click();
    await page.locator('.ant-form-item-explain-error', { hasText: '至少 5 个字' }).waitFor();
    await page.getByTestId('override-reason').fill(OVERRIDE_REASON);
    await page.getByTestId('override-save').click();
    await poll(() => check.getByTestId('review-override-note').textContent()).toContain(OVERRIDE_REASON);
    expect(await check.getByTestId('review-override-note').textContent()).toContain(EXAMINERS[0]);
    expect(await check.getByTestId('review-awarded').textContent()).toBe(String(passed ? 0 : points));
    await poll(() => page.getByTestId('review-total').textContent()).not.toBe(autoTotal);
    expect(await page.getByTestId('review-total-auto').textContent()).toBe(autoTotal);
    await shot(page, 'sim-09-review-override');

    // 回放: the candidate's steps, the store at each step, and the replay equals the stored state
    await page.getByTestId('review-replay-0').click();
    const replay = page.getByTestId('replay-panel');
    await replay.waitFor();
    await poll(() => replay.getByTestId('replay-matches').getAttribute('data-matches')).toBe('true');
    expect(await replay.getByTestId('replay-matches').textContent()).toContain('回放结果与存档一致');
    expect(await replay.getByTestId('replay-browser').getAttribute('data-agrees')).toBe('true');
    const steps = replay.locator('tr[data-testid^="replay-step-"]');
    await poll(() => steps.count()).toBeGreaterThan(0);
    expect(await steps.first().textContent()).toContain('order.filter');
    await steps.first().click();
    expect(await replay.getByTestId('replay-position').textContent()).toMatch(/第 1 \/ \d+ 步/);
    await replay.locator('.ant-slider-handle').focus();
    await page.keyboard.press('Home');
    await poll(() => replay.getByTestId('replay-position').textContent()).toBe('初始状态');
    await replay.getByTestId('replay-state').waitFor();
    await shot(page, 'sim-10-replay');
    await page.locator('.ant-drawer-close').click();
    await replay.waitFor({ state: 'detached' });

    // 确认成绩: final, no more overrides
    await page.getByTestId('review-finalize').click();
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await poll(() => page.getByTestId('review-status').getAttribute('data-status')).toBe('final');
    expect(await check.getByTestId('review-override-open').isDisabled()).toBe(true);
  }, 120_000);

  it('the audit log shows the override with its reason; the trainee sees the confirmed score', async () => {
    const { page } = await person(DEMO.platformAdmin);
    await page.getByTestId('menu-audit').click();
    await page.getByTestId('audit-page').waitFor();
    // a long list (virtual): type to find the event
    await page.getByTestId('audit-filter-event').click();
    await page.keyboard.type('skill.check_overridden');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'skill.check_overridden' })
      .click();
    const rows = page.getByTestId('audit-table').locator('tbody tr.ant-table-row');
    await poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('skill.check_overridden');
    expect(await rows.first().textContent()).toContain(OVERRIDE_REASON);
    await shot(page, 'sim-11-audit');
    const trainee = await person(DEMO.trainee);
    await trainee.page.getByTestId('menu-skillExam').click();
    const row = trainee.page.getByTestId(`my-skill-row-${PLAN}`);
    await poll(() => row.getByTestId('my-skill-status').getAttribute('data-status')).toBe('final');
    expect(await row.getByTestId('my-skill-score').textContent()).toMatch(/^\d+(\.\d+)? · (合格|不合格)$/);
  }, 60_000);

  it('anyone signed in reads the marketplace rules with their sources and what the 2025 rule set changed', async () => {
    const { page } = await person(DEMO.trainee);
    await page.getByTestId('menu-simRules').click();
    await page.getByTestId('sim-rules-page').waitFor();
    const body = page.getByTestId('sim-rules-page');
    // Amazon-like in force: 2025-06, changed from 2024-01 — the title limit went from 250 to 200
    await poll(() => body.textContent()).toContain('与上一版本 2024-01 相比的变化');
    const change = body.locator('tr', { hasText: 'listing.title.maxLength' }).first();
    expect(await change.textContent()).toMatch(/250.*200/);
    expect(await change.textContent()).toContain('Amazon');
    await shot(page, 'sim-12-rules');
  }, 60_000);
});
