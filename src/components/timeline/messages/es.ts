import type { Messages } from '../messages.js';
import type { DateWords } from '../../../model/date-words.js';
import type { DatePoint } from '../../../model/types.js';
import { loadReason, numbers, plural, roman } from './shared.js';

const num = numbers('es');
const events = plural('es', { one: '# evento', many: '# de eventos', other: '# eventos' });
const lanes = plural('es', { one: '# carril', many: '# de carriles', other: '# carriles' });

const match = plural('es', { one: 'coincide', other: 'coinciden' });

const es: Messages = {
  timeline: 'Cronología',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fit: 'Mostrar todo',
  showList: 'Ver como lista',
  showTimeline: 'Ver como cronología',
  close: 'Cerrar',
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + rueda para hacer zoom`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane}: ` : ''}${events(n)}, ${range}: ${titles.join('; ')}${n > titles.length ? ` y ${num(n - titles.length)} más` : ''}`,
  clusterHint: 'Intro para acercar.',
  view: (range, n) => `${range}, ${events(n)}`,
  summary: (span, n, total, l) => `Mostrando ${span}: ${num(n)} de ${events(total)} en ${lanes(l)}`,
  matches: (n, total) => `${num(n)} de ${events(total)} ${match(n)}`,
  notPrinted: 'Sin imprimir',
  cardOpened: (title) => `Detalles bajo la cronología: ${title}`,
  legend: 'Leyenda',
  zoom: 'Zoom',
  skipped: plural('es', { one: 'No se pudo mostrar # fila', other: 'No se pudieron mostrar # filas' }),
  notes: plural('es', { one: '# nota sobre los datos', other: '# notas sobre los datos' }),
  empty: 'No hay eventos que mostrar.',
  source: 'Fuente',
  published: 'publicado',
  readMore: 'Leer más',
  instructions: 'Las flechas pasan de un evento o grupo a otro, Intro abre un evento o acerca un grupo, más y menos cambian el zoom, 0 muestra todo.',
  legendExact: 'exacto',
  legendPeriod: 'en algún momento de este periodo',
  legendApprox: 'aproximado',
  legendUncertain: 'incierto',
  ungrouped: 'Otros',
  loading: 'Cargando eventos…',
  context: 'Épocas y marcas',
  era: (title, span) => `Época: ${title}, ${span}. Intro la muestra.`,
  marker: (title, date) => `${title}, ${date}. Intro centra la vista aquí.`,
  today: 'Hoy',
  overview: 'Vista general',
  overviewStart: 'Inicio del periodo visible',
  overviewEnd: 'Fin del periodo visible',
  categories: 'Categorías: mostrar u ocultar',
  uncategorized: 'Otros',
  previous: 'Anterior',
  next: 'Siguiente',
  loadMedia: (provider) => `Cargar ${provider}`,
  mediaNotice: (provider) => `Al cargarlo se conecta con ${provider}, que puede usar cookies.`,
  mediaBlocked: 'Esta página no permite cargar el reproductor.',
  mediaFailed: 'No se pudo cargar la imagen.',
  openMedia: (provider) => `Abrir en ${provider}`,
  collapsedLane: (title, n) => `${title} · ${events(n)}`,
  loadFailed: (src) => (src ? `No se pudieron cargar los eventos de ${src}.` : 'No se pudieron leer los eventos.'),
  loadReason: loadReason({
    http: (detail, notFound) => `El servidor respondió ${detail}${notFound ? ' (no encontrado)' : ''}.`,
    network: 'Sin respuesta: puede que la dirección sea incorrecta, esté sin conexión o no se comparta con este sitio (CORS).',
    interrupted: 'El servidor respondió, pero la conexión se cortó mientras llegaban los datos. Inténtalo de nuevo.',
    parse: (detail) => `El archivo no es un JSON válido (${detail}).`,
    format: (detail) => `El archivo no está en un formato que esta cronología pueda leer: ${detail}.`,
  }),
  list: { label: 'Eventos', date: 'Fecha', title: 'Evento', lane: 'Grupo', category: 'Categoría', source: 'Fuente', show: 'Mostrar', empty: 'No hay eventos.' },
  filter: { search: 'Buscar eventos', groups: 'Grupos', categories: 'Categorías', tags: 'Etiquetas' },
};
export default es;

/** The article a date takes after "desde" or "hasta": `el siglo XXI`, `la década de 1990`, `el otoño de 2025`. */
function article(d: string, p: DatePoint): string {
  if (p.approximate) return '';
  if (p.precision === 'century' || p.precision === 'day') return 'el ';
  if (p.precision === 'decade') return 'la ';
  if (p.precision === 'season' && !(p.season !== undefined && p.season >= 37 && p.season <= 39)) return d.startsWith('primavera') ? 'la ' : 'el ';
  return '';
}

export const dates: DateWords = {
  approximate: (d) => `h. ${d}`,
  since: (d, p) => `desde ${article(d, p)}${d}`,
  until: (d, p) => `hasta ${article(d, p)}${d}`,
  seasons: ['primavera', 'verano', 'otoño', 'invierno', '1.er trimestre', '2.º trimestre', '3.er trimestre', '4.º trimestre', '1.er semestre', '2.º semestre'],
  season: (name, year) => `${name} de ${year}`,
  farYear: (y) => `año ${y}`,
  century: (c) => `siglo ${roman(c)}`,
  decade: (y) => `década de ${y}`,
  known: { year: 'con precisión de año', season: 'con precisión de estación', month: 'con precisión de mes', decade: 'con precisión de década', century: 'con precisión de siglo' },
  approximateWord: 'aproximado',
  uncertainWord: 'incierto',
  comma: ', ',
  bothEnds: (k) => `ambos extremos ${k}`,
  startEnd: (a, b) => `inicio ${a}, fin ${b}`,
  exact: 'exacto',
};
