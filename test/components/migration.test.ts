// A newsroom's TimelineJS timeline moved over: every media item in its card as media (an image, a player, a
// click-to-load placeholder carrying its URL, a link or a quote), every caption and credit shown, the title slide
// as the story's title card, and not one request to a third-party site before a click.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TlTimeline } from '../../src/index.js';
import { loadCardKit } from '../../src/components/timeline/card-loader.js';
import { fixtureJson, fixtureJsonText } from '../formats/fixtures.js';
import { $, $$, frame, until } from './helpers.js';

/** The file as a page would serve it (the test server turns .json paths into modules, so through a blob URL). */
const SRC = URL.createObjectURL(new Blob([await fixtureJsonText('media-newsroom.timelinejs.json')], { type: 'application/json' }));

interface Slide {
  unique_id?: string;
  media?: { url?: string; caption?: string; credit?: string };
}

describe('<tl-timeline> TimelineJS migration', () => {
  before(() => setViewport({ width: 1200, height: 900 }));

  it('shows every media item of a 29-slide newsroom timeline in its card, with every caption and credit', async () => {
    await loadCardKit();
    const data = (await fixtureJson('media-newsroom.timelinejs.json')) as { events: Slide[] };
    const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1100px; height: 600px" src=${SRC}></tl-timeline>`);
    await until(() => el.normalizedEvents.length > 0, 'the slides as events').catch((e) => {
      throw new Error(`${e.message}: ${el.normalizedEvents.length} events, ${JSON.stringify(el.dataErrors.slice(0, 3))}, status ${el.shadowRoot!.querySelector('[part="status"]')?.textContent}`);
    });
    expect(el.normalizedEvents.length).to.equal(data.events.length);
    const pageOrigin = location.origin;
    let media = 0;
    let asMedia = 0;
    let captions = 0;
    let credits = 0;
    const captioned = data.events.filter((s) => s.media?.caption).length;
    const credited = data.events.filter((s) => s.media?.credit).length;
    for (const e of el.normalizedEvents) {
      if (!e.media.length) continue;
      media += e.media.length;
      el.select(e.id);
      await until(() => $$(el, '[part="media"]').length === e.media.length, `the media of ${e.id}`);
      for (const figure of $$(el, '[part="media"]')) {
        const shown = figure.querySelector('img, video, audio, iframe, .media-placeholder [part="media-load"], a.media-link, .media-quote');
        if (shown) asMedia++;
      }
      captions += $$(el, '[part="caption"]').filter((c) => c.textContent!.trim()).length;
      credits += $$(el, '[part="credit"]').filter((c) => c.textContent!.trim()).length;
    }
    expect(media).to.be.at.least(29);
    expect(asMedia, 'media shown as media').to.equal(media);
    expect(captions, 'captions').to.equal(captioned);
    expect(credits, 'credits').to.equal(credited);
    for (let i = 0; i < 5; i++) await frame();
    const thirdParty = performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name))
      .filter((u) => u.origin !== pageOrigin && !/^(example\.(org|com)|upload\.wikimedia\.org)$/.test(u.hostname));
    // Images in an opened card load with it (the reader asked for the card); no player, script or frame did.
    expect(thirdParty.filter((u) => !/\.(jpe?g|png|gif|webp|avif|svg)$/i.test(u.pathname)).map(String), 'no player or script before a click').to.deep.equal([]);
    el.remove();
  });

  it('opens a story on the TimelineJS title slide, then goes through the slides in time order', async () => {
    await loadCardKit();
    const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1100px" story src=${SRC}></tl-timeline>`);
    await until(() => !!$(el, '.title-card h2'), 'the title card');
    expect($(el, '.title-card h2')!.textContent).to.equal('The Harbour Bridge: a year without a crossing');
    $(el, '[part="next"]')!.click();
    await until(() => !$(el, '.title-card'), 'the first event');
    expect($(el, '[part~="detail"] h2')!.textContent).to.equal(String(el.normalizedEvents[0]!.title));
    el.remove();
  });

  it('opens every card of a hostile TimelineJS file without anything running: no script, handler, javascript: link or frame', async () => {
    await loadCardKit();
    const hostile = URL.createObjectURL(new Blob([await fixtureJsonText('media-hostile.timelinejs.json')], { type: 'application/json' }));
    const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1100px" src=${hostile}></tl-timeline>`);
    await until(() => el.normalizedEvents.length > 0, 'the readable slides');
    const pwned = () => (window as unknown as { __pwned?: string }).__pwned;
    for (const e of el.normalizedEvents) {
      el.select(e.id);
      await until(() => $(el, '[part~="detail"] h2')?.textContent === String(e.title), `the card of ${e.id}`);
      for (let i = 0; i < 3; i++) await frame();
      // Every placeholder a reader could press, pressed.
      for (const button of $$(el, '[part="media-load"]')) button.click();
      for (let i = 0; i < 3; i++) await frame();
      const card = $(el, '[part~="detail"]')!;
      expect([...card.querySelectorAll('script, object, embed')].length, `${e.id}: no script`).to.equal(0);
      const handlers = [...card.querySelectorAll('*')].flatMap((n) => [...n.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name));
      expect(handlers, `${e.id}: no handler attributes`).to.deep.equal([]);
      const urls = [...card.querySelectorAll<HTMLElement>('[href], [src]')].map((n) => n.getAttribute('href') ?? n.getAttribute('src') ?? '');
      expect(urls.filter((u) => !/^(https?:|\/|\.|#|[a-z0-9-]+(\/|\.|$))/i.test(u.trim())), `${e.id}: only web links`).to.deep.equal([]);
      expect([...card.querySelectorAll('iframe')].every((f) => f.src.startsWith('https://')), `${e.id}: frames only of https players`).to.equal(true);
    }
    expect(pwned(), 'nothing ran').to.equal(undefined);
    el.remove();
  });
});
