// Browser tests of the social performance dashboard in the demo tenant solo (Solopreneur, at most 3 accounts).
// They expect a fresh host: solo's three demo sandbox accounts connected, the X one with four weeks of figures.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible } from './axe.mjs';
import { base, confirm, inPage as inContext, launchBrowser, openPage, settled, signIn } from './support.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => browser?.close());

const inPage = (name, scenario) => inContext(browser, name, scenario);

const cards = (page) => page.locator('app-social-account-card');
/** The card whose heading (the network, then the account's name) matches `name`. */
const card = (page, name) => cards(page).filter({ has: page.getByRole('heading', { name, level: 3 }) });
/** A card's latest figure as shown: a number, or "Unavailable" followed by the reason. */
const figure = (card, metric) => card.locator(`.metric-${metric} .value`);
const demoX = /^X @demo_[0-9a-f]{8}$/;
const count = /^\d{1,3}(,\d{3})*$/;

async function openDashboard(page) {
  await signIn(page, 'solo', 'admin');
  await openPage(page, 'Social performance');
  await cards(page).first().waitFor();
}

test("solo's dashboard shows its accounts, the X account's followers and charts, and has no serious accessibility violations", () =>
  inPage('social-dashboard', async (page) => {
    await openDashboard(page);

    assert.equal(await cards(page).count(), 3, "solo's three demo accounts (X, LinkedIn, Facebook)");
    const x = card(page, demoX);
    assert.equal(await x.count(), 1, 'one demo X account');
    assert.match(await x.getByText('Sandbox', { exact: true }).innerText(), /Sandbox/);
    assert.match((await figure(x, 'followers').innerText()).trim(), count, 'the X account shows its followers as a number');
    assert.match(await x.locator('.metric-reach').innerText(), /Unavailable\s+X does not report reach/, 'reach is unavailable, with the reason');

    // The first account is selected: its charts are drawn on a canvas and named by their summaries.
    assert.equal(await x.getByRole('button', { name: demoX }).getAttribute('aria-pressed'), 'true');
    await page.getByRole('heading', { name: /^X @demo_[0-9a-f]{8}: the last 28 days$/, level: 2 }).waitFor();
    const followers = page.getByRole('img', { name: /Followers: from [\d,]+ to [\d,]+\./ });
    await followers.locator('canvas').waitFor();
    await page.getByRole('img', { name: /Impressions: .*Engagements: / }).locator('canvas').waitFor();
    await settled(page);
    assert.ok((await page.getByRole('table', { name: 'Posts' }).getByRole('row').count()) > 1, 'the X account lists its posts');

    await assertAccessible(page, 'The social performance dashboard');
  }));

test('with live updates on, a new X account is connected through the popup and its figures arrive from a webhook without reloading the page', () =>
  inPage('social-live', async (page) => {
    // At most 15 letters, digits and underscores, as an X handle.
    const handle = `e2e_live_${String(Date.now()).slice(-6)}`;
    await openDashboard(page);
    await page.evaluate(() => {
      window.pikarNotReloaded = true;
    });

    await page.getByRole('switch', { name: 'Live updates' }).click();
    await page.locator('.live-state').filter({ hasText: /^Live$/ }).waitFor();

    // The plan allows 3 accounts: Facebook makes room for the new one.
    const facebook = page.getByRole('button', { name: /^Disconnect Facebook / });
    assert.equal(await facebook.count(), 1, 'solo has no Facebook account left to disconnect: a run before this one removed it; start a fresh host.');
    await facebook.click();
    await confirm(page, /^Disconnect the Facebook account .+\?$/, 'Disconnect');
    await page.getByRole('status').filter({ hasText: /^Disconnected the Facebook account / }).waitFor();
    assert.equal(await cards(page).count(), 2, 'the X and LinkedIn accounts stay');

    const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Connect X (sandbox)' }).click()]);
    await popup.getByLabel('Sandbox account').fill(handle);
    // The popup closes itself once the account is connected: listen before it can.
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Authorize app' }).click();
    await closed;
    await page.getByRole('status').filter({ hasText: 'Connected the account.' }).waitFor();
    const fresh = card(page, `X @${handle}`);
    await fresh.waitFor();
    assert.match(await fresh.innerText(), /Not synced yet/, 'the new account waits for its first sync');

    // The X sandbox sends Pikar a signed engagement webhook for the account; Pikar syncs it and tells the page.
    const response = await fetch(`${base}/sandbox/x/simulate/engagement`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ handle }),
    });
    assert.ok(response.ok, `POST /sandbox/x/simulate/engagement answered ${response.status}: ${await response.text()}`);

    await fresh.locator('.last-synced').filter({ hasText: /^Last synced / }).waitFor({ timeout: 30_000 });
    assert.match((await figure(fresh, 'followers').innerText()).trim(), count, 'the new account shows its followers');
    assert.match(await fresh.innerText(), /Sync: Synced/);
    assert.equal(await page.evaluate(() => window.pikarNotReloaded), true, 'the page was not reloaded');
    assert.match(page.url(), /\/solopreneur\/social$/);
    assert.equal(await page.locator('.live-state').innerText(), 'Live');
  }));
