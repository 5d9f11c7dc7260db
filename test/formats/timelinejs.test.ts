import { expect } from '@open-wc/testing';
import { convert, edtfFromFields, fromTimelineJS, parseTimelineJS } from '../../src/formats/index.js';
import type { MediaInput, TimelineEventInput } from '../../src/model/types.js';
import { fixtureJson, fixtureJsonText } from './fixtures.js';

describe('fromTimelineJS', () => {
  let data: unknown;
  let byId: Map<string, TimelineEventInput>;
  before(async () => {
    data = await fixtureJson('timelinejs.json');
    byId = new Map(fromTimelineJS(data).map((event) => [event.id, event]));
  });

  it('writes each date at the precision it was given', () => {
    expect(byId.get('tljs-1')?.start).to.equal('1969');
    expect(byId.get('tljs-2')?.start).to.equal('1969-07');
    expect(byId.get('ww2')?.start).to.equal('1939-09-01');
    expect(byId.get('apollo-11')?.start).to.equal('1969-07-20T20:17:40Z');
    expect(byId.get('millis')?.start).to.equal('2000-01-01T00:00:00.250Z');
  });

  it('keeps end dates of ranges', () => {
    expect(byId.get('ww2')?.end).to.equal('1945-09-02');
    expect(byId.get('tljs-1')).not.to.have.property('end');
  });

  it('writes negative and deep-time years as EDTF', () => {
    expect(byId.get('caesar')?.start).to.equal('-0044-03-15');
    expect(byId.get('deep')?.start).to.equal('Y-12000');
  });

  it('makes the headline plain text and keeps the HTML text as summaryHtml with a plain summary', () => {
    const apollo = byId.get('apollo-11');
    expect(apollo?.title).to.equal('Apollo 11 lands');
    expect(apollo?.summaryHtml).to.contain('<a href="https://www.nasa.gov/">NASA</a>');
    expect(apollo?.summary).to.equal('\u201cThe Eagle has landed.\u201d\nRead NASA.');
    expect(byId.get('ww2')?.summary).to.equal('Europe\nPacific');
  });

  it('leaves plain text as summary only', () => {
    const event = byId.get('tljs-1');
    expect(event?.summary).to.equal('Plain text, no markup.');
    expect(event).not.to.have.property('summaryHtml');
  });

  it('strips tags from headlines without running them and keeps the raw HTML for the sanitizer', () => {
    const xss = byId.get('xss');
    expect(xss?.title).to.equal('Payloads');
    expect(xss?.summaryHtml).to.contain('onerror');
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('uses unique_id as id, else a generated tljs-<index>', () => {
    expect([...byId.keys()]).to.deep.equal(['caesar', 'tljs-1', 'tljs-2', 'apollo-11', 'ww2', 'deep', 'xss', 'no-headline', 'millis']);
  });

  // Until issue 14 the media URL became the event's url; it is the event's media now, and url only takes media.link.
  it('maps group, and media (a page or an embed code) to media, not to url', () => {
    expect(byId.get('apollo-11')?.group).to.equal('Space');
    expect(byId.get('apollo-11')?.media).to.deep.equal({ url: 'https://www.nasa.gov/mission/apollo-11/', caption: 'NASA', credit: 'NASA' });
    expect(byId.get('apollo-11')).not.to.have.property('url');
    expect(byId.get('xss')?.media).to.deep.equal({ url: '<iframe src="https://example.org/embed"></iframe>' });
    expect(byId.get('xss')).not.to.have.property('url');
  });

  it('titles a slide without headline from its text', () => {
    expect(byId.get('no-headline')?.title).to.equal('The Berlin Wall falls.');
  });

  it('drops and reports slides with unreadable dates', () => {
    const { errors } = parseTimelineJS(data);
    expect(errors).to.deep.include({ index: 7, id: 'bad-month', reason: 'start_date: month 13 out of range' });
    expect(errors).to.deep.include({ index: 8, id: 'tljs-8', reason: 'start_date: date has no year' });
  });

  it('returns the title slide and eras to callers that want them', () => {
    const { title, eras, errors } = parseTimelineJS(data);
    expect(title).to.deep.equal({
      headline: 'A Sample History',
      text: '<p>From Caesar to the moon landing, in the TimelineJS3 JSON format.</p>',
      media: { url: 'https://example.org/cover.jpg', caption: 'Cover', credit: 'Example' },
    });
    expect(eras).to.deep.equal([
      { start: '-0753', end: '0476', headline: 'Rome' },
      { start: '1947', end: '1991-12-26', headline: 'Cold War' },
    ]);
    expect(errors).to.deep.include({ index: 2, reason: 'era: end_date: date is not an object' });
  });

  it('accepts a bare list of slides and JSON text', () => {
    expect(fromTimelineJS([{ start_date: { year: 2001 }, text: { headline: 'A' } }])).to.deep.equal([
      { id: 'tljs-0', start: '2001', title: 'A' },
    ]);
    expect(fromTimelineJS('{"events":[{"start_date":{"year":"2002"},"text":{"headline":"B"}}]}')[0].start).to.equal('2002');
  });

  it('reports input without events instead of throwing', () => {
    expect(parseTimelineJS(null).errors).to.deep.equal([{ index: -1, reason: 'TimelineJS data needs an "events" array' }]);
    expect(fromTimelineJS({ events: 'nope' })).to.deep.equal([]);
  });
});

describe('TimelineJS eras', () => {
  const slide = { start_date: { year: 2001 }, text: { headline: 'An event' } };
  const withEras = (eras: unknown) => ({ events: [slide], eras });

  it('come out of convert as eras ready for the element, numbered era-<n> in the order read', async () => {
    const { eras } = convert(await fixtureJson('timelinejs.json'), 'timelinejs');
    expect(eras).to.deep.equal([
      { id: 'era-0', start: '-0753', end: '0476', title: 'Rome' },
      { id: 'era-1', start: '1947', end: '1991-12-26', title: 'Cold War' },
    ]);
  });

  it('keep their TimelineJS shape in parseTimelineJS', () => {
    const era = { start_date: { year: 1914, month: 7, day: 28 }, end_date: { year: 1918, month: 11, day: 11 }, text: { headline: 'The <i>Great</i> War' } };
    expect(parseTimelineJS(withEras([era])).eras).to.deep.equal([{ start: '1914-07-28', end: '1918-11-11', headline: 'The Great War' }]);
  });

  it('keep an era with an empty or missing headline, untitled', () => {
    const eras = [
      { start_date: { year: 1900 }, end_date: { year: 1910 }, text: { headline: '' } },
      { start_date: { year: 1920 }, end_date: { year: 1930 } },
      { start_date: { year: 1940 }, end_date: { year: 1950 }, text: { headline: '<b></b>' } },
    ];
    expect(convert(withEras(eras), 'timelinejs').eras).to.deep.equal([
      { id: 'era-0', start: '1900', end: '1910', title: '' },
      { id: 'era-1', start: '1920', end: '1930', title: '' },
      { id: 'era-2', start: '1940', end: '1950', title: '' },
    ]);
  });

  it('drop unreadable eras with an era: error by their index, and number the rest without gaps', () => {
    const eras = [
      { start_date: { year: 1900 }, text: { headline: 'No end_date' } },
      { start_date: { year: 1900 }, end_date: {}, text: { headline: 'End without a year' } },
      'not an era',
      { start_date: { year: 1900, month: 13 }, end_date: { year: 1901 }, text: { headline: 'Month 13' } },
      { start_date: { year: 1960 }, end_date: { year: 1970 }, text: { headline: 'Fine' } },
    ];
    const result = convert(withEras(eras), 'timelinejs');
    expect(result.errors).to.deep.equal([
      { index: 0, reason: 'era: end_date: date is not an object' },
      { index: 1, reason: 'era: end_date: date has no year' },
      { index: 2, reason: 'era: not an object' },
      { index: 3, reason: 'era: start_date: month 13 out of range' },
    ]);
    expect(result.eras).to.deep.equal([{ id: 'era-0', start: '1960', end: '1970', title: 'Fine' }]);
    expect(result.events).to.have.length(1);
  });

  it('report eras that are not a list, and give an empty list without eras', () => {
    expect(convert(withEras('1914-1918'), 'timelinejs')).to.deep.include({
      eras: [],
      errors: [{ index: -1, reason: 'era: eras is not an array' }],
    });
    expect(convert({ events: [slide] }, 'timelinejs').eras).to.deep.equal([]);
    expect(convert([slide], 'timelinejs').eras).to.deep.equal([]);
  });

  it('leave groups to the slides: convert returns no groups for TimelineJS', () => {
    const result = convert({ events: [{ ...slide, group: 'Politics' }] }, 'timelinejs');
    expect(result.events[0].group).to.equal('Politics');
    expect(result).not.to.have.property('groups');
    expect(result.events[0]).not.to.have.property('category');
  });
});

describe('TimelineJS fixture: a biography', () => {
  let data: unknown;
  let byId: Map<string, TimelineEventInput>;
  before(async () => {
    data = await fixtureJson('biography.timelinejs.json');
    byId = new Map(fromTimelineJS(data).map((event) => [event.id, event]));
  });

  it('reads all 30 slides, the title slide and the three eras, without errors', () => {
    const result = convert(data);
    expect(result.format).to.equal('timelinejs');
    expect(result.events).to.have.length(30);
    expect(result.errors).to.deep.equal([]);
    expect(result.title?.heading).to.equal('Edda Lindqvist, maker of cold light');
    expect(result.eras).to.deep.equal([
      { id: 'era-0', start: '1893', end: '1911', title: 'Childhood in Kvarnby' },
      { id: 'era-1', start: '1923-04', end: '1938-03', title: 'The Lampworks years' },
      { id: 'era-2', start: '1938-03-02', end: '1949-08-27', title: 'Exile in Port Aurelia' },
    ]);
  });

  it('reads the same from JSON text', async () => {
    const result = convert(await fixtureJsonText('biography.timelinejs.json'));
    expect(result.events.map((event) => event.id)).to.deep.equal(fromTimelineJS(data).map((event) => event.id));
    expect(result.eras).to.have.length(3);
  });

  it('keeps each date at its precision, and the ranges', () => {
    expect(byId.get('tljs-1')?.start).to.equal('1899');
    expect(byId.get('clockwork-bird')?.start).to.equal('1905-06');
    expect(byId.get('born')?.start).to.equal('1893-03-14');
    expect([byId.get('gymnasium')?.start, byId.get('gymnasium')?.end]).to.deep.equal(['1907-09', '1911-06']);
    expect([byId.get('night-school')?.start, byId.get('night-school')?.end]).to.deep.equal(['1939', '1944']);
    expect([...byId.values()].filter((event) => event.end !== undefined)).to.have.length(5);
  });

  it('keeps events that share a year apart', () => {
    const inYear = (year: string) => [...byId.values()].filter((event) => String(event.start).startsWith(year)).map((event) => event.id);
    expect(inYear('1921')).to.deep.equal(['strandgatan', 'karin-born', 'cold-light-demo', 'tljs-11']);
    expect(inYear('1934')).to.deep.equal(['discharge-tube', 'karin-prize', 'four-hundred']);
  });

  it('titles slides by their headline even when they carry a display_date', () => {
    expect(byId.get('tljs-11')?.title).to.equal('Fire in the workshop');
    expect(byId.get('flight')?.title).to.equal('Flees with Karin and Per to Port Aurelia');
    expect(byId.get('memoir')?.title).to.equal('Memoir: Light Without Heat');
    expect(byId.get('cold-light-demo')?.title).to.equal('Shows the cold-light lamp to the Norrhamn Engineering Society');
  });

  it('maps Work and Family groups on half the slides, and media urls to media (not to url)', () => {
    const groups = [...byId.values()].map((event) => event.group ?? '');
    expect(groups.filter((group) => group === 'Work')).to.have.length(8);
    expect(groups.filter((group) => group === 'Family')).to.have.length(7);
    expect(groups.filter((group) => group === '')).to.have.length(15);
    expect((byId.get('born')?.media as MediaInput | undefined)?.url).to.equal('https://example.org/lindqvist/birth-register.jpg');
    expect([...byId.values()].filter((event) => event.media)).to.have.length(6);
    expect([...byId.values()].filter((event) => event.url)).to.have.length(0);
  });
});

describe('TimelineJS fixture: a city history', () => {
  let result: ReturnType<typeof convert>;
  before(async () => {
    result = convert(await fixtureJson('history.timelinejs.json'), 'timelinejs');
  });

  it('reads 40 events without groups and four eras, two of them overlapping', () => {
    expect(result.events).to.have.length(40);
    expect(result.errors).to.deep.equal([]);
    expect(result.events.filter((event) => event.group !== undefined)).to.deep.equal([]);
    expect(result.eras?.map((era) => [era.id, era.start, era.end, era.title])).to.deep.equal([
      ['era-0', '1725', '1787', 'Salt pans and ferries'],
      ['era-1', '1788', '1851', 'The canal age'],
      ['era-2', '1804-05', '1832-10', 'Garrison town'],
      ['era-3', '1851', '1930', 'Mills and smoke'],
    ]);
  });

  it('titles slides without a headline from their text', () => {
    const byId = new Map(result.events.map((event) => [event.id, event]));
    expect(byId.get('flood-1750')?.title).to.equal('The spring flood reaches the church steps and ruins a year of salt.');
    expect(byId.get('flood-1750')?.start).to.equal('1750-02-08');
    expect(byId.get('mill-fire')?.title).to.equal('Fire at Hartree\'s. The night shift escapes over the canal bridge.');
    expect(result.events.filter((event) => !event.title)).to.deep.equal([]);
  });
});

describe('edtfFromFields', () => {
  it('rejects fields finer than the ones missing', () => {
    expect(edtfFromFields({ year: 2000, day: 3 })).to.deep.equal({ ok: false, reason: 'day or time without month' });
    expect(edtfFromFields({ year: 2000, month: 2, hour: 3 })).to.deep.equal({ ok: false, reason: 'time without day' });
  });

  it('knows leap years on the proleptic Gregorian calendar', () => {
    expect(edtfFromFields({ year: 2000, month: 2, day: 29 })).to.deep.equal({ ok: true, value: '2000-02-29' });
    expect(edtfFromFields({ year: 1900, month: 2, day: 29 }).ok).to.equal(false);
    expect(edtfFromFields({ year: -4, month: 2, day: 29 })).to.deep.equal({ ok: true, value: '-0004-02-29' });
  });

  it('reads numeric strings, thousands separators and year zero', () => {
    expect(edtfFromFields({ year: '12,000' })).to.deep.equal({ ok: true, value: 'Y12000' });
    expect(edtfFromFields({ year: '0', month: '' })).to.deep.equal({ ok: true, value: '0000' });
    expect(edtfFromFields({ year: '20.5' })).to.deep.equal({ ok: false, reason: 'invalid year "20.5"' });
  });

  it('keeps only the year beyond four digits, where EDTF has no months', () => {
    expect(edtfFromFields({ year: -250000, month: 3, day: 1 })).to.deep.equal({ ok: true, value: 'Y-250000' });
  });
});
