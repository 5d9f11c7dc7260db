/** The events `<tl-timeline>` fires, their details, and how it fires them (bubbling, across shadow roots). */
import type { DataError, TimelineEventInput } from '../../model/types.js';
import type { FormatName } from '../../formats/detect.js';
import type { DataLoadError, DataOrigin } from '../../controllers/data-source-controller.js';

export type { VisibleItem } from '../../layout/visible.js';

export interface TlSelectDetail {
  /** The input row of the selected event. */
  event: TimelineEventInput;
}
export interface TlRangeChangeDetail {
  start: Date;
  end: Date;
  /** The same instants in ms since 1970 (also valid in deep time, where a Date is not). */
  startMs: number;
  endMs: number;
}
export interface TlDataErrorDetail {
  errors: DataError[];
}
export interface TlLoadDetail {
  /** `src`, `inline` (a `<script type="application/json">` child) or `children` (`<tl-event>`s). */
  origin: DataOrigin;
  /** The URL, for `src`. */
  src?: string;
  /** The format read. */
  format: FormatName | undefined;
  /** How many rows were read (before validation: invalid ones are reported by `tl-data-error`). */
  count: number;
}
export type TlErrorDetail = DataLoadError;

/** Fires `type` on `target`: bubbling, and composed, so it reaches listeners outside shadow roots. */
export function emit<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

/** A window as the `tl-range-change` detail (Dates are invalid in deep time: use `startMs`/`endMs` there). */
export function rangeDetail([a, b]: readonly [number, number]): TlRangeChangeDetail {
  const date = (t: number) => new Date(Math.abs(t) <= 8.64e15 ? t : NaN);
  return { start: date(a), end: date(b), startMs: a, endMs: b };
}
