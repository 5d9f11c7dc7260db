import type { Messages } from '../messages.js';
import type { DateWords } from '../../../model/date-words.js';
import type { DatePoint } from '../../../model/types.js';
import { loadReason, numbers } from './shared.js';

// Turkish nouns stay singular after a number: 1 olay, 5 olay.
const num = numbers('tr');
const events = (n: number) => `${num(n)} olay`;

const tr: Messages = {
  timeline: 'Zaman çizelgesi',
  zoomIn: 'Yakınlaştır',
  zoomOut: 'Uzaklaştır',
  fit: 'Tümünü göster',
  showList: 'Liste olarak göster',
  showTimeline: 'Zaman çizelgesi olarak göster',
  close: 'Kapat',
  wheelHint: (mac) => `Yakınlaştırmak için ${mac ? '⌘' : 'Ctrl'} + kaydırma`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane}: ` : ''}${events(n)}, ${range}: ${titles.join('; ')}${n > titles.length ? ` ve ${num(n - titles.length)} olay daha` : ''}`,
  clusterHint: 'Enter yakınlaştırır.',
  view: (range, n) => `${range}, ${events(n)}`,
  summary: (span, n, total, l) => `${span} gösteriliyor: ${num(total)} olaydan ${num(n)} tanesi, ${num(l)} şeritte`,
  matches: (n, total) => `${num(total)} olaydan ${num(n)} tanesi eşleşiyor`,
  notPrinted: 'Yazdırılmayan',
  cardOpened: (title) => `Ayrıntılar zaman çizelgesinin altında: ${title}`,
  legend: 'Açıklama',
  zoom: 'Yakınlaştırma',
  skipped: (n) => `${num(n)} satır gösterilemedi`,
  notes: (n) => `Verilerle ilgili ${num(n)} not`,
  empty: 'Gösterilecek olay yok.',
  source: 'Kaynak',
  published: 'yayımlanma',
  readMore: 'Devamını oku',
  instructions: 'Ok tuşları olaylar ve gruplar arasında gezinir, Enter bir olayı açar veya gruba yakınlaşır, artı ve eksi yakınlaştırır, 0 tümünü gösterir.',
  legendExact: 'kesin',
  legendPeriod: 'bu dönem içinde bir zaman',
  legendApprox: 'yaklaşık',
  legendUncertain: 'belirsiz',
  ungrouped: 'Diğer',
  loading: 'Olaylar yükleniyor…',
  context: 'Dönemler ve işaretler',
  era: (title, span) => `Dönem: ${title}, ${span}. Enter gösterir.`,
  marker: (title, date) => `${title}, ${date}. Enter görünümü buraya ortalar.`,
  today: 'Bugün',
  overview: 'Genel bakış',
  overviewStart: 'Görünen aralığın başı',
  overviewEnd: 'Görünen aralığın sonu',
  categories: 'Kategoriler: göster veya gizle',
  uncategorized: 'Diğer',
  previous: 'Önceki',
  next: 'Sonraki',
  loadMedia: (provider) => `${provider} içeriğini yükle`,
  mediaNotice: (provider) => `Yükleme ${provider} ile bağlantı kurar; bu hizmet çerez kullanabilir.`,
  mediaBlocked: 'Bu sayfa oynatıcının yüklenmesine izin vermiyor.',
  mediaFailed: 'Görsel yüklenemedi.',
  openMedia: (provider) => `${provider} üzerinde aç`,
  collapsedLane: (title, n) => `${title} · ${events(n)}`,
  loadFailed: (src) => (src ? `Olaylar şu adresten yüklenemedi: ${src}.` : 'Olaylar okunamadı.'),
  loadReason: loadReason({
    http: (detail, notFound) => `Sunucunun yanıtı: ${detail}${notFound ? ' (bulunamadı)' : ''}.`,
    network: 'Yanıt yok: adres yanlış, çevrimdışı veya bu siteyle paylaşılmıyor olabilir (CORS).',
    interrupted: 'Sunucu yanıt verdi, ancak veriler gelirken bağlantı koptu. Yeniden deneyin.',
    parse: (detail) => `Dosya geçerli bir JSON değil (${detail}).`,
    format: (detail) => `Dosya bu zaman çizelgesinin okuyabildiği bir biçimde değil: ${detail}.`,
  }),
  list: { label: 'Olaylar', date: 'Tarih', title: 'Olay', lane: 'Grup', category: 'Kategori', source: 'Kaynak', show: 'Göster', empty: 'Olay yok.' },
  filter: { search: 'Olaylarda ara', groups: 'Gruplar', categories: 'Kategoriler', tags: 'Etiketler' },
};
export default tr;

// Turkish suffixes follow the last vowel: a century is always `yüzyıl` (-dan, -a), a decade `1990'lar`/`2000'ler`;
// other dates lean on a noun whose suffix never changes: `2012 yılından beri`, `Mart 2025 tarihine kadar`.
const LAR = 'lar ler lar lar ler lar ler ler lar'.split(' ');
function from(d: string, p: DatePoint): string {
  if (p.precision === 'century') return `${d}dan`;
  if (p.precision === 'decade') return `${d}${d.endsWith('lar') ? 'dan' : 'den'}`;
  return p.precision === 'year' ? `${d} yılından` : `${d} tarihinden`;
}
function to(d: string, p: DatePoint): string {
  if (p.precision === 'century') return `${d}a`;
  if (p.precision === 'decade') return `${d}${d.endsWith('lar') ? 'a' : 'e'}`;
  return p.precision === 'year' ? `${d} yılına` : `${d} tarihine`;
}

export const dates: DateWords = {
  approximate: (d) => `yaklaşık ${d}`,
  since: (d, p) => `${from(d, p)} beri`,
  until: (d, p) => `${to(d, p)} kadar`,
  seasons: ['ilkbaharı', 'yazı', 'sonbaharı', 'kışı', '1. çeyreği', '2. çeyreği', '3. çeyreği', '4. çeyreği', 'ilk yarısı', 'ikinci yarısı'],
  season: (name, year) => `${year} ${name}`,
  farYear: (y) => `${y} yılı`,
  century: (c) => `${c}. yüzyıl`,
  // The tens digit is the last word read (doksan → lar); a round hundred or thousand ends in yüz or bin (ler).
  decade: (y) => `${y}'${LAR[Math.floor(y / 10) % 10 - 1] ?? 'ler'}`,
  known: { year: 'yıl düzeyinde biliniyor', season: 'mevsim düzeyinde biliniyor', month: 'ay düzeyinde biliniyor', decade: 'on yıl düzeyinde biliniyor', century: 'yüzyıl düzeyinde biliniyor' },
  approximateWord: 'yaklaşık',
  uncertainWord: 'belirsiz',
  comma: ', ',
  bothEnds: (k) => `iki uç da ${k}`,
  startEnd: (a, b) => `başlangıç ${a}, bitiş ${b}`,
  exact: 'kesin',
};
