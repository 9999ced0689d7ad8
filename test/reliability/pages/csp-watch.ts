/**
 * Records every Content-Security-Policy violation on the CSP page. Imported first by
 * csp-page.ts, so it listens before any element module is evaluated.
 */
export const violations: string[] = [];

document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
});
