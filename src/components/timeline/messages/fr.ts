import type { Messages } from '../messages.js';
import type { DateWords } from '../../../model/date-words.js';
import type { DatePoint } from '../../../model/types.js';
import { loadReason, numbers, plural, roman } from './shared.js';

const num = numbers('fr');
const events = plural('fr', { one: '# événement', many: '# d’événements', other: '# événements' });
const lanes = plural('fr', { one: '# piste', many: '# de pistes', other: '# pistes' });

// The verb agrees with the count (French counts 0 and 1 as one): « 1 événement sur 26 correspond ».
const match = plural('fr', { one: 'correspond', other: 'correspondent' });

const fr: Messages = {
  timeline: 'Frise chronologique',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fit: 'Tout afficher',
  showList: 'Afficher en liste',
  showTimeline: 'Afficher la frise',
  close: 'Fermer',
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + molette pour zoomer`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane} : ` : ''}${events(n)}, ${range} : ${titles.join(' ; ')}${n > titles.length ? ` et ${num(n - titles.length)} autres` : ''}`,
  clusterHint: 'Entrée pour zoomer.',
  view: (range, n) => `${range}, ${events(n)}`,
  summary: (span, n, total, l) => `Affichage ${span} : ${num(n)} sur ${events(total)} dans ${lanes(l)}`,
  matches: (n, total) => `${events(n)} sur ${num(total)} ${match(n)}`,
  notPrinted: 'Non imprimés',
  cardOpened: (title) => `Détails sous la frise : ${title}`,
  legend: 'Légende',
  zoom: 'Zoom',
  skipped: plural('fr', { one: '# ligne n’a pas pu être affichée', other: '# lignes n’ont pas pu être affichées' }),
  notes: plural('fr', { one: '# remarque sur les données', other: '# remarques sur les données' }),
  empty: 'Aucun événement à afficher.',
  source: 'Source',
  published: 'publié',
  readMore: 'En savoir plus',
  instructions: 'Les flèches passent d’un événement ou d’un groupe à l’autre, Entrée ouvre un événement ou zoome sur un groupe, plus et moins zooment, 0 affiche tout.',
  legendExact: 'exact',
  legendPeriod: 'à un moment de cette période',
  legendApprox: 'approximatif',
  legendUncertain: 'incertain',
  ungrouped: 'Autres',
  loading: 'Chargement des événements…',
  context: 'Époques et repères',
  era: (title, span) => `Époque : ${title}, ${span}. Entrée l’affiche.`,
  marker: (title, date) => `${title}, ${date}. Entrée centre la vue dessus.`,
  today: 'Aujourd’hui',
  overview: 'Vue d’ensemble',
  overviewStart: 'Début de la période visible',
  overviewEnd: 'Fin de la période visible',
  categories: 'Catégories : afficher ou masquer',
  uncategorized: 'Autres',
  previous: 'Précédent',
  next: 'Suivant',
  loadMedia: (provider) => `Charger ${provider}`,
  mediaNotice: (provider) => `Le chargement se connecte à ${provider}, qui peut déposer des cookies.`,
  mediaBlocked: 'Cette page ne permet pas de charger le lecteur.',
  mediaFailed: 'L’image n’a pas pu être chargée.',
  openMedia: (provider) => `Ouvrir sur ${provider}`,
  collapsedLane: (title, n) => `${title} · ${events(n)}`,
  loadFailed: (src) => (src ? `Impossible de charger les événements depuis ${src}.` : 'Impossible de lire les événements.'),
  loadReason: loadReason({
    http: (detail, notFound) => `Le serveur a répondu ${detail}${notFound ? ' (introuvable)' : ''}.`,
    network: 'Aucune réponse : l’adresse est peut-être erronée, hors ligne ou non partagée avec ce site (CORS).',
    interrupted: 'Le serveur a répondu, mais la connexion a été coupée pendant la réception des données. Réessayez.',
    parse: (detail) => `Le fichier n’est pas un JSON valide (${detail}).`,
    format: (detail) => `Le fichier n’est pas dans un format que cette frise sait lire : ${detail}.`,
  }),
  list: { label: 'Événements', date: 'Date', title: 'Événement', lane: 'Groupe', category: 'Catégorie', source: 'Source', show: 'Afficher', empty: 'Aucun événement.' },
  filter: { search: 'Rechercher des événements', groups: 'Groupes', categories: 'Catégories', tags: 'Mots-clés' },
};
export default fr;

/** A date with the article a preposition takes before it: `le XXIe siècle`, `les années 1990`, `l’automne 2025`. */
function withArticle(d: string, p: DatePoint): string {
  const third = p.season !== undefined && p.season >= 37 && p.season <= 39;
  if (p.precision === 'decade') return `les ${d}`;
  if (p.precision === 'century' || p.precision === 'day' || (p.precision === 'season' && !third)) return /^[aeéèiouh]/i.test(d) ? `l’${d}` : `le ${d}`;
  return d;
}

export const dates: DateWords = {
  approximate: (d, p) => `vers ${withArticle(d, p)}`,
  since: (d, p) => (p.approximate ? `depuis ${d.replace(/^vers /, 'environ ')}` : `depuis ${withArticle(d, p)}`),
  until: (d, p) => {
    if (p.approximate) return `jusque ${d}`;
    const a = withArticle(d, p);
    return a.startsWith('le ') ? `jusqu’au ${a.slice(3)}` : a.startsWith('les ') ? `jusqu’aux ${a.slice(4)}` : a === d ? `jusqu’en ${d}` : `jusqu’à ${a}`;
  },
  seasons: ['printemps', 'été', 'automne', 'hiver', '1er trimestre', '2e trimestre', '3e trimestre', '4e trimestre', '1er semestre', '2e semestre'],
  season: (name, year) => `${name} ${year}`,
  farYear: (y) => `an ${y}`,
  century: (c) => `${roman(c)}${c === 1 ? 'er' : 'e'} siècle`,
  decade: (y) => `années ${y}`,
  known: { year: 'connu à l’année près', season: 'connu à la saison près', month: 'connu au mois près', decade: 'connu à la décennie près', century: 'connu au siècle près' },
  approximateWord: 'approximatif',
  uncertainWord: 'incertain',
  comma: ', ',
  bothEnds: (k) => `début et fin : ${k}`,
  startEnd: (a, b) => `début : ${a} ; fin : ${b}`,
  exact: 'exact',
};
