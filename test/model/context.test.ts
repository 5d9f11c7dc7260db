// Context layers read from rows: eras, markers, lane options. Pure, no DOM.
import { expect } from '@open-wc/testing';
import { isSoft, MAX_CONTEXT_ROWS, normalizeEras, normalizeGroups, normalizeMarkers, plainColor } from '../../src/model/context.js';

const utc = (...parts: [number, number?, number?]) => Date.UTC(parts[0], (parts[1] ?? 1) - 1, parts[2] ?? 1);
const reasons = (errors: { reason: string }[]) => errors.map((e) => e.reason);

describe('context layers', () => {
  describe('normalizeEras', () => {
    it('keeps valid eras with their extent and sure core, and reports each bad row with an exact reason', () => {
      const { eras, errors } = normalizeEras([
        { id: 'ww1', start: '1914-07-28', end: '1918-11-11', title: 'First World War' },
        { id: 'bad', start: '1918', end: '1914', title: 'Backwards' },
        { id: 'untitled', start: '1920', end: '1930' },
        { id: 'blank', start: '1920', end: '1930', title: '   ' },
        { id: 'open', start: '1920', title: 'No end' },
        { id: 'nonsense', start: 'soon', end: '1930', title: 'Unreadable start' },
        { id: 'nostart', end: '1930', title: 'No start' },
        { id: 'both', start: '1914/1918', end: '1920', title: 'Two ends' },
        { id: 7, start: '1939', end: '1945', title: { en: 'Second World War', de: 'Zweiter Weltkrieg' } },
      ]);
      expect(eras.map((e) => e.id)).to.deep.equal(['ww1', '7']);
      const ww1 = eras[0]!;
      expect([ww1.lo, ww1.hi]).to.deep.equal([utc(1914, 7, 28), utc(1918, 11, 12)]);
      expect([ww1.coreLo, ww1.coreHi]).to.deep.equal([utc(1914, 7, 29), utc(1918, 11, 11)]);
      expect(eras[1]!.title).to.deep.equal({ en: 'Second World War', de: 'Zweiter Weltkrieg' });
      expect(errors.map((e) => [e.index, e.id])).to.deep.equal([[1, 'bad'], [2, 'untitled'], [3, 'blank'], [4, 'open'], [5, 'nonsense'], [6, 'nostart'], [7, 'both']]);
      expect(reasons(errors).slice(0, 5)).to.deep.equal([
        'era "bad": end (1914) is before start (1918)',
        'era "untitled": missing title',
        'era "blank": missing title',
        'era "open": missing end date (or give start as an interval, such as "1914/1918")',
        'era "nonsense": start: cannot read date "soon" (expected EDTF such as "2018-04", "2025-23", "2019?" or "2012/2014")',
      ]);
      expect(reasons(errors).slice(5)).to.deep.equal(['era "nostart": missing start date', 'era "both": start is an interval, so end must be left out']);
      expect(errors.every((e) => e.layer === 'eras')).to.be.true;
    });

    it('reads an EDTF interval given as start alone', () => {
      const { eras, errors } = normalizeEras([{ id: 'ww1', start: '1914/1918', title: 'War' }]);
      expect(errors).to.be.empty;
      expect([eras[0]!.lo, eras[0]!.hi, eras[0]!.coreLo, eras[0]!.coreHi]).to.deep.equal([utc(1914), utc(1919), utc(1915), utc(1918)]);
      expect([eras[0]!.start.edtf, eras[0]!.end.edtf]).to.deep.equal(['1914', '1918']);
    });

    it('has soft ends where a bound is known to a year or coarser, or roughly, and sharp ones to a day', () => {
      const [years, days, rough] = ['1914/1918', '1914-07-28/1918-11-11', '1914~/1918-11'].map((start) => normalizeEras([{ start, title: 'x' }]).eras[0]!);
      expect([isSoft(years!.start), isSoft(years!.end)]).to.deep.equal([true, true]);
      expect([isSoft(days!.start), isSoft(days!.end)]).to.deep.equal([false, false]);
      expect([isSoft(rough!.start), isSoft(rough!.end)], 'approximate year, then a month').to.deep.equal([true, false]);
      expect(isSoft(normalizeEras([{ start: '190X', end: '1950', title: 'x' }]).eras[0]!.start), 'a decade').to.be.true;
    });

    it('sorts by start, then the longest first, then input order; ties keep their order', () => {
      const { eras } = normalizeEras([
        { id: 'c', start: '1950', end: '1960', title: 'c' },
        { id: 'a-short', start: '1900', end: '1910', title: 'a' },
        { id: 'a-long', start: '1900', end: '1990', title: 'a' },
        { id: 'b1', start: '1920', end: '1930', title: 'b' },
        { id: 'b2', start: '1920', end: '1930', title: 'b' },
      ]);
      expect(eras.map((e) => e.id)).to.deep.equal(['a-long', 'a-short', 'b1', 'b2', 'c']);
      expect(eras.map((e) => e.index)).to.deep.equal([2, 1, 3, 4, 0]);
    });

    it('names eras without an id era-<n> and reports a duplicate id for the later row', () => {
      const { eras, errors } = normalizeEras([
        { start: '1900', end: '1910', title: 'first' },
        { id: '  x  ', start: '1900', end: '1910', title: 'second' },
        { id: 'x', start: '1920', end: '1930', title: 'third' },
        { id: 'era-1', start: '1920', end: '1930', title: 'fourth' },
      ]);
      expect(eras.map((e) => e.id)).to.deep.equal(['era-1', 'x']);
      expect(errors).to.deep.equal([
        { index: 2, id: 'x', reason: 'era "x": duplicate id "x"', layer: 'eras' },
        { index: 3, id: 'era-1', reason: 'era "era-1": duplicate id "era-1"', layer: 'eras' },
      ]);
    });

    it('keeps plain colours and silently drops any other, keeping the era', () => {
      const colors = ['#a0c4ff', 'rebeccapurple', 'rgb(10 20 30 / 50%)', 'hsl(200deg, 50%, 40%)', 'oklch(70% 0.1 200)'];
      const refused = ['url(https://x.test/a.png)', 'var(--x)', 'red; background: url(x)', 'red}', '{red', 'inherit', 'rgb(var(--r), 0, 0)', 'expression(alert(1))', '#12', 42, { toString: () => 'red' }];
      const { eras, errors } = normalizeEras([...colors, ...refused].map((color, i) => ({ id: `e${i}`, start: '1900', end: '1910', title: 't', color })));
      expect(errors).to.be.empty;
      expect(eras.map((e) => e.color)).to.deep.equal([...colors, ...refused.map(() => undefined)]);
      expect(plainColor('  teal ')).to.equal('teal');
    });

    it('reads a language map whose keys look like an error\'s', () => {
      const title = { reason: 'Grund', index: 'x', en: 'Reason' };
      expect(normalizeEras([{ start: '1900', end: '1910', title }]).eras[0]!.title).to.deep.equal(title);
      expect(normalizeMarkers([{ at: '1900', title }]).markers[0]!.title).to.deep.equal(title);
    });

    it('keeps the group of an era that names one', () => {
      const { eras } = normalizeEras([{ start: '1900', end: '1910', title: 't', group: 'Lab' }, { start: '1900', end: '1910', title: 't', group: 3 }]);
      expect(eras.map((e) => e.group)).to.deep.equal(['Lab', undefined]);
    });

    it('reports hostile rows and reads the others: throwing getters, Proxies, null, numbers', () => {
      const throwing = { id: 'g', start: '1900', end: '1910', get title(): string { throw new Error('boom'); } };
      const trap = new Proxy({}, { get() { throw new Error('trap'); } });
      const revocable = Proxy.revocable({}, {});
      revocable.revoke();
      const fakeDate = new Proxy(new Date(0), {});
      const rows = [throwing, trap, revocable.proxy, null, 42, 'row', { id: 'ok', start: '1900', end: '1910', title: 'fine' }, { id: 'fd', start: fakeDate, end: '1910', title: 't' }, { id: { a: 1 }, start: '1900', end: '1910', title: 't' }];
      const { eras, errors } = normalizeEras(rows);
      expect(eras.map((e) => e.id)).to.deep.equal(['ok']);
      expect(reasons(errors)).to.deep.equal([
        'era "g": title could not be read',
        'era at index 1: id could not be read',
        'era at index 2: id could not be read',
        'era at index 3: row is not an object (null)',
        'era at index 4: row is not an object (a number)',
        'era at index 5: row is not an object (a string)',
        'era "fd": start could not be read as a date (an object; expected EDTF text, a Date or epoch ms)',
        'era at index 8: id could not be read as text (an object)',
      ]);
    });

    it('reports rows that are not an array once, and nothing else', () => {
      for (const rows of [undefined, null, 3, 'eras', { length: 2, 0: {} }]) {
        const { eras, errors } = normalizeEras(rows);
        expect(eras).to.be.empty;
        expect(errors).to.have.length(1);
        expect(errors[0]!.index).to.equal(-1);
      }
      expect(normalizeEras({}).errors[0]!.reason).to.equal('eras must be an array, got an object');
      const revoked = Proxy.revocable([], {});
      revoked.revoke();
      expect(reasons(normalizeEras(revoked.proxy).errors)).to.deep.equal(['eras could not be read']);
    });

    it(`reads at most ${MAX_CONTEXT_ROWS} rows and says so for the rest`, () => {
      const rows = Array.from({ length: MAX_CONTEXT_ROWS + 5 }, (_, i) => ({ start: `${1000 + (i % 900)}`, end: '1999', title: `e${i}` }));
      const { eras, errors } = normalizeEras(rows);
      expect(eras).to.have.length(MAX_CONTEXT_ROWS);
      expect(errors).to.deep.equal([{ index: MAX_CONTEXT_ROWS, reason: 'eras has 10005 rows, more than the 10000 read: the last 5 are left out', layer: 'eras' }]);
    });
  });

  describe('normalizeMarkers', () => {
    it('draws a day (or finer) at its start, a coarser date in the middle of its interval, sorted by time', () => {
      const { markers, errors } = normalizeMarkers([
        { id: 'y', at: '2001', title: 'A year' },
        { id: 'd', at: '2000-03-05', title: 'A day' },
        { id: 't', at: utc(2000, 1, 2) + 3_600_000, title: 'An instant' },
        { at: '2000-02', title: 'A month' },
      ]);
      expect(errors).to.be.empty;
      expect(markers.map((m) => m.id)).to.deep.equal(['t', 'marker-4', 'd', 'y']);
      expect(markers.map((m) => m.t)).to.deep.equal([utc(2000, 1, 2) + 3_600_000, (utc(2000, 2) + utc(2000, 3)) / 2, utc(2000, 3, 5), (utc(2001) + utc(2002)) / 2]);
      expect([markers[2]!.lo, markers[2]!.hi]).to.deep.equal([utc(2000, 3, 5), utc(2000, 3, 6)]);
    });

    it('reports a missing or unreadable date, an interval, a missing title and a duplicate id', () => {
      const { markers, errors } = normalizeMarkers([
        { id: 'a', at: '2000', title: 'ok' },
        { id: 'b', title: 'no date' },
        { id: 'c', at: '2000/2001', title: 'span' },
        { id: 'd', at: '2000' },
        { id: 'a', at: '2001', title: 'again' },
        { id: 'e', at: Symbol('x'), title: 'symbol' },
      ]);
      expect(markers.map((m) => m.id)).to.deep.equal(['a']);
      expect(reasons(errors)).to.deep.equal([
        'marker "b": missing date (at)',
        'marker "c": at is an interval; a marker stands at one date',
        'marker "d": missing title',
        'marker "a": duplicate id "a"',
        'marker "e": at could not be read as a date (a symbol; expected EDTF text, a Date or epoch ms)',
      ]);
      expect(errors.every((e) => e.layer === 'markers')).to.be.true;
    });
  });

  describe('normalizeGroups', () => {
    it('requires an id, keeps order only as a finite number, collapsed only for true or "true"', () => {
      const { groups, errors } = normalizeGroups([
        { id: 'A', title: 'Alpha', order: 2, collapsed: 'true', color: '#123456' },
        { id: 5, order: '1', collapsed: 'yes', color: 'url(x)' },
        { id: 'B', order: NaN, collapsed: true, title: 7 },
        { title: 'No id' },
        { id: '   ' },
        { id: 'A' },
        null,
      ]);
      expect(groups).to.deep.equal([
        { id: 'A', title: 'Alpha', order: 2, color: '#123456', collapsed: true, index: 0 },
        { id: '5', title: undefined, order: undefined, color: undefined, collapsed: false, index: 1 },
        { id: 'B', title: undefined, order: undefined, color: undefined, collapsed: true, index: 2 },
      ]);
      expect(reasons(errors)).to.deep.equal([
        'group at index 3: missing id',
        'group at index 4: missing id',
        'group "A": duplicate id "A"',
        'group at index 6: row is not an object (null)',
      ]);
    });

    it('keeps a group id as given, so it matches the group of its events exactly', () => {
      expect(normalizeGroups([{ id: ' Lab ' }]).groups[0]!.id).to.equal(' Lab ');
    });
  });
});
