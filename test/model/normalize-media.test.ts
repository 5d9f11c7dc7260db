import { expect } from '@open-wc/testing';
import { normalizeEvents } from '../../src/model/normalize.js';
import { readMediaList } from '../../src/model/media-basics.js';
import { isPlainColor } from '../../src/model/color.js';

const row = (more: Record<string, unknown>, id = 'a') => ({ id, start: '1969-07-20', title: 'Moon landing', ...more });

describe('media on events', () => {
  describe('readMediaList', () => {
    it('reads one item or a list into new plain items', () => {
      const one = { url: 'https://example.org/a.jpg', alt: 'A', caption: 'C', credit: 'NASA', thumbnail: 't.jpg', link: 'https://example.org', type: 'image', extra: 1 };
      const { media, problems } = readMediaList(one);
      expect(media).to.deep.equal([{ url: 'https://example.org/a.jpg', type: 'image', alt: 'A', caption: 'C', credit: 'NASA', thumbnail: 't.jpg', link: 'https://example.org' }]);
      expect(media[0]).not.to.equal(one);
      expect(problems).to.deep.equal([]);
      expect(readMediaList([{ url: 'https://youtu.be/dQw4w9WgXcQ' }, { url: '//example.org/a.mp3' }, { url: 'clip.webm' }, { url: '<blockquote>Quote</blockquote>' }]).media).to.have.length(4);
    });

    it('leaves out items without a usable url and says which, numbered from 1', () => {
      const { media, problems } = readMediaList([{ url: 'https://example.org/a', caption: 'fine' }, { caption: 'no url' }, { url: '  ' }, 'x', null, { url: 'javascript:alert(1)' }, { url: 'data:image/png;base64,AA' }, { url: 7 }]);
      expect(media.map((m) => m.caption)).to.deep.equal(['fine']);
      expect(problems).to.deep.equal([
        'media 2: url missing',
        'media 3: url missing',
        'media 4: not an object',
        'media 5: not an object',
        'media 6: url is not an http(s) address',
        'media 7: url is not an http(s) address',
        'media 8: url is not an http(s) address',
      ]);
    });

    it('drops fields that are not text and types it does not know, and says so', () => {
      const { media, problems } = readMediaList({ url: 'https://example.org/a', type: 'hologram', caption: 5, credit: { name: 'x' }, alt: '   ' });
      expect(media).to.deep.equal([{ url: 'https://example.org/a' }]);
      expect(problems).to.deep.equal(['media 1: unknown type (read from the url)', 'media 1: caption is not text', 'media 1: credit is not text']);
    });

    it('reports images without alt text, naming what is used instead', () => {
      expect(readMediaList([{ url: 'https://upload.wikimedia.org/a.jpg', caption: 'Aldrin' }, { url: 'https://example.org/b.png' }, { url: 'https://example.org/c.png', alt: 'C' }]).problems).to.deep.equal([
        'media 1: no alt text (the caption is used)',
        'media 2: no alt text (the title is used)',
      ]);
    });

    it('never throws, whatever getters and Proxies do', () => {
      const throwing = new Proxy({}, { get: () => { throw new Error('no'); } });
      const { proxy, revoke } = Proxy.revocable([], {});
      revoke();
      const getter = { get url(): string { throw new Error('no'); } };
      const list = [throwing, getter, { url: 'https://example.org/a', get caption(): string { throw new Error('no'); } }];
      const listProxy = new Proxy([{ url: 'https://example.org/b' }], { get: (t, k) => (k === '0' ? (() => { throw new Error('no'); })() : Reflect.get(t, k)) });
      for (const value of [throwing, proxy, getter, list, listProxy, Symbol('x'), 10n, () => 1]) {
        expect(() => readMediaList(value)).not.to.throw();
      }
      expect(readMediaList(list).media).to.deep.equal([{ url: 'https://example.org/a' }]);
      expect(readMediaList(proxy).problems).to.deep.equal(['media could not be read']);
    });

    it('reads at most 100 items', () => {
      const { media, problems } = readMediaList(Array.from({ length: 150 }, (_, i) => ({ url: `https://example.org/${i}`, type: 'link' })));
      expect(media).to.have.length(100);
      expect(problems).to.deep.equal(['media: only the first 100 items are read']);
    });
  });

  describe('normalizeEvents', () => {
    it('gives each event its media as a list, the row still shown', () => {
      const { events, errors } = normalizeEvents([row({ media: { url: 'https://youtu.be/dQw4w9WgXcQ', caption: 'Liftoff' } }), row({ media: [{ url: 'a.mp3' }, { url: 'b.mp4' }] }, 'b')]);
      expect(events.map((e) => e.media.map((m) => m.url))).to.deep.equal([['https://youtu.be/dQw4w9WgXcQ'], ['a.mp3', 'b.mp4']]);
      expect(errors).to.deep.equal([]);
    });

    it('reports media problems and missing alt text as warnings with index and id', () => {
      const { events, errors } = normalizeEvents([
        row({ title: 'Fine' }, 'ok'),
        row({ media: [{ url: 'https://example.org/a.jpg', caption: 'Aldrin' }, { caption: 'lost' }] }, 'm'),
        row({ media: { url: 'https://example.org/b.jpg' } }, 'n'),
        { id: 'bad', title: 'No date', media: { url: 'https://example.org/c.jpg' } },
      ]);
      expect(events.map((e) => e.id)).to.deep.equal(['ok', 'm', 'n']);
      expect(errors).to.deep.equal([
        { index: 1, id: 'm', reason: 'media 1: no alt text (the caption is used)', warning: true },
        { index: 1, id: 'm', reason: 'media 2: url missing', warning: true },
        { index: 2, id: 'n', reason: 'media 1: no alt text (the title is used)', warning: true },
        { index: 3, id: 'bad', reason: 'missing start date' },
      ]);
      expect(errors.filter((e) => !e.warning)).to.have.length(1);
    });

    it('never throws on hostile media, and shows the row', () => {
      const hostile = [
        { get media(): unknown { throw new Error('no'); } },
        { media: new Proxy({}, { get: () => { throw new Error('no'); }, ownKeys: () => { throw new Error('no'); } }) },
        { media: [new Proxy({ url: 'https://example.org' }, { get: () => { throw new Error('no'); } })] },
        { media: { url: { toString: () => 'https://example.org/a.jpg' } } },
        { media: Symbol('m') },
        { media: 'https://example.org/a.jpg' },
      ];
      const { events, errors } = normalizeEvents(hostile.map((h, i) => Object.defineProperties(row({}, `h${i}`), Object.getOwnPropertyDescriptors(h))));
      expect(events).to.have.length(hostile.length);
      expect(events.every((e) => e.media.length === 0)).to.equal(true);
      expect(errors.every((e) => e.warning)).to.equal(true);
      expect(errors.map((e) => [e.id, e.reason])).to.deep.equal([
        ['h0', 'media could not be read'],
        ['h1', 'media 1: url missing'],
        ['h2', 'media 1: url missing'],
        ['h3', 'media 1: url is not an http(s) address'],
        ['h4', 'media 1: not an object'],
        ['h5', 'media 1: not an object'],
      ]);
    });

    it('costs nothing for rows without media: they share one frozen empty list', () => {
      const { events } = normalizeEvents([row({}, 'a'), row({}, 'b'), row({ media: null }, 'c'), row({ media: [] }, 'd'), row({ media: [{ caption: 'x' }] }, 'e')]);
      const [a, ...rest] = events.map((e) => e.media);
      for (const media of rest) expect(media).to.equal(a);
      expect(Object.isFrozen(a)).to.equal(true);
    });
  });

  describe('displayDate and accent', () => {
    it('reads displayDate as text or a language map', () => {
      const { events, errors } = normalizeEvents([row({ displayDate: 'Summer 1969' }, 'a'), row({ displayDate: { en: 'Summer 1969', de: 'Sommer 1969' } }, 'b'), row({}, 'c')]);
      expect(events.map((e) => e.displayDate)).to.deep.equal(['Summer 1969', { en: 'Summer 1969', de: 'Sommer 1969' }, undefined]);
      expect(errors).to.deep.equal([]);
    });

    it('warns about a displayDate it cannot read and shows the computed date', () => {
      const { events, errors } = normalizeEvents([row({ displayDate: 1969 }), row({ displayDate: '  ' }, 'b')]);
      expect(events.map((e) => e.displayDate)).to.deep.equal([undefined, undefined]);
      expect(errors).to.deep.equal([
        { index: 0, id: 'a', reason: 'displayDate is not text (left out)', warning: true },
        { index: 1, id: 'b', reason: 'displayDate is not text (left out)', warning: true },
      ]);
    });

    it('keeps a plain CSS colour as the accent', () => {
      const colours = ['#0b3d91', '#FFF', '#11223344', 'teal', 'transparent', 'rgb(11 61 145)', 'rgba(11, 61, 145, .5)', 'hsl(220deg 86% 31%)', 'oklch(40% 0.15 260)', 'color(display-p3 0.1 0.2 0.6)'];
      const { events, errors } = normalizeEvents(colours.map((accent, i) => row({ accent: ` ${accent} ` }, `c${i}`)));
      expect(events.map((e) => e.accent)).to.deep.equal(colours);
      expect(errors).to.deep.equal([]);
    });

    it('leaves out an accent that is anything but a plain colour, with a warning', () => {
      const hostile = [
        'url(https://evil.example/x.png)',
        'var(--x)',
        'red; background: url(x)',
        'red}body{display:none',
        '<style>',
        'image-set("https://evil.example/x.png" 1x)',
        'u\\72l(x)',
        'rgb(1,2,3) url(x)',
        'expression(alert(1))',
        '#12345',
        'x'.repeat(101),
        42,
      ];
      const { events, errors } = normalizeEvents(hostile.map((accent, i) => row({ accent }, `h${i}`)));
      expect(events.map((e) => e.accent)).to.deep.equal(hostile.map(() => undefined));
      expect(errors).to.have.length(hostile.length);
      expect(errors.every((e) => e.warning && e.reason === 'accent is not a CSS colour (left out)')).to.equal(true);
      for (const value of hostile) if (typeof value === 'string') expect(isPlainColor(value), value).to.equal(false);
    });
  });
});
