import type { Messages } from '../messages.js';
import type { DateWords } from '../../../model/date-words.js';
import type { DatePoint } from '../../../model/types.js';
import { loadReason, monthOf, numbers, plural, roman } from './shared.js';

const num = numbers('uk');
const events = plural('uk', { one: '# подія', few: '# події', many: '# подій', other: '# події' });
// After «з» the events are in the genitive, after «у» the lanes in the locative.
const ofEvents = plural('uk', { one: '# події', other: '# подій' });
const lanes = plural('uk', { one: '# доріжці', other: '# доріжках' });

// The verb agrees with the count: 1, 21 … «відповідає», the others «відповідають».
const match = plural('uk', { one: 'відповідає', other: 'відповідають' });

const uk: Messages = {
  timeline: 'Хронологія',
  zoomIn: 'Збільшити',
  zoomOut: 'Зменшити',
  fit: 'Показати все',
  showList: 'Показати списком',
  showTimeline: 'Показати як шкалу часу',
  close: 'Закрити',
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + прокручування для масштабування`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane}: ` : ''}${events(n)}, ${range}: ${titles.join('; ')}${n > titles.length ? ` і ще ${num(n - titles.length)}` : ''}`,
  clusterHint: 'Enter збільшує.',
  view: (range, n) => `${range}, ${events(n)}`,
  summary: (span, n, total, l) => `Показано ${span}: ${num(n)} з ${ofEvents(total)} у ${lanes(l)}`,
  matches: (n, total) => `${num(n)} з ${ofEvents(total)} ${match(n)}`,
  notPrinted: 'Не надруковано',
  cardOpened: (title) => `Подробиці під хронологією: ${title}`,
  legend: 'Легенда',
  zoom: 'Масштаб',
  skipped: plural('uk', { one: 'Не вдалося показати # рядок', few: 'Не вдалося показати # рядки', many: 'Не вдалося показати # рядків', other: 'Не вдалося показати # рядка' }),
  notes: plural('uk', { one: '# примітка до даних', few: '# примітки до даних', many: '# приміток до даних', other: '# примітки до даних' }),
  empty: 'Немає подій для показу.',
  source: 'Джерело',
  published: 'опубліковано',
  readMore: 'Читати далі',
  instructions: 'Стрілки переходять між подіями та групами, Enter відкриває подію або збільшує групу, плюс і мінус змінюють масштаб, 0 показує все.',
  legendExact: 'точно',
  legendPeriod: 'у якийсь момент цього періоду',
  legendApprox: 'приблизно',
  legendUncertain: 'непевно',
  ungrouped: 'Інше',
  loading: 'Завантаження подій…',
  context: 'Епохи й позначки',
  era: (title, span) => `Епоха: ${title}, ${span}. Enter показує її.`,
  marker: (title, date) => `${title}, ${date}. Enter центрує тут вигляд.`,
  today: 'Сьогодні',
  overview: 'Огляд',
  overviewStart: 'Початок видимого періоду',
  overviewEnd: 'Кінець видимого періоду',
  categories: 'Категорії: показати або сховати',
  uncategorized: 'Інше',
  previous: 'Попередня',
  next: 'Наступна',
  loadMedia: (provider) => `Завантажити ${provider}`,
  mediaNotice: (provider) => `Завантаження з’єднує з ${provider}, який може встановлювати файли cookie.`,
  mediaBlocked: 'Ця сторінка не дозволяє завантажити програвач.',
  mediaFailed: 'Не вдалося завантажити зображення.',
  openMedia: (provider) => `Відкрити на ${provider}`,
  collapsedLane: (title, n) => `${title} · ${events(n)}`,
  loadFailed: (src) => (src ? `Не вдалося завантажити події з ${src}.` : 'Не вдалося прочитати події.'),
  loadReason: loadReason({
    http: (detail, notFound) => `Сервер відповів ${detail}${notFound ? ' (не знайдено)' : ''}.`,
    network: 'Немає відповіді: адреса може бути хибною, недоступною або не відкритою для цього сайту (CORS).',
    interrupted: 'Сервер відповів, але з’єднання обірвалося під час передавання даних. Спробуйте ще раз.',
    parse: (detail) => `Файл не є коректним JSON (${detail}).`,
    format: (detail) => `Файл не у форматі, який ця хронологія може прочитати: ${detail}.`,
  }),
  list: { label: 'Події', date: 'Дата', title: 'Подія', lane: 'Група', category: 'Категорія', source: 'Джерело', show: 'Показати', empty: 'Немає подій.' },
  filter: { search: 'Пошук подій', groups: 'Групи', categories: 'Категорії', tags: 'Теги' },
};
export default uk;

const month = monthOf('uk');
// After "з", "до", "близько" a date is in the genitive: `з березня 2025 р.`, `до осені 2025 р.`, `з 1990-х років`.
const GENITIVE: Record<string, string> = { весна: 'весни', літо: 'літа', осінь: 'осені', зима: 'зими', квартал: 'кварталу', ті: 'х', роки: 'років' };
function genitive(d: string, p: DatePoint): string {
  if (p.precision === 'month') return `${month(p.min)}${d.endsWith('?') ? '?' : ''}`;
  if (/^\d+$/.test(d)) return `${d} р.`;
  return d.replace(/\p{L}+/gu, (w) => GENITIVE[w] ?? w);
}

export const dates: DateWords = {
  approximate: (d, p) => `близько ${genitive(d, p)}`,
  since: (d, p) => (p.approximate ? `приблизно з ${d.replace(/^близько /, '')}` : `з ${genitive(d, p)}`),
  until: (d, p) => (p.approximate ? `приблизно до ${d.replace(/^близько /, '')}` : `до ${genitive(d, p)}`),
  seasons: ['весна', 'літо', 'осінь', 'зима', 'I квартал', 'II квартал', 'III квартал', 'IV квартал', 'I півріччя', 'II півріччя'],
  season: (name, year) => `${name} ${year}${/\d$/.test(year) ? ' р.' : ''}`,
  farYear: (y) => `${y} рік`,
  century: (c) => `${roman(c)} століття`,
  decade: (y) => `${y}-ті роки`,
  known: { year: 'з точністю до року', season: 'з точністю до пори року', month: 'з точністю до місяця', decade: 'з точністю до десятиліття', century: 'з точністю до століття' },
  approximateWord: 'приблизно',
  uncertainWord: 'невизначено',
  comma: ', ',
  bothEnds: (k) => `обидва кінці ${k}`,
  startEnd: (a, b) => `початок ${a}, кінець ${b}`,
  exact: 'точно',
};
