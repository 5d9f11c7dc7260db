import { expect } from '@open-wc/testing';
import { fromVisItems, parseVisItems } from '../../src/formats/index.js';
import { dateInputToString } from '../../src/formats/dates.js';
import type { TimelineEventInput } from '../../src/model/types.js';
import { fixtureJson } from './fixtures.js';

describe('fromVisItems', () => {
  let data: { items: unknown[]; groups: unknown[] };
  let byId: Map<string, TimelineEventInput>;
  before(async () => {
    data = (await fixtureJson('vis-items.json')) as typeof data;
    byId = new Map(fromVisItems(data.items, data.groups).map((event) => [event.id, event]));
  });

  it('stringifies ids and generates vis-<index> for items without one', () => {
    expect([...byId.keys()]).to.deep.equal(['1', '2', '3', '4', '6', 'vis-8']);
  });

  it('keeps a date-only string a day, and writes epoch ms and date-time strings as ISO (no empty .000)', () => {
    expect(byId.get('1')?.start).to.equal('2014-04-20');
    expect(byId.get('3')?.start).to.equal('2014-04-27T00:00:00Z');
    expect(byId.get('4')?.start).to.equal('2014-04-16T10:30:00Z');
    expect(byId.get('4')?.end).to.equal('2014-04-16T12:00:00Z');
    expect(byId.get('6')?.start).to.equal('2014-04-25T16:30:00');
  });

  it('reads a range with its end', () => {
    const range = byId.get('2');
    expect([range?.start, range?.end]).to.deep.equal(['2014-04-14', '2014-04-19']);
  });

  it('turns HTML content into a plain title and keeps the markup (and tooltip) as summaryHtml', () => {
    const range = byId.get('2');
    expect(range?.title).to.equal('Bold range');
    expect(range?.summary).to.equal('Tooltip text');
    expect(range?.summaryHtml).to.equal('<b>Bold</b> range\n<p>Tooltip text</p>');
    expect(byId.get('1')).not.to.have.property('summaryHtml');
  });

  it('names groups by their content text, and keeps unknown group ids as they are', () => {
    expect(byId.get('1')?.group).to.equal('Science');
    expect(byId.get('2')?.group).to.equal('Politics');
    expect(byId.get('6')?.group).to.equal('unknown-group');
    expect(fromVisItems(data.items)[0].group).to.equal('1');
  });

  it('skips background items and unreadable dates, and reports them', () => {
    expect(parseVisItems(data.items, data.groups).errors).to.deep.equal([
      { index: 4, id: '5', reason: 'background items are not supported (skipped)' },
      { index: 6, id: '7', reason: 'start: missing date' },
      { index: 7, id: 'eight', reason: 'start: unreadable date "not a date"' },
    ]);
  });

  it('accepts Date objects, { items, groups } and DataSet-like objects', () => {
    const start = new Date(Date.UTC(2014, 3, 20, 8, 0, 0));
    const dataSet = { get: () => [{ id: 9, content: 'From a DataSet', start, end: Date.UTC(2014, 3, 21), group: 'pol' }] };
    expect(fromVisItems(dataSet, { get: () => data.groups })).to.deep.equal([
      { id: '9', start: '2014-04-20T08:00:00Z', end: '2014-04-21T00:00:00Z', title: 'From a DataSet', group: 'Politics' },
    ]);
    expect(fromVisItems(data)).to.have.length(6);
  });

  it('ignores end on box and point items, which have no extent in vis', () => {
    const [point] = fromVisItems([{ id: 1, content: 'p', start: '2014-01-01', end: '2014-02-01', type: 'point' }]);
    expect(point).not.to.have.property('end');
  });

  it('reports non-list input instead of throwing', () => {
    expect(parseVisItems(42).errors).to.deep.equal([{ index: -1, reason: 'vis items must be an array or a DataSet' }]);
  });
});

describe('dateInputToString', () => {
  it('reads the date forms vis-timeline accepts', () => {
    expect(dateInputToString('2014')).to.deep.equal({ ok: true, value: '2014' });
    expect(dateInputToString('2014-04')).to.deep.equal({ ok: true, value: '2014-04' });
    expect(dateInputToString('2014-04-20T10:00+02:00')).to.deep.equal({ ok: true, value: '2014-04-20T10:00:00+02:00' });
    expect(dateInputToString('2014-04-20T10:00:00.250Z')).to.deep.equal({ ok: true, value: '2014-04-20T10:00:00.250Z' });
    expect(dateInputToString('/Date(1398556800000)/')).to.deep.equal({ ok: true, value: '2014-04-27T00:00:00Z' });
    expect(dateInputToString('2014-02-30')).to.deep.equal({ ok: false, reason: 'day out of range in "2014-02-30"' });
    expect(dateInputToString(NaN).ok).to.equal(false);
    expect(dateInputToString(new Date(NaN))).to.deep.equal({ ok: false, reason: 'invalid Date' });
  });
});
