/**
 * Words of the element's own interface, in the languages it speaks. English and German are in the bundle; the
 * other languages (`MESSAGE_LANGS`) load on demand with `loadMessages`, each with its date words (`model/date-words.ts`).
 */
import { addDateWords, type DateWords } from '../../model/date-words.js';

/** The words one language needs. */
export interface Messages {
  timeline: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  /** The header's toggle between the timeline and the list of its events. */
  showList: string;
  showTimeline: string;
  close: string;
  wheelHint: (mac: boolean) => string;
  events: (n: number) => string;
  /** A cluster or density strip: its lane (may be ''), count, span, the first titles and how many more. */
  cluster: (lane: string, n: number, range: string, titles: readonly string[]) => string;
  /** After a zoom settles: the window and how many events reach into it. */
  view: (range: string, n: number) => string;
  /** A query or filter in force: how many of all the events match ("3 of 26 events match"). */
  matches: (n: number, total: number) => string;
  /** The line under the header: the window's span, the events reaching into it, of all shown events, in how many lanes. */
  summary: (span: string, n: number, total: number, lanes: number) => string;
  /** Printed after the first 2,000 events: "Not printed: 998 events". */
  notPrinted: string;
  /** The card was opened (by a pointer; the keyboard moves the focus to its heading instead). */
  cardOpened: (title: string) => string;
  legend: string;
  zoom: string;
  skipped: (n: number) => string;
  /** Notes on rows that are shown (media without alt text, a field another tool has that we do not show). */
  notes: (n: number) => string;
  empty: string;
  source: string;
  published: string;
  readMore: string;
  instructions: string;
  legendExact: string;
  legendPeriod: string;
  legendApprox: string;
  legendUncertain: string;
  ungrouped: string;
  /** Said after a cluster's name, on its option: what Enter does there. */
  clusterHint: string;
  loading: string;
  /** The strip of eras and markers above the plot. */
  context: string;
  /** An era's button: its title and span; what it does. */
  era: (title: string, span: string) => string;
  /** A marker's button: its title and date. */
  marker: (title: string, date: string) => string;
  /** The "now" line's name. */
  today: string;
  /** `<tl-overview>`: the strip's name, and its two handles. */
  overview: string;
  overviewStart: string;
  overviewEnd: string;
  /** The legend of categories (colour by category or tag), and the name of events without one. */
  categories: string;
  uncategorized: string;
  /** The card's way through the events. */
  previous: string;
  next: string;
  /** A media item that is not loaded until asked: "Load the YouTube video", and why. */
  loadMedia: (provider: string) => string;
  mediaNotice: (provider: string) => string;
  mediaBlocked: string;
  mediaFailed: string;
  openMedia: (provider: string) => string;
  /** A collapsed lane's name: its title and count. */
  collapsedLane: (title: string, n: number) => string;
  loadFailed: (src: string) => string;
  loadReason: (kind: 'http' | 'network' | 'interrupted' | 'parse' | 'format', status: number | undefined, detail: string) => string;
  /** `<tl-list>`'s words; English and German are in the list's own module (the bundle is at its budget). */
  list?: ListWords;
  /** `<tl-filter>`'s words; English and German are in the filter's own module, like the list's. */
  filter?: FilterWords;
}

/** `<tl-filter>`: the search field's label and the names of its groups of chips. */
export interface FilterWords {
  search: string;
  groups: string;
  categories: string;
  tags: string;
}

/** `<tl-list>`: the table's name, its column heads, the button that shows an event, and an empty list. */
export interface ListWords {
  label: string;
  date: string;
  title: string;
  lane: string;
  category: string;
  source: string;
  show: string;
  empty: string;
}

// One formatter per language: `Number#toLocaleString` builds a new one on every call.
const count = { en: new Intl.NumberFormat('en'), de: new Intl.NumberFormat('de') };

export const MESSAGES: Record<'en' | 'de', Messages> = {
  en: {
    timeline: 'Timeline',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Show all',
    showList: 'Show as list',
    showTimeline: 'Show as timeline',
    close: 'Close',
    wheelHint: (mac: boolean) => `${mac ? '⌘' : 'Ctrl'} + scroll to zoom`,
    events: (n: number) => (n === 1 ? '1 event' : `${count.en.format(n)} events`),
    cluster: (lane, n, range, titles) =>
      `${lane ? `${lane}: ` : ''}${count.en.format(n)} events, ${range}: ${titles.join('; ')}${n > titles.length ? ` and ${count.en.format(n - titles.length)} more` : ''}`,
    clusterHint: 'Enter zooms in.',
    view: (range, n) => `${range}, ${n === 1 ? '1 event' : `${count.en.format(n)} events`}`,
    summary: (span, n, total, lanes) =>
      `Showing ${span}: ${count.en.format(n)} of ${total === 1 ? '1 event' : `${count.en.format(total)} events`} in ${lanes === 1 ? '1 lane' : `${count.en.format(lanes)} lanes`}`,
    matches: (n, total) => `${count.en.format(n)} of ${total === 1 ? '1 event' : `${count.en.format(total)} events`} ${n === 1 ? 'matches' : 'match'}`,
    notPrinted: 'Not printed',
    cardOpened: (title) => `Details shown below the timeline: ${title}`,
    legend: 'Legend',
    zoom: 'Zoom',
    skipped: (n: number) => (n === 1 ? '1 row could not be shown' : `${n} rows could not be shown`),
    notes: (n: number) => (n === 1 ? '1 note on the data' : `${n} notes on the data`),
    empty: 'No events to show.',
    source: 'Source',
    published: 'published',
    readMore: 'Read more',
    instructions: 'Arrow keys move between events and groups of events, Enter opens an event or zooms into a group, plus and minus zoom, 0 shows all.',
    legendExact: 'exact',
    legendPeriod: 'somewhere in this period',
    legendApprox: 'approximate',
    legendUncertain: 'uncertain',
    ungrouped: 'Other',
    loading: 'Loading events…',
    context: 'Eras and markers',
    era: (title, span) => `Era: ${title}, ${span}. Enter shows it.`,
    marker: (title, date) => `${title}, ${date}. Enter centres the view on it.`,
    today: 'Today',
    overview: 'Overview',
    overviewStart: 'Start of the visible window',
    overviewEnd: 'End of the visible window',
    previous: 'Previous',
    next: 'Next',
    loadMedia: (provider) => `Load ${provider}`,
    mediaNotice: (provider) => `Loading it connects to ${provider}, which may set cookies.`,
    mediaBlocked: 'This page does not allow the player to load.',
    mediaFailed: 'The image could not be loaded.',
    openMedia: (provider) => `Open on ${provider}`,
    categories: 'Categories: show or hide',
    uncategorized: 'Other',
    collapsedLane: (title, n) => `${title} · ${n === 1 ? '1 event' : `${count.en.format(n)} events`}`,
    loadFailed: (src: string) => (src ? `Could not load the events from ${src}.` : 'Could not read the events.'),
    loadReason: (kind, status, detail) =>
      kind === 'http'
        ? `The server answered ${detail}${status === 404 ? ' (not found)' : ''}.`
        : kind === 'network'
          ? 'No answer: the address may be wrong, offline, or not shared with this site (CORS).'
          : kind === 'interrupted'
            ? 'The server answered, but the connection broke while the data was arriving. Try again.'
          : kind === 'parse'
            ? `The file is ${detail}.`
            : `The file is not in a format this timeline reads: ${detail}.`,
  },
  de: {
    timeline: 'Zeitleiste',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    fit: 'Alles zeigen',
    showList: 'Als Liste zeigen',
    showTimeline: 'Als Zeitleiste zeigen',
    close: 'Schließen',
    wheelHint: (mac: boolean) => `${mac ? '⌘' : 'Strg'} + Scrollen zum Zoomen`,
    events: (n: number) => (n === 1 ? '1 Ereignis' : `${count.de.format(n)} Ereignisse`),
    cluster: (lane, n, range, titles) =>
      `${lane ? `${lane}: ` : ''}${count.de.format(n)} Ereignisse, ${range}: ${titles.join('; ')}${n > titles.length ? ` und ${count.de.format(n - titles.length)} weitere` : ''}`,
    clusterHint: 'Eingabetaste vergrößert.',
    view: (range, n) => `${range}, ${n === 1 ? '1 Ereignis' : `${count.de.format(n)} Ereignisse`}`,
    summary: (span, n, total, lanes) =>
      `Angezeigt ${span}: ${count.de.format(n)} von ${total === 1 ? '1 Ereignis' : `${count.de.format(total)} Ereignissen`} in ${lanes === 1 ? '1 Spur' : `${count.de.format(lanes)} Spuren`}`,
    matches: (n, total) => `${count.de.format(n)} von ${total === 1 ? '1 Ereignis' : `${count.de.format(total)} Ereignissen`} ${n === 1 ? 'passt' : 'passen'}`,
    notPrinted: 'Nicht gedruckt',
    cardOpened: (title) => `Details unter der Zeitleiste: ${title}`,
    legend: 'Legende',
    zoom: 'Zoom',
    skipped: (n: number) => (n === 1 ? '1 Zeile konnte nicht angezeigt werden' : `${n} Zeilen konnten nicht angezeigt werden`),
    notes: (n: number) => (n === 1 ? '1 Hinweis zu den Daten' : `${n} Hinweise zu den Daten`),
    empty: 'Keine Ereignisse.',
    source: 'Quelle',
    published: 'veröffentlicht',
    readMore: 'Weiterlesen',
    instructions: 'Pfeiltasten wechseln zwischen Ereignissen und Gruppen, Eingabe öffnet ein Ereignis oder vergrößert eine Gruppe, Plus und Minus zoomen, 0 zeigt alles.',
    legendExact: 'genau',
    legendPeriod: 'irgendwann in diesem Zeitraum',
    legendApprox: 'ungefähr',
    legendUncertain: 'unsicher',
    ungrouped: 'Sonstige',
    loading: 'Ereignisse werden geladen …',
    context: 'Epochen und Markierungen',
    era: (title, span) => `Epoche: ${title}, ${span}. Eingabetaste zeigt sie.`,
    marker: (title, date) => `${title}, ${date}. Eingabetaste zentriert die Ansicht darauf.`,
    today: 'Heute',
    overview: 'Übersicht',
    overviewStart: 'Beginn des sichtbaren Zeitraums',
    overviewEnd: 'Ende des sichtbaren Zeitraums',
    previous: 'Zurück',
    next: 'Weiter',
    loadMedia: (provider) => `${provider} laden`,
    mediaNotice: (provider) => `Beim Laden wird eine Verbindung zu ${provider} hergestellt, das Cookies setzen kann.`,
    mediaBlocked: 'Diese Seite erlaubt das Laden des Players nicht.',
    mediaFailed: 'Das Bild konnte nicht geladen werden.',
    openMedia: (provider) => `Auf ${provider} öffnen`,
    categories: 'Kategorien: zeigen oder ausblenden',
    uncategorized: 'Sonstige',
    collapsedLane: (title, n) => `${title} · ${n === 1 ? '1 Ereignis' : `${count.de.format(n)} Ereignisse`}`,
    loadFailed: (src: string) => (src ? `Die Ereignisse aus ${src} konnten nicht geladen werden.` : 'Die Ereignisse konnten nicht gelesen werden.'),
    loadReason: (kind, status, detail) =>
      kind === 'http'
        ? `Der Server antwortete ${detail}${status === 404 ? ' (nicht gefunden)' : ''}.`
        : kind === 'network'
          ? 'Keine Antwort: Die Adresse ist falsch, offline oder für diese Seite nicht freigegeben (CORS).'
          : kind === 'interrupted'
            ? 'Der Server antwortete, doch die Verbindung brach ab, während die Daten ankamen. Bitte noch einmal versuchen.'
          : kind === 'parse'
            ? `Die Datei ist kein gültiges JSON (${detail.replace(/^not valid JSON \(|\)$/g, '')}).`
            : `Die Datei ist in keinem Format, das die Zeitleiste liest: ${detail}.`,
  },
};

/** Every language this package has interface words for; all but `en` and `de` load on demand. */
export const MESSAGE_LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'tr', 'zh', 'ja', 'ko', 'ar', 'he', 'uk'] as const;
export type MessageLang = (typeof MESSAGE_LANGS)[number];

/** A language's module: its interface words, and the words its dates are written with. */
type Module = Promise<{ default: Messages; dates: DateWords }>;
// Spelled out (not a template) so every bundler sees each module as a chunk of its own.
const LOADERS: Record<Exclude<MessageLang, 'en' | 'de'>, () => Module> = {
  fr: () => import('./messages/fr.js'),
  es: () => import('./messages/es.js'),
  it: () => import('./messages/it.js'),
  pt: () => import('./messages/pt.js'),
  nl: () => import('./messages/nl.js'),
  pl: () => import('./messages/pl.js'),
  sv: () => import('./messages/sv.js'),
  tr: () => import('./messages/tr.js'),
  zh: () => import('./messages/zh.js'),
  ja: () => import('./messages/ja.js'),
  ko: () => import('./messages/ko.js'),
  ar: () => import('./messages/ar.js'),
  he: () => import('./messages/he.js'),
  uk: () => import('./messages/uk.js'),
};

// Old tags that still name a language we have.
const ALIASES: Record<string, MessageLang> = { iw: 'he' };

/**
 * The language we have words for that best serves a BCP 47 tag: its primary language (`pt-BR` → `pt`,
 * `zh-Hant-TW` → `zh`, `de-CH` → `de`), else `en`. Nothing is guessed across languages (`nb` → `en`, not `sv`).
 */
export function resolveLang(lang: string | null | undefined): MessageLang {
  const primary = (lang ?? '').trim().split(/[-_]/)[0]!.toLowerCase();
  if ((MESSAGE_LANGS as readonly string[]).includes(primary)) return primary as MessageLang;
  return ALIASES[primary] ?? 'en';
}

const loaded = new Map<MessageLang, Messages>([
  ['en', MESSAGES.en],
  ['de', MESSAGES.de],
]);
const pending = new Map<MessageLang, Promise<Messages>>();

/** The words for `lang` if they are already here (en, de, and languages loaded before), else `undefined`. */
export function messagesNow(lang: string): Messages | undefined {
  return loaded.get(resolveLang(lang));
}

/**
 * The words for `lang` (through `resolveLang`), loading its module the first time; its date words
 * (`addDateWords`) are in place before the promise resolves. A module that fails to load
 * gives English (and is asked for again next time); the promise never rejects.
 */
export function loadMessages(lang: string): Promise<Messages> {
  const code = resolveLang(lang);
  const now = loaded.get(code);
  if (now) return Promise.resolve(now);
  let p = pending.get(code);
  if (!p) {
    p = LOADERS[code as keyof typeof LOADERS]()
      .then(({ default: words, dates }) => {
        // Dates first: whatever renders once the words are here writes its dates in the same language.
        addDateWords(code, dates);
        loaded.set(code, words);
        return words;
      })
      .catch(() => MESSAGES.en)
      .finally(() => pending.delete(code));
    pending.set(code, p);
  }
  return p;
}

/** What a page may give for one key: a string, or for a word that takes values, a function of them. */
export type MessageOverrides = { [K in keyof Messages]?: string | Messages[K] };

/**
 * `base` with some words replaced. A string replaces a string. For a word that takes values (`events(n)`,
 * `loadMedia(provider)`) a string replaces its output, with every `{n}` in it replaced by the first value
 * (`{ events: '{n} Termine' }`); a function replaces the function. Unknown keys and values of other types are
 * ignored, so a `messages` object from page JSON cannot break the element.
 */
export function withOverrides(base: Messages, overrides: MessageOverrides | null | undefined): Messages {
  if (!overrides || typeof overrides !== 'object') return base;
  const result: Record<string, unknown> = { ...base };
  for (const key of Object.keys(overrides)) {
    if (!Object.hasOwn(base, key)) continue;
    const value: unknown = (overrides as Record<string, unknown>)[key];
    const current: unknown = result[key];
    if (typeof current === 'function') {
      if (typeof value === 'function') result[key] = value;
      else if (typeof value === 'string') result[key] = (...args: unknown[]) => value.replaceAll('{n}', String(args[0]));
    } else if (typeof value === 'string') result[key] = value;
  }
  return result as unknown as Messages;
}
