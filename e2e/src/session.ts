import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** The demo data's accounts (seeded on an empty database; see README "Demo accounts"). */
export const DEMO_PASSWORD = 'CrossSkill2026';
export const DEMO = {
  platformAdmin: '13800000001',
  institutionAdmin: '13800000002',
  lecturer: '13800000003',
  trainee: '13800000004',
  proctor: '13800000005',
  examiner: '13800000006',
  enterpriseHr: '13800000008',
  proctor2: '13800000009',
  examiner2: '13800000010',
} as const;

/** A fresh browser context as a Chinese user on a laptop screen (downloads allowed). */
export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** Logs in through the login page and waits for the application's menu. */
export async function logIn(page: Page, baseUrl: string, account: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-account').fill(account);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.getByTestId('side-menu').waitFor();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await page.getByTestId('login-page').waitFor();
}

/** Set SHOTS=/some/dir to keep screenshots (full page unless told otherwise) of what the tests saw. */
export async function shot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  const dir = process.env.SHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage });
}
