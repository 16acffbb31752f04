import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { type RunningServer, startServer } from './server.js';
import { DEMO_PASSWORD, logIn as logInAt, logOut, openPage } from './session.js';

const DEMO_INSTITUTION = '徐州跨境电商职业培训学校（演示）';

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

const newPage = async (): Promise<Page> => (await openPage(browser)).page;
const logIn = (page: Page, account: string, password: string) => logInAt(page, server.url, account, password);

describe('foundation in Chromium, in Chinese', () => {
  it('a new trainee registers, logs in, sees only their menu, and logs out', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/register`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.getByTestId('register-name').fill('黄小明');
    await page.getByTestId('register-mobile').fill('13911112222');
    await page.getByTestId('register-password').fill('Huang2026ok');
    await page.getByTestId('register-confirm-password').fill('Huang2026ok');
    await page.getByTestId('register-id-number').fill('11010519491231002X');
    await page.getByTestId('register-institution').click();
    await page.locator('.ant-select-item-option', { hasText: DEMO_INSTITUTION }).click();
    await page.getByTestId('register-submit').click();

    await page.getByTestId('login-page').waitFor();
    expect(await page.getByTestId('login-notice').textContent()).toMatch(/注册成功/);
    await logIn(page, '13911112222', 'Huang2026ok');

    const menu = page.getByTestId('side-menu');
    expect(await menu.getByTestId('menu-home').textContent()).toBe('工作台');
    expect(await menu.getByTestId('menu-profile').textContent()).toBe('个人资料');
    for (const adminOnly of ['menu-orgs', 'menu-members', 'menu-users', 'menu-audit', 'menu-outbox']) {
      expect(await menu.getByTestId(adminOnly).count(), adminOnly).toBe(0);
    }
    // The workbench names the role the registration gave them.
    await page
      .locator('.ant-tag', { hasText: /^学员$/ })
      .first()
      .waitFor();

    // A page the menu does not offer is refused when typed in directly.
    await page.goto(`${server.url}/admin/audit`);
    await page.getByTestId('forbidden').waitFor();

    await logOut(page);
    await page.goto(`${server.url}/`);
    await page.getByTestId('login-page').waitFor();
    await page.context().close();
  });

  it('the platform admin sees the administration menu and the audit log of that registration', async () => {
    const page = await newPage();
    await logIn(page, '13800000001', DEMO_PASSWORD);
    const menu = page.getByTestId('side-menu');
    const labels = await menu.locator('[data-testid^="menu-"]').allTextContents();
    expect(labels).toEqual(
      expect.arrayContaining(['工作台', '组织管理', '成员管理', '用户管理', '审计日志', '通知发件箱']),
    );
    await menu.getByTestId('menu-audit').click();
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.textContent('.ant-table')).toContain('黄小明');
    await logOut(page);
    await page.context().close();
  });

  it('an ID number with a wrong check digit is refused with a message that says so', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/register`);
    await page.getByTestId('register-name').fill('错号');
    await page.getByTestId('register-mobile').fill('13911113333');
    await page.getByTestId('register-password').fill('Wrong2026ok');
    await page.getByTestId('register-confirm-password').fill('Wrong2026ok');
    await page.getByTestId('register-id-number').fill('110105194912310021');
    await page.getByTestId('register-submit').click();
    await page.getByText('校验位').first().waitFor();
    expect(await page.getByTestId('login-page').count()).toBe(0);
    await page.context().close();
  });

  it('ten wrong passwords lock the account, and the page says so in Chinese', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-account').fill('13800000006');
    for (let i = 0; i < 10; i++) {
      await page.getByTestId('login-password').fill(`wrong-${i}-pass`);
      const [res] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/auth/login')),
        page.getByTestId('login-submit').click(),
      ]);
      // The tenth wrong password is still answered as wrong; it sets the lock.
      expect(res.status()).toBe(401);
    }
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByText('账号已临时锁定').waitFor();
    await page.context().close();
  });
});
