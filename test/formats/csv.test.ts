import { expect } from '@open-wc/testing';
import { convert, fromCSV, parseCSV } from '../../src/formats/index.js';
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
    // The Media column is the event's media (until issue 14 it became the event's url).
    expect(apollo.media).to.deep.equal({ url: 'https://www.nasa.gov/mission/apollo-11/', credit: 'NASA', caption: 'Launch' });
    expect(apollo).not.to.have.property('url');
    expect(apollo.accent).to.equal('#000');
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

describe('fromCSV: category column', () => {
  it('maps a category column to category, like group, and leaves it out when the cell is empty', () => {
    expect(fromCSV('start,title,group,category\n2001,A,Votes,election\n2002,B,Votes,\n')).to.deep.equal([
      { id: 'csv-0', start: '2001', title: 'A', group: 'Votes', category: 'election' },
      { id: 'csv-1', start: '2002', title: 'B', group: 'Votes' },
    ]);
  });

  it('matches the header like the other columns and trims the cell', () => {
    expect(fromCSV(' Start ,Title, CATEGORY \n2001,A,  product launch  ')[0].category).to.equal('product launch');
  });

  it('leaves category out of the TimelineJS sheet layout, which has no such column', async () => {
    const { events } = parseCSV(await fixtureText('timelinejs-eras-sheet.csv'));
    expect(events.filter((event) => 'category' in event)).to.deep.equal([]);
  });
});

describe('convert: CSV eras', () => {
  it('returns the sheet\'s era rows as eras ready for the element', async () => {
    const result = convert(await fixtureText('timelinejs-sheet.csv'));
    expect(result.format).to.equal('timelinejs-csv');
    expect(result.eras).to.deep.equal([{ id: 'era-0', start: '1947', end: '1991', title: 'Cold War' }]);
    expect(result).not.to.have.property('groups');
  });

  it('gives our own CSV layout no eras', async () => {
    expect(convert(await fixtureText('plain.csv'))).not.to.have.property('eras');
  });

  it('keeps an era row without a headline, and reports era rows without an end or a start', () => {
    const head = 'Year,Month,Day,End Year,End Month,Headline,Type\n';
    const result = convert(`${head}1990,,,2000,,,era\n1990,5,,,,Open era,era\n,,,2000,,No start,era\n2001,,,,,An event,\n`, 'timelinejs-csv');
    expect(result.eras).to.deep.equal([{ id: 'era-0', start: '1990', end: '2000', title: '' }]);
    expect(result.errors).to.deep.equal([
      { index: 1, reason: 'era: end: date has no year' },
      { index: 2, reason: 'era: start: date has no year' },
    ]);
    expect(result.events.map((event) => event.title)).to.deep.equal(['An event']);
  });
});

describe('TimelineJS sheet fixture with eras', () => {
  let text: string;
  before(async () => {
    text = await fixtureText('timelinejs-eras-sheet.csv');
  });

  it('keeps the title row and both era rows out of the twelve events', () => {
    const result = parseCSV(text);
    expect(result.layout).to.equal('timelinejs-csv');
    expect(result.errors).to.deep.equal([]);
    expect(result.events).to.have.length(12);
    expect(result.title?.headline).to.equal('The Ferndale Civic Orchestra');
    expect(result.eras).to.deep.equal([
      { start: '1952-09', end: '1967-06', headline: 'The church hall years' },
      { start: '1967-07', end: '1989', headline: 'At the Corn Exchange' },
    ]);
  });

  it('gives convert the eras with ids and plain titles', () => {
    expect(convert(text).eras).to.deep.equal([
      { id: 'era-0', start: '1952-09', end: '1967-06', title: 'The church hall years' },
      { id: 'era-1', start: '1967-07', end: '1989', title: 'At the Corn Exchange' },
    ]);
  });

  it('maps the Group column, dates at their precision, times and ranges', () => {
    const { events } = parseCSV(text);
    const byId = new Map(events.map((event) => [event.id, event]));
    expect([...new Set(events.map((event) => event.group))]).to.deep.equal(['People', 'Concerts', 'Tours']);
    expect(events.filter((event) => event.group === 'Concerts')).to.have.length(5);
    expect(byId.get('tljs-3')?.start).to.equal('1952-09-14');
    expect(byId.get('tljs-3')?.media).to.deep.include({ url: 'https://example.org/ferndale/first-rehearsal.jpg' });
    expect(byId.get('tljs-4')?.start).to.equal('1953-03-21T19:30:00Z');
    expect(byId.get('tljs-5')?.start).to.equal('1956');
    expect([byId.get('tljs-6')?.start, byId.get('tljs-6')?.end]).to.deep.equal(['1958-05-02', '1958-05-09']);
    expect(byId.get('tljs-6')?.title).to.equal('A week of concerts for the new library, one each evening');
    expect(byId.get('tljs-7')?.summary).to.equal('Six towns, one bus, no breakdowns.');
  });
});
