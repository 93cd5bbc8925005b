// Browser tests of signing in, the shell and the host turning a tier off and on: Debian's Chromium driven by
// playwright-core against a running host (PIKAR_URL).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { base, inPage as inContext, launchBrowser, signIn, submitSignIn } from './support.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => browser?.close());

const inPage = (name, scenario) => inContext(browser, name, scenario);

/** The host admin switches every Solopreneur feature of a tenant, then saves. */
async function toggleSolopreneur(name) {
  await inPage(`host-toggles-solopreneur-${name}`, async (page) => {
    await signIn(page, '', 'admin');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByText('Tenants').click();
    await page.getByRole('link', { name: `Features of ${name}` }).click();
    await page.getByRole('tab', { name: 'Solopreneur' }).click();
    for (const feature of ['Social performance', 'Content capsules', 'Schedule assistant', 'Invoicing']) {
      await page.getByRole('switch', { name: feature }).click();
    }
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  });
}

test('a tenant admin signs in and pages through the users of the tenant', () =>
  inPage('tenant-admin-users', async (page) => {
    await signIn(page, 'solo', 'admin');
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    await navigation.getByText('Users').click();

    await page.getByRole('cell', { name: 'alex', exact: true }).waitFor();
    assert.match(await page.getByLabel('Signed in as').innerText(), /admin · solo/);

    const role = `e2e-${Date.now().toString(36)}`;
    await navigation.getByText('Roles').click();
    const form = page.getByRole('form', { name: 'New role' });
    await form.getByLabel('Role name').fill(role);
    await form.getByRole('button', { name: 'Create role' }).click();
    await page.getByRole('cell', { name: role, exact: true }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Delete admin' }).count(), 0);
  }));

test('a staff member without Identity.Users gets the 403 page on a deep link', () =>
  inPage('staff-deep-link', async (page) => {
    await signIn(page, 'solo', 'sam');
    await page.getByLabel('Signed in as').waitFor();
    assert.equal(await page.getByRole('navigation', { name: 'Main navigation' }).getByText('Users').count(), 0);

    await page.goto(`${base}/identity/users`);
    await page.getByRole('heading', { name: '403 — not allowed' }).waitFor();
  }));

test('a wrong password keeps the visitor on the sign-in page with a message', () =>
  inPage('wrong-password', async (page) => {
    await submitSignIn(page, 'solo', 'admin', 'not-the-password');

    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /Invalid user name or password/);
  }));

test('the host admin creates a tenant whose admin can sign in at once', async () => {
  const name = `e2e${Date.now().toString(36)}`;
  await inPage('host-creates-tenant', async (page) => {
    await signIn(page, '', 'admin');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByText('Tenants').click();
    await page.getByRole('button', { name: 'New tenant' }).click();
    const form = page.getByRole('form', { name: 'New tenant' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Edition').click();
    await page.getByRole('option', { name: 'Startup' }).click();
    await form.getByLabel('Admin email').fill(`admin@${name}.test`);
    await form.getByLabel('Admin password').fill('1q2w3E*');
    await form.getByRole('button', { name: 'Create' }).click();

    await page.getByRole('cell', { name, exact: true }).waitFor();

    // The audit trail shows the creation with the new tenant's values (logs are written in the background).
    await page.getByRole('navigation', { name: 'Main navigation' }).getByText('Audit logs').click();
    const filters = page.getByRole('form', { name: 'Audit log filters' });
    await filters.getByLabel('URL contains').fill('/api/multi-tenancy/tenants');
    const firstLog = page.getByRole('row').nth(1).getByRole('link');
    for (let attempt = 0; attempt < 20 && !(await firstLog.isVisible()); attempt++) {
      await filters.getByRole('button', { name: 'Search' }).click();
      await page.waitForTimeout(250);
    }
    await firstLog.click();
    const created = page.getByRole('region', { name: 'Created Pikar.TenantManagement.Tenants.Tenant' });
    await created.getByRole('row').filter({ hasText: 'Name' }).filter({ hasText: name }).first().waitFor();
  });

  await inPage('new-tenant-admin', async (page) => {
    await signIn(page, name, 'admin');
    await page.getByLabel('Signed in as').waitFor();
    assert.match(await page.getByLabel('Signed in as').innerText(), new RegExp(`admin · ${name}`));
    await page.getByRole('listitem').filter({ hasText: 'Solopreneur: on' }).waitFor();
  });

  await toggleSolopreneur(name);

  await inPage('tenant-sees-solopreneur-off', async (page) => {
    await signIn(page, name, 'admin');
    await page.getByRole('listitem').filter({ hasText: 'Solopreneur: off' }).waitFor();
  });

  // The host turns the tier back on, and the tenant's admin sees it again at the next sign-in.
  await toggleSolopreneur(name);

  await inPage('tenant-sees-solopreneur-on-again', async (page) => {
    await signIn(page, name, 'admin');
    await page.getByRole('listitem').filter({ hasText: 'Solopreneur: on' }).waitFor();
  });
});
