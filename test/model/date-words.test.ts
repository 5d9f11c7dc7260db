import { expect } from '@open-wc/testing';
import { loadMessages, MESSAGE_LANGS, type MessageLang } from '../../src/components/timeline/messages.js';
import { addDateWords, dateWords, registerDateWords } from '../../src/model/date-words.js';
import { parseEventDate } from '../../src/model/date.js';
import { describeDates, formatEventDate } from '../../src/model/text.js';
import type { DatePoint } from '../../src/model/types.js';

/** What a reader of each language sees for the same dates (written here by hand, not by the code under test). */
interface Expected {
  /** `2025-03~` */
  approxMonth: string;
  /** `2012/..` */
  since: string;
  /** `../2012` */
  until: string;
  /** `2025-23` */
  autumn: string;
  /** `20XX` */
  century: string;
  /** `199X` */
  decade: string;
  /** What is known of `2025-03~`. */
  precision: string;
  /** What is known of `2012/2014`. */
  bothEnds: string;
}

const EXPECTED: Record<MessageLang, Expected> = {
  en: { approxMonth: 'c. March 2025', since: 'since 2012', until: 'until 2012', autumn: 'Autumn 2025', century: '21st century', decade: '1990s', precision: 'known to the month, approximate', bothEnds: 'both ends known to the year' },
  de: { approxMonth: 'ca. März 2025', since: 'seit 2012', until: 'bis 2012', autumn: 'Herbst 2025', century: '21. Jahrhundert', decade: '1990er', precision: 'auf den Monat genau, ungefähr', bothEnds: 'beide Enden aufs Jahr genau' },
  fr: { approxMonth: 'vers mars 2025', since: 'depuis 2012', until: 'jusqu’en 2012', autumn: 'automne 2025', century: 'XXIe siècle', decade: 'années 1990', precision: 'connu au mois près, approximatif', bothEnds: 'début et fin : connu à l’année près' },
  es: { approxMonth: 'h. marzo de 2025', since: 'desde 2012', until: 'hasta 2012', autumn: 'otoño de 2025', century: 'siglo XXI', decade: 'década de 1990', precision: 'con precisión de mes, aproximado', bothEnds: 'ambos extremos con precisión de año' },
  it: { approxMonth: 'circa marzo 2025', since: 'dal 2012', until: 'fino al 2012', autumn: 'autunno 2025', century: 'XXI secolo', decade: 'anni 1990', precision: 'preciso al mese, approssimativo', bothEnds: 'inizio e fine: preciso all’anno' },
  pt: { approxMonth: 'c. março de 2025', since: 'desde 2012', until: 'até 2012', autumn: 'outono de 2025', century: 'século XXI', decade: 'década de 1990', precision: 'com precisão de mês, aproximado', bothEnds: 'ambas as extremidades com precisão de ano' },
  nl: { approxMonth: 'ca. maart 2025', since: 'sinds 2012', until: 'tot 2012', autumn: 'herfst 2025', century: '21e eeuw', decade: 'jaren 1990', precision: 'op de maand nauwkeurig, ongeveer', bothEnds: 'begin en einde op het jaar nauwkeurig' },
  pl: { approxMonth: 'ok. marca 2025', since: 'od 2012', until: 'do 2012', autumn: 'jesień 2025', century: 'XXI wiek', decade: 'lata 1990–1999', precision: 'z dokładnością do miesiąca, w przybliżeniu', bothEnds: 'oba końce z dokładnością do roku' },
  sv: { approxMonth: 'ca mars 2025', since: 'sedan 2012', until: 'fram till 2012', autumn: 'hösten 2025', century: '2000-talet', decade: '1990-talet', precision: 'känt på månaden, ungefärlig', bothEnds: 'början och slutet: känt på året' },
  tr: { approxMonth: 'yaklaşık Mart 2025', since: '2012 yılından beri', until: '2012 yılına kadar', autumn: '2025 sonbaharı', century: '21. yüzyıl', decade: "1990'lar", precision: 'ay düzeyinde biliniyor, yaklaşık', bothEnds: 'iki uç da yıl düzeyinde biliniyor' },
  zh: { approxMonth: '约2025年3月', since: '2012年以来', until: '直至2012年', autumn: '2025年秋季', century: '21世纪', decade: '1990年代', precision: '精确到月，大约', bothEnds: '两端均精确到年' },
  ja: { approxMonth: '2025年3月頃', since: '2012年以降', until: '2012年まで', autumn: '2025年秋', century: '21世紀', decade: '1990年代', precision: '月単位で判明、おおよそ', bothEnds: '開始・終了とも年単位で判明' },
  ko: { approxMonth: '2025년 3월경', since: '2012년부터', until: '2012년까지', autumn: '2025년 가을', century: '21세기', decade: '1990년대', precision: '월 단위로 알려짐, 대략', bothEnds: '시작과 끝 모두 연 단위로 알려짐' },
  ar: { approxMonth: 'حوالي مارس 2025', since: 'منذ 2012', until: 'حتى 2012', autumn: 'خريف 2025', century: 'القرن 21', decade: 'عقد 1990', precision: 'معروف حتى الشهر، تقريبي', bothEnds: 'البداية والنهاية: معروف حتى السنة' },
  he: { approxMonth: 'בסביבות מרץ 2025', since: 'מאז 2012', until: 'עד 2012', autumn: 'סתיו 2025', century: 'המאה ה-21', decade: 'העשור 1990–1999', precision: 'ידוע ברמת חודש, משוער', bothEnds: 'ההתחלה והסוף: ידוע ברמת שנה' },
  uk: { approxMonth: 'близько березня 2025 р.', since: 'з 2012 р.', until: 'до 2012 р.', autumn: 'осінь 2025 р.', century: 'XXI століття', decade: '1990-ті роки', precision: 'з точністю до місяця, приблизно', bothEnds: 'обидва кінці з точністю до року' },
};

/** An event's dates from EDTF. */
function dates(edtf: string): { start: DatePoint; end?: DatePoint } {
  const r = parseEventDate(edtf);
  if (!r.ok) throw new Error(r.error);
  return { start: r.start, end: r.end };
}

describe('date words in every language', () => {
  for (const lang of MESSAGE_LANGS) {
    describe(lang, () => {
      before(async () => {
        await loadMessages(lang);
      });

      it('writes approximate months, open ends, seasons, centuries and decades as the table says', () => {
        const e = EXPECTED[lang];
        expect(formatEventDate(dates('2025-03~'), lang)).to.equal(e.approxMonth);
        expect(formatEventDate(dates('2012/..'), lang)).to.equal(e.since);
        expect(formatEventDate(dates('../2012'), lang)).to.equal(e.until);
        expect(formatEventDate(dates('2025-23'), lang)).to.equal(e.autumn);
        expect(formatEventDate(dates('20XX'), lang)).to.equal(e.century);
        expect(formatEventDate(dates('199X'), lang)).to.equal(e.decade);
      });

      it('says what is known of a date as the table says', () => {
        const e = EXPECTED[lang];
        expect(describeDates(dates('2025-03~'), lang)).to.equal(e.precision);
        expect(describeDates(dates('2012/2014'), lang)).to.equal(e.bothEnds);
      });

      it('serves a regional tag with its language’s words', () => {
        expect(formatEventDate(dates('2012/..'), `${lang}-XX`)).to.equal(EXPECTED[lang].since);
      });
    });
  }

  it('writes English for a language it has no words for', () => {
    expect(formatEventDate(dates('2025-03~'), 'fi')).to.equal('c. maaliskuu 2025');
    expect(formatEventDate(dates('2012/..'), 'fi')).to.equal('since 2012');
  });

  it('writes the thirds of a year with the language’s month names', async () => {
    await loadMessages('fr');
    expect(formatEventDate(dates('2025-37'), 'fr')).to.equal('janv. – avr. 2025');
    expect(formatEventDate(dates('2025-37'), 'en')).to.equal('Jan – Apr 2025');
  });

  it('takes the case and article a phrase asks for', async () => {
    await Promise.all([loadMessages('fr'), loadMessages('pl'), loadMessages('es'), loadMessages('it')]);
    // EDTF has no open range of a century or decade ("20XX/.."): their ends are put together here.
    const since = (edtf: string) => ({ start: dates(edtf).start, end: dates('2012/..').end });
    const until = (edtf: string) => ({ start: dates('../2012').start, end: dates(edtf).start });
    expect(formatEventDate(since('20XX'), 'fr')).to.equal('depuis le XXIe siècle');
    expect(formatEventDate(until('199X'), 'fr')).to.equal('jusqu’aux années 1990');
    expect(formatEventDate(until('2025-23'), 'fr')).to.equal('jusqu’à l’automne 2025');
    expect(formatEventDate(dates('2025-03/..'), 'pl')).to.equal('od marca 2025');
    expect(formatEventDate(since('2025-23'), 'pl')).to.equal('od jesieni 2025');
    expect(formatEventDate(until('20XX'), 'es')).to.equal('hasta el siglo XXI');
    expect(formatEventDate(since('199X'), 'it')).to.equal('dagli anni 1990');
  });

  it('lets a page register or change a language’s date words', () => {
    registerDateWords('eo', { since: (d) => `ekde ${d}` });
    expect(formatEventDate(dates('2012/..'), 'eo')).to.equal('ekde 2012');
    expect(formatEventDate(dates('2025-23'), 'eo')).to.equal('Autumn 2025');
    expect(dateWords('EO-xx').since('2012', dates('2012').start)).to.equal('ekde 2012');
  });

  it('keeps a page’s phrase when the language’s own words arrive later', () => {
    registerDateWords('xx', { approximate: (d) => `env. ${d}` });
    addDateWords('xx', { ...dateWords('fr'), since: (d) => `dès ${d}` });
    expect(formatEventDate(dates('2012~'), 'xx')).to.equal('env. 2012');
    expect(formatEventDate(dates('2012/..'), 'xx-YY')).to.equal('dès 2012');
  });
});

