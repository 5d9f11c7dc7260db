// Declarative data: src (success, HTTP error, bad JSON, network, abort), inline JSON, <tl-event> children, the
// precedence between them, other tools' files through src + format, and script-free rendering of hostile HTML.
import { expect, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TimelineEvent, TlErrorDetail, TlLoadDetail, TlTimeline } from '../../src/index.js';
import { $, $$, FIVE, frame, until } from '../components/helpers.js';

type Pwned = { __pwned?: unknown };
const pwned = () => (window as Pwned).__pwned;

/** A `<tl-timeline>` from markup, attached to the body (removed after each test). */
function create(markup: string): TlTimeline {
  const holder = document.createElement('div');
  holder.className = 'holder';
  holder.innerHTML = markup;
  document.body.append(holder);
  return holder.querySelector('tl-timeline')!;
}

async function settled(el: TlTimeline): Promise<void> {
  await until(() => el.shadowRoot !== null && el.clientWidth > 0, 'the element to render');
  await frame();
  await el.updateComplete;
  await frame();
  await el.updateComplete;
}

const drawnIds = (el: TlTimeline) => $$(el, '[part="event"]').map((n) => n.dataset.eventId).sort();
const byId = (el: TlTimeline, id: string): TimelineEvent | undefined => el.normalizedEvents.find((e) => e.id === id);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('declarative data', () => {
  before(() => setViewport({ width: 1200, height: 800 }));
  afterEach(() => {
    document.querySelectorAll('.holder').forEach((n) => n.remove());
    delete (window as Pwned).__pwned;
  });

  describe('src', () => {
    it('shows a loading state, then the events, and fires tl-load', async () => {
      const el = create('<tl-timeline style="width:1000px" lang="en" src="/fetch/slow/300/timelinejs.json"></tl-timeline>');
      const loaded = oneEvent(el, 'tl-load');
      await until(() => $(el, '[part="status"]') !== null, 'the loading state');
      expect($(el, '[part="status"]')!.dataset.state).to.equal('loading');
      expect($(el, '[part="status"]')!.textContent).to.contain('Loading events');
      const { detail } = (await loaded) as CustomEvent<TlLoadDetail>;
      expect(detail).to.deep.equal({ origin: 'src', src: '/fetch/slow/300/timelinejs.json', format: 'timelinejs', count: 9 });
      await settled(el);
      expect($(el, '[part="status"]')).to.equal(null);
      expect(el.normalizedEvents.length).to.be.greaterThan(5);
    });

    it('shows the HTTP status of a failed request and fires tl-error', async () => {
      const el = create('<tl-timeline style="width:1000px" lang="en" src="/fetch/status/404"></tl-timeline>');
      const { detail } = (await oneEvent(el, 'tl-error')) as CustomEvent<TlErrorDetail>;
      expect(detail).to.include({ kind: 'http', status: 404, src: '/fetch/status/404', origin: 'src' });
      await settled(el);
      const status = $(el, '[part="status"]')!;
      expect(status.dataset.state).to.equal('error');
      expect(status.getAttribute('role')).to.equal('alert');
      expect(status.textContent).to.contain('Could not load the events from /fetch/status/404.');
      expect(status.textContent).to.contain('HTTP 404 Not Found (not found)');
      expect($(el, '.empty')!.textContent).to.equal('');
    });

    it('says the file is not valid JSON', async () => {
      const el = create('<tl-timeline style="width:1000px" lang="en" src="/fetch/bad.json"></tl-timeline>');
      const { detail } = (await oneEvent(el, 'tl-error')) as CustomEvent<TlErrorDetail>;
      expect(detail.kind).to.equal('parse');
      await settled(el);
      expect($(el, '[part="status"]')!.textContent).to.match(/The file is not valid JSON \(.+\)/);
    });

    it('reports a server that does not answer as a network/CORS error, in German with lang="de"', async () => {
      const el = create('<tl-timeline style="width:1000px" lang="de" src="http://127.0.0.1:9/events.json"></tl-timeline>');
      const { detail } = (await oneEvent(el, 'tl-error')) as CustomEvent<TlErrorDetail>;
      expect(detail.kind).to.equal('network');
      await settled(el);
      expect($(el, '[part="status"]')!.textContent).to.contain('CORS');
      expect($(el, '[part="status"]')!.textContent).to.contain('konnten nicht geladen werden');
    });

    it('says so when the connection breaks while the data arrives, instead of blaming CORS', async () => {
      const el = create('<tl-timeline style="width:1000px" lang="en" src="/fetch/reset.json"></tl-timeline>');
      const { detail } = (await oneEvent(el, 'tl-error')) as CustomEvent<TlErrorDetail>;
      expect([detail.kind, detail.status]).to.deep.equal(['interrupted', 200]);
      await settled(el);
      const text = $(el, '[part="status"]')!.textContent!;
      expect(text).to.contain('connection broke');
      expect(text).not.to.contain('CORS');
    });

    it('says when the data is in no format it reads', async () => {
      const el = create('<tl-timeline style="width:1000px" lang="en"></tl-timeline>');
      const failed = oneEvent(el, 'tl-error');
      el.src = '/fetch/fixtures/plain.csv';
      el.format = 'vis';
      const { detail } = (await failed) as CustomEvent<TlErrorDetail>;
      expect(detail.kind).to.equal('format');
    });

    it('aborts the first request when src changes, and shows only the second file', async () => {
      const signals: AbortSignal[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        if (init?.signal) signals.push(init.signal);
        return realFetch(input, init);
      };
      try {
        const el = create('<tl-timeline style="width:1000px" lang="en" src="/fetch/slow/1500/timelinejs.json"></tl-timeline>');
        const loads: string[] = [];
        el.addEventListener('tl-load', (e) => loads.push(e.detail.src!));
        await until(() => signals.length === 1, 'the first request');
        el.src = '/fetch/fixtures/vis-items.json';
        await until(() => loads.length === 1, 'the second file');
        expect(signals).to.have.length(2);
        expect(signals[0]!.aborted).to.equal(true);
        expect(signals[1]!.aborted).to.equal(false);
        await new Promise((r) => setTimeout(r, 1700));
        await settled(el);
        expect(loads).to.deep.equal(['/fetch/fixtures/vis-items.json']);
        expect(el.normalizedEvents.map((e) => e.id).sort()).to.deep.equal(['1', '2', '3', '4', '6', 'vis-8']);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('aborts the request when the element leaves the page', async () => {
      const el = create('<tl-timeline style="width:1000px" src="/fetch/slow/800/vis-items.json"></tl-timeline>');
      let loaded = false;
      el.addEventListener('tl-load', () => (loaded = true));
      await frame();
      el.remove();
      await new Promise((r) => setTimeout(r, 1000));
      expect(loaded).to.equal(false);
    });
  });

  describe('other tools’ files through src', () => {
    it('reads a TimelineJS3 JSON file: dates at their precision, plain headlines, sanitized text', async () => {
      const el = create('<tl-timeline style="width:1000px" lang="en" format="timelinejs" src="/fetch/fixtures/timelinejs.json"></tl-timeline>');
      await oneEvent(el, 'tl-load');
      await settled(el);
      const apollo = byId(el, 'apollo-11')!;
      expect(apollo.title).to.equal('Apollo 11 lands');
      expect(iso(apollo.start.min)).to.equal('1969-07-20T20:17:40.000Z');
      expect(apollo.group).to.equal('Space');
      const ww2 = byId(el, 'ww2')!;
      expect([iso(ww2.start.min), iso(ww2.end?.max)]).to.deep.equal(['1939-09-01T00:00:00.000Z', '1945-09-03T00:00:00.000Z']);
      expect(byId(el, 'tljs-1')!.start.precision).to.equal('year');
      expect(byId(el, 'tljs-2')!.start.precision).to.equal('month');
      await el.zoomTo(Date.UTC(1969, 6, 19), Date.UTC(1969, 6, 22));
      el.select('apollo-11');
      // The sanitizer loads with the first rich summary shown; its text is there meanwhile.
      await until(() => !!$(el, '[part="detail"] div.summary'), 'the sanitized summary');
      const card = $(el, '[part="detail"]')!;
      expect(card.querySelector('h2')!.textContent).to.equal('Apollo 11 lands');
      expect(card.querySelector('.summary a')!.getAttribute('href')).to.equal('https://www.nasa.gov/');
      expect(card.querySelector('.summary a')!.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('reads the TimelineJS Google-Sheets CSV layout and plain CSV, detected from the header', async () => {
      const sheet = create('<tl-timeline style="width:1000px" lang="en" src="/fetch/fixtures/timelinejs-sheet.csv"></tl-timeline>');
      const { detail } = (await oneEvent(sheet, 'tl-load')) as CustomEvent<TlLoadDetail>;
      expect(detail.format).to.equal('timelinejs-csv');
      await settled(sheet);
      expect(sheet.normalizedEvents.length).to.be.greaterThan(0);

      const plain = create('<tl-timeline style="width:1000px" lang="en" src="/fetch/fixtures/plain.csv"></tl-timeline>');
      const loaded = (await oneEvent(plain, 'tl-load')) as CustomEvent<TlLoadDetail>;
      expect(loaded.detail.format).to.equal('csv');
      await settled(plain);
      const moon = byId(plain, 'moon')!;
      expect([moon.title, moon.group, iso(moon.start.min)]).to.deep.equal(['Moon landing', 'Space', '1969-07-20T00:00:00.000Z']);
      expect(byId(plain, 'ww2')!.url).to.equal(undefined);
    });

    it('reads vis-timeline items with their groups', async () => {
      const el = create('<tl-timeline style="width:1000px" lang="en" format="vis" src="/fetch/fixtures/vis-items.json"></tl-timeline>');
      await oneEvent(el, 'tl-load');
      await settled(el);
      const range = byId(el, '2')!;
      expect(range.title).to.equal('Bold range');
      expect([range.start.edtf, range.end?.edtf]).to.deep.equal(['2014-04-14', '2014-04-19']);
      expect(iso(byId(el, '4')!.start.min)).to.equal('2014-04-16T10:30:00.000Z');
      expect(byId(el, '1')!.group).to.equal('Science');
    });
  });

  describe('inline JSON and <tl-event> children', () => {
    it('reads an inline <script type="application/json"> child', async () => {
      const el = create(`<tl-timeline style="width:1000px" lang="en"><script type="application/json">
        [{ "id": "a", "start": "2020-01-10", "title": "Inline A" }, { "id": "b", "start": "2020-06", "title": "Inline B" }]
      </script></tl-timeline>`);
      await settled(el);
      expect(drawnIds(el)).to.deep.equal(['a', 'b']);
    });

    it('shows an error for broken inline JSON', async () => {
      const el = create('<tl-timeline style="width:1000px" lang="en"><script type="application/json">{ nope</script></tl-timeline>');
      await settled(el);
      expect($(el, '[part="status"]')!.textContent).to.contain('Could not read the events.');
      expect($(el, '[part="status"]')!.textContent).to.contain('not valid JSON');
    });

    it('renders <tl-event> children as events: title, summary, group, dates, link', async () => {
      const el = create(`<tl-timeline style="width:1000px" lang="en">
        <tl-event id="i3" start="2012" end="2014" group="BMW" href="https://example.org/i3">i3 launch <p>The <b>electric</b> car.</p></tl-event>
        <tl-event start="2016-03" group="BMW">Centenary</tl-event>
      </tl-timeline>`);
      await settled(el);
      expect(drawnIds(el)).to.deep.equal(['i3', 'tl-event-2']);
      const i3 = byId(el, 'i3')!;
      expect([i3.title, i3.group, i3.url, i3.start.edtf, i3.end?.edtf]).to.deep.equal(['i3 launch', 'BMW', 'https://example.org/i3', '2012', '2014']);
      el.select('i3');
      await until(() => !!$(el, '[part="detail"] div.summary'), 'the sanitized summary');
      expect($(el, '[part="detail"] .summary')!.innerHTML).to.contain('<p>The <b>electric</b> car.</p>');
      // The children are not slotted: the page no longer shows them.
      expect(el.querySelector('tl-event')!.getClientRects().length).to.equal(0);
    });

    it('follows added, removed and edited children', async () => {
      const el = create(`<tl-timeline style="width:1000px" lang="en">
        <tl-event id="a" start="2020-01">A</tl-event><tl-event id="b" start="2020-05">B</tl-event>
      </tl-timeline>`);
      await settled(el);
      expect(drawnIds(el)).to.deep.equal(['a', 'b']);
      const c = document.createElement('tl-event');
      c.id = 'c';
      c.start = '2020-09';
      c.textContent = 'C';
      el.append(c);
      await until(() => drawnIds(el).includes('c'), 'the added child');
      el.querySelector('#a')!.remove();
      await until(() => !drawnIds(el).includes('a'), 'the removed child to go');
      el.querySelector<HTMLElement>('#b')!.setAttribute('group', 'Moved');
      await until(() => byId(el, 'b')?.group === 'Moved', 'the edited child');
      expect(drawnIds(el)).to.deep.equal(['b', 'c']);
    });

    it('lets code-set events win over src, src over inline JSON, inline JSON over children', async () => {
      const markup = `<tl-timeline style="width:1000px" lang="en">
        <script type="application/json">[{ "id": "inline", "start": "2020-03", "title": "Inline" }]</script>
        <tl-event id="child" start="2020-04">Child</tl-event>
      </tl-timeline>`;
      const el = create(markup);
      await settled(el);
      expect(drawnIds(el)).to.deep.equal(['inline']);
      el.querySelector('script')!.remove();
      await until(() => drawnIds(el).join() === 'child', 'the children once the script is gone');
      el.src = '/fetch/fixtures/plain.csv';
      await oneEvent(el, 'tl-load');
      await settled(el);
      expect(byId(el, 'moon')).to.not.equal(undefined);
      expect(byId(el, 'child')).to.equal(undefined);
      el.events = FIVE;
      await settled(el);
      expect(drawnIds(el)).to.deep.equal(['aug', 'jan', 'mar', 'may', 'nov']);
      el.src = '/fetch/status/500';
      await new Promise((r) => setTimeout(r, 200));
      await settled(el);
      expect($(el, '[part="status"]')).to.equal(null);
      expect(drawnIds(el)).to.deep.equal(['aug', 'jan', 'mar', 'may', 'nov']);
    });

    it('shows <tl-event> children as a list styled by the page until the element is defined', async () => {
      const frameEl = document.createElement('iframe');
      frameEl.className = 'holder';
      frameEl.style.cssText = 'width:1100px;height:600px';
      frameEl.src = '/test/embed/pages/children.html';
      document.body.append(frameEl);
      await new Promise((r) => frameEl.addEventListener('load', r, { once: true }));
      const doc = frameEl.contentDocument!;
      const win = frameEl.contentWindow as Window & typeof globalThis;
      const items = [...doc.querySelectorAll('tl-event')];
      expect(win.customElements.get('tl-timeline')).to.equal(undefined);
      expect(items).to.have.length(3);
      for (const item of items) {
        expect(win.getComputedStyle(item).display).to.equal('list-item');
        expect(item.getBoundingClientRect().height).to.be.greaterThan(10);
      }
      expect(doc.body.innerText).to.contain('Electric i3 launched');

      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/src/define.ts';
      doc.head.append(script);
      await until(() => !!win.customElements.get('tl-timeline'), 'the definition', 10000);
      const el = doc.querySelector('tl-timeline') as TlTimeline;
      await until(() => (el.shadowRoot?.querySelectorAll('[part="event"]').length ?? 0) === 3, 'three drawn events', 5000);
      for (const item of items) expect(item.getClientRects().length).to.equal(0);
    });
  });

  describe('hostile HTML', () => {
    const HOSTILE = [
      {
        id: 'img',
        start: '2020-02-01',
        title: '<img src=x onerror="window.__pwned=1">Image title',
        summaryHtml: '<p>Hi <img src=x onerror="window.__pwned=2"><a id="js" href="javascript:window.__pwned=3">click</a> <svg onload="window.__pwned=4"></svg></p>',
        url: 'javascript:window.__pwned=5',
      },
      { id: 'ok', start: '2020-08-01', title: 'Fine' },
    ];

    it('runs no script from titles, summaries or links, rendered, opened and clicked', async () => {
      const el = create('<tl-timeline style="width:1000px" lang="en"></tl-timeline>');
      el.events = HOSTILE;
      await settled(el);
      $(el, '[part="event"][data-event-id="img"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await until(() => !!$(el, '[part="detail"] div.summary'), 'the sanitized summary');
      const card = $(el, '[part="detail"]')!;
      expect(card.querySelector('h2')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">Image title');
      expect(card.querySelector('img, svg, [onerror], [onload]')).to.equal(null);
      const link = card.querySelector<HTMLAnchorElement>('#js, .summary a');
      expect(link?.hasAttribute('href') ?? false).to.equal(false);
      link?.click();
      expect(card.querySelector('a[href^="javascript"]')).to.equal(null);
      await new Promise((r) => setTimeout(r, 300));
      expect(pwned()).to.equal(undefined);
    });

    it('runs no script from a TimelineJS file loaded through src', async () => {
      const el = create('<tl-timeline style="width:1000px" lang="en" src="/fetch/fixtures/timelinejs.json"></tl-timeline>');
      await oneEvent(el, 'tl-load');
      await settled(el);
      el.select('xss');
      await el.updateComplete;
      const card = $(el, '[part="detail"]')!;
      expect(card.querySelector('img, svg, iframe, script, [onerror], [onload]')).to.equal(null);
      for (const a of card.querySelectorAll('a')) {
        expect(a.getAttribute('href') ?? '').to.not.match(/^\s*javascript:/i);
        a.addEventListener('click', (e) => e.preventDefault());
        a.click();
      }
      await new Promise((r) => setTimeout(r, 300));
      expect(pwned()).to.equal(undefined);
    });
  });
});
