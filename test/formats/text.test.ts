import { expect } from '@open-wc/testing';
import { hasMarkup, safeUrl, stripTags } from '../../src/formats/index.js';
import { stripTagsWithoutDom } from '../../src/formats/text.js';

const cases: [string, string][] = [
  ['<p>One</p><p>Two &amp; three</p>', 'One\nTwo & three'],
  ['a<br>b', 'a\nb'],
  ['<b>bold</b>   and\t<i>italic</i>', 'bold and italic'],
  ['<script>window.__pwned=1</script>safe', 'safe'],
  ['<style>p{}</style>x', 'x'],
  ['&lt;not a tag&gt; &#39;q&#x27; &nbsp;', "<not a tag> 'q'"],
  ['<!-- hidden -->shown', 'shown'],
  ['plain', 'plain'],
];

describe('stripTags', () => {
  for (const [html, text] of cases) {
    it(`reads ${JSON.stringify(html)} as ${JSON.stringify(text)}`, () => {
      expect(stripTags(html)).to.equal(text);
    });
    it(`reads ${JSON.stringify(html)} the same without a DOM`, () => {
      expect(stripTagsWithoutDom(html)).to.equal(text);
    });
  }

  it('runs nothing while reading', async () => {
    stripTags('<img src=x onerror="window.__pwned=1"><svg onload="window.__pwned=1"></svg>');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('reports no CSP violation for event-handler attributes, and keeps text that merely looks like one', async () => {
    const violations: string[] = [];
    const listen = (e: SecurityPolicyViolationEvent) => violations.push(e.violatedDirective);
    document.addEventListener('securitypolicyviolation', listen);
    const meta = Object.assign(document.createElement('meta'), { httpEquiv: 'Content-Security-Policy', content: "script-src 'self' 'unsafe-eval'" });
    document.head.append(meta);
    try {
      expect(stripTags('<img src=x onerror="alert(1)">Shop online = cheap <b onclick=\'x()\'>now</b>')).to.equal('Shop online = cheap now');
      await new Promise((r) => setTimeout(r, 50));
      expect(violations).to.deep.equal([]);
    } finally {
      meta.remove();
      document.removeEventListener('securitypolicyviolation', listen);
    }
  });

  it('reads null and undefined as empty', () => {
    expect(stripTags(null)).to.equal('');
    expect(stripTags(undefined)).to.equal('');
  });
});

describe('hasMarkup', () => {
  it('sees tags and entities, not a lone < or &', () => {
    expect(hasMarkup('<b>x</b>')).to.equal(true);
    expect(hasMarkup('a &amp; b')).to.equal(true);
    expect(hasMarkup('1 < 2 & 3 > 2')).to.equal(false);
  });
});

describe('safeUrl', () => {
  it('keeps http(s), mailto and relative URLs', () => {
    for (const url of ['https://example.org/a?b#c', 'HTTP://EXAMPLE.ORG', 'mailto:a@example.org', '/path', 'page.html', '#top', '?q=1', '//cdn.example.org/x']) {
      expect(safeUrl(url), url).to.equal(url);
    }
    expect(safeUrl('  https://example.org  ')).to.equal('https://example.org');
  });

  it('drops other schemes, however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
      '\u0000javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd',
      'javascript&colon;alert(1)',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('drops what is not a non-empty string', () => {
    for (const url of [undefined, null, 42, {}, '', '   ']) expect(safeUrl(url)).to.equal(undefined);
  });
});
