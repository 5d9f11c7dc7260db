import { expect } from '@open-wc/testing';
import {
  loadMessages,
  MESSAGE_LANGS,
  MESSAGES,
  messagesNow,
  resolveLang,
  withOverrides,
  type MessageLang,
  type Messages,
} from '../../src/components/timeline/messages.js';
import { formatYear } from '../../src/model/text.js';

/** What a reader of each language sees: header buttons, counts where plurals differ, "Today", the legend. */
interface Expected {
  fit: string;
  zoomIn: string;
  zoomOut: string;
  /** `events(n)` for n = 1, 2, 5, 22. */
  events: [string, string, string, string];
  today: string;
  legend: string;
  legendApprox: string;
}

// Counts are written with each language's own digits (Arabic may use ٢٢ where CLDR says so).
const n = (lang: string, x: number) => new Intl.NumberFormat(lang).format(x);

const EXPECTED: Record<MessageLang, Expected> = {
  en: { fit: 'Show all', zoomIn: 'Zoom in', zoomOut: 'Zoom out', events: ['1 event', '2 events', '5 events', '22 events'], today: 'Today', legend: 'Legend', legendApprox: 'approximate' },
  de: { fit: 'Alles zeigen', zoomIn: 'Vergrößern', zoomOut: 'Verkleinern', events: ['1 Ereignis', '2 Ereignisse', '5 Ereignisse', '22 Ereignisse'], today: 'Heute', legend: 'Legende', legendApprox: 'ungefähr' },
  fr: { fit: 'Tout afficher', zoomIn: 'Zoom avant', zoomOut: 'Zoom arrière', events: ['1 événement', '2 événements', '5 événements', '22 événements'], today: 'Aujourd’hui', legend: 'Légende', legendApprox: 'approximatif' },
  es: { fit: 'Mostrar todo', zoomIn: 'Acercar', zoomOut: 'Alejar', events: ['1 evento', '2 eventos', '5 eventos', '22 eventos'], today: 'Hoy', legend: 'Leyenda', legendApprox: 'aproximado' },
  it: { fit: 'Mostra tutto', zoomIn: 'Ingrandisci', zoomOut: 'Riduci', events: ['1 evento', '2 eventi', '5 eventi', '22 eventi'], today: 'Oggi', legend: 'Legenda', legendApprox: 'approssimativo' },
  pt: { fit: 'Mostrar tudo', zoomIn: 'Ampliar', zoomOut: 'Reduzir', events: ['1 evento', '2 eventos', '5 eventos', '22 eventos'], today: 'Hoje', legend: 'Legenda', legendApprox: 'aproximado' },
  nl: { fit: 'Alles tonen', zoomIn: 'Inzoomen', zoomOut: 'Uitzoomen', events: ['1 gebeurtenis', '2 gebeurtenissen', '5 gebeurtenissen', '22 gebeurtenissen'], today: 'Vandaag', legend: 'Legenda', legendApprox: 'ongeveer' },
  pl: { fit: 'Pokaż wszystko', zoomIn: 'Powiększ', zoomOut: 'Pomniejsz', events: ['1 wydarzenie', '2 wydarzenia', '5 wydarzeń', '22 wydarzenia'], today: 'Dziś', legend: 'Legenda', legendApprox: 'w przybliżeniu' },
  sv: { fit: 'Visa allt', zoomIn: 'Zooma in', zoomOut: 'Zooma ut', events: ['1 händelse', '2 händelser', '5 händelser', '22 händelser'], today: 'I dag', legend: 'Teckenförklaring', legendApprox: 'ungefärlig' },
  tr: { fit: 'Tümünü göster', zoomIn: 'Yakınlaştır', zoomOut: 'Uzaklaştır', events: ['1 olay', '2 olay', '5 olay', '22 olay'], today: 'Bugün', legend: 'Açıklama', legendApprox: 'yaklaşık' },
  zh: { fit: '显示全部', zoomIn: '放大', zoomOut: '缩小', events: ['1 个事件', '2 个事件', '5 个事件', '22 个事件'], today: '今天', legend: '图例', legendApprox: '大约' },
  ja: { fit: 'すべて表示', zoomIn: '拡大', zoomOut: '縮小', events: ['1 件のイベント', '2 件のイベント', '5 件のイベント', '22 件のイベント'], today: '今日', legend: '凡例', legendApprox: 'おおよそ' },
  ko: { fit: '모두 보기', zoomIn: '확대', zoomOut: '축소', events: ['이벤트 1개', '이벤트 2개', '이벤트 5개', '이벤트 22개'], today: '오늘', legend: '범례', legendApprox: '대략' },
  ar: { fit: 'عرض الكل', zoomIn: 'تكبير', zoomOut: 'تصغير', events: ['حدث واحد', 'حدثان', `${n('ar', 5)} أحداث`, `${n('ar', 22)} حدثًا`], today: 'اليوم', legend: 'وسيلة الإيضاح', legendApprox: 'تقريبي' },
  he: { fit: 'הצגת הכול', zoomIn: 'הגדלה', zoomOut: 'הקטנה', events: ['אירוע אחד', 'שני אירועים', '5 אירועים', '22 אירועים'], today: 'היום', legend: 'מקרא', legendApprox: 'משוער' },
  uk: { fit: 'Показати все', zoomIn: 'Збільшити', zoomOut: 'Зменшити', events: ['1 подія', '2 події', '5 подій', '22 події'], today: 'Сьогодні', legend: 'Легенда', legendApprox: 'приблизно' },
};

/** The words every language has (`list` is in the list's own module for English and German). */
type Word = Exclude<keyof Messages, 'list'>;

/** One plausible value for every argument a word takes, so each function can be called. */
const SAMPLE_ARGS: { [K in Word]: Messages[K] extends (...args: infer A) => string ? A : [] } = {
  overview: [], overviewStart: [], overviewEnd: [],
  timeline: [], zoomIn: [], zoomOut: [], fit: [], showList: [], showTimeline: [], close: [], legend: [], zoom: [], empty: [], source: [], published: [],
  readMore: [], instructions: [], legendExact: [], legendPeriod: [], legendApprox: [], legendUncertain: [], ungrouped: [],
  clusterHint: [], loading: [], context: [], today: [], categories: [], uncategorized: [], previous: [], next: [],
  mediaBlocked: [], mediaFailed: [],
  wheelHint: [true], events: [3], cluster: ['Lane', 5, '2012–2014', ['A', 'B']], view: ['2012–2014', 3], summary: ['2012–2014', 3, 26, 2], notPrinted: [], cardOpened: ['Title'],
  skipped: [2], notes: [2], era: ['Era', '1900–1950'], marker: ['Marker', '2012'], loadMedia: ['YouTube'], mediaNotice: ['YouTube'],
  openMedia: ['YouTube'], collapsedLane: ['Lane', 4], loadFailed: ['data.json'], loadReason: ['parse', undefined, 'not valid JSON (Unexpected token)'],
};
const KEYS = Object.keys(MESSAGES.en) as Word[];

describe('interface words in every language', () => {
  it('keeps English and German in the bundle, ready before anything loads', () => {
    expect(messagesNow('en')).to.equal(MESSAGES.en);
    expect(messagesNow('de-AT')).to.equal(MESSAGES.de);
  });

  for (const lang of MESSAGE_LANGS) {
    describe(lang, () => {
      let t: Messages;
      before(async () => {
        t = await loadMessages(lang);
      });

      it('loads its own words, not English', () => {
        expect(t).to.equal(messagesNow(lang));
        if (lang !== 'en') expect(t.fit).not.to.equal(MESSAGES.en.fit);
      });

      it('names the buttons, "Today" and the legend as the table says', () => {
        const e = EXPECTED[lang];
        expect([t.fit, t.zoomIn, t.zoomOut, t.today, t.legend, t.legendApprox]).to.deep.equal([e.fit, e.zoomIn, e.zoomOut, e.today, e.legend, e.legendApprox]);
      });

      it('counts 1, 2, 5 and 22 events in the right plural form', () => {
        expect([1, 2, 5, 22].map((x) => t.events(x))).to.deep.equal(EXPECTED[lang].events);
        // The count in a lane's name and a settled view is the same phrase.
        expect(t.collapsedLane('L', 5)).to.equal(`L · ${EXPECTED[lang].events[2]}`);
      });

      it('has every word of English, each a non-empty string or a function giving one', () => {
        expect(Object.keys(t).filter((k) => k !== 'list').sort()).to.deep.equal([...KEYS].sort());
        if (lang !== 'en' && lang !== 'de') {
          expect(Object.keys(t.list ?? {}).sort(), 'the list’s words').to.deep.equal(['category', 'date', 'empty', 'label', 'lane', 'show', 'source', 'title']);
          for (const word of Object.values(t.list!)) expect(word.trim(), 'a list word').not.to.equal('');
        }
        for (const key of KEYS) {
          const word = t[key] as unknown;
          expect(typeof word, key).to.equal(typeof MESSAGES.en[key]);
          const text = typeof word === 'function' ? (word as (...a: unknown[]) => unknown)(...SAMPLE_ARGS[key]) : word;
          expect(text, key).to.be.a('string');
          expect((text as string).trim(), key).not.to.equal('');
          expect(text as string, key).not.to.match(/undefined|NaN|\[object/);
        }
      });
    });
  }

  it('writes the counts of rows and notes in the plural forms of Polish, Ukrainian and Arabic', async () => {
    const [pl, uk, ar] = await Promise.all([loadMessages('pl'), loadMessages('uk'), loadMessages('ar')]);
    expect([1, 2, 5, 22].map(pl.notes)).to.deep.equal(['1 uwaga do danych', '2 uwagi do danych', '5 uwag do danych', '22 uwagi do danych']);
    expect([1, 3, 11, 21].map(uk.skipped)).to.deep.equal(['Не вдалося показати 1 рядок', 'Не вдалося показати 3 рядки', 'Не вдалося показати 11 рядків', 'Не вдалося показати 21 рядок']);
    expect([0, 100].map(ar.events)).to.deep.equal(['لا أحداث', `${n('ar', 100)} حدث`]);
  });

  it('groups large counts the way each language does', async () => {
    const fr = await loadMessages('fr');
    expect(fr.events(1234)).to.equal(`${n('fr', 1234)} événements`);
    expect(MESSAGES.en.events(1234)).to.equal('1,234 events');
  });
});

describe('resolveLang', () => {
  it('takes the primary language of a BCP 47 tag', () => {
    expect(['pt-BR', 'zh-Hant', 'zh-Hant-TW', 'de-CH', 'en-GB', 'fr_CA', 'AR-eg', ' ja '].map(resolveLang)).to.deep.equal(['pt', 'zh', 'zh', 'de', 'en', 'fr', 'ar', 'ja']);
  });

  it('falls back to English for a language it does not have, guessing nothing across languages', () => {
    expect(['nb', 'no', 'ru', 'x-klingon', '', 'sv-x', 'svx'].map((l) => resolveLang(l))).to.deep.equal(['en', 'en', 'en', 'en', 'en', 'sv', 'en']);
    expect(resolveLang(undefined)).to.equal('en');
  });

  it('reads the old code for Hebrew', () => {
    expect(resolveLang('iw-IL')).to.equal('he');
  });
});

describe('loadMessages', () => {
  it('gives English at once for a language it does not have, and messagesNow has nothing to guess', async () => {
    expect(await loadMessages('ru')).to.equal(MESSAGES.en);
    expect(messagesNow('en-US')).to.equal(MESSAGES.en);
  });

  it('answers a repeated request with the same words', async () => {
    const [a, b] = await Promise.all([loadMessages('ko-KR'), loadMessages('ko')]);
    expect(a).to.equal(b);
    expect(messagesNow('ko')).to.equal(a);
  });
});

describe('withOverrides', () => {
  it('replaces a string with a string and leaves the rest', () => {
    const t = withOverrides(MESSAGES.en, { fit: 'Everything', today: 'Now' });
    expect([t.fit, t.today, t.zoomIn]).to.deep.equal(['Everything', 'Now', 'Zoom in']);
    expect(MESSAGES.en.fit).to.equal('Show all');
  });

  it('replaces a word that takes values by a string, with {n} for the first value', () => {
    const t = withOverrides(MESSAGES.de, { events: '{n} Termine', loadMedia: '{n} abspielen ({n})' });
    expect(t.events(5)).to.equal('5 Termine');
    expect(t.loadMedia('Vimeo')).to.equal('Vimeo abspielen (Vimeo)');
    expect(t.view('2020', 3)).to.equal('2020, 3 Ereignisse');
  });

  it('takes a function for a word that takes values', () => {
    const t = withOverrides(MESSAGES.en, { events: (count: number) => (count === 1 ? 'one item' : `${count} items`) });
    expect([t.events(1), t.events(4)]).to.deep.equal(['one item', '4 items']);
  });

  it('ignores unknown keys, inherited names and values of the wrong type', () => {
    const hostile = JSON.parse('{"__proto__": {"fit": "x"}, "constructor": "y", "nope": "z", "fit": 3, "zoomIn": null, "today": {"a": 1}}') as never;
    const t = withOverrides(MESSAGES.en, hostile);
    expect(t).to.deep.equal(MESSAGES.en);
    expect(Object.keys(t)).not.to.include('nope');
    expect(withOverrides(MESSAGES.en, null)).to.equal(MESSAGES.en);
    // A function given where English has a string is not a string: ignored.
    expect(withOverrides(MESSAGES.en, { fit: (() => 'f') as never }).fit).to.equal('Show all');
  });
});

describe('years before the common era and deep time, in the reader\'s language', () => {
  const nbsp = '\u00a0';
  it('English stays as it was', () => {
    expect([formatYear(-44, 'en'), formatYear(-9999, 'en'), formatYear(-13.8e9, 'en'), formatYear(-2.5e6, 'en')]).to.deep.equal([
      '45 BC',
      '10,000 BC',
      '13.8 billion years ago',
      '2.5 million years ago',
    ]);
  });

  it('German', () => {
    expect([formatYear(-44, 'de'), formatYear(-13.8e9, 'de'), formatYear(-2.5e6, 'de')]).to.deep.equal(['45 v. Chr.', `vor 13,8${nbsp}Mrd. Jahren`, `vor 2,5${nbsp}Mio. Jahren`]);
  });

  it('French', () => {
    expect(formatYear(-44, 'fr')).to.equal('45 av. J.-C.');
    expect(formatYear(-13.8e9, 'fr')).to.match(/^il y a 13,8\s?Md ans$/);
  });

  it('Japanese', () => {
    expect(formatYear(-44, 'ja')).to.equal('紀元前45年');
    expect(formatYear(-13.8e9, 'ja')).to.match(/^138億\s?年前$/);
  });

  it('Arabic', () => {
    const bc = formatYear(-44, 'ar');
    expect(bc).to.include('ق.م');
    expect(bc).to.include(n('ar', 45));
    const deep = formatYear(-13.8e9, 'ar');
    expect(deep).to.include('قبل');
    expect(deep).to.include('مليار');
    expect(deep).to.include('سنة');
  });

  it('writes years beyond what a Date holds with the same era words', () => {
    expect(formatYear(-299_999, 'en')).to.equal('300,000 BC');
    expect(formatYear(-299_999, 'de')).to.equal('300.000 v. Chr.');
  });
});
