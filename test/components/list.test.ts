// <tl-list>: the timeline's events as a table. Driven as a reader does — real clicks and key presses — and read as
// the reader gets it: the timeline's card, the rows in the DOM, Chromium's accessibility tree.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TimelineEventInput, TlTimeline } from '../../src/index.js';
import { generateEvents } from '../../src/data/generate.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { buildRows, headingOf, MAX_HEIGHT, scrollFor, sliceAt, twoHeights } from '../../src/components/list/list.rows.js';
import { axTree, frame, until, type AXNode } from './helpers.js';

type List = HTMLElement & { for: string; updateComplete: Promise<boolean> };

/** Eight events over three years, given out of order, in two lanes and two categories. */
const EVENTS: TimelineEventInput[] = [
  { id: 'c', start: '2021-03', title: 'Spring launch', group: 'Tech', category: 'product', source: { doc: 'a.txt', publisher: 'Daily' } },
  { id: 'a', start: '2019', title: 'Founding', group: 'Company', category: 'org' },
  { id: 'e', start: '2021-11-02', title: 'November deal', group: 'Company', category: 'org', source: { doc: 'deal.txt' } },
  { id: 'b', start: '2019-06-01', end: '2020-02', title: 'First office', group: 'Company', category: 'org' },
  { id: 'd', start: '2021-07-15', title: 'Summer update', group: 'Tech', category: 'product' },
  { id: 'f', start: '2020-05-05', title: 'Beta', group: 'Tech', category: 'product' },
  { id: 'g', start: '2020-09', title: 'Hiring', group: 'Company', category: 'org' },
  { id: 'h', start: '2021-12-24', title: 'Year end', group: 'Tech', category: 'product' },
];

async function settle(el: TlTimeline, list: List): Promise<{ el: TlTimeline; list: List }> {
  await customElements.whenDefined('tl-list');
  await until(() => !!list.shadowRoot?.querySelector('table'), 'the list to render');
  for (let i = 0; i < 2; i++) {
    await frame();
    await el.updateComplete;
    await list.updateComplete;
  }
  return { el, list };
}

/** A timeline with a list beside it, bound by `for`. */
async function linked(events = EVENTS, colorBy = 'group'): Promise<{ el: TlTimeline; list: List }> {
  const box = await fixture<HTMLElement>(html`<div><tl-timeline id="tl" style="width: 1000px" lang="en" color-by=${colorBy} .events=${events}></tl-timeline><tl-list for="tl"></tl-list></div>`);
  return settle(box.querySelector<TlTimeline>('tl-timeline')!, box.querySelector<List>('tl-list')!);
}

const rowsOf = (list: List) => [...list.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr:not(.spacer)')];
const texts = (list: List) => rowsOf(list).map((tr) => (tr.classList.contains('year') ? `# ${tr.textContent!.trim()}` : tr.querySelector('th')!.textContent!.trim()));
const button = (list: List, title: string) => rowsOf(list).find((tr) => tr.querySelector('th')?.textContent === title)!.querySelector('button')!;
const focusedRow = (list: List) => (list.shadowRoot!.activeElement as HTMLElement | null)?.closest('tr')?.querySelector('th')?.textContent;
async function rest(el: TlTimeline, list: List): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await frame();
    await el.updateComplete;
    await list.updateComplete;
  }
}

describe('<tl-list>', () => {
  before(() => setViewport({ width: 1200, height: 800 }));

  it('lists the events in date order under a heading per year, with the date in words, lane, category and source', async () => {
    const { list } = await linked();
    expect(texts(list)).to.deep.equal(['# 2019', 'Founding', 'First office', '# 2020', 'Beta', 'Hiring', '# 2021', 'Spring launch', 'Summer update', 'November deal', 'Year end']);
    const table = list.shadowRoot!.querySelector('table')!;
    expect(table.getAttribute('aria-rowcount'), 'header + 3 years + 8 events').to.equal('12');
    const spring = button(list, 'Spring launch').closest('tr')!;
    expect([...spring.cells].map((c) => c.textContent!.trim())).to.deep.equal(['March 2021 · known to the month', 'Spring launch', 'Tech', 'product', 'Daily', 'Show']);
    expect(button(list, 'November deal').closest('tr')!.cells[4]!.textContent, 'the document without a publisher').to.equal('deal.txt');
    expect(button(list, 'First office').closest('tr')!.cells[0]!.textContent).to.contain('–');
  });

  it('Show selects the event in the timeline: its card opens', async () => {
    const { el, list } = await linked();
    button(list, 'Summer update').click();
    await rest(el, list);
    expect(el.model.selectedId).to.equal('d');
    await until(() => el.shadowRoot!.querySelector('[part="detail"] h2')?.textContent === 'Summer update', 'the card');
    const row = button(list, 'Summer update').closest('tr')!;
    expect(row.classList.contains('selected')).to.equal(true);
    expect(row.getAttribute('aria-current')).to.equal('true');
  });

  it('follows the timeline: select(id) marks the row and scrolls it into view inside the list, not the page', async () => {
    const many = generateEvents({ n: 500, seed: 3 });
    const { el, list } = await linked(many);
    const scroller = list.shadowRoot!.querySelector<HTMLElement>('.base')!;
    expect(scroller.scrollTop).to.equal(0);
    const pageY = window.scrollY;
    const target = el.model.events[400]!;
    el.select(target.id);
    await rest(el, list);
    expect(scroller.scrollTop, 'the list scrolled').to.be.above(1000);
    const row = list.shadowRoot!.querySelector<HTMLElement>('tr.selected')!;
    expect(row, 'the selected row is drawn').to.exist;
    expect(row.querySelector('th')!.textContent).to.equal(String(target.title));
    const [box, r] = [scroller.getBoundingClientRect(), row.getBoundingClientRect()];
    expect(r.top, 'below the sticky header and year').to.be.at.least(box.top + 2 * 32 - 1);
    expect(r.bottom).to.be.at.most(box.bottom + 1);
    expect(window.scrollY, 'the page did not move').to.equal(pageY);
  });

  it('leaves out the events of hidden categories, and takes them back', async () => {
    const { el, list } = await linked(EVENTS, 'category');
    el.model.setHidden('org', true);
    await rest(el, list);
    expect(texts(list)).to.deep.equal(['# 2020', 'Beta', '# 2021', 'Spring launch', 'Summer update', 'Year end']);
    el.model.setHidden('org', false);
    await rest(el, list);
    expect(texts(list)).to.have.length(11);
  });

  it('keeps the DOM bounded for 200,000 events, with the row count and row indexes of the whole list', async function () {
    // 200k, not 1M: normalizing a million rows takes most of a minute in the test browser; the list's own cost is
    // typed arrays (buildRows) and the same few dozen rows at any size.
    this.timeout(120_000);
    const events = generateEvents({ n: 200_000, seed: 1 });
    const { el, list } = await linked(events);
    const model = el.model;
    const table = list.shadowRoot!.querySelector('table')!;
    const years = new Set(model.shownEvents.map((e) => new Date(e.start.min).getUTCFullYear())).size;
    expect(Number(table.getAttribute('aria-rowcount'))).to.equal(1 + model.shownEvents.length + years);
    expect(list.shadowRoot!.querySelectorAll('tr').length).to.be.below(200);
    const scroller = list.shadowRoot!.querySelector<HTMLElement>('.base')!;
    scroller.scrollTop = scroller.scrollHeight / 2;
    await until(() => Number(rowsOf(list).at(-1)!.getAttribute('aria-rowindex')) > 1000, 'rows of the middle');
    await rest(el, list);
    expect(list.shadowRoot!.querySelectorAll('tr').length).to.be.below(200);
    // The rows drawn are those in view: each sits where its index says.
    const rows = rowsOf(list).filter((tr) => !tr.classList.contains('year'));
    const indexes = rows.map((tr) => Number(tr.getAttribute('aria-rowindex')));
    expect(indexes.every((n, i) => !i || n > indexes[i - 1]!)).to.equal(true);
    const box = scroller.getBoundingClientRect();
    const inView = rows.filter((tr) => tr.getBoundingClientRect().top >= box.top + 64 && tr.getBoundingClientRect().bottom <= box.bottom);
    expect(inView.length).to.be.above(5);
    const sticky = list.shadowRoot!.querySelector<HTMLElement>('tr.year th')!;
    expect(Math.abs(sticky.getBoundingClientRect().top - (box.top + 32)), 'the year sticks under the header').to.be.below(2);
  });

  it('moves the focus with ↑ ↓ Home End Page Up/Down, passing over year rows, and Enter shows the event', async () => {
    const { el, list } = await linked();
    button(list, 'Founding').focus();
    const tabStops = list.shadowRoot!.querySelectorAll('button[tabindex="0"]');
    expect(tabStops.length, 'one tab stop').to.equal(1);
    await sendKeys({ press: 'ArrowDown' });
    await rest(el, list);
    expect(focusedRow(list)).to.equal('First office');
    await sendKeys({ press: 'ArrowDown' });
    await rest(el, list);
    expect(focusedRow(list), 'past the 2020 heading').to.equal('Beta');
    await sendKeys({ press: 'End' });
    await rest(el, list);
    expect(focusedRow(list)).to.equal('Year end');
    await sendKeys({ press: 'ArrowUp' });
    await rest(el, list);
    expect(focusedRow(list)).to.equal('November deal');
    await sendKeys({ press: 'Home' });
    await rest(el, list);
    expect(focusedRow(list)).to.equal('Founding');
    await sendKeys({ press: 'PageDown' });
    await rest(el, list);
    expect(focusedRow(list), 'a page down: the last').to.equal('Year end');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await rest(el, list);
    expect(el.model.selectedId).to.equal('e');
    expect(list.shadowRoot!.querySelectorAll('button[tabindex="0"]').length).to.equal(1);
  });

  it('keeps the focused row in view as the keys move through a long list', async () => {
    const { el, list } = await linked(generateEvents({ n: 2000, seed: 2 }));
    const scroller = list.shadowRoot!.querySelector<HTMLElement>('.base')!;
    list.shadowRoot!.querySelector<HTMLElement>('button[tabindex="0"]')!.focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'PageDown' });
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowDown' });
    await rest(el, list);
    const focused = (list.shadowRoot!.activeElement as HTMLElement).closest('tr')!;
    const [box, r] = [scroller.getBoundingClientRect(), focused.getBoundingClientRect()];
    expect(scroller.scrollTop).to.be.above(500);
    expect(r.top).to.be.at.least(box.top + 63);
    expect(r.bottom).to.be.at.most(box.bottom + 1);
    await sendKeys({ press: 'End' });
    await rest(el, list);
    const last = (list.shadowRoot!.activeElement as HTMLElement).closest('tr')!;
    expect(Number(last.getAttribute('aria-rowindex'))).to.equal(Number(list.shadowRoot!.querySelector('table')!.getAttribute('aria-rowcount')));
  });

  it('is a table in the accessibility tree, with its row count and named rows, and axe finds nothing', async () => {
    const { el, list } = await linked();
    button(list, 'Beta').click();
    await rest(el, list);
    const nodes = await axTree();
    const table = nodes.find((n) => n.role?.value === 'table' && n.name?.value === 'Events')!;
    expect(table, 'a table named "Events"').to.exist;
    expect(table.properties?.find((p) => p.name === 'rowcount')?.value?.value ?? (await rowCountOf(table))).to.equal(12);
    // A row as a reader hears it: its cells' names (Chromium leaves a table row's own name empty).
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const cells = (row: AXNode) => (row.childIds ?? []).map((id) => byId.get(id)!).filter((c) => /cell|header/i.test(c.role?.value ?? ''));
    const rows = nodes.filter((n) => n.role?.value === 'row').map((row) => cells(row).map((c) => `${c.role!.value}:${c.name?.value ?? ''}`));
    expect(rows, 'the column headers').to.deep.include(['columnheader:Date', 'columnheader:Event', 'columnheader:Lane', 'columnheader:Category', 'columnheader:Source', 'cell:']);
    expect(rows).to.deep.include(['cell:March 2021 · known to the month', 'rowheader:Spring launch', 'cell:Tech', 'cell:product', 'cell:Daily', 'cell:Show: Spring launch']);
    expect(rows, 'a year row').to.deep.include(['columnheader:2020']);
    expect(nodes.some((n) => n.role?.value === 'button' && n.name?.value === 'Show: Spring launch')).to.equal(true);
    await expect(list).to.be.accessible();
  });

  it('nested in a timeline, it binds to that timeline', async () => {
    const el = await fixture<TlTimeline>(html`<tl-timeline style="width: 1000px" lang="en" .events=${EVENTS}><tl-list></tl-list></tl-timeline>`);
    const { list } = await settle(el, el.querySelector<List>('tl-list')!);
    expect(rowsOf(list)).to.have.length(11);
    expect(list.getBoundingClientRect().top, 'below the plot').to.be.above(el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect().bottom - 1);
  });

  it('binds with for= and writes German words in a German timeline', async () => {
    const box = await fixture<HTMLElement>(html`<div><tl-timeline id="t" lang="de" style="width: 800px" .events=${EVENTS}></tl-timeline><tl-list for="t" max-height="200px"></tl-list></div>`);
    const el = box.querySelector<TlTimeline>('tl-timeline')!;
    const { list } = await settle(el, box.querySelector<List>('tl-list')!);
    expect([...list.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['Datum', 'Ereignis', 'Spur', 'Kategorie', 'Quelle']);
    expect(list.shadowRoot!.querySelector('.base')!.getBoundingClientRect().height).to.be.at.most(200);
    expect(button(list, 'Beta').textContent).to.equal('Zeigen');
  });
});

const LONG = 'A council vote on the harbour district plan that was postponed twice, then passed by a single vote in the night';

describe('<tl-list> narrow layout', () => {
  before(() => setViewport({ width: 1200, height: 800 }));

  /** A list 390 px wide beside a wide timeline: the width is the list's own, not the window's. */
  async function narrowList(events: readonly TimelineEventInput[]): Promise<{ el: TlTimeline; list: List }> {
    const box = await fixture<HTMLElement>(html`<div><tl-timeline id="tn" style="width: 1000px" lang="en" .events=${events}></tl-timeline><tl-list for="tn" style="width: 390px"></tl-list></div>`);
    const r = await settle(box.querySelector<TlTimeline>('tl-timeline')!, box.querySelector<List>('tl-list')!);
    await until(() => r.list.dataset.layout === 'narrow', 'the narrow layout');
    await rest(r.el, r.list);
    return r;
  }

  it('under 480 px shows the date on a line, the whole title wrapped, and lane, category and source smaller below', async () => {
    const { el, list } = await narrowList([...EVENTS, { id: 'long', start: '2021-05-04', title: LONG, group: 'Company', category: 'org', source: { doc: 'x', publisher: 'The Harbour Gazette' } }]);
    const tr = rowsOf(list).find((r) => r.querySelector('th')?.textContent === LONG)!;
    const cell = (c: string) => tr.querySelector<HTMLElement>(c)!;
    const name = cell('th .name');
    expect(tr.getBoundingClientRect().height).to.equal(108);
    expect(list.shadowRoot!.querySelector('tr.year')!.getBoundingClientRect().height, 'a year\'s heading stays low').to.equal(32);
    expect(tr.getBoundingClientRect().width, 'the row takes the list\'s width').to.be.at.least(380);
    expect(name.getBoundingClientRect().height, 'the title wraps').to.be.above(30);
    expect(name.scrollHeight, 'the whole title shows (nothing clamped)').to.be.at.most(name.clientHeight + 1);
    expect(cell('.when').getBoundingClientRect().height, 'the date on one line').to.be.below(24);
    const [when, title, lane] = [cell('.when'), cell('th'), cell('.lane')].map((c) => c.getBoundingClientRect());
    expect(when.bottom <= title.top + 1 && title.bottom <= lane.top + 1, 'date, then title, then the rest').to.equal(true);
    expect(parseFloat(getComputedStyle(cell('.lane')).fontSize)).to.be.below(parseFloat(getComputedStyle(name).fontSize));
    expect([cell('.lane'), cell('.category'), cell('.source')].map((c) => c.textContent)).to.deep.equal(['Company', 'org', 'The Harbour Gazette']);
    expect(cell('.source').getBoundingClientRect().right, 'inside the row').to.be.at.most(tr.getBoundingClientRect().right + 1);
    // Show is on the date's line, at the end.
    const show = cell('button').getBoundingClientRect();
    expect(show.top).to.be.below(title.top);
    expect(show.right).to.be.above(tr.getBoundingClientRect().right - 20);
    el.remove();
  });

  it('keeps the table, its rows and cells for assistive technology', async () => {
    const { el, list } = await narrowList(EVENTS);
    const nodes = await axTree();
    expect(nodes.some((n) => n.role?.value === 'table' && n.name?.value === 'Events'), 'a table').to.equal(true);
    expect(nodes.some((n) => n.role?.value === 'rowheader' && n.name?.value === 'Spring launch'), 'a row header').to.equal(true);
    expect(nodes.filter((n) => n.role?.value === 'row').length).to.be.at.least(11);
    await expect(list).to.be.accessible();
    el.remove();
  });

  it('places rows by their taller height: the DOM stays bounded and a selected row scrolls into view', async () => {
    const many = generateEvents({ n: 500, seed: 3 });
    const { el, list } = await narrowList(many);
    expect(rowsOf(list).length, 'a few rows drawn').to.be.below(30);
    const target = el.model.events[300]!;
    el.select(target.id);
    await rest(el, list);
    const scroller = list.shadowRoot!.querySelector<HTMLElement>('.base')!;
    const row = list.shadowRoot!.querySelector<HTMLElement>('tr.selected')!;
    expect(row.querySelector('th')!.textContent).to.equal(String(target.title));
    const [box, r] = [scroller.getBoundingClientRect(), row.getBoundingClientRect()];
    expect(r.top, 'below the header and the year heading').to.be.at.least(box.top + 2 * 32 - 1);
    expect(r.bottom).to.be.at.most(box.bottom + 1);
    el.remove();
  });
});

/** Chromium exposes aria-rowcount as an attribute on the DOM node when not as a property. */
async function rowCountOf(node: { backendDOMNodeId?: number }): Promise<number> {
  const { domAttribute } = await import('./helpers.js');
  return Number(await domAttribute(node as never, 'aria-rowcount'));
}

describe('<tl-list> rows at a million events (pure)', () => {
  const YEAR = 365.2425 * 86_400_000;
  const yearOf = (ms: number) => new Date(ms).getUTCFullYear();
  const yearStart = (y: number) => Date.UTC(y, 0, 1);
  /** A million events, 20 years of them: only `start.min` is read. */
  const events = Array.from({ length: 1_000_000 }, (_, i) => ({ start: { min: Date.UTC(2000, 0, 1) + (i / 1_000_000) * 20 * YEAR } })) as unknown as TimelineEvent[];
  const rows = buildRows(events, yearOf, yearStart);

  it('puts a heading before each year and finds the heading of any row', () => {
    expect(rows.event.length).to.equal(1_000_020);
    expect([...rows.years.slice(0, 3)]).to.deep.equal([2000, 2001, 2002]);
    const row = rows.rowOf[600_000]!;
    expect(rows.years[headingOf(rows, row)]).to.equal(yearOf(events[600_000]!.start.min));
  });

  it('draws a bounded slice of a compressed scroll height, and scrolls any row into view', () => {
    const viewport = 368;
    const height = sliceAt(rows.event.length, 32, 0, viewport, 8).height;
    expect(height).to.equal(MAX_HEIGHT);
    for (const scrollTop of [0, 10, 300, 123_456, height / 2, height - viewport]) {
      const s = sliceAt(rows.event.length, 32, scrollTop, viewport, 8);
      expect(s.to - s.from, `at ${scrollTop}`).to.be.below(40);
      expect(s.top, `at ${scrollTop}`).to.be.at.least(0);
      expect(s.top + (s.to - s.from) * 32 + s.bottom).to.be.closeTo(height, 1);
    }
    const last = rows.event.length - 1;
    const s = sliceAt(rows.event.length, 32, 0, viewport, 8);
    const top = scrollFor(last, s, 32, 0, viewport, 32);
    const at = sliceAt(rows.event.length, 32, top, viewport, 8);
    expect(at.to).to.equal(rows.event.length);
    expect(at.from).to.be.below(last);
  });
  it('places headings 32 px and events 108 px tall (the narrow layout): every row found at its top, slices cover the view', () => {
    const g = twoHeights(rows, 32, 108);
    const total = rows.event.length;
    const years = rows.heads.length;
    expect(g.y(total)).to.equal(years * 32 + (total - years) * 108);
    for (const r of [0, 1, 2, rows.heads[1]!, rows.heads[1]! + 1, 500_000, total - 1]) {
      expect([g.rowAt(g.y(r)), g.rowAt(g.y(r) + g.size(r) - 0.5)], `row ${r}`).to.deep.equal([r, r]);
      expect(g.size(r), `row ${r}`).to.equal(rows.event[r]! < 0 ? 32 : 108);
    }
    const viewport = 600;
    const height = sliceAt(total, g, 0, viewport, 8).height;
    for (const scrollTop of [0, 77, 5_000, height / 3, height - viewport]) {
      const s = sliceAt(total, g, scrollTop, viewport, 8);
      expect(s.to - s.from, `at ${scrollTop}`).to.be.below(30);
      expect(s.top, `at ${scrollTop}`).to.be.at.least(0);
      expect(s.top + g.y(s.to) - g.y(s.from) + s.bottom).to.be.closeTo(height, 1);
      // The drawn rows reach over the whole view.
      const p = scrollTop * s.ratio;
      expect(g.y(s.from) <= p + 1e-6 && g.y(s.to) >= Math.min(g.y(total), p + viewport), `covers at ${scrollTop}`).to.equal(true);
    }
    const row = rows.rowOf[700_000]!;
    const at = scrollFor(row, sliceAt(total, g, 0, viewport, 8), g, 0, viewport, 32);
    const s = sliceAt(total, g, at, viewport, 8);
    expect(row >= s.from && row < s.to).to.equal(true);
  });
});
