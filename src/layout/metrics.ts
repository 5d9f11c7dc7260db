/**
 * The plot's geometry in CSS px, in one place: the scene, the hit test, the drawing and the option boxes read it
 * from here instead of spelling it out each (`rowHeight - 6`, `y + 3`, `±8`).
 */

/** Height of a row of events. */
export const ROW_HEIGHT = 24;
/** Space above a lane's rows for its name. */
export const LANE_HEADER = 16;
/** Space above and below a lane's rows. */
export const LANE_PADDING = 3;
/** Gap between a shape and its row's top and bottom edges. */
export const ROW_INSET = 3;
/** Events starting closer than this in a row merge into a cluster. */
export const CLUSTER_PX = 34;
/** An event narrower than this is drawn as a marker (a dot). */
export const MARKER_PX = 10;
/** Smallest side of a pointer target (WCAG 2.5.8): a finger needs 24 px. */
export const MIN_TARGET_PX = 24;
/** How far a shape may reach past the plot's left and right edges (its rounded ends stay off screen). */
export const EDGE_OVERHANG = 8;
/** Up to this many items in view, each is a DOM option over the drawing; above it, only the focused one is. */
export const MAX_OPTIONS = 60;

/** A rectangle in px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Height of a shape in a row. */
export const shapeHeight = (rowHeight: number): number => rowHeight - 2 * ROW_INSET;

/** `x` held within the plot and its overhang. */
export const clampX = (x: number, width: number): number => Math.max(-EDGE_OVERHANG, Math.min(width + EDGE_OVERHANG, x));

/** Height of a row of the strip of eras and markers above the plot. */
export const CONTEXT_ROW = 20;
