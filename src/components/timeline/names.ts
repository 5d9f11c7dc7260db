/**
 * What events and clusters are called: the label drawn next to an event, and the names screen readers and the
 * tooltip say. Writing dates is the costly part of a frame, so every text is kept per event (or per cluster) until
 * the events, the language or the time zone change.
 */
import type { SceneCluster, SceneDensity, SceneEvent } from '../../layout/scene.js';
import { describeDates, formatEventDate, formatSpan, localize } from '../../model/text.js';
import type { LocalizedText, TimelineEvent } from '../../model/types.js';
import type { Messages } from './messages.js';
import type { TimeZone } from '../../model/zone.js';

export class Names {
  private labels = new Map<TimelineEvent, string>();
  private names = new Map<TimelineEvent, string>();
  private clusters = new Map<string, string>();
  private events: readonly TimelineEvent[] | undefined;
  private lang = '';
  private zone: TimeZone | undefined;
  private t!: Messages;

  /**
   * The events, the language and its words, and the time zone the texts are for; a change of any starts afresh (a
   * language's words, and with them its date words, arrive after its first frames). Returns whether it did.
   */
  use(events: readonly TimelineEvent[], lang: string, t: Messages, zone?: TimeZone): boolean {
    if (events === this.events && lang === this.lang && t === this.t && zone === this.zone) return false;
    this.t = t;
    this.events = events;
    this.lang = lang;
    this.zone = zone;
    this.labels.clear();
    this.names.clear();
    this.clusters.clear();
    return true;
  }

  /** A text (a title of an era or a marker) in the language in use. */
  readonly text = (title: LocalizedText): string => localize(title, this.lang);

  /** The label drawn next to an event: its title, ≈ before an approximate date, ? after an uncertain one. */
  readonly label = (e: TimelineEvent): string => {
    let label = this.labels.get(e);
    if (label === undefined) {
      const approx = e.start.approximate || e.end?.approximate;
      const unsure = e.start.uncertain || e.end?.uncertain;
      label = `${approx ? '≈ ' : ''}${localize(e.title, this.lang)}${unsure ? ' ?' : ''}`;
      this.labels.set(e, label);
    }
    return label;
  };

  /** An event's name: its lane, title, date, and what is known of both ends' dates. */
  readonly describe = (item: SceneEvent): string => this.describeEvent(item.event);

  readonly describeEvent = (e: TimelineEvent): string => {
    let name = this.names.get(e);
    if (name === undefined) {
      const precision = describeDates(e, this.lang);
      const group = e.group ? `${e.group}: ` : '';
      name = `${group}${localize(e.title, this.lang)}, ${formatEventDate(e, this.lang, this.zone)}${precision ? ` (${precision})` : ''}`;
      this.names.set(e, name);
    }
    return name;
  };

  /** A cluster's or density strip's name: its lane, how many events, their span, and the first titles. */
  describeCluster(item: SceneCluster | SceneDensity, group: string): string {
    const key = `${item.key}|${item.to - item.from}|${item.count}|${Math.floor(item.lo / 3_600_000)}|${Math.floor(item.hi / 3_600_000)}`;
    let name = this.clusters.get(key);
    if (name === undefined) {
      const titles: string[] = [];
      for (let i = item.from; i < Math.min(item.to, item.from + 3); i++) titles.push(localize(item.source.events[i]!.title, this.lang));
      name = this.t.cluster(group, item.count, formatSpan(item.lo, item.hi, this.lang, this.zone), titles);
      if (this.clusters.size > 5000) this.clusters.clear();
      this.clusters.set(key, name);
    }
    return name;
  }

  /** The name of a cluster's option: its name, and what Enter does there. */
  describeClusterOption(item: SceneCluster | SceneDensity, group: string): string {
    return `${this.describeCluster(item, group)}. ${this.t.clusterHint}`;
  }
}
