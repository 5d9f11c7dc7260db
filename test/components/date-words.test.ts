import { expect, fixture, html } from '@open-wc/testing';
import { messagesNow } from '../../src/components/timeline/messages.js';
import { $, mount, until } from './helpers.js';

// Nothing in this file loads a language before its element asks: the dates must follow the words when they come.
describe('date words in the element', () => {
  it('a lang="fr" timeline’s card shows the French date line of an approximate month', async () => {
    const el = await mount([{ id: 'a', start: '2025-03~', title: 'Ouverture' }, { id: 'b', start: '2026', title: 'Clôture' }], { lang: 'fr' });
    // French loads on demand (nothing in this file has asked for it yet): the dates follow the words when they come.
    await until(() => $(el, 'button.fit')?.textContent === 'Tout afficher', 'the French words');
    el.select('a');
    await el.updateComplete;
    const when = $(el, '[part="detail"] .when')!.textContent!;
    expect(when).to.contain('vers mars 2025');
    expect(when).to.contain('connu au mois près, approximatif');
    expect(when).not.to.contain('c. March');
    // The listbox's names were first written before French arrived; they are written again.
    const names = [...el.shadowRoot!.querySelectorAll('[role="option"]')].map((o) => o.getAttribute('aria-label') ?? o.textContent ?? '');
    expect(names.some((n) => n.includes('vers mars 2025')), names.join(' | ')).to.equal(true);
  });

  it('a <tl-list> beside a timeline switched to lang="it" writes its dates in Italian once Italian arrives', async () => {
    const box = await fixture<HTMLElement>(
      html`<div><tl-timeline id="it-tl" lang="en" style="width: 800px" .events=${[{ id: 'a', start: '2025-03~', title: 'Apertura' }, { id: 'b', start: '2012/..', title: 'Cantiere' }]}></tl-timeline><tl-list for="it-tl"></tl-list></div>`,
    );
    await customElements.whenDefined('tl-list');
    const list = box.querySelector('tl-list')!;
    const cells = () => [...(list.shadowRoot?.querySelectorAll('tbody tr[part="row"] td:first-child') ?? [])].map((td) => td.textContent ?? '').join(' | ');
    await until(() => cells().includes('c. March 2025'), 'the list in English');
    // Italian loads on demand: the list redraws at once (still English) and must be told again when Italian comes.
    expect(messagesNow('it')).to.equal(undefined);
    box.querySelector('tl-timeline')!.lang = 'it';
    await until(() => cells().includes('circa marzo 2025'), 'Italian dates in the list');
    expect(cells()).to.contain('dal 2012');
    expect(cells()).not.to.contain('since');
  });
});
