import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { type RunningServer, startServer } from './server.js';
import { DEMO, logIn, openPage, shot } from './session.js';

// Certificates in the browser, on the demo data: the demo trainee's public certificate (its number is printed in
// the start banner) is verified by anyone without logging in — by number, by number and full name, and by uploading
// its credential JSON (and a tampered copy); an unknown number is not found. The institution admin issues the
// certificates of the finished demo plan's other passing candidates, downloads a PDF and revokes one with a reason:
// the public page says 已撤销 with the date and the public status list has the certificate's bit set. The trainee
// turns the credential's visibility off and on in 我的证书 and sees the share link.

/** The finished demo plan (apps/server/src/demo/seed-demo-results.ts). */
const FINISHED_PLAN = '2026年第三期电子商务师（跨境电子商务师）四级鉴定';
const TRAINEE_NAME = '陈学员';
/** The finished plan's candidates other than the demo trainee who passed (one of the five failed). */
const OTHER_PASSED = 4;
const REVOKE_REASON = '发现报名材料不实，依规撤销（E2E）';

let server: RunningServer;
let browser: Browser;
let tmp: string;
/** The demo trainee's certificate number, from the start banner. */
let demoNumber = '';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cert-e2e-'));
  const m = /演示证书 Demo certificate: (\S+) — (\S+)/.exec(server.output());
  if (!m) throw new Error(`no demo certificate in the start banner:\n${server.output().slice(-3000)}`);
  demoNumber = m[1]!;
  expect(m[2]).toMatch(new RegExp(`/verify/${demoNumber}$`));
}, 240_000);

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') {
    console.error(`server log (tail):\n${server.output().slice(-4000)}`);
    const pages = browser.contexts().flatMap((c) => c.pages());
    for (const [i, p] of pages.entries()) await shot(p, `cert-failed-${i}`).catch(() => undefined);
  }
  for (const c of opened.splice(0)) await c.close().catch(() => undefined);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const opened: BrowserContext[] = [];

async function visitor(): Promise<Page> {
  const p = await openPage(browser);
  opened.push(p.context);
  p.page.setDefaultTimeout(30_000);
  return p.page;
}

async function person(account: string): Promise<Page> {
  const page = await visitor();
  await logIn(page, server.url, account);
  return page;
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

/** ISO/IEC 7064 MOD 37,36 check character (as the numbering scheme appends it). */
function mod3736(body: string): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let p = 36;
  for (const ch of body.toUpperCase()) {
    const a = alphabet.indexOf(ch);
    if (a < 0) continue;
    let s = (p + a) % 36;
    if (s === 0) s = 36;
    p = (s * 2) % 37;
  }
  return alphabet[(37 - p) % 36]!;
}

/** Uploads a JSON file on the verification page's file tab and waits for the verdict. */
async function verifyFile(page: Page, file: string): Promise<{ verdict: string; title: string }> {
  await page.getByTestId('verify-tab-file').click();
  // the upload area's file input (the only one on the page)
  await page.locator('input[type=file]').setInputFiles(file);
  const verdict = page.getByTestId('verify-verdict');
  await verdict.waitFor();
  return {
    verdict: (await verdict.getAttribute('data-verdict')) ?? '',
    title: (await page.getByTestId('verify-verdict-title').textContent()) ?? '',
  };
}

describe('certificates', () => {
  it('lets anyone verify the demo certificate without logging in: number, full name, credential file, tampered copy, unknown number', async () => {
    const page = await visitor();
    await page.goto(`${server.url}/verify/${demoNumber}`);
    const result = page.getByTestId('verify-result');
    await result.waitFor();
    expect(await result.getAttribute('data-status')).toBe('valid');
    expect(await result.textContent()).toContain('有效');
    // the holder's name is masked until the visitor types it in full
    await page.getByTestId('verify-name-masked').waitFor();
    const masked = (await page.getByTestId('verify-holder-name').textContent()) ?? '';
    expect(masked).not.toBe(TRAINEE_NAME);
    expect(masked).toContain('*');
    expect(await page.getByTestId('verify-fact-number').textContent()).toContain(demoNumber);

    await page.getByTestId('verify-name').fill(TRAINEE_NAME);
    await page.getByTestId('verify-submit').click();
    await page.getByTestId('verify-name-match').waitFor();
    expect(await page.getByTestId('verify-holder-name').textContent()).toBe(TRAINEE_NAME);
    await shot(page, 'cert-verify-number');

    // the credential JSON (public: the holder allowed it) verifies offline-style by upload
    const res = await page.request.get(`${server.url}/api/public/certificates/${demoNumber}/credential`);
    expect(res.status()).toBe(200);
    const credential = (await res.json()) as { credentialSubject: Record<string, unknown> };
    const file = path.join(tmp, `${demoNumber}.json`);
    fs.writeFileSync(file, JSON.stringify(credential, null, 2));
    const ok = await verifyFile(page, file);
    expect(ok.verdict).toBe('valid');
    expect(ok.title).toContain('有效');
    await shot(page, 'cert-verify-file');

    // one changed character in the signed document (the holder's name) → 凭证被篡改
    await page.getByTestId('verify-another').click();
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain(`"${TRAINEE_NAME}"`);
    const changed = text.replace(`"${TRAINEE_NAME}"`, `"${TRAINEE_NAME.slice(0, -1)}圆"`);
    const tamperedFile = path.join(tmp, 'tampered.json');
    fs.writeFileSync(tamperedFile, changed);
    const tampered = await verifyFile(page, tamperedFile);
    expect(tampered.verdict).toBe('tampered');
    expect(tampered.title).toContain('凭证被篡改');

    // a well-formed number (right check character) that was never issued → 未找到
    const body = `${demoNumber.slice(0, -1).slice(0, -3)}987`;
    const unknown = `${body}${mod3736(body)}`;
    await page.goto(`${server.url}/verify/${unknown}`);
    await page.getByTestId('verify-not-found').waitFor();
    expect(await page.getByTestId('verify-not-found').textContent()).toContain('未找到');
  }, 180_000);

  it('lets the institution admin issue the plan’s remaining certificates, download a PDF and revoke one (public page and status list)', async () => {
    const page = await person(DEMO.institutionAdmin);
    const me = await apiCall<{ memberships: { orgId: string; role: string }[] }>(page, 'GET', '/api/me');
    const orgId = me.memberships.find((m) => m.role === 'institution_admin')?.orgId ?? '';
    const plans = await apiCall<{ items: { id: string; name: string }[] }>(
      page,
      'GET',
      `/api/orgs/${orgId}/exam-plans`,
    );
    const planId = plans.items.find((p) => p.name === FINISHED_PLAN)?.id ?? '';
    expect(planId).not.toBe('');

    await page.goto(`${server.url}/certificates?org=${orgId}&plan=${planId}`);
    const panel = page.getByTestId('cert-issue-panel');
    await panel.waitFor();
    await expect
      .poll(async () => (await page.getByTestId('cert-eligible-counts').textContent()) ?? '', { timeout: 20_000 })
      .toContain(`${OTHER_PASSED}`);
    await page.getByTestId('cert-issue-all').click();
    const answered = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith(`/api/exam-plans/${planId}/certificates`),
      { timeout: 90_000 },
    );
    await page.getByTestId('cert-issue-confirm').click();
    const answer = await answered;
    // 200: issued in the request; 202: a job (progress bar). Anything else fails here with the server's reason.
    expect([200, 202], `POST certificates answered ${answer.status()}: ${await answer.text()}`).toContain(
      answer.status(),
    );
    // a batch above the synchronous limit runs as a job with a progress bar; this one answers at once
    const done = page.locator(
      '[data-testid="cert-issue-result"], [data-testid="cert-progress"][data-status="succeeded"]',
    );
    await done.first().waitFor({ timeout: 60_000 });
    const summary = page.getByTestId('cert-issue-result');
    await summary.waitFor();
    expect(await summary.getAttribute('data-issued')).toBe(String(OTHER_PASSED));
    await shot(page, 'cert-issued');

    // the registry: the plan's certificates, one PDF downloaded
    const list = await apiCall<{ items: { id: string; number: string; holderName: string; status: string }[] }>(
      page,
      'GET',
      `/api/certificates?planId=${planId}`,
    );
    const issued = list.items.filter((c) => c.number !== demoNumber);
    expect(issued).toHaveLength(OTHER_PASSED);
    const target = issued[0]!;
    await page.goto(`${server.url}/certificates?org=${orgId}&plan=${planId}&tab=registry`);
    await page.getByTestId(`cert-row-${target.number}`).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByTestId(`cert-pdf-${target.number}`).click(),
    ]);
    const pdfFile = path.join(tmp, `${target.number}.pdf`);
    await download.saveAs(pdfFile);
    expect(fs.readFileSync(pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // revoke with a reason
    await page.getByTestId(`cert-revoke-${target.number}`).click();
    await page.getByTestId('cert-revoke-reason').fill(REVOKE_REASON);
    await page.getByTestId('cert-revoke-ok').click();
    await expect
      .poll(async () => page.getByTestId(`cert-status-${target.number}`).getAttribute('data-status'), {
        timeout: 20_000,
      })
      .toBe('revoked');
    await shot(page, 'cert-revoked');

    // the public page: 已撤销 with the date and the reason
    const anyone = await visitor();
    await anyone.goto(`${server.url}/verify/${target.number}`);
    const result = anyone.getByTestId('verify-result');
    await result.waitFor();
    expect(await result.getAttribute('data-status')).toBe('revoked');
    const said = (await result.textContent()) ?? '';
    expect(said).toContain('已撤销');
    // the date as the page's own clock writes it (the browser's time zone)
    const today = await anyone.evaluate(() =>
      new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()),
    );
    expect(said).toContain(today);
    expect(said).toContain(REVOKE_REASON);

    // the public Bitstring Status List has the certificate's bit set (and the demo certificate's not)
    const credentialOf = async (id: string) =>
      apiCall<{ credentialStatus: { statusListIndex: string; statusListCredential: string } }>(
        page,
        'GET',
        `/api/certificates/${id}/credential`,
      );
    const revoked = await credentialOf(target.id);
    expect(revoked.credentialStatus.statusListCredential).toMatch(/\/api\/public\/status-lists\/1$/);
    const statusRes = await anyone.request.get(`${server.url}/api/public/status-lists/1`);
    expect(statusRes.status()).toBe(200);
    const list1 = (await statusRes.json()) as { credentialSubject: { encodedList: string } };
    const encoded = list1.credentialSubject.encodedList;
    expect(encoded.startsWith('u')).toBe(true);
    const bits = zlib.gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
    const bit = (index: number) => (bits[index >> 3]! >> (7 - (index & 7))) & 1;
    expect(bit(Number(revoked.credentialStatus.statusListIndex))).toBe(1);
    const demo = list.items.find((c) => c.number === demoNumber)!;
    expect(bit(Number((await credentialOf(demo.id)).credentialStatus.statusListIndex))).toBe(0);
  }, 240_000);

  it('lets the trainee see the certificate in 我的证书, switch the credential public off and on, and copy the share link', async () => {
    const page = await person(DEMO.trainee);
    await page.goto(`${server.url}/my-certificates`);
    const card = page.getByTestId('my-cert-card');
    await card.waitFor();
    expect(await page.getByTestId('my-cert-number').textContent()).toContain(demoNumber);
    const toggle = page.getByTestId('my-cert-public-switch');
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked'), { timeout: 20_000 }).toBe('false');
    // not public: the credential is no longer downloadable by number
    await expect
      .poll(async () =>
        (await page.request.get(`${server.url}/api/public/certificates/${demoNumber}/credential`)).status(),
      )
      .not.toBe(200);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked'), { timeout: 20_000 }).toBe('true');
    const share = (await page.getByTestId('my-cert-share-link').textContent()) ?? '';
    expect(share).toContain(`/verify/${demoNumber}`);
    await shot(page, 'cert-mine');
  }, 120_000);
});
