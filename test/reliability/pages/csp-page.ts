/**
 * The CSP page's only script (a file: the policy allows no inline script). Shows every element
 * in every state, then posts the measured states and every CSP violation to the test, then
 * breaks the policy on purpose (a style attribute, an HTML string) and posts that those were
 * caught: proof that the policy was in force and the listener heard it.
 */
import { violations } from './csp-watch.js';
import { nextFrame } from './elements.js';
import { runPage } from './page-cases.js';

function waitForViolation(count: number): Promise<void> {
  return new Promise((resolve) => {
    if (violations.length >= count) return resolve();
    document.addEventListener('securitypolicyviolation', function listener() {
      if (violations.length < count) return;
      document.removeEventListener('securitypolicyviolation', listener);
      resolve();
    });
  });
}

const report = await runPage({ loading: true });
parent.postMessage({ ...report, violations: [...violations], trustedTypes: 'trustedTypes' in window }, location.origin);

// Canaries, after the report: each must be refused by the policy.
const before = violations.length;
const canary = document.createElement('div');
canary.setAttribute('style', 'outline: 1px solid red');
document.body.append(canary);
let trustedTypesBlocked = false;
if ('trustedTypes' in window) {
  try {
    canary.insertAdjacentHTML('beforeend', '<b>not trusted</b>');
  } catch {
    trustedTypesBlocked = true;
  }
}
await waitForViolation(before + ('trustedTypes' in window ? 2 : 1));
await nextFrame();
parent.postMessage(
  {
    type: 'eindex-csp-canary',
    violations: violations.slice(before),
    styleApplied: getComputedStyle(canary).outlineStyle === 'solid',
    trustedTypesBlocked,
  },
  location.origin,
);
