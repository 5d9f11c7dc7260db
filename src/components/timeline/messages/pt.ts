import type { Messages } from '../messages.js';
import { loadReason, numbers, plural } from './shared.js';

const num = numbers('pt');
const events = plural('pt', { one: '# evento', many: '# de eventos', other: '# eventos' });

const pt: Messages = {
  timeline: 'Linha do tempo',
  zoomIn: 'Ampliar',
  zoomOut: 'Reduzir',
  fit: 'Mostrar tudo',
  close: 'Fechar',
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + rolagem para ampliar`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane}: ` : ''}${events(n)}, ${range}: ${titles.join('; ')}${n > titles.length ? ` e mais ${num(n - titles.length)}` : ''}`,
  clusterHint: 'Enter amplia.',
  view: (range, n) => `${range}, ${events(n)}`,
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
};
export default pt;
