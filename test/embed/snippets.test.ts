// The embed page's URL parameters and the builder's code snippets: pure functions, plain values.
import { expect } from '@open-wc/testing';
import { followsFrame, readEmbedParams, writeEmbedParams } from '../../src/embed/params.js';
import { iframeCode, scriptCode } from '../../src/embed/snippets.js';

const places = {
  embed: 'https://cdn.example/tl/dist/embed.html',
  bundle: 'https://cdn.example/tl/dist/timeline-elements.bundle.js',
  resize: 'https://cdn.example/tl/dist/embed-resize.js',
};

describe('embed parameters', () => {
  it('reads every parameter, trimmed; empty ones and unknown themes count as absent', () => {
    const query = '?src=%20/d.json%20&format=timelinejs&lang=de&theme=sepia&label=&height=600px&start=2012&end=2020&event=i3&story&id=one&plain-wheel=1';
    expect(readEmbedParams(query)).to.deep.equal({
      src: '/d.json', format: 'timelinejs', lang: 'de', height: '600px', start: '2012', end: '2020', event: 'i3', id: 'one', story: true, plainWheel: true,
    });
  });

  it('reads story=0, false, no and off as off', () => {
    for (const value of ['0', 'false', 'no', 'OFF']) expect(readEmbedParams(`story=${value}`).story).to.equal(undefined);
    expect(readEmbedParams('story=yes').story).to.equal(true);
  });

  it('writes in a fixed order, without defaults, and reads back what it wrote', () => {
    const settings = { story: true, theme: 'auto', lang: 'auto', src: 'https://example.org/a b.json', height: '480px', label: 'Ours & theirs' } as const;
    const written = writeEmbedParams(settings).toString();
    expect(written).to.equal('src=https%3A%2F%2Fexample.org%2Fa+b.json&lang=auto&label=Ours+%26+theirs&height=480px&story=1');
    expect(readEmbedParams(written)).to.deep.equal({ src: 'https://example.org/a b.json', lang: 'auto', label: 'Ours & theirs', height: '480px', story: true });
  });

  it('reads and writes language, direction, time zone, search and filter mode, in their place in the order', () => {
    const settings = {
      src: '/d.json', lang: 'he', direction: 'rtl', timeZone: 'Europe/Berlin', theme: 'dark', q: 'München & Köln', filterMode: 'hide', event: 'i3',
    } as const;
    const written = writeEmbedParams(settings).toString();
    expect(written).to.equal('src=%2Fd.json&lang=he&direction=rtl&time-zone=Europe%2FBerlin&theme=dark&q=M%C3%BCnchen+%26+K%C3%B6ln&filter-mode=hide&event=i3');
    expect(readEmbedParams(written)).to.deep.equal(settings);
  });

  it('leaves out direction=auto and filter-mode=dim (the element’s defaults), and keeps lang=auto (the page’s is English)', () => {
    expect(writeEmbedParams({ lang: 'auto', direction: 'auto', filterMode: 'dim', timeZone: ' ', q: '' }).toString()).to.equal('lang=auto');
    expect(readEmbedParams('direction=auto&filter-mode=dim')).to.deep.equal({ direction: 'auto', filterMode: 'dim' });
  });

  it('takes any well-formed language tag, and the time zone and search as given', () => {
    for (const lang of ['uk', 'pt-BR', 'zh-Hant-TW', 'ar-EG', 'auto']) expect(readEmbedParams(`lang=${lang}`).lang, lang).to.equal(lang);
    expect(readEmbedParams('time-zone=local&q=%20Berlin%20Wall%20').timeZone).to.equal('local');
    expect(readEmbedParams('q=%20Berlin%20Wall%20').q).to.equal('Berlin Wall');
  });

  it('drops unknown directions and filter modes, and malformed language tags', () => {
    const query = 'lang=en_US!&direction=backwards&filter-mode=blur&theme=light';
    expect(readEmbedParams(query)).to.deep.equal({ theme: 'light' });
    for (const lang of ['x', 'de-', '<script>', 'english language']) expect(readEmbedParams(new URLSearchParams({ lang })).lang, lang).to.equal(undefined);
    expect(readEmbedParams('direction=RTL').direction, 'values are lower case, as the element’s are').to.equal(undefined);
  });

  it('tells heights that follow the frame from those that do not', () => {
    for (const h of ['100vh', '50%', 'calc(100dvh - 2em)', '80vmin', '30svh']) expect(followsFrame(h), h).to.equal(true);
    for (const h of [undefined, '', 'auto', '600px', '30em', '12rem']) expect(followsFrame(h), String(h)).to.equal(false);
  });
});

describe('snippets', () => {
  it('the iframe code points at embed.html with the settings, and loads the resize script', () => {
    const code = iframeCode({ src: 'https://example.org/e.json', lang: 'de', theme: 'dark', height: '480px', label: 'A "quoted" <title>' }, places);
    expect(code).to.equal(
      '<iframe src="https://cdn.example/tl/dist/embed.html?src=https%3A%2F%2Fexample.org%2Fe.json&amp;lang=de&amp;theme=dark&amp;label=A+%22quoted%22+%3Ctitle%3E&amp;height=480px" ' +
        'title="A &quot;quoted&quot; &lt;title&gt;" width="100%" height="480" style="border:0" loading="lazy"></iframe>\n' +
        '<script src="https://cdn.example/tl/dist/embed-resize.js" async></script>',
    );
  });

  it('the iframe code carries language, direction, time zone, search and filter mode', () => {
    const code = iframeCode({ src: 'https://example.org/e.json', lang: 'ar', direction: 'auto', timeZone: 'Asia/Jerusalem', q: 'حرب', filterMode: 'hide' }, places)!;
    const url = new URL(/src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&'));
    expect([...url.searchParams]).to.deep.equal([
      ['src', 'https://example.org/e.json'], ['lang', 'ar'], ['time-zone', 'Asia/Jerusalem'], ['q', 'حرب'], ['filter-mode', 'hide'],
    ]);
  });

  it('the script-tag code carries them as the element’s attributes, defaults left out', () => {
    const input = { src: 'https://example.org/e.json', lang: 'he', direction: 'ltr', timeZone: 'local', q: 'a "b" <c>', filterMode: 'dim' } as const;
    expect(scriptCode(input, places)!.split('\n')[1]).to.equal(
      '<tl-timeline src="https://example.org/e.json" lang="he" direction="ltr" time-zone="local" query="a &quot;b&quot; &lt;c&gt;"></tl-timeline>',
    );
    expect(scriptCode({ ...input, direction: 'auto', filterMode: 'hide' }, places)!.split('\n')[1]).to.equal(
      '<tl-timeline src="https://example.org/e.json" lang="he" time-zone="local" query="a &quot;b&quot; &lt;c&gt;" filter-mode="hide"></tl-timeline>',
    );
  });

  it('no iframe code without data at a URL', () => {
    expect(iframeCode({ inline: { text: '[]', json: true } }, places)).to.equal(undefined);
  });

  it('the script-tag code escapes attributes, and moves to the start view once the data is there', () => {
    const code = scriptCode({ src: 'https://example.org/e.json?a=1&b="2"', lang: 'auto', theme: 'light', story: true, view: [0, 1000], elementId: 'timeline-x' }, places)!;
    expect(code.split('\n').slice(0, 2)).to.deep.equal([
      '<script type="module" src="https://cdn.example/tl/dist/timeline-elements.bundle.js"></script>',
      '<tl-timeline id="timeline-x" src="https://example.org/e.json?a=1&amp;b=&quot;2&quot;" theme="light" story></tl-timeline>',
    ]);
    expect(code).to.contain("document.getElementById(\"timeline-x\")").and.to.contain('timeline.zoomTo(0, 1000)');
  });

  it('inline data cannot end its script element', () => {
    const json = scriptCode({ inline: { text: '[{"start":"2020","title":"</script><script>alert(1)</script>"}]', json: true } }, places)!;
    expect(json).not.to.match(/<\/script><script>alert/);
    expect(JSON.parse(json.split('\n').slice(3, -2).join('\n'))).to.deep.equal([{ start: '2020', title: '</script><script>alert(1)</script>' }]);
    const csv = scriptCode({ inline: { text: 'start,title\n2020,</SCRIPT><!-- x', json: false } }, places)!;
    expect(csv).to.contain('<script type="text/csv">').and.to.contain('2020,<\\/SCRIPT><\\!-- x');
    expect(csv.match(/<\/script>/gi)).to.have.length(2, 'the bundle’s and the data’s own');
  });
});
