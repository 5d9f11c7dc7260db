import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The language a host inherits: the nearest `lang` attribute above it, else the document's, else the browser's.
 * Looked up when the host is connected and whenever a `lang` attribute in the document changes (a page switching
 * language), never while an update runs.
 */
export class LangController implements ReactiveController {
  /** The inherited language (the host's own `lang` property wins over it). */
  inherited = 'en';
  private observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.lookUp();
    this.observer ??= new MutationObserver(() => this.lookUp());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private lookUp(): void {
    const owner = this.host.parentElement?.closest('[lang]')?.getAttribute('lang');
    const lang = owner || document.documentElement.lang || navigator.language || 'en';
    if (lang === this.inherited) return;
    this.inherited = lang;
    this.host.requestUpdate();
  }
}
