// TimelineJS migration with nothing lost (issue 14): media with caption, credit, alt and thumbnail, the title slide,
// display dates, backgrounds, the options a page passes, the sheet's media columns, and a warning for each field
// that cannot be carried over. Fixtures are hand-written newsroom timelines (invented towns and papers).
import { expect } from '@open-wc/testing';
import { csvParseRows } from 'd3-dsv';
import { convert, parseCSV, parseTimelineJS } from '../../src/formats/index.js';
import type { DataError, MediaInput, TimelineEventInput } from '../../src/model/types.js';
import { fixtureJson, fixtureJsonText, fixtureText } from './fixtures.js';

type Raw = Record<string, unknown>;

/** Every kind of media the issue lists, by what its URL looks like. */
const KINDS: Record<string, RegExp> = {
  'JPEG image': /\.jpe?g$/i,
  'PNG image': /\.png$/i,
  'upload.wikimedia.org image': /^https:\/\/upload\.wikimedia\.org\//,
  'i.imgur.com image': /^https:\/\/i\.imgur\.com\//,
  'video file': /\.(?:mp4|webm)$/,
  'audio file': /\.(?:mp3|ogg)$/,
  'YouTube watch': /youtube\.com\/watch\?v=/,
  'youtu.be': /^https:\/\/youtu\.be\//,
  'YouTube shorts': /youtube\.com\/shorts\//,
  Vimeo: /vimeo\.com\//,
  Dailymotion: /dailymotion\.com\/video\//,
  SoundCloud: /soundcloud\.com\//,
  Spotify: /open\.spotify\.com\//,
  'Google Maps': /google\.com\/maps/,
  Wikipedia: /wikipedia\.org\/wiki\//,
  'Wikimedia Commons File: page': /commons\.wikimedia\.org\/wiki\/File:/,
  'X/Twitter': /^https:\/\/(?:x|twitter)\.com\/[^/]+\/status\//,
  Bluesky: /bsky\.app\/profile\/.+\/post\//,
  Instagram: /instagram\.com\/(?:p|reel)\//,
  Flickr: /flickr\.com\/photos\//,
  DocumentCloud: /documentcloud\.org\/documents\//,
  'Google Docs': /docs\.google\.com\//,
  'Google Drive': /drive\.google\.com\//,
  TikTok: /tiktok\.com\/@[^/]+\/video\//,
  Wistia: /wistia\.(?:com|net)\//,
  giphy: /giphy\.com\//,
  'imgur page': /^https:\/\/imgur\.com\//,
  'raw <blockquote>': /^<blockquote/,
  'raw <iframe>': /^<iframe/,
};

const kindsMissing = (urls: readonly string[]) => Object.keys(KINDS).filter((kind) => !urls.some((url) => KINDS[kind]!.test(url)));

/** The one media item of an event (the adapters give one per slide). */
const mediaOf = (event: TimelineEventInput | undefined): MediaInput | undefined => event?.media as MediaInput | undefined;

/** What a raw TimelineJS media object should become: fields as given, the credit as text. */
function expectedMedia(raw: Raw): MediaInput {
  const text = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string).trim() : '');
  const out: MediaInput = { url: text('url') };
  if (text('caption')) out.caption = text('caption');
  if (text('credit')) out.credit = text('credit').replace(/<[^>]*>/g, '');
  if (text('thumbnail')) out.thumbnail = text('thumbnail');
  if (text('alt')) out.alt = text('alt');
  if (text('link')) out.link = text('link');
  return out;
}

const warning = (index: number, id: string, reason: string): DataError => ({ index, id, reason, warning: true });
const warningsOf = (errors: readonly DataError[]) => errors.filter((error) => error.warning);

describe('TimelineJS media: a newsroom timeline with every kind of media', () => {
  let data: { title: Raw; events: Raw[] };
  let result: ReturnType<typeof convert>;
  let byId: Map<string, TimelineEventInput>;
  before(async () => {
    data = (await fixtureJson('media-newsroom.timelinejs.json')) as typeof data;
    result = convert(data);
    byId = new Map(result.events.map((event) => [event.id, event]));
  });
  const idOf = (slide: Raw, index: number) => (slide.unique_id as string | undefined) ?? `tljs-${index}`;

  it('holds every kind of media the issue lists (the fixture covers them all)', () => {
    const urls = [data.title, ...data.events].map((slide) => (slide.media as Raw).url as string);
    expect(kindsMissing(urls)).to.deep.equal([]);
  });

  it('reads all 29 slides, both eras and the title card', () => {
    expect(result.format).to.equal('timelinejs');
    expect(result.events).to.have.length(29);
    expect(result.eras?.map((era) => era.title)).to.deep.equal(['Closed to all traffic', 'Walkers and cyclists only']);
    expect(result.title?.heading).to.equal('The Harbour Bridge: a year without a crossing');
  });

  it('brings every media item over, with its caption, credit, alt, thumbnail and link', () => {
    data.events.forEach((slide, index) => {
      const event = byId.get(idOf(slide, index));
      expect(mediaOf(event), idOf(slide, index)).to.deep.equal(expectedMedia(slide.media as Raw));
    });
    const media = result.events.map(mediaOf);
    expect(media.filter(Boolean)).to.have.length(29);
    expect(media.filter((item) => item?.caption)).to.have.length(data.events.filter((slide) => (slide.media as Raw).caption).length);
    expect(media.filter((item) => item?.credit)).to.have.length(29);
    expect(media.filter((item) => item?.alt)).to.have.length(5);
    expect(media.filter((item) => item?.thumbnail)).to.have.length(5);
  });

  it('keeps captions as HTML and makes credits plain text', () => {
    expect(mediaOf(byId.get('first-morning'))?.caption).to.equal('<p>Queues on the ring road at 7.30 on the <strong>first morning</strong> of the closure.</p>');
    expect(mediaOf(byId.get('crack-found'))?.credit).to.equal('Photo: Amira Sadiq / Wexmoor Courier');
  });

  it("uses media.link as the event's read-more url, never the media url", () => {
    expect(byId.get('crack-found')?.url).to.equal('https://www.example.com/courier/news/2023/02/27/bridge-crack-found');
    expect(result.events.filter((event) => event.url)).to.have.length(1);
  });

  it('keeps raw blockquote and iframe media as given, for the card to sanitize', () => {
    expect(mediaOf(byId.get('tljs-3'))?.url).to.match(/^<blockquote><p>They told us six weeks\./);
    expect(mediaOf(byId.get('traffic-chart'))?.url).to.equal(
      '<iframe title="Daily crossings, 2022 to 2024" src="https://datawrapper.dwcdn.net/Qx7Rm/2/" width="100%" height="400" frameborder="0"></iframe>',
    );
  });

  it('shows display dates instead of the computed ones, and keeps the headline as the title', () => {
    expect(byId.get('ferry-starts')).to.deep.include({ title: 'A temporary ferry starts', displayDate: 'Early summer 2023', start: '2023-06' });
    expect(byId.get('cycle-month')).to.deep.include({ displayDate: '1 August \u2013 31 August 2023', start: '2023-08-01', end: '2023-08-31' });
    expect(byId.get('first-bus')).to.deep.include({ title: 'The first bus crosses', displayDate: 'Reopening day, 6 a.m.' });
    expect(result.events.filter((event) => event.displayDate)).to.have.length(3);
  });

  it('takes a background colour as the accent and reports a background image', () => {
    expect(byId.get('walkers-cross')?.accent).to.equal('#0b3d5c');
    expect(byId.get('first-bus')).not.to.have.property('accent');
    expect(result.events.filter((event) => event.accent)).to.have.length(1);
  });

  it('reports exactly what it could not carry over, one warning per field, and drops nothing', () => {
    expect(result.errors).to.deep.equal([
      warning(0, 'crack-found', 'media.credit: its link is not kept (credits are plain text)'),
      warning(0, 'crack-found', 'media.link_target: not kept (the card decides where links open)'),
      warning(27, 'first-bus', 'background.url: background images are not shown'),
    ]);
  });

  it('returns the title slide as a title card with heading, text, media and accent', () => {
    expect(result.title).to.deep.equal({
      heading: 'The Harbour Bridge: a year without a crossing',
      text: (data.title.text as Raw).text,
      media: expectedMedia(data.title.media as Raw),
      accent: '#12263a',
    });
  });

  it('reads the same from JSON text', async () => {
    const fromText = convert(await fixtureJsonText('media-newsroom.timelinejs.json'));
    expect(fromText.events).to.deep.equal(result.events);
    expect(fromText.title).to.deep.equal(result.title);
  });

  it('keeps the title slide in TimelineJS shape in parseTimelineJS', () => {
    const { title } = parseTimelineJS(data);
    expect(title?.headline).to.equal('The Harbour Bridge: a year without a crossing');
    expect(title?.media?.alt).to.equal('A steel road bridge over a grey harbour, lit by a low sun');
    expect(title?.accent).to.equal('#12263a');
  });
});

describe('TimelineJS slide fields', () => {
  const slide = (extra: Raw): Raw => ({ unique_id: 's', start_date: { year: 2001 }, text: { headline: 'A slide' }, ...extra });
  const read = (extra: Raw) => parseTimelineJS([slide(extra)]);
  const reasons = (extra: Raw) => warningsOf(read(extra).errors).map((error) => error.reason);

  describe('warnings, one per field that is not carried over', () => {
    it('name unknown fields of the slide, its text, its dates, its media and its background', () => {
      expect(
        reasons({
          type: 'event',
          start_date: { year: 2001, format: 'mmmm yyyy' },
          text: { headline: 'A slide', subtitle: 'More' },
          media: { url: 'https://example.com/a.jpg', title: 'Hover text', link_target: '_self', license: 'CC0' },
          background: { url: 'https://example.com/bg.jpg', opacity: 50 },
        }),
      ).to.deep.equal([
        'text.subtitle: not a TimelineJS field we read, not carried over',
        'media.title: media titles are not shown (the card uses alt and caption)',
        'media.link_target: not kept (the card decides where links open)',
        'media.license: not a TimelineJS field we read, not carried over',
        'background.url: background images are not shown',
        'background.opacity: not a TimelineJS field we read, not carried over',
        'type: not a TimelineJS field we read, not carried over',
        'start_date.format: not a TimelineJS field we read, not carried over',
      ]);
    });

    it('carry the slide index and id, and the slide is still shown', () => {
      const result = parseTimelineJS([slide({}), slide({ unique_id: 'second', extra: 'x' })]);
      expect(result.events.map((event) => event.id)).to.deep.equal(['s', 'second']);
      expect(result.errors).to.deep.equal([warning(1, 'second', 'extra: not a TimelineJS field we read, not carried over')]);
    });

    it('say nothing about empty fields, TimelineJS defaults and background alt text without an image', () => {
      expect(
        reasons({
          extra: '',
          other: null,
          autolink: true,
          group: '',
          display_date: '',
          media: { url: '', caption: '', credit: '', thumbnail: '' },
          background: { alt: 'unused' },
        }),
      ).to.deep.equal([]);
    });

    it('report media fields that cannot be shown without a url', () => {
      expect(reasons({ media: { caption: 'A caption', credit: 'Someone' } })).to.deep.equal([
        'media: no url, so its caption, credit cannot be shown',
      ]);
      expect(read({ media: { caption: 'A caption' } }).events[0]).not.to.have.property('media');
    });

    it('are not given for slides that are dropped (their error says it all)', () => {
      const result = parseTimelineJS([slide({ start_date: { year: 'soon' }, extra: 'x' })]);
      expect(result.errors).to.deep.equal([{ index: 0, id: 's', reason: 'start_date: invalid year "soon"' }]);
    });
  });

  describe('display dates', () => {
    it("title a slide only when it has neither headline nor text", () => {
      const [bare, withText] = parseTimelineJS([
        { start_date: { year: 1969 }, display_date: 'Summer of \u201969' },
        { start_date: { year: 1969 }, display_date: 'Summer of \u201969', text: { text: '<p>Woodstock.</p>' } },
      ]).events;
      expect(bare).to.deep.equal({ id: 'tljs-0', start: '1969', title: 'Summer of \u201969', displayDate: 'Summer of \u201969' });
      expect(withText).to.deep.include({ title: 'Woodstock.', displayDate: 'Summer of \u201969' });
    });

    it("use the slide's own display date over its dates' ones, with markup removed", () => {
      const event = read({ display_date: '<b>Circa</b> 2001', start_date: { year: 2001, display_date: 'ignored' } }).events[0];
      expect(event?.displayDate).to.equal('Circa 2001');
    });

    it("join the start and end dates' display dates, and report one that cannot be shown alone", () => {
      const range = { start_date: { year: 1914, display_date: 'Summer 1914' }, end_date: { year: 1918, display_date: 'November 1918' } };
      expect(read(range).events[0]?.displayDate).to.equal('Summer 1914 \u2013 November 1918');
      expect(read({ start_date: { year: 1914, display_date: 'Summer 1914' } }).events[0]?.displayDate).to.equal('Summer 1914');
      expect(reasons({ start_date: { year: 1914 }, end_date: { year: 1918, display_date: 'November 1918' } })).to.deep.equal([
        'end_date.display_date: not shown without a start_date.display_date',
      ]);
      expect(reasons({ start_date: { year: 1914, display_date: 'Summer 1914' }, end_date: { year: 1918 } })).to.deep.equal([
        'start_date.display_date: shown alone (the end date is not added to it)',
      ]);
    });
  });

  describe('backgrounds', () => {
    for (const color of ['#0f9bd1', '#abc', 'rebeccapurple', 'rgb(12, 34, 56)', 'hsla(120, 50%, 40%, 0.5)']) {
      it(`take ${color} as the accent`, () => {
        expect(read({ background: { color } }).events[0]?.accent).to.equal(color);
      });
    }

    for (const color of ['url(https://tracker.example.com/p.gif)', 'var(--brand)', 'red; background-image: url(x)', 'inherit']) {
      it(`refuse ${color} and say so`, () => {
        expect(read({ background: { color } }).events[0]).not.to.have.property('accent');
        expect(reasons({ background: { color } })).to.deep.equal(['background.color: not a plain CSS colour']);
      });
    }
  });

  describe('autolink, as TimelineJS does it by default', () => {
    it('links bare web and e-mail addresses in the text and the caption, not inside links or tags', () => {
      const event = read({
        text: { headline: 'A', text: 'See https://example.com/report. Or <a href="https://example.com/x">https://example.com/x</a>, or desk@example.com' },
        media: { url: 'https://example.com/a.jpg', caption: 'Via www.example.com/photos (archive)' },
      }).events[0];
      expect(event?.summaryHtml).to.equal(
        'See <a href="https://example.com/report">https://example.com/report</a>. Or <a href="https://example.com/x">https://example.com/x</a>, or <a href="mailto:desk@example.com">desk@example.com</a>',
      );
      expect(event?.summary).to.equal('See https://example.com/report. Or https://example.com/x, or desk@example.com');
      expect(mediaOf(event)?.caption).to.equal('Via <a href="https://www.example.com/photos">www.example.com/photos</a> (archive)');
    });

    it('keeps the closing parenthesis of a link that opens one', () => {
      const event = read({ text: { text: 'Read https://en.wikipedia.org/wiki/Tower_(disambiguation).' } }).events[0];
      expect(event?.summaryHtml).to.equal(
        'Read <a href="https://en.wikipedia.org/wiki/Tower_(disambiguation)">https://en.wikipedia.org/wiki/Tower_(disambiguation)</a>.',
      );
    });

    it('is off with autolink: false', () => {
      const event = read({ autolink: false, text: { text: 'See https://example.com/report' } }).events[0];
      expect(event).not.to.have.property('summaryHtml');
      expect(event?.summary).to.equal('See https://example.com/report');
    });
  });

  it('reports a title slide that is not an object, and what a title card cannot show', () => {
    expect(parseTimelineJS({ events: [slide({})], title: 'Intro' }).errors).to.deep.equal([
      { index: -1, reason: 'title: not an object', warning: true },
    ]);
    const { title, errors } = parseTimelineJS({
      events: [slide({})],
      title: { text: { headline: 'Intro' }, media: [{ url: 'https://example.com/a.jpg' }, { url: 'https://example.com/b.jpg' }], background: { url: 'https://example.com/bg.jpg' } },
    });
    expect(title).to.deep.equal({ headline: 'Intro', text: '', media: { url: 'https://example.com/a.jpg' } });
    expect(errors).to.deep.equal([
      { index: -1, reason: 'title: media: only the first item is shown on the title card', warning: true },
      { index: -1, reason: 'title: background.url: background images are not shown', warning: true },
    ]);
  });

  it('reads a list of media items (our events allow several)', () => {
    const event = read({ media: [{ url: 'https://example.com/a.jpg', alt: 'A' }, { url: 'https://vimeo.com/1', link: 'https://example.com/more' }] }).events[0];
    expect(event?.media).to.deep.equal([{ url: 'https://example.com/a.jpg', alt: 'A' }, { url: 'https://vimeo.com/1', link: 'https://example.com/more' }]);
    expect(event).not.to.have.property('url');
  });
});

describe('TimelineJS options', () => {
  let newsroom: unknown;
  before(async () => {
    newsroom = await fixtureJson('media-newsroom.timelinejs.json');
  });
  const unsorted = [
    { unique_id: 'c', start_date: { year: 2005 }, text: { headline: 'C' } },
    { unique_id: 'a', start_date: { year: 2001 }, text: { headline: 'A' } },
    { unique_id: 'b1', start_date: { year: 2003 }, text: { headline: 'B1' } },
    { unique_id: 'b2', start_date: { year: 2003 }, text: { headline: 'B2' } },
  ];

  it('count the title slide as slide 0 for start_at_slide, like TimelineJS', () => {
    expect(convert(newsroom, 'timelinejs', { start_at_slide: 1 }).options).to.deep.equal({ startAt: 'crack-found' });
    expect(convert(newsroom, 'timelinejs', { start_at_slide: '4' }).options).to.deep.equal({ startAt: 'tljs-3' });
    // Slide 0 is the title card, where a story starts anyway.
    expect(convert(newsroom, 'timelinejs', { start_at_slide: 0 })).not.to.have.property('options');
  });

  it('count slides in time order (ties as given) without a title slide', () => {
    expect(parseTimelineJS(unsorted, { start_at_slide: 0 }).options).to.deep.equal({ startAt: 'a' });
    expect(parseTimelineJS(unsorted, { start_at_slide: 2 }).options).to.deep.equal({ startAt: 'b2' });
    expect(parseTimelineJS({ events: unsorted, title: {} }, { start_at_slide: 1 }).options).to.deep.equal({ startAt: 'a' });
  });

  it('start at the end for start_at_end or a slide past the last one', () => {
    expect(parseTimelineJS(unsorted, { start_at_end: true, start_at_slide: 1 }).options).to.deep.equal({ startAtEnd: true });
    expect(parseTimelineJS(unsorted, { start_at_end: 'true' }).options).to.deep.equal({ startAtEnd: true });
    expect(parseTimelineJS(unsorted, { start_at_slide: 4 }).options).to.deep.equal({ startAtEnd: true });
    expect(parseTimelineJS(unsorted, { start_at_end: false }).options).to.deep.equal({ startAtEnd: false });
  });

  it('map hash_bookmark, initial_zoom and language', () => {
    expect(convert(newsroom, 'timelinejs', { hash_bookmark: true, initial_zoom: '3', language: 'pt-br' }).options).to.deep.equal({
      hashLinks: true,
      initialZoom: 3,
      lang: 'pt-BR',
    });
    expect(parseTimelineJS(unsorted, { lang: 'de' }).options).to.deep.equal({ lang: 'de' });
    expect(parseTimelineJS(unsorted, { language: 'cz' }).options).to.deep.equal({ lang: 'cs' });
    expect(parseTimelineJS(unsorted, { language: 'zh-tw', lang: 'fr' }).options).to.deep.equal({ lang: 'zh-TW' });
  });

  it('report options that are not carried over, or not understood, as warnings about the input', () => {
    const result = parseTimelineJS(unsorted, { font: 'Georgia', height: 650, start_at_slide: 'two', initial_zoom: -1, language: 'en-24hr', hash_bookmark: 'yes' });
    expect(result.options).to.deep.equal({ lang: 'en' });
    expect(result.errors).to.deep.equal([
      { index: -1, reason: 'option hash_bookmark: not true or false', warning: true },
      { index: -1, reason: 'option start_at_slide: not a slide number', warning: true },
      { index: -1, reason: 'option initial_zoom: not a zoom level', warning: true },
      { index: -1, reason: 'option language: "en-24hr" is read as "en" (its date format variant is not carried over)', warning: true },
      { index: -1, reason: 'option font: not carried over', warning: true },
      { index: -1, reason: 'option height: not carried over', warning: true },
    ]);
  });

  it('are none when none are passed, and vis groups are not TimelineJS options', () => {
    const result = convert(newsroom, 'timelinejs', { groups: [] });
    expect(result).not.to.have.property('options');
    expect(warningsOf(result.errors)).to.have.length(3);
    expect(parseTimelineJS(unsorted)).not.to.have.property('options');
  });

  it('apply to a sheet too', async () => {
    const result = convert(await fixtureText('media-sheet.csv'), 'timelinejs-csv', { start_at_slide: 2, hash_bookmark: 1 });
    expect(result.options).to.deep.equal({ startAt: 'tljs-4', hashLinks: true });
  });
});

describe('TimelineJS sheet CSV: media columns', () => {
  let text: string;
  let rows: Record<string, string>[];
  let result: ReturnType<typeof convert>;
  let byId: Map<string, TimelineEventInput>;
  before(async () => {
    text = await fixtureText('media-sheet.csv');
    const [header = [], ...cells] = csvParseRows(text);
    rows = cells.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
    result = convert(text);
    byId = new Map(result.events.map((event) => [event.id, event]));
  });

  it('holds every kind of media the issue lists (the fixture covers them all)', () => {
    expect(kindsMissing(rows.map((row) => row.Media!))).to.deep.equal([]);
  });

  it('reads 29 events, the title row as the title card and two eras', () => {
    expect(result.format).to.equal('timelinejs-csv');
    expect(result.events).to.have.length(29);
    expect(result.eras).to.have.length(2);
    expect(result.title).to.deep.equal({
      heading: 'Linden Street Library: from fire to reopening',
      text: rows[0]!.Text,
      media: {
        url: 'https://images.example.com/ashcombe/2024/05/library-reopened.png',
        caption: '<p>The rebuilt reading room on <em>opening day</em>.</p>',
        credit: 'Photo: Priya Nair / Ashcombe Gazette',
        alt: 'A bright reading room with tall windows and wooden shelves',
      },
      accent: '#2f1b0c',
    });
  });

  it('brings every Media cell over with Media Caption, Media Credit, Media Thumbnail and Alt Text', () => {
    let count = 0;
    rows.forEach((row, index) => {
      if (row.Type) return;
      count++;
      const expected = expectedMedia({ url: row.Media, caption: row['Media Caption'], credit: row['Media Credit'], thumbnail: row['Media Thumbnail'], alt: row['Alt Text'] });
      expect(mediaOf(byId.get(`tljs-${index}`)), `row ${index}`).to.deep.equal(expected);
    });
    expect(count).to.equal(29);
    expect(result.events.filter((event) => mediaOf(event)?.alt)).to.have.length(5);
    expect(result.events.filter((event) => mediaOf(event)?.thumbnail)).to.have.length(4);
  });

  it('reads Display Date, a Background colour, and reports a Background image', () => {
    expect(byId.get('tljs-22')).to.deep.include({ title: 'The new roof in a minute', displayDate: 'Spring 2023' });
    expect(byId.get('tljs-31')).to.deep.include({ title: 'The library reopens', displayDate: 'Opening day', start: '2024-05-17T10:00:00Z' });
    expect(byId.get('tljs-24')?.accent).to.equal('darkslateblue');
    expect(result.errors).to.deep.equal([warning(31, 'tljs-31', 'background.url: background images are not shown')]);
  });

  it('matches the media columns whatever their case and spacing', () => {
    const sheet = 'year,HEADLINE,media,media_caption,Media-Credit,MEDIA THUMBNAIL,alt text,display date,BACKGROUND\n' +
      '2001,A,https://example.com/a.jpg,<b>Cap</b>,Someone,https://example.com/t.jpg,An alt,Early 2001,navy\n';
    expect(parseCSV(sheet).events).to.deep.equal([
      {
        id: 'tljs-0', start: '2001', title: 'A', displayDate: 'Early 2001', accent: 'navy',
        media: { url: 'https://example.com/a.jpg', caption: '<b>Cap</b>', credit: 'Someone', thumbnail: 'https://example.com/t.jpg', alt: 'An alt' },
      },
    ]);
  });

  it('reads the first template\'s Tag column as the group, and reports columns it does not read once each', () => {
    const sheet = 'Year,Headline,Tag,Media Link,Notes\n2001,A,Politics,https://example.com/more,\n2002,B,,,\n';
    const parsed = parseCSV(sheet);
    expect(parsed.events[0]?.group).to.equal('Politics');
    expect(parsed.errors).to.deep.equal([
      { index: -1, reason: 'column "Media Link": not a TimelineJS sheet column, not carried over', warning: true },
    ]);
  });
});

describe('TimelineJS media: a hostile file', () => {
  let data: unknown;
  let result: ReturnType<typeof convert>;
  let byId: Map<string, TimelineEventInput>;
  before(async () => {
    data = await fixtureJson('media-hostile.timelinejs.json');
    result = convert(data);
    byId = new Map(result.events.map((event) => [event.id, event]));
  });
  const reasonsOf = (id: string) => result.errors.filter((error) => error.id === id).map((error) => error.reason);

  it('is read without throwing, as parsed JSON and as text', async () => {
    expect(() => parseTimelineJS(data)).not.to.throw();
    const fromText = convert(await fixtureJsonText('media-hostile.timelinejs.json'));
    expect(fromText.events.map((event) => event.id)).to.deep.equal(result.events.map((event) => event.id));
  });

  it('keeps only strings in every field it carries', () => {
    const items = [...result.events.flatMap((event) => [event.media ?? []].flat()), result.title?.media].filter(Boolean) as MediaInput[];
    expect(items.length).to.be.greaterThan(5);
    for (const item of items) {
      for (const [key, value] of Object.entries(item)) expect(typeof value, `media.${key}`).to.equal('string');
    }
    for (const event of result.events) {
      for (const key of ['id', 'start', 'title', 'summary', 'summaryHtml', 'group', 'url', 'displayDate', 'accent'] as const) {
        if (key in event) expect(typeof event[key], `${event.id}.${key}`).to.equal('string');
      }
    }
    for (const error of result.errors) expect(typeof error.reason).to.equal('string');
  });

  it('keeps hostile media as data for the card to sanitize, but never as the event link', () => {
    expect(mediaOf(byId.get('js-urls'))).to.deep.equal({
      url: "javascript:window.__pwned='url'",
      caption: '<img src=x onerror="window.__pwned=\'caption\'">',
      credit: 'Photo desk',
      thumbnail: "javascript:window.__pwned='thumbnail'",
      alt: '">',
      link: "javascript:window.__pwned='link'",
    });
    expect(result.events.filter((event) => event.url)).to.deep.equal([]);
    expect(mediaOf(byId.get('iframe-js'))?.url).to.match(/^<iframe src="javascript:/);
    expect(result.title?.media?.url).to.equal("javascript:window.__pwned='title media'");
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('reports fields of the wrong type and keeps numbers as their digits', () => {
    expect(mediaOf(byId.get('wrong-types'))).to.deep.equal({ url: 'https://images.example.com/ok.jpg', caption: '12345', link: '42' });
    expect(reasonsOf('wrong-types')).to.deep.equal([
      'text.headline: not text',
      'text.text: not text',
      'display_date: not text',
      'group: not text',
      'media.credit: not text',
      'media.thumbnail: not text',
      'media.alt: not text',
      'media.title: not text',
      'background: not an object',
    ]);
    expect(byId.get('wrong-types')?.title).to.equal('2020-01-04');
  });

  it('reads media given as a bare URL or a list, and reports media that is neither', () => {
    expect(byId.get('media-string')?.media).to.deep.equal({ url: 'https://images.example.com/bare.jpg' });
    expect(byId.get('media-list')?.media).to.deep.equal([{ url: 'https://images.example.com/one.jpg', caption: 'One' }]);
    expect(reasonsOf('media-list')).to.deep.equal(['media[1]: not an object', 'media[3]: no url, so its caption cannot be shown']);
    expect(byId.get('media-number')).not.to.have.property('media');
    expect(reasonsOf('media-number')).to.deep.equal(['media: not an object']);
    expect(reasonsOf('no-url')).to.deep.equal(['media: no url, so its caption, credit cannot be shown']);
  });

  it('keeps huge strings whole', () => {
    const huge = byId.get('huge')!;
    expect(mediaOf(huge)?.url).to.have.length(20031);
    expect(mediaOf(huge)?.caption?.length).to.be.greaterThan(50_000);
    expect(huge.group).to.have.length(5000);
  });

  it('refuses colours that are not plain and ids that are not text, and says so', () => {
    expect(byId.get('tljs-9')?.title).to.equal('An object as unique_id');
    expect(reasonsOf('tljs-9')).to.deep.equal([
      'unique_id: not text, tljs-9 is used',
      'background.url: not text',
      'background.color: not a plain CSS colour',
      'unknown: not a TimelineJS field we read, not carried over',
    ]);
    expect(byId.get('bad-colour')).not.to.have.property('accent');
    expect(result.title).not.to.have.property('accent');
    expect(result.errors).to.deep.include({ index: -1, reason: 'title: background.color: not a plain CSS colour', warning: true });
  });

  it('drops what cannot be an event, as before', () => {
    expect(result.events).to.have.length(11);
    expect(result.errors.filter((error) => !error.warning)).to.deep.equal([
      { index: 11, id: 'nan-date', reason: 'start_date: invalid year "NaN"' },
      { index: 12, reason: 'event is not an object' },
      { index: 13, reason: 'event is not an object' },
      { index: -1, reason: 'era: eras is not an array' },
    ]);
  });
});
