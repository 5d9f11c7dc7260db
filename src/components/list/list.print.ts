// Printing: every `<tl-list>` draws its rows unvirtualized (up to PRINT_ROWS) between `beforeprint` and `afterprint`.
// One pair of window listeners, added when this module loads — before any print — so a list the page creates while
// `beforeprint` is being dispatched (the timeline's print-only list) still learns that a print is under way.

/** Most rows a printed list draws (year headings included); a line after them says how many events are left out. */
export const PRINT_ROWS = 2000;

interface Printable {
  requestUpdate(): void;
}

const lists = new Set<Printable>();
let active = false;

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => {
    active = true;
    lists.forEach((l) => l.requestUpdate());
  });
  window.addEventListener('afterprint', () => {
    active = false;
    lists.forEach((l) => l.requestUpdate());
  });
}

/** Whether a print is being prepared or made now. */
export function printing(): boolean {
  return active;
}

/** A connected list follows prints; `unwatch` when it leaves the page. */
export function watchPrint(list: Printable): void {
  lists.add(list);
}

export function unwatchPrint(list: Printable): void {
  lists.delete(list);
}
