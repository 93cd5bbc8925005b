// ./pikar bench: loads the signed-in home page in Chromium and prints its Largest Contentful Paint
// and the JavaScript it transferred. Usage: node page-load.mjs BASE_URL TENANT [RUNS]
// Prints one JSON line per measurement, then a summary line.
import { chromium } from 'playwright-core';

const [base, tenant, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 5);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});

// Signs in once; each measured load then starts from a fresh page of the same (signed-in) context.
const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
const signIn = await context.newPage();
await signIn.goto(`${base}/`);
await signIn.waitForURL(/\/account\/login/);
await signIn.getByLabel('Tenant').fill(tenant);
await signIn.getByLabel('User name or email').fill('admin');
await signIn.getByLabel('Password').fill('1q2w3E*');
await signIn.getByRole('button', { name: 'Log in' }).click();
await signIn.getByRole('heading', { name: /Welcome/ }).waitFor();
await signIn.close();

const results = [];
for (let run = 0; run < runs; run++) {
  const page = await context.newPage();
  // A cold load each time: nothing from the HTTP cache.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // Bytes on the wire (compressed, with headers) of every script the load fetched.
  const scripts = new Set();
  let scriptBytes = 0;
  cdp.on('Network.responseReceived', (event) => event.type === 'Script' && scripts.add(event.requestId));
  cdp.on('Network.loadingFinished', (event) => scripts.has(event.requestId) && (scriptBytes += event.encodedDataLength));
  await page.goto(`${base}/`, { waitUntil: 'load' });
  await page.getByRole('heading', { name: /Welcome/ }).waitFor();
  const lcpMs = await page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((entries) => resolve(Math.round(entries.getEntries().at(-1).startTime))).observe({
          type: 'largest-contentful-paint',
          buffered: true,
        });
      }),
  );
  const figures = { lcpMs, jsTransferredKb: Math.round(scriptBytes / 1024), jsFiles: scripts.size };
  results.push(figures);
  console.log(JSON.stringify(figures));
  await page.close();
}

const sorted = results.map((r) => r.lcpMs).sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(`SUMMARY lcp_median_ms=${median} lcp_max_ms=${sorted.at(-1)} js_kb=${results[0].jsTransferredKb} js_files=${results[0].jsFiles}`);
await browser.close();
