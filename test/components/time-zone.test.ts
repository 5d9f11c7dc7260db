import { expect, fixture, html } from '@open-wc/testing';
import type { TimelineEventInput, TlTimeline } from '../../src/index.js';
import { $, $$, cdp, frame, until } from './helpers.js';

/** A press conference at 20:15 in Berlin (19:15Z, winter time) and the questions after it. */
const EVENTS: TimelineEventInput[] = [
  { id: 'press', start: '2024-11-05T19:15Z', title: 'Press conference', group: 'Berlin' },
  { id: 'questions', start: '2024-11-05T23:45Z', title: 'Questions', group: 'Berlin' },
  { id: 'day', start: '2024-11-05', title: 'Election day', group: 'Dates' },
];

async function mount(zone: string | undefined, lang = 'de'): Promise<TlTimeline> {
  const el = await fixture<TlTimeline>(html`<tl-timeline style="width: 1000px" lang=${lang} time-zone=${zone ?? ''} .events=${EVENTS}></tl-timeline>`);
  await inForce(el);
  await frame();
  return el;
}

/** Waits until the timeline's zone (whose code loads on first use) is in force and drawn. */
async function inForce(el: TlTimeline): Promise<void> {
  await el.model.setTimeZone(el.timeZone);
  await el.updateComplete;
}

/** The card's date (before its lane) for event `id`. */
async function cardDate(el: TlTimeline, id: string): Promise<string> {
  el.select(id);
  await el.updateComplete;
  return when(el);
}

const when = (el: TlTimeline) => $(el, '[part="detail"] .when')!.textContent!.split(' · ')[0]!.trim();

/** The axis labels over 18:30Z–01:30Z (hour ticks at this width). */
async function hourLabels(el: TlTimeline): Promise<string[]> {
  await el.zoomTo(Date.UTC(2024, 10, 5, 18, 30), Date.UTC(2024, 10, 6, 1, 30), { animate: false });
  return $$(el, '.axis .tick-label').map((t) => t.textContent!);
}

describe('<tl-timeline time-zone>', () => {
  it('writes a time in Berlin in the card, naming the zone, and ticks the axis on Berlin hours', async () => {
    const el = await mount('Europe/Berlin');
    expect(await cardDate(el, 'press')).to.equal('5. November 2024 um 20:15 MEZ');
    expect(await hourLabels(el)).to.deep.equal(['20:00', '21:00', '22:00', '23:00', '00:00', '01:00', '02:00']);
    const option = $$(el, '[part="event"]').find((o) => o.dataset['eventId'] === 'press')!;
    expect(option.getAttribute('aria-label')).to.contain('20:15 MEZ');
  });

  it('keeps a date without a time on its day, with no zone named', async () => {
    const el = await mount('America/New_York');
    expect(await cardDate(el, 'day')).to.equal('5. November 2024');
    expect(await cardDate(el, 'press')).to.equal('5. November 2024 um 14:15 GMT-5');
  });

  it('stays in UTC without the attribute, and follows a change of the property', async () => {
    const el = await mount(undefined);
    expect(await cardDate(el, 'press')).to.equal('5. November 2024 um 19:15 UTC');
    expect((await hourLabels(el))[0]).to.equal('19:00');
    el.timeZone = 'Europe/Berlin';
    await el.updateComplete;
    await inForce(el);
    expect(when(el)).to.equal('5. November 2024 um 20:15 MEZ');
    expect($$(el, '.axis .tick-label').map((t) => t.textContent)[0]).to.equal('20:00');
  });

  it('has the list and the overview follow the timeline’s zone', async () => {
    const el = await fixture<TlTimeline>(
      html`<tl-timeline style="width: 1000px" lang="de" time-zone="Europe/Berlin" show-list .events=${EVENTS}><tl-overview></tl-overview></tl-timeline>`,
    );
    await inForce(el);
    const list = () => el.shadowRoot!.querySelector('tl-list')?.shadowRoot;
    await until(() => !!list()?.querySelector('[part="row"]'), 'the list');
    const dates = [...list()!.querySelectorAll('[part="row"] td:first-child')].map((td) => td.textContent!.trim());
    expect(dates).to.include.members(['5. November 2024', '5. November 2024 um 20:15 MEZ', '6. November 2024 um 00:45 MEZ']);
    await el.zoomTo(Date.UTC(2024, 10, 5, 18, 30), Date.UTC(2024, 10, 6, 1, 30), { animate: false });
    const thumb = () => el.querySelector('tl-overview')?.shadowRoot?.querySelector('[data-end="start"]');
    await until(() => !!thumb(), 'the overview');
    await until(() => thumb()!.getAttribute('aria-valuetext') === '5. November 2024 um 19:30 MEZ', 'the overview in Berlin time');
  });

  it('uses the reader’s zone for time-zone="local"', async () => {
    await cdp('Emulation.setTimezoneOverride', { timezoneId: 'Asia/Kolkata' });
    try {
      const el = await mount('local');
      expect(el.model.zone?.id).to.match(/^Asia\/(Kolkata|Calcutta)$/);
      expect(await cardDate(el, 'press')).to.equal('6. November 2024 um 00:45 GMT+5:30');
      expect((await hourLabels(el))[0]).to.equal('00:00');
    } finally {
      await cdp('Emulation.setTimezoneOverride', { timezoneId: '' });
    }
  });

  it('reads an unknown zone as UTC with one warning, and does not throw', async () => {
    const warn = console.warn;
    const said: string[] = [];
    console.warn = (...args: unknown[]) => said.push(String(args[0]));
    let el: TlTimeline;
    try {
      el = await mount('Europe/Atlantis');
      el.lang = 'en';
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(said.filter((s) => s.includes('Europe/Atlantis'))).to.have.length(1);
    expect(el.model.zone).to.equal(undefined);
    expect(await cardDate(el, 'press')).to.equal('November 5, 2024 at 07:15 PM UTC');
  });
});
