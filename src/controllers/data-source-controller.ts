import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FormatName } from '../formats/detect.js';
import { readOwnEvents } from '../formats/own.js';
import { loadFormats } from '../formats/load.js';
import type { StoryOptions, TitleCard } from '../formats/result.js';
import type { DataError, EraInput, GroupInput, MarkerInput, TimelineEventInput } from '../model/types.js';
import { readEraElement, readEventElement, readMarkerElement } from './read-event.js';

/** Where the element's events come from when code has not set `events`. */
export type DataOrigin = 'src' | 'inline' | 'children';

/** Why declarative data could not be read. */
export interface DataLoadError {
  /** `http`: the server answered with an error status; `network`: no answer (offline, refused, blocked by CORS);
   * `interrupted`: the server answered, and the connection broke while the data was arriving;
   * `parse`: not valid JSON; `format`: valid, but not a format we read. */
  kind: 'http' | 'network' | 'interrupted' | 'parse' | 'format';
  /** One line, in English, for logs. */
  message: string;
  /** The HTTP status, for `http`. */
  status?: number;
  /** The URL asked for, for `src`. */
  src?: string;
  origin: DataOrigin;
}

/** Events read from a declarative source, with the context layers that came with them. */
export interface DataSourceResult {
  origin: DataOrigin;
  format: FormatName | undefined;
  events: TimelineEventInput[];
  /** Rows the format adapter dropped (indices into the source's rows). */
  errors: DataError[];
  /** Spans behind the lanes: our format's `eras` (as given), TimelineJS eras, vis-timeline background items. */
  eras?: EraInput[];
  /** Reference lines: our format's `markers` (as given). */
  markers?: MarkerInput[];
  /** Lanes' names and order: our format's `groups` (as given), vis-timeline groups. */
  groups?: GroupInput[];
  /** A title card the data carries (TimelineJS's title slide): shown first in story mode. */
  title?: TitleCard;
  /** How the data's story starts (TimelineJS's options: `start_at_slide`, `start_at_end`, `hash_bookmark`, `language`). */
  options?: StoryOptions;
}

export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  /** URL of a data file. */
  src: string;
  /** Format name, or `''` to detect it. */
  format: FormatName | '';
}

export interface DataSourceOptions {
  /** True while code-set `events` take precedence: nothing is fetched then. */
  overridden: () => boolean;
  onLoad: (result: DataSourceResult, src: string) => void;
  onError: (error: DataLoadError) => void;
}

const JSON_TYPE = /\bjson\b/i;
/** Attributes of children that change what they say (`<tl-event>`'s, `<tl-era>`'s, `<tl-marker>`'s, a script's `type`). */
const WATCHED = ['start', 'end', 'at', 'group', 'href', 'color', 'id', 'type', 'category', 'tags'];

/**
 * Text read as data: JSON in our own format at once (the returned value), anything else once the format adapters
 * have loaded (a promise); or the error that stops it.
 */
function readText(text: string, format: FormatName | undefined, asJson: boolean, origin: DataOrigin): Read | Promise<Read> {
  const isCsv = format === 'csv' || format === 'timelinejs-csv';
  let data: unknown = text;
  if (!isCsv && (asJson || /^\s*[[{]/.test(text))) {
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { kind: 'parse', message: `not valid JSON (${(error as Error).message})`, origin };
    }
  }
  const own = !format || format === 'events' ? readOwnEvents(data, format === 'events') : undefined;
  if (own) return { origin, format: 'events', ...own };
  return loadFormats().then(
    ({ convert }) => {
      const result = convert(data, format);
      const fatal = result.errors.find((e) => e.index === -1 && !e.warning);
      if (fatal && !result.events.length) return { kind: 'format', message: fatal.reason, origin };
      const read: DataSourceResult = { origin, format: result.format, events: result.events, errors: result.errors };
      if (result.eras) read.eras = result.eras;
      if (result.groups) read.groups = result.groups;
      if (result.title) read.title = result.title;
      if (result.options) read.options = result.options;
      return read;
    },
    (error: unknown) => ({ kind: 'format', message: `the reader for this format could not be loaded (${error instanceof Error ? error.message : 'unknown error'})`, origin }),
  );
}

type Read = DataSourceResult | DataLoadError;

const isError = (r: DataSourceResult | DataLoadError): r is DataLoadError => 'kind' in r;

interface LightSnapshot {
  script?: { text: string; json: boolean };
  children?: TimelineEventInput[];
}

/** What the host's light DOM holds: its first JSON or CSV script, else its `<tl-event>` children. */
function snapshotOf(host: Element): LightSnapshot {
  const script = [...host.children].find((c): c is HTMLScriptElement => c instanceof HTMLScriptElement && /json|csv/i.test(c.type));
  if (script) return { script: { text: script.textContent ?? '', json: /json/i.test(script.type) } };
  const children = [...host.children].filter((c) => c.localName === 'tl-event');
  return children.length ? { children: children.map((c, i) => readEventElement(c, i)) } : {};
}

/** The host's `<tl-era>` (or `<tl-marker>`) children, read in order. */
function childrenOf<T>(host: Element, tag: string, read: (el: Element, index: number) => T): T[] {
  return [...host.children].filter((c) => c.localName === tag).map(read);
}

/** A light-DOM snapshot read as data: at once, or (another format than ours) once the adapters have loaded. */
function interpret(snapshot: LightSnapshot, format: FormatName | undefined): Read | Promise<Read> | undefined {
  if (snapshot.script) return readText(snapshot.script.text, format, snapshot.script.json, 'inline');
  if (snapshot.children) return { origin: 'children', format: 'events', events: snapshot.children, errors: [] };
  return undefined;
}

/**
 * Declarative data for an element: fetches `src` (aborting the previous request when it changes), and reads an
 * inline `<script type="application/json">` (or `text/csv`) child and `<tl-event>` children, re-reading them when
 * they change (MutationObserver). `result` is the source in force: `src`, else the inline script, else the
 * children; `status` and `error` describe it. `<tl-era>` and `<tl-marker>` children are context, not data: they
 * are read whatever the source in force (`childEras`, `childMarkers`).
 */
export class DataSourceController implements ReactiveController {
  /** Bumped whenever `result`, `status` or `error` change, so the host can tell cheaply. */
  version = 0;
  status: 'idle' | 'loading' | 'loaded' | 'error' = 'idle';
  error: DataLoadError | undefined;
  result: DataSourceResult | undefined;
  /** The `<tl-era>` children, in order; the same array until one of them changes. */
  childEras: EraInput[] = [];
  /** The `<tl-marker>` children, in order; the same array until one of them changes. */
  childMarkers: MarkerInput[] = [];

  private key: string | undefined;
  private request: AbortController | undefined;
  private remote: DataSourceResult | DataLoadError | undefined;
  private light: DataSourceResult | DataLoadError | undefined;
  private observer: MutationObserver | undefined;

  constructor(
    private readonly host: DataSourceHost,
    private readonly options: DataSourceOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Observing before the first read: children appended in the same task (a page script, a framework) are seen.
    this.observer ??= new MutationObserver(() => this.readLight());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributeFilter: WATCHED });
    this.readLight();
    // Reconnected after a fetch was cut short: ask again.
    if (this.status === 'loading' && !this.request) {
      this.key = undefined;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.abort();
  }

  /**
   * Brings the source in force up to date with `src`, `format` and `events`: starts (or aborts) a fetch, or puts
   * the light-DOM data in force. The host calls it at the start of each update, before it reads `result`, so the
   * update sees what it changed. (As a `hostUpdate` it ran after the host's `willUpdate`, and the update it asked
   * for was swallowed by the one running: children appended right after the element was connected were never
   * shown.) Reads no DOM: the children are read when connected and whenever they change (MutationObserver).
   */
  sync(): void {
    const src = this.options.overridden() ? '' : this.host.src;
    const key = `${src}\n${this.host.format}`;
    if (key === this.key) return;
    const formatChanged = this.key !== undefined && this.key.slice(this.key.indexOf('\n') + 1) !== this.host.format;
    this.key = key;
    this.abort();
    this.remote = undefined;
    if (src) void this.fetch(src, this.host.format || undefined);
    else if (formatChanged) this.settleLight();
    else this.settle();
  }

  private abort(): void {
    this.request?.abort();
    this.request = undefined;
  }

  private async fetch(src: string, format: FormatName | undefined): Promise<void> {
    const request = new AbortController();
    this.request = request;
    this.status = 'loading';
    this.error = undefined;
    this.bump();
    let outcome: DataSourceResult | DataLoadError;
    /** The status, once the server has answered: a failure after it is a broken connection, not "no answer". */
    let answered: number | undefined;
    try {
      const response = await fetch(src, { signal: request.signal, headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.5' } });
      answered = response.status;
      if (!response.ok) {
        outcome = { kind: 'http', status: response.status, message: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, src, origin: 'src' };
      } else {
        const text = await response.text();
        const asJson = JSON_TYPE.test(response.headers.get('content-type') ?? '') || /\.json(?:$|[?#])/i.test(src);
        outcome = await readText(text, format, asJson, 'src');
        if (isError(outcome)) outcome.src = src;
      }
    } catch (error) {
      if (request.signal.aborted) return;
      const detail = error instanceof Error ? error.message : 'unknown error';
      outcome =
        answered === undefined
          ? { kind: 'network', message: `network error or blocked by CORS (${detail})`, src, origin: 'src' }
          : { kind: 'interrupted', status: answered, message: `the connection broke while the data was arriving (HTTP ${answered}; ${detail})`, src, origin: 'src' };
    }
    if (request.signal.aborted) return;
    this.request = undefined;
    this.remote = outcome;
    this.settle();
    if (isError(outcome)) this.options.onError(outcome);
    else this.options.onLoad(outcome, src);
  }

  /** What the light DOM says, as read: an inline script's text, or the `<tl-event>` children's rows. */
  private snapshot: LightSnapshot = {};
  /** `snapshot` read in `format` (made on demand: the format may change without the children changing). */
  private lightFormat: FormatName | undefined;

  /**
   * Reads the inline script or the `<tl-event>` children (DOM); tells the host when they are in force and changed.
   * Reads the `<tl-era>` and `<tl-marker>` children too, which always apply.
   */
  private readLight(): void {
    this.readContext();
    const next = snapshotOf(this.host);
    if (JSON.stringify(next) === JSON.stringify(this.snapshot)) return;
    this.snapshot = next;
    this.light = undefined;
    this.lightPending = undefined;
    if (this.host.src && !this.options.overridden()) return;
    this.settleLight();
  }

  /** Re-reads `childEras` and `childMarkers`, keeping each array (and telling the host nothing) while it is unchanged. */
  private readContext(): void {
    const eras = childrenOf(this.host, 'tl-era', readEraElement);
    const markers = childrenOf(this.host, 'tl-marker', readMarkerElement);
    const erasChanged = JSON.stringify(eras) !== JSON.stringify(this.childEras);
    const markersChanged = JSON.stringify(markers) !== JSON.stringify(this.childMarkers);
    if (erasChanged) this.childEras = eras;
    if (markersChanged) this.childMarkers = markers;
    if (erasChanged || markersChanged) this.bump();
  }

  /** The light DOM's data being read in another format (the adapters are loading). */
  private lightPending: Promise<Read> | undefined;

  /** The light DOM's data in the format in force; `undefined` while it is being read (or there is none). */
  private lightResult(): Read | undefined {
    const format = this.host.format || undefined;
    if (this.lightFormat !== format || (this.light === undefined && !this.lightPending)) {
      this.lightFormat = format;
      const read = interpret(this.snapshot, format);
      this.light = read instanceof Promise ? undefined : read;
      this.lightPending = read instanceof Promise ? read : undefined;
      if (read instanceof Promise) {
        const snapshot = this.snapshot;
        void read.then((result) => {
          if (this.lightPending !== read || this.snapshot !== snapshot) return;
          this.lightPending = undefined;
          this.light = result;
          this.settleLight();
        });
      }
    }
    return this.light;
  }

  /** Puts the light DOM's data in force, and reports it when it cannot be read. */
  private settleLight(): void {
    this.settle();
    const light = this.lightResult();
    if (light && isError(light) && !this.options.overridden()) this.options.onError(light);
  }

  /** Picks the source in force and tells the host. */
  private settle(): void {
    const remote = this.host.src && !this.options.overridden();
    const active = remote ? this.remote : this.lightResult();
    if (this.status === 'loading' && this.request) return;
    this.result = active && !isError(active) ? active : undefined;
    this.error = active && isError(active) ? active : undefined;
    this.status = this.error ? 'error' : this.result ? 'loaded' : !remote && this.lightPending ? 'loading' : 'idle';
    this.bump();
  }

  private bump(): void {
    this.version++;
    this.host.requestUpdate();
  }
}
