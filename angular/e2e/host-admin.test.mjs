// Browser tests of the host admin's pages: Debian's Chromium driven by playwright-core against a running host (PIKAR_URL).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { inPage as inContext, launchBrowser, openPage, signIn, unique } from './support.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => browser?.close());

const inPage = (name, scenario) => inContext(browser, name, scenario);

/** Narrows the list to one name through the API's filter. */
async function filterTo(page, name) {
  const filter = page.getByRole('searchbox', { name: 'Filter' });
  await filter.fill(name);
  await filter.press('Enter');
  await page.getByRole('cell', { name, exact: true }).waitFor();
}

test('the host admin sees the API docs and jobs dashboard links', () =>
  inPage('host-links', async (page) => {
    await signIn(page, '', 'admin');
    const tools = page.getByRole('navigation', { name: 'Host tools' });

    assert.equal(await tools.getByRole('link', { name: /API docs/ }).getAttribute('href'), '/scalar/');
    assert.equal(await tools.getByRole('link', { name: /Jobs dashboard/ }).getAttribute('href'), '/hangfire');
  }));

test('the host admin sets a limit for a new edition, sees it kept after a reload, and resets it', () =>
  inPage('host-edition-features', async (page) => {
    const name = unique('ed');
    await signIn(page, '', 'admin');
    await openPage(page, 'Editions');
    await page.getByRole('button', { name: 'New edition' }).click();
    const form = page.getByRole('form', { name: 'New edition' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Display name').fill(`Edition ${name}`);
    await form.getByRole('button', { name: 'Create' }).click();
    await filterTo(page, name);

    await page.getByRole('link', { name: `Features of ${name}` }).click();
    await page.getByRole('heading', { name: `Features of Edition ${name}` }).waitFor();
    await page.getByRole('tab', { name: 'Platform' }).click();
    const seats = page.getByLabel('Users (seats)');
    assert.equal(await seats.inputValue(), '3');

    await seats.fill('-1');
    await seats.blur();
    await page.getByText('Must be from 0 to 1000000.').waitFor();
    await seats.fill('42');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await page.reload();
    await page.getByRole('tab', { name: 'Platform' }).click();
    assert.equal(await page.getByLabel('Users (seats)').inputValue(), '42');
    await page.getByRole('listitem').filter({ hasText: 'set for this edition' }).waitFor();

    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await page.getByRole('status').filter({ hasText: 'Reset.' }).waitFor();
    assert.equal(await page.getByLabel('Users (seats)').inputValue(), '3');
  }));

test('the host admin renames a tenant, moves it to another edition, then deletes it after confirming', () =>
  inPage('host-edits-and-deletes-tenant', async (page) => {
    const name = unique('t');
    const renamed = `${name}-renamed`;
    await signIn(page, '', 'admin');
    await openPage(page, 'Tenants');
    await page.getByRole('button', { name: 'New tenant' }).click();
    const form = page.getByRole('form', { name: 'New tenant' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Edition').click();
    await page.getByRole('option', { name: 'Startup' }).click();
    await form.getByLabel('Admin email').fill(`admin@${name}.test`);
    await form.getByLabel('Admin password').fill('1q2w3E*');
    await form.getByRole('button', { name: 'Create' }).click();
    await filterTo(page, name);

    await page.getByRole('button', { name: `Edit ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Edit tenant ${name}` });
    await dialog.getByLabel('Name').fill(renamed);
    await dialog.getByLabel('Edition').click();
    await page.getByRole('option', { name: 'SME' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await filterTo(page, renamed);
    await page.getByRole('row').filter({ hasText: renamed }).getByRole('cell', { name: 'SME', exact: true }).waitFor();

    await page.getByRole('button', { name: `Delete ${renamed}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Delete the tenant ${renamed}?` });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: renamed, exact: true }).waitFor();

    await page.getByRole('button', { name: `Delete ${renamed}` }).click();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('No tenants match.').waitFor();
  }));
