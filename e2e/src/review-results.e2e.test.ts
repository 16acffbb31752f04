import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { type RunningServer, startServer } from './server.js';
import { DEMO, logIn, openPage, shot } from './session.js';

// Comprehensive review, final results, appeals and the ability report in the browser, on the demo data: a committee
// member reads the level-2 candidate's materials and scores the defence, and the plan staff see the progress; the
// institution publishes the second finished level-4 plan, its candidate (the second demo trainee) appeals the skill
// score inside the review period, the admin assigns a re-marker (the examiner who confirmed the score cannot be
// chosen), the re-marker decides with a reason and the candidate sees the decision; the demo trainee's published
// results are past the review period (the dates are shown, the API refuses with them); the ability report shows the
// radar chart, what to train next, and downloads as a PDF.

/** Demo data (apps/server/src/demo). */
const REVIEW_PLAN = '2026年第三期电子商务师（跨境电子商务师）二级鉴定';
const REVIEW_REPORT_TITLE = '跨境电商独立站运营与数据化选品工作总结';
const REVIEW_ACHIEVEMENT_TITLE = '2025年度东南亚站点销售业绩证明';
const FINISHED_PLAN = '2026年第三期电子商务师（跨境电子商务师）四级鉴定';
const PENDING_PLAN = '2026年第四期电子商务师（跨境电子商务师）四级鉴定';
const REVIEW_MEMBER = '13800000007';
const SECOND_TRAINEE = '13800000014';
/** The examiner who confirmed the demo skill scores (excluded from re-marking them) and another one. */
const CONFIRMING_EXAMINER = '赵考评';
const RE_MARKER = { name: '郑考评', account: DEMO.examiner2 };
const APPEAL_REASON = '技能考核中客户服务任务的回复已按要求完成，请求复核该项成绩（E2E）';
const DECISION_REASON = '复核后确认客户服务任务第 2 项检查应得分，技能成绩相应调整（E2E）';

let server: RunningServer;
let browser: Browser;
let tmp: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'review-e2e-'));
}, 240_000);

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') {
    console.error(`server log (tail):\n${server.output().slice(-4000)}`);
    const pages = browser.contexts().flatMap((c) => c.pages());
    for (const [i, p] of pages.entries()) await shot(p, `review-failed-${i}`).catch(() => undefined);
  }
  for (const c of opened.splice(0)) await c.close().catch(() => undefined);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const opened: BrowserContext[] = [];

async function person(account: string): Promise<Page> {
  const p = await openPage(browser);
  opened.push(p.context);
  p.page.setDefaultTimeout(30_000);
  await logIn(p.page, server.url, account);
  return p.page;
}

/** A JSON API call with the page's session (and its CSRF token for writes); returns status and body. */
async function apiFetch<T>(
  page: Page,
  method: 'GET' | 'POST',
  url: string,
  data?: unknown,
): Promise<{ status: number; body: T }> {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'cs_csrf')?.value ?? '';
  const res = await page.request.fetch(`${server.url}${url}`, {
    method,
    headers: method === 'GET' ? {} : { 'x-csrf-token': csrf },
    data,
  });
  const text = await res.text();
  return { status: res.status(), body: (text ? JSON.parse(text) : undefined) as T };
}

async function apiCall<T>(page: Page, method: 'GET' | 'POST', url: string, data?: unknown): Promise<T> {
  const res = await apiFetch<T>(page, method, url, data);
  if (res.status >= 400) throw new Error(`${method} ${url} → ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

async function planIdOf(page: Page, name: string): Promise<string> {
  const me = await apiCall<{ memberships: { orgId: string; role: string }[] }>(page, 'GET', '/api/me');
  const orgId = me.memberships.find((m) => m.role === 'institution_admin')?.orgId ?? '';
  const plans = await apiCall<{ items: { id: string; name: string }[] }>(page, 'GET', `/api/orgs/${orgId}/exam-plans`);
  const id = plans.items.find((p) => p.name === name)?.id;
  if (!id) throw new Error(`no plan ${name}`);
  return id;
}

async function saved(download: Download, name: string): Promise<Buffer> {
  const file = path.join(tmp, name);
  await download.saveAs(file);
  return fs.readFileSync(file);
}

interface MyResult {
  registrationId: string;
  planName: string;
  appealFrom: string;
  appealUntil: string;
  windowOpen: boolean;
}

describe('comprehensive review', () => {
  it('lets a committee member read the materials and score the level-2 candidate, and the staff see the progress', async () => {
    const member = await person(REVIEW_MEMBER);
    const tasks = await apiCall<{ items: { registrationId: string; planName: string }[] }>(
      member,
      'GET',
      '/api/review/my-tasks',
    );
    const task = tasks.items.find((t) => t.planName === REVIEW_PLAN);
    expect(task).toBeDefined();
    const regId = task!.registrationId;
    await member.goto(`${server.url}/review`);
    await member.getByTestId('review-tasks').waitFor();
    await member.getByTestId(`review-task-score-${regId}`).click();
    const drawer = member.getByTestId('review-score-drawer');
    await drawer.getByText(REVIEW_REPORT_TITLE).waitFor();
    await drawer.getByText(REVIEW_ACHIEVEMENT_TITLE).waitFor();
    // the work report downloads (a PDF)
    const reportItem = drawer.locator('.ant-list-item', { hasText: REVIEW_REPORT_TITLE });
    const [download] = await Promise.all([
      member.waitForEvent('download', { timeout: 30_000 }),
      reportItem.locator('[data-testid^="review-material-download-"]').click(),
    ]);
    expect((await saved(download, 'report.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await drawer.getByTestId('review-score-input').fill('86.5');
    await drawer
      .getByTestId('review-comment-input')
      .fill('工作总结条理清晰，数据化选品方法有实效，答辩中对海外仓成本的分析较为深入。');
    await drawer.getByTestId('review-score-save').click();
    await expect
      .poll(async () => (await drawer.getByTestId('review-combined-score').textContent()) ?? '', { timeout: 20_000 })
      .toContain('1/3');
    await shot(member, 'review-scored');

    // the plan staff: scoring progress 1 of 3, the member's score listed
    const admin = await person(DEMO.institutionAdmin);
    const planId = await planIdOf(admin, REVIEW_PLAN);
    await admin.goto(`${server.url}/review/${planId}`);
    await admin.getByTestId('review-tab-progress').click();
    const progress = admin.getByTestId('review-progress-table');
    await progress.waitFor();
    await expect.poll(async () => (await progress.textContent()) ?? '', { timeout: 20_000 }).toContain('1/3');
    await shot(admin, 'review-progress');
  }, 240_000);
});

describe('final results and appeals', () => {
  it('publishes results, takes an appeal inside the window, has it re-marked by another examiner and shows the decision', async () => {
    // the institution publishes the second finished plan with a 7-day review period
    const admin = await person(DEMO.institutionAdmin);
    const planId = await planIdOf(admin, PENDING_PLAN);
    await admin.goto(`${server.url}/final-results/${planId}`);
    await admin.getByTestId('final-results-table').waitFor();
    await admin.getByTestId('final-results-publish').click();
    await admin.getByTestId('final-results-publish-dialog').waitFor();
    await admin.getByTestId('final-results-appeal-days').fill('7');
    await admin.getByTestId('final-results-publish-confirm').click();
    await admin.getByTestId('final-results-published').waitFor();

    // the candidate appeals the skill score
    const trainee = await person(SECOND_TRAINEE);
    const mine = await apiCall<{ items: MyResult[] }>(trainee, 'GET', '/api/my/final-results');
    const result = mine.items.find((r) => r.planName === PENDING_PLAN);
    expect(result?.windowOpen).toBe(true);
    const regId = result!.registrationId;
    await trainee.goto(`${server.url}/my-results`);
    await trainee.getByTestId(`my-result-${regId}`).waitFor();
    await trainee.getByTestId(`my-result-appeal-${regId}`).click();
    const dialog = trainee.getByTestId('my-appeal-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('my-appeal-component').click();
    await trainee.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '技能' }).first().click();
    await dialog.getByTestId('my-appeal-reason').fill(APPEAL_REASON);
    await trainee.getByTestId('my-appeal-submit').click();
    const appeals = trainee.getByTestId(`my-result-appeals-${regId}`);
    await appeals.waitFor();
    expect(await appeals.textContent()).toContain(APPEAL_REASON);
    const appealId = (
      (await appeals.locator('[data-testid^="my-appeal-"]').first().getAttribute('data-testid')) ?? ''
    ).replace('my-appeal-', '');
    expect(appealId).toMatch(/^[0-9a-f-]{36}$/);

    // the admin assigns a re-marker: the examiner who confirmed the skill score cannot be chosen
    await admin.goto(`${server.url}/final-results/${planId}`);
    await admin.getByTestId('final-results-appeals-tab').click();
    await admin.getByTestId(`appeal-assign-${appealId}`).click();
    const assign = admin.getByTestId('appeal-assign-dialog');
    await assign.waitFor();
    const people = await apiCall<{ items: { userId: string; name: string; eligible: boolean }[] }>(
      admin,
      'GET',
      `/api/appeals/${appealId}/assignable`,
    );
    const confirming = people.items.find((p) => p.name === CONFIRMING_EXAMINER)!;
    const reMarker = people.items.find((p) => p.name === RE_MARKER.name)!;
    expect(confirming.eligible).toBe(false);
    expect(reMarker.eligible).toBe(true);
    // (antd puts the test id on the radio's input or on its label, depending on the version)
    const radio = assign.getByTestId(`appeal-assignee-${confirming.userId}`);
    const input = (await radio.evaluate((e) => e.tagName)) === 'INPUT' ? radio : radio.locator('input');
    expect(await input.isDisabled()).toBe(true);
    await assign.getByTestId(`appeal-assignee-${reMarker.userId}`).click();
    await admin.getByTestId('appeal-assign-confirm').click();
    await assign.waitFor({ state: 'hidden' });

    // the re-marker decides with a reason
    const examiner = await person(RE_MARKER.account);
    await examiner.goto(`${server.url}/appeals`);
    await examiner.getByTestId(`appeal-task-${appealId}`).click();
    await examiner.getByTestId('appeal-detail').waitFor();
    expect(await examiner.getByTestId('appeal-reason').textContent()).toContain(APPEAL_REASON);
    const before = Number.parseFloat((await examiner.getByTestId('appeal-current-score').textContent()) ?? '0');
    const newScore = Math.min(100, Math.round((before + 2.5) * 100) / 100);
    await examiner.getByTestId('appeal-outcome-changed').click();
    await examiner.getByTestId('appeal-new-score').fill(String(newScore));
    await examiner.getByTestId('appeal-decision-reason').fill(DECISION_REASON);
    await examiner.getByTestId('appeal-decide').click();
    await examiner.getByTestId('appeal-decision').waitFor();
    await shot(examiner, 'appeal-decided');

    // the candidate sees the decision and its reason
    await trainee.reload();
    const decided = trainee.getByTestId(`my-appeal-${appealId}`);
    await expect.poll(async () => (await decided.textContent()) ?? '', { timeout: 20_000 }).toContain(DECISION_REASON);
    expect(await decided.textContent()).toContain(String(newScore));
    await shot(trainee, 'appeal-seen');
  }, 300_000);

  it('refuses an appeal outside the review period and shows its dates', async () => {
    const trainee = await person(DEMO.trainee);
    const mine = await apiCall<{ items: MyResult[] }>(trainee, 'GET', '/api/my/final-results');
    const result = mine.items.find((r) => r.planName === FINISHED_PLAN)!;
    expect(result.windowOpen).toBe(false);
    await trainee.goto(`${server.url}/my-results`);
    const card = trainee.getByTestId(`my-result-${result.registrationId}`);
    await card.waitFor();
    expect(await trainee.getByTestId(`my-result-appeal-${result.registrationId}`).isDisabled()).toBe(true);
    const window = (await trainee.getByTestId(`my-result-window-${result.registrationId}`).textContent()) ?? '';
    const day = (iso: string) =>
      trainee.evaluate(
        (s) =>
          new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(s)),
        iso,
      );
    expect(window).toContain(await day(result.appealFrom));
    expect(window).toContain(await day(result.appealUntil));
    // the API refuses with the dates (Beijing time)
    const refused = await apiFetch<{ error: { code: string; message: string } }>(
      trainee,
      'POST',
      `/api/final-results/${result.registrationId}/appeals`,
      { component: 'theory', reason: '请求复核理论知识考试成绩（E2E，复核期已过）' },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('APPEAL_WINDOW_CLOSED');
    const until = new Date(Date.parse(result.appealUntil) + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(refused.body.error.message).toContain(until);
    await shot(trainee, 'appeal-closed');
  }, 120_000);

  it('shows the demo trainee’s ability report with the radar chart and what to train next, and downloads it as a PDF', async () => {
    const trainee = await person(DEMO.trainee);
    const mine = await apiCall<{ items: MyResult[] }>(trainee, 'GET', '/api/my/final-results');
    const result = mine.items.find((r) => r.planName === FINISHED_PLAN)!;
    await trainee.goto(`${server.url}/my-results`);
    await trainee.getByTestId(`my-result-report-${result.registrationId}`).click();
    await trainee.getByTestId('ability-report-page').waitFor();
    await trainee.getByTestId('report-radar').locator('canvas, svg').first().waitFor();
    expect(await trainee.getByTestId('report-functions').textContent()).toContain('商务数据分析');
    expect(await trainee.getByTestId('report-to-train').textContent()).toContain('商务数据分析');
    await shot(trainee, 'ability-report');
    const [download] = await Promise.all([
      trainee.waitForEvent('download', { timeout: 60_000 }),
      trainee.getByTestId('report-download-pdf').click(),
    ]);
    expect((await saved(download, 'ability-report.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 120_000);
});
