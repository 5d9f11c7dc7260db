import type { Messages } from '../messages.js';
import type { DateWords } from '../../../model/date-words.js';
import type { DatePoint } from '../../../model/types.js';
import { loadReason, numbers, plural, roman } from './shared.js';

const num = numbers('it');
const events = plural('it', { one: '# evento', many: '# di eventi', other: '# eventi' });
const lanes = plural('it', { one: '# corsia', many: '# di corsie', other: '# corsie' });

const match = plural('it', { one: 'corrisponde', other: 'corrispondono' });

const it: Messages = {
  timeline: 'Cronologia',
  zoomIn: 'Ingrandisci',
  zoomOut: 'Riduci',
  fit: 'Mostra tutto',
  showList: 'Mostra come elenco',
  showTimeline: 'Mostra come cronologia',
  close: 'Chiudi',
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + rotellina per lo zoom`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane}: ` : ''}${events(n)}, ${range}: ${titles.join('; ')}${n > titles.length ? ` e altri ${num(n - titles.length)}` : ''}`,
  clusterHint: 'Invio per ingrandire.',
  view: (range, n) => `${range}, ${events(n)}`,
  summary: (span, n, total, l) => `Visualizzati ${span}: ${num(n)} di ${events(total)} in ${lanes(l)}`,
  matches: (n, total) => `${events(n)} su ${num(total)} ${match(n)}`,
  notPrinted: 'Non stampati',
  cardOpened: (title) => `Dettagli sotto la cronologia: ${title}`,
  legend: 'Legenda',
  zoom: 'Zoom',
  skipped: plural('it', { one: 'Impossibile mostrare # riga', other: 'Impossibile mostrare # righe' }),
  notes: plural('it', { one: '# nota sui dati', other: '# note sui dati' }),
  empty: 'Nessun evento da mostrare.',
  source: 'Fonte',
  published: 'pubblicato',
  readMore: 'Leggi di più',
  instructions: 'Le frecce passano da un evento o gruppo all’altro, Invio apre un evento o ingrandisce un gruppo, più e meno cambiano lo zoom, 0 mostra tutto.',
  legendExact: 'esatto',
  legendPeriod: 'in un momento di questo periodo',
  legendApprox: 'approssimativo',
  legendUncertain: 'incerto',
  ungrouped: 'Altro',
  loading: 'Caricamento degli eventi…',
  context: 'Epoche e riferimenti',
  era: (title, span) => `Epoca: ${title}, ${span}. Invio la mostra.`,
  marker: (title, date) => `${title}, ${date}. Invio centra la vista qui.`,
  today: 'Oggi',
  overview: 'Panoramica',
  overviewStart: 'Inizio del periodo visibile',
  overviewEnd: 'Fine del periodo visibile',
  categories: 'Categorie: mostra o nascondi',
  uncategorized: 'Altro',
  previous: 'Precedente',
  next: 'Successivo',
  loadMedia: (provider) => `Carica ${provider}`,
  mediaNotice: (provider) => `Il caricamento si collega a ${provider}, che può impostare cookie.`,
  mediaBlocked: 'Questa pagina non consente di caricare il lettore.',
  mediaFailed: 'Impossibile caricare l’immagine.',
  openMedia: (provider) => `Apri su ${provider}`,
  collapsedLane: (title, n) => `${title} · ${events(n)}`,
  loadFailed: (src) => (src ? `Impossibile caricare gli eventi da ${src}.` : 'Impossibile leggere gli eventi.'),
  loadReason: loadReason({
    http: (detail, notFound) => `Il server ha risposto ${detail}${notFound ? ' (non trovato)' : ''}.`,
    network: 'Nessuna risposta: l’indirizzo potrebbe essere errato, offline o non condiviso con questo sito (CORS).',
    interrupted: 'Il server ha risposto, ma la connessione si è interrotta mentre arrivavano i dati. Riprova.',
    parse: (detail) => `Il file non è un JSON valido (${detail}).`,
    format: (detail) => `Il file non è in un formato che questa cronologia sa leggere: ${detail}.`,
  }),
  list: { label: 'Eventi', date: 'Data', title: 'Evento', lane: 'Gruppo', category: 'Categoria', source: 'Fonte', show: 'Mostra', empty: 'Nessun evento.' },
  filter: { search: 'Cerca eventi', groups: 'Gruppi', categories: 'Categorie', tags: 'Tag' },
};
export default it;

// "da"/"a" joined with the article a date takes: `dal 2012`, `da marzo 2025`, `dagli anni 1990`, `all’autunno 2025`.
const DA = { '': 'da ', il: 'dal ', lo: 'dall’', la: 'dalla ', gli: 'dagli ' } as const;
const A = { '': 'a ', il: 'al ', lo: 'all’', la: 'alla ', gli: 'agli ' } as const;
function article(d: string, p: DatePoint): keyof typeof DA {
  if (p.approximate || p.precision === 'month') return '';
  if (p.precision === 'decade') return 'gli';
  if (p.precision === 'season') {
    if (p.season !== undefined && p.season >= 37 && p.season <= 39) return '';
    return /^[aeiou]/i.test(d) ? 'lo' : d.startsWith('primavera') ? 'la' : 'il';
  }
  return 'il';
}

export const dates: DateWords = {
  approximate: (d) => `circa ${d}`,
  since: (d, p) => `${DA[article(d, p)]}${d}`,
  until: (d, p) => `fino ${A[article(d, p)]}${d}`,
  seasons: ['primavera', 'estate', 'autunno', 'inverno', '1º trimestre', '2º trimestre', '3º trimestre', '4º trimestre', '1º semestre', '2º semestre'],
  season: (name, year) => `${name} ${year}`,
  farYear: (y) => `anno ${y}`,
  century: (c) => `${roman(c)} secolo`,
  decade: (y) => `anni ${y}`,
  known: { year: 'preciso all’anno', season: 'preciso alla stagione', month: 'preciso al mese', decade: 'preciso al decennio', century: 'preciso al secolo' },
  approximateWord: 'approssimativo',
  uncertainWord: 'incerto',
  comma: ', ',
  bothEnds: (k) => `inizio e fine: ${k}`,
  startEnd: (a, b) => `inizio: ${a}; fine: ${b}`,
  exact: 'esatto',
};
