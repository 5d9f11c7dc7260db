import { expect } from '@open-wc/testing';
import { normalizeEvents } from '../../src/model/normalize.js';
import { formatDatePoint, formatEventDate, localize } from '../../src/model/text.js';
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
    expect(formatDatePoint(point('Y-13800000000'), 'de')).to.equal('vor 13,8 Mrd. Jahren');
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
