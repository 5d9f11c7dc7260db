import type { Messages } from '../messages.js';
import type { DateWords } from '../../../model/date-words.js';
import { loadReason, numbers, plural } from './shared.js';

const num = numbers('nl');
const events = plural('nl', { one: '# gebeurtenis', other: '# gebeurtenissen' });
const lanes = plural('nl', { one: '# baan', other: '# banen' });

const match = plural('nl', { one: 'komt', other: 'komen' });

const nl: Messages = {
  timeline: 'Tijdlijn',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  fit: 'Alles tonen',
  showList: 'Als lijst tonen',
  showTimeline: 'Als tijdlijn tonen',
  close: 'Sluiten',
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + scrollen om te zoomen`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane}: ` : ''}${events(n)}, ${range}: ${titles.join('; ')}${n > titles.length ? ` en nog ${num(n - titles.length)}` : ''}`,
  clusterHint: 'Enter zoomt in.',
  view: (range, n) => `${range}, ${events(n)}`,
  summary: (span, n, total, l) => `Getoond ${span}: ${num(n)} van ${events(total)} in ${lanes(l)}`,
  matches: (n, total) => `${num(n)} van ${events(total)} ${match(n)} overeen`,
  notPrinted: 'Niet afgedrukt',
  cardOpened: (title) => `Details onder de tijdlijn: ${title}`,
  legend: 'Legenda',
  zoom: 'Zoom',
  skipped: plural('nl', { one: '# rij kon niet worden getoond', other: '# rijen konden niet worden getoond' }),
  notes: plural('nl', { one: '# opmerking over de gegevens', other: '# opmerkingen over de gegevens' }),
  empty: 'Geen gebeurtenissen om te tonen.',
  source: 'Bron',
  published: 'gepubliceerd',
  readMore: 'Meer lezen',
  instructions: 'Pijltjestoetsen gaan van gebeurtenis naar gebeurtenis en tussen groepen, Enter opent een gebeurtenis of zoomt in op een groep, plus en min zoomen, 0 toont alles.',
  legendExact: 'exact',
  legendPeriod: 'ergens in deze periode',
  legendApprox: 'ongeveer',
  legendUncertain: 'onzeker',
  ungrouped: 'Overig',
  loading: 'Gebeurtenissen laden…',
  context: 'Tijdperken en markeringen',
  era: (title, span) => `Tijdperk: ${title}, ${span}. Enter toont het.`,
  marker: (title, date) => `${title}, ${date}. Enter centreert de weergave hierop.`,
  today: 'Vandaag',
  overview: 'Overzicht',
  overviewStart: 'Begin van de zichtbare periode',
  overviewEnd: 'Einde van de zichtbare periode',
  categories: 'Categorieën: tonen of verbergen',
  uncategorized: 'Overig',
  previous: 'Vorige',
  next: 'Volgende',
  loadMedia: (provider) => `${provider} laden`,
  mediaNotice: (provider) => `Laden maakt verbinding met ${provider}, dat cookies kan plaatsen.`,
  mediaBlocked: 'Deze pagina staat het laden van de speler niet toe.',
  mediaFailed: 'De afbeelding kon niet worden geladen.',
  openMedia: (provider) => `Openen op ${provider}`,
  collapsedLane: (title, n) => `${title} · ${events(n)}`,
  loadFailed: (src) => (src ? `De gebeurtenissen uit ${src} konden niet worden geladen.` : 'De gebeurtenissen konden niet worden gelezen.'),
  loadReason: loadReason({
    http: (detail, notFound) => `De server antwoordde ${detail}${notFound ? ' (niet gevonden)' : ''}.`,
    network: 'Geen antwoord: het adres is mogelijk onjuist, offline of niet gedeeld met deze site (CORS).',
    interrupted: 'De server antwoordde, maar de verbinding werd verbroken terwijl de gegevens binnenkwamen. Probeer het opnieuw.',
    parse: (detail) => `Het bestand is geen geldige JSON (${detail}).`,
    format: (detail) => `Het bestand heeft geen indeling die deze tijdlijn kan lezen: ${detail}.`,
  }),
  list: { label: 'Gebeurtenissen', date: 'Datum', title: 'Gebeurtenis', lane: 'Groep', category: 'Categorie', source: 'Bron', show: 'Tonen', empty: 'Geen gebeurtenissen.' },
  filter: { search: 'Gebeurtenissen zoeken', groups: 'Groepen', categories: 'Categorieën', tags: 'Trefwoorden' },
};
export default nl;

// Centuries and decades take "de" after a preposition: `sinds de 21e eeuw`, `tot de jaren 1990`.
const de = (d: string, p: { precision: string; approximate: boolean }) => (!p.approximate && (p.precision === 'century' || p.precision === 'decade') ? `de ${d}` : d);

export const dates: DateWords = {
  approximate: (d) => `ca. ${d}`,
  since: (d, p) => `sinds ${de(d, p)}`,
  until: (d, p) => `tot ${de(d, p)}`,
  seasons: ['lente', 'zomer', 'herfst', 'winter', '1e kwartaal', '2e kwartaal', '3e kwartaal', '4e kwartaal', '1e helft', '2e helft'],
  season: (name, year) => `${name} ${year}`,
  farYear: (y) => `jaar ${y}`,
  century: (c) => `${c}e eeuw`,
  decade: (y) => `jaren ${y}`,
  known: { year: 'op het jaar nauwkeurig', season: 'op het seizoen nauwkeurig', month: 'op de maand nauwkeurig', decade: 'op het decennium nauwkeurig', century: 'op de eeuw nauwkeurig' },
  approximateWord: 'ongeveer',
  uncertainWord: 'onzeker',
  comma: ', ',
  bothEnds: (k) => `begin en einde ${k}`,
  startEnd: (a, b) => `begin ${a}, einde ${b}`,
  exact: 'exact',
};
