import type { Messages } from '../messages.js';
import { loadReason, numbers, plural } from './shared.js';

const num = numbers('es');
const events = plural('es', { one: '# evento', many: '# de eventos', other: '# eventos' });

const es: Messages = {
  timeline: 'Cronología',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fit: 'Mostrar todo',
  close: 'Cerrar',
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + rueda para hacer zoom`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane}: ` : ''}${events(n)}, ${range}: ${titles.join('; ')}${n > titles.length ? ` y ${num(n - titles.length)} más` : ''}`,
  clusterHint: 'Intro para acercar.',
  view: (range, n) => `${range}, ${events(n)}`,
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
};
export default es;
