// What <tl-list> is made with and what it offers a page: the API the factory is handed, the element's public shape,
// and its own words (en, de).
import type { LitElement, css as litCss, html as litHtml, nothing as litNothing, unsafeCSS as litUnsafeCSS } from 'lit';
import type { LocalizedText, TimelineEvent } from '../../model/types.js';
import type { TimeZone } from '../../model/zone.js';
import type { Messages } from '../timeline/messages.js';
import type { ListWords } from './list.template.js';

export interface ListApi {
  LitElement: typeof LitElement;
  html: typeof litHtml;
  css: typeof litCss;
  unsafeCSS: typeof litUnsafeCSS;
  nothing: typeof litNothing;
  /** An event's dates at their precision ("March 2012 – 2014"). */
  formatEventDate: (e: Pick<TimelineEvent, 'start' | 'end'>, lang: string, zone?: TimeZone) => string;
  /** What the precision means ("known to the month"), or ''. */
  describeDates: (e: Pick<TimelineEvent, 'start' | 'end'>, lang: string) => string;
  localize: (value: LocalizedText | undefined, lang: string) => string;
  /** A year for people (`2012`, `45 BC`, `2.5 million years ago`). */
  formatYear: (year: number, lang: string) => string;
  /** The (proleptic Gregorian, UTC) date of an instant, and the first instant of a year. */
  civilFromMs: (ms: number) => { year: number };
  msFromParts: (year: number) => number;
  /** The timeline's interface words in a language, if they are here (en, de, and languages loaded since). */
  messagesNow: (lang: string) => Pick<Messages, 'list' | 'notPrinted' | 'events'> | undefined;
}

export const WORDS: Record<'en' | 'de', ListWords> = {
  en: { label: 'Events', date: 'Date', title: 'Event', lane: 'Lane', category: 'Category', source: 'Source', show: 'Show', empty: 'No events.', more: (n) => `… and ${n.toLocaleString('en')} more ${n === 1 ? 'event' : 'events'}, not printed.` },
  de: { label: 'Ereignisse', date: 'Datum', title: 'Ereignis', lane: 'Spur', category: 'Kategorie', source: 'Quelle', show: 'Zeigen', empty: 'Keine Ereignisse.', more: (n) => `… und ${n.toLocaleString('de')} ${n === 1 ? 'weiteres Ereignis' : 'weitere Ereignisse'}, nicht gedruckt.` },
};
/** What `<tl-list>` offers a page. */
export interface ListElement extends HTMLElement {
  /** The `id` of the `<tl-timeline>` to follow; without it, the one it is in. */
  for: string;
  /** Accessible name of the table (default: "Events", in the timeline's language). */
  label: string;
  /** `light`, `dark`, or `auto` (unset): follows the timeline's theme, or the system. */
  theme: string;
  /** Tallest the list grows before it scrolls: a CSS length (default 400px). */
  maxHeight: string;
  readonly updateComplete: Promise<boolean>;
}
export type ListConstructor = { new (): ListElement; prototype: ListElement };
