// What the browser tests share: the browser (Debian's Chromium driven by playwright-core), a page per scenario, and signing in.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const base = process.env.PIKAR_URL ?? 'http://localhost:5000';
export const password = '1q2w3E*';
const screenshots = process.env.PIKAR_SCREENSHOTS ?? 'e2e-screenshots';

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Runs a scenario in a fresh page (its own cookies and storage); a failure leaves a screenshot named after the scenario. */
export async function inPage(browser, name, scenario) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await scenario(page);
  } catch (error) {
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });
    throw error;
  } finally {
    await context.close();
  }
}

/** Opens the app, which sends the visitor to the sign-in page, and sends the form without expecting it to succeed. */
export async function submitSignIn(page, tenant, user, secret = password) {
  await page.goto(`${base}/`);
  await page.waitForURL(/\/account\/login/);
  await page.getByLabel('Tenant').fill(tenant);
  await page.getByLabel('User name or email').fill(user);
  await page.getByLabel('Password').fill(secret);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Signs in and waits for the shell to say who is signed in; an empty tenant is the host. */
export async function signIn(page, tenant, user, secret = password) {
  await submitSignIn(page, tenant, user, secret);
  await page.getByRole('region', { name: 'Signed in as' }).waitFor();
}

/** Answers the confirmation dialog (named by its question) with its button `action`, and waits until it has closed. */
export async function confirm(page, question, action) {
  const dialog = page.getByRole('alertdialog', { name: question });
  await dialog.getByRole('button', { name: action }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Opens a page from the main navigation and waits until it has loaded (its heading shows and no progress bar is left). */
export async function openPage(page, label, heading = label) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByText(label, { exact: true }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  await settled(page);
}

/** Waits until the page shows no loading progress bar. */
export async function settled(page) {
  await page.waitForFunction(() => document.querySelector('mat-progress-bar') === null);
}

export const unique = (prefix) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
