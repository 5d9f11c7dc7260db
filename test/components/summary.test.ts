// The summary line under the header: what the plot shows ("Showing 2009–2027: 25 of 26 events in 5 lanes"), the
// plot's description for assistive technology, kept up to date as the view moves, and never announced by itself.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TimelineEventInput, TlTimeline } from '../../src/index.js';
import { loadMessages, MESSAGES } from '../../src/components/timeline/messages.js';
import { formatSpan } from '../../src/model/text.js';
import { $, axTree, frame, until, type AXNode } from './helpers.js';

const LANES = ['Politics', 'Tech', 'Culture', 'Sport', 'Science'];
/** 25 events from 2009 to 2027 in five lanes, and one in 2040. */
const EVENTS: TimelineEventInput[] = [
  ...Array.from({ length: 25 }, (_, i) => ({ id: `e${i}`, start: `${2009 + Math.floor((i * 18) / 24)}-0${1 + (i % 9)}-15`, title: `Event ${i}`, group: LANES[i % 5] })),
  { id: 'late', start: '2040-06-01', title: 'Late', group: 'Tech' },
];

async function mount(lang = 'en'): Promise<TlTimeline> {
  const el = await fixture<TlTimeline>(html`<tl-timeline lang=${lang} label="Test" style="width: 1000px" .events=${EVENTS}></tl-timeline>`);
  await frame();
  await el.updateComplete;
  return el;
}

const [Y2009, Y2028] = [Date.UTC(2009, 0, 1), Date.UTC(2028, 0, 1)];
/** The window's span as the element writes it everywhere (Intl's range format: "2009 – 2027"). */
const SPAN = formatSpan(Y2009, Y2028, 'en');

const summaryOf = (el: TlTimeline) => $(el, '[part="summary"]')?.textContent ?? null;

describe('<tl-timeline> summary line', () => {
  before(() => setViewport({ width: 1200, height: 800 }));

  it('says the window, the events in it, of all, and the lanes', async () => {
    const el = await mount();
    await el.zoomTo(Y2009, Y2028, { animate: false });
    expect(summaryOf(el)).to.equal(`Showing ${SPAN}: 25 of 26 events in 5 lanes`);
    await el.fit({ animate: false });
    expect(summaryOf(el)).to.match(/^Showing 20\d\d\s?–\s?204\d: 26 of 26 events in 5 lanes$/);
    el.remove();
  });

  it('is the plot\'s description in the accessibility tree, and sits in no live region', async () => {
    const el = await mount();
    await el.zoomTo(Y2009, Y2028, { animate: false });
    const plot = $(el, '[part="plot"]')!;
    const line = $(el, '[part="summary"]')!;
    expect(plot.getAttribute('aria-describedby')).to.equal(line.id);
    expect(el.shadowRoot!.getElementById(line.id) === line, 'the id names the line in the same shadow root').to.equal(true);
    expect(line.closest('[aria-live], [role="status"], [role="alert"], [role="log"]') === null, 'not a live region').to.equal(true);
    const listbox = (await axTree()).find((n) => n.role?.value === 'listbox' && n.name?.value.startsWith('Test:')) as (AXNode & { description?: { value: string } }) | undefined;
    expect(listbox?.description?.value).to.equal(`Showing ${SPAN}: 25 of 26 events in 5 lanes`);
    el.remove();
  });

  it('follows the view as it moves, without putting it into the live region on every step', async () => {
    const el = await mount();
    await el.zoomTo(Y2009, Y2028, { animate: false });
    const live = $(el, '[aria-live]')!;
    const before = live.textContent;
    await el.zoomTo(Date.UTC(2012, 0, 1), Date.UTC(2013, 0, 1), { animate: false });
    // 2012 holds events 4 and 5 (their start years are 2009 + floor(18i/24)).
    expect(summaryOf(el)).to.equal(`Showing ${formatSpan(Date.UTC(2012, 0, 1), Date.UTC(2013, 0, 1), 'en')}: 2 of 26 events in 5 lanes`);
    expect(live.textContent, 'a zoom by code is not announced').to.equal(before);
    el.remove();
  });

  it('counts the lanes the events fill: a group without events has none', async () => {
    const el = await mount();
    el.events = EVENTS.filter((e) => e.group !== 'Science');
    await el.updateComplete;
    await el.zoomTo(Y2009, Y2028, { animate: false });
    expect(summaryOf(el)).to.equal(`Showing ${SPAN}: 20 of 21 events in 4 lanes`);
    el.remove();
  });

  it('speaks the element\'s language, plurals included', async () => {
    const de = await mount('de');
    await de.zoomTo(Y2009, Y2028, { animate: false });
    expect(summaryOf(de)).to.equal(`Angezeigt ${formatSpan(Y2009, Y2028, 'de')}: 25 von 26 Ereignissen in 5 Spuren`);
    de.remove();
    const pl = await mount('pl');
    await until(() => summaryOf(pl)?.startsWith('Widoczne') ?? false, 'Polish words');
    await pl.zoomTo(Y2009, Y2028, { animate: false });
    expect(summaryOf(pl)).to.equal(`Widoczne ${formatSpan(Y2009, Y2028, 'pl')}: 25 z 26 wydarzeń na 5 ścieżkach`);
    pl.remove();
  });

  it('has the plural forms each language needs for one event and one lane', async () => {
    expect(MESSAGES.en.summary('2012', 1, 1, 1)).to.equal('Showing 2012: 1 of 1 event in 1 lane');
    expect(MESSAGES.de.summary('2012', 1, 1, 1)).to.equal('Angezeigt 2012: 1 von 1 Ereignis in 1 Spur');
    const [pl, uk, fr] = await Promise.all([loadMessages('pl'), loadMessages('uk'), loadMessages('fr')]);
    expect(pl.summary('2012', 1, 1, 1)).to.equal('Widoczne 2012: 1 z 1 wydarzenia na 1 ścieżce');
    expect(uk.summary('2012', 3, 21, 2)).to.equal('Показано 2012: 3 з 21 події у 2 доріжках');
    expect(uk.summary('2012', 3, 25, 1)).to.equal('Показано 2012: 3 з 25 подій у 1 доріжці');
    expect(fr.summary('2012', 2, 2, 2)).to.equal('Affichage 2012 : 2 sur 2 événements dans 2 pistes');
  });
});
