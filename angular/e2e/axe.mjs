// Runs axe-core (the devDependency's axe.min.js) in a page and keeps what blocks people: serious and critical violations.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const blocking = new Set(['serious', 'critical']);

/**
 * The serious and critical violations in the page, or in the part that the CSS selector `include` picks.
 * Injects axe once per document: after a full navigation it is injected again.
 */
export async function seriousViolations(page, include = null) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: axeScript });
  }

  const results = await page.evaluate(
    (selector) => window.axe.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] }),
    include,
  );
  return results.violations.filter((violation) => blocking.has(violation.impact));
}

/** One line per violation (rule id, impact, help) and one per offending node (its selector and what is wrong). */
export function describeViolations(violations) {
  return violations
    .map((v) =>
      [`${v.id} (${v.impact}): ${v.help} ${v.helpUrl}`, ...v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`)].join('\n'),
    )
    .join('\n');
}

/**
 * Fails with every serious or critical violation spelled out. Waits for the page's finite animations first: a message
 * that is still fading in (a form field's error, a dialog) would be measured at its passing transparency.
 */
export async function assertAccessible(page, what, include = null) {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
  const violations = await seriousViolations(page, include);
  assert.equal(violations.length, 0, `${what} has serious or critical accessibility violations:\n${describeViolations(violations)}`);
}
