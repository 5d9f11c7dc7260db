import type { Messages } from '../messages.js';
import type { DateWords } from '../../../model/date-words.js';
import { loadReason, numbers, plural } from './shared.js';

const num = numbers('he');
const events = plural('he', { one: 'אירוע אחד', two: 'שני אירועים', other: '# אירועים' });
const lanes = plural('he', { one: 'מסלול אחד', two: 'שני מסלולים', other: '# מסלולים' });

const match = plural('he', { one: 'תואם', other: 'תואמים' });

const he: Messages = {
  timeline: 'ציר זמן',
  zoomIn: 'הגדלה',
  zoomOut: 'הקטנה',
  fit: 'הצגת הכול',
  showList: 'הצג כרשימה',
  showTimeline: 'הצג כציר זמן',
  close: 'סגירה',
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + גלילה לזום`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane}: ` : ''}${events(n)}, ${range}: ${titles.join('; ')}${n > titles.length ? ` ועוד ${num(n - titles.length)}` : ''}`,
  clusterHint: 'Enter מגדיל.',
  view: (range, n) => `${range}, ${events(n)}`,
  summary: (span, n, total, l) => `מוצגים ${span}: ${num(n)} מתוך ${events(total)}, ${lanes(l)}`,
  matches: (n, total) => `${num(n)} מתוך ${events(total)} ${match(n)}`,
  notPrinted: 'לא הודפסו',
  cardOpened: (title) => `הפרטים מוצגים מתחת לציר הזמן: ${title}`,
  legend: 'מקרא',
  zoom: 'זום',
  skipped: plural('he', { one: 'לא ניתן היה להציג שורה אחת', other: 'לא ניתן היה להציג # שורות' }),
  notes: plural('he', { one: 'הערה אחת על הנתונים', other: '# הערות על הנתונים' }),
  empty: 'אין אירועים להצגה.',
  source: 'מקור',
  published: 'פורסם',
  readMore: 'להמשך קריאה',
  instructions: 'מקשי החצים עוברים בין אירועים וקבוצות, Enter פותח אירוע או מגדיל קבוצה, פלוס ומינוס משנים את הזום, 0 מציג הכול.',
  legendExact: 'מדויק',
  legendPeriod: 'מתישהו בתקופה זו',
  legendApprox: 'משוער',
  legendUncertain: 'לא ודאי',
  ungrouped: 'אחר',
  loading: 'האירועים נטענים…',
  context: 'תקופות וסימונים',
  era: (title, span) => `תקופה: ${title}, ${span}. Enter מציג אותה.`,
  marker: (title, date) => `${title}, ${date}. Enter ממרכז כאן את התצוגה.`,
  today: 'היום',
  overview: 'סקירה כללית',
  overviewStart: 'תחילת הטווח המוצג',
  overviewEnd: 'סוף הטווח המוצג',
  categories: 'קטגוריות: הצגה או הסתרה',
  uncategorized: 'אחר',
  previous: 'הקודם',
  next: 'הבא',
  loadMedia: (provider) => `טעינת ${provider}`,
  mediaNotice: (provider) => `הטעינה מתחברת אל ${provider}, שעשוי להגדיר קובצי Cookie.`,
  mediaBlocked: 'הדף הזה אינו מאפשר לטעון את הנגן.',
  mediaFailed: 'לא ניתן היה לטעון את התמונה.',
  openMedia: (provider) => `פתיחה ב-${provider}`,
  collapsedLane: (title, n) => `${title} · ${events(n)}`,
  loadFailed: (src) => (src ? `לא ניתן היה לטעון את האירועים מ-${src}.` : 'לא ניתן היה לקרוא את האירועים.'),
  loadReason: loadReason({
    http: (detail, notFound) => `השרת השיב ${detail}${notFound ? ' (לא נמצא)' : ''}.`,
    network: 'אין תשובה: ייתכן שהכתובת שגויה, לא מקוונת או לא משותפת עם האתר הזה (CORS).',
    interrupted: 'השרת השיב, אך החיבור נותק בזמן קבלת הנתונים. כדאי לנסות שוב.',
    parse: (detail) => `הקובץ אינו JSON תקין (${detail}).`,
    format: (detail) => `הקובץ אינו בפורמט שציר הזמן הזה יודע לקרוא: ${detail}.`,
  }),
  list: { label: 'אירועים', date: 'תאריך', title: 'אירוע', lane: 'קבוצה', category: 'קטגוריה', source: 'מקור', show: 'הצגה', empty: 'אין אירועים.' },
  filter: { search: 'חיפוש אירועים', groups: 'קבוצות', categories: 'קטגוריות', tags: 'תגיות' },
};
export default he;

export const dates: DateWords = {
  approximate: (d) => `בסביבות ${d}`,
  since: (d) => `מאז ${d}`,
  until: (d) => `עד ${d}`,
  seasons: ['אביב', 'קיץ', 'סתיו', 'חורף', 'רבעון 1 של', 'רבעון 2 של', 'רבעון 3 של', 'רבעון 4 של', 'מחצית ראשונה של', 'מחצית שנייה של'],
  season: (name, year) => `${name} ${year}`,
  farYear: (y) => `שנת ${y}`,
  century: (c) => `המאה ה-${c}`,
  decade: (y) => `העשור ${y}–${y + 9}`,
  known: { year: 'ידוע ברמת שנה', season: 'ידוע ברמת עונה', month: 'ידוע ברמת חודש', decade: 'ידוע ברמת עשור', century: 'ידוע ברמת מאה' },
  approximateWord: 'משוער',
  uncertainWord: 'לא ודאי',
  comma: ', ',
  bothEnds: (k) => `ההתחלה והסוף: ${k}`,
  startEnd: (a, b) => `התחלה: ${a}; סוף: ${b}`,
  exact: 'מדויק',
};
