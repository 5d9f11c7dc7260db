import { expect } from '@open-wc/testing';
import { normalizeEvents } from '../../src/model/normalize.js';
import { describeDates, formatDatePoint, formatEventDate, formatSpan, localize } from '../../src/model/text.js';
import { parseEventDate } from '../../src/model/date.js';

const point = (s: string) => {
  const r = parseEventDate(s);
  if (!r.ok) throw new Error(r.error);
  return r.start;
};

describe('normalizeEvents', () => {
  it('keeps valid rows, reports bad ones with index, id and reason', () => {
    const { events, errors } = normalizeEvents([
      { id: 'a', start: '2012', title: 'Fine' },
      { id: '', start: '2012', title: 'No id' },
      { id: 'b', start: '2012', title: '' },
      { id: 'c', start: 'someday', title: 'Bad date' },
      { id: 'd', start: '2020', end: '2019', title: 'Backwards' },
      { id: 'a', start: '2013', title: 'Duplicate' },
      null,
      { id: 'e', start: '2018-04', title: { de: 'Gut', en: 'Good' } },
    ]);
    expect(events.map((e) => e.id)).to.deep.equal(['a', 'e']);
    expect(errors.map((e) => [e.index, e.id, e.reason.split(/[:(]/)[0]!.trim()])).to.deep.equal([
      [1, undefined, 'missing id'],
      [2, 'b', 'missing title'],
      [3, 'c', 'start'],
      [4, 'd', 'end'],
      [5, 'a', 'duplicate id "a"'],
      [6, undefined, 'row is not an object'],
    ]);
  });

  it('does not throw on input that is not an array', () => {
    expect(normalizeEvents('nope').errors).to.have.length(1);
    expect(normalizeEvents(undefined).events).to.deep.equal([]);
  });

  it('sorts by start and tells points from ranges', () => {
    const { events } = normalizeEvents([
      { id: 'late', start: '2020-01-01', title: 'x' },
      { id: 'range', start: '2019', end: '2021', title: 'x' },
      { id: 'year', start: '2018', title: 'x' },
    ]);
    expect(events.map((e) => [e.id, e.kind])).to.deep.equal([
      ['year', 'range'],
      ['range', 'range'],
      ['late', 'point'],
    ]);
  });
});

describe('dates written at their precision', () => {
  it('writes each precision as a reader would say it', () => {
    expect(formatDatePoint(point('2012'), 'en')).to.equal('2012');
    expect(formatDatePoint(point('2018-04'), 'en')).to.equal('April 2018');
    expect(formatDatePoint(point('2018-04'), 'de')).to.equal('April 2018');
    expect(formatDatePoint(point('2025-03~'), 'en')).to.equal('c. March 2025');
    expect(formatDatePoint(point('2025-03~'), 'de')).to.equal('ca. März 2025');
    expect(formatDatePoint(point('2025-23'), 'de')).to.equal('Herbst 2025');
    expect(formatDatePoint(point('2025-23'), 'en')).to.equal('Autumn 2025');
    expect(formatDatePoint(point('2019?'), 'en')).to.equal('2019?');
    expect(formatDatePoint(point('2025-03-26'), 'en')).to.equal('March 26, 2025');
    expect(formatDatePoint(point('2025-03-26'), 'de')).to.equal('26. März 2025');
    expect(formatDatePoint(point('-0044'), 'en')).to.equal('45 BC');
    expect(formatDatePoint(point('Y-13800000000'), 'en')).to.equal('13.8 billion years ago');
    // CLDR's compact number keeps "13,8" and "Mrd." together with a no-break space.
    expect(formatDatePoint(point('Y-13800000000'), 'de')).to.equal('vor 13,8\u00a0Mrd. Jahren');
  });

  it('writes ranges and open ends', () => {
    const { events } = normalizeEvents([
      { id: 'r', start: '2010', end: '2025', title: 'x' },
      { id: 'o', start: '2012/..', title: 'x' },
    ]);
    expect(formatEventDate(events[0]!, 'en')).to.equal('2010 – 2025');
    expect(formatEventDate(events[1]!, 'de')).to.equal('seit 2012');
  });

  it('picks the text for the language, then its base language, then English', () => {
    const text = { de: 'Hallo', en: 'Hello' };
    expect(localize(text, 'de-AT')).to.equal('Hallo');
    expect(localize(text, 'fr')).to.equal('Hello');
    expect(localize('plain', 'de')).to.equal('plain');
  });
});

describe('what is known of dates, and spans of time, in words', () => {
  const one = (start: string, end?: string) => normalizeEvents([{ id: 'x', start, end, title: 'x' }]).events[0]!;

  it('names the precision of a point, and of both ends of a range', () => {
    expect(describeDates(one('2018-04~'), 'en')).to.equal('known to the month, approximate');
    expect(describeDates(one('2012', '2014-06'), 'en')).to.equal('start known to the year, end known to the month');
    expect(describeDates(one('2012', '2014-06'), 'de')).to.equal('Beginn aufs Jahr genau, Ende auf den Monat genau');
    expect(describeDates(one('2012', '2014'), 'en')).to.equal('both ends known to the year');
    expect(describeDates(one('2012-03-04', '2014'), 'en')).to.equal('start exact, end known to the year');
    expect(describeDates(one('2012-03-04', '2014-05-06'), 'en')).to.equal('');
    expect(describeDates(one('2012/..'), 'en')).to.equal('known to the year');
  });

  it('writes a span as finely as its length needs, leaving out what both ends share', () => {
    const t = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
    expect(formatSpan(t(2016), t(2021), 'en')).to.match(/^2016\s–\s2020$/);
    expect(formatSpan(t(2021, 1), t(2021, 6, 30), 'en')).to.match(/^January\s–\sJune 2021$/);
    expect(formatSpan(t(2020, 3, 2), t(2020, 3, 8), 'en')).to.match(/^March 2\s–\s7, 2020$/);
    expect(formatSpan(t(2020, 3, 2), t(2020, 3, 8), 'de')).to.match(/^2\.\s?–\s?7\. März 2020$/);
    expect(formatSpan(-13.8e9 * 365.25 * 86_400_000, -13.7e9 * 365.25 * 86_400_000, 'en')).to.match(/billion years ago – .*billion years ago/);
  });
});
