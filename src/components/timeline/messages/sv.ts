import type { Messages } from '../messages.js';
import type { DateWords } from '../../../model/date-words.js';
import { loadReason, numbers, plural } from './shared.js';

const num = numbers('sv');
const events = plural('sv', { one: '# händelse', other: '# händelser' });

const sv: Messages = {
  timeline: 'Tidslinje',
  zoomIn: 'Zooma in',
  zoomOut: 'Zooma ut',
  fit: 'Visa allt',
  showList: 'Visa som lista',
  showTimeline: 'Visa som tidslinje',
  close: 'Stäng',
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + scrolla för att zooma`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane}: ` : ''}${events(n)}, ${range}: ${titles.join('; ')}${n > titles.length ? ` och ${num(n - titles.length)} till` : ''}`,
  clusterHint: 'Enter zoomar in.',
  view: (range, n) => `${range}, ${events(n)}`,
  cardOpened: (title) => `Detaljer under tidslinjen: ${title}`,
  legend: 'Teckenförklaring',
  zoom: 'Zoom',
  skipped: plural('sv', { one: '# rad kunde inte visas', other: '# rader kunde inte visas' }),
  notes: plural('sv', { one: '# anmärkning om data', other: '# anmärkningar om data' }),
  empty: 'Inga händelser att visa.',
  source: 'Källa',
  published: 'publicerad',
  readMore: 'Läs mer',
  instructions: 'Piltangenterna flyttar mellan händelser och grupper, Enter öppnar en händelse eller zoomar in på en grupp, plus och minus zoomar, 0 visar allt.',
  legendExact: 'exakt',
  legendPeriod: 'någon gång under perioden',
  legendApprox: 'ungefärlig',
  legendUncertain: 'osäker',
  ungrouped: 'Övrigt',
  loading: 'Läser in händelser…',
  context: 'Epoker och markeringar',
  era: (title, span) => `Epok: ${title}, ${span}. Enter visar den.`,
  marker: (title, date) => `${title}, ${date}. Enter centrerar vyn här.`,
  today: 'I dag',
  overview: 'Översikt',
  overviewStart: 'Början av den synliga perioden',
  overviewEnd: 'Slutet av den synliga perioden',
  categories: 'Kategorier: visa eller dölj',
  uncategorized: 'Övrigt',
  previous: 'Föregående',
  next: 'Nästa',
  loadMedia: (provider) => `Läs in ${provider}`,
  mediaNotice: (provider) => `Inläsningen ansluter till ${provider}, som kan sätta kakor.`,
  mediaBlocked: 'Den här sidan tillåter inte att spelaren läses in.',
  mediaFailed: 'Bilden kunde inte läsas in.',
  openMedia: (provider) => `Öppna på ${provider}`,
  collapsedLane: (title, n) => `${title} · ${events(n)}`,
  loadFailed: (src) => (src ? `Händelserna från ${src} kunde inte läsas in.` : 'Händelserna kunde inte läsas.'),
  loadReason: loadReason({
    http: (detail, notFound) => `Servern svarade ${detail}${notFound ? ' (hittades inte)' : ''}.`,
    network: 'Inget svar: adressen kan vara fel, offline eller inte delad med den här webbplatsen (CORS).',
    interrupted: 'Servern svarade, men anslutningen bröts medan data kom in. Försök igen.',
    parse: (detail) => `Filen är inte giltig JSON (${detail}).`,
    format: (detail) => `Filen har inget format som den här tidslinjen kan läsa: ${detail}.`,
  }),
  list: { label: 'Händelser', date: 'Datum', title: 'Händelse', lane: 'Grupp', category: 'Kategori', source: 'Källa', show: 'Visa', empty: 'Inga händelser.' },
};
export default sv;

export const dates: DateWords = {
  approximate: (d) => `ca ${d}`,
  since: (d) => `sedan ${d}`,
  until: (d) => `fram till ${d}`,
  seasons: ['våren', 'sommaren', 'hösten', 'vintern', 'första kvartalet', 'andra kvartalet', 'tredje kvartalet', 'fjärde kvartalet', 'första halvåret', 'andra halvåret'],
  season: (name, year) => `${name} ${year}`,
  farYear: (y) => `år ${y}`,
  // Swedish names a century by its hundreds: the 21st is `2000-talet`.
  century: (c) => `${(c - 1) * 100}-talet`,
  decade: (y) => `${y}-talet`,
  known: { year: 'känt på året', season: 'känt på årstiden', month: 'känt på månaden', decade: 'känt på decenniet', century: 'känt på århundradet' },
  approximateWord: 'ungefärlig',
  uncertainWord: 'osäker',
  comma: ', ',
  bothEnds: (k) => `början och slutet: ${k}`,
  startEnd: (a, b) => `början: ${a}; slutet: ${b}`,
  exact: 'exakt',
};
