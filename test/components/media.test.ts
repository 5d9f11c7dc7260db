// Media in the card as a reader meets them: an image with its text alternative, caption and credit; an image that
// fails; a player that loads only when asked (no request to its site before); hostile captions; notes on the data.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TimelineEventInput, TlTimeline } from '../../src/index.js';
import { loadCardKit } from '../../src/components/timeline/card-loader.js';
import { $, $$, frame, until } from './helpers.js';

const PHOTO = new URL('../fixtures/photo-red.png', import.meta.url).href;

async function open(events: TimelineEventInput[], id: string): Promise<TlTimeline> {
  await loadCardKit();
  const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 900px" .events=${events}></tl-timeline>`);
  await el.updateComplete;
  el.select(id);
  await until(() => !!$(el, '[part="media"]'), 'the media in the card');
  return el;
}

const requestsTo = (host: string) => performance.getEntriesByType('resource').filter((r) => new URL(r.name).hostname.endsWith(host));

describe('<tl-timeline> media in the card', () => {
  before(() => setViewport({ width: 1200, height: 800 }));

  it('shows an image with its text alternative, a sanitized caption and the credit as text', async () => {
    const events = [
      {
        id: 'p',
        start: '2019-05-02',
        title: 'The new bridge opens',
        media: { url: PHOTO, alt: 'A red test card', caption: 'Opening day <b>crowds</b><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>', credit: '<i>City archive</i>' },
      },
    ];
    const el = await open(events, 'p');
    const img = $(el, '[part="media"] img') as HTMLImageElement;
    expect(img.alt).to.equal('A red test card');
    expect([img.loading, img.decoding, img.referrerPolicy]).to.deep.equal(['lazy', 'async', 'no-referrer']);
    await until(() => $(el, '[part="caption"] b')?.textContent === 'crowds', 'the sanitized caption');
    expect($(el, '[part="caption"] img, [part="caption"] script')).to.equal(null);
    expect($(el, '[part="credit"]')!.textContent).to.equal('<i>City archive</i>');
    await until(() => img.complete && img.naturalWidth > 0, 'the image loaded');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    el.remove();
  });

  it('says when an image cannot be loaded, and keeps its caption and credit', async () => {
    const events = [{ id: 'x', start: '2019-05-02', title: 'Lost photo', media: { url: '/no-such-photo.jpg', alt: 'The lost photo', caption: 'Taken at dawn', credit: 'A. Reader' } }];
    const el = await open(events, 'x');
    await until(() => !!$(el, '.media-error'), 'the error state');
    expect($(el, '.media-error')!.textContent).to.equal('The image could not be loaded.');
    expect($(el, '.media-error')!.getAttribute('aria-label')).to.equal('The lost photo');
    expect($(el, '[part="caption"]')!.textContent).to.equal('Taken at dawn');
    expect($(el, '[part="credit"]')!.textContent).to.equal('A. Reader');
    el.remove();
  });

  it('loads a YouTube player only when the reader asks for it, from youtube-nocookie.com', async () => {
    const events = [{ id: 'v', start: '2019-05-02', title: 'The speech', media: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', caption: 'The whole speech' } }];
    const el = await open(events, 'v');
    expect($(el, '[part="media"] iframe')).to.equal(null);
    const button = $(el, '[part="media-load"]')!;
    expect(button.textContent).to.contain('Load YouTube');
    expect(button.getAttribute('aria-label')).to.equal('Load YouTube: The whole speech');
    for (let i = 0; i < 5; i++) await frame();
    expect(requestsTo('youtube.com').length + requestsTo('youtube-nocookie.com').length + requestsTo('ytimg.com').length, 'no request before the click').to.equal(0);
    button.click();
    await until(() => !!$(el, '[part="media"] iframe'), 'the player');
    const frameEl = $(el, '[part="media"] iframe') as HTMLIFrameElement;
    expect(frameEl.src).to.match(/^https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ/);
    expect(frameEl.title).to.match(/^YouTube: /);
    expect(frameEl.getAttribute('sandbox')).to.contain('allow-scripts');
    el.remove();
  });

  it('reports media without alt text as a note, and still shows the event', async () => {
    const events = [{ id: 'n', start: '2019-05-02', title: 'No alt', media: { url: PHOTO, caption: 'A caption stands in' } }];
    const el = document.createElement('tl-timeline') as TlTimeline;
    el.lang = 'en';
    el.events = events;
    const reported = oneEvent(el, 'tl-data-error');
    document.body.append(el);
    const { detail } = await reported;
    expect(detail.errors.map((e: { warning?: boolean }) => e.warning)).to.deep.equal([true]);
    await el.updateComplete;
    expect(el.normalizedEvents.length).to.equal(1);
    expect($(el, '[part="notice"] summary')!.textContent).to.contain('1 note on the data');
    el.select('n');
    await until(() => !!$(el, '[part="media"] img'), 'the image');
    expect(($(el, '[part="media"] img') as HTMLImageElement).alt).to.equal('A caption stands in');
    el.remove();
  });

  it('lists a card with several media in order, each kind as itself', async () => {
    const events = [
      {
        id: 'm',
        start: '2019-05-02',
        title: 'Everything at once',
        media: [
          { url: PHOTO, alt: 'Photo' },
          { url: 'https://vimeo.com/76979871', caption: 'A film' },
          { url: 'https://example.org/interview.mp3', caption: 'Audio' },
          { url: 'https://en.wikipedia.org/wiki/Bridge', caption: 'Background' },
          { url: '<blockquote>They said <em>yes</em>.</blockquote>' },
        ],
      },
    ];
    const el = await open(events, 'm');
    await until(() => $$(el, '[part="media"]').length === 5, 'five media');
    expect($$(el, '[part="media"]').map((f) => f.className.replace('media media-', ''))).to.deep.equal(['image', 'embed', 'audio', 'link', 'quote']);
    expect(($(el, '[part="media"] audio') as HTMLAudioElement).preload).to.equal('none');
    expect($(el, '.media-link')!.getAttribute('rel')).to.equal('noopener noreferrer');
    await until(() => $(el, '.media-quote em')?.textContent === 'yes', 'the quote');
    el.remove();
  });
});
