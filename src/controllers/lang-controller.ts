import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { watchDocument } from './document-watch.js';

/**
 * The language a host inherits: the nearest `lang` attribute above it, else the document's, else the browser's.
 * Looked up when the host is connected and whenever a `lang` attribute in the document changes (a page switching
 * language), never while an update runs.
 */
export class LangController implements ReactiveController {
  /** The inherited language (the host's own `lang` property wins over it). */
  inherited = 'en';
  private unwatch: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.lookUp();
    this.unwatch ??= watchDocument(() => this.lookUp());
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  private lookUp(): void {
    const owner = this.host.parentElement?.closest('[lang]')?.getAttribute('lang');
    const lang = owner || document.documentElement.lang || navigator.language || 'en';
    if (lang === this.inherited) return;
    this.inherited = lang;
    this.host.requestUpdate();
  }
}
