import { expect } from '@open-wc/testing';
import { edtfFromFields, fromTimelineJS, parseTimelineJS } from '../../src/formats/index.js';
import type { TimelineEventInput } from '../../src/model/types.js';
import { fixtureJson } from './fixtures.js';

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

  it('maps group, and a plain media link to url (not an embed code)', () => {
    expect(byId.get('apollo-11')?.group).to.equal('Space');
    expect(byId.get('apollo-11')?.url).to.equal('https://www.nasa.gov/mission/apollo-11/');
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
