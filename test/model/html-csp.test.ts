// Hostile rich text parsed under a strict Content-Security-Policy: nothing may be reported to the page's policy
// (a site collecting report-uri reports would get one per hostile row), and nothing dangerous may survive.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { quietHtml } from '../../src/model/html.js';
import { stripTags } from '../../src/formats/text.js';
import { sanitizeHtml } from '../../src/model/sanitize.js';
import { probeUnderCsp } from '../csp-frame.js';

describe('quietHtml', () => {
  it('writes every tag anew, with only the attributes asked for', () => {
    expect(quietHtml('<img/src/onerror=alert(1)>a')).to.equal('<img>a');
    expect(quietHtml('<a href="x" onclick=y title=\'t"\'>l</a>', new Set(['href', 'title']))).to.equal('<a href="x" title="t&quot;">l</a>');
    expect(quietHtml('<style>p{}</style><script>x</script>')).to.equal('<tl-skip>p{}</tl-skip><tl-skip>x</tl-skip>');
    expect(quietHtml('a < b <!-- c --> d <!doctype x> e')).to.equal('a &lt; b  d  e');
    expect(quietHtml('<img src=x onerror=alert(1)')).to.equal('');
    expect(quietHtml('plain & simple')).to.equal('plain & simple');
  });

  it('leaves no attribute but the kept ones and no element a policy watches, whatever the input (property)', () => {
    const keep = new Set(['href', 'title']);
    const pieces = fc.constantFrom('<', '>', '/', '=', '"', "'", ' ', '\t', 'a', 'img', 'style', 'script', 'on', 'onerror', 'href', 'x', '!--', '-->', '!', '?', 'svg', 'p', '&', 'amp;', '\n');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const doc = new DOMParser().parseFromString(quietHtml(parts.join(''), keep), 'text/html');
        for (const el of doc.body.querySelectorAll('*')) {
          expect(['style', 'script', 'link', 'meta'].includes(el.localName), el.localName).to.equal(false);
          for (const attribute of el.getAttributeNames()) expect(keep.has(attribute), `${el.localName}[${attribute}]`).to.equal(true);
        }
      }),
      { numRuns: 3000, seed: 5 },
    );
  });
});

describe('hostile rich text under a strict CSP', () => {
  it('causes no violation report when stripped or sanitized (while a plain DOMParser does)', async () => {
    const { failed, control, stripped, sanitized, texts, html } = await probeUnderCsp<{
      failed?: string;
      control: string[];
      stripped: string[];
      sanitized: string[];
      texts: string[];
      html: string[];
    }>('/test/model/html-csp-probe.ts', 'htmlProbe', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'");
    expect(failed, 'probe failure').to.equal(undefined);
    expect(control.length, 'the control parse is reported (else this test proves nothing)').to.be.greaterThan(10);
    expect(stripped).to.deep.equal([]);
    expect(sanitized).to.deep.equal([]);
    // What readers see survives; nothing that runs or restyles does.
    expect(texts).to.include.members(['text', 'styled', 'after style', 'after script', 'ok link', 'cell', 'named']);
    for (const h of html) expect(h).not.to.match(/\son\w+\s*=|style=|javascript:|<(script|style|img|svg|iframe|object|embed)\b|\s(id|name)=/i);
    expect(html).to.include('<a href="https://example.org/" target="_blank" rel="noopener noreferrer">ok link</a>');
  });

  it('drops id and name from rich text, so it cannot collide with the element’s own ids', () => {
    expect(sanitizeHtml('<p id="detail-title" name="n">x</p><a name="a" id="e-0" href="/y">y</a>')).to.equal('<p>x</p><a href="/y" target="_blank" rel="noopener noreferrer">y</a>');
    expect(stripTags('<p id="x">named</p>')).to.equal('named');
  });
});
