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
  /** `matches(n, 26)` for n = 1, 3, 22: the count while a query or filter is in force. */
  matches: [string, string, string];
}

// Counts are written with each language's own digits (Arabic may use ٢٢ where CLDR says so).
const n = (lang: string, x: number) => new Intl.NumberFormat(lang).format(x);

const EXPECTED: Record<MessageLang, Expected> = {
  en: { fit: 'Show all', zoomIn: 'Zoom in', zoomOut: 'Zoom out', events: ['1 event', '2 events', '5 events', '22 events'], today: 'Today', legend: 'Legend', legendApprox: 'approximate', matches: ['1 of 26 events matches', '3 of 26 events match', '22 of 26 events match'] },
  de: { fit: 'Alles zeigen', zoomIn: 'Vergrößern', zoomOut: 'Verkleinern', events: ['1 Ereignis', '2 Ereignisse', '5 Ereignisse', '22 Ereignisse'], today: 'Heute', legend: 'Legende', legendApprox: 'ungefähr', matches: ['1 von 26 Ereignissen passt', '3 von 26 Ereignissen passen', '22 von 26 Ereignissen passen'] },
  fr: { fit: 'Tout afficher', zoomIn: 'Zoom avant', zoomOut: 'Zoom arrière', events: ['1 événement', '2 événements', '5 événements', '22 événements'], today: 'Aujourd’hui', legend: 'Légende', legendApprox: 'approximatif', matches: ['1 événement sur 26 correspond', '3 événements sur 26 correspondent', '22 événements sur 26 correspondent'] },
  es: { fit: 'Mostrar todo', zoomIn: 'Acercar', zoomOut: 'Alejar', events: ['1 evento', '2 eventos', '5 eventos', '22 eventos'], today: 'Hoy', legend: 'Leyenda', legendApprox: 'aproximado', matches: ['1 de 26 eventos coincide', '3 de 26 eventos coinciden', '22 de 26 eventos coinciden'] },
  it: { fit: 'Mostra tutto', zoomIn: 'Ingrandisci', zoomOut: 'Riduci', events: ['1 evento', '2 eventi', '5 eventi', '22 eventi'], today: 'Oggi', legend: 'Legenda', legendApprox: 'approssimativo', matches: ['1 evento su 26 corrisponde', '3 eventi su 26 corrispondono', '22 eventi su 26 corrispondono'] },
  pt: { fit: 'Mostrar tudo', zoomIn: 'Ampliar', zoomOut: 'Reduzir', events: ['1 evento', '2 eventos', '5 eventos', '22 eventos'], today: 'Hoje', legend: 'Legenda', legendApprox: 'aproximado', matches: ['1 de 26 eventos corresponde', '3 de 26 eventos correspondem', '22 de 26 eventos correspondem'] },
  nl: { fit: 'Alles tonen', zoomIn: 'Inzoomen', zoomOut: 'Uitzoomen', events: ['1 gebeurtenis', '2 gebeurtenissen', '5 gebeurtenissen', '22 gebeurtenissen'], today: 'Vandaag', legend: 'Legenda', legendApprox: 'ongeveer', matches: ['1 van 26 gebeurtenissen komt overeen', '3 van 26 gebeurtenissen komen overeen', '22 van 26 gebeurtenissen komen overeen'] },
  pl: { fit: 'Pokaż wszystko', zoomIn: 'Powiększ', zoomOut: 'Pomniejsz', events: ['1 wydarzenie', '2 wydarzenia', '5 wydarzeń', '22 wydarzenia'], today: 'Dziś', legend: 'Legenda', legendApprox: 'w przybliżeniu', matches: ['1 z 26 wydarzeń pasuje', '3 z 26 wydarzeń pasują', '22 z 26 wydarzeń pasują'] },
  sv: { fit: 'Visa allt', zoomIn: 'Zooma in', zoomOut: 'Zooma ut', events: ['1 händelse', '2 händelser', '5 händelser', '22 händelser'], today: 'I dag', legend: 'Teckenförklaring', legendApprox: 'ungefärlig', matches: ['1 av 26 händelser matchar', '3 av 26 händelser matchar', '22 av 26 händelser matchar'] },
  tr: { fit: 'Tümünü göster', zoomIn: 'Yakınlaştır', zoomOut: 'Uzaklaştır', events: ['1 olay', '2 olay', '5 olay', '22 olay'], today: 'Bugün', legend: 'Açıklama', legendApprox: 'yaklaşık', matches: ['26 olaydan 1 tanesi eşleşiyor', '26 olaydan 3 tanesi eşleşiyor', '26 olaydan 22 tanesi eşleşiyor'] },
  zh: { fit: '显示全部', zoomIn: '放大', zoomOut: '缩小', events: ['1 个事件', '2 个事件', '5 个事件', '22 个事件'], today: '今天', legend: '图例', legendApprox: '大约', matches: ['26 个事件中有 1 个匹配', '26 个事件中有 3 个匹配', '26 个事件中有 22 个匹配'] },
  ja: { fit: 'すべて表示', zoomIn: '拡大', zoomOut: '縮小', events: ['1 件のイベント', '2 件のイベント', '5 件のイベント', '22 件のイベント'], today: '今日', legend: '凡例', legendApprox: 'おおよそ', matches: ['26 件中 1 件が一致', '26 件中 3 件が一致', '26 件中 22 件が一致'] },
  ko: { fit: '모두 보기', zoomIn: '확대', zoomOut: '축소', events: ['이벤트 1개', '이벤트 2개', '이벤트 5개', '이벤트 22개'], today: '오늘', legend: '범례', legendApprox: '대략', matches: ['이벤트 26개 중 1개 일치', '이벤트 26개 중 3개 일치', '이벤트 26개 중 22개 일치'] },
  ar: { fit: 'عرض الكل', zoomIn: 'تكبير', zoomOut: 'تصغير', events: ['حدث واحد', 'حدثان', `${n('ar', 5)} أحداث`, `${n('ar', 22)} حدثًا`], today: 'اليوم', legend: 'وسيلة الإيضاح', legendApprox: 'تقريبي', matches: [`يطابق حدث واحد من أصل ${n('ar', 26)}`, `يطابق ${n('ar', 3)} أحداث من أصل ${n('ar', 26)}`, `يطابق ${n('ar', 22)} حدثًا من أصل ${n('ar', 26)}`] },
  he: { fit: 'הצגת הכול', zoomIn: 'הגדלה', zoomOut: 'הקטנה', events: ['אירוע אחד', 'שני אירועים', '5 אירועים', '22 אירועים'], today: 'היום', legend: 'מקרא', legendApprox: 'משוער', matches: ['1 מתוך 26 אירועים תואם', '3 מתוך 26 אירועים תואמים', '22 מתוך 26 אירועים תואמים'] },
  uk: { fit: 'Показати все', zoomIn: 'Збільшити', zoomOut: 'Зменшити', events: ['1 подія', '2 події', '5 подій', '22 події'], today: 'Сьогодні', legend: 'Легенда', legendApprox: 'приблизно', matches: ['1 з 26 подій відповідає', '3 з 26 подій відповідають', '22 з 26 подій відповідають'] },
};

/** The words every language has (`list` and `filter` are in their elements' own modules for English and German). */
type Word = Exclude<keyof Messages, 'list' | 'filter'>;

/** One plausible value for every argument a word takes, so each function can be called. */
const SAMPLE_ARGS: { [K in Word]: Messages[K] extends (...args: infer A) => string ? A : [] } = {
  overview: [], overviewStart: [], overviewEnd: [],
  timeline: [], zoomIn: [], zoomOut: [], fit: [], showList: [], showTimeline: [], close: [], legend: [], zoom: [], empty: [], source: [], published: [],
  readMore: [], instructions: [], legendExact: [], legendPeriod: [], legendApprox: [], legendUncertain: [], ungrouped: [],
  clusterHint: [], loading: [], context: [], today: [], categories: [], uncategorized: [], previous: [], next: [],
  mediaBlocked: [], mediaFailed: [],
  wheelHint: [true], events: [3], cluster: ['Lane', 5, '2012–2014', ['A', 'B']], view: ['2012–2014', 3], summary: ['2012–2014', 3, 26, 2], matches: [3, 26], notPrinted: [], cardOpened: ['Title'],
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

      it('says how many of 26 events match in the right plural form', () => {
        expect([1, 3, 22].map((x) => t.matches(x, 26))).to.deep.equal(EXPECTED[lang].matches);
      });

      it('has every word of English, each a non-empty string or a function giving one', () => {
        expect(Object.keys(t).filter((k) => k !== 'list' && k !== 'filter').sort()).to.deep.equal([...KEYS].sort());
        if (lang !== 'en' && lang !== 'de') {
          expect(Object.keys(t.list ?? {}).sort(), 'the list’s words').to.deep.equal(['category', 'date', 'empty', 'label', 'lane', 'show', 'source', 'title']);
          for (const word of Object.values(t.list!)) expect(word.trim(), 'a list word').not.to.equal('');
          expect(Object.keys(t.filter ?? {}).sort(), 'the filter’s words').to.deep.equal(['categories', 'groups', 'search', 'tags']);
          for (const word of Object.values(t.filter!)) expect(word.trim(), 'a filter word').not.to.equal('');
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

  it('makes the verb of the match count agree with the count in Polish, Ukrainian, Arabic and French', async () => {
    const [pl, uk, ar, fr] = await Promise.all([loadMessages('pl'), loadMessages('uk'), loadMessages('ar'), loadMessages('fr')]);
    expect([2, 5, 0].map((x) => pl.matches(x, 30))).to.deep.equal(['2 z 30 wydarzeń pasują', '5 z 30 wydarzeń pasuje', '0 z 30 wydarzeń pasuje']);
    expect(pl.matches(1, 1)).to.equal('1 z 1 wydarzenia pasuje');
    expect([21, 25].map((x) => uk.matches(x, 30))).to.deep.equal(['21 з 30 подій відповідає', '25 з 30 подій відповідають']);
    expect([0, 2].map((x) => ar.matches(x, 26))).to.deep.equal([`لا يطابق أي حدث من أصل ${n('ar', 26)}`, `يطابق حدثان من أصل ${n('ar', 26)}`]);
    expect(fr.matches(0, 1234)).to.equal(`0 événement sur ${n('fr', 1234)} correspond`);
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
