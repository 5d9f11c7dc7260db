import { expect } from '@open-wc/testing';
import {
  detectLanguage, extractDates, extractDatesWithReport, findDocumentDate, toCandidateEvents, trimTitle,
} from '../../src/extract/index.js';
import type { DateCandidate } from '../../src/extract/index.js';
import expected from './expected-corpus-dates.json';
import { WINDOW, windowsOf } from '../../src/extract/extract.js';
import { splitSentences } from '../../src/extract/sentences.js';

/** `[expression, edtf]` pairs, the shape most assertions care about. */
const found = (text: string, docDate?: string, lang?: 'de' | 'en') =>
  extractDates(text, { docDate, lang }).map((c) => [c.expression, c.edtf]);

describe('extractDates — German', () => {
  it('finds bare years with and without a cue word', () => {
    expect(found('Im Jahr 2012 begann die Zusammenarbeit. Seit 2018 wächst der Markt, das Modell kommt 2026 auf den Markt.')).to.deep.equal([
      ['Im Jahr 2012', '2012'],
      ['Seit 2018', '2018'],
      ['2026', '2026'],
    ]);
  });

  it('reads a span of years as an interval, and "Ende 2025" as an approximate year', () => {
    expect(found('Von 2010 bis 2015 stieg der Absatz, zwischen 2016 und 2019 fiel er. Ende 2025 soll es besser werden.')).to.deep.equal([
      ['Von 2010 bis 2015', '2010/2015'],
      ['zwischen 2016 und 2019', '2016/2019'],
      ['Ende 2025', '2025~'],
    ]);
  });

  it('ignores numbers that are amounts, counts, angles or phone numbers', () => {
    const text =
      'Auf 5.000 Quadratmetern arbeiten 2000 Mitarbeiter an einer 360-Grad-Strategie für 380 Milliarden Yuan. ' +
      'Der Preis liegt bei 2024 Euro, 16,16 Milliarden US-Dollar, 13 %. Rufen Sie +49 7930-2699 an oder Tel. 2012 345.';
    expect(found(text, '2025-03-26')).to.deep.equal([]);
  });

  it('finds seasons with a year, and seasons relative to the doc date', () => {
    expect(found('Der Start ist im Herbst 2025 geplant.')).to.deep.equal([['im Herbst 2025', '2025-23']]);
    expect(found('Im Frühjahr kam das Update.', '2025-03')).to.deep.equal([['Im Frühjahr', '2025-21']]);
    expect(found('Im Winter wurde gebaut.', '2025-01-10')).to.deep.equal([['Im Winter', '2024-24']]);
    expect(found('Kommenden Sommer geht es los.', '2025-09')).to.deep.equal([['Kommenden Sommer', '2026-22']]);
  });

  it('reads Anfang/Mitte/Ende of a month as that month, approximate', () => {
    const [mid, end] = extractDates('Mitte März begann der Test, Ende Mai 2024 endete er.', { docDate: '2025-01' });
    expect([mid.expression, mid.edtf, mid.precision, mid.approximate, mid.relative]).to.deep.equal(['Mitte März', '2025-03~', 'month', true, true]);
    expect([end.expression, end.edtf, end.approximate, end.relative]).to.deep.equal(['Ende Mai 2024', '2024-05~', true, false]);
  });

  it('finds a month name after a preposition, resolved to the closest such month', () => {
    expect(found('Der Chef erklärte im Februar, Im April 2018 war es anders.', '2025-03')).to.deep.equal([
      ['im Februar', '2025-02'],
      ['Im April 2018', '2018-04'],
    ]);
    expect(found('Das Werk öffnet im Oktober.', '2025-01-15')).to.deep.equal([['im Oktober', '2024-10']]);
  });

  it('resolves relative years against the doc date', () => {
    expect(found('Ab dem kommenden Jahr gilt die Regel. Die letztjährige Messe war voll. Letztes Jahr war es ruhig. Ende des Jahres kommt mehr.', '2025-03')).to.deep.equal([
      ['Ab dem kommenden Jahr', '2026'],
      ['letztjährige', '2024'],
      ['Letztes Jahr', '2024'],
      ['Ende des Jahres', '2025~'],
    ]);
  });

  it('counts "Vorjahr" from a year named earlier in the sentence, else from the doc date', () => {
    expect(found('2019 verkaufte BMW mehr Autos als im Vorjahr.')).to.deep.equal([['2019', '2019'], ['Vorjahr', '2018']]);
    expect(found('Der Umsatz lag über dem Vorjahr.', '2025-09-24')).to.deep.equal([['Vorjahr', '2024']]);
  });

  it('reads "in den kommenden drei Jahren" as an interval of years, months when counted in months', () => {
    expect(found('Man will in den kommenden drei Jahren investieren.', '2025-03')).to.deep.equal([['in den kommenden drei Jahren', '2025/2027']]);
    expect(found('In den vergangenen zwei Jahren stieg der Preis.', '2025-03')).to.deep.equal([['In den vergangenen zwei Jahren', '2024/2025']]);
    expect(found('In den nächsten 6 Monaten folgt mehr.', '2025-11-02')).to.deep.equal([['In den nächsten 6 Monaten', '2025-11/2026-04']]);
  });

  it('resolves weekdays to the last such day on or before a day-precise doc date', () => {
    // 2025-03-26 is a Wednesday.
    expect(found('BMW kündigte am Dienstag an, am Mittwoch folgte Alibaba. Kommenden Montag geht es weiter.', '2025-03-26')).to.deep.equal([
      ['am Dienstag', '2025-03-25'],
      ['am Mittwoch', '2025-03-26'],
      ['Kommenden Montag', '2025-03-31'],
    ]);
  });

  it('keeps month precision, approximate, for a weekday when the doc date is known to the month', () => {
    const [c] = extractDates('Die Kooperation wurde am Mittwoch bekannt gegeben.', { docDate: '2025-03' });
    expect([c.expression, c.edtf, c.precision, c.approximate, c.relative]).to.deep.equal(['am Mittwoch', '2025-03~', 'month', true, true]);
  });

  it('reads "dieses Monats" as the doc month, with a day or Anfang/Ende', () => {
    expect(found('Anfang dieses Monats kam die Nachricht, am 5. dieses Monats die Zusage.', '2025-03-26')).to.deep.equal([
      ['Anfang dieses Monats', '2025-03~'],
      ['am 5. dieses Monats', '2025-03-05'],
    ]);
  });

  it('uses chrono for full dates, ranges and day-level relative words', () => {
    expect(found('Am 19. Mai 2025 sprach er, gestern kam die Antwort. Die Messe läuft vom 3. bis 5. März 2024.', '2025-03-26')).to.deep.equal([
      ['Am 19. Mai 2025', '2025-05-19'],
      ['gestern', '2025-03-25'],
      ['3. bis 5. März 2024', '2024-03-03/2024-03-05'],
    ]);
  });

  it('does not report generic "heute" / "jetzt", vague "vor Jahren", or "in einem Jahr, das …"', () => {
    expect(found('Wer heute investiert, gewinnt. Davor wurde schon vor Jahren gewarnt. Jetzt zählt es, gerade in einem Jahr, das schwierig wird.', '2025-03')).to.deep.equal([]);
  });

  it('skips relative expressions when no doc date is known, and says so', () => {
    const report = extractDatesWithReport('BMW kündigte am Dienstag an, ab dem kommenden Jahr zu liefern. Seit 2010 ist das so.');
    expect(report.candidates.map((c) => c.expression)).to.deep.equal(['Seit 2010']);
    expect(report.skipped.map((s) => s.expression)).to.deep.equal(['am Dienstag', 'ab dem kommenden Jahr']);
    expect(report.skipped[0].reason).to.contain('no document date');
  });

  it('takes the doc date from a dateline near the top and does not report the dateline', () => {
    const text = 'Menü\n24.09.2025\n12:39 Uhr\n\nAm Dienstag stellte das Unternehmen den Plan vor.';
    const report = extractDatesWithReport(text);
    expect(report.docDate).to.equal('2025-09-24');
    expect(report.candidates.map((c) => [c.expression, c.edtf])).to.deep.equal([['Am Dienstag', '2025-09-23']]);
  });

  it('gives offsets and sentence offsets that slice back to the expression and the sentence', () => {
    const text = 'Erster Satz ohne Datum. Im Jahr 2012 wurde BMW Kunde von CATL. Dritter Satz.';
    const [c] = extractDates(text, { doc: 'a.txt' });
    expect(text.slice(...c.offsets)).to.equal('Im Jahr 2012');
    expect(c.sentence).to.equal('Im Jahr 2012 wurde BMW Kunde von CATL.');
    expect(text.slice(...c.sentenceOffsets)).to.equal(c.sentence);
    expect(c.doc).to.equal('a.txt');
  });

  it('reports one candidate for overlapping matches, the longer one', () => {
    expect(found('Im April 2018 arbeitete man zusammen.')).to.deep.equal([['Im April 2018', '2018-04']]);
  });
});

describe('extractDates — English', () => {
  it('finds years, seasons, months and relative words', () => {
    const text =
      'In 2012, the company entered China. Sales have grown since 2018. The car launches in the fall of 2025. ' +
      'Talks started in early March. The firm said on Tuesday it expects growth next year and earlier this month. ' +
      'It will invest in the next three years. The deal closed on March 3, 2024.';
    expect(found(text, '2025-03-26')).to.deep.equal([
      ['In 2012', '2012'],
      ['since 2018', '2018'],
      ['in the fall of 2025', '2025-23'],
      ['in early March', '2025-03~'],
      ['on Tuesday', '2025-03-25'],
      ['next year', '2026'],
      ['earlier this month', '2025-03~'],
      ['in the next three years', '2025/2027'],
      ['March 3, 2024', '2024-03-03'],
    ]);
  });

  it('does not take a month name alone for a date ("may", a name, a verb)', () => {
    expect(found('Apple may launch it. Protesters March on Washington. August Horch founded Audi.', '2025-03-26', 'en')).to.deep.equal([]);
    expect(found('August Horch gründete Audi, der Mai-Feiertag ist frei.', '2025-03-26', 'de')).to.deep.equal([]);
  });

  it('ignores counts, prices and phone numbers', () => {
    expect(found('The plant employs 2000 workers, costs $2024 and 2,015 euros. Call 555 2012 now.', '2025-03-26', 'en')).to.deep.equal([]);
  });

  it('detects the language from common words', () => {
    expect(detectLanguage('The company said that it will expand in China.')).to.equal('en');
    expect(detectLanguage('Das Unternehmen hat seine Investitionen in China ausgeweitet.')).to.equal('de');
  });
});

describe('findDocumentDate', () => {
  it('reads a labelled ISO date, a German numeric date and a German long date', () => {
    expect(findDocumentDate(' date 2025-03 Konkret plant BMW …')).to.deep.include({ edtf: '2025-03', precision: 'month', expression: '2025-03' });
    expect(findDocumentDate('Menü\n24.09.2025\n12:39 Uhr\n')).to.deep.include({ edtf: '2025-09-24', offsets: [5, 15] });
    expect(findDocumentDate('Symbolbild\n\n19. Mai 2025\n\nRoman')).to.deep.include({ edtf: '2025-05-19', expression: '19. Mai 2025' });
    expect(findDocumentDate('Published: May 19, 2025\nText')).to.deep.include({ edtf: '2025-05-19' });
  });

  it('does not take a date inside a sentence, or an impossible date', () => {
    expect(findDocumentDate('Am 19. Mai 2025 sprach er in Berlin.')).to.equal(undefined);
    expect(findDocumentDate('31.02.2025\n')).to.equal(undefined);
  });
});

describe('toCandidateEvents', () => {
  const candidate = (edtf: string, sentence: string): DateCandidate => ({
    edtf, precision: 'year', approximate: false, relative: true, expression: 'x', offsets: [3, 4], sentence, sentenceOffsets: [0, sentence.length],
  });

  it('makes one draft event per candidate, with an end for intervals', () => {
    const events = toCandidateEvents([candidate('2012', 'Im Jahr 2012 geschah es.'), candidate('2025/2027', 'Kurz.')], {
      doc: 'a.txt', publisher: 'Zeitung', published: '2025-03',
    });
    expect(events).to.deep.equal([
      {
        id: 'a.txt-1', start: '2012', title: 'Im Jahr 2012 geschah es.', summary: '„x“ → 2012', tags: ['draft'],
        source: { doc: 'a.txt', publisher: 'Zeitung', published: '2025-03', offsets: [0, 24] },
      },
      {
        id: 'a.txt-2', start: '2025', end: '2027', title: 'Kurz.', summary: '„x“ → 2025/2027', tags: ['draft'],
        source: { doc: 'a.txt', publisher: 'Zeitung', published: '2025-03', offsets: [0, 5] },
      },
    ]);
  });

  it('trims long sentences to 120 characters at a word boundary', () => {
    const title = trimTitle(`${'Wort '.repeat(40)}Ende.`);
    expect(title.length).to.be.at.most(120);
    expect(title.endsWith('Wort…')).to.equal(true);
  });
});

interface Expected {
  expression: string;
  edtf: string | null;
  occurrence?: number;
}
interface ExpectedFile {
  documentDate: { expression: string; edtf: string } | null;
  expected: Expected[];
  knownMisses: (Expected & { reason: string })[];
}

/** Offsets of the n-th (1-based) occurrence of `words` in `text`. */
function locate(text: string, words: string, occurrence = 1): [number, number] {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`expected expression not in the text: ${words}`);
  return [at, at + words.length];
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];

describe('extractDates on the corpus', () => {
  const files = Object.entries((expected as { files: Record<string, ExpectedFile> }).files);
  const totals = { expected: 0, found: 0, knownMisses: 0, falsePositives: 0 };

  for (const [name, want] of files) {
    it(`finds every expected date expression in ${name}`, async function (this: { skip(): never }) {
      const response = await fetch(`/corpus/${name}`);
      if (!response.ok) {
        console.log(`corpus file /corpus/${name} not served (${response.status}); skipping`);
        this.skip();
      }
      const text = await response.text();
      expect(findDocumentDate(text)?.edtf).to.equal(want.documentDate?.edtf);
      const candidates = extractDates(text, { doc: name });

      const matched = new Set<DateCandidate>();
      const misses: string[] = [];
      for (const e of want.expected) {
        const span = locate(text, e.expression, e.occurrence);
        const hit = candidates.find((c) => overlaps(c.offsets, span) && c.edtf === e.edtf);
        if (hit) matched.add(hit);
        else misses.push(`${e.expression} → ${e.edtf} (got ${candidates.filter((c) => overlaps(c.offsets, span)).map((c) => c.edtf).join(', ') || 'nothing'})`);
      }
      const falsePositives = candidates.filter((c) => !matched.has(c));
      totals.expected += want.expected.length;
      totals.found += matched.size;
      totals.knownMisses += want.knownMisses.length;
      totals.falsePositives += falsePositives.length;
      console.log(
        `${name}: expected ${want.expected.length}, found ${matched.size}, known misses ${want.knownMisses.length}, ` +
          `false positives ${falsePositives.length}${falsePositives.length ? ` (${falsePositives.map((c) => `${c.expression} → ${c.edtf}`).join('; ')})` : ''}`,
      );
      expect(misses, 'missed expressions').to.deep.equal([]);
    });
  }

  it('keeps false positives under the ceiling across the corpus', function (this: { skip(): never }) {
    if (totals.expected === 0) this.skip();
    const ceiling = (expected as { maxFalsePositives: number }).maxFalsePositives;
    console.log(`corpus: recall ${totals.found}/${totals.expected}, known misses ${totals.knownMisses}, false positives ${totals.falsePositives} (ceiling ${ceiling})`);
    expect(totals.found).to.equal(totals.expected);
    expect(totals.falsePositives).to.be.at.most(ceiling);
  });
});

describe('extraction of long texts, in windows', () => {
  const paragraph = 'Im Jahr 2012 begann die Zusammenarbeit. Seit 2018 wächst der Markt, das Modell kommt im Herbst 2026 auf den Markt.';

  it('cuts a text into windows of at most WINDOW characters, at paragraphs and between sentences, covering every sentence', () => {
    const text = Array.from({ length: 300 }, (_, i) => `${paragraph} Absatz ${i}.${i % 3 ? ' ' : '\n\n'}`).join('');
    const long = `${paragraph} ${'ohne Punkt '.repeat(2000)}${paragraph}`;
    for (const t of [text, long, Array.from({ length: 300 }, () => paragraph).join('\n\n')]) {
      const sentences = splitSentences(t, 'de');
      const windows = windowsOf(t, sentences);
      for (const [a, b] of windows) expect(b - a).to.be.at.most(WINDOW);
      for (let i = 1; i < windows.length; i++) expect(windows[i]![0]).to.be.at.least(windows[i - 1]![1]);
      for (const s of sentences) expect(windows.some(([a, b]) => (s.start >= a && s.end <= b) || (s.end - s.start > WINDOW && a >= s.start && b <= s.end))).to.equal(true);
    }
  });

  it('finds in a long text what it finds in each of its paragraphs, at the right offsets', () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `Absatz ${i}: ${paragraph}`);
    const text = paragraphs.join('\n\n');
    const all = extractDates(text, { lang: 'de' });
    expect(all.length).to.equal(600);
    for (const c of all) expect(text.slice(c.offsets[0], c.offsets[1])).to.equal(c.expression);
    expect(all.map((c) => c.edtf)).to.deep.equal(paragraphs.flatMap((p) => extractDates(p, { lang: 'de' }).map((c) => c.edtf)));
  });
});
