import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { describeMedia, webUrl } from '../../src/model/media.js';
import { lacksAlt, readMediaList } from '../../src/model/media-basics.js';
import type { Media, MediaInput } from '../../src/model/types.js';

const show = (url: string, more: Partial<MediaInput> = {}): Media => describeMedia({ url, ...more }, 'The title');

/** [url, kind, provider, embedUrl] */
type Case = [string, Media['kind'], string | undefined, string | undefined];

const PROVIDERS: Record<string, Case[]> = {
  YouTube: [
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'embed', 'YouTube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s', 'embed', 'YouTube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90'],
    ['https://youtu.be/dQw4w9WgXcQ?t=42', 'embed', 'YouTube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42'],
    ['https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ', 'embed', 'YouTube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://www.youtube.com/shorts/Ab3_dE-gHi0', 'embed', 'YouTube', 'https://www.youtube-nocookie.com/embed/Ab3_dE-gHi0'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ?start=10', 'embed', 'YouTube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=10'],
    ['https://www.youtube.com/playlist?list=PLrAXtmErZgOeiKm4sgNOknGvNjby9efdf', 'embed', 'YouTube', 'https://www.youtube-nocookie.com/embed/videoseries?list=PLrAXtmErZgOeiKm4sgNOknGvNjby9efdf'],
    ['https://www.youtube.com/@NASA', 'link', 'YouTube', undefined],
  ],
  Vimeo: [
    ['https://vimeo.com/76979871', 'embed', 'Vimeo', 'https://player.vimeo.com/video/76979871?dnt=1'],
    ['https://vimeo.com/76979871/8272103f6e', 'embed', 'Vimeo', 'https://player.vimeo.com/video/76979871?dnt=1&h=8272103f6e'],
    ['https://vimeo.com/channels/staffpicks/76979871', 'embed', 'Vimeo', 'https://player.vimeo.com/video/76979871?dnt=1'],
    ['https://player.vimeo.com/video/76979871?h=8272103f6e&badge=0', 'embed', 'Vimeo', 'https://player.vimeo.com/video/76979871?dnt=1&h=8272103f6e'],
    ['https://vimeo.com/showcase/1234567/video/76979871', 'embed', 'Vimeo', 'https://player.vimeo.com/video/76979871?dnt=1'],
  ],
  Dailymotion: [
    ['https://www.dailymotion.com/video/x7tgad0', 'embed', 'Dailymotion', 'https://www.dailymotion.com/embed/video/x7tgad0'],
    ['https://dai.ly/x7tgad0', 'embed', 'Dailymotion', 'https://www.dailymotion.com/embed/video/x7tgad0'],
    ['https://www.dailymotion.com/video/x2b4x8_moon-landing_news', 'embed', 'Dailymotion', 'https://www.dailymotion.com/embed/video/x2b4x8'],
  ],
  SoundCloud: [
    ['https://soundcloud.com/nasa/apollo-11-liftoff', 'embed', 'SoundCloud', 'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fnasa%2Fapollo-11-liftoff'],
    ['https://m.soundcloud.com/nasa/sets/apollo-sounds?si=abc', 'embed', 'SoundCloud', 'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fnasa%2Fsets%2Fapollo-sounds'],
    ['https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/293&color=ff5500', 'embed', 'SoundCloud', 'https://w.soundcloud.com/player/?url=https%3A%2F%2Fapi.soundcloud.com%2Ftracks%2F293'],
  ],
  Spotify: [
    ['https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC?si=1a2b', 'embed', 'Spotify', 'https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC'],
    ['https://open.spotify.com/intl-de/album/4aawyAB9vmqN3uQ7FjRGTy', 'embed', 'Spotify', 'https://open.spotify.com/embed/album/4aawyAB9vmqN3uQ7FjRGTy'],
    ['https://open.spotify.com/episode/0Q86acNRm6V9GYx55SXKwf', 'embed', 'Spotify', 'https://open.spotify.com/embed/episode/0Q86acNRm6V9GYx55SXKwf'],
    ['spotify:playlist:37i9dQZF1DXcBWIGoYBM5M', 'embed', 'Spotify', 'https://open.spotify.com/embed/playlist/37i9dQZF1DXcBWIGoYBM5M'],
  ],
  'Google Maps': [
    ['https://www.google.com/maps/place/Brandenburger+Tor/@52.5162746,13.3755154,17z/data=!3m1!4b1', 'embed', 'Google Maps', 'https://www.google.com/maps?q=Brandenburger%20Tor&z=17&output=embed'],
    ['https://www.google.de/maps/@52.52,13.405,12z', 'embed', 'Google Maps', 'https://www.google.com/maps?q=52.52%2C13.405&z=12&output=embed'],
    ['https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2428', 'embed', 'Google Maps', 'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2428'],
    ['https://maps.google.com/maps?q=Selma,+Alabama&output=embed', 'embed', 'Google Maps', 'https://maps.google.com/maps?q=Selma,+Alabama&output=embed'],
    ['https://www.google.com/maps/d/viewer?mid=1AbC-dEf_gHi', 'embed', 'Google Maps', 'https://www.google.com/maps/d/embed?mid=1AbC-dEf_gHi'],
    ['https://maps.app.goo.gl/Ax1b2C3d4E5f6G7h8', 'link', 'Google Maps', undefined],
    ['https://goo.gl/maps/Ax1b2C3d4E5', 'link', 'Google Maps', undefined],
    ['https://www.google.com/maps/dir/Berlin/Potsdam', 'link', 'Google Maps', undefined],
  ],
  Wikipedia: [
    ['https://en.wikipedia.org/wiki/Apollo_11', 'link', 'Wikipedia', undefined],
    ['https://de.m.wikipedia.org/wiki/Mauerfall', 'link', 'Wikipedia', undefined],
    ['https://en.wikipedia.org/wiki/Apollo_11#/media/File:Aldrin_Apollo_11_original.jpg', 'image', 'Wikipedia', undefined],
  ],
  'Wikimedia Commons': [
    ['https://commons.wikimedia.org/wiki/File:Aldrin_Apollo_11_original.jpg', 'image', 'Wikimedia Commons', undefined],
    ['https://commons.wikimedia.org/wiki/Category:Apollo_11', 'link', 'Wikimedia Commons', undefined],
    ['https://commons.wikimedia.org/wiki/File:Apollo_11_first_step.ogv', 'video', 'Wikimedia Commons', undefined],
    ['https://commons.wikimedia.org/wiki/File:Report.pdf', 'link', 'Wikimedia Commons', undefined],
    ['https://upload.wikimedia.org/wikipedia/commons/9/98/Aldrin_Apollo_11_original.jpg', 'image', 'Wikimedia Commons', undefined],
  ],
  X: [
    ['https://twitter.com/NASA/status/1017423837573406720', 'embed', 'X', 'https://platform.twitter.com/embed/Tweet.html?id=1017423837573406720&dnt=true'],
    ['https://x.com/NASA/status/1017423837573406720?s=20', 'embed', 'X', 'https://platform.twitter.com/embed/Tweet.html?id=1017423837573406720&dnt=true'],
    ['https://mobile.twitter.com/i/web/status/1017423837573406720', 'embed', 'X', 'https://platform.twitter.com/embed/Tweet.html?id=1017423837573406720&dnt=true'],
    ['https://x.com/NASA', 'link', 'X', undefined],
  ],
  Bluesky: [
    ['https://bsky.app/profile/jay.bsky.team/post/3juflvd2zbs2l', 'embed', 'Bluesky', 'https://embed.bsky.app/embed/jay.bsky.team/app.bsky.feed.post/3juflvd2zbs2l'],
    ['https://bsky.app/profile/did:plc:oky5czdrnfjpqslsw2a5iclo/post/3juflvd2zbs2l', 'embed', 'Bluesky', 'https://embed.bsky.app/embed/did:plc:oky5czdrnfjpqslsw2a5iclo/app.bsky.feed.post/3juflvd2zbs2l'],
    ['at://did:plc:oky5czdrnfjpqslsw2a5iclo/app.bsky.feed.post/3juflvd2zbs2l', 'embed', 'Bluesky', 'https://embed.bsky.app/embed/did:plc:oky5czdrnfjpqslsw2a5iclo/app.bsky.feed.post/3juflvd2zbs2l'],
    ['https://bsky.app/profile/jay.bsky.team', 'link', 'Bluesky', undefined],
  ],
  Instagram: [
    ['https://www.instagram.com/p/C4xYz12AbCd/', 'embed', 'Instagram', 'https://www.instagram.com/p/C4xYz12AbCd/embed'],
    ['https://www.instagram.com/reel/C4xYz12AbCd/?igsh=abc', 'embed', 'Instagram', 'https://www.instagram.com/p/C4xYz12AbCd/embed'],
    ['https://instagram.com/natgeo/p/C4xYz12AbCd', 'embed', 'Instagram', 'https://www.instagram.com/p/C4xYz12AbCd/embed'],
    ['https://www.instagram.com/natgeo/', 'link', 'Instagram', undefined],
  ],
  Flickr: [
    ['https://www.flickr.com/photos/nasa2explore/9460311540/', 'link', 'Flickr', undefined],
    ['https://flic.kr/p/fpJ3Ab', 'link', 'Flickr', undefined],
    ['https://live.staticflickr.com/65535/52259221868_3d2963c1fe_b.jpg', 'image', 'Flickr', undefined],
    ['https://farm8.staticflickr.com/7443/9460311540_a1b2c3d4e5_z.jpg', 'image', 'Flickr', undefined],
  ],
  DocumentCloud: [
    ['https://www.documentcloud.org/documents/20059068-the-mueller-report', 'embed', 'DocumentCloud', 'https://embed.documentcloud.org/documents/20059068-the-mueller-report/'],
    ['https://www.documentcloud.org/documents/282753-lefler-thesis.html', 'embed', 'DocumentCloud', 'https://embed.documentcloud.org/documents/282753-lefler-thesis/'],
    ['https://embed.documentcloud.org/documents/20059068-the-mueller-report/?embed=1', 'embed', 'DocumentCloud', 'https://embed.documentcloud.org/documents/20059068-the-mueller-report/'],
  ],
  'Google Docs': [
    ['https://docs.google.com/document/d/1x2Y3z4A5b6C7d8E9f0G/edit?usp=sharing', 'embed', 'Google Docs', 'https://docs.google.com/document/d/1x2Y3z4A5b6C7d8E9f0G/preview'],
    ['https://docs.google.com/spreadsheets/d/1x2Y3z4A5b6C7d8E9f0G/edit#gid=0', 'embed', 'Google Sheets', 'https://docs.google.com/spreadsheets/d/1x2Y3z4A5b6C7d8E9f0G/preview'],
    ['https://docs.google.com/presentation/d/1x2Y3z4A5b6C7d8E9f0G/edit', 'embed', 'Google Slides', 'https://docs.google.com/presentation/d/1x2Y3z4A5b6C7d8E9f0G/preview'],
    ['https://docs.google.com/document/d/e/2PACX-1vRabcdefGHIJ/pub', 'embed', 'Google Docs', 'https://docs.google.com/document/d/e/2PACX-1vRabcdefGHIJ/pub?embedded=true'],
  ],
  'Google Drive': [
    ['https://drive.google.com/file/d/1x2Y3z4A5b6C7d8E9f0G/view?usp=sharing', 'embed', 'Google Drive', 'https://drive.google.com/file/d/1x2Y3z4A5b6C7d8E9f0G/preview'],
    ['https://drive.google.com/open?id=1x2Y3z4A5b6C7d8E9f0G', 'embed', 'Google Drive', 'https://drive.google.com/file/d/1x2Y3z4A5b6C7d8E9f0G/preview'],
    ['https://drive.google.com/drive/folders/1x2Y3z4A5b6C7d8E9f0G', 'link', 'Google Drive', undefined],
  ],
  TikTok: [
    ['https://www.tiktok.com/@scout2015/video/6718335390845095173', 'embed', 'TikTok', 'https://www.tiktok.com/embed/v2/6718335390845095173'],
    ['https://www.tiktok.com/embed/v2/6718335390845095173', 'embed', 'TikTok', 'https://www.tiktok.com/embed/v2/6718335390845095173'],
    ['https://vm.tiktok.com/ZMeAbCdEf/', 'link', 'TikTok', undefined],
  ],
  Wistia: [
    ['https://home.wistia.com/medias/e4a27b971d', 'embed', 'Wistia', 'https://fast.wistia.net/embed/iframe/e4a27b971d'],
    ['https://fast.wistia.net/embed/iframe/e4a27b971d?videoFoam=true', 'embed', 'Wistia', 'https://fast.wistia.net/embed/iframe/e4a27b971d'],
    ['https://fast.wistia.com/embed/medias/e4a27b971d.jsonp', 'embed', 'Wistia', 'https://fast.wistia.net/embed/iframe/e4a27b971d'],
  ],
  GIPHY: [
    ['https://giphy.com/gifs/nasa-moon-apollo-3o7btPCcdNniyf0ArS', 'embed', 'GIPHY', 'https://giphy.com/embed/3o7btPCcdNniyf0ArS'],
    ['https://giphy.com/embed/3o7btPCcdNniyf0ArS', 'embed', 'GIPHY', 'https://giphy.com/embed/3o7btPCcdNniyf0ArS'],
    ['https://media.giphy.com/media/3o7btPCcdNniyf0ArS/giphy.gif', 'image', 'GIPHY', undefined],
    ['https://media2.giphy.com/media/3o7btPCcdNniyf0ArS/giphy.webp', 'image', 'GIPHY', undefined],
  ],
  Imgur: [
    ['https://i.imgur.com/Xy12AbC.jpg', 'image', 'Imgur', undefined],
    ['https://i.imgur.com/Xy12AbC.mp4', 'video', 'Imgur', undefined],
    ['https://imgur.com/Xy12AbC', 'link', 'Imgur', undefined],
    ['https://imgur.com/gallery/moon-Xy12AbC', 'link', 'Imgur', undefined],
  ],
  files: [
    ['https://example.org/photos/moon.JPEG', 'image', undefined, undefined],
    ['https://example.org/a.svg?v=2', 'image', undefined, undefined],
    ['images/photo.avif', 'image', undefined, undefined],
    ['https://example.org/clip.webm#t=10', 'video', undefined, undefined],
    ['/media/clip.mov', 'video', undefined, undefined],
    ['https://example.org/speech.mp3', 'audio', undefined, undefined],
    ['https://example.org/speech.flac', 'audio', undefined, undefined],
    ['https://example.org/about', 'link', undefined, undefined],
    ['https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ', 'link', undefined, undefined],
    ['https://youtube.com@evil.example/watch?v=dQw4w9WgXcQ', 'link', undefined, undefined],
  ],
};

describe('describeMedia', () => {
  describe('kinds and providers from the URL', () => {
    for (const [name, cases] of Object.entries(PROVIDERS)) {
      it(`reads ${name} URLs`, () => {
        for (const [url, kind, provider, embedUrl] of cases) {
          const m = show(url);
          expect([m.kind, m.provider, m.embedUrl], url).to.deep.equal([kind, provider, embedUrl]);
        }
      });
    }

    it('gives video embeds 16/9, shorts and TikTok 9/16, fixed-height players a height', () => {
      expect(show('https://youtu.be/dQw4w9WgXcQ').aspect).to.equal(16 / 9);
      expect(show('https://www.youtube.com/shorts/Ab3_dE-gHi0').aspect).to.equal(9 / 16);
      expect(show('https://www.tiktok.com/@a/video/6718335390845095173').aspect).to.equal(9 / 16);
      expect(show('https://soundcloud.com/nasa/apollo-11-liftoff').height).to.equal(166);
      expect(show('https://soundcloud.com/nasa/sets/apollo').height).to.equal(450);
      expect(show('https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC').height).to.equal(152);
      expect(show('https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M').height).to.equal(352);
    });

    it('shows a wiki file page as its file, linking to the page', () => {
      const page = 'https://commons.wikimedia.org/wiki/File:Aldrin_Apollo_11_original.jpg';
      const m = show(page);
      expect(m.url).to.equal('https://commons.wikimedia.org/wiki/Special:FilePath/Aldrin_Apollo_11_original.jpg?width=1280');
      expect(m.link).to.equal(page);
      expect(show(page, { link: 'https://example.org/credit' }).link).to.equal('https://example.org/credit');
      expect(show('https://en.wikipedia.org/wiki/Apollo_11#/media/File:Aldrin.jpg').url).to.equal('https://en.wikipedia.org/wiki/Special:FilePath/Aldrin.jpg?width=1280');
    });

    it('turns app URIs into the pages they name', () => {
      expect(show('spotify:track:4uLU6hMCjMI75M1A2tKUQC').url).to.equal('https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC');
      expect(show('at://alice.example/app.bsky.feed.post/3abc').url).to.equal('https://bsky.app/profile/alice.example/post/3abc');
    });

    it('never derives a thumbnail; keeps the data’s own', () => {
      expect(show('https://youtu.be/dQw4w9WgXcQ').thumbnail).to.equal(undefined);
      expect(show('https://youtu.be/dQw4w9WgXcQ', { thumbnail: 'https://example.org/t.jpg' }).thumbnail).to.equal('https://example.org/t.jpg');
      expect(show('https://youtu.be/dQw4w9WgXcQ', { thumbnail: 'javascript:alert(1)' }).thumbnail).to.equal(undefined);
    });
  });

  describe('type', () => {
    it('decides for URLs no provider or extension explains', () => {
      expect(show('https://images.example.org/photo?id=4', { type: 'image' }).kind).to.equal('image');
      expect(show('https://cdn.example.org/stream', { type: 'audio' }).kind).to.equal('audio');
      expect(show('https://example.org/a.jpg', { type: 'link' }).kind).to.equal('link');
    });

    it('does not make an iframe of an unknown host, whatever the type says', () => {
      const m = show('https://evil.example/player', { type: 'embed' });
      expect([m.kind, m.embedUrl]).to.deep.equal(['link', undefined]);
      expect(show('https://example.org/x', { type: 'quote' }).kind).to.equal('link');
    });

    it('keeps a provider link a link when the data asks for one', () => {
      const m = show('https://youtu.be/dQw4w9WgXcQ', { type: 'link' });
      expect([m.kind, m.provider, m.embedUrl]).to.deep.equal(['link', 'YouTube', undefined]);
    });
  });

  describe('hostile URLs', () => {
    const refused = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'javascript&colon;alert(1)',
      'data:image/png;base64,iVBORw0KGgo=',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'mailto:someone@example.org',
      'file:///etc/passwd',
      'https:',
      '//',
      '',
      '   ',
    ];
    it('shows none of them', () => {
      for (const url of refused) {
        const m = show(url, { type: 'image' });
        expect([m.kind, m.url, m.embedUrl], JSON.stringify(url)).to.deep.equal(['link', '', undefined]);
      }
    });

    it('reads protocol-relative and whitespace-wrapped URLs as https', () => {
      expect(show('//upload.wikimedia.org/a.jpg').url).to.equal('https://upload.wikimedia.org/a.jpg');
      expect(show('\\\\example.org/a.jpg').url).to.equal('https://example.org/a.jpg');
      expect(show('  https://youtu.be/dQw4w9WgXcQ\n').embedUrl).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
      expect(show('ht\ttps://example.org/a.png').url).to.equal('https://example.org/a.png');
    });

    it('does not let a crafted id reach the iframe', () => {
      expect(show('https://www.youtube.com/watch?v=dQw4w9WgXc"onload=').embedUrl).to.equal(undefined);
      expect(show('https://youtu.be/..%2F..%2Fevil').embedUrl).to.equal(undefined);
      expect(show('https://open.spotify.com/track/..%2Fevil').embedUrl).to.equal(undefined);
      expect(show('https://bsky.app/profile/a%22b/post/x').embedUrl).to.equal(undefined);
      expect(show('https://w.soundcloud.com/player/?url=https%3A%2F%2Fevil.example%2Fx').embedUrl).to.equal(undefined);
    });

    it('never throws on a hostile item', () => {
      const trap = new Proxy({} as MediaInput, {
        get() {
          throw new Error('no');
        },
      });
      expect(describeMedia(trap, 'T')).to.deep.equal({ kind: 'link', url: '', alt: 'T', hasAlt: false });
      const odd = { url: 42, alt: {}, caption: ['x'], type: 'image' } as unknown as MediaInput;
      expect(describeMedia(odd, 'T')).to.deep.equal({ kind: 'link', url: '', alt: 'T', hasAlt: false });
    });

    it('never returns a URL that is not http(s) and never throws, for any string (property)', () => {
      const base = 'https://page.example/dir/';
      const isWeb = (value: string | undefined) => {
        if (value === undefined || value === '') return true;
        if (/[\t\n\r]/.test(value)) return false;
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
        if (scheme && !/^https?$/i.test(scheme)) return false;
        try {
          return /^https?:$/.test(new URL(value, base).protocol);
        } catch {
          return false;
        }
      };
      const prefix = fc.constantFrom('', 'javascript:', 'data:', 'https://', 'http://', '//', '\\\\', ' ', '\t', '\u0000', 'spotify:track:', 'at://', '<iframe src="', '<blockquote><a href="', 'https://youtu.be/', 'https://www.google.com/maps/', 'https://commons.wikimedia.org/wiki/File:');
      const url = fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.tuple(prefix, fc.string()).map(([p, s]) => p + s));
      const type = fc.constantFrom(undefined, 'image', 'video', 'audio', 'embed', 'link', 'quote');
      fc.assert(
        fc.property(url, type, fc.option(fc.string()), fc.option(fc.string()), (url, type, thumbnail, link) => {
          const item = { url, type, thumbnail: thumbnail ?? undefined, link: link ?? undefined } as MediaInput;
          const m = describeMedia(item, 'T');
          expect(isWeb(m.url), `url ${JSON.stringify(m.url)}`).to.equal(true);
          expect(isWeb(m.thumbnail), `thumbnail ${JSON.stringify(m.thumbnail)}`).to.equal(true);
          expect(isWeb(m.link), `link ${JSON.stringify(m.link)}`).to.equal(true);
          if (m.embedUrl !== undefined) expect(m.embedUrl).to.match(/^https:\/\/[a-z0-9.-]+\//);
        }),
        { numRuns: 3000, seed: 14 },
      );
    });
  });

  describe('raw HTML media', () => {
    it('keeps a blockquote as a quote, as given, for the sanitizer', () => {
      const html = '<blockquote><p>One small step</p><script>alert(1)</script></blockquote>';
      const m = show(`${html}<script src="https://evil.example/x.js"></script>`);
      expect([m.kind, m.url, m.html, m.embedUrl]).to.deep.equal(['quote', '', html, undefined]);
    });

    it('reads a provider’s embed code as a click-to-load embed, keeping the blockquote to show before the click', () => {
      const tweet = '<blockquote class="twitter-tweet"><p lang="en">Liftoff!</p>&mdash; NASA (@NASA) <a href="https://twitter.com/NASA/status/1017423837573406720?ref_src=twsrc%5Etfw">July 12, 2018</a></blockquote>';
      const m = show(`${tweet} <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`);
      expect([m.kind, m.provider, m.embedUrl, m.html]).to.deep.equal(['embed', 'X', 'https://platform.twitter.com/embed/Tweet.html?id=1017423837573406720&dnt=true', tweet]);
      const insta = '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C4xYz12AbCd/?utm_source=ig_embed&amp;utm_campaign=loading" data-instgrm-version="14"><a href="https://www.instagram.com/p/C4xYz12AbCd/">View</a></blockquote>';
      expect(show(insta).embedUrl).to.equal('https://www.instagram.com/p/C4xYz12AbCd/embed');
      const sky = '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc123/app.bsky.feed.post/3kxyz" data-bluesky-cid="x"><p>Hi</p></blockquote>';
      expect(show(sky).embedUrl).to.equal('https://embed.bsky.app/embed/did:plc:abc123/app.bsky.feed.post/3kxyz');
      const tiktok = '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@scout2015/video/6718335390845095173" data-video-id="6718335390845095173"><section></section></blockquote>';
      expect(show(tiktok).embedUrl).to.equal('https://www.tiktok.com/embed/v2/6718335390845095173');
    });

    it('keeps a blockquote that links to an ordinary page a quote', () => {
      expect(show('<blockquote cite="https://example.org/">Words <a href="https://example.org/a">a</a></blockquote>').kind).to.equal('quote');
    });

    it('reads an iframe’s src: an embed for a known host, a link otherwise', () => {
      const yt = show('<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=x&amp;start=30" allowfullscreen></iframe>');
      expect([yt.kind, yt.provider, yt.embedUrl]).to.deep.equal(['embed', 'YouTube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=30']);
      const map = show("<iframe src='https://www.google.com/maps/embed?pb=!1m18!1m12' style='border:0'></iframe>");
      expect(map.embedUrl).to.equal('https://www.google.com/maps/embed?pb=!1m18!1m12');
      const dc = show('<iframe src=https://embed.documentcloud.org/documents/20059068-the-mueller-report/?embed=1 title="x"></iframe>');
      expect(dc.embedUrl).to.equal('https://embed.documentcloud.org/documents/20059068-the-mueller-report/');
      const other = show('<iframe src="https://datawrapper.example/chart/1/"></iframe>');
      expect([other.kind, other.url, other.embedUrl]).to.deep.equal(['link', 'https://datawrapper.example/chart/1/', undefined]);
      const wiki = show('<iframe src="https://en.wikipedia.org/wiki/Apollo_11"></iframe>');
      expect([wiki.kind, wiki.provider, wiki.embedUrl]).to.deep.equal(['link', 'Wikipedia', undefined]);
    });

    it('shows nothing of an iframe or other HTML without a usable src', () => {
      for (const html of ['<iframe src="javascript:alert(1)"></iframe>', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', '<iframe src="data:text/html,x">', '<img src=x onerror=alert(1)>', '<div>text</div>']) {
        const m = show(html);
        expect([m.kind, m.url, m.embedUrl, m.html], html).to.deep.equal(['link', '', undefined, undefined]);
      }
    });
  });

  describe('alt text', () => {
    it('uses alt from the data', () => {
      const m = show('https://example.org/a.jpg', { alt: ' Buzz Aldrin on the Moon ', caption: 'x' });
      expect([m.alt, m.hasAlt]).to.deep.equal(['Buzz Aldrin on the Moon', true]);
    });

    it('falls back to the caption’s text, then the title', () => {
      const m = show('https://example.org/a.jpg', { caption: '<p>Aldrin, <em>photographed by</em> Armstrong &amp; co.</p>' });
      expect([m.alt, m.hasAlt, m.caption]).to.deep.equal(['Aldrin, photographed by Armstrong & co.', false, '<p>Aldrin, <em>photographed by</em> Armstrong &amp; co.</p>']);
      expect(show('https://example.org/a.jpg', { alt: '  ', caption: '<b></b>' }).alt).to.equal('The title');
    });

    it('keeps credit as given', () => {
      expect(show('https://example.org/a.jpg', { credit: 'NASA' }).credit).to.equal('NASA');
    });
  });
});

describe('webUrl', () => {
  it('keeps http(s) and relative URLs, normalises absolute ones', () => {
    expect(webUrl('https://Example.org/a b')).to.equal('https://example.org/a%20b');
    expect(webUrl('img/a.png')).to.equal('img/a.png');
    expect(webUrl('/a.png?x=1')).to.equal('/a.png?x=1');
    expect(webUrl('mailto:x@example.org')).to.equal(undefined);
    expect(webUrl(42)).to.equal(undefined);
  });
});

describe('lacksAlt', () => {
  it('is true for an image without alt, by type, extension or image host', () => {
    expect(lacksAlt({ url: 'https://example.org/a.jpg' })).to.equal(true);
    expect(lacksAlt({ url: 'https://example.org/photo', type: 'image' })).to.equal(true);
    expect(lacksAlt({ url: 'https://images.unsplash.com/photo-1?w=800' })).to.equal(true);
    expect(lacksAlt({ url: 'https://example.org/a.jpg', alt: 'A photo' })).to.equal(false);
    expect(lacksAlt({ url: 'https://example.org/a.mp4' })).to.equal(false);
    expect(lacksAlt({ url: 'https://example.org/a.jpg', type: 'link' })).to.equal(false);
    expect(lacksAlt({ url: '<blockquote>a.jpg</blockquote>' })).to.equal(false);
  });

  it('agrees with describeMedia on every URL above', () => {
    for (const [url] of Object.values(PROVIDERS).flat()) {
      const item = readMediaList({ url }).media[0];
      if (!item) continue;
      expect(lacksAlt(item), url).to.equal(describeMedia(item, 'T').kind === 'image');
    }
  });
});
