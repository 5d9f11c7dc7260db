import { expect } from '@open-wc/testing';
import { TimelineModel, type ModelChange } from '../../src/state/timeline-model.js';
import type { TimelineEventInput } from '../../src/model/types.js';

const ROWS: TimelineEventInput[] = [
  { id: 'a', start: '2001', title: 'Olympics in München', group: 'Sport', tags: ['games'] },
  { id: 'b', start: '2002', title: 'Hauptstraße renamed', group: 'City', category: 'law' },
  { id: 'c', start: '2003', title: 'Munich airport opens', group: 'City', category: 'building' },
  { id: 'd', start: '2004', title: 'Treaty of Munich remembered', group: 'Politics', tags: ['games', 'peace'] },
];

function model(): { m: TimelineModel; changes: ModelChange[] } {
  const m = new TimelineModel();
  m.setData(ROWS, [], 6);
  const changes: ModelChange[] = [];
  m.subscribe((c) => changes.push(c));
  return { m, changes };
}
const matching = (m: TimelineModel) => m.events.filter((e) => m.search.matches(e)).map((e) => e.id);
/** Sets the query, and waits for the search to load and index (it does on the first query). */
async function query(m: TimelineModel, text: string): Promise<void> {
  m.search.setText(text);
  await m.search.settled();
}
const shown = (m: TimelineModel) => m.shownEvents.map((e) => e.id);

describe('TimelineModel search and filter', () => {
  it('matches everything until a query or filter is set', async () => {
    const { m } = model();
    expect(m.search.active).to.equal(false);
    expect(m.search.count).to.equal(4);
    expect(matching(m)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('counts and marks the events a query matches, and tells subscribers', async () => {
    const { m, changes } = model();
    await query(m, 'munchen');
    expect(matching(m)).to.deep.equal(['a']);
    expect(m.search.count).to.equal(1);
    expect(changes.at(-1)).to.include({ query: true, data: false });
    const told = changes.length;
    await query(m, 'munchen');
    expect(changes).to.have.length(told);
    await query(m, 'MUNICH');
    expect(matching(m)).to.deep.equal(['c', 'd']);
  });

  it('combines the query with the filter: any value of a facet, every facet', async () => {
    const { m } = model();
    m.search.setFilter({ groups: ['City', 'Politics'] });
    await m.search.settled();
    expect(matching(m)).to.deep.equal(['b', 'c', 'd']);
    m.search.setFilter({ groups: ['City', 'Politics'], tags: ['games'] });
    await m.search.settled();
    expect(matching(m)).to.deep.equal(['d']);
    await query(m, 'olympics');
    expect(m.search.count).to.equal(0);
    m.search.setFilter({});
    await m.search.settled();
    expect(matching(m)).to.deep.equal(['a']);
  });

  it('dims by default: every event stays drawn', async () => {
    const { m } = model();
    const layout = m.layout;
    await query(m, 'munich');
    expect(shown(m)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(m.layout).to.equal(layout);
  });

  it('with filterMode hide, leaves non-matches out of the drawn events, the lanes and the keyboard order', async () => {
    const { m, changes } = model();
    m.search.setMode('hide');
    await m.search.settled();
    expect(shown(m)).to.have.length(4);
    await query(m, 'munich');
    expect(changes.at(-1)).to.include({ query: true, data: true });
    expect(shown(m)).to.deep.equal(['c', 'd']);
    const [, b, c, d] = m.events;
    expect(m.positionOf(c!)).to.equal(0);
    expect(m.positionOf(d!)).to.equal(1);
    expect(m.eventAt(b!.index)).to.equal(undefined);
    expect(m.eventAt(d!.index)).to.equal(d);
    expect(m.layout.lanes.reduce((n, lane) => n + lane.count, 0)).to.equal(2);
    m.search.setMode('dim');
    await m.search.settled();
    expect(shown(m)).to.have.length(4);
    expect(m.positionOf(d!)).to.equal(3);
  });

  it('drops the selection and focus of an event a hiding query leaves out', async () => {
    const { m } = model();
    m.search.setMode('hide');
    await m.search.settled();
    m.select('b');
    m.focus(m.events[1]);
    await query(m, 'munich');
    expect(m.selectedId).to.equal(undefined);
    expect(m.focused).to.equal(undefined);
  });

  it('hides non-matches together with hidden categories', async () => {
    const { m } = model();
    m.search.setMode('hide');
    await m.search.settled();
    await query(m, 'munich');
    m.setHidden('Politics', true);
    await m.search.settled();
    expect(shown(m)).to.deep.equal(['c']);
  });

  it('keeps the matches after new data, by their new events', async () => {
    const { m } = model();
    await query(m, 'treaty');
    m.setData([...ROWS, { id: 'e', start: '2005', title: 'Another treaty' }], [], 6);
    await m.search.settled();
    expect(matching(m)).to.deep.equal(['d', 'e']);
  });
});
