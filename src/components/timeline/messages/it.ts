import type { Messages } from '../messages.js';
import { loadReason, numbers, plural } from './shared.js';

const num = numbers('it');
const events = plural('it', { one: '# evento', many: '# di eventi', other: '# eventi' });

const it: Messages = {
  timeline: 'Cronologia',
  zoomIn: 'Ingrandisci',
  zoomOut: 'Riduci',
  fit: 'Mostra tutto',
  close: 'Chiudi',
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + rotellina per lo zoom`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane}: ` : ''}${events(n)}, ${range}: ${titles.join('; ')}${n > titles.length ? ` e altri ${num(n - titles.length)}` : ''}`,
  clusterHint: 'Invio per ingrandire.',
  view: (range, n) => `${range}, ${events(n)}`,
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
};
export default it;
