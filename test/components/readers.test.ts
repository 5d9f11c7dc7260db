// What screen-reader and keyboard users get, read from Chromium's own accessibility tree (not from our DOM):
// options, their names, order and states, the active descendant, clusters reachable by keyboard, what the live
// region says, and the tooltip's behaviour (WCAG 1.4.13).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { AxeResults, RuleMetadata, RunOptions } from 'axe-core';
import { corpusEvents } from '../../src/data/corpus.js';
import type { TimelineEventInput, TlTimeline } from '../../src/index.js';
import { $, $$, axProp, axTree, cdp, center, domAttribute, drawnText, frame, mount, redraw, screenshot, until, type AXNode, type DrawnText } from './helpers.js';

const DAY = 86_400_000;

/** Thirty events in 2021 across three lanes, ten days apart in time order, none crowding the others. */
const THIRTY: TimelineEventInput[] = Array.from({ length: 30 }, (_, i) => ({
  id: `n${i}`,
  start: new Date(Date.UTC(2021, 0, 5) + i * 11 * DAY).toISOString().slice(0, 10),
  title: `Event number ${i}`,
  group: ['North', 'South', 'East'][i % 3],
}));

/** The options inside the timeline's listbox, in the order a screen reader walks them. */
function optionsOf(nodes: AXNode[], listbox: AXNode): AXNode[] {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const out: AXNode[] = [];
  const walk = (n: AXNode) => {
    for (const id of n.childIds ?? []) {
      const child = byId.get(id);
      if (!child) continue;
      if (child.role?.value === 'option') out.push(child);
      walk(child);
    }
  };
  walk(listbox);
  return out;
}

async function listbox(): Promise<{ nodes: AXNode[]; box: AXNode; options: AXNode[] }> {
  const nodes = await axTree();
  const box = nodes.find((n) => n.role?.value === 'listbox')!;
  expect(!!box, 'a listbox in the accessibility tree').to.equal(true);
  return { nodes, box, options: optionsOf(nodes, box) };
}

const focusedKey = (el: TlTimeline) => $(el, '[part="plot"]')!.getAttribute('aria-activedescendant');

describe('<tl-timeline> for screen-reader and keyboard users', () => {
  before(() => setViewport({ width: 1200, height: 800 }));
  afterEach(() => window.scrollTo(0, 0));

  it('exposes every event in view as an option, in time order across lanes, with its place among all', async () => {
    const el = await mount(THIRTY);
    $(el, '[part="plot"]')!.focus();
    const { options, nodes } = await listbox();
    expect(nodes.filter((n) => n.role?.value === 'graphics-symbol').length, 'no graphics symbols').to.equal(0);
    expect(options.length).to.equal(30);
    // The protocol's tree leaves out posinset and setsize: read them off the elements behind the options.
    const positions = await Promise.all(options.map(async (o) => Number(await domAttribute(o, 'aria-posinset'))));
    expect(positions).to.deep.equal(Array.from({ length: 30 }, (_, i) => i + 1));
    for (const [i, option] of options.entries()) {
      expect(Number(await domAttribute(option, 'aria-setsize'))).to.equal(30);
      expect(axProp(option, 'selected')?.value, 'not selected').to.equal(false);
      const name = option.name?.value ?? '';
      // Lane, title and date.
      expect(name).to.contain(`Event number ${i}`);
      expect(name.startsWith(`${['North', 'South', 'East'][i % 3]}: `), name).to.equal(true);
      expect(name).to.match(/2021|2022/);
    }
  });

  it('makes the focused event the listbox’s active descendant, and marks the selected one', async () => {
    const el = await mount(THIRTY);
    $(el, '[part="plot"]')!.focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const { box, options: before } = await listbox();
    const active = axProp(box, 'activedescendant')?.relatedNodes?.[0]?.backendDOMNodeId;
    const option = before.find((o) => o.backendDOMNodeId === active);
    expect(option?.name?.value ?? '(none)').to.contain('Event number 2');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const { options } = await listbox();
    const selected = options.filter((o) => axProp(o, 'selected')?.value === true).map((o) => o.name?.value);
    expect(selected.length).to.equal(1);
    expect(selected[0]).to.contain('Event number 2');
  });

  it('names a range by the precision of both ends', async () => {
    const el = await mount([{ id: 'r', start: '2012', end: '2014-06', title: 'Built the plant', group: 'BMW' }]);
    const { options } = await listbox();
    const name = options[0]!.name!.value;
    expect(name).to.contain('Built the plant');
    expect(name).to.contain('2012 – June 2014');
    expect(name).to.contain('start known to the year');
    expect(name).to.contain('end known to the month');
    el.select('r');
    await el.updateComplete;
    expect($(el, '[part="detail"] .when')!.textContent).to.contain('end known to the month');
  });

  it('names a cluster by its lane, count, span and first titles, stops the arrow keys on it, and zooms in on Enter', async () => {
    const crowded = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, start: `2020-03-${String(2 + i).padStart(2, '0')}`, title: `Crowded ${i}`, group: 'BMW' }));
    // One row (max-rows="1"): the six have nowhere else to go, so they merge.
    const el = await mount([{ id: 'first', start: '2018-01-10', title: 'Before', group: 'BMW' }, ...crowded, { id: 'last', start: '2023-06-10', title: 'After', group: 'BMW' }], { maxRows: 1 });
    const { options } = await listbox();
    const cluster = options.find((o) => /6 events/.test(o.name?.value ?? ''));
    expect(cluster?.name?.value ?? '(no cluster option)').to.match(/^BMW: 6 events, March 2\s*–\s*7, 2020: Crowded 0; Crowded 1; Crowded 2 and 3 more/);
    expect(Number(await domAttribute(cluster!, 'aria-posinset')), 'the place of its first event').to.equal(2);
    const span = el.visibleRange.endMs - el.visibleRange.startMs;
    $(el, '[part="plot"]')!.focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedKey(el)).to.match(/^c-/);
    expect(el.visibleRange.endMs - el.visibleRange.startMs, 'no zoom on the way').to.equal(span);
    // The next arrow goes past the cluster, back returns to it.
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect($(el, `#${focusedKey(el)}`)!.dataset.eventId).to.equal('last');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focusedKey(el)).to.match(/^c-/);
    await sendKeys({ press: 'Enter' });
    await until(() => el.visibleRange.endMs - el.visibleRange.startMs < span / 10, 'zoomed into the cluster');
    await el.updateComplete;
    // Focus stays on the cluster's first event, now drawn on its own; the arrows walk the six one by one.
    await until(() => $(el, `#${focusedKey(el)}`)?.dataset.eventId === 'c0', 'focus on c0');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect($(el, `#${focusedKey(el)}`)!.dataset.eventId).to.equal('c1');
  });

  it('keeps focus on an event that merges into a cluster when zoomed out, with its ring drawn', async () => {
    const crowded = Array.from({ length: 5 }, (_, i) => ({ id: `c${i}`, start: `2020-03-${String(2 + 2 * i).padStart(2, '0')}`, title: `Crowded ${i}`, group: 'A' }));
    const el = await mount([...crowded, { id: 'z', start: '2024-01-01', title: 'Far', group: 'A' }], { maxRows: 1 });
    await el.zoomTo(Date.UTC(2020, 1, 20), Date.UTC(2020, 2, 20));
    $(el, '[part="plot"]')!.focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect($(el, `#${focusedKey(el)}`)!.dataset.eventId).to.equal('c2');
    await sendKeys({ press: '0' });
    await until(() => /^c-/.test(focusedKey(el) ?? ''), 'focus on the cluster that holds c2');
    // The zoom out is animated: wait until the view rests.
    let last = NaN;
    await until(() => {
      const now = el.visibleRange.startMs;
      const still = now === last;
      last = now;
      return still;
    }, 'the view at rest');
    await el.updateComplete;
    const option = $(el, `#${focusedKey(el)}`)!;
    expect(option.getAttribute('aria-label')).to.contain('Crowded 2');
    // The ring is drawn around the cluster, in the focus colour.
    const r = option.getBoundingClientRect();
    const shot = await screenshot();
    const ring = [r.left + r.width / 2, r.top - 0.5];
    const [red, green, blue] = shot.at(ring[0]!, ring[1]!);
    expect(red - blue, `focus colour above the cluster at ${ring}`).to.be.greaterThan(80);
    expect(green).to.be.below(150);
  });

  it('announces the window once a zoom settles, and does not repeat the focused option on arrow moves', async () => {
    const el = await mount(THIRTY);
    const status = () => $(el, '[role="status"][aria-live]')!.textContent!.trim();
    $(el, '[part="plot"]')!.focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await frame();
    expect(status(), 'the option itself is read through aria-activedescendant').to.equal('');
    await sendKeys({ press: '+' });
    await until(() => /events?$/.test(status()), 'a message after the zoom', 4000);
    expect(status()).to.match(/^[A-Z][a-z]+ .*20\d\d, \d+ events?$/);
    const shown = Number(/(\d+) events?$/.exec(status())![1]);
    const r = el.visibleRange;
    expect(shown).to.equal(el.normalizedEvents.filter((e) => e.hi >= r.startMs && e.lo <= r.endMs).length);
  });

  it('announces the card when a click opens it, and moves focus to its heading when Enter does; Escape anywhere in it closes it', async () => {
    const el = await mount(THIRTY.slice(0, 5).map((e, i) => (i === 1 ? { ...e, url: 'https://example.org/a' } : e)));
    const status = () => $(el, '[role="status"][aria-live]')!.textContent!.trim();
    const [x, y] = center($(el, '[data-event-id="n3"]')!);
    await sendMouse({ type: 'click', position: [x, y] });
    await el.updateComplete;
    expect(status()).to.contain('Event number 3');
    $(el, '[part="plot"]')!.focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await frame();
    const active = () => el.shadowRoot!.activeElement;
    expect(active()?.tagName).to.equal('H2');
    expect(active()!.textContent).to.equal('Event number 1');
    // Tab to the link, Escape from there: the card closes, focus is back on the event.
    await sendKeys({ press: 'Tab' });
    expect(active()?.tagName).to.equal('A');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part="detail"]')).to.equal(null);
    expect(active() === $(el, '[part="plot"]'), 'focus on the plot').to.equal(true);
    expect($(el, `#${focusedKey(el)}`)!.dataset.eventId).to.equal('n1');
    // And from the close button.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    $(el, '[part="detail"] .close')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part="detail"]')).to.equal(null);
    expect(active() === $(el, '[part="plot"]'), 'focus on the plot').to.equal(true);
  });

  it('keeps the tooltip while the pointer moves onto it, and hides it with Escape (WCAG 1.4.13)', async () => {
    const el = await mount(THIRTY.slice(0, 5));
    const [x, y] = center($(el, '[data-event-id="n2"]')!);
    await sendMouse({ type: 'move', position: [x, y] });
    await until(() => !!$(el, '[part="tooltip"]'), 'tooltip');
    const tip = $(el, '[part="tooltip"]')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(tip.left + tip.width / 2), Math.round(tip.top + tip.height / 2)] });
    await frame();
    await el.updateComplete;
    expect(!!$(el, '[part="tooltip"]'), 'still there with the pointer on it').to.equal(true);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part="tooltip"]'), 'gone after Escape').to.equal(null);
  });

  it('draws the keyboard focus ring inside the element, visible on all four sides of the plot', async () => {
    const el = await mount(THIRTY.slice(0, 5));
    el.style.setProperty('--tl-color-focus', 'rgb(255, 0, 255)');
    $(el, '[part="plot"]')!.focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    await frame();
    const r = $(el, '[part="plot"]')!.getBoundingClientRect();
    const shot = await screenshot();
    const magenta = (x: number, y: number) => {
      for (let d = -3; d <= 3; d++) {
        const vertical = x === r.left || x === r.right;
        const [red, green, blue] = vertical ? shot.at(x + d, y) : shot.at(x, y + d);
        if (red > 200 && blue > 200 && green < 80) return true;
      }
      return false;
    };
    const midX = r.left + r.width / 2, midY = r.top + r.height / 2;
    expect(magenta(midX, r.top), 'top').to.equal(true);
    expect(magenta(midX, r.bottom - 1), 'bottom').to.equal(true);
    expect(magenta(r.left, midY), 'left').to.equal(true);
    expect(magenta(r.right - 1, midY), 'right').to.equal(true);
    el.style.removeProperty('--tl-color-focus');
  });

  it("takes a reader's text spacing into the drawing while the page's animations stand still (a background tab)", async () => {
    const el = await mount(corpusEvents);
    await el.zoomTo(Date.UTC(2024, 6, 1), Date.UTC(2026, 6, 1));
    // The probe's 1 ms transitions that tell of a change never end: their computed values stay the old ones.
    await cdp('Animation.enable');
    await cdp('Animation.setPlaybackRate', { playbackRate: 0 });
    try {
      const spacing = new CSSStyleSheet();
      spacing.replaceSync('* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }');
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
      const seen = () => (el as unknown as { palette: { palette(): { letterSpacing: string } } }).palette.palette().letterSpacing;
      for (let i = 0; i < 30 && seen() === '0px'; i++) await frame();
      expect(seen(), 'the spacing the drawing uses').to.equal(getComputedStyle($(el, '[part="plot"]')!).letterSpacing);
    } finally {
      await cdp('Animation.setPlaybackRate', { playbackRate: 1 });
    }
  });

  it('fits labels with the text spacing a reader sets (WCAG 1.4.12): no label runs into another', async () => {
    const el = await mount(corpusEvents);
    // What a text-spacing bookmarklet or a user style sheet does, reaching the shadow root too.
    const spacing = new CSSStyleSheet();
    spacing.replaceSync('* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; }');
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
    await until(() => getComputedStyle($(el, '[part="plot"]')!).letterSpacing !== 'normal', 'spacing in force');
    await el.zoomTo(Date.UTC(2024, 6, 1), Date.UTC(2026, 6, 1));
    const plain = document.createElement('canvas').getContext('2d')!;
    const spaced = (drawn: DrawnText[]) => {
      const sample = drawn.find((t) => /^12px/.test(t.font) && t.text.length > 8);
      if (!sample) return false;
      plain.font = sample.font;
      return sample.box.width > plain.measureText(sample.text).width + 5;
    };
    // The element learns of the spacing from its probe's transition, a frame or more later (more under load):
    // drawings of that view until one is in the reader's spacing. Every drawing, this one included, must fit
    // its labels to the spacing it draws them in.
    const drawings: DrawnText[][] = [];
    // A frame between drawings: the probe's notice comes at a rendering step, and redraws alone may all fall before one.
    // Under a full parallel run those steps come slowly: up to ten seconds (a time-out, not a measure).
    const end = performance.now() + 10_000;
    while (!spaced(drawings.at(-1) ?? []) && (drawings.length < 60 || performance.now() < end)) {
      await frame();
      drawings.push(await drawnText(el, () => redraw(el)));
    }
    // Drawn wider than without spacing …
    const seen = (el as unknown as { palette: { palette(): { letterSpacing: string } } }).palette.palette().letterSpacing;
    expect(spaced(drawings.at(-1)!), `drawn in the reader's spacing (${drawings.length} drawings; the drawing's spacing ${seen}, the plot's ${getComputedStyle($(el, '[part="plot"]')!).letterSpacing})`).to.equal(true);
    expect(drawings.at(-1)!.filter((t) => /^12px/.test(t.font)).length).to.be.greaterThan(5);
    // … and fitted to that width: no two labels overlap.
    const overlaps = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    for (const drawn of drawings) {
      const labels = drawn.filter((t) => /^12px/.test(t.font)).map((t) => t.box);
      for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(overlaps(a, b), `labels at ${a.x} and ${b.x}`).to.equal(false);
    }
  });

  it('says its legend and zoom controls in the language of the page', async () => {
    const el = await mount(THIRTY.slice(0, 3), { lang: 'de' });
    expect($(el, '[part="legend"]')!.getAttribute('aria-label')).to.equal('Legende');
    const nodes = await axTree();
    expect(nodes.some((n) => n.role?.value === 'list' && n.name?.value === 'Legende')).to.equal(true);
    expect(el).to.be.ok;
  });

  it('passes every axe rule, experimental ones included, with the card open', async () => {
    const page = await fixture<HTMLElement>(html`<main><h1>Page</h1><tl-timeline style="width: 1000px" lang="en" label="Events"></tl-timeline></main>`);
    const el = page.querySelector('tl-timeline')!;
    el.events = THIRTY;
    await el.updateComplete;
    await frame();
    // axe-core registers itself on window when imported in a browser.
    await import('axe-core/axe.min.js' as string);
    const axe = (window as unknown as { axe: { getRules(): RuleMetadata[]; run(node: Element, o: RunOptions): Promise<AxeResults> } }).axe;
    const rules = Object.fromEntries(axe.getRules().map((r) => [r.ruleId, { enabled: true }]));
    for (const step of ['closed', 'open']) {
      if (step === 'open') {
        el.select('n4');
        await el.updateComplete;
      }
      const { violations } = await axe.run(page, { rules, resultTypes: ['violations'] });
      expect(violations.map((v) => `${step}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
    }
    expect($$(el, '[part="event"]').length).to.be.greaterThan(0);
  });
});
