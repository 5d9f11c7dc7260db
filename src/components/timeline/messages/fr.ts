import type { Messages } from '../messages.js';
import { loadReason, numbers, plural } from './shared.js';

const num = numbers('fr');
const events = plural('fr', { one: '# événement', many: '# d’événements', other: '# événements' });

const fr: Messages = {
  timeline: 'Frise chronologique',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fit: 'Tout afficher',
  close: 'Fermer',
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + molette pour zoomer`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane} : ` : ''}${events(n)}, ${range} : ${titles.join(' ; ')}${n > titles.length ? ` et ${num(n - titles.length)} autres` : ''}`,
  clusterHint: 'Entrée pour zoomer.',
  view: (range, n) => `${range}, ${events(n)}`,
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
};
export default fr;
