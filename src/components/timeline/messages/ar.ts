import type { Messages } from '../messages.js';
import type { DateWords } from '../../../model/date-words.js';
import { loadReason, numbers, plural } from './shared.js';

// Arabic counts: zero, one, two, 3–10 (plural), 11–99 (singular accusative), 100+ (singular genitive).
const num = numbers('ar');
const events = plural('ar', { zero: 'لا أحداث', one: 'حدث واحد', two: 'حدثان', few: '# أحداث', many: '# حدثًا', other: '# حدث' });
const lanes = plural('ar', { one: 'مسار واحد', two: 'مسارين', few: '# مسارات', many: '# مسارًا', other: '# مسار' });

// The verb first, so it stays singular (a verb before its subject does): "يطابق 3 أحداث من أصل 26".
const matching = plural('ar', { zero: 'لا يطابق أي حدث', one: 'يطابق حدث واحد', two: 'يطابق حدثان', few: 'يطابق # أحداث', many: 'يطابق # حدثًا', other: 'يطابق # حدث' });

const ar: Messages = {
  timeline: 'المخطط الزمني',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fit: 'عرض الكل',
  showList: 'عرض كقائمة',
  showTimeline: 'عرض كخط زمني',
  close: 'إغلاق',
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + التمرير للتكبير`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane}: ` : ''}${events(n)}، ${range}: ${titles.join('؛ ')}${n > titles.length ? ` و${num(n - titles.length)} غيرها` : ''}`,
  clusterHint: 'اضغط Enter للتكبير.',
  view: (range, n) => `${range}، ${events(n)}`,
  summary: (span, n, total, l) => `عرض ${span}: ${num(n)} من ${events(total)} في ${lanes(l)}`,
  matches: (n, total) => `${matching(n)} من أصل ${num(total)}`,
  notPrinted: 'لم تُطبع',
  cardOpened: (title) => `التفاصيل أسفل المخطط الزمني: ${title}`,
  legend: 'وسيلة الإيضاح',
  zoom: 'التكبير',
  skipped: plural('ar', { one: 'تعذّر عرض صف واحد', two: 'تعذّر عرض صفّين', few: 'تعذّر عرض # صفوف', many: 'تعذّر عرض # صفًا', other: 'تعذّر عرض # صف' }),
  notes: plural('ar', { zero: 'لا ملاحظات على البيانات', one: 'ملاحظة واحدة على البيانات', two: 'ملاحظتان على البيانات', few: '# ملاحظات على البيانات', other: '# ملاحظة على البيانات' }),
  empty: 'لا توجد أحداث لعرضها.',
  source: 'المصدر',
  published: 'نُشر',
  readMore: 'اقرأ المزيد',
  instructions: 'تنتقل مفاتيح الأسهم بين الأحداث ومجموعاتها، ويفتح Enter حدثًا أو يكبّر مجموعة، ويكبّر الزائد ويصغّر الناقص، ويعرض 0 الكل.',
  legendExact: 'دقيق',
  legendPeriod: 'في وقت ما خلال هذه الفترة',
  legendApprox: 'تقريبي',
  legendUncertain: 'غير مؤكد',
  ungrouped: 'أخرى',
  loading: 'جارٍ تحميل الأحداث…',
  context: 'الحقب والعلامات',
  era: (title, span) => `حقبة: ${title}، ${span}. اضغط Enter لعرضها.`,
  marker: (title, date) => `${title}، ${date}. اضغط Enter لتوسيط العرض عليها.`,
  today: 'اليوم',
  overview: 'نظرة عامة',
  overviewStart: 'بداية الفترة المعروضة',
  overviewEnd: 'نهاية الفترة المعروضة',
  categories: 'الفئات: إظهار أو إخفاء',
  uncategorized: 'أخرى',
  previous: 'السابق',
  next: 'التالي',
  loadMedia: (provider) => `تحميل ${provider}`,
  mediaNotice: (provider) => `يتصل التحميل بـ ${provider}، الذي قد يضع ملفات تعريف الارتباط.`,
  mediaBlocked: 'لا تسمح هذه الصفحة بتحميل المشغّل.',
  mediaFailed: 'تعذّر تحميل الصورة.',
  openMedia: (provider) => `فتح في ${provider}`,
  collapsedLane: (title, n) => `${title} · ${events(n)}`,
  loadFailed: (src) => (src ? `تعذّر تحميل الأحداث من ${src}.` : 'تعذّرت قراءة الأحداث.'),
  loadReason: loadReason({
    http: (detail, notFound) => `أجاب الخادم ${detail}${notFound ? ' (غير موجود)' : ''}.`,
    network: 'لا إجابة: قد يكون العنوان خاطئًا أو غير متصل أو غير متاح لهذا الموقع (CORS).',
    interrupted: 'أجاب الخادم، لكن الاتصال انقطع أثناء وصول البيانات. حاول مرة أخرى.',
    parse: (detail) => `الملف ليس JSON صالحًا (${detail}).`,
    format: (detail) => `الملف ليس بتنسيق يقرؤه هذا المخطط الزمني: ${detail}.`,
  }),
  list: { label: 'الأحداث', date: 'التاريخ', title: 'الحدث', lane: 'المجموعة', category: 'الفئة', source: 'المصدر', show: 'عرض', empty: 'لا توجد أحداث.' },
  filter: { search: 'البحث في الأحداث', groups: 'المجموعات', categories: 'الفئات', tags: 'الوسوم' },
};
export default ar;

export const dates: DateWords = {
  approximate: (d) => `حوالي ${d}`,
  since: (d) => `منذ ${d}`,
  until: (d) => `حتى ${d}`,
  seasons: ['ربيع', 'صيف', 'خريف', 'شتاء', 'الربع الأول من', 'الربع الثاني من', 'الربع الثالث من', 'الربع الرابع من', 'النصف الأول من', 'النصف الثاني من'],
  season: (name, year) => `${name} ${year}`,
  farYear: (y) => `عام ${y}`,
  century: (c) => `القرن ${c}`,
  decade: (y) => `عقد ${y}`,
  known: { year: 'معروف حتى السنة', season: 'معروف حتى الفصل', month: 'معروف حتى الشهر', decade: 'معروف حتى العقد', century: 'معروف حتى القرن' },
  approximateWord: 'تقريبي',
  uncertainWord: 'غير مؤكد',
  comma: '، ',
  bothEnds: (k) => `البداية والنهاية: ${k}`,
  startEnd: (a, b) => `البداية: ${a}؛ النهاية: ${b}`,
  exact: 'دقيق',
};
