import type { Messages } from '../messages.js';
import type { DateWords } from '../../../model/date-words.js';
import type { DatePoint } from '../../../model/types.js';
import { loadReason, monthOf, numbers, plural, roman } from './shared.js';

const num = numbers('pl');
const events = plural('pl', { one: '# wydarzenie', few: '# wydarzenia', many: '# wydarzeń', other: '# wydarzenia' });
// After „z” the events are in the genitive, after „na” the lanes in the locative.
const ofEvents = plural('pl', { one: '# wydarzenia', other: '# wydarzeń' });
const lanes = plural('pl', { one: '# ścieżce', other: '# ścieżkach' });

// The verb agrees with the count: 1 and 5 … „pasuje”, 2–4, 22–24 … „pasują”.
const match = plural('pl', { one: 'pasuje', few: 'pasują', many: 'pasuje', other: 'pasuje' });

const pl: Messages = {
  timeline: 'Oś czasu',
  zoomIn: 'Powiększ',
  zoomOut: 'Pomniejsz',
  fit: 'Pokaż wszystko',
  showList: 'Pokaż jako listę',
  showTimeline: 'Pokaż jako oś czasu',
  close: 'Zamknij',
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + przewijanie, aby powiększyć`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane}: ` : ''}${events(n)}, ${range}: ${titles.join('; ')}${n > titles.length ? ` i jeszcze ${num(n - titles.length)}` : ''}`,
  clusterHint: 'Enter powiększa.',
  view: (range, n) => `${range}, ${events(n)}`,
  summary: (span, n, total, l) => `Widoczne ${span}: ${num(n)} z ${ofEvents(total)} na ${lanes(l)}`,
  matches: (n, total) => `${num(n)} z ${ofEvents(total)} ${match(n)}`,
  notPrinted: 'Nie wydrukowano',
  cardOpened: (title) => `Szczegóły pod osią czasu: ${title}`,
  legend: 'Legenda',
  zoom: 'Powiększenie',
  // "Nie można pokazać" takes the genitive: 1 wiersza, 2 wierszy, 5 wierszy.
  skipped: plural('pl', { one: 'Nie można pokazać # wiersza', other: 'Nie można pokazać # wierszy' }),
  notes: plural('pl', { one: '# uwaga do danych', few: '# uwagi do danych', many: '# uwag do danych', other: '# uwagi do danych' }),
  empty: 'Brak wydarzeń do pokazania.',
  source: 'Źródło',
  published: 'opublikowano',
  readMore: 'Czytaj więcej',
  instructions: 'Strzałki przechodzą między wydarzeniami i grupami, Enter otwiera wydarzenie lub powiększa grupę, plus i minus zmieniają powiększenie, 0 pokazuje wszystko.',
  legendExact: 'dokładnie',
  legendPeriod: 'w którymś momencie tego okresu',
  legendApprox: 'w przybliżeniu',
  legendUncertain: 'niepewnie',
  ungrouped: 'Inne',
  loading: 'Wczytywanie wydarzeń…',
  context: 'Epoki i znaczniki',
  era: (title, span) => `Epoka: ${title}, ${span}. Enter ją pokazuje.`,
  marker: (title, date) => `${title}, ${date}. Enter wyśrodkowuje tu widok.`,
  today: 'Dziś',
  overview: 'Przegląd',
  overviewStart: 'Początek widocznego okresu',
  overviewEnd: 'Koniec widocznego okresu',
  categories: 'Kategorie: pokaż lub ukryj',
  uncategorized: 'Inne',
  previous: 'Poprzednie',
  next: 'Następne',
  loadMedia: (provider) => `Wczytaj ${provider}`,
  mediaNotice: (provider) => `Wczytanie łączy z ${provider}, który może zapisywać pliki cookie.`,
  mediaBlocked: 'Ta strona nie pozwala wczytać odtwarzacza.',
  mediaFailed: 'Nie udało się wczytać obrazu.',
  openMedia: (provider) => `Otwórz w ${provider}`,
  collapsedLane: (title, n) => `${title} · ${events(n)}`,
  loadFailed: (src) => (src ? `Nie udało się wczytać wydarzeń z ${src}.` : 'Nie udało się odczytać wydarzeń.'),
  loadReason: loadReason({
    http: (detail, notFound) => `Serwer odpowiedział ${detail}${notFound ? ' (nie znaleziono)' : ''}.`,
    network: 'Brak odpowiedzi: adres może być błędny, niedostępny lub nieudostępniony tej witrynie (CORS).',
    interrupted: 'Serwer odpowiedział, ale połączenie zerwało się podczas przesyłania danych. Spróbuj ponownie.',
    parse: (detail) => `Plik nie jest poprawnym JSON-em (${detail}).`,
    format: (detail) => `Plik nie jest w formacie, który ta oś czasu potrafi odczytać: ${detail}.`,
  }),
  list: { label: 'Wydarzenia', date: 'Data', title: 'Wydarzenie', lane: 'Grupa', category: 'Kategoria', source: 'Źródło', show: 'Pokaż', empty: 'Brak wydarzeń.' },
  filter: { search: 'Szukaj wydarzeń', groups: 'Grupy', categories: 'Kategorie', tags: 'Tagi' },
};
export default pl;

const month = monthOf('pl');
// After "od", "do", "ok." a date is in the genitive: `od marca 2025`, `do jesieni 2025`, `od lat 1990–1999`.
const GENITIVE: Record<string, string> = { wiosna: 'wiosny', lato: 'lata', jesień: 'jesieni', zima: 'zimy', kwartał: 'kwartału', półrocze: 'półrocza', wiek: 'wieku', lata: 'lat' };
function genitive(d: string, p: DatePoint): string {
  // A month already behind "ok." stays as it is ("od ok. marca 2025").
  if (p.precision === 'month' && !d.startsWith('ok. ')) return `${month(p.min)}${d.endsWith('?') ? '?' : ''}`;
  return d.replace(/\p{L}+/gu, (w) => GENITIVE[w] ?? w);
}

export const dates: DateWords = {
  approximate: (d, p) => `ok. ${genitive(d, p)}`,
  since: (d, p) => `od ${genitive(d, p)}`,
  until: (d, p) => `do ${genitive(d, p)}`,
  seasons: ['wiosna', 'lato', 'jesień', 'zima', 'I kwartał', 'II kwartał', 'III kwartał', 'IV kwartał', 'I półrocze', 'II półrocze'],
  season: (name, year) => `${name} ${year}`,
  farYear: (y) => `rok ${y}`,
  century: (c) => `${roman(c)} wiek`,
  decade: (y) => `lata ${y}–${y + 9}`,
  known: { year: 'z dokładnością do roku', season: 'z dokładnością do pory roku', month: 'z dokładnością do miesiąca', decade: 'z dokładnością do dekady', century: 'z dokładnością do wieku' },
  approximateWord: 'w przybliżeniu',
  uncertainWord: 'niepewne',
  comma: ', ',
  bothEnds: (k) => `oba końce ${k}`,
  startEnd: (a, b) => `początek ${a}, koniec ${b}`,
  exact: 'dokładnie',
};
