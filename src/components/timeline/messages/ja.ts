import type { Messages } from '../messages.js';
import { loadReason, numbers } from './shared.js';

const num = numbers('ja');
const events = (n: number) => `${num(n)} 件のイベント`;

const ja: Messages = {
  timeline: 'タイムライン',
  zoomIn: '拡大',
  zoomOut: '縮小',
  fit: 'すべて表示',
  close: '閉じる',
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + スクロールでズーム`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane}：` : ''}${events(n)}、${range}：${titles.join('、')}${n > titles.length ? `、ほか ${num(n - titles.length)} 件` : ''}`,
  clusterHint: 'Enter で拡大します。',
  view: (range, n) => `${range}、${events(n)}`,
  cardOpened: (title) => `詳細をタイムラインの下に表示しました：${title}`,
  legend: '凡例',
  zoom: 'ズーム',
  skipped: (n) => `${num(n)} 行を表示できませんでした`,
  notes: (n) => `データに関する注記 ${num(n)} 件`,
  empty: '表示するイベントはありません。',
  source: '出典',
  published: '公開',
  readMore: '続きを読む',
  instructions: '矢印キーでイベントとグループの間を移動し、Enter でイベントを開くかグループを拡大します。プラスとマイナスでズーム、0 ですべて表示します。',
  legendExact: '正確',
  legendPeriod: 'この期間のいずれかの時点',
  legendApprox: 'おおよそ',
  legendUncertain: '不確か',
  ungrouped: 'その他',
  loading: 'イベントを読み込んでいます…',
  context: '時代とマーカー',
  era: (title, span) => `時代：${title}、${span}。Enter で表示します。`,
  marker: (title, date) => `${title}、${date}。Enter で表示の中心に移動します。`,
  today: '今日',
  categories: 'カテゴリ：表示／非表示',
  uncategorized: 'その他',
  previous: '前へ',
  next: '次へ',
  loadMedia: (provider) => `${provider} を読み込む`,
  mediaNotice: (provider) => `読み込むと ${provider} に接続し、Cookie が設定される場合があります。`,
  mediaBlocked: 'このページではプレーヤーを読み込めません。',
  mediaFailed: '画像を読み込めませんでした。',
  openMedia: (provider) => `${provider} で開く`,
  collapsedLane: (title, n) => `${title} · ${events(n)}`,
  loadFailed: (src) => (src ? `${src} からイベントを読み込めませんでした。` : 'イベントを読み取れませんでした。'),
  loadReason: loadReason({
    http: (detail, notFound) => `サーバーの応答：${detail}${notFound ? '（見つかりません）' : ''}。`,
    network: '応答がありません。アドレスの誤り、オフライン、またはこのサイトに共有されていない（CORS）可能性があります。',
    interrupted: 'サーバーは応答しましたが、データの受信中に接続が切れました。もう一度お試しください。',
    parse: (detail) => `ファイルが有効な JSON ではありません（${detail}）。`,
    format: (detail) => `このタイムラインが読める形式のファイルではありません：${detail}。`,
  }),
};
export default ja;
