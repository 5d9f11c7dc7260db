// Context layers from declarative sources: <tl-era> and <tl-marker> children (read whatever the event source in
// force), and the eras, markers and groups that data files carry (our own JSON, TimelineJS, vis-timeline).
import { expect } from '@open-wc/testing';
import type { DataSourceController } from '../../src/controllers/data-source-controller.js';
import { readEraElement, readMarkerElement, TlEra, TlMarker, type TlTimeline } from '../../src/index.js';
import { FIVE, frame, until } from '../components/helpers.js';

/** A `<tl-timeline>` from markup, attached to the body (removed after each test). */
function create(markup: string): TlTimeline {
  const holder = document.createElement('div');
  holder.className = 'holder';
  holder.innerHTML = markup;
  document.body.append(holder);
  return holder.querySelector('tl-timeline')!;
}

/** The element's DataSourceController (a private field: read here to test the controller in its host). */
const data = (el: TlTimeline) => (el as unknown as { data: DataSourceController }).data;

/** Lets the MutationObserver run and the element update. */
async function settled(el: TlTimeline): Promise<void> {
  await frame();
  await el.updateComplete;
}

async function loaded(el: TlTimeline): Promise<DataSourceController> {
  await until(() => data(el).status === 'loaded', 'the data to load');
  await el.updateComplete;
  return data(el);
}

const script = (value: unknown) => `<script type="application/json">${JSON.stringify(value)}</script>`;

describe('context sources', () => {
  afterEach(() => document.querySelectorAll('.holder').forEach((n) => n.remove()));

  describe('<tl-era> and <tl-marker> children', () => {
    it('are read with their attributes, and ids by position among their kind when they have none', async () => {
      const el = create(`<tl-timeline lang="en">
        <tl-era start="1914" end="1918" color="#c00" group="Europe" id="ww1">
          World   War
          I
        </tl-era>
        <tl-marker at="2024-11-05">Election day</tl-marker>
        <tl-event start="1916">Somme</tl-event>
        <tl-era start="1939" end="1945">World War II</tl-era>
        <tl-marker at="2020-03-11" id="pandemic"> Pandemic declared </tl-marker>
      </tl-timeline>`);
      await settled(el);
      expect(data(el).childEras).to.deep.equal([
        { id: 'ww1', start: '1914', end: '1918', title: 'World War I', color: '#c00', group: 'Europe' },
        { id: 'tl-era-2', start: '1939', end: '1945', title: 'World War II' },
      ]);
      expect(data(el).childMarkers).to.deep.equal([
        { id: 'tl-marker-1', at: '2024-11-05', title: 'Election day' },
        { id: 'pandemic', at: '2020-03-11', title: 'Pandemic declared' },
      ]);
      // They are context, not events.
      expect(data(el).result!.events.map((e) => e.title)).to.deep.equal(['Somme']);
    });

    it('pick up a change of an attribute, and bump the version', async () => {
      const el = create('<tl-timeline lang="en"><tl-era start="1914" end="1918">War</tl-era><tl-marker at="2024-11-05">Vote</tl-marker></tl-timeline>');
      await settled(el);
      const version = data(el).version;
      const markers = data(el).childMarkers;
      el.querySelector('tl-era')!.setAttribute('color', 'teal');
      el.querySelector('tl-era')!.setAttribute('end', '1919');
      await settled(el);
      expect(data(el).childEras).to.deep.equal([{ id: 'tl-era-1', start: '1914', end: '1919', title: 'War', color: 'teal' }]);
      expect(data(el).version).to.be.greaterThan(version);
      expect(data(el).childMarkers).to.equal(markers);
      el.querySelector('tl-marker')!.setAttribute('at', '2028-11-07');
      await settled(el);
      expect(data(el).childMarkers).to.deep.equal([{ id: 'tl-marker-1', at: '2028-11-07', title: 'Vote' }]);
    });

    it('pick up a change of their text, and children added or removed', async () => {
      const el = create('<tl-timeline lang="en"><tl-era start="1914" end="1918">War</tl-era><tl-marker at="2024-11-05">Vote</tl-marker></tl-timeline>');
      await settled(el);
      el.querySelector('tl-era')!.firstChild!.nodeValue = 'The  Great\nWar';
      el.querySelector('tl-marker')!.textContent = 'Election day';
      await settled(el);
      expect(data(el).childEras.map((e) => e.title)).to.deep.equal(['The Great War']);
      expect(data(el).childMarkers.map((m) => m.title)).to.deep.equal(['Election day']);
      const era = document.createElement('tl-era');
      era.start = '1939';
      era.end = '1945';
      era.textContent = 'World War II';
      el.append(era);
      el.querySelector('tl-marker')!.remove();
      await settled(el);
      expect(data(el).childEras.map((e) => e.id)).to.deep.equal(['tl-era-1', 'tl-era-2']);
      expect(data(el).childMarkers).to.deep.equal([]);
    });

    it('keep the same arrays while they are unchanged', async () => {
      const el = create('<tl-timeline lang="en"><tl-era start="1914" end="1918">War</tl-era><tl-event start="1916">Somme</tl-event></tl-timeline>');
      await settled(el);
      const { childEras, childMarkers, version } = data(el);
      el.querySelector('tl-event')!.setAttribute('start', '1917');
      el.querySelector('tl-era')!.setAttribute('end', '1918');
      el.querySelector('tl-era')!.setAttribute('data-note', 'not read');
      await settled(el);
      expect(data(el).result!.events[0].start).to.equal('1917');
      expect(data(el).childEras).to.equal(childEras);
      expect(data(el).childMarkers).to.equal(childMarkers);
      expect(data(el).version).to.be.greaterThan(version);
    });

    it('are read while code-set events are in force', async () => {
      const el = create('<tl-timeline lang="en"><tl-era start="2020-02" end="2020-04">Spring</tl-era><tl-marker at="2020-06-01">June</tl-marker></tl-timeline>');
      el.events = FIVE;
      await settled(el);
      expect(data(el).childEras.map((e) => e.title)).to.deep.equal(['Spring']);
      expect(data(el).childMarkers.map((m) => m.title)).to.deep.equal(['June']);
      el.querySelector('tl-era')!.textContent = 'Early spring';
      await settled(el);
      expect(data(el).childEras.map((e) => e.title)).to.deep.equal(['Early spring']);
    });

    it('apply beside events fetched from src', async () => {
      const el = create('<tl-timeline lang="en" src="/fetch/fixtures/timelinejs.json"><tl-era start="1950" end="1960">Fifties</tl-era></tl-timeline>');
      const controller = await loaded(el);
      expect(controller.result!.origin).to.equal('src');
      expect(controller.childEras.map((e) => e.title)).to.deep.equal(['Fifties']);
      expect(controller.result!.eras!.map((e) => e.title)).to.deep.equal(['Rome', 'Cold War']);
    });

    it('apply beside an inline script, which stays the source of the events', async () => {
      const el = create(`<tl-timeline lang="en">
        ${script([{ start: '2020-01-15', title: 'January' }])}
        <tl-era start="2020-01" end="2020-03">Winter</tl-era>
        <tl-marker at="2020-02-01">February</tl-marker>
      </tl-timeline>`);
      const controller = await loaded(el);
      expect(controller.result!.origin).to.equal('inline');
      expect(controller.result!.events.map((e) => e.title)).to.deep.equal(['January']);
      expect(controller.childEras.map((e) => e.title)).to.deep.equal(['Winter']);
      expect(controller.childMarkers.map((m) => m.title)).to.deep.equal(['February']);
    });

    it('are inert elements with property accessors, hidden inside a defined timeline', async () => {
      const el = create('<tl-timeline lang="en" style="width:800px"><tl-era start="1914" end="1918">War</tl-era><tl-marker at="2024-11-05">Vote</tl-marker></tl-timeline>');
      await settled(el);
      const era = el.querySelector('tl-era')!;
      const marker = el.querySelector('tl-marker')!;
      expect(era).to.be.instanceOf(TlEra);
      expect(marker).to.be.instanceOf(TlMarker);
      expect(era.shadowRoot).to.equal(null);
      expect([era.start, era.end, era.color, era.group]).to.deep.equal(['1914', '1918', '', '']);
      era.color = '#c00';
      era.group = 'Europe';
      marker.at = '2024-11-06';
      expect(era.getAttribute('color')).to.equal('#c00');
      expect(marker.getAttribute('at')).to.equal('2024-11-06');
      expect(era.toEraInput()).to.deep.equal({ id: 'tl-era-1', start: '1914', end: '1918', title: 'War', color: '#c00', group: 'Europe' });
      expect(marker.toMarkerInput(2)).to.deep.equal({ id: 'tl-marker-3', at: '2024-11-06', title: 'Vote' });
      expect(getComputedStyle(era).display).to.equal('none');
      expect(getComputedStyle(marker).display).to.equal('none');
    });
  });

  describe('readEraElement and readMarkerElement', () => {
    it('read elements that are not defined, and leave out empty colour and group', () => {
      const era = document.createElement('x-era');
      era.innerHTML = ' <b>Bold</b>  era ';
      era.setAttribute('start', '2001');
      era.setAttribute('color', '');
      era.setAttribute('group', '');
      expect(readEraElement(era, 4)).to.deep.equal({ id: 'tl-era-5', start: '2001', end: '', title: 'Bold era' });
      expect(readMarkerElement(document.createElement('x-marker'), 0)).to.deep.equal({ id: 'tl-marker-1', at: '', title: '' });
    });
  });

  describe('eras, markers and groups in data files', () => {
    it('an inline TimelineJS script with eras gives result.eras', async () => {
      const el = create(`<tl-timeline lang="en">${script({
        events: [{ start_date: { year: 1950 }, text: { headline: 'Mid-century' } }],
        eras: [{ start_date: { year: 1947 }, end_date: { year: 1991 }, text: { headline: 'Cold War' } }],
      })}</tl-timeline>`);
      const { result } = await loaded(el);
      expect(result!.format).to.equal('timelinejs');
      expect(result!.events.map((e) => e.title)).to.deep.equal(['Mid-century']);
      expect(result!.eras).to.deep.equal([{ id: 'era-0', start: '1947', end: '1991', title: 'Cold War' }]);
      expect(result!.markers).to.equal(undefined);
    });

    it('an inline vis {items, groups} script gives result.groups and its background items as eras', async () => {
      const el = create(`<tl-timeline lang="en">${script({
        items: [
          { id: 'open', content: 'Doors open', start: '2024-06-14', group: 1 },
          { id: 'fest', content: 'Festival week', start: '2024-06-14', end: '2024-06-23', type: 'background' },
          { id: 'lock', content: 'Rig lockout', start: '2024-06-10', end: '2024-06-11', type: 'background', group: 2, style: 'background-color: teal' },
        ],
        groups: [
          { id: 1, content: 'Stage crew', order: 2 },
          { id: 2, content: 'Lighting', order: 1 },
        ],
      })}</tl-timeline>`);
      const { result } = await loaded(el);
      expect(result!.format).to.equal('vis');
      expect(result!.events.map((e) => e.id)).to.deep.equal(['open']);
      expect(result!.groups).to.deep.equal([
        { id: 'Stage crew', order: 2 },
        { id: 'Lighting', order: 1 },
      ]);
      expect(result!.eras).to.deep.equal([
        { id: 'fest', start: '2024-06-14', end: '2024-06-23', title: 'Festival week' },
        { id: 'lock', start: '2024-06-10', end: '2024-06-11', title: 'Rig lockout', color: 'teal', group: 'Lighting' },
      ]);
    });

    it('our own {events, eras, markers, groups} gives all four, as given', async () => {
      const file = {
        events: [{ start: '1916-07-01', title: 'Somme', group: 'West' }],
        eras: [{ start: '1914', end: '1918', title: 'World War I', color: '#c00' }],
        markers: [{ at: '1918-11-11', title: 'Armistice' }],
        groups: [{ id: 'West', title: 'Western Front', order: 1 }],
      };
      const el = create(`<tl-timeline lang="en">${script(file)}</tl-timeline>`);
      const { result } = await loaded(el);
      expect(result).to.deep.equal({ origin: 'inline', format: 'events', errors: [], ...file });
    });

    it('a vis file fetched from src gives its groups and eras', async () => {
      const el = create('<tl-timeline lang="en" src="/fetch/fixtures/vis-background.json"></tl-timeline>');
      const { result } = await loaded(el);
      expect(result!.format).to.equal('vis');
      expect(result!.groups!.length).to.be.greaterThan(0);
      expect(result!.eras!.length).to.be.greaterThan(0);
    });
  });
});
