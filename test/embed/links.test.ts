// hash-links: #event=<id> opens an event on load and on hashchange; selecting writes it with replaceState.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TlTimeline } from '../../src/index.js';
import { $, FIVE, frame, until } from '../components/helpers.js';

async function mountLinked(attrs = 'hash-links'): Promise<TlTimeline> {
  const el = document.createElement('tl-timeline');
  el.setAttribute('style', 'width:1000px');
  el.setAttribute('lang', 'en');
  for (const a of attrs.split(' ').filter(Boolean)) el.setAttribute(a, '');
  el.events = FIVE;
  document.body.append(el);
  await frame();
  await el.updateComplete;
  await frame();
  return el;
}

const openId = (el: TlTimeline) => $(el, '[part="detail"] h2')?.textContent;

describe('hash-links', () => {
  const start = location.href;
  before(() => setViewport({ width: 1200, height: 800 }));
  afterEach(() => {
    document.querySelectorAll('tl-timeline').forEach((n) => n.remove());
    history.replaceState(null, '', start);
  });

  it('opens the event named by #event=<id> on load and shows it', async () => {
    history.replaceState(null, '', '#event=may');
    const el = await mountLinked();
    await until(() => openId(el) === 'May, known to the month', 'the linked event to open');
    const [a, b] = [el.visibleRange.startMs, el.visibleRange.endMs];
    expect(a <= Date.UTC(2020, 4, 1) && b >= Date.UTC(2020, 4, 2)).to.equal(true);
  });

  it('writes #event=<id> on selection without adding history entries, and clears it on close', async () => {
    const el = await mountLinked();
    const length = history.length;
    $(el, '[part="event"][data-event-id="aug"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(location.hash).to.equal('#event=aug');
    expect(history.length).to.equal(length);
    $(el, '[part="detail"] .close')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('');
  });

  it('follows a changed fragment', async () => {
    const el = await mountLinked();
    location.hash = '#event=nov';
    await until(() => openId(el) === 'November event', 'the event from hashchange');
  });

  it('leaves the URL alone without the attribute', async () => {
    history.replaceState(null, '', '#event=may');
    const el = await mountLinked('');
    await frame();
    expect(openId(el)).to.equal(undefined);
    $(el, '[part="event"][data-event-id="aug"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(location.hash).to.equal('#event=may');
  });
});
