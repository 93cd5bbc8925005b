// Browser tests of accessibility: axe-core finds no serious or critical violation on the main pages, and the
// sign-in page and a dialog work with the keyboard alone.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible } from './axe.mjs';
import { base, inPage, launchBrowser, openPage, settled, signIn, unique } from './support.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => browser?.close());

/** What has the focus: its label (for a field) or its text (for a button or link). */
const focused = (page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    const label = element?.id ? document.querySelector(`label[for="${element.id}"]`) : element?.closest('label');
    return (label?.textContent ?? element?.getAttribute('aria-label') ?? element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

/** Presses Tab until the element named `name` has the focus; returns what got the focus on the way. */
async function tabTo(page, name, limit = 30) {
  const passed = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const current = await focused(page);
    passed.push(current);
    if (current === name) {
      return passed;
    }
  }
  assert.fail(`Tab did not reach ${name}; it went through: ${passed.join(' → ')}`);
}

const focusInDialog = (page) => page.waitForFunction(() => document.activeElement?.closest('mat-dialog-container') != null);

test('the sign-in page has no serious accessibility violations', () =>
  inPage(browser, 'a11y-login', async (page) => {
    await page.goto(`${base}/`);
    await page.waitForURL(/\/account\/login/);

    await assertAccessible(page, 'The sign-in page');
  }));

test("a tenant admin's pages and the New user dialog have no serious accessibility violations", () =>
  inPage(browser, 'a11y-tenant-admin', async (page) => {
    await signIn(page, 'startup', 'admin');
    await page.getByText(/^Users: \d+ (of \d+|\(no limit\))$/).waitFor();
    await assertAccessible(page, 'The home page');

    await openPage(page, 'Users');
    await page.getByRole('cell', { name: 'admin', exact: true }).waitFor();
    await assertAccessible(page, 'The users page');

    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.getByRole('group', { name: 'Roles' }).waitFor();
    await focusInDialog(page);
    await assertAccessible(page, 'The New user dialog');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByText('Required.').first().waitFor();
    await assertAccessible(page, 'The New user dialog showing its errors');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });

    await openPage(page, 'Roles');
    await page.getByRole('cell', { name: /^admin/ }).first().waitFor();
    await assertAccessible(page, 'The roles page');

    await openPage(page, 'Audit logs');
    await assertAccessible(page, 'The audit logs page');
  }));

test("the host admin's pages have no serious accessibility violations", () =>
  inPage(browser, 'a11y-host-admin', async (page) => {
    await signIn(page, '', 'admin');
    await assertAccessible(page, "The host's home page");

    await openPage(page, 'Tenants');
    await page.getByRole('cell', { name: 'startup', exact: true }).waitFor();
    await page.getByRole('button', { name: 'New tenant' }).click();
    await page.getByRole('form', { name: 'New tenant' }).waitFor();
    await assertAccessible(page, 'The tenants page with its New tenant form');

    await page.getByRole('button', { name: 'Delete startup' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete the tenant startup?' });
    await confirm.waitFor();
    await focusInDialog(page);
    await assertAccessible(page, 'The confirmation dialog');
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });

    await openPage(page, 'Editions');
    await page.getByRole('cell', { name: 'Startup', exact: true }).first().waitFor();
    await assertAccessible(page, 'The editions page');

    await page.getByRole('link', { name: 'Features of Startup' }).click();
    await page.getByRole('heading', { name: /^Features of/, level: 1 }).waitFor();
    await page.getByRole('tab').first().waitFor();
    await settled(page);
    await assertAccessible(page, "An edition's features page");
  }));

test('the sign-in page is used with the keyboard alone: Tab goes through the fields in order and Enter signs in', () =>
  inPage(browser, 'keyboard-login', async (page) => {
    await page.goto(`${base}/`);
    await page.waitForURL(/\/account\/login/);

    const typed = { Tenant: 'startup', 'User name or email': 'admin', Password: '1q2w3E*' };
    const order = [];
    for (let i = 0; i < 10 && order.at(-1) !== 'Log in'; i++) {
      await page.keyboard.press('Tab');
      const name = await focused(page);
      order.push(name);
      if (name in typed) {
        await page.keyboard.type(typed[name]);
      }
    }

    const fields = ['Tenant', 'User name or email', 'Password', 'Log in'];
    assert.deepEqual(order.filter((name) => fields.includes(name)), fields, `the focus went ${order.join(' → ')}`);
    assert.equal(order[0], 'Tenant', `the first Tab reaches the tenant; the focus went ${order.join(' → ')}`);

    await page.keyboard.press('Enter');

    await page.getByRole('region', { name: 'Signed in as' }).filter({ hasText: 'admin · startup' }).waitFor();
  }));

test('the New user dialog is opened, filled and cancelled with the keyboard alone', () =>
  inPage(browser, 'keyboard-new-user', async (page) => {
    const name = unique('kb-');
    await signIn(page, 'startup', 'admin');
    await openPage(page, 'Users');
    await page.getByRole('cell', { name: 'admin', exact: true }).waitFor();

    await tabTo(page, 'New user');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.waitFor();
    await focusInDialog(page);
    assert.equal(await focused(page), 'User name', 'the focus lands on the first field of the dialog');
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(`${name}@startup.test`);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kim');
    assert.equal(await dialog.getByLabel('User name').inputValue(), name);
    assert.equal(await dialog.getByLabel('Email').inputValue(), `${name}@startup.test`);
    assert.equal(await dialog.getByLabel('Name', { exact: true }).inputValue(), 'Kim');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await focused(page), 'New user', 'the focus returns to the button that opened the dialog');
    assert.equal(await page.getByRole('cell', { name, exact: true }).count(), 0, 'cancelling creates no user');
  }));
