/**
 * The element's interface words: English and German at once, the other languages loaded on demand (the words
 * switch from English when they arrive), and a page's own overrides (`messages`) laid over them.
 */
import type { ReactiveControllerHost } from 'lit';
import { loadMessages, MESSAGES, messagesNow, resolveLang, withOverrides, type MessageOverrides, type Messages } from './messages.js';

export class Words {
  private last: { base: Messages; overrides: MessageOverrides | undefined; words: Messages } | undefined;
  private asked = new Set<string>();

  /** `loaded` runs when a language's words arrive, before the host updates. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly loaded?: () => void,
  ) {}

  /** The words for `lang` with `overrides`: the same object while neither changes. */
  of(lang: string, overrides: MessageOverrides | undefined): Messages {
    const code = resolveLang(lang);
    let base = messagesNow(code);
    if (!base) {
      base = MESSAGES.en;
      if (!this.asked.has(code)) {
        this.asked.add(code);
        void loadMessages(code).then(() => {
          this.loaded?.();
          this.host.requestUpdate();
        });
      }
    }
    const last = this.last;
    if (last && last.base === base && last.overrides === overrides) return last.words;
    const words = overrides ? withOverrides(base, overrides) : base;
    this.last = { base, overrides, words };
    return words;
  }
}
