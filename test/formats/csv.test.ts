import { expect } from '@open-wc/testing';
import { fromCSV, parseCSV } from '../../src/formats/index.js';
import { fixtureText } from './fixtures.js';

describe('fromCSV: our layout', () => {
  let text: string;
  before(async () => {
    text = await fixtureText('plain.csv');
  });

  it('reads rows with trimmed cells, ;-separated tags, and generated ids', () => {
    expect(fromCSV(text)).to.deep.equal([
      {
        id: 'moon', start: '1969-07-20', title: 'Moon landing', summary: 'Apollo 11 lands, "Eagle" on the Moon',
        group: 'Space', url: 'https://www.nasa.gov/', tags: ['space', 'apollo', 'nasa'],
      },
      { id: 'csv-1', start: '1989-11-09', title: 'Fall of the Berlin Wall', group: 'Europe' },
      { id: 'ww2', start: '1939-09-01', end: '1945-09-02', title: 'Second World War', group: 'Europe', tags: ['war'] },
      { id: 'padded', start: '2001', title: 'Padded' },
    ]);
  });

  it('skips empty rows silently and reports bad rows by data-row index', () => {
    expect(parseCSV(text).errors).to.deep.equal([{ index: 4, id: 'bad', reason: 'missing start' }]);
  });

  it('drops a javascript: url but keeps the row', () => {
    expect(fromCSV(text).find((event) => event.id === 'ww2')).not.to.have.property('url');
  });

  it('reports a header it does not know, and reads empty text as nothing', () => {
    expect(parseCSV('when,what\n2001,x').errors[0].index).to.equal(-1);
    expect(parseCSV('')).to.deep.equal({ events: [], errors: [] });
  });

  it('accepts a byte-order mark and CRLF line ends', () => {
    expect(fromCSV('\uFEFFstart,title\r\n2001,A\r\n')).to.deep.equal([{ id: 'csv-0', start: '2001', title: 'A' }]);
  });
});

describe('fromCSV: TimelineJS sheet layout', () => {
  let result: ReturnType<typeof parseCSV>;
  before(async () => {
    result = parseCSV(await fixtureText('timelinejs-sheet.csv'));
  });

  it('recognises the layout by its header', () => {
    expect(result.layout).to.equal('timelinejs-csv');
  });

  it('builds dates from Year/Month/Day/Time columns at their precision', () => {
    const starts = result.events.map((event) => [event.id, event.start, event.end]);
    expect(starts).to.deep.equal([
      ['tljs-2', '1969-07-20T20:17:00Z', undefined],
      ['tljs-3', '1989-11-09', undefined],
      ['tljs-4', '1939-09-01', '1945-09-02'],
      ['tljs-5', '-0044-03-15', undefined],
      ['tljs-9', '2012-04', undefined],
    ]);
  });

  it('maps Headline, Text, Media and Group', () => {
    const apollo = result.events[0];
    expect(apollo.title).to.equal('Apollo 11 lands');
    expect(apollo.summary).to.equal('One small step, see NASA.');
    expect(apollo.summaryHtml).to.equal('<p>One small step, see <a href="https://www.nasa.gov/">NASA</a>.</p>');
    expect(apollo.url).to.equal('https://www.nasa.gov/mission/apollo-11/');
    expect(apollo.group).to.equal('Space');
  });

  it('keeps the title row and era rows out of the events', () => {
    expect(result.title).to.deep.equal({ headline: 'A Sheet History', text: '<p>Exported from the TimelineJS Google Sheets template.</p>' });
    expect(result.eras).to.deep.equal([{ start: '1947', end: '1991', headline: 'Cold War' }]);
  });

  it('drops and reports impossible dates and times', () => {
    expect(result.errors).to.deep.equal([
      { index: 7, id: 'tljs-7', reason: 'start_date: day 30 out of range for 2000-02' },
      { index: 8, id: 'tljs-8', reason: 'invalid Time "25:00"' },
    ]);
  });
});

describe('fromCSV: header to row mapping', () => {
  it('matches column names case-, space-, _- and - insensitively, after a BOM and blank lines', () => {
    expect(fromCSV('\uFEFF\n \t\r\n Start , TITLE ,Sum_mary,Gro-up\n2001,A,s,g\n')).to.deep.equal([
      { id: 'csv-0', start: '2001', title: 'A', summary: 's', group: 'g' },
    ]);
  });

  it('reads missing cells as empty and ignores cells past the header', () => {
    expect(fromCSV('start,title,group\n2001,A\n2002,B,g,extra,more')).to.deep.equal([
      { id: 'csv-0', start: '2001', title: 'A' },
      { id: 'csv-1', start: '2002', title: 'B', group: 'g' },
    ]);
  });

  it('takes the last of duplicate header names, and of names that differ only in case or spacing', () => {
    expect(fromCSV('title,start,title,Group,group\nfirst,2001,second,G1,G2\nfirst,2002,,G1,')).to.deep.equal([
      { id: 'csv-0', start: '2001', title: 'second', group: 'G2' },
    ]);
    expect(parseCSV('title,start,title\nfirst,2002,').errors).to.deep.equal([{ index: 0, id: 'csv-0', reason: 'missing title' }]);
  });

  it('ignores a __proto__ column and keeps quoted separators, quotes and line breaks in cells', () => {
    expect(fromCSV('__proto__,start,title,summary\nx,2001,"A, ""B""","line 1\nline 2"')).to.deep.equal([
      { id: 'csv-0', start: '2001', title: 'A, "B"', summary: 'line 1\nline 2' },
    ]);
  });

  it('reads a header without rows as no events and no errors', () => {
    expect(parseCSV('start,title\n')).to.deep.equal({ events: [], errors: [], layout: 'csv' });
    expect(parseCSV('Year,Headline')).to.deep.equal({ events: [], errors: [], eras: [], layout: 'timelinejs-csv' });
  });
});
