// Browser tests of tenant administration: users, roles and their permissions, in the demo tenants.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { confirm, inPage as inContext, launchBrowser, password, signIn, submitSignIn, unique } from './support.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => browser?.close());

const inPage = (name, scenario) => inContext(browser, name, scenario);

const navigation = (page) => page.getByRole('navigation', { name: 'Main navigation' });

/** Clicks the button that opens a dialog, and waits until the dialog has taken the focus (typing earlier may land elsewhere). */
async function openDialog(page, opener, name) {
  await opener.click();
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('mat-dialog-container') != null);
  return dialog;
}

/** Filters the users down to one and opens its actions menu. */
async function openUserActions(page, userName) {
  await navigation(page).getByText('Users').click();
  await page.getByRole('cell', { name: 'admin', exact: true }).waitFor();
  await page.getByLabel('Filter').fill(userName);
  await page.getByLabel('Filter').press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('tr[mat-row]').length === 1);
  await page.getByRole('button', { name: `Actions for ${userName}` }).click();
}

test('a tenant admin creates a role and a user, grants the role a permission, and the user gets the page', async () => {
  const role = unique('auditor-');
  const user = unique('user-');

  await inPage('admin-creates-role-and-user', async (page) => {
    await signIn(page, 'startup', 'admin');

    await navigation(page).getByText('Roles').click();
    const form = page.getByRole('form', { name: 'New role' });
    await form.getByLabel('Role name').fill(role);
    await form.getByRole('button', { name: 'Create role' }).click();
    await page.getByRole('cell', { name: role, exact: true }).waitFor();

    await navigation(page).getByText('Users').click();
    const dialog = await openDialog(page, page.getByRole('button', { name: 'New user' }), 'New user');
    await dialog.getByLabel('User name').fill(user);
    await dialog.getByLabel('Email').fill(`${user}@startup.test`);
    await dialog.getByLabel('Name', { exact: true }).fill('Audrey');
    await dialog.getByLabel('Password').fill(password);
    const roles = dialog.getByRole('group', { name: 'Roles' });
    await roles.getByRole('checkbox', { name: 'staff' }).uncheck();
    await roles.getByRole('checkbox', { name: role }).check();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('status').filter({ hasText: `Created the user ${user}.` }).waitFor();

    await navigation(page).getByText('Roles').click();
    const permissions = await openDialog(page, page.getByRole('button', { name: `Permissions of ${role}` }), `Permissions of role ${role}`);
    await permissions.getByRole('region', { name: 'Audit logging' }).getByRole('checkbox', { name: 'Audit logs' }).check();
    const identity = permissions.getByRole('region', { name: 'Identity management' });
    await identity.getByRole('group', { name: 'Users' }).getByRole('checkbox', { name: 'Edit' }).check();
    // Checking a child checks its parent (the checkbox updates a moment after the click).
    const parent = await identity.getByRole('checkbox', { name: 'Users', exact: true }).elementHandle();
    await page.waitForFunction((checkbox) => checkbox.checked, parent, { timeout: 5000 });
    await permissions.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: `Saved the permissions of ${role}.` }).waitFor();

    // The audit trail shows the grants (logs are written in the background).
    await navigation(page).getByText('Audit logs').click();
    const filters = page.getByRole('form', { name: 'Audit log filters' });
    await filters.getByLabel('URL contains').fill(`providerKey=${role}`);
    const firstLog = page.getByRole('row').nth(1).getByRole('link');
    for (let attempt = 0; attempt < 20 && !(await firstLog.isVisible()); attempt++) {
      await filters.getByRole('button', { name: 'Search' }).click();
      await page.waitForTimeout(250);
    }
    assert.match(await page.getByRole('row').nth(1).innerText(), /PUT/);
    await firstLog.click();
    const grants = page.getByRole('region', { name: 'Created Pikar.PermissionManagement.Grants.PermissionGrant' });
    await grants.getByRole('row').filter({ hasText: 'AuditLogging.AuditLogs' }).first().waitFor();
    await grants.getByRole('row').filter({ hasText: 'Identity.Users.Update' }).first().waitFor();
  });

  await inPage('new-user-sees-granted-pages', async (page) => {
    await signIn(page, 'startup', user);
    await page.getByLabel('Signed in as').waitFor();
    await navigation(page).getByText('Audit logs').waitFor();
    await navigation(page).getByText('Users').click();
    await page.getByRole('cell', { name: user, exact: true }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'New user' }).count(), 0, 'no Identity.Users.Create, no New user button');
    assert.equal(await navigation(page).getByText('Roles').count(), 0);
  });

  await inPage('admin-locks-user', async (page) => {
    await signIn(page, 'startup', 'admin');
    await openUserActions(page, user);
    await page.getByRole('menuitem', { name: 'Lock' }).click();
    await confirm(page, `Lock ${user} out?`, 'Lock');
    await page.getByRole('status').filter({ hasText: `Locked ${user} out.` }).waitFor();
    await page.getByRole('row').filter({ hasText: user }).getByText('until unlocked').waitFor();
  });

  await inPage('locked-user-cannot-sign-in', async (page) => {
    await submitSignIn(page, 'startup', user);
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /locked out/);
  });

  await inPage('admin-unlocks-user', async (page) => {
    await signIn(page, 'startup', 'admin');
    await openUserActions(page, user);
    await page.getByRole('menuitem', { name: 'Unlock' }).click();
    await page.getByRole('status').filter({ hasText: `Unlocked ${user}.` }).waitFor();
  });

  await inPage('unlocked-user-signs-in', async (page) => {
    await signIn(page, 'startup', user);
    await page.getByLabel('Signed in as').waitFor();
  });

  await inPage('admin-deletes-user', async (page) => {
    await signIn(page, 'startup', 'admin');
    await openUserActions(page, user);
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await confirm(page, `Delete the user ${user}?`, 'Delete');
    await page.getByRole('status').filter({ hasText: `Deleted the user ${user}.` }).waitFor();
    assert.equal(await page.getByRole('cell', { name: user, exact: true }).count(), 0);
  });
});

test('a tenant admin renames a role, while a built-in role keeps its name, and deletes it after confirming', () =>
  inPage('rename-role', async (page) => {
    const role = unique('editor-');
    await signIn(page, 'startup', 'admin');
    await navigation(page).getByText('Roles').click();
    const form = page.getByRole('form', { name: 'New role' });
    await form.getByLabel('Role name').fill(role);
    await form.getByRole('button', { name: 'Create role' }).click();
    await page.getByRole('cell', { name: role, exact: true }).waitFor();

    const edit = await openDialog(page, page.getByRole('button', { name: `Edit ${role}` }), `Edit role ${role}`);
    await edit.getByLabel('Role name').fill(`${role}-renamed`);
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: `${role}-renamed`, exact: true }).waitFor();

    const admin = await openDialog(page, page.getByRole('button', { name: 'Edit admin' }), 'Edit role admin');
    assert.equal(await admin.getByLabel('Role name').isEditable(), false);
    await admin.getByText('A built-in role keeps its name.').waitFor();
    await page.keyboard.press('Escape');
    await admin.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: `Delete ${role}-renamed` }).click();
    await confirm(page, `Delete the role ${role}-renamed?`, 'Delete');
    await page.getByRole('status').filter({ hasText: `Deleted the role ${role}-renamed.` }).waitFor();
    assert.equal(await page.getByRole('cell', { name: `${role}-renamed`, exact: true }).count(), 0);
  }));

test("a user's permissions show what the user's roles already grant", () =>
  inPage('user-permissions-from-roles', async (page) => {
    await signIn(page, 'startup', 'admin');
    await openUserActions(page, 'admin');
    const permissions = await openDialog(page, page.getByRole('menuitem', { name: 'Permissions' }), 'Permissions of user admin');
    const users = permissions.getByRole('checkbox', { name: 'Users', exact: true });
    await users.waitFor();
    assert.equal(await users.isChecked(), true);
    assert.equal(await users.isDisabled(), true);
    await permissions.getByText('Granted by role admin').first().waitFor();
    await permissions.getByRole('button', { name: 'Cancel' }).click();
    await permissions.waitFor({ state: 'detached' });
  }));

test('a taken user name is shown on its field', () =>
  inPage('duplicate-user-name', async (page) => {
    await signIn(page, 'startup', 'admin');
    await navigation(page).getByText('Users').click();
    const dialog = await openDialog(page, page.getByRole('button', { name: 'New user' }), 'New user');
    await dialog.getByLabel('User name').fill('alex');
    await dialog.getByLabel('Email').fill(`${unique('alex-')}@startup.test`);
    await dialog.getByLabel('Password').fill(password);
    await dialog.getByRole('button', { name: 'Create' }).click();

    await dialog.getByRole('alert').waitFor();
    const field = dialog.locator('mat-form-field').filter({ hasText: 'User name' });
    assert.match(await field.innerText(), /alex/);
    assert.match(await field.innerText(), /already taken/);
  }));

test('a tenant at its seat limit is told so when adding a user', () =>
  inPage('seat-limit', async (page) => {
    // The solo tenant's edition allows 3 users, and the demo data has admin, alex and sam.
    await signIn(page, 'solo', 'admin');
    await navigation(page).getByText('Users').click();
    const dialog = await openDialog(page, page.getByRole('button', { name: 'New user' }), 'New user');
    const name = unique('extra-');
    await dialog.getByLabel('User name').fill(name);
    await dialog.getByLabel('Email').fill(`${name}@solo.test`);
    await dialog.getByLabel('Password').fill(password);
    await dialog.getByRole('button', { name: 'Create' }).click();

    await dialog.getByRole('alert').waitFor();
    assert.match(await dialog.getByRole('alert').innerText(), /No seat left\. This tenant's plan allows 3 users/);
  }));
