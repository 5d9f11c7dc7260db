// <tl-filter>: typed into and clicked as a reader does (real key presses, real clicks), read through the
// timeline's model and the live region's text.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimelineEventInput, TlTimeline } from '../../src/index.js';
import '../../src/define.js';
import { frame, until } from './helpers.js';

const EVENTS: TimelineEventInput[] = [
  { id: 'a', start: '2001-03', title: 'Olympics in München', group: 'Sport', tags: ['games'] },
  { id: 'b', start: '2002-05', title: 'Hauptstraße renamed', group: 'City', category: 'law' },
  { id: 'c', start: '2003-07', title: 'Munich airport opens', group: 'City', category: 'building' },
  { id: 'd', start: '2004-09', title: 'Treaty of Munich remembered', group: 'Politics', tags: ['games', 'peace'] },
];

type Filter = HTMLElement & { for: string; updateComplete: Promise<boolean> };

async function mount(lang = 'en'): Promise<{ el: TlTimeline; filter: Filter }> {
  const root = await fixture<HTMLElement>(html`<div>
    <tl-filter for="tl"></tl-filter>
    <tl-timeline id="tl" style="width: 900px" lang=${lang} .events=${EVENTS}></tl-timeline>
  </div>`);
  const el = root.querySelector<TlTimeline>('tl-timeline')!;
  const filter = root.querySelector<Filter>('tl-filter')!;
  await customElements.whenDefined('tl-filter');
  await until(() => !!filter.shadowRoot?.querySelector('input'), 'the filter to render');
  await el.updateComplete;
  return { el, filter };
}

const part = (f: Filter, selector: string) => f.shadowRoot!.querySelector<HTMLElement>(selector)!;
const status = (f: Filter) => part(f, '[role="status"]').textContent!.trim();
const chip = (f: Filter, value: string) => [...f.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.dataset.value === value)!;

describe('<tl-filter>', () => {
  it('typing sets the query: the model counts the matches and the live region says so', async () => {
    const { el, filter } = await mount();
    expect(part(filter, 'input').getAttribute('type')).to.equal('search');
    expect(part(filter, 'label').textContent).to.equal('Search events');
    part(filter, 'input').focus();
    await sendKeys({ type: 'munchen' });
    await until(() => el.model.search.text === 'munchen', 'the query');
    await el.model.search.settled();
    expect(el.model.search.count).to.equal(1);
    await filter.updateComplete;
    expect(status(filter)).to.equal('1 of 4 events matches');
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'ich' });
    await until(() => el.model.search.text === 'munich', 'the new query');
    await el.model.search.settled();
    await filter.updateComplete;
    expect(el.model.search.count).to.equal(2);
    expect(status(filter)).to.equal('2 of 4 events match');
  });

  it('chips with counts toggle the filter, pressed and unpressed', async () => {
    const { el, filter } = await mount();
    const city = chip(filter, 'City');
    expect(city.getAttribute('aria-pressed')).to.equal('false');
    expect(city.textContent!.replace(/\s+/g, ' ').trim()).to.equal('City2');
    city.click();
    await el.model.search.settled();
    await filter.updateComplete;
    expect(el.model.search.filter).to.deep.equal({ groups: ['City'] });
    expect(el.model.search.count).to.equal(2);
    expect(chip(filter, 'City').getAttribute('aria-pressed')).to.equal('true');
    chip(filter, 'games').click();
    await el.model.search.settled();
    await filter.updateComplete;
    expect(el.model.search.count).to.equal(0);
    expect(status(filter)).to.equal('0 of 4 events match');
    chip(filter, 'City').click();
    chip(filter, 'games').click();
    await filter.updateComplete;
    expect(el.model.search.active).to.equal(false);
    expect(status(filter)).to.equal('');
  });

  it('with filter mode hide on the model, the timeline draws only the matches', async () => {
    const { el } = await mount();
    await frame();
    const before = el.visibleItems().length;
    expect(before).to.equal(4);
    el.model.search.setMode('hide');
    el.model.search.setText('munich');
    await el.model.search.settled();
    await el.updateComplete;
    await frame();
    await el.updateComplete;
    expect(el.model.shownEvents.map((e) => e.id)).to.deep.equal(['c', 'd']);
    expect(el.visibleItems().length).to.be.lessThan(before);
  });

  it('speaks the timeline\'s language: a French timeline\'s filter has a French label and status, the plot a French count', async () => {
    const { el, filter } = await mount('fr');
    await until(() => part(filter, 'label').textContent === 'Rechercher des événements', 'the French words');
    expect(chip(filter, 'City').parentElement!.getAttribute('aria-label')).to.equal('Groupes');
    chip(filter, 'City').click();
    await el.model.search.settled();
    await filter.updateComplete;
    await el.updateComplete;
    expect(status(filter)).to.equal('2 événements sur 4 correspondent');
    expect(el.shadowRoot!.querySelector('[part="plot"]')!.getAttribute('aria-label')).to.match(/: 2 événements sur 4 correspondent\./);
    part(filter, 'input').focus();
    await sendKeys({ type: 'munchen' });
    await until(() => el.model.search.text === 'munchen', 'the query');
    await el.model.search.settled();
    await filter.updateComplete;
    expect(status(filter)).to.equal('0 événement sur 4 correspond');
  });

  it('is accessible', async () => {
    const { filter } = await mount();
    await expect(filter).to.be.accessible();
  });
});
