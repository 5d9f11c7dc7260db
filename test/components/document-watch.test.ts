// Every timeline follows the page's `lang` and `dir` attributes through one shared MutationObserver on the document,
// not two of its own: a page with many timelines pays for one.
import { expect, fixture, html } from '@open-wc/testing';
import type { TlTimeline } from '../../src/index.js';
import '../../src/define.js';
import { until } from './helpers.js';

const EVENTS = [{ id: 'a', start: '2020-03', title: 'A', group: 'G' }];

describe('the page\'s lang and dir, watched once', () => {
  it('five timelines add one observer of the document; each still follows a lang and a dir set on the page', async () => {
    const observe = MutationObserver.prototype.observe;
    let onDocument = 0;
    MutationObserver.prototype.observe = function (target: Node, options?: MutationObserverInit) {
      if (target === document.documentElement && options?.attributeFilter?.some((a) => a === 'lang' || a === 'dir')) onDocument++;
      return observe.call(this, target, options);
    };
    let wrap: HTMLElement;
    try {
      wrap = await fixture(html`<div>${[1, 2, 3, 4, 5].map(() => html`<tl-timeline style="width: 600px" .events=${EVENTS}></tl-timeline>`)}</div>`);
    } finally {
      MutationObserver.prototype.observe = observe;
    }
    expect(onDocument, 'observers of the document').to.be.at.most(1);
    const els = [...wrap.querySelectorAll<TlTimeline>('tl-timeline')];
    const plotName = (el: TlTimeline) => el.shadowRoot!.querySelector('[part="plot"]')!.getAttribute('aria-label') ?? '';
    const [lang, dir] = [document.documentElement.lang, document.documentElement.getAttribute('dir')];
    try {
      document.documentElement.lang = 'de';
      await until(() => els.every((el) => plotName(el).startsWith('Zeitleiste')), 'every timeline in German');
      document.documentElement.setAttribute('dir', 'rtl');
      await until(() => els.every((el) => el.shadowRoot!.querySelector('.base')!.getAttribute('dir') === 'rtl'), 'every timeline right to left');
    } finally {
      document.documentElement.lang = lang;
      if (dir === null) document.documentElement.removeAttribute('dir');
      else document.documentElement.setAttribute('dir', dir);
    }
    await until(() => els.every((el) => el.shadowRoot!.querySelector('.base')!.getAttribute('dir') === 'ltr'), 'back to left to right');
    wrap.remove();
  });
});
