// Browser tests of the notification bell and the connected accounts, in the demo tenants sme, enterprise and startup
// (startup only gains accounts here: no test counts its connections).
// They expect a fresh host: the demo data's welcome notification unread and enterprise's Facebook account connected.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible } from './axe.mjs';
import { confirm, inPage as inContext, launchBrowser, openPage, settled, signIn } from './support.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => browser?.close());

const inPage = (name, scenario) => inContext(browser, name, scenario);

const providers = ['X', 'LinkedIn', 'Facebook'];

/** The bell once it has its unread count; fails clearly when nothing is unread (the demo welcome was read before). */
async function bellWithUnread(page) {
  const bell = page.getByRole('button', { name: /^Notifications, \d+ unread$/ });
  try {
    await bell.waitFor({ timeout: 10_000 });
  } catch {
    const name = await page.getByRole('button', { name: /^Notifications/ }).getAttribute('aria-label');
    assert.fail(`The bell shows no unread notification ("${name}"): the demo welcome was read before; start a fresh host.`);
  }
  return bell;
}

const unreadIn = (name) => Number(/(\d+) unread/.exec(name)?.[1] ?? 0);

/** Opens the bell's panel and waits until its notifications have loaded. */
async function openBell(page, bell) {
  await bell.click();
  const panel = page.getByRole('dialog', { name: 'Notifications' });
  await panel.waitFor();
  await settled(page);
  return panel;
}

/** The table's rows of connected accounts (the header row has no cells). */
const accountRows = (page) => page.getByRole('row').filter({ has: page.getByRole('cell') });
const accountRow = (page, provider) => accountRows(page).filter({ has: page.getByRole('cell', { name: provider, exact: true }) });

test('a tenant admin finds the welcome in the bell; clicking it marks it read and opens the users page', () =>
  inPage('bell-welcome', async (page) => {
    await signIn(page, 'sme', 'admin');
    const bell = await bellWithUnread(page);
    const unread = unreadIn(await bell.getAttribute('aria-label'));
    assert.equal(await bell.locator('.mat-badge-content').innerText(), String(unread), 'the badge shows the unread count');

    const panel = await openBell(page, bell);
    const welcome = panel.getByRole('button', { name: /Welcome to Pikar/ });
    assert.equal(await welcome.count(), 1, 'the panel lists the demo welcome');
    assert.match((await welcome.innerText()).replace(/\s+/g, ' '), /Info.*Unread/, 'the welcome is unread and tells its severity in words');
    await welcome.click();

    await page.waitForURL(/\/identity\/users$/);
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    const after = unread - 1 === 0 ? 'Notifications, none unread' : `Notifications, ${unread - 1} unread`;
    await page.getByRole('button', { name: after, exact: true }).waitFor();
    assert.equal(await page.getByRole('dialog', { name: 'Notifications' }).count(), 0, 'the panel closed');
  }));

test("the demo tenant's connections page lists its three sandbox accounts", () =>
  inPage('connections-list', async (page) => {
    await signIn(page, 'sme', 'admin');
    await openPage(page, 'Connections');

    assert.equal(await accountRows(page).count(), 3);
    for (const provider of providers) {
      const row = accountRow(page, provider);
      assert.equal(await row.count(), 1, `one ${provider} account`);
      assert.match(await row.innerText(), /Sandbox/, `the ${provider} account is labelled Sandbox`);
    }
  }));

test('the connections page and the open notifications panel have no serious accessibility violations', () =>
  inPage('a11y-connections-bell', async (page) => {
    await signIn(page, 'enterprise', 'admin');
    await openPage(page, 'Connections');
    await accountRows(page).first().waitFor();
    await assertAccessible(page, 'The connections page');

    const bell = page.getByRole('button', { name: /^Notifications/ });
    const panel = await openBell(page, bell);
    await panel.getByRole('listitem').first().waitFor();
    await assertAccessible(page, 'The open notifications panel');

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    assert.equal(await bell.evaluate((button) => button === document.activeElement), true, 'Escape gives the focus back to the bell');
  }));

test("a tenant admin disconnects the Facebook account after confirming, and it leaves the list", () =>
  inPage('connections-disconnect', async (page) => {
    await signIn(page, 'enterprise', 'admin');
    await openPage(page, 'Connections');
    await accountRows(page).first().waitFor();
    assert.equal(
      await accountRow(page, 'Facebook').count(),
      1,
      'enterprise has no Facebook connection left to disconnect: a run before this one removed it; start a fresh host.',
    );

    await page.getByRole('button', { name: 'Disconnect Facebook Pikar Demo Page' }).click();
    await confirm(page, 'Disconnect the Facebook account Pikar Demo Page?', 'Disconnect');

    await page.getByRole('status').filter({ hasText: 'Disconnected the Facebook account Pikar Demo Page.' }).waitFor();
    assert.equal(await accountRow(page, 'Facebook').count(), 0);
    assert.equal(await accountRows(page).count(), 2, 'the X and LinkedIn accounts stay');
  }));

test('a tenant admin connects an X sandbox account through the consent popup, and it joins the list', () =>
  inPage('connections-connect', async (page) => {
    // At most 15 letters, digits and underscores, as an X handle.
    const handle = `e2e${Date.now().toString(36).slice(-8)}`;
    await signIn(page, 'startup', 'admin');
    await openPage(page, 'Connections');

    const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Connect X (sandbox)' }).click()]);
    await popup.getByRole('note').filter({ hasText: /^Sandbox:/ }).waitFor();
    await popup.getByLabel('Sandbox account').fill(handle);
    // The popup closes itself once the account is connected: listen before it can.
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Authorize app' }).click();
    await closed;

    await page.getByRole('status').filter({ hasText: 'Connected the account.' }).waitFor();
    const row = accountRows(page).filter({ hasText: `@${handle}` });
    assert.equal(await row.count(), 1, `one account @${handle}`);
    assert.match(await row.innerText(), /Sandbox/, 'the new account is labelled Sandbox');
    assert.equal(await row.getByRole('cell', { name: 'X', exact: true }).count(), 1, 'the new account is an X account');
  }));

test('a tenant admin connects a LinkedIn sandbox page through the consent popup, and it joins the list', () =>
  inPage('connections-connect-linkedin', async (page) => {
    // At most 30 letters, digits and underscores, as a LinkedIn sandbox member; each member names its page once.
    const member = `e2e_${Date.now().toString(36)}`;
    const organization = `E2E Page ${member}`;
    await signIn(page, 'startup', 'admin');
    await openPage(page, 'Connections');

    const connect = page.getByRole('group', { name: 'Connect an account' }).getByRole('button', { name: 'Connect LinkedIn (sandbox)' });
    const [popup] = await Promise.all([page.waitForEvent('popup'), connect.click()]);
    await popup.getByRole('note').filter({ hasText: /^Sandbox:/ }).waitFor();
    await popup.getByLabel('Sandbox member').fill(member);
    await popup.getByLabel('Organization page you administer').fill(organization);
    // The popup closes itself once the account is connected: listen before it can.
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Allow', exact: true }).click();
    await closed;

    await page.getByRole('status').filter({ hasText: 'Connected the account.' }).waitFor();
    const row = accountRows(page).filter({ hasText: organization });
    assert.equal(await row.count(), 1, `one account ${organization}`);
    assert.match(await row.innerText(), /Sandbox/, 'the new account is labelled Sandbox');
    assert.equal(await row.getByRole('cell', { name: 'LinkedIn', exact: true }).count(), 1, 'the new account is a LinkedIn account');
    assert.match(await row.innerText(), /Healthy/, 'the new account is healthy');
    assert.equal(await row.getByRole('button', { name: /^Reconnect / }).count(), 0, 'a healthy account is not offered reconnecting');
  }));
