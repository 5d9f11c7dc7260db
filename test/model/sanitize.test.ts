import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { safeUrl, sanitizeHtml, stripTags } from '../../src/model/sanitize.js';
import { fromTimelineJS } from '../../src/formats/index.js';
import { fixtureJson } from '../formats/fixtures.js';

type Flagged = Window & { __pwned?: unknown; __control?: unknown };
const flags = window as Flagged;

/** Lets pending error/load events fire and animations start. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

const PAYLOADS: Record<string, string> = {
  'img onerror': '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=1</script>',
  'javascript: link': '<a href="javascript:window.__pwned=1">click</a>',
  'entity-encoded javascript: link': '<a href="&#106;avascript&colon;window.__pwned=1">click</a>',
  'tab-split javascript: link': '<a href="java\tscript:window.__pwned=1">click</a>',
  'vbscript: and data: links': '<a href="vbscript:msgbox(1)">v</a><a href="data:text/html,<script>parent.__pwned=1</script>">d</a>',
  'svg onload': '<svg onload="window.__pwned=1"><circle r="5"></circle></svg>',
  'svg script': '<svg><script>window.__pwned=1</script></svg>',
  'svg animate href': '<svg><a><animate attributeName="href" values="javascript:window.__pwned=1"/><text y="20">x</text></a></svg>',
  'math mXSS': '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1">',
  'style attribute': '<p style="background:url(javascript:window.__pwned=1)">styled</p>',
  'style element': '<style>@import "javascript:window.__pwned=1"; p { background: url(x) }</style><p>text</p>',
  'animation event': '<style>@keyframes k{}</style><p style="animation:k 1ms" onanimationstart="window.__pwned=1">a</p>',
  iframe: '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  'object/embed': '<object data="javascript:window.__pwned=1"></object><embed src="javascript:window.__pwned=1">',
  'form action': '<form action="javascript:window.__pwned=1"><button>go</button></form>',
  'details ontoggle': '<details open ontoggle="window.__pwned=1"><summary>s</summary></details>',
  'input autofocus': '<input autofocus onfocus="window.__pwned=1">',
  'meta refresh': '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
  'base href': '<base href="javascript:window.__pwned=1//"><a href="x">rel</a>',
  'noscript mXSS': '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
  'template': '<template><img src=x onerror="window.__pwned=1"></template>',
  'comment break-out': '<!--><img src=x onerror="window.__pwned=1">-->',
  'unclosed attribute': '<a href="https://example.org" title="x><img src=x onerror=window.__pwned=1>">t</a>',
};

describe('sanitizeHtml', () => {
  let host: HTMLElement;
  beforeEach(() => {
    delete flags.__pwned;
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it('the harness notices payloads that run (controls: unsanitized img onerror, clicked javascript: link)', async () => {
    host.innerHTML = '<img src=x onerror="window.__control=1">';
    await settle();
    expect(flags.__control).to.equal(1);
    host.innerHTML = '<a href="javascript:window.__control=2">x</a>';
    host.querySelector('a')?.click();
    await settle();
    expect(flags.__control).to.equal(2);
    delete flags.__control;
  });

  for (const [name, payload] of Object.entries(PAYLOADS)) {
    it(`leaves nothing executable in: ${name}`, async () => {
      const clean = sanitizeHtml(payload);
      host.innerHTML = clean;
      // Follow every link that would not leave the page: a surviving `javascript:` href would run here.
      for (const link of host.querySelectorAll('a')) if (!/^(?:https?|mailto):/.test(link.href)) link.click();
      await settle();
      expect(flags.__pwned, clean).to.equal(undefined);
      // Judged on the DOM the browser built, not the string: `title="&lt;img onerror…"` is harmless text.
      for (const element of host.querySelectorAll('*')) {
        expect(['P', 'BR', 'B', 'STRONG', 'I', 'EM', 'A', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'SPAN', 'SMALL', 'CODE']).to.include(element.tagName);
        for (const attr of element.attributes) expect(['href', 'title', 'lang', 'dir', 'target', 'rel']).to.include(attr.name);
        const href = element.getAttribute('href');
        if (href !== null) expect(new URL(href, location.href).protocol).to.be.oneOf(['http:', 'https:', 'mailto:']);
      }
    });
  }

  it('keeps the allow-listed markup and text', () => {
    const html = '<p>A <b>b</b> <strong>s</strong> <i>i</i> <em>e</em> <small>m</small> <code>c</code> <span lang="de">d</span><br></p>'
      + '<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>q</blockquote>';
    expect(sanitizeHtml(html)).to.equal(html);
  });

  it('unwraps elements outside the allow-list but keeps their text', () => {
    expect(sanitizeHtml('<h1>Title</h1><div class="x" id="y">body</div>')).to.equal('Titlebody');
  });

  it('opens links in a new tab without an opener or referrer', () => {
    expect(sanitizeHtml('<a href="https://example.org/" target="_self" rel="opener">x</a>')).to.equal(
      '<a href="https://example.org/" target="_blank" rel="noopener noreferrer">x</a>',
    );
    expect(sanitizeHtml('<a href="mailto:a@example.org">m</a>')).to.contain('rel="noopener noreferrer"');
  });

  it('drops unsafe hrefs but keeps the link text', () => {
    expect(sanitizeHtml('<a href="javascript:alert(1)">x</a>')).to.equal('<a target="_blank" rel="noopener noreferrer">x</a>');
    expect(sanitizeHtml('<a href="ftp://example.org/f">f</a>')).not.to.contain('href');
  });

  it('keeps relative links', () => {
    expect(sanitizeHtml('<a href="/about#team">t</a>')).to.contain('href="/about#team"');
  });

  it('leaves the host page\u2019s global DOMPurify without our hook or config', () => {
    expect(DOMPurify.sanitize('<a href="https://example.org/">x</a>')).to.equal('<a href="https://example.org/">x</a>');
    expect(DOMPurify.sanitize('<h1>kept</h1>')).to.equal('<h1>kept</h1>');
  });

  it('makes the TimelineJS fixture payloads harmless end to end', async () => {
    const xss = fromTimelineJS(await fixtureJson('timelinejs.json')).find((event) => event.id === 'xss');
    host.innerHTML = sanitizeHtml(String(xss?.summaryHtml));
    host.querySelector('a')?.click();
    await settle();
    expect(flags.__pwned).to.equal(undefined);
    expect(host.innerHTML).to.equal('<p>Image: </p><p><a target="_blank" rel="noopener noreferrer">click me</a></p>');
  });

  it('reads null as empty', () => {
    expect(sanitizeHtml(null as unknown as string)).to.equal('');
  });
});

describe('safeUrl (from sanitize)', () => {
  it('keeps http(s), mailto and relative URLs and drops the rest', () => {
    expect(safeUrl('https://example.org/')).to.equal('https://example.org/');
    expect(safeUrl('mailto:a@example.org')).to.equal('mailto:a@example.org');
    expect(safeUrl('../up')).to.equal('../up');
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl('data:text/html;base64,PHNjcmlwdD4=')).to.equal(undefined);
    expect(safeUrl('vbscript:x')).to.equal(undefined);
    expect(safeUrl(' \u0001javascript:alert(1)')).to.equal(undefined);
  });
});

describe('stripTags (from sanitize)', () => {
  it('gives plain text without running anything', async () => {
    expect(stripTags('<p>a <img src=x onerror="window.__pwned=1">b</p>')).to.equal('a b');
    await settle();
    expect(flags.__pwned).to.equal(undefined);
  });
});
