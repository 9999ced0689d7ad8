import 'axe-core/axe.min.js';
import { expect, oneEvent } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { EIndexErrorDetail, EIndexLoadDetail } from '../../src/events.js';

declare const axe: typeof import('axe-core');

/** Runs axe-core (WCAG 2.1 A and AA) on an element and fails with the rule ids and targets. */
export async function expectAccessible(element: Element): Promise<void> {
  const result = await axe.run(element, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(found, 'axe violations').to.deep.equal([]);
}

/** Renders a template into the page and waits for its first element's first eindex-load (or eindex-error). */
export async function mount<T extends HTMLElement>(
  template: TemplateResult,
  outcome: 'load' | 'error' = 'load',
): Promise<{ el: T; detail: EIndexLoadDetail & EIndexErrorDetail }> {
  const host = document.createElement('div');
  render(template, host);
  const el = host.firstElementChild as T;
  const event = oneEvent(el, outcome === 'load' ? 'eindex-load' : 'eindex-error');
  document.body.append(host);
  const { detail } = (await event) as CustomEvent<EIndexLoadDetail & EIndexErrorDetail>;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, detail };
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

let restoreWarn: (() => void) | undefined;

/**
 * Stubs console.warn until the end of the test (restored in afterEach) and returns the
 * warnings written meanwhile, each as its first argument.
 */
export function captureWarnings(): string[] {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (first?: unknown) => void warnings.push(String(first));
  restoreWarn = () => (console.warn = original);
  return warnings;
}

/** The misconfiguration notices an element shows, as text. */
export function noticeTexts(el: Element): string[] {
  return [...shadow(el).querySelectorAll('[part="notice"]')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
}

afterEach(() => {
  restoreWarn?.();
  restoreWarn = undefined;
  document.body.replaceChildren();
});
