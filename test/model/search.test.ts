import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizeEvents } from '../../src/model/normalize.js';
import { buildIndex, buildIndexInSlices, fold, search, Searcher } from '../../src/model/search.js';
import { filterMatches } from '../../src/model/facets.js';
import type { TimelineEventInput } from '../../src/model/types.js';

const ROWS: TimelineEventInput[] = [
  { id: 'a', start: '2001', title: 'Olympics in München', tags: ['sport'], group: 'Bavaria' },
  { id: 'b', start: '2002', title: 'Renaming of the Hauptstraße', actors: ['Zoë Ångström'], category: 'city' },
  { id: 'c', start: '2003', title: 'Treaty signed', summary: 'Ministers meet in Genève', group: 'Diplomacy', tags: ['treaty', 'peace'] },
  { id: 'd', start: '2004', title: 'Budget', summaryHtml: '<p>The <b>Bundes</b>tag&nbsp;votes <a href="x">yes</a></p>', category: 'city' },
];
const events = normalizeEvents(ROWS).events;
const ids = (hits: Uint8Array) => events.filter((_, i) => hits[i]).map((e) => e.id);
const find = (query: string, lang = 'en') => ids(search(buildIndex(events, lang), query));

describe('search', () => {
  it('finds words without their diacritics, and ß as ss', () => {
    expect(find('Munchen')).to.deep.equal(['a']);
    expect(find('STRASSE')).to.deep.equal(['b']);
    expect(find('geneve')).to.deep.equal(['c']);
    expect(find('zoe angstrom')).to.deep.equal(['b']);
  });
  it('ignores case and diacritics in the query too', () => {
    expect(find('MÜNCHEN')).to.deep.equal(['a']);
    expect(find('gEnÈvE')).to.deep.equal(['c']);
  });
  it('needs every word of the query, each as a substring, in any field', () => {
    expect(find('treaty peace')).to.deep.equal(['c']);
    expect(find('treaty sport')).to.deep.equal([]);
    expect(find('ympi')).to.deep.equal(['a']);
  });
  it('looks through tags, actors, lanes and summaries', () => {
    expect(find('sport')).to.deep.equal(['a']);
    expect(find('angstrom')).to.deep.equal(['b']);
    expect(find('bavaria')).to.deep.equal(['a']);
    expect(find('ministers')).to.deep.equal(['c']);
  });
  it('reads rich summaries as words, not markup', () => {
    expect(find('bundestag')).to.deep.equal(['d']);
    expect(find('votes yes')).to.deep.equal(['d']);
    expect(find('href')).to.deep.equal([]);
  });
  it('matches every event for an empty or blank query', () => {
    expect(find('')).to.have.length(4);
    expect(find('   ')).to.have.length(4);
  });
  it('finds Turkish İ and ı with a plain i, in Turkish and in other languages', () => {
    const tr = normalizeEvents([{ id: 't', start: '2000', title: 'İSTANBUL ve DİYARBAKIR' }]).events;
    const hit = (query: string, lang: string) => search(buildIndex(tr, lang), query)[0];
    expect(hit('istanbul', 'tr')).to.equal(1);
    expect(hit('diyarbakir', 'tr')).to.equal(1);
    expect(hit('istanbul', 'en')).to.equal(1);
    expect(hit('ıstanbul', 'tr')).to.equal(1);
  });
  it('finds nothing for a word no event holds', () => {
    expect(find('qqq')).to.deep.equal([]);
    expect(find('munchen qqq')).to.deep.equal([]);
  });
  it('narrows a query as the reader types (each keystroke looks only at the previous matches) with the same result as afresh', () => {
    const index = buildIndex(events, 'en');
    const searcher = new Searcher(index);
    const typed = 'treaty pe';
    for (let k = 1; k <= typed.length; k++) {
      const narrowed = [...searcher.search(typed.slice(0, k))];
      const afresh = [...new Searcher(index).search(typed.slice(0, k))];
      expect(narrowed, typed.slice(0, k)).to.deep.equal(afresh);
    }
    expect([...searcher.search('treaty pe')].map((i) => events[i]!.id)).to.deep.equal(['c']);
    // Deleting a letter widens the query again.
    expect([...searcher.search('t')].map((i) => events[i]!.id)).to.deep.equal(['a', 'b', 'c', 'd']);
  });
  it('builds the same index in slices as at once', async () => {
    const sliced = await buildIndexInSlices(events, 'de', () => false, 0);
    expect(ids(search(sliced!, 'strasse'))).to.deep.equal(['b']);
    expect(await buildIndexInSlices(events, 'de', () => true, -1)).to.equal(undefined);
  });
  it('lower-cases in the language (Turkish dotted I)', () => {
    expect(fold('İSTANBUL', 'tr')).to.equal('istanbul');
    expect(fold('DIYARBAKIR', 'tr')).to.equal('diyarbakir');
  });
  it('always finds an event by a piece of its title', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), fc.nat(), (titles, pick, from, length) => {
        const rows = titles.filter((t) => /\S/.test(t)).map((title, i) => ({ id: `e${i}`, start: '2000', title }));
        if (!rows.length) return;
        const evs = normalizeEvents(rows).events;
        const target = pick % evs.length;
        const title = evs[target]!.title as string;
        const a = from % title.length;
        const query = title.slice(a, a + 1 + (length % (title.length - a)));
        expect(search(buildIndex(evs, 'en'), query)[target], JSON.stringify({ title, query })).to.equal(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('filterMatches', () => {
  it('keeps events with any listed value of each facet, and every facet given', () => {
    expect(ids(filterMatches(events, { categories: ['city'] }))).to.deep.equal(['b', 'd']);
    expect(ids(filterMatches(events, { tags: ['sport', 'peace'] }))).to.deep.equal(['a', 'c']);
    expect(ids(filterMatches(events, { tags: ['sport', 'peace'], groups: ['Diplomacy'] }))).to.deep.equal(['c']);
    expect(ids(filterMatches(events, {}))).to.have.length(4);
  });
});
