/**
 * The timeline's list view: the list of its events (`<tl-list>`, loaded on first use) in the plot's place. With
 * `list-first`, a narrow container opens on it once, when the data first arrives; after that only the reader's
 * toggle (or the page's `show-list`) decides. (Not the default yet: the list's fixed one-line rows cut titles on a
 * phone as much as the plot does — it needs a narrow layout first.)
 */
import { loadList } from '../list-loader.js';

/** Narrower than this (px), the element opens on its list. */
const NARROW_PX = 480;

export class ListView {
  private chosen = false;

  /** Whether the list is shown, from the element's `show-list`, its width and whether it has events (no DOM). */
  shown(showList: boolean, width: number, hasEvents: boolean, listFirst: boolean): boolean {
    if (width > 0 && hasEvents && !this.chosen) {
      this.chosen = true;
      if (width < NARROW_PX && listFirst) showList = true;
    }
    if (showList) void loadList();
    return showList;
  }

  /** The reader chose: the list, or the timeline, from now on. */
  choose(): void {
    this.chosen = true;
  }
}
