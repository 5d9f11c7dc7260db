import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { TimelineEventInput } from '../src/index.js';
import { timelineIn } from './support.js';

/**
 * One timeline per language the element speaks: the same six events of a city library, their titles translated,
 * at mixed precisions — a year, a month, an approximate month, a season, a range, an open end. The interface words,
 * the dates ("c. March 2018", "vers mars 2018", "2018年3月頃") and what is known of them follow `lang`; languages
 * beyond English and German load on demand.
 */
const meta = {
  title: 'Elements/tl-timeline/Languages',
  component: 'tl-timeline',
  parameters: {
    docs: {
      description: {
        component:
          '`lang` picks the interface words and the date words (en, de, fr, es, it, pt, nl, pl, sv, tr, zh, ja, ko, ar, he, uk); ' +
          '`messages` replaces any interface word, `registerDateWords` any date phrase.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** One language's sample: the timeline's name, the six titles, and two words a reader sees. */
interface Sample {
  label: string;
  /** Founded (a year), reading room (a month), book fair (c. a month), lectures (a season), renovation (a range), archive (since). */
  titles: [string, string, string, string, string, string];
  /** The "show all" button. */
  fit: string;
  /** The book fair's date line: March 2018, approximate. */
  fair: string;
}

const SAMPLES: Record<string, Sample> = {
  en: { label: 'City library', titles: ['Library founded', 'Reading room opens', 'First book fair', 'Autumn lecture series', 'Renovation', 'Digital archive online'], fit: 'Show all', fair: 'c. March 2018' },
  de: { label: 'Stadtbibliothek', titles: ['Bibliothek gegründet', 'Lesesaal eröffnet', 'Erste Buchmesse', 'Vortragsreihe im Herbst', 'Umbau', 'Digitales Archiv online'], fit: 'Alles zeigen', fair: 'ca. März 2018' },
  fr: { label: 'Bibliothèque municipale', titles: ['Fondation de la bibliothèque', 'Ouverture de la salle de lecture', 'Premier salon du livre', 'Cycle de conférences d’automne', 'Rénovation', 'Archives numériques en ligne'], fit: 'Tout afficher', fair: 'vers mars 2018' },
  es: { label: 'Biblioteca municipal', titles: ['Fundación de la biblioteca', 'Apertura de la sala de lectura', 'Primera feria del libro', 'Ciclo de conferencias de otoño', 'Reforma', 'Archivo digital en línea'], fit: 'Mostrar todo', fair: 'h. marzo de 2018' },
  it: { label: 'Biblioteca civica', titles: ['Fondazione della biblioteca', 'Apertura della sala di lettura', 'Prima fiera del libro', 'Ciclo di conferenze d’autunno', 'Ristrutturazione', 'Archivio digitale online'], fit: 'Mostra tutto', fair: 'circa marzo 2018' },
  pt: { label: 'Biblioteca municipal', titles: ['Fundação da biblioteca', 'Abertura da sala de leitura', 'Primeira feira do livro', 'Ciclo de palestras de outono', 'Reforma', 'Arquivo digital online'], fit: 'Mostrar tudo', fair: 'c. março de 2018' },
  nl: { label: 'Stadsbibliotheek', titles: ['Bibliotheek opgericht', 'Leeszaal geopend', 'Eerste boekenbeurs', 'Najaarslezingen', 'Verbouwing', 'Digitaal archief online'], fit: 'Alles tonen', fair: 'ca. maart 2018' },
  pl: { label: 'Biblioteka miejska', titles: ['Założenie biblioteki', 'Otwarcie czytelni', 'Pierwsze targi książki', 'Jesienny cykl wykładów', 'Remont', 'Archiwum cyfrowe online'], fit: 'Pokaż wszystko', fair: 'ok. marca 2018' },
  sv: { label: 'Stadsbiblioteket', titles: ['Biblioteket grundas', 'Läsesalen öppnar', 'Första bokmässan', 'Höstens föreläsningsserie', 'Renovering', 'Digitalt arkiv online'], fit: 'Visa allt', fair: 'ca mars 2018' },
  tr: { label: 'Şehir kütüphanesi', titles: ['Kütüphane kuruldu', 'Okuma salonu açıldı', 'İlk kitap fuarı', 'Sonbahar konferans dizisi', 'Yenileme', 'Dijital arşiv yayında'], fit: 'Tümünü göster', fair: 'yaklaşık Mart 2018' },
  zh: { label: '市立图书馆', titles: ['图书馆成立', '阅览室开放', '首届书展', '秋季讲座系列', '翻修', '数字档案上线'], fit: '显示全部', fair: '约2018年3月' },
  ja: { label: '市立図書館', titles: ['図書館設立', '閲覧室オープン', '第1回ブックフェア', '秋の連続講演会', '改修工事', 'デジタルアーカイブ公開'], fit: 'すべて表示', fair: '2018年3月頃' },
  ko: { label: '시립 도서관', titles: ['도서관 설립', '열람실 개관', '첫 도서전', '가을 강연 시리즈', '리모델링', '디지털 아카이브 공개'], fit: '모두 보기', fair: '2018년 3월경' },
  ar: { label: 'المكتبة البلدية', titles: ['تأسيس المكتبة', 'افتتاح قاعة المطالعة', 'أول معرض للكتاب', 'سلسلة محاضرات الخريف', 'التجديد', 'إطلاق الأرشيف الرقمي'], fit: 'عرض الكل', fair: 'حوالي مارس 2018' },
  he: { label: 'הספרייה העירונית', titles: ['הקמת הספרייה', 'פתיחת אולם הקריאה', 'יריד הספרים הראשון', 'סדרת הרצאות הסתיו', 'שיפוץ', 'הארכיון הדיגיטלי עולה לרשת'], fit: 'הצגת הכול', fair: 'בסביבות מרץ 2018' },
  uk: { label: 'Міська бібліотека', titles: ['Заснування бібліотеки', 'Відкриття читальної зали', 'Перший книжковий ярмарок', 'Осінній цикл лекцій', 'Реконструкція', 'Цифровий архів онлайн'], fit: 'Показати все', fair: 'близько березня 2018 р.' },
};

/** The same six events in every language; only the titles change. */
function events(titles: Sample['titles']): TimelineEventInput[] {
  const [founded, readingRoom, fair, lectures, renovation, archive] = titles;
  return [
    { id: 'founded', start: '2012', title: founded },
    { id: 'reading-room', start: '2016-05', title: readingRoom },
    { id: 'fair', start: '2018-03~', title: fair },
    { id: 'lectures', start: '2019-23', title: lectures },
    { id: 'renovation', start: '2014', end: '2017', title: renovation },
    { id: 'archive', start: '2020/..', title: archive },
  ];
}

function story(lang: keyof typeof SAMPLES): Story {
  const s = SAMPLES[lang]!;
  return {
    name: new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang,
    render: () => html`<tl-timeline lang=${lang} label=${s.label} style="width: 1000px; height: 420px" .events=${events(s.titles)}></tl-timeline>`,
    play: async ({ canvasElement }) => {
      const { el, root } = await timelineIn(canvasElement);
      // An interface word: the language's words may load after the first frames.
      await waitFor(() => expect(root.querySelector('button.fit')?.textContent).toBe(s.fit));
      // A date word: the approximate month on the card.
      el.select('fair');
      await waitFor(() => expect(root.querySelector('[part="detail"] .when')?.textContent).toContain(s.fair));
    },
  };
}

export const English = story('en');
export const German = story('de');
export const French = story('fr');
export const Spanish = story('es');
export const Italian = story('it');
export const Portuguese = story('pt');
export const Dutch = story('nl');
export const Polish = story('pl');
export const Swedish = story('sv');
export const Turkish = story('tr');
export const Chinese = story('zh');
export const Japanese = story('ja');
export const Korean = story('ko');
export const Arabic = story('ar');
export const Hebrew = story('he');
export const Ukrainian = story('uk');
