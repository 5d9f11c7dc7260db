/**
 * The line under the header ("Showing 2009–2027: 25 of 26 events in 5 lanes"), which the plot names as its
 * description (`aria-describedby`). Derived in `willUpdate` from the model alone; worked out again only when the
 * window, the lanes or the words change. It is not a live region: it follows every frame of a zoom silently, and
 * the announcer says the view once the zoom rests (`view`, below).
 */
import { formatSpan } from '../../model/text.js';
import { windowCounter } from '../../layout/count.js';
import type { LaneLayout } from '../../layout/lanes.js';
import type { TimelineModel } from '../../state/timeline-model.js';
import type { Messages } from './messages.js';

export class Summary {
  private inputs: readonly unknown[] = [];
  private counted: LaneLayout | undefined;
  private counter: (t0: number, t1: number) => number = () => 0;
  /** The summary of what the plot shows ('' without events), as of the last `derive`. */
  line = '';

  /** Works the summary out for this update, from the model alone. */
  derive(t: Messages, model: TimelineModel): string {
    const [a, b] = model.window;
    const inputs = [t, model.layout, model.lang, model.zone, a, b];
    if (inputs.every((v, i) => v === this.inputs[i])) return this.line;
    this.inputs = inputs;
    const total = model.shownEvents.length;
    // The whole span in view (the opening view, "show all"): every event is in it — no counter to build for that.
    const [f0, f1] = model.limits.fit;
    const n = a <= f0 && b >= f1 ? total : this.count(model.layout, a, b);
    this.line = total ? t.summary(formatSpan(a, b, model.lang, model.zone), n, total, model.layout.lanes.length) : '';
    return this.line;
  }

  /** What the announcer says once a zoom rests: the window and the events reaching into it. */
  view(t: Messages, model: TimelineModel): string {
    const [a, b] = model.window;
    return t.view(formatSpan(a, b, model.lang, model.zone), this.count(model.layout, a, b));
  }

  /** Events of `layout` reaching into `[a, b]`; the sorted arrays are built once per layout. */
  private count(layout: LaneLayout, a: number, b: number): number {
    if (this.counted !== layout) [this.counted, this.counter] = [layout, windowCounter(layout)];
    return this.counter(a, b);
  }
}
