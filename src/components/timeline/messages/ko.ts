import type { Messages } from '../messages.js';
import { loadReason, numbers } from './shared.js';

const num = numbers('ko');
const events = (n: number) => `이벤트 ${num(n)}개`;

const ko: Messages = {
  timeline: '타임라인',
  zoomIn: '확대',
  zoomOut: '축소',
  fit: '모두 보기',
  close: '닫기',
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + 스크롤로 확대/축소`,
  events,
  cluster: (lane, n, range, titles) =>
    `${lane ? `${lane}: ` : ''}${events(n)}, ${range}: ${titles.join('; ')}${n > titles.length ? ` 외 ${num(n - titles.length)}개` : ''}`,
  clusterHint: 'Enter 키를 누르면 확대됩니다.',
  view: (range, n) => `${range}, ${events(n)}`,
  cardOpened: (title) => `타임라인 아래에 세부 정보 표시: ${title}`,
  legend: '범례',
  zoom: '확대/축소',
  skipped: (n) => `행 ${num(n)}개를 표시할 수 없습니다`,
  notes: (n) => `데이터 참고 사항 ${num(n)}개`,
  empty: '표시할 이벤트가 없습니다.',
  source: '출처',
  published: '게시',
  readMore: '더 읽기',
  instructions: '화살표 키로 이벤트와 그룹 사이를 이동하고, Enter 키로 이벤트를 열거나 그룹을 확대합니다. 더하기와 빼기로 확대/축소하고, 0으로 전체를 봅니다.',
  legendExact: '정확',
  legendPeriod: '이 기간 중 어느 시점',
  legendApprox: '대략',
  legendUncertain: '불확실',
  ungrouped: '기타',
  loading: '이벤트를 불러오는 중…',
  context: '시대와 표시',
  era: (title, span) => `시대: ${title}, ${span}. Enter 키로 표시합니다.`,
  marker: (title, date) => `${title}, ${date}. Enter 키로 화면 가운데에 둡니다.`,
  today: '오늘',
  categories: '카테고리: 표시 또는 숨기기',
  uncategorized: '기타',
  previous: '이전',
  next: '다음',
  loadMedia: (provider) => `${provider} 불러오기`,
  mediaNotice: (provider) => `불러오면 ${provider}에 연결되며 쿠키가 설정될 수 있습니다.`,
  mediaBlocked: '이 페이지에서는 플레이어를 불러올 수 없습니다.',
  mediaFailed: '이미지를 불러올 수 없습니다.',
  openMedia: (provider) => `${provider}에서 열기`,
  collapsedLane: (title, n) => `${title} · ${events(n)}`,
  loadFailed: (src) => (src ? `${src}에서 이벤트를 불러올 수 없습니다.` : '이벤트를 읽을 수 없습니다.'),
  loadReason: loadReason({
    http: (detail, notFound) => `서버 응답: ${detail}${notFound ? ' (찾을 수 없음)' : ''}.`,
    network: '응답이 없습니다. 주소가 잘못되었거나, 오프라인이거나, 이 사이트에 공유되지 않았을 수 있습니다(CORS).',
    interrupted: '서버가 응답했지만 데이터를 받는 중에 연결이 끊어졌습니다. 다시 시도하세요.',
    parse: (detail) => `파일이 올바른 JSON이 아닙니다(${detail}).`,
    format: (detail) => `이 타임라인이 읽을 수 있는 형식의 파일이 아닙니다: ${detail}.`,
  }),
};
export default ko;
