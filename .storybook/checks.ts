/** Checks every story gets for free (see `beforeEach`/`afterEach` in preview.ts). */
import axe from 'axe-core';

let consoleErrors: string[] = [];

const text = (value: unknown) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));

/** Starts collecting `console.error` calls and uncaught errors; returns the cleanup Storybook calls on unmount. */
export function watchConsole(): () => void {
  consoleErrors = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args.map(text).join(' '));
    original.apply(console, args);
  };
  const onError = (event: ErrorEvent) => consoleErrors.push(`Uncaught ${text(event.error ?? event.message)}`);
  const onRejection = (event: PromiseRejectionEvent) => consoleErrors.push(`Unhandled rejection ${text(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return () => {
    console.error = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  };
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits until every Lit element in `root` has rendered and a resize-driven re-render (if any) has happened. */
export async function settle(root: ParentNode): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await frame();
    const elements = [...root.querySelectorAll('*')].filter((el): el is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in el);
    await Promise.all(elements.map((el) => el.updateComplete));
  }
}

// axe refuses to run twice at once; stories in the docs page or a quick re-render can overlap.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Every axe rule — WCAG 2.x A/AA/AAA, best practices and the experimental ones — without the rules about the page
 * around a story (landmarks, a level-one heading), which a component cannot meet on its own.
 */
const PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one'];

/**
 * KNOWN BUGS in the element, reported to the owner of src/. Each entry switches an axe rule off for every story;
 * delete the entry when the bug is fixed and the stories must pass with the rule on.
 */
const KNOWN_BUGS: Record<string, string> = {};

export async function axeViolations(root: Element, disable: readonly string[] = []): Promise<axe.Result[]> {
  const off = new Set([...PAGE_RULES, ...Object.keys(KNOWN_BUGS), ...disable]);
  const rules = Object.fromEntries(axe.getRules().map(({ ruleId }) => [ruleId, { enabled: !off.has(ruleId) }]));
  const run = queue.then(() => axe.run(root, { rules, resultTypes: ['violations'] }));
  queue = run.catch(() => undefined);
  return (await run).violations;
}

function describeViolations(violations: axe.Result[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}

/** Per-story settings, as `parameters.checks`. */
export interface CheckParameters {
  /** axe rule ids to skip in this story — each with a reason next to it, and only for a known, reported bug. */
  disableAxeRules?: readonly string[];
}

/** True inside `vitest` (browser mode), false in the Storybook UI. */
const underTest = () => !!(globalThis as { __vitest_browser__?: unknown }).__vitest_browser__;

/**
 * Fails the story test on console errors, axe violations or attributes of the story's component without a
 * control. In the Storybook UI it only warns in the console, so a finding never hides the story behind Storybook's
 * error screen.
 */
export async function checkStory(canvasElement: HTMLElement, parameters: CheckParameters = {}, uncontrolled: string[] = []): Promise<void> {
  await settle(canvasElement);
  const violations = await axeViolations(canvasElement, parameters.disableAxeRules);
  const problems: string[] = [];
  if (uncontrolled.length) problems.push(`attributes without a control: ${uncontrolled.join(', ')}`);
  if (consoleErrors.length) problems.push(`console errors:\n${consoleErrors.map((e) => `  ${e}`).join('\n')}`);
  if (violations.length) problems.push(`axe violations:\n${describeViolations(violations)}`);
  if (!problems.length) return;
  if (underTest()) throw new Error(problems.join('\n'));
  console.warn(`Story checks found problems:\n${problems.join('\n')}`);
}

/** Each element's attribute names, from the manifest preview.ts loads (empty until it does). */
const attributesByTag = new Map<string, string[]>();

export function rememberAttributes(manifest: { modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[] }): void {
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) if (d.tagName && d.attributes) attributesByTag.set(d.tagName, d.attributes.map((a) => a.name));
  }
}

/**
 * The attributes of the story's `component` (a tag) that have no working control: missing from the story's
 * argTypes (Storybook makes them from the manifest), or with the control switched off.
 */
export function attributesWithoutControl(component: unknown, argTypes: Record<string, { control?: unknown } | undefined>): string[] {
  if (typeof component !== 'string') return [];
  const names = attributesByTag.get(component);
  if (!names) return [`<${component}> is not in custom-elements.json`];
  return names.filter((name) => {
    const control = argTypes[name]?.control;
    return !control || (typeof control === 'object' && (control as { disable?: boolean }).disable === true);
  });
}
