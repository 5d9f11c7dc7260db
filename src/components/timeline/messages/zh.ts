import type { Messages } from '../messages.js';
import type { DateWords } from '../../../model/date-words.js';
import { loadReason, numbers } from './shared.js';

// Simplified Chinese; zh-Hant and zh-TW get it too (resolveLang), until a Traditional module exists.
const num = numbers('zh');
const events = (n: number) => `${num(n)} 个事件`;

const zh: Messages = {
  timeline: '时间线',
  zoomIn: '放大',
  zoomOut: '缩小',
  fit: '显示全部',
  showList: '以列表显示',
  showTimeline: '以时间线显示',
  close: '关闭',
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + 滚动以缩放`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane}：` : ''}${events(n)}，${range}：${titles.join('；')}${n > titles.length ? `，另有 ${num(n - titles.length)} 个` : ''}`,
  clusterHint: '按 Enter 放大。',
  view: (range, n) => `${range}，${events(n)}`,
  cardOpened: (title) => `详情显示在时间线下方：${title}`,
  legend: '图例',
  zoom: '缩放',
  skipped: (n) => `有 ${num(n)} 行无法显示`,
  notes: (n) => `${num(n)} 条数据说明`,
  empty: '没有可显示的事件。',
  source: '来源',
  published: '发布于',
  readMore: '阅读全文',
  instructions: '方向键在事件和事件组之间移动，Enter 打开事件或放大事件组，加号和减号缩放，0 显示全部。',
  legendExact: '精确',
  legendPeriod: '此期间内的某个时间',
  legendApprox: '大约',
  legendUncertain: '不确定',
  ungrouped: '其他',
  loading: '正在加载事件…',
  context: '时代与标记',
  era: (title, span) => `时代：${title}，${span}。按 Enter 显示。`,
  marker: (title, date) => `${title}，${date}。按 Enter 将视图居中于此。`,
  today: '今天',
  overview: '概览',
  overviewStart: '可见范围的起点',
  overviewEnd: '可见范围的终点',
  categories: '类别：显示或隐藏',
  uncategorized: '其他',
  previous: '上一个',
  next: '下一个',
  loadMedia: (provider) => `加载 ${provider}`,
  mediaNotice: (provider) => `加载时会连接到 ${provider}，它可能会设置 Cookie。`,
  mediaBlocked: '此页面不允许加载播放器。',
  mediaFailed: '无法加载图片。',
  openMedia: (provider) => `在 ${provider} 上打开`,
  collapsedLane: (title, n) => `${title} · ${events(n)}`,
  loadFailed: (src) => (src ? `无法从 ${src} 加载事件。` : '无法读取事件。'),
  loadReason: loadReason({
    http: (detail, notFound) => `服务器返回 ${detail}${notFound ? '（未找到）' : ''}。`,
    network: '没有响应：地址可能有误、处于离线状态，或未向本网站开放（CORS）。',
    interrupted: '服务器已响应，但数据传输过程中连接中断。请重试。',
    parse: (detail) => `文件不是有效的 JSON（${detail}）。`,
    format: (detail) => `此时间线无法读取该文件的格式：${detail}。`,
  }),
  list: { label: '事件列表', date: '日期', title: '事件', lane: '分组', category: '类别', source: '来源', show: '显示', empty: '没有事件。' },
};
export default zh;

export const dates: DateWords = {
  approximate: (d) => `约${d}`,
  since: (d) => `${d}以来`,
  until: (d) => `直至${d}`,
  seasons: ['春季', '夏季', '秋季', '冬季', '第一季度', '第二季度', '第三季度', '第四季度', '上半年', '下半年'],
  season: (name, year) => `${year}${/\d$/.test(year) ? '年' : ''}${name}`,
  farYear: (y) => `${y}年`,
  century: (c) => `${c}世纪`,
  decade: (y) => `${y}年代`,
  known: { year: '精确到年', season: '精确到季节', month: '精确到月', decade: '精确到十年', century: '精确到世纪' },
  approximateWord: '大约',
  uncertainWord: '不确定',
  comma: '，',
  bothEnds: (k) => `两端均${k}`,
  startEnd: (a, b) => `开始${a}，结束${b}`,
  exact: '精确',
};
