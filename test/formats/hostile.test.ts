// The format adapters and normalizeEvents on what careless pipelines and attackers produce: hostile values in every
// field of every shape (TimelineJS, vis-timeline, our events), including objects that throw when read.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { convert } from '../../src/formats/index.js';
import { normalizeEvents } from '../../src/model/normalize.js';

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const throwing = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('get trap');
      },
      ownKeys() {
        throw new Error('ownKeys trap');
      },
      has() {
        throw new Error('has trap');
      },
    },
  );
/** Values fast-check cannot print are generated as recipes and made inside the property. */
const recipes: Record<string, () => unknown> = {
  revoked,
  throwing,
  toStringNull: () => ({ toString: null, valueOf: null }),
  nullPrototype: () => Object.create(null) as object,
  symbols: () => [Symbol('x')],
  cycle: () => {
    const o: Record<string, unknown> = { year: 2020 };
    o.self = o;
    o.text = o;
    return o;
  },
};
const made = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(made);
  if (!value || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const recipe = (value as { recipe?: unknown }).recipe;
  if (typeof recipe === 'string' && recipes[recipe]) return recipes[recipe]!();
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, made(v)]));
};

const leaf = fc.oneof(
  fc.anything({ withBigInt: true, withNullPrototype: true, withBoxedValues: true, withDate: true, maxDepth: 2 }),
  fc.constantFrom(...Object.keys(recipes)).map((recipe) => ({ recipe })),
  fc.constantFrom('2012', 'Y-13800000000', '9'.repeat(40), '<img src=x onerror=alert(1)>', '2020-02-30', 1969, -44, '1e400'),
);
const dateObject = fc.record({ year: leaf, month: leaf, day: leaf, hour: leaf, minute: leaf, second: leaf, display_date: leaf }, { requiredKeys: [] });
const slide = fc.record(
  {
    unique_id: leaf,
    start_date: fc.oneof(dateObject, leaf),
    end_date: fc.oneof(dateObject, leaf),
    text: fc.oneof(fc.record({ headline: leaf, text: leaf }, { requiredKeys: [] }), leaf),
    media: fc.oneof(fc.record({ url: leaf, caption: leaf, credit: leaf }, { requiredKeys: [] }), leaf),
    group: leaf,
    display_date: leaf,
  },
  { requiredKeys: [] },
);
const timelinejs = fc.record({ events: fc.oneof(fc.array(fc.oneof(slide, leaf), { maxLength: 6 }), leaf), eras: fc.oneof(fc.array(slide, { maxLength: 3 }), leaf), title: fc.oneof(slide, leaf) }, { requiredKeys: [] });
const visItem = fc.record({ id: leaf, content: leaf, start: leaf, end: leaf, group: leaf, type: leaf, title: leaf, className: leaf }, { requiredKeys: [] });
const vis = fc.oneof(fc.array(fc.oneof(visItem, leaf), { maxLength: 6 }), fc.record({ items: fc.array(visItem, { maxLength: 6 }), groups: fc.oneof(fc.array(fc.record({ id: leaf, content: leaf }), { maxLength: 3 }), leaf) }));
const ours = fc.array(fc.oneof(fc.record({ id: leaf, start: leaf, end: leaf, title: leaf, summary: leaf, summaryHtml: leaf, group: leaf, tags: leaf, url: leaf, source: leaf }, { requiredKeys: [] }), leaf), { maxLength: 6 });

describe('format adapters and normalizeEvents with hostile input (property)', () => {
  it('convert never throws, in any format, on any shape; normalizeEvents reads what it returns', () => {
    const format = fc.constantFrom(undefined, 'events', 'timelinejs', 'vis', 'csv', 'timelinejs-csv' as const);
    fc.assert(
      fc.property(fc.oneof(timelinejs, vis, ours, leaf), format, (recipe, name) => {
        const data = made(recipe);
        const result = convert(data, name);
        expect(result.events).to.be.an('array');
        expect(result.errors).to.be.an('array');
        const normalized = normalizeEvents(result.events);
        for (const e of normalized.events) expect(Number.isFinite(e.lo) && Number.isFinite(e.hi) && e.hi >= e.lo).to.equal(true);
      }),
      { seed: 2026, numRuns: 3000 },
    );
  });

  it('normalizeEvents never throws, reports every row it leaves out, and keeps every valid one', () => {
    fc.assert(
      fc.property(ours, fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 5 }), (recipe, days) => {
        const valid = days.map((d, i) => ({ id: `valid-${i}`, start: new Date(Date.UTC(2000, 0, 1) + d * 86_400_000).toISOString(), title: `Valid ${i}` }));
        const hostile = made(recipe) as unknown[];
        const { events, errors } = normalizeEvents([...valid, ...hostile]);
        const ids = new Set(events.map((e) => e.id));
        for (const v of valid) expect(ids.has(v.id)).to.equal(true);
        expect(events.length + errors.length).to.equal(valid.length + hostile.length);
      }),
      { seed: 99, numRuns: 2000 },
    );
  });
});
