// Browser tests of the session: logging out ends it at the authorization server too, and the access token is
// renewed with the refresh token before it expires, without a visit to the sign-in page.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { base, inPage, launchBrowser, openPage, signIn } from './support.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => browser?.close());

/** What angular-oauth2-oidc keeps in sessionStorage (its default storage). */
const storedTokens = (page) =>
  page.evaluate(() => ({
    accessToken: sessionStorage.getItem('access_token'),
    refreshToken: sessionStorage.getItem('refresh_token'),
    expiresAt: Number(sessionStorage.getItem('expires_at')),
  }));

/** Counts the visits to the sign-in page from now on. */
function countSignInPages(page) {
  const visits = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && new URL(frame.url()).pathname.startsWith('/account/login')) {
      visits.push(frame.url());
    }
  });
  return visits;
}

test('after logging out, opening the app asks to sign in again', () =>
  inPage(browser, 'logout', async (page) => {
    await signIn(page, 'startup', 'admin');

    await page.getByRole('region', { name: 'Signed in as' }).getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(/\/account\/login/);
    await page.goto(`${base}/`);

    await page.waitForURL(/\/account\/login/);
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    assert.equal(await page.getByRole('region', { name: 'Signed in as' }).count(), 0);
    assert.equal((await storedTokens(page)).accessToken, null, 'no access token is left in the browser');
  }));

test('an access token about to expire is renewed with the refresh token, and the app goes on working', () =>
  inPage(browser, 'silent-refresh', async (page) => {
    await signIn(page, 'startup', 'admin');
    const before = await storedTokens(page);
    assert.ok(before.refreshToken, 'offline_access gave a refresh token');

    // The library refreshes at 75% of the token's lifetime, counted from when it was stored: make the stored token
    // look 8 seconds from expiry, then reload so that the library sets its timer from the changed values.
    await page.evaluate(() => {
      const now = Date.now();
      sessionStorage.setItem('access_token_stored_at', String(now));
      sessionStorage.setItem('expires_at', String(now + 8_000));
    });
    const signInPages = countSignInPages(page);
    const refresh = page.waitForRequest(
      (request) =>
        request.method() === 'POST' &&
        new URL(request.url()).pathname === '/connect/token' &&
        new URLSearchParams(request.postData() ?? '').get('grant_type') === 'refresh_token',
      { timeout: 30_000 },
    );
    await page.reload();
    const response = await (await refresh).response();

    assert.equal(response?.status(), 200, 'the token endpoint accepts the refresh token');
    await page.waitForFunction((old) => sessionStorage.getItem('access_token') !== old, before.accessToken);
    const after = await storedTokens(page);
    assert.ok(after.expiresAt > Date.now() + 60_000, 'the new access token is good for more than a minute');

    const usersCall = page.waitForRequest((request) => new URL(request.url()).pathname === '/api/identity/users');
    await openPage(page, 'Users');
    await page.getByRole('cell', { name: 'admin', exact: true }).waitFor();
    assert.equal((await usersCall).headers()['authorization'], `Bearer ${after.accessToken}`, 'the API is called with the new token');
    assert.deepEqual(signInPages, [], 'the sign-in page was not shown again');
  }));
