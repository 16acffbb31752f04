import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { type RunningServer, startServer } from './server.js';
import { DEMO, logIn, openPage, shot } from './session.js';

// A theory exam day in the browser, role by role: the lecturer imports the sample level-4 跨境电子商务师 bank and builds
// a blueprint that matches the 003 weight table; the institution admin publishes the plan and schedules a session
// (the two-proctors rule refused first), a trainee registers (not eligible → the admin overrides), gets a seat and a
// ticket, takes the exam on a phone-sized screen (reload mid-way, network lost for a while) while a proctor follows
// the room; the result shows the per-function breakdown and the staff see the statistics.

const SUFFIX = Date.now().toString(36).slice(-4);
const BANK = `四级跨境电商示例题库（E2E ${SUFFIX}）`;
const PLAN = `四级跨境电子商务师 理论知识考试（E2E ${SUFFIX}）`;
const SESSION = `E2E 场次 ${SUFFIX}`;
const ROOM = '第1考场';
const DEMO_BANK = '四级跨境电子商务师理论题库（演示）';
const TRAINEE_NAME = '陈学员';
const PROCTORS = ['刘监考', '吴监考'] as const;
const MARKERS = ['赵考评', '郑考评'] as const;

/** The level-4 跨境电子商务师 theory weight table (003 §4.1): 职业道德, 基础知识 and the six 职业功能. */
const WEIGHT_ROWS: [string, number][] = [
  ['职业道德', 5],
  ['基础知识', 25],
  ['产品及服务信息管理', 10],
  ['线上店铺设计与装修', 10],
  ['营销推广', 15],
  ['业务处理', 15],
  ['客户服务', 10],
  ['商务数据分析', 10],
];
/** 判断 20 × 1, 单选 50 × 1, 多选 15 × 2 = 100 points, 85 items; difficulty 10/20/40/20/10 %. */
const BLUEPRINT = {
  types: { true_false: [20, 1], single: [50, 1], multiple: [15, 2] },
  items: 85,
  mix: { 1: 10, 2: 20, 3: 40, 4: 20, 5: 10 },
} as const;
const ITEM_COUNT = BLUEPRINT.items;
/** Where the candidate jumps with the answer sheet. */
const J = Math.floor(ITEM_COUNT / 2);

let server: RunningServer;
let browser: Browser;
let tmp: string;

// shared between the steps
let planId = '';
let attemptId = '';
let startsAt = 0; // the session start (ms)
let ticketNo = '';
let admin: { context: BrowserContext; page: Page };
let trainee: { context: BrowserContext; page: Page };

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'exams-e2e-'));
});

// a failed step leaves pictures of every open page (with SHOTS set)
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  console.error(`server log (tail):\n${server.output().slice(-4000)}`);
  const pages = browser.contexts().flatMap((c) => c.pages());
  for (const [i, p] of pages.entries())
    await shot(p, `failed-${ctx.task.name.slice(0, 20)}-${i}`).catch(() => undefined);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** expect.poll with a timeout for a busy machine (vitest's default is 1 s). */
const poll: typeof expect.poll = (fn, options) => expect.poll(fn, { timeout: 20_000, ...options });

const login = (page: Page, account: string) => logIn(page, server.url, account);

async function person(account: string): Promise<{ context: BrowserContext; page: Page }> {
  const p = await openPage(browser);
  // generous: the machine may be busy (these pages poll, a job runs in the background)
  p.page.setDefaultTimeout(30_000);
  await login(p.page, account);
  return p;
}

/** Picks options of an antd Select (single or multiple) by their visible text, then closes the dropdown. */
async function pickOptions(page: Page, select: Locator, labels: (string | RegExp)[]): Promise<void> {
  await select.click();
  for (const label of labels) {
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }).first();
    const selected = async () =>
      ((await option.getAttribute('class')) ?? '').includes('ant-select-item-option-selected');
    await option.click();
    // a click during the dropdown's opening animation can be lost on a slow machine: click again if it was
    try {
      await expect.poll(selected, { timeout: 5_000 }).toBe(true);
    } catch {
      await option.click();
      await expect.poll(selected, { timeout: 10_000 }).toBe(true);
    }
  }
  await page.keyboard.press('Escape');
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

/** Sets an antd InputNumber (the test id sits on its <input>). */
async function setNumber(input: Locator, value: number): Promise<void> {
  await input.fill(String(value));
  await input.blur();
}

/** Confirms the open antd Popconfirm. */
async function confirmPop(page: Page): Promise<void> {
  await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
}

async function saveDownload(
  page: Page,
  click: () => Promise<void>,
  name: string,
): Promise<{ d: Download; file: string }> {
  const [d] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }).catch(async (e: Error) => {
      // say what the page said instead (an error message), if anything
      const said = await page
        .locator('.ant-message')
        .textContent()
        .catch(() => '');
      throw new Error(`no download of ${name}: ${e.message}; the page says: ${said || '(nothing)'}`);
    }),
    click(),
  ]);
  const file = path.join(tmp, name);
  await d.saveAs(file);
  return { d, file };
}

/** "YYYY-MM-DD HH:mm" in Asia/Shanghai (the exam pages enter and show times in China Standard Time). */
function beijing(ms: number): string {
  const d = new Date(ms + 8 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

const cellTexts = async (rows: Locator, col: number) =>
  (await rows.locator(`td:nth-child(${col})`).allTextContents()).map((s) => s.trim());

describe.sequential('theory exam day, every role in Chromium', () => {
  it('a lecturer imports the sample bank and builds a level-4 跨境电子商务师 blueprint matching the weight table', async () => {
    const { context, page } = await person(DEMO.lecturer);
    try {
      await importSampleBank(page);

      // 鉴定计划 → 新建: level 4 跨境电子商务师 (the defaults), first over the small demo bank only
      await page.getByTestId('menu-examPlans').click();
      await page.getByTestId('plans-page').waitFor();
      await page.getByTestId('plan-create').click();
      await page.getByTestId('plan-name').fill(PLAN);
      await poll(() => page.getByTestId('plan-form').textContent()).toContain('跨境电子商务师');
      await pickOptions(page, page.getByTestId('plan-banks'), [DEMO_BANK]);
      await page.getByTestId('plan-form').getByText('每人一卷').click();
      await page.getByTestId('plan-form-ok').click();
      await page.getByTestId('plan-detail-page').waitFor();
      planId = new URL(page.url()).pathname.split('/').pop() ?? '';
      expect(planId).toMatch(/^[0-9a-f-]{36}$/);
      await poll(() => page.getByTestId('plan-summary').textContent()).toContain('四级');

      // 试卷蓝图: the weight table of the level and work type, the institution's choices
      await page.getByTestId('plan-tab-blueprint').click();
      const weights = page.getByTestId('blueprint-weights').locator('tbody tr.ant-table-row');
      await poll(() => weights.count()).toBe(WEIGHT_ROWS.length);
      expect(await cellTexts(weights, 1)).toEqual(WEIGHT_ROWS.map(([item]) => item));
      expect(await cellTexts(weights, 2)).toEqual(WEIGHT_ROWS.map(([, w]) => `${w}%`));
      await setBlueprint(page, BLUEPRINT);
      await poll(() => page.getByTestId('blueprint-type-sum').getAttribute('data-ok')).toBe('true');
      expect(await page.getByTestId('blueprint-type-sum').textContent()).toBe('100 / 100');
      expect(await page.getByTestId('blueprint-mix-sum').getAttribute('data-ok')).toBe('true');
      // points per row = weight × 100 / 100
      expect(await cellTexts(weights, 3)).toEqual(WEIGHT_ROWS.map(([, w]) => String(w)));

      // the demo bank (47 items) is too small: the check names the short cells
      await page.getByTestId('blueprint-check').click();
      const result = page.getByTestId('blueprint-result');
      await poll(() => result.getAttribute('data-ok')).toBe('false');
      await poll(() => page.getByTestId('blueprint-shortfall').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('blueprint-shortfall').first().textContent()).toMatch(/还差 \d+ 题/);
      await page.getByTestId('blueprint-short-cell').first().waitFor();
      await shot(page, 'exam-02-blueprint-short');

      // the imported bank instead: it assembles, no shortfall
      const banks = page.getByTestId('blueprint-banks');
      await banks.locator('.ant-select-selection-item-remove').first().click();
      await pickOptions(page, banks, [BANK]);
      await page.getByTestId('blueprint-check').click();
      await poll(() => result.getAttribute('data-ok')).toBe('true');
      expect(await page.getByTestId('blueprint-ok').textContent()).toContain(`样卷 ${ITEM_COUNT} 题`);
      expect(await page.getByTestId('blueprint-shortfall').count()).toBe(0);
      const avail = page.getByTestId('blueprint-availability').locator('tbody tr.ant-table-row');
      expect(await cellTexts(avail, 1)).toEqual(WEIGHT_ROWS.map(([item]) => item));
      expect(await cellTexts(avail, 2)).toEqual(WEIGHT_ROWS.map(([, w]) => String(w)));
      await page.getByTestId('blueprint-save').click();
      await poll(() => page.getByTestId('blueprint-sample').isEnabled()).toBe(true);
      await shot(page, 'exam-03-blueprint-ok');

      // the sample paper: 85 items with their answers, for review
      await page.getByTestId('blueprint-sample').click();
      const sample = page.getByTestId('blueprint-sample-drawer');
      await sample.waitFor();
      await poll(() => sample.locator('.ant-list-item').count(), { timeout: 20_000 }).toBe(ITEM_COUNT);
      expect(await sample.textContent()).toContain('答案');
      await shot(page, 'exam-04-sample-paper', { fullPage: false });
    } finally {
      await context.close();
    }
  }, 150_000);

  it('the institution admin publishes the plan and schedules a session: one proctor per room is refused, two are saved', async () => {
    admin = await person(DEMO.institutionAdmin);
    const { page } = admin;
    await page.goto(`${server.url}/exam-plans/${planId}`);
    await page.getByTestId('plan-detail-page').waitFor();
    await page.getByTestId('plan-publish').click();
    await confirmPop(page);
    await page.getByTestId('plan-status-published').waitFor();

    // 场次与考场: one room with ONE proctor → the rule is named next to the room, nothing saved
    await page.getByTestId('plan-tab-sessions').click();
    await page.getByTestId('session-create').click();
    await page.getByTestId('session-name').fill(SESSION);
    // the start: the next full minute at least 80 s ahead, so the trainee meets the waiting room
    startsAt = Math.ceil((Date.now() + 80_000) / 60_000) * 60_000;
    const starts = page.getByTestId('session-starts');
    await starts.click();
    await starts.fill(beijing(startsAt));
    await starts.press('Enter');
    await poll(() => starts.inputValue()).toBe(beijing(startsAt));
    await page.keyboard.press('Escape');
    await setNumber(page.getByTestId('session-duration'), 90);
    const room = page.getByTestId('session-room-0');
    await room.getByTestId('room-name').fill(ROOM);
    await room.getByTestId('room-location').fill('实训楼 201 机房');
    await setNumber(room.getByTestId('room-seats'), 30);
    await pickOptions(page, room.getByTestId('room-proctors'), [PROCTORS[0]]);
    await poll(() => room.getByTestId('room-rule-hint').textContent()).toContain('每个考场不少于 2 名监考人员');
    await page.getByTestId('session-ok').click();
    const violation = room.getByTestId('room-rule-violation');
    await poll(() => violation.textContent()).toContain('每个考场不少于 2 名监考人员');
    await shot(page, 'exam-05-one-proctor-refused');
    const none = await page.request.get(`${server.url}/api/exam-plans/${planId}/sessions`);
    expect(((await none.json()) as { items: unknown[] }).items).toHaveLength(0);

    // a second proctor → saved
    await pickOptions(page, room.getByTestId('room-proctors'), [PROCTORS[1]]);
    await page.getByTestId('session-ok').click();
    await page.getByTestId('session-form').waitFor({ state: 'detached' });
    const row = page.getByTestId(`session-row-${SESSION}`);
    await poll(() => row.textContent()).toContain('90');
    const rooms = page.getByTestId('session-rooms');
    for (const name of PROCTORS) await poll(() => rooms.textContent()).toContain(name);
    expect(await row.getByTestId('session-time').textContent()).toContain(beijing(startsAt));
    await shot(page, 'exam-06-session-saved');

    // 考评员: the two demo examiners mark
    await page.getByTestId('plan-tab-markers').click();
    await pickOptions(page, page.getByTestId('markers-select'), [...MARKERS]);
    await page.getByTestId('markers-save').click();
    await poll(
      async () =>
        ((await (await page.request.get(`${server.url}/api/exam-plans/${planId}`)).json()) as { markers: unknown[] })
          .markers.length,
    ).toBe(2);
  }, 90_000);

  it('a trainee registers (not eligible, reasons shown), the admin overrides and places; the trainee gets the ticket', async () => {
    trainee = await person(DEMO.trainee);
    const t = trainee.page;
    await t.getByTestId('menu-myExams').click();
    await t.getByTestId('my-exams-page').waitFor();
    const open = t.getByTestId(`open-plan-row-${PLAN}`);
    await open.getByTestId('open-plan-register').click();
    // one year of 电子商务师 work is not enough for level 4
    const from = t.getByTestId('elig-work-from').first();
    await from.click();
    await from.fill(`${new Date().getFullYear() - 1}-01-01`);
    await from.press('Enter');
    await t.getByTestId('register-submit').click();
    const registered = t.getByTestId('register-result');
    await poll(() => registered.getAttribute('data-eligible')).toBe('false');
    await poll(() => t.getByTestId('register-reasons').locator('li').count()).toBeGreaterThan(0);
    await shot(t, 'exam-07-not-eligible');
    await t.getByTestId('register-close').click();
    const mine = t.getByTestId(`my-exam-row-${PLAN}`);
    await poll(() => mine.getByTestId('registration-status').getAttribute('data-status')).toBe('ineligible');
    await mine.getByTestId('my-exam-reasons').waitFor();

    // 报名审核: the admin approves by override, with a reason
    const a = admin.page;
    await a.getByTestId('plan-tab-registrations').click();
    const reg = a.getByTestId(`registration-row-${TRAINEE_NAME}`);
    await reg.getByTestId('registration-reasons').waitFor();
    await reg.getByTestId('registration-override').click();
    await a.getByTestId('override-reason').fill('企业在岗证明已核实，同意破格报考');
    await a.getByTestId('override-ok').click();
    await poll(() => reg.getByTestId('registration-override-note').textContent()).toContain('同意破格报考');
    await poll(() => reg.getByTestId('registration-status').getAttribute('data-status')).toBe('approved');

    // 安排座位并生成试卷: a background job with progress
    await a.getByTestId('plan-tab-sessions').click();
    expect(Date.now()).toBeLessThan(startsAt - 5_000);
    await a.getByTestId(`session-row-${SESSION}`).getByTestId('assign-seats').click();
    await a.getByTestId('assign-seats-start').click();
    await a.locator('[data-testid="assign-seats-progress"], [data-testid="assign-error"]').first().waitFor();
    expect(await a.getByTestId('assign-error').count(), 'seat assignment failed').toBe(0);
    await poll(() => a.getByTestId('assign-seats-progress').getAttribute('data-percent'), { timeout: 30_000 }).toBe(
      '100',
    );
    await poll(() => a.getByTestId('assign-result').textContent()).toContain('1');
    await shot(a, 'exam-08-seats-assigned');
    await a.keyboard.press('Escape');

    // the trainee: room, seat, ticket number, the ticket PDF
    await t.reload();
    await poll(() => mine.getByTestId('my-exam-ticket-no').textContent()).toMatch(/^\d{17}$/);
    ticketNo = (await mine.getByTestId('my-exam-ticket-no').textContent()) ?? '';
    expect(await mine.textContent()).toContain(`${ROOM} · 1 号座`);
    expect(await mine.getByTestId('my-exam-time').textContent()).toContain(beijing(startsAt));
    // no result before the exam is taken
    expect(await mine.getByTestId('my-exam-result-text').count()).toBe(0);
    const { file } = await saveDownload(t, () => mine.getByTestId('my-exam-ticket').click(), 'ticket.pdf');
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const enter = mine.getByTestId('my-exam-enter');
    const href = (await enter.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/exam\//);
    attemptId = decodeURIComponent(href.split('/').pop() ?? '');
    await shot(t, 'exam-09-my-exams');
  }, 90_000);

  it('the trainee takes the exam on a phone: waiting room, answers, reload, network lost; the proctor follows', async () => {
    // the exam on another device: a phone-sized screen, signed in on the exam page itself
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const e = await phone.newPage();
    e.setDefaultTimeout(30_000);
    const proctor = await person(DEMO.proctor);
    try {
      await e.goto(`${server.url}/exam/${attemptId}`);
      await e.getByTestId('login-form').waitFor();
      await e.getByTestId('login-account').fill(DEMO.trainee);
      await e.getByTestId('login-password').fill('CrossSkill2026');
      await e.getByTestId('login-submit').click();
      await e.getByTestId('identity-screen').waitFor();
      expect(await e.getByTestId('identity-name').textContent()).toBe(TRAINEE_NAME);
      expect(await e.getByTestId('identity-ticket').textContent()).toBe(ticketNo);
      await e.getByTestId('confirm-identity').click();
      await e.getByTestId('waiting-room').waitFor();
      await poll(() => e.getByTestId('waiting-countdown').textContent()).toMatch(/\d+:\d\d/);
      expect(await e.getByTestId('start-exam').isDisabled()).toBe(true);
      await shot(e, 'exam-10-waiting-room');

      // the proctor's room before the start: the trainee has confirmed identity
      const p = proctor.page;
      await p.getByTestId('menu-proctoring').click();
      await p.getByTestId('proctor-rooms-page').waitFor();
      await p
        .locator('[data-testid^="proctor-rooms-row-"]', { hasText: PLAN })
        .locator('[data-testid^="proctor-enter-"]')
        .click();
      await p.getByTestId('proctor-room-page').waitFor();
      const seat = p.getByTestId('proctor-room-row-1');
      await poll(() => seat.getByTestId('proctor-status-1').textContent()).toContain('已确认身份');

      // the clock must pass: the start button opens at the session time
      await poll(() => e.getByTestId('start-exam').isEnabled(), {
        timeout: Math.max(10_000, startsAt - Date.now() + 20_000),
        interval: 1000,
      }).toBe(true);
      await e.getByTestId('start-exam').click();
      await e.getByTestId('exam-timer').waitFor();
      const seconds = async () => Number(await e.getByTestId('exam-timer').getAttribute('data-seconds'));
      expect(await seconds()).toBeGreaterThan(88 * 60);
      expect(await seconds()).toBeLessThanOrEqual(90 * 60);
      const saveState = () => e.getByTestId('save-status').getAttribute('data-state');

      // one-question view: answer 1–3, flag 2
      expect(await e.getByTestId('view-toggle').getAttribute('data-view')).toBe('single');
      await answer(e, 1);
      await e.getByTestId('nav-next').click();
      await answer(e, 2);
      await e.getByTestId('item-2').getByTestId('flag-toggle').click();
      await e.getByTestId('nav-next').click();
      await answer(e, 3);
      // the answer sheet: jump to 40
      await e.getByTestId(`sheet-${J}`).click();
      await e.getByTestId(`item-${J}`).waitFor();
      await answer(e, J);
      expect(await e.getByTestId('sheet-1').getAttribute('data-answered')).toBe('true');
      expect(await e.getByTestId('sheet-2').getAttribute('data-flagged')).toBe('true');
      expect(await e.getByTestId('sheet-4').getAttribute('data-answered')).toBe('false');
      expect(await e.getByTestId('sheet-summary').textContent()).toBe(`已答 4 / ${ITEM_COUNT}`);
      // the whole paper: every item on one page
      await e.getByTestId('view-toggle').click();
      await poll(() => e.getByTestId('view-toggle').getAttribute('data-view')).toBe('all');
      await poll(() => e.locator('article.item').count()).toBe(ITEM_COUNT);
      await answer(e, J + 1);
      await poll(saveState, { timeout: 15_000 }).toBe('saved');
      await shot(e, 'exam-11-answered', { fullPage: false });

      // the proctor sees the progress and the connection
      await poll(() => seat.getByTestId('proctor-progress-1').textContent(), { timeout: 20_000 }).toContain(
        `5/${ITEM_COUNT}`,
      );
      expect(await seat.getByTestId('proctor-connection-1').getAttribute('data-state')).toBe('online');
      expect(await seat.getByTestId('proctor-status-1').textContent()).toContain('作答中');

      // RELOAD mid-way: answers, flag, view and position come back
      const before = await snapshot(e);
      await e.reload();
      await e.getByTestId('exam-timer').waitFor();
      await poll(() => e.getByTestId(`sheet-${J + 1}`).getAttribute('data-answered')).toBe('true');
      expect(await snapshot(e)).toEqual(before);
      expect(await e.getByTestId('view-toggle').getAttribute('data-view')).toBe('all');
      expect(await e.getByTestId(`sheet-${J + 1}`).getAttribute('aria-current')).toBe('step');
      expect(await e.getByTestId('item-1').locator('input:checked').count()).toBeGreaterThan(0);
      await poll(saveState).toBe('saved');

      // the network goes away: two more answers are kept in the browser and the page says so
      await phone.setOffline(true);
      await answer(e, J + 2);
      await poll(saveState).toBe('offline');
      await answer(e, J + 3);
      expect(await e.getByTestId(`sheet-${J + 3}`).getAttribute('data-answered')).toBe('true');
      await poll(saveState).toBe('offline');
      expect(await e.getByTestId('save-status').textContent()).not.toContain('全部已保存');
      await shot(e, 'exam-12-offline', { fullPage: false });
      const queued = await e.evaluate(() =>
        JSON.stringify(
          Object.entries((globalThis as unknown as { localStorage: Record<string, string> }).localStorage),
        ),
      );
      expect(queued).toContain(attemptId);
      // back online: the queue is sent, the page says saved
      await phone.setOffline(false);
      await poll(saveState, { timeout: 20_000 }).toBe('saved');
      await poll(() => seat.getByTestId('proctor-progress-1').textContent(), { timeout: 20_000 }).toContain(
        `7/${ITEM_COUNT}`,
      );

      // the proctor's log shows the outage
      const events = p.getByTestId('proctor-events');
      await poll(() => events.locator('[data-testid="proctor-event"][data-kind="offline"]').count(), {
        timeout: 20_000,
      }).toBeGreaterThan(0);
      const online = events.locator('[data-testid="proctor-event"][data-kind="online"]');
      expect(await online.count()).toBeGreaterThan(0);
      // the outage is logged when it began (the page's time), not when the log reached the server after it
      const offlineAt = await events
        .locator('[data-testid="proctor-event"][data-kind="offline"]')
        .first()
        .getAttribute('data-at');
      expect(Date.parse(offlineAt ?? '')).toBeLessThan(
        Date.parse((await online.first().getAttribute('data-at')) ?? ''),
      );
      expect(await events.locator('[data-testid="proctor-event"][data-kind="started"]').count()).toBeGreaterThan(0);

      // 5 minutes extra time: the candidate's timer jumps at the next contact
      await seat.getByTestId('proctor-actions-1').click();
      await p.getByTestId('proctor-extra-time').click();
      await setNumber(p.getByTestId('proctor-minutes'), 5);
      await p.getByTestId('proctor-reason').fill('设备故障耽误时间');
      await p.getByTestId('proctor-action-ok').click();
      await p.getByTestId('proctor-action-modal').waitFor({ state: 'hidden' });
      await poll(() => events.locator('[data-testid="proctor-event"][data-kind="extra_time"]').count()).toBe(1);
      await shot(p, 'exam-13-proctor');
      const beforeExtra = await seconds();
      await answer(e, J + 4);
      await poll(seconds, { timeout: 25_000 }).toBeGreaterThan(beforeExtra + 240);

      // submit with the confirmation
      await poll(saveState).toBe('saved');
      await e.getByTestId('submit').click();
      await e.getByTestId('submit-dialog').waitFor();
      expect(await e.getByTestId('submit-summary').textContent()).toContain(`共 ${ITEM_COUNT} 题，已答 8 题`);
      await e.getByTestId('submit-confirm').click();
      await e.getByTestId('exam-submitted').waitFor();
      await shot(e, 'exam-14-submitted', { fullPage: false });
      await poll(() => seat.getByTestId('proctor-status-1').textContent(), { timeout: 20_000 }).toContain('已交卷');
    } finally {
      await phone.close();
      await proctor.context.close();
    }
  }, 240_000);

  it('the result: 100-point total, pass or fail, and the per-function breakdown; staff see distribution and export', async () => {
    // objective paper → final at submission
    const t = trainee.page;
    await t.goto(`${server.url}/my-exams`);
    const mine = t.getByTestId(`my-exam-row-${PLAN}`);
    await poll(() => mine.getByTestId('my-exam-result-text').textContent()).toContain('不合格');
    await mine.getByTestId('my-exam-result').click();
    await t.getByTestId('my-exam-detail-page').waitFor();
    const score = Number(
      (await t.getByTestId('my-exam-score').locator('.ant-statistic-content-value').textContent()) ?? 'NaN',
    );
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThan(60);
    expect(await t.getByTestId('my-exam-passed').getAttribute('data-passed')).toBe('false');
    const rows = t.getByTestId('result-breakdown-table').locator('tbody tr.ant-table-row');
    await poll(() => rows.count()).toBe(WEIGHT_ROWS.length);
    expect(await cellTexts(rows, 1)).toEqual(WEIGHT_ROWS.map(([item]) => item));
    expect(await cellTexts(rows, 2)).toEqual(WEIGHT_ROWS.map(([, w]) => `${w}%`));
    const available = (await cellTexts(rows, 4)).map(Number);
    expect(available.reduce((s, x) => s + x, 0)).toBeCloseTo(100, 6);
    const scored = (await cellTexts(rows, 3)).map(Number);
    expect(scored.reduce((s, x) => s + x, 0)).toBeCloseTo(score, 1);
    await t.getByTestId('result-breakdown-chart').locator('canvas, svg').first().waitFor();
    await shot(t, 'exam-15-result');

    // staff: 成绩统计 with the distribution, the table and the Excel export
    const a = admin.page;
    await a.goto(`${server.url}/exam-results/${planId}`);
    await a.getByTestId('plan-results-page').waitFor();
    await poll(() => a.getByTestId('results-count').textContent()).toContain('1');
    await a.getByTestId('results-distribution').locator('canvas, svg').first().waitFor();
    await a.getByTestId('results-functions').locator('canvas, svg').first().waitFor();
    await shot(a, 'exam-16-statistics');
    await a.getByTestId('results-tab-table').click();
    const row = a.getByTestId(`results-row-${ticketNo}`);
    await poll(() => row.textContent()).toContain(TRAINEE_NAME);
    expect(await row.textContent()).toContain('不合格');
    const { file } = await saveDownload(a, () => a.getByTestId('results-export').click(), 'results.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('the export has no sheet');
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    expect(header).toEqual(expect.arrayContaining(['准考证号', '姓名', '总分', '合格/不合格']));
    for (const [item, w] of WEIGHT_ROWS) expect(header).toContain(`${item}（${w}）`);
    expect(JSON.stringify(sheet.getRow(2).values)).toContain(ticketNo);
    await admin.context.close();
    await trainee.context.close();
  }, 60_000);
});

/** A new bank, filled from the sample file the import dialog offers; its tagged drafts activated at once. */
async function importSampleBank(page: Page): Promise<void> {
  // a new bank, filled from the sample file offered by the import dialog
  await page.getByTestId('menu-questionBanks').click();
  await page.getByTestId('qb-banks-page').waitFor();
  await page.getByTestId('qb-create-bank').click();
  await page.getByTestId('qb-bank-name').fill(BANK);
  await page.getByTestId('qb-bank-ok').click();
  await page.getByTestId('qb-bank-page').waitFor();
  await page.getByTestId('qb-import').click();
  const { d, file } = await saveDownload(page, () => page.getByTestId('qb-import-sample').click(), 'sample.xlsx');
  expect(d.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sampleRows = (wb.getWorksheet('试题')?.actualRowCount ?? 0) - 1;
  expect(sampleRows).toBeGreaterThanOrEqual(180);

  await page.getByTestId('qb-import-upload').locator('input[type=file]').setInputFiles(file);
  await poll(() => page.getByTestId('qb-import-file').textContent()).toContain('sample.xlsx');
  await page.getByTestId('qb-import-start').click();
  await page.getByTestId('qb-import-report').waitFor({ timeout: 60_000 });
  await poll(() => page.getByTestId('qb-import-progress').getAttribute('data-percent')).toBe('100');
  expect(await page.getByTestId('qb-import-report').getAttribute('data-ok')).toBe('true');
  await poll(() => page.getByTestId('qb-import-imported').textContent()).toContain(`已导入 ${sampleRows} 道`);
  await shot(page, 'exam-01-sample-imported', { fullPage: false });
  await page.getByTestId('qb-import-close').click();

  // the imported drafts are tagged: activate them all at once
  await page.getByTestId('qb-activate-all-tagged').click();
  await page.getByTestId('qb-activate-all-tagged-ok').click();
  const activate = page.getByTestId('qb-activate-all-tagged');
  await poll(() => activate.getAttribute('class'), { timeout: 60_000 }).not.toContain('ant-btn-loading');
  // every imported item is now 已启用, none left a draft
  const table = page.getByTestId('qb-questions-table');
  await page.getByTestId('qb-filter-status').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '已启用' }).click();
  await poll(() => page.getByTestId('qb-questions').locator('.ant-pagination-total-text').textContent()).toContain(
    `共 ${sampleRows} 条`,
  );
  await poll(() => table.locator('tbody tr[data-status="active"]').count()).toBe(20);
  await page.getByTestId('qb-filter-status').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '草稿' }).click();
  await poll(() => table.locator('tbody tr[data-status]').count()).toBe(0);
}

async function setBlueprint(page: Page, bp: typeof BLUEPRINT): Promise<void> {
  for (const [type, [count, points]] of Object.entries(bp.types)) {
    await setNumber(page.getByTestId(`blueprint-count-${type}`), count);
    await setNumber(page.getByTestId(`blueprint-points-${type}`), points);
  }
  for (const type of ['fill_blank', 'short_answer', 'case_analysis']) {
    await setNumber(page.getByTestId(`blueprint-count-${type}`), 0);
  }
  for (const [d, pct] of Object.entries(bp.mix)) await setNumber(page.getByTestId(`blueprint-mix-${d}`), pct);
}

/** Answers item n (whatever its type): 判断 → 对, 单选 → A, 多选 → A and B. */
async function answer(e: Page, n: number): Promise<void> {
  const item = e.getByTestId(`item-${n}`);
  await item.scrollIntoViewIfNeeded();
  if ((await item.getByTestId('option-true').count()) > 0) {
    await item.getByTestId('option-true').click();
  } else {
    await item.getByTestId('option-A').click();
    if ((await item.locator('input[type=checkbox]').count()) > 0) await item.getByTestId('option-B').click();
  }
  await poll(() => e.getByTestId(`sheet-${n}`).getAttribute('data-answered')).toBe('true');
}

/** The answer sheet as the candidate sees it: per position answered / flagged. */
async function snapshot(e: Page): Promise<string[]> {
  return e
    .locator('[data-testid^="sheet-"][data-answered]')
    .evaluateAll((cells) =>
      cells.map(
        (c) => `${c.getAttribute('data-testid')}:${c.getAttribute('data-answered')}:${c.getAttribute('data-flagged')}`,
      ),
    );
}
