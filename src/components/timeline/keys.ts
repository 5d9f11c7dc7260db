/** What a key does on the plot: pure, so the element only carries it out. */
import type { FocusMove } from '../../layout/navigate.js';

export type KeyAction =
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' }
  | { kind: 'activate' }
  | { kind: 'close' }
  | { kind: 'move'; move: FocusMove };

/** How much `+` and `-` zoom. */
export const KEY_ZOOM = 2;

const MOVES: Record<string, FocusMove> = { ArrowRight: 'next', ArrowLeft: 'previous', ArrowDown: 'down', ArrowUp: 'up', Home: 'first', End: 'last' };
/** Right to left, the arrows follow the screen: → goes to the earlier event (Home and End keep first and last in time). */
const RTL_MOVES: Record<string, FocusMove> = { ...MOVES, ArrowRight: 'previous', ArrowLeft: 'next' };

/** The action of `key` on the plot (`rtl`: time runs right to left), or `undefined` for a key the plot leaves alone. */
export function keyAction(key: string, rtl = false): KeyAction | undefined {
  if (key === '+' || key === '=') return { kind: 'zoom', factor: KEY_ZOOM };
  if (key === '-' || key === '_') return { kind: 'zoom', factor: 1 / KEY_ZOOM };
  if (key === '0') return { kind: 'fit' };
  if (key === 'Enter' || key === ' ') return { kind: 'activate' };
  if (key === 'Escape') return { kind: 'close' };
  const move = (rtl ? RTL_MOVES : MOVES)[key];
  return move ? { kind: 'move', move } : undefined;
}
