import type { Messages } from '../messages.js';
import { loadReason, numbers, plural } from './shared.js';

const num = numbers('he');
const events = plural('he', { one: 'אירוע אחד', two: 'שני אירועים', other: '# אירועים' });

const he: Messages = {
  timeline: 'ציר זמן',
  zoomIn: 'הגדלה',
  zoomOut: 'הקטנה',
  fit: 'הצגת הכול',
  close: 'סגירה',
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + גלילה לזום`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane}: ` : ''}${events(n)}, ${range}: ${titles.join('; ')}${n > titles.length ? ` ועוד ${num(n - titles.length)}` : ''}`,
  clusterHint: 'Enter מגדיל.',
  view: (range, n) => `${range}, ${events(n)}`,
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
};
export default he;
