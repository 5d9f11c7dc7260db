import { expect, fixture, html } from '@open-wc/testing';
import { messagesNow } from '../../src/components/timeline/messages.js';
import { $, mount, until } from './helpers.js';

// Nothing in this file loads a language before its element asks: dates and companions must follow the words when
// they come.
describe('the timeline and its companions in the element’s language', () => {
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

  it('a <tl-overview> in a lang="ja" timeline names its strip and handles in Japanese once Japanese arrives', async () => {
    expect(messagesNow('ja')).to.equal(undefined);
    const el = await fixture<HTMLElement>(html`<tl-timeline style="width: 1000px" lang="ja" .events=${[{ id: 'a', start: '2012', title: '設立' }, { id: 'b', start: '2020', title: '公開' }]}><tl-overview></tl-overview></tl-timeline>`);
    await customElements.whenDefined('tl-overview');
    const ov = el.querySelector('tl-overview')!;
    const labels = () => [...(ov.shadowRoot?.querySelectorAll('[role="slider"]') ?? [])].map((s) => s.getAttribute('aria-label'));
    await until(() => labels()[0] === '表示範囲の始まり', `Japanese handles, got ${labels().join(' | ')}`);
    expect(labels()).to.deep.equal(['表示範囲の始まり', '表示範囲の終わり']);
    const named = ov.shadowRoot!.querySelector('[aria-label^="概要"]');
    expect(named !== null, 'the strip is named 概要').to.equal(true);
  });

  it('a <tl-list> beside a lang="pl" timeline heads its columns and buttons in Polish', async () => {
    expect(messagesNow('pl')).to.equal(undefined);
    const box = await fixture<HTMLElement>(
      html`<div><tl-timeline id="pl-tl" lang="pl" style="width: 800px" .events=${[{ id: 'a', start: '2025-03~', title: 'Otwarcie' }]}></tl-timeline><tl-list for="pl-tl"></tl-list></div>`,
    );
    await customElements.whenDefined('tl-list');
    const list = box.querySelector('tl-list')!;
    const heads = () => [...(list.shadowRoot?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent);
    await until(() => heads()[0] === 'Data', `Polish column heads, got ${heads().join(' | ')}`);
    expect(heads()).to.deep.equal(['Data', 'Wydarzenie', 'Grupa', 'Kategoria', 'Źródło']);
    expect(list.shadowRoot!.querySelector('button[part="show"]')!.textContent).to.equal('Pokaż');
    expect(list.shadowRoot!.querySelector('table')!.getAttribute('aria-label')).to.equal('Wydarzenia');
    expect(list.shadowRoot!.querySelector('tbody td')!.textContent).to.contain('ok. marca 2025');
  });
});

