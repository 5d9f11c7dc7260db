/** Finds the publication date near the top of an article: a dateline such as `24.09.2025` or `date 2025-03`. */
import { dayEdtf, parseReferenceDate } from './reference.js';
import type { DocumentDate } from './types.js';
import { monthNumber, monthPattern } from './words.js';

/** Only this many leading characters are searched: a date further down is news, not a dateline. */
const HEAD = 1200;
const LABEL = '(?:date|datum|published|veröffentlicht(?:\\s+am)?|stand|updated|aktualisiert(?:\\s+am)?|posted(?:\\s+on)?)\\s*:?\\s*';
const MONTH_DE = monthPattern('de');
const MONTH_EN = monthPattern('en');
const DATE =
  `(?<iso>\\d{4}-\\d{2}(?:-\\d{2})?)` +
  `|(?<dd>\\d{1,2})\\.(?<mm>\\d{1,2})\\.(?<yyyy>\\d{4})` +
  `|(?<d1>\\d{1,2})\\.?\\s+(?<m1>${MONTH_DE}|${MONTH_EN})\\s+(?<y1>\\d{4})` +
  `|(?<m2>${MONTH_EN})\\s+(?<d2>\\d{1,2}),?\\s+(?<y2>\\d{4})`;
/** A time after the date on the same line is allowed: `24.09.2025 12:39 Uhr`, `19 May 2025, 10:00`. */
const TIME = '(?:[,|\\s]+\\d{1,2}[:.]\\d{2}(?:\\s*(?:Uhr|h|am|pm|AM|PM))?)?';
const LINE = new RegExp(`^[ \\t]*(?<label>${LABEL})?(?<date>${DATE})${TIME}(?<rest>.*)$`, 'imu');

/** The publication date when a line near the top is a dateline; undefined when none is found. */
export function findDocumentDate(text: string): DocumentDate | undefined {
  const head = text.slice(0, HEAD);
  let lineStart = 0;
  for (const line of head.split('\n')) {
    const m = LINE.exec(line);
    const g = m?.groups;
    // Without a label the date must stand alone on its line, or it is a sentence that happens to start with one.
    if (m && g && (g.label || !g.rest.trim())) {
      const edtf = toEdtf(g);
      if (edtf) {
        const start = lineStart + m.index + (m[0].length - m[0].trimStart().length) + (g.label?.length ?? 0);
        const expression = g.date;
        const precision = edtf.length === 4 ? 'year' : edtf.length === 7 ? 'month' : 'day';
        return { edtf, precision, expression, offsets: [start, start + expression.length] };
      }
    }
    lineStart += line.length + 1;
  }
  return undefined;
}

function toEdtf(g: Record<string, string | undefined>): string | undefined {
  let edtf: string | undefined;
  if (g.iso) edtf = g.iso;
  else if (g.yyyy) edtf = dayEdtf(Number(g.yyyy), Number(g.mm), Number(g.dd));
  else if (g.y1) edtf = dayFrom(g.y1, g.m1!, g.d1!);
  else if (g.y2) edtf = dayFrom(g.y2, g.m2!, g.d2!);
  // Reject impossible dates such as 31.02.2025.
  return edtf && parseReferenceDate(edtf) ? edtf : undefined;
}

function dayFrom(year: string, monthWord: string, day: string): string | undefined {
  const month = monthNumber('de', monthWord) ?? monthNumber('en', monthWord);
  return month ? dayEdtf(Number(year), month, Number(day)) : undefined;
}
