import type { Messages } from '../messages.js';
import type { DateWords } from '../../../model/date-words.js';
import type { DatePoint } from '../../../model/types.js';
import { loadReason, numbers, plural, roman } from './shared.js';

const num = numbers('pt');
const events = plural('pt', { one: '# evento', many: '# de eventos', other: '# eventos' });
const lanes = plural('pt', { one: '# faixa', many: '# de faixas', other: '# faixas' });

const pt: Messages = {
  timeline: 'Linha do tempo',
  zoomIn: 'Ampliar',
  zoomOut: 'Reduzir',
  fit: 'Mostrar tudo',
  showList: 'Mostrar como lista',
  showTimeline: 'Mostrar como linha do tempo',
  close: 'Fechar',
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + rolagem para ampliar`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane}: ` : ''}${events(n)}, ${range}: ${titles.join('; ')}${n > titles.length ? ` e mais ${num(n - titles.length)}` : ''}`,
  clusterHint: 'Enter amplia.',
  view: (range, n) => `${range}, ${events(n)}`,
  summary: (span, n, total, l) => `Mostrando ${span}: ${num(n)} de ${events(total)} em ${lanes(l)}`,
  matches: (n, total) => `${num(n)} de ${events(total)} ${n === 1 ? 'corresponde' : 'correspondem'}`,
  notPrinted: 'Não impressos',
  cardOpened: (title) => `Detalhes abaixo da linha do tempo: ${title}`,
  legend: 'Legenda',
  zoom: 'Zoom',
  skipped: plural('pt', { one: 'Não foi possível mostrar # linha', other: 'Não foi possível mostrar # linhas' }),
  notes: plural('pt', { one: '# observação sobre os dados', other: '# observações sobre os dados' }),
  empty: 'Nenhum evento para mostrar.',
  source: 'Fonte',
  published: 'publicado',
  readMore: 'Ler mais',
  instructions: 'As setas passam de um evento ou grupo a outro, Enter abre um evento ou amplia um grupo, mais e menos mudam o zoom, 0 mostra tudo.',
  legendExact: 'exato',
  legendPeriod: 'em algum momento deste período',
  legendApprox: 'aproximado',
  legendUncertain: 'incerto',
  ungrouped: 'Outros',
  loading: 'Carregando eventos…',
  context: 'Épocas e marcos',
  era: (title, span) => `Época: ${title}, ${span}. Enter a mostra.`,
  marker: (title, date) => `${title}, ${date}. Enter centraliza a visualização aqui.`,
  today: 'Hoje',
  overview: 'Visão geral',
  overviewStart: 'Início do período visível',
  overviewEnd: 'Fim do período visível',
  categories: 'Categorias: mostrar ou ocultar',
  uncategorized: 'Outros',
  previous: 'Anterior',
  next: 'Próximo',
  loadMedia: (provider) => `Carregar ${provider}`,
  mediaNotice: (provider) => `Carregar conecta a ${provider}, que pode definir cookies.`,
  mediaBlocked: 'Esta página não permite carregar o player.',
  mediaFailed: 'Não foi possível carregar a imagem.',
  openMedia: (provider) => `Abrir em ${provider}`,
  collapsedLane: (title, n) => `${title} · ${events(n)}`,
  loadFailed: (src) => (src ? `Não foi possível carregar os eventos de ${src}.` : 'Não foi possível ler os eventos.'),
  loadReason: loadReason({
    http: (detail, notFound) => `O servidor respondeu ${detail}${notFound ? ' (não encontrado)' : ''}.`,
    network: 'Sem resposta: o endereço pode estar errado, offline ou não compartilhado com este site (CORS).',
    interrupted: 'O servidor respondeu, mas a conexão caiu enquanto os dados chegavam. Tente novamente.',
    parse: (detail) => `O arquivo não é um JSON válido (${detail}).`,
    format: (detail) => `O arquivo não está em um formato que esta linha do tempo lê: ${detail}.`,
  }),
  list: { label: 'Eventos', date: 'Data', title: 'Evento', lane: 'Grupo', category: 'Categoria', source: 'Fonte', show: 'Mostrar', empty: 'Nenhum evento.' },
  filter: { search: 'Pesquisar eventos', groups: 'Grupos', categories: 'Categorias', tags: 'Etiquetas' },
};
export default pt;

/** The article a date takes after "desde" or "até": `o século XXI`, `a década de 1990`, `o outono de 2025`. */
function article(d: string, p: DatePoint): string {
  if (p.approximate) return '';
  if (p.precision === 'century') return 'o ';
  if (p.precision === 'decade') return 'a ';
  if (p.precision === 'season' && !(p.season !== undefined && p.season >= 37 && p.season <= 39)) return d.startsWith('primavera') ? 'a ' : 'o ';
  return '';
}

export const dates: DateWords = {
  approximate: (d) => `c. ${d}`,
  since: (d, p) => `desde ${article(d, p)}${d}`,
  until: (d, p) => `até ${article(d, p)}${d}`,
  seasons: ['primavera', 'verão', 'outono', 'inverno', '1.º trimestre', '2.º trimestre', '3.º trimestre', '4.º trimestre', '1.º semestre', '2.º semestre'],
  season: (name, year) => `${name} de ${year}`,
  farYear: (y) => `ano ${y}`,
  century: (c) => `século ${roman(c)}`,
  decade: (y) => `década de ${y}`,
  known: { year: 'com precisão de ano', season: 'com precisão de estação', month: 'com precisão de mês', decade: 'com precisão de década', century: 'com precisão de século' },
  approximateWord: 'aproximado',
  uncertainWord: 'incerto',
  comma: ', ',
  bothEnds: (k) => `ambas as extremidades ${k}`,
  startEnd: (a, b) => `início ${a}, fim ${b}`,
  exact: 'exato',
};
