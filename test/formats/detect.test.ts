import { expect } from '@open-wc/testing';
import { convert, detectFormat } from '../../src/formats/index.js';
import { fixtureJson, fixtureJsonText, fixtureText } from './fixtures.js';

describe('detectFormat', () => {
  it('tells each sample apart, parsed or as text', async () => {
    expect(detectFormat(await fixtureJson('timelinejs.json'))).to.equal('timelinejs');
    expect(detectFormat(await fixtureJsonText('timelinejs.json'))).to.equal('timelinejs');
    expect(detectFormat(await fixtureJson('vis-items.json'))).to.equal('vis');
    expect(detectFormat(((await fixtureJson('vis-items.json')) as { items: unknown[] }).items)).to.equal('vis');
    expect(detectFormat(await fixtureText('plain.csv'))).to.equal('csv');
    expect(detectFormat(await fixtureText('timelinejs-sheet.csv'))).to.equal('timelinejs-csv');
  });

  it('recognises our own events, bare or wrapped', () => {
    const events = [{ id: 'a', start: '2001', title: 'A' }];
    expect(detectFormat(events)).to.equal('events');
    expect(detectFormat({ events })).to.equal('events');
    expect(detectFormat(JSON.stringify(events))).to.equal('events');
  });

  it('gives undefined for what it does not know', () => {
    expect(detectFormat(undefined)).to.equal(undefined);
    expect(detectFormat(42)).to.equal(undefined);
    expect(detectFormat([1, 2])).to.equal(undefined);
    expect(detectFormat('{ not json')).to.equal(undefined);
    expect(detectFormat('a,b\n1,2')).to.equal(undefined);
  });
});

describe('convert', () => {
  it('dispatches on the detected format and returns events, errors, title and eras', async () => {
    const result = convert(await fixtureJsonText('timelinejs.json'));
    expect(result.format).to.equal('timelinejs');
    expect(result.events).to.have.length(9);
    expect(result.errors).to.have.length(3);
    expect(result.title?.heading).to.equal('A Sample History');
    expect(result.eras).to.have.length(2);
  });

  it('passes vis groups through options', async () => {
    const { items, groups } = (await fixtureJson('vis-items.json')) as { items: unknown[]; groups: unknown[] };
    expect(convert(items, 'vis', { groups }).events[0].group).to.equal('Science');
  });

  it('passes our own events through and drops non-objects', () => {
    const result = convert([{ id: 'a', start: '2001', title: 'A' }, 'junk'], 'events');
    expect(result.events).to.deep.equal([{ id: 'a', start: '2001', title: 'A' }]);
    expect(result.errors).to.deep.equal([{ index: 1, reason: 'event is not an object' }]);
  });

  it('reports an unknown format or a mismatched CSV layout as a whole-input error', async () => {
    expect(convert(42)).to.deep.equal({ format: undefined, events: [], errors: [{ index: -1, reason: 'unrecognised data format' }] });
    const mismatch = convert(await fixtureText('plain.csv'), 'timelinejs-csv');
    expect(mismatch.events).to.deep.equal([]);
    expect(mismatch.errors[0].index).to.equal(-1);
  });
});
