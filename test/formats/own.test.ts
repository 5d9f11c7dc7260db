// Our own JSON format, told apart from TimelineJS and vis-timeline without the adapters: its eras, markers and
// groups come through as given.
import { expect } from '@open-wc/testing';
import { readOwnEvents } from '../../src/formats/own.js';

const row = { start: '2020-01-15', title: 'January' };

describe('readOwnEvents', () => {
  describe('detection', () => {
    it('reads a list of our rows, and { events } of them', () => {
      expect(readOwnEvents([row])).to.deep.equal({ events: [row], errors: [] });
      expect(readOwnEvents({ events: [row] })).to.deep.equal({ events: [row], errors: [] });
    });

    it('accepts { events, eras } when the events are ours', () => {
      const eras = [{ start: '2020-01', end: '2020-03', title: 'Winter' }];
      expect(readOwnEvents({ events: [row], eras })).to.deep.equal({ events: [row], errors: [], eras });
    });

    it('leaves TimelineJS data with eras to its adapter', () => {
      const eras = [{ start_date: { year: 1947 }, end_date: { year: 1991 }, text: { headline: 'Cold War' } }];
      expect(readOwnEvents({ events: [{ start_date: { year: 1950 }, text: { headline: 'A' } }], eras })).to.equal(undefined);
      // Slides that also happen to carry `start` and `title` are still TimelineJS's.
      expect(readOwnEvents({ events: [{ ...row, start_date: { year: 2020 } }], eras })).to.equal(undefined);
      expect(readOwnEvents({ events: [], eras })).to.equal(undefined);
    });

    it('leaves TimelineJS data with a title slide, and vis items, to their adapters', () => {
      expect(readOwnEvents({ title: { text: { headline: 'T' } }, events: [row] })).to.equal(undefined);
      expect(readOwnEvents([{ start: '2020-01-15', content: 'A', title: 'tooltip' }])).to.equal(undefined);
      expect(readOwnEvents({ items: [row], groups: [] })).to.equal(undefined);
    });
  });

  describe('context layers', () => {
    it('passes eras, markers and groups on as given', () => {
      const eras = [{ start: '1914', end: '1918', title: 'World War I', color: '#c00', group: 'West' }, 'not checked here'];
      const markers = [{ at: '1918-11-11', title: 'Armistice' }];
      const groups = [{ id: 'West', title: 'Western Front', order: 1 }];
      const result = readOwnEvents({ events: [row], eras, markers, groups })!;
      expect(result.eras).to.equal(eras);
      expect(result.markers).to.equal(markers);
      expect(result.groups).to.equal(groups);
    });

    it('leaves out lists that are not arrays', () => {
      const result = readOwnEvents({ events: [row], eras: 'none', markers: { at: '2020' }, groups: null })!;
      expect(result).to.deep.equal({ events: [row], errors: [] });
    });

    it('keeps the events when a list cannot be read', () => {
      const data = {
        events: [row],
        get markers(): unknown {
          throw new Error('hostile getter');
        },
        groups: [{ id: 'A' }],
      };
      expect(readOwnEvents(data)).to.deep.equal({ events: [row], errors: [], groups: [{ id: 'A' }] });
    });

    it('reads the lists with format="events" even when the events are not sampled as ours', () => {
      const eras = [{ start: '2020', end: '2021', title: 'Year' }];
      expect(readOwnEvents({ events: [{ when: '2020' }], eras }, true)).to.deep.equal({ events: [{ when: '2020' }], errors: [], eras });
    });
  });
});
