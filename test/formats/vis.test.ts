import { expect } from '@open-wc/testing';
import { convert, fromVisItems, parseVisItems } from '../../src/formats/index.js';
import { dateInputToString } from '../../src/formats/dates.js';
import { backgroundColor } from '../../src/formats/vis.js';
import type { TimelineEventInput } from '../../src/model/types.js';
import { fixtureJson, fixtureJsonText } from './fixtures.js';

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

  it('skips unreadable dates and reports them; a background item is an era, not an error', () => {
    const result = parseVisItems(data.items, data.groups);
    expect(result.errors).to.deep.equal([
      { index: 6, id: '7', reason: 'start: missing date' },
      { index: 7, id: 'eight', reason: 'start: unreadable date "not a date"' },
    ]);
    expect(result.eras).to.deep.equal([{ id: '5', start: '2014-04-19', end: '2014-04-21', title: 'Weekend' }]);
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

describe('vis background items as eras', () => {
  const groups = [{ id: 1, content: '<b>Science</b>' }, { id: 'pol', content: 'Politics' }];
  const background = (extra: Record<string, unknown>) => ({ id: 'bg', content: 'Spring', start: '2014-03-20', end: '2014-06-21', type: 'background', ...extra });

  it('turn into { id, start, end, title } and are left out of the events', () => {
    const result = parseVisItems([background({}), { id: 'e', content: 'An event', start: '2014-04-01' }]);
    expect(result.eras).to.deep.equal([{ id: 'bg', start: '2014-03-20', end: '2014-06-21', title: 'Spring' }]);
    expect(result.events.map((event) => event.id)).to.deep.equal(['e']);
    expect(result.errors).to.deep.equal([]);
  });

  it('take their group\'s label, as events do, and an id when they have none', () => {
    const { eras } = parseVisItems([background({ group: 1 }), background({ id: undefined, group: 'nowhere' })], groups);
    expect(eras).to.deep.equal([
      { id: 'bg', start: '2014-03-20', end: '2014-06-21', title: 'Spring', group: 'Science' },
      { id: 'vis-1', start: '2014-03-20', end: '2014-06-21', title: 'Spring', group: 'nowhere' },
    ]);
  });

  it('make their content plain text, and may be untitled', () => {
    const { eras } = parseVisItems([background({ content: '<em>Spring</em> <img src=x onerror="window.__pwned=1">term' }), background({ content: undefined })]);
    expect(eras.map((era) => era.title)).to.deep.equal(['Spring term', '']);
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('read dates as events do: epoch ms, Date and date-time strings', () => {
    const { eras } = parseVisItems([background({ start: Date.UTC(2014, 2, 20), end: new Date(Date.UTC(2014, 5, 21, 12)) })]);
    expect([eras[0].start, eras[0].end]).to.deep.equal(['2014-03-20T00:00:00Z', '2014-06-21T12:00:00Z']);
  });

  it('need an end, and readable dates', () => {
    const result = parseVisItems([
      background({ end: undefined }),
      background({ end: '' }),
      background({ end: 'whenever' }),
      background({ start: undefined }),
    ]);
    expect(result.eras).to.deep.equal([]);
    expect(result.errors).to.deep.equal([
      { index: 0, id: 'bg', reason: 'background item needs an end' },
      { index: 1, id: 'bg', reason: 'background item needs an end' },
      { index: 2, id: 'bg', reason: 'end: unreadable date "whenever"' },
      { index: 3, id: 'bg', reason: 'start: missing date' },
    ]);
  });

  it('take a plain colour from style, and nothing from className', () => {
    const { eras } = parseVisItems([
      background({ style: 'background-color: #fde68a' }),
      background({ style: 'color: white; background: rgba(250, 204, 21, 0.3);' }),
      background({ style: 'background-color: url(javascript:alert(1))' }),
      background({ style: 'background: url(javascript:alert(1))' }),
      background({ className: 'red' }),
    ]);
    expect(eras.map((era) => era.color)).to.deep.equal(['#fde68a', 'rgba(250, 204, 21, 0.3)', undefined, undefined, undefined]);
    expect(eras[2]).not.to.have.property('color');
  });
});

describe('backgroundColor', () => {
  it('reads hex, rgb()/rgba()/hsl() and named colours from background-color or background', () => {
    expect(backgroundColor('background-color:#FDE68A')).to.equal('#FDE68A');
    expect(backgroundColor('background-color: #abc')).to.equal('#abc');
    expect(backgroundColor('background: rgb(12 34 56 / 50%)')).to.equal('rgb(12 34 56 / 50%)');
    expect(backgroundColor('background: hsl(48deg, 96%, 89%)')).to.equal('hsl(48deg, 96%, 89%)');
    expect(backgroundColor('Background-Color: LightYellow !important')).to.equal('LightYellow');
    expect(backgroundColor('border: 1px solid red; background: wheat')).to.equal('wheat');
  });

  it('takes the last background declaration, as CSS does', () => {
    expect(backgroundColor('background-color: red; background: blue')).to.equal('blue');
    expect(backgroundColor('background-color: red; background: url(x.png)')).to.equal(undefined);
  });

  it('gives nothing for anything but a plain colour token', () => {
    for (const style of [
      'background: url(javascript:alert(1))',
      'background-color: url("javascript:alert(1)")',
      'background: #fde68a url(stripes.png) repeat-x',
      'background-color: var(--era)',
      'background-color: rgb(calc(1 + 2), 0, 0)',
      'background-color: expression(alert(1))',
      'background-color: #12345',
      'background-color: none',
      'background: inherit',
      'color: red',
      'background-color: red"><script>',
      '',
    ]) {
      expect(backgroundColor(style), style).to.equal(undefined);
    }
    expect(backgroundColor(42)).to.equal(undefined);
    expect(backgroundColor({ backgroundColor: 'red' })).to.equal(undefined);
  });
});

describe('vis groups as lanes', () => {
  it('become { id: <label events use> } in the order given, with order when it is a finite number', async () => {
    const data = (await fixtureJson('vis-items.json')) as { items: unknown[]; groups: unknown[] };
    expect(parseVisItems(data.items, data.groups).groups).to.deep.equal([{ id: 'Science' }, { id: 'Politics' }]);
    const groups = [
      { id: 'a', content: 'Alpha', order: 3 },
      { id: 'b', content: 'Beta', order: '1' },
      { id: 'c', content: 'Gamma', order: Infinity },
      { id: 'd', content: 'Delta', order: -0.5 },
    ];
    expect(parseVisItems([], groups).groups).to.deep.equal([{ id: 'Alpha', order: 3 }, { id: 'Beta' }, { id: 'Gamma' }, { id: 'Delta', order: -0.5 }]);
  });

  it('name a lane by its id when it has no content, and keep id 0', () => {
    const { groups, events } = parseVisItems([{ id: 'x', content: 'X', start: '2014-01-01', group: 0 }], [{ id: 0 }, { id: 7, content: '' }]);
    expect(groups).to.deep.equal([{ id: '0' }, { id: '7' }]);
    expect(events[0].group).to.equal('0');
  });

  it('are one lane for 0 and \'0\', as in vis-timeline, where the later one updates the first', () => {
    const { groups, events } = parseVisItems(
      [
        { id: 'n', content: 'Number', start: '2014-01-01', group: 0 },
        { id: 's', content: 'String', start: '2014-01-02', group: '0' },
      ],
      [{ id: 0, content: 'Zero', order: 2 }, { id: 'other', content: 'Other' }, { id: '0', content: 'Nought', order: 1 }],
    );
    expect(groups).to.deep.equal([{ id: 'Nought', order: 1 }, { id: 'Other' }]);
    expect(events.map((event) => event.group)).to.deep.equal(['Nought', 'Nought']);
  });

  it('are one lane for groups with the same label, and skip groups without an id', () => {
    const groups = [{ id: 1, content: 'Team', order: 1 }, { id: 2, content: '<i>Team</i>', order: 2 }, { content: 'No id' }, { id: '', content: 'Empty id' }, 'junk'];
    expect(parseVisItems([], groups).groups).to.deep.equal([{ id: 'Team', order: 1 }]);
  });

  it('do not map visible: false to collapsed, nor other vis group options', () => {
    const groups = [{ id: 'h', content: 'Hidden', visible: false, showNested: false, className: 'muted', style: 'color: red', nestedGroups: ['k'] }];
    expect(parseVisItems([], groups).groups).to.deep.equal([{ id: 'Hidden' }]);
  });

  it('are an empty list without groups, and for input that is not a list', () => {
    expect(parseVisItems([]).groups).to.deep.equal([]);
    expect(parseVisItems([], 'groups').groups).to.deep.equal([]);
    expect(parseVisItems(42)).to.deep.equal({ events: [], errors: [{ index: -1, reason: 'vis items must be an array or a DataSet' }], eras: [], groups: [] });
  });

  it('cost only themselves when a field throws: an item\'s style, a group\'s order', () => {
    const throwingStyle = { id: 'bad', content: 'x', start: '2014-01-01', end: '2014-02-01', type: 'background', get style(): string { throw new Error('style'); } };
    const throwingOrder = { id: 'g', content: 'G', get order(): number { throw new Error('order'); } };
    const result = parseVisItems([throwingStyle, { id: 'ok', content: 'Fine', start: '2014-01-01' }], [throwingOrder, { id: 'h', content: 'H' }]);
    expect(result.errors).to.deep.equal([{ index: 0, reason: 'row could not be read' }]);
    expect(result.events.map((event) => event.id)).to.deep.equal(['ok']);
    expect(result.groups).to.deep.equal([{ id: 'H' }]);
  });

  it('do not turn className into a category', () => {
    const [event] = fromVisItems([{ id: 1, content: 'c', start: '2014-01-01', className: 'election' }]);
    expect(event).not.to.have.property('category');
  });
});

describe('vis fixture with background items and groups', () => {
  let data: { items: unknown[]; groups: unknown[] };
  before(async () => {
    data = (await fixtureJson('vis-background.json')) as typeof data;
  });

  it('reads 17 events and three eras from 20 items, without errors', () => {
    const result = parseVisItems(data);
    expect(result.events).to.have.length(17);
    expect(result.errors).to.deep.equal([]);
    expect(result.eras).to.deep.equal([
      { id: 'get-in', start: '2024-06-14', end: '2024-06-23', title: 'Festival week' },
      { id: 'rig-lockout', start: '2024-06-10T08:00:00Z', end: '2024-06-11T18:00:00Z', title: 'Rig lockout', group: 'Lighting' },
      { id: 'presale', start: '2024-05-20', end: '2024-05-27', title: 'Members\' presale', color: '#fde68a', group: 'Box office' },
    ]);
  });

  it('gives the three groups as lanes, the string order left out', () => {
    expect(parseVisItems(data).groups).to.deep.equal([{ id: 'Stage crew', order: 2 }, { id: 'Lighting', order: 1 }, { id: 'Box office' }]);
  });

  it('labels events by numeric and string group ids, and reads the epoch-ms start', () => {
    const byId = new Map(parseVisItems(data).events.map((event) => [event.id, event]));
    expect(byId.get('3')?.start).to.equal('2024-06-12T14:00:00Z');
    expect(byId.get('3')?.group).to.equal('Stage crew');
    expect(byId.get('6')?.group).to.equal('Lighting');
    expect(byId.get('6')?.title).to.equal('Plot the opening cues');
    expect(byId.get('9')?.group).to.equal('Box office');
    expect([byId.get('9')?.start, byId.get('9')?.end]).to.deep.equal(['2024-06-14', '2024-06-23']);
    expect(byId.get('12')).not.to.have.property('group');
    expect(byId.get('15')?.start).to.equal('2024-06-23T22:00:00');
    expect(byId.get('13')).not.to.have.property('category');
  });

  it('comes out of convert the same, from the object or its JSON text', async () => {
    const fromObject = convert(data);
    const fromText = convert(await fixtureJsonText('vis-background.json'));
    expect(fromObject.format).to.equal('vis');
    expect(fromText.format).to.equal('vis');
    expect(fromText.eras).to.deep.equal(fromObject.eras);
    expect(fromText.groups).to.deep.equal(fromObject.groups);
    expect(fromObject.eras).to.have.length(3);
    expect(fromObject.groups).to.have.length(3);
  });

  it('takes groups from options when the items come alone', () => {
    const result = convert(data.items, 'vis', { groups: data.groups });
    expect(result.groups?.map((group) => group.id)).to.deep.equal(['Stage crew', 'Lighting', 'Box office']);
    expect(result.eras?.[1].group).to.equal('Lighting');
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
