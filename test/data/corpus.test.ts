import { expect } from '@open-wc/testing';
import { CORPUS_TAGS, corpusDocuments, corpusEvents } from '../../src/data/corpus.js';
import { parseEventDate } from '../../src/model/date.js';
import type { EventSource, LocalizedText, TimelineEventInput } from '../../src/model/types.js';

const FILES = [
  '000_eadd3179c43face7.txt',
  '001_91b8aee3d6d3cfbf.txt',
  '002_44629459f6e82ac9.txt',
  '003_863fbfe965b8d0ff.txt',
  '004_518b30fc2f11fa18.txt',
];

/**
 * What the supporting passage of each event must mention: the date expression it was resolved from and a
 * key name or figure. Written by hand from the articles, independently of the offsets.
 */
const PASSAGE_MENTIONS: Record<string, readonly string[]> = {
  'bmw-alibaba-banma-ai-cockpit-2025-03': ['Mittwoch', 'Banma'],
  'bmw-qwen-assistant-china-models-2026': ['kommenden Jahr', 'Qwen'],
  'alibaba-ai-infrastructure-380bn-yuan-2025-2027': ['kommenden drei Jahren', '380 Milliarden Yuan'],
  'alibaba-agi-top-goal-2025-02': ['im Februar', 'Eddie Wu'],
  'apple-picks-alibaba-iphone-ai-china-2025': ['Alibaba ausgewählt', 'iPhones'],
  'bmw-china-challenging-year-2025': ['in einem Jahr', 'Schlüsselmarkt'],
  'bmw-china-360-ai-strategy-2025-03': ['am Dienstag', '360-Grad'],
  'bmw-zipse-china-development-forum-2025': ['China Development Forum 2025', 'Zipse'],
  'bmw-first-china-built-next-gen-model-2026': ['2026', 'Sprachmodelle'],
  'bmw-neue-klasse-huawei-connectivity-2025-03': ['Anfang dieses Monats', 'Huawei'],
  'bmw-catl-first-customer-2012': ['2012', 'CATL'],
  'bmw-shenyang-investment-2010-2025': ['Seit 2010', '116 Milliarden Yuan', 'Shenyang'],
  'bmw-alibaba-shanghai-startup-incubator': ['Golden Bridge', '5.000 Quadratmeter'],
  'bmw-alibaba-300-startups-three-years': ['kommenden 3 Jahren', '300'],
  'bmw-alibaba-tmall-genie-2018-04': ['April 2018', 'Tmall Genie'],
  'bmw-china-sales-2019': ['2019', '13%'],
  'alibaba-cloud-nvidia-embodied-ai-tools-2025-09': ['Nvidia', 'Cloud-Plattform'],
  'alibaba-nvidia-apsara-car-ai-model-2024': ['letztjährigen', 'Apsara'],
  'germany-infrastructure-special-fund-2025': ['Merz', '500 Milliarden Euro'],
  'germany-climate-neutrality-target-2045': ['2045', 'Klimaneutralität'],
  'us-concern-apple-alibaba-nyt-2025-05': ['New York Times', 'US-Regierung'],
  'apple-sounds-out-china-ai-partners-2025': ['vergangenen Monaten', 'DeepSeek'],
  'us-officials-question-apple-2025-05': ['Weißen Hauses', 'Apple-Führungskräften'],
  'krishnamoorthi-warns-apple-alibaba-2025-05': ['Krishnamoorthi'],
  'us-weighs-alibaba-trade-restrictions-2025-05': ['Handelsbeschränkungsliste', 'Verteidigungsministerium'],
  'apple-next-iphone-launch-autumn-2025': ['Herbst 2025', 'iPhone'],
};

/** Shared runs of this many words between our wording and an article count as copying. */
const COPY_RUN = 8;

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function runs(text: string, n: number): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

function languages(text: LocalizedText | undefined): Record<string, string> {
  return typeof text === 'object' && text ? text : {};
}

function parseOrFail(event: TimelineEventInput, field: 'start' | 'end') {
  const result = parseEventDate(event[field]);
  if (!result.ok) expect.fail(`${event.id}.${field}: ${result.error}`);
  return result;
}

const sourceOf = (event: TimelineEventInput): EventSource => event.source!;

describe('corpus dataset', () => {
  it('gives every event a unique kebab-case id', () => {
    const ids = corpusEvents.map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id, id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('dates every event with EDTF that parses, and no range ends before it starts', () => {
    for (const event of corpusEvents) {
      expect(event.start, event.id).to.be.a('string');
      const start = parseOrFail(event, 'start');
      expect(start.end, `${event.id}: start must be a single date, not an interval`).to.equal(undefined);
      if (event.end === undefined) continue;
      const end = parseOrFail(event, 'end');
      expect(end.start.min, `${event.id}: end before start`).to.be.at.least(start.start.min);
    }
  });

  it('titles and summarises every event in German and English, titles at most 60 characters', () => {
    for (const event of corpusEvents) {
      for (const lang of ['de', 'en']) {
        const title = languages(event.title)[lang] ?? '';
        const summary = languages(event.summary)[lang] ?? '';
        expect(title.trim(), `${event.id} title.${lang}`).not.to.equal('');
        expect(title.length, `${event.id} title.${lang}`).to.be.at.most(60);
        expect(summary.trim(), `${event.id} summary.${lang}`).not.to.equal('');
      }
    }
  });

  it('puts every event in a lane, lists its actors and uses only the fixed tags', () => {
    const tags: readonly string[] = CORPUS_TAGS;
    for (const event of corpusEvents) {
      expect(event.group, event.id).to.be.a('string').and.not.equal('');
      expect(event.actors?.length, `${event.id} actors`).to.be.above(0);
      expect(event.tags?.length, `${event.id} tags`).to.be.above(0);
      for (const tag of event.tags ?? []) expect(tags, `${event.id} tag`).to.include(tag);
    }
  });

  it('cites one of the five articles, with the metadata listed in corpusDocuments', () => {
    expect(corpusDocuments.map((d) => d.doc)).to.deep.equal(FILES);
    for (const doc of corpusDocuments) {
      expect(parseEventDate(doc.published).ok, `${doc.doc} published`).to.equal(true);
      expect(doc.description, doc.doc).not.to.equal('');
    }
    for (const event of corpusEvents) {
      const source = sourceOf(event);
      expect(source, event.id).to.be.an('object');
      const doc = corpusDocuments.find((d) => d.doc === source.doc);
      expect(doc, `${event.id}: unknown doc ${source.doc}`).to.not.equal(undefined);
      expect(source.published, event.id).to.equal(doc!.published);
      expect(source.publisher, event.id).to.equal(doc!.publisher);
      expect(source.author, event.id).to.equal(doc!.author);
    }
  });

  it('lists the expected passage mentions for exactly the events in the dataset', () => {
    expect(Object.keys(PASSAGE_MENTIONS).sort()).to.deep.equal(corpusEvents.map((e) => e.id).sort());
  });
});

describe('corpus dataset against the articles', () => {
  const texts = new Map<string, string>();

  // Mocha's context, typed locally until the project has @types/mocha.
  before(async function (this: { skip(): void }) {
    for (const file of FILES) {
      const response = await fetch(`/corpus/${encodeURIComponent(file)}`).catch(() => undefined);
      if (!response?.ok) {
        console.warn(`corpus file /corpus/${file} not served (${response?.status ?? 'network error'}); skipping`);
        this.skip();
        return;
      }
      texts.set(file, await response.text());
    }
  });

  it('points every event at a passage inside its article', () => {
    for (const event of corpusEvents) {
      const { doc, offsets } = sourceOf(event);
      const text = texts.get(doc)!;
      expect(offsets, event.id).to.be.an('array').with.lengthOf(2);
      const [start, end] = offsets!;
      expect(Number.isInteger(start) && Number.isInteger(end), event.id).to.equal(true);
      expect(start, event.id).to.be.at.least(0);
      expect(end, event.id).to.be.above(start).and.at.most(text.length);
    }
  });

  it('cites a passage that mentions the event’s date expression and a key name', () => {
    for (const event of corpusEvents) {
      const { doc, offsets } = sourceOf(event);
      const passage = texts.get(doc)!.slice(...offsets!);
      for (const mention of PASSAGE_MENTIONS[event.id] ?? []) {
        expect(passage, `${event.id} should mention "${mention}"`).to.include(mention);
      }
    }
  });

  it(`shares no run of ${COPY_RUN} words between a title or summary and its article`, () => {
    const articleRuns = new Map([...texts].map(([file, text]) => [file, runs(text, COPY_RUN)]));
    for (const event of corpusEvents) {
      const copied = articleRuns.get(sourceOf(event).doc)!;
      for (const field of ['title', 'summary'] as const) {
        for (const [lang, text] of Object.entries(languages(event[field]))) {
          const shared = [...runs(text, COPY_RUN)].filter((run) => copied.has(run));
          expect(shared, `${event.id} ${field}.${lang} copies the article`).to.deep.equal([]);
        }
      }
    }
  });
});
