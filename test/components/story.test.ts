// Reading event by event: previous/next in the card by button, arrow key and swipe, the story's title card, what a
// screen reader hears, and how the view follows.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TimelineEventInput, TlTimeline } from '../../src/index.js';
import { loadCardKit } from '../../src/components/timeline/card-loader.js';
import { $, cdp, center, frame, swipe, until } from './helpers.js';

const STORY: TimelineEventInput[] = [
  { id: 'a', start: '1969-07-16', title: 'Apollo 11 lifts off', category: 'flight' },
  { id: 'b', start: '1969-07-20', title: 'The landing', category: 'surface' },
  { id: 'c', start: '1969-07-21', title: 'First steps', category: 'surface' },
  { id: 'd', start: '1969-07-24', title: 'Splashdown', category: 'flight' },
  { id: 'e', start: '1970-04', title: 'Apollo 13: a month to remember', category: 'flight' },
];

/** The element's updates done, with the card's code (loaded with the first card that opens) here. */
async function settle(el: TlTimeline): Promise<void> {
  await loadCardKit();
  for (let i = 0; i < 3; i++) {
    await frame();
    await el.updateComplete;
  }
}

const heading = (el: TlTimeline) => $(el, '[part~="detail"] h2')?.textContent;
const live = (el: TlTimeline) => el.shadowRoot!.querySelector('[role="status"][aria-live]')!.textContent;

describe('<tl-timeline> story', () => {
  before(() => setViewport({ width: 1200, height: 800 }));

  it('goes to the next and previous event from the card, names where the buttons go, and says each step once', async () => {
    const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px" .events=${STORY}></tl-timeline>`);
    await settle(el);
    el.select('b');
    await settle(el);
    expect($(el, '[part="next"]')!.getAttribute('aria-label')).to.equal('Next: First steps');
    expect($(el, '[part="previous"]')!.getAttribute('aria-label')).to.equal('Previous: Apollo 11 lifts off');
    const selected = oneEvent(el, 'tl-select');
    $(el, '[part="next"]')!.click();
    expect((await selected).detail.event.id).to.equal('c');
    await settle(el);
    expect(heading(el)).to.equal('First steps');
    expect(live(el)).to.match(/^First steps, July 21, 1969/);
    // The event is in view, on its own.
    const shown = el.visibleItems().find((i) => i.type === 'event' && i.id === 'c');
    expect(shown, 'drawn on its own').to.exist;
    $(el, '[part="previous"]')!.click();
    await settle(el);
    expect(heading(el)).to.equal('The landing');
    el.remove();
  });

  it('steps with ← and → while the focus is in the card, and stops at the ends', async () => {
    const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px" .events=${STORY}></tl-timeline>`);
    await settle(el);
    el.select('d');
    await settle(el);
    $(el, '[part="next"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(heading(el)).to.equal('Apollo 13: a month to remember');
    expect(($(el, '[part="next"]') as HTMLButtonElement).disabled, 'last event: no next').to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(heading(el)).to.equal('Apollo 13: a month to remember');
    $(el, '[part~="detail"] h2')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(heading(el)).to.equal('First steps');
    el.remove();
  });

  it('passes over hidden categories', async () => {
    const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px" color-by="category" .events=${STORY}></tl-timeline>`);
    await settle(el);
    $(el, '[part="category"][data-category="surface"]')!.click();
    await settle(el);
    el.select('a');
    await settle(el);
    $(el, '[part="next"]')!.click();
    await settle(el);
    expect(heading(el)).to.equal('Splashdown');
    el.remove();
  });

  it('turns the card with a horizontal swipe, and leaves a vertical one to the page', async () => {
    const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px" .events=${STORY}></tl-timeline>`);
    await settle(el);
    el.select('b');
    await settle(el);
    const card = $(el, '[part~="detail"]')!;
    card.scrollIntoView({ block: 'center' });
    const [x, y] = center(card);
    await cdp('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 2 });
    await swipe([x + 120, y], [x - 120, y + 10]);
    await until(() => heading(el) === 'First steps', 'the next event after a swipe to the left');
    await swipe([x - 120, y], [x + 120, y]);
    await until(() => heading(el) === 'The landing', 'the previous one after a swipe to the right');
    await swipe([x, y + 60], [x + 10, y - 60]);
    await settle(el);
    expect(heading(el), 'a vertical swipe does not turn it').to.equal('The landing');
    await cdp('Emulation.setTouchEmulationEnabled', { enabled: false });
    el.remove();
  });

  it('opens on a title card in story mode; next goes to the first event, previous comes back', async () => {
    const el = await fixture<TlTimeline>(
      html`<tl-timeline lang="en" style="width: 1000px" story heading="Eight days in July" text="<p>The first <b>landing</b> on the Moon.</p>" .events=${STORY}></tl-timeline>`,
    );
    await settle(el);
    expect(heading(el)).to.equal('Eight days in July');
    await until(() => $(el, '.title-card .summary b')?.textContent === 'landing', 'the sanitized text');
    expect($(el, '[part="previous"]')!.hasAttribute('disabled')).to.equal(true);
    expect($(el, '[part="next"]')!.getAttribute('aria-label')).to.equal('Next: Apollo 11 lifts off');
    $(el, '[part="next"]')!.click();
    await settle(el);
    expect(heading(el)).to.equal('Apollo 11 lifts off');
    expect($(el, '[part="previous"]')!.getAttribute('aria-label')).to.equal('Previous: Eight days in July');
    $(el, '[part="previous"]')!.click();
    await settle(el);
    expect(heading(el)).to.equal('Eight days in July');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('moves the view in one step for a reader who prefers less motion', async () => {
    const count = async (reduce: boolean) => {
      await cdp('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: reduce ? 'reduce' : 'no-preference' }] });
      const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px" .events=${STORY}></tl-timeline>`);
      await settle(el);
      el.select('d');
      await settle(el);
      let changes = 0;
      el.addEventListener('tl-range-change', () => changes++);
      $(el, '[part="next"]')!.click();
      await until(() => heading(el) === 'Apollo 13: a month to remember', 'the step');
      for (let i = 0; i < 40; i++) await frame();
      el.remove();
      return changes;
    };
    const smooth = await count(false);
    const reduced = await count(true);
    await cdp('Emulation.setEmulatedMedia', { features: [] });
    expect(smooth, 'animated').to.be.above(2);
    expect(reduced, 'one move').to.equal(1);
  });
});
