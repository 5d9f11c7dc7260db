// Context layers as a reader meets them: eras named above the plot and reachable by keyboard, markers and the
// "now" line, colours by category with a legend that hides them, and lanes ordered, named, coloured and collapsed
// by the `groups` option — from properties, children and other tools' files.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { convert } from '../../src/formats/index.js';
import type { TimelineEventInput, TlTimeline } from '../../src/index.js';
import { fixtureJson } from '../formats/fixtures.js';
import { loadContextKit } from '../../src/components/timeline/kit-loader.js';
import { $, $$, axTree, frame, pixel, until } from './helpers.js';

/** The element's updates done, once eras and markers (loaded on demand, the first time a timeline has any) are here. */
async function settle(el: TlTimeline): Promise<void> {
  await loadContextKit();
  for (let i = 0; i < 4; i++) {
    await frame();
    await el.updateComplete;
  }
}

const WAR: TimelineEventInput[] = [
  { id: 'a', start: '1914-06-28', title: 'Sarajevo', group: 'Politics', category: 'war' },
  { id: 'b', start: '1916-07-01', title: 'The Somme', group: 'Battles', category: 'war' },
  { id: 'c', start: '1917-11-07', title: 'October Revolution', group: 'Politics', category: 'revolution' },
  { id: 'd', start: '1919-06-28', title: 'Versailles', group: 'Politics', category: 'treaty' },
  { id: 'e', start: '1929-10-24', title: 'Black Thursday', group: 'Economy', category: 'crash' },
];

const eraLabels = (el: TlTimeline) => $$(el, '[part="era"] .era-label').map((t) => t.textContent);

describe('<tl-timeline> context layers', () => {
  before(() => setViewport({ width: 1200, height: 800 }));

  describe('eras', () => {
    it('draws every era of a TimelineJS biography by name above the plot, in an 1100×600 embed', async () => {
      const data = convert(await fixtureJson('biography.timelinejs.json'));
      const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1100px; height: 600px" .events=${data.events} .eras=${data.eras}></tl-timeline>`);
      await settle(el);
      const titles = data.eras!.map((e) => (typeof e.title === 'string' ? e.title : ''));
      expect(titles.length).to.be.above(1);
      expect(eraLabels(el)).to.have.members(titles);
      // Named for a screen reader, in Chromium's own accessibility tree.
      const nodes = await axTree();
      for (const title of titles) expect(nodes.some((n) => n.role?.value === 'button' && n.name?.value.startsWith(`Era: ${title}, `)), title).to.equal(true);
      el.remove();
    });

    it('styles the strip with the sheet that comes with its code: translucent bands, labels haloed, one sheet per loaded kit', async () => {
      const eras = [{ id: 'ww1', start: '1914', end: '1918', title: 'First World War' }];
      const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px" .events=${WAR} .eras=${eras}></tl-timeline>`);
      await settle(el);
      const band = getComputedStyle($$(el, '.era-band')[0]!);
      expect(band.fillOpacity).to.equal('0.16');
      expect(getComputedStyle($$(el, '.era-label')[0]!).paintOrder).to.equal('stroke');
      expect(getComputedStyle($$(el, '.context')[0]!).display).to.equal('block');
      const sheets = el.shadowRoot!.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.startsWith('.era-band')));
      expect(sheets.length).to.equal(1);
      el.remove();
    });

    it('fades an end known only to a year, and draws an end known to the day sharp', async () => {
      const eras = [
        { id: 'ww1', start: '1914', end: '1918', title: 'First World War' },
        { id: 'weimar', start: '1919-08-11', end: '1933-01-30', title: 'Weimar Republic' },
      ];
      const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px" .events=${WAR} .eras=${eras}></tl-timeline>`);
      await settle(el);
      const masks = (id: string) => $$(el, `[data-era-id="${id}"] .era-band`).map((r) => r.getAttribute('mask'));
      expect(masks('ww1')).to.include('url(#tl-fade-in)');
      expect(masks('ww1')).to.include('url(#tl-fade-out)');
      expect(masks('weimar').every((m) => m === null)).to.equal(true);
      el.remove();
    });

    it('stacks overlapping eras in their own rows', async () => {
      const eras = [
        { id: 'reign', start: '1910', end: '1925', title: 'Reign of the long king' },
        { id: 'war', start: '1914', end: '1918', title: 'The war' },
        { id: 'later', start: '1926', end: '1930', title: 'After' },
      ];
      const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px" .events=${WAR} .eras=${eras}></tl-timeline>`);
      await settle(el);
      const y = (id: string) => Number($(el, `[data-era-id="${id}"] .era-ring`)!.getAttribute('y'));
      expect(y('reign')).not.to.equal(y('war'));
      expect(y('later')).to.equal(y('reign'));
      el.remove();
    });

    it('is reached with Tab, and Enter shows its whole span', async () => {
      const eras = [{ id: 'weimar', start: '1919-08-11', end: '1933-01-30', title: 'Weimar Republic' }];
      const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px" .events=${WAR} .eras=${eras}></tl-timeline>`);
      await settle(el);
      const era = $(el, '[part="era"]')!;
      era.focus();
      expect(el.shadowRoot!.activeElement === era, 'focusable').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await until(() => el.visibleRange.startMs > Date.UTC(1918, 0, 1), 'the era shown');
      await settle(el);
      const { startMs, endMs } = el.visibleRange;
      expect(startMs).to.be.within(Date.UTC(1918, 6, 1), Date.UTC(1919, 8, 1));
      expect(endMs).to.be.within(Date.UTC(1933, 0, 1), Date.UTC(1934, 6, 1));
      el.remove();
    });

    it('keeps the focus on its era while the view moves to show it (the strip reuses its nodes)', async () => {
      const eras = [
        { id: 'one', start: '1914-01-01', end: '1914-12-31', title: 'One' },
        { id: 'two', start: '1917-01-01', end: '1917-12-31', title: 'Two' },
        { id: 'three', start: '1925-01-01', end: '1926-12-31', title: 'Three' },
      ];
      const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px" .events=${WAR} .eras=${eras}></tl-timeline>`);
      await settle(el);
      $(el, '[data-era-id="two"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => el.visibleRange.startMs > Date.UTC(1916, 0, 1), 'the era shown');
      await settle(el);
      expect(eraLabels(el)).to.deep.equal(['Two']);
      expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.eraId).to.equal('two');
      el.remove();
    });

    it('reads <tl-era> and <tl-marker> children beside the events', async () => {
      const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px" .events=${WAR}>
        <tl-era start="1914-07-28" end="1918-11-11">Great War</tl-era>
        <tl-marker at="1918-11-11">Armistice</tl-marker>
      </tl-timeline>`);
      await settle(el);
      expect(eraLabels(el)).to.deep.equal(['Great War']);
      expect($$(el, '[part="marker"] .marker-label').map((t) => t.textContent)).to.deep.equal(['Armistice']);
      el.querySelector('tl-era')!.textContent = 'The Great War';
      await until(() => eraLabels(el)[0] === 'The Great War', 'the new name');
      el.remove();
    });

    it('takes a vis-timeline file’s background items as eras', async () => {
      const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px">
        <script type="application/json">
          { "items": [
              { "id": 1, "content": "Kickoff", "start": "2024-01-10", "group": "dev" },
              { "id": 2, "content": "Beta", "start": "2024-04-02", "group": "qa" },
              { "id": 3, "content": "Freeze", "start": "2024-03-01", "end": "2024-03-20", "type": "background" }
            ],
            "groups": [ { "id": "qa", "content": "QA", "order": 1 }, { "id": "dev", "content": "Development", "order": 2 } ] }
        </script>
      </tl-timeline>`);
      await until(() => eraLabels(el).length === 1, 'the era from the file');
      expect(eraLabels(el)).to.deep.equal(['Freeze']);
      // vis groups keep their order: QA before Development.
      await settle(el);
      expect($$(el, '[part="lane-label"]').map((t) => t.textContent)).to.deep.equal(['QA', 'Development']);
      el.remove();
    });

    it('reports an era it cannot draw, and draws the others', async () => {
      const eras = [
        { id: 'bad', start: '1920', end: '1910', title: 'Backwards' },
        { id: 'ok', start: '1920', end: '1925', title: 'Fine' },
      ];
      const el = document.createElement('tl-timeline') as TlTimeline;
      el.lang = 'en';
      el.events = WAR;
      el.eras = eras;
      const reported = oneEvent(el, 'tl-data-error');
      document.body.append(el);
      const { detail } = await reported;
      expect(detail.errors.map((e: { id?: string; layer?: string }) => [e.id, e.layer])).to.deep.equal([['bad', 'eras']]);
      await settle(el);
      expect(eraLabels(el)).to.deep.equal(['Fine']);
      expect($(el, '[part="notice"]')).to.exist;
      el.remove();
    });
  });

  describe('markers', () => {
    it('draws a fixed "now" and the markers, each a named button that centres the view', async () => {
      const events = [
        { id: 'a', start: '2024-01-10', title: 'Primaries begin' },
        { id: 'b', start: '2025-01-20', title: 'Inauguration' },
      ];
      const markers = [{ id: 'vote', at: '2024-11-05', title: 'Election day' }];
      const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px" now="2024-07-01" .events=${events} .markers=${markers}></tl-timeline>`);
      await settle(el);
      const ids = $$(el, '[part="marker"]').map((m) => m.dataset.markerId);
      expect(ids).to.deep.equal(['now', 'vote']);
      expect($(el, '[data-marker-id="now"]')!.getAttribute('aria-label')).to.match(/^Today, /);
      const vote = $(el, '[data-marker-id="vote"]')!;
      expect(vote.getAttribute('aria-label')).to.match(/^Election day, .*2024/);
      await el.zoomTo(Date.UTC(2024, 0, 1), Date.UTC(2024, 2, 1), { animate: false });
      await el.zoomTo(Date.UTC(2024, 9, 1), Date.UTC(2024, 11, 1), { animate: false });
      await settle(el);
      $(el, '[data-marker-id="vote"]')!.focus();
      await sendKeys({ press: 'Enter' });
      const mid = () => (el.visibleRange.startMs + el.visibleRange.endMs) / 2;
      await until(() => Math.abs(mid() - Date.UTC(2024, 10, 5)) < 864e5, 'centred on the marker');
      el.remove();
    });

    it('keeps a present "now" at the current time', async () => {
      const now = Date.now();
      const events = [
        { id: 'a', start: new Date(now - 40 * 864e5).toISOString().slice(0, 10), title: 'Before' },
        { id: 'b', start: new Date(now + 40 * 864e5).toISOString().slice(0, 10), title: 'After' },
      ];
      const el = await fixture<TlTimeline>(html`<tl-timeline lang="de" style="width: 1000px" now .events=${events}></tl-timeline>`);
      await settle(el);
      const marker = $(el, '[data-marker-id="now"]')!;
      expect(marker.getAttribute('aria-label')).to.match(/^Heute, /);
      const x = Number(marker.querySelector('line')!.getAttribute('x1'));
      const { startMs, endMs } = el.visibleRange;
      expect(x).to.be.closeTo(((now - startMs) / (endMs - startMs)) * 1000, 3);
      el.remove();
    });
  });

  describe('colour by category', () => {
    it('colours events by category from --tl-category-<name>, and the legend hides and shows them', async () => {
      const el = await fixture<TlTimeline>(
        html`<tl-timeline lang="en" style="width: 1000px; --tl-category-war: rgb(200, 0, 0)" color-by="category" .events=${WAR}></tl-timeline>`,
      );
      await settle(el);
      const buttons = $$(el, '[part="category"]');
      expect(buttons.map((b) => b.dataset.category)).to.deep.equal(['war', 'revolution', 'treaty', 'crash']);
      // The Somme (a war event) is drawn in the page's war colour.
      const somme = el.visibleItems().find((i) => i.type === 'event' && i.id === 'b')!;
      const [r, g, b] = pixel(el, somme.box.x + somme.box.width / 2, somme.box.y + somme.box.height / 2);
      expect([r, g, b]).to.deep.equal([200, 0, 0]);
      buttons[0]!.click();
      await settle(el);
      expect(buttons[0]!.getAttribute('aria-pressed')).to.equal('false');
      const ids = () => el.visibleItems().flatMap((i) => (i.type === 'event' ? [i.id] : []));
      expect(ids()).to.have.members(['c', 'd', 'e']);
      // The plot's name counts what is drawn, and a <tl-event category> child would be coloured the same way.
      expect($(el, '[part="plot"]')!.getAttribute('aria-label')).to.match(/^Timeline: 3 events\./);
      buttons[0]!.click();
      await settle(el);
      expect(ids()).to.have.members(['a', 'b', 'c', 'd', 'e']);
      el.remove();
    });
  });

  describe('groups', () => {
    it('orders, names, colours and collapses lanes', async () => {
      const many = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, start: `1920-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`, title: `Note ${i}`, group: 'Notes' }));
      const groups = [
        { id: 'Economy', order: 1, title: 'The economy', color: 'rgb(0, 120, 0)' },
        { id: 'Politics', order: 2 },
        { id: 'Notes', order: 3, collapsed: true },
      ];
      const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px" .events=${[...WAR, ...many]} .groups=${groups}></tl-timeline>`);
      await settle(el);
      const labels = $$(el, '[part="lane-label"]');
      expect(labels.map((l) => l.textContent)).to.deep.equal(['The economy', 'Politics', 'Notes · 40 events', 'Battles']);
      expect(labels[0]!.getAttribute('fill')).to.equal('rgb(0, 120, 0)');
      expect(getComputedStyle(labels[0]!).fill).to.equal('rgb(0, 120, 0)');
      const notes = el.visibleItems().filter((i) => i.group === 'Notes');
      expect(notes.map((i) => i.type)).to.deep.equal(['density']);
      el.remove();
    });
  });
});
