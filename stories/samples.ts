/**
 * Small hand-written datasets for the stories. Wording is our own; the events in the deep-time set are
 * textbook facts, the rest are neutral placeholders that say what their date means.
 */
import type { EraInput, GroupInput, MarkerInput, TimelineEventInput } from '../src/index.js';

/** One event per way of knowing a date, in three lanes: how precise, how qualified, how long. */
export const precisionEvents: TimelineEventInput[] = [
  {
    id: 'day',
    start: '2025-03-26',
    group: 'Points',
    title: { en: 'Known to the day', de: 'Auf den Tag bekannt' },
    summary: { en: 'EDTF 2025-03-26: one calendar day, drawn as a dot.', de: 'EDTF 2025-03-26: ein Kalendertag, als Punkt gezeichnet.' },
  },
  {
    id: 'minute',
    start: '2021-11-08T14:30:00Z',
    group: 'Points',
    title: { en: 'Known to the minute', de: 'Auf die Minute bekannt' },
    summary: { en: 'An ISO date-time in UTC, drawn as a dot.', de: 'Eine ISO-Zeitangabe in UTC, als Punkt gezeichnet.' },
  },
  {
    id: 'month',
    start: '2018-04',
    group: 'Periods',
    title: { en: 'Some day in April 2018', de: 'Irgendwann im April 2018' },
    summary: { en: 'EDTF 2018-04: only the month is known, so the whole month is shaded.', de: 'EDTF 2018-04: nur der Monat ist bekannt.' },
  },
  {
    id: 'year',
    start: '2012',
    group: 'Periods',
    title: { en: 'Some time in 2012', de: 'Irgendwann 2012' },
    summary: { en: 'EDTF 2012: only the year is known.', de: 'EDTF 2012: nur das Jahr ist bekannt.' },
  },
  {
    id: 'season',
    start: '2023-23',
    group: 'Periods',
    title: { en: 'Autumn 2023', de: 'Herbst 2023' },
    summary: { en: 'EDTF 2023-23: season 23 is autumn (September to November here).', de: 'EDTF 2023-23: Jahreszeit 23 ist der Herbst.' },
  },
  {
    id: 'approximate',
    start: '2016-06~',
    group: 'Qualified',
    title: { en: 'Around June 2016', de: 'Etwa Juni 2016' },
    summary: { en: 'EDTF 2016-06~: an estimate; the label starts with ≈.', de: 'EDTF 2016-06~: eine Schätzung; das Label beginnt mit ≈.' },
  },
  {
    id: 'uncertain',
    start: '2019?',
    group: 'Qualified',
    title: { en: 'Perhaps 2019', de: 'Vielleicht 2019' },
    summary: { en: 'EDTF 2019?: the source is not sure; the label ends with ?.', de: 'EDTF 2019?: die Quelle ist unsicher; das Label endet mit ?.' },
  },
  {
    id: 'interval',
    start: '2013/2015',
    group: 'Ranges',
    title: { en: 'From 2013 to 2015', de: 'Von 2013 bis 2015' },
    summary: { en: 'EDTF interval 2013/2015: a bar from the start of 2013 to the end of 2015.', de: 'EDTF-Intervall 2013/2015.' },
  },
  {
    id: 'start-end',
    start: '2020-02-10',
    end: '2020-11-30',
    group: 'Ranges',
    title: { en: 'Start and end to the day', de: 'Beginn und Ende auf den Tag' },
    summary: { en: 'Separate start and end dates give a solid bar.', de: 'Getrennte Beginn- und Enddaten ergeben einen Balken.' },
  },
  {
    id: 'fuzzy-range',
    start: '2022~',
    end: '2024-05',
    group: 'Ranges',
    title: { en: 'Began around 2022, ended May 2024', de: 'Begann etwa 2022, endete Mai 2024' },
  },
];

/** From the beginning of the universe to the Moon landing: 13.8 billion years on one axis. */
export const deepTimeEvents: TimelineEventInput[] = [
  { id: 'big-bang', start: 'Y-13800000000', title: { en: 'The universe begins', de: 'Das Universum entsteht' }, group: 'Cosmos' },
  { id: 'sun', start: 'Y-4600000000', title: { en: 'The Sun forms', de: 'Die Sonne entsteht' }, group: 'Cosmos' },
  { id: 'earth', start: 'Y-4540000000', title: { en: 'Earth forms', de: 'Die Erde entsteht' }, group: 'Earth' },
  { id: 'life', start: 'Y-3700000000', title: { en: 'Oldest traces of life', de: 'Älteste Lebensspuren' }, group: 'Life' },
  { id: 'cambrian', start: 'Y-538800000', title: { en: 'Cambrian period begins', de: 'Beginn des Kambriums' }, group: 'Life' },
  { id: 'dinosaurs', start: '-66000000', title: { en: 'Non-avian dinosaurs die out', de: 'Nicht-Vogel-Dinosaurier sterben aus' }, group: 'Life' },
  { id: 'tools', start: '-3300000', title: { en: 'Oldest known stone tools', de: 'Älteste bekannte Steinwerkzeuge' }, group: 'People' },
  { id: 'sapiens', start: '-300000', title: { en: 'Early Homo sapiens', de: 'Früher Homo sapiens' }, group: 'People' },
  { id: 'writing', start: '-3200', title: { en: 'Writing in Mesopotamia', de: 'Schrift in Mesopotamien' }, group: 'People' },
  { id: 'moon', start: '1969-07-20', title: { en: 'First people on the Moon', de: 'Erste Menschen auf dem Mond' }, group: 'People' },
];

/** Valid rows mixed with rows the element must skip and report. */
export const badRows = [
  { id: 'ok-1', start: '2024-02-01', title: 'A valid event' },
  { id: 'ok-2', start: '2024-05', title: 'Another valid event' },
  { id: '', start: '2024-03-01', title: 'A row without an id' },
  { id: 'impossible', start: '2024-02-30', title: 'A day that does not exist' },
  { id: 'backwards', start: '2024-09', end: '2024-01', title: 'Ends before it starts' },
  { id: 'ok-1', start: '2024-07-01', title: 'A second row with the same id' },
  { id: 'untitled', start: '2024-08-01' },
] as unknown as TimelineEventInput[];

/** A few events within one week, for the wheel story (enough room to see what the wheel does). */
export const weekEvents: TimelineEventInput[] = [
  { id: 'mon', start: '2025-06-02T09:00:00Z', title: 'Kick-off', group: 'Team' },
  { id: 'tue', start: '2025-06-03T13:30:00Z', end: '2025-06-03T17:00:00Z', title: 'Design review', group: 'Team' },
  { id: 'wed', start: '2025-06-04', title: 'Release candidate', group: 'Build' },
  { id: 'thu', start: '2025-06-05T08:00:00Z', end: '2025-06-06T18:00:00Z', title: 'Testing', group: 'Build' },
  { id: 'fri', start: '2025-06-06T16:00:00Z', title: 'Release', group: 'Build' },
];

// ——— Context layers: eras, markers, categories, groups ———
// Invented people, places and projects; every line is our own.

/**
 * An invented life: Ottilie Brandt (1851–1924), a harbour engineer in the invented town of Lühnfeld. Thirty events
 * in three lanes, some years crowded (1888–1890), some dates known only to the year, one approximate, two uncertain;
 * each has a `category` for `color-by="category"`.
 */
export const brandtEvents: TimelineEventInput[] = [
  { id: 'born', start: '1851-02-09', group: 'Life', category: 'Family', title: 'Ottilie Brandt is born in the harbour town of Lühnfeld' },
  { id: 'school', start: '1858', group: 'Life', category: 'Family', title: "Starts at the girls' school above the chandlery" },
  { id: 'beacons', start: '1864-06', group: 'Life', category: 'Lights', title: 'Sketches every beacon on the coast in a summer with her uncle' },
  { id: 'drawing-office', start: '1867', group: 'Work', category: 'Lights', title: 'Talks her way into the shipyard drawing office' },
  { id: 'davit', start: '1869-03-02', group: 'Work', category: 'Lights', title: 'Her first drawing is built: a davit for the pilot boat' },
  { id: 'optics', start: '1871?', group: 'Life', category: 'Publications', title: 'Evening lectures on optics in the county town' },
  { id: 'storm', start: '1872-11-13', group: 'Work', category: 'Lights', title: 'A storm flood wrecks the old harbour light' },
  { id: 'rebuild', start: '1873-05', group: 'Work', category: 'Lights', title: 'Back in Lühnfeld to rebuild the harbour light' },
  { id: 'assistant', start: '1874-04-01', group: 'Work', category: 'Lights', title: 'Assistant engineer to the Harbour Board' },
  { id: 'marries', start: '1876-09-18', group: 'Life', category: 'Family', title: 'Marries Henrik Solberg, a pilot' },
  { id: 'marit', start: '1878-02-03', group: 'Life', category: 'Family', title: 'Her daughter Marit is born' },
  { id: 'fog-signals', start: '1880', group: 'Writing', category: 'Publications', title: 'A pamphlet on fog signals for small harbours' },
  { id: 'aksel', start: '1882-10', group: 'Life', category: 'Family', title: 'Her son Aksel is born' },
  { id: 'breakwater', start: '1884-06-21', group: 'Work', category: 'Lights', title: 'The new breakwater light is lit' },
  { id: 'lamp-oils', start: '1886~', group: 'Writing', category: 'Publications', title: 'Starts her notebooks on lamp oils' },
  { id: 'named', start: '1888-05-14', group: 'Work', category: 'Commission', title: 'Named to the coastal light commission' },
  { id: 'headlands', start: '1888-07', end: '1888-09', group: 'Work', category: 'Commission', title: 'Surveys twelve headlands by boat' },
  { id: 'lens', start: '1889-03-30', group: 'Work', category: 'Commission', title: 'Proposes a rotating lens for the outer reef' },
  { id: 'reef-light', start: '1889-08-12', group: 'Work', category: 'Lights', title: 'The reef light turns for the first time' },
  { id: 'report', start: '1889-11', group: 'Writing', category: 'Commission', title: "Drafts the commission's report on reef lights" },
  { id: 'printed', start: '1890-01-15', group: 'Writing', category: 'Publications', title: 'The report goes to every harbour master' },
  { id: 'retires', start: '1893', group: 'Life', category: 'Family', title: 'Henrik retires from the pilot service' },
  { id: 'leaves', start: '1896-09-30', group: 'Work', category: 'Lights', title: 'Leaves the Harbour Board after 22 years' },
  { id: 'office', start: '1897-04', group: 'Work', category: 'Lights', title: 'Opens her own office for harbour lighting' },
  { id: 'ferry-pier', start: '1899-06-06', group: 'Work', category: 'Lights', title: 'Lights for the new ferry pier' },
  { id: 'handbook', start: '1901', group: 'Writing', category: 'Publications', title: 'Her Handbook of Coastal Lights, in two volumes' },
  { id: 'dissolved', start: '1903-11-02', group: 'Work', category: 'Commission', title: 'The commission is dissolved; her maps go to the archive' },
  { id: 'honour', start: '1906-05', group: 'Life', category: 'Honours', title: "Honorary member of the engineers' society" },
  { id: 'last-visit', start: '1912?', group: 'Work', category: 'Lights', title: 'Her last inspection of a lighthouse' },
  { id: 'dies', start: '1924-01-27', group: 'Life', category: 'Family', title: 'Ottilie Brandt dies in Lühnfeld' },
];

/**
 * Three eras of her life: an apprenticeship known only to the years (drawn with soft ends), and two posts known to
 * the day that overlap from 1888 to 1896 (drawn in two rows).
 */
export const brandtEras: EraInput[] = [
  { id: 'apprenticeship', start: '1867', end: '1872', title: 'Apprenticeship at the shipyard' },
  { id: 'harbour-board', start: '1874-04-01', end: '1896-09-30', title: 'Harbour Board engineer', color: '#1d4ed8' },
  { id: 'commission', start: '1888-05-14', end: '1903-11-02', title: 'Coastal light commission', color: '#0b6e4f' },
];

/** Two moments that shaped the town around her. */
export const brandtMarkers: MarkerInput[] = [
  { id: 'railway', at: '1871-07-01', title: 'Railway reaches Lühnfeld' },
  { id: 'telegraph', at: '1885-10-01', title: 'Coast telegraph opens' },
];

/** A date in TimelineJS's form. */
interface TimelineJSDate {
  year: number;
  month?: number;
  day?: number;
}

/** A TimelineJS slide or era, as far as these samples use it. */
interface TimelineJSSlide {
  unique_id?: string;
  start_date: TimelineJSDate;
  end_date?: TimelineJSDate;
  text: { headline: string; text?: string };
  group?: string;
}

/** A TimelineJS3 JSON object with a title slide, events and eras (what a TimelineJS user already has). */
export interface TimelineJSSample {
  title: { text: { headline: string; text?: string } };
  eras?: TimelineJSSlide[];
  events: TimelineJSSlide[];
}

/** An invented river ferry company, 1921–1968, in TimelineJS's format: eight slides and two eras. */
export const ferryTimelineJS: TimelineJSSample = {
  title: { text: { headline: 'The Osterau River Ferry', text: '<p>An invented ferry line, from its first boat to the bridge.</p>' } },
  eras: [
    { start_date: { year: 1921 }, end_date: { year: 1939 }, text: { headline: 'Steam years' } },
    { start_date: { year: 1949, month: 5, day: 2 }, end_date: { year: 1968, month: 9, day: 30 }, text: { headline: 'Diesel years' } },
  ],
  events: [
    { unique_id: 'first-boat', start_date: { year: 1921, month: 4, day: 11 }, text: { headline: 'The first boat crosses with eleven passengers' }, group: 'Boats' },
    { unique_id: 'second-landing', start_date: { year: 1926 }, text: { headline: 'A second landing on the north bank' }, group: 'Route' },
    { unique_id: 'night-service', start_date: { year: 1931, month: 10 }, text: { headline: 'Night crossings begin' }, group: 'Route' },
    { unique_id: 'ice', start_date: { year: 1937, month: 1, day: 19 }, text: { headline: '<i>Ice</i> stops the ferry for six weeks' }, group: 'Boats' },
    { unique_id: 'paused', start_date: { year: 1940, month: 6 }, end_date: { year: 1949, month: 4 }, text: { headline: 'Service paused' }, group: 'Route' },
    { unique_id: 'diesel', start_date: { year: 1949, month: 5, day: 2 }, text: { headline: 'The first diesel boat enters service' }, group: 'Boats' },
    { unique_id: 'cars', start_date: { year: 1955, month: 7 }, text: { headline: 'Cars are carried for the first time' }, group: 'Boats' },
    { unique_id: 'bridge', start_date: { year: 1968, month: 9, day: 30 }, text: { headline: 'The bridge opens and the last ferry sails' }, group: 'Route' },
  ],
};

/**
 * A community garden's season in vis-timeline's `{ items, groups }` form: two background items (one for every lane,
 * one for the compost lane only) and three groups whose `order` differs from the order they are listed in.
 */
export const gardenVis = {
  groups: [
    { id: 'beds', content: 'Vegetable beds', order: 2 },
    { id: 'orchard', content: 'Orchard', order: 1 },
    { id: 'compost', content: 'Compost', order: 3 },
  ],
  items: [
    { id: 'frost', content: 'Late frost risk', start: '2025-03-01', end: '2025-04-20', type: 'background' },
    { id: 'hedgehogs', content: 'Hedgehogs nesting', start: '2025-06-01', end: '2025-08-15', type: 'background', group: 'compost' },
    { id: 'prune', content: 'Prune the apple trees', start: '2025-02-22', group: 'orchard' },
    { id: 'blossom', content: 'Blossom walk', start: '2025-04-26', group: 'orchard' },
    { id: 'cherries', content: 'Cherry picking', start: '2025-06-21', end: '2025-06-29', group: 'orchard' },
    { id: 'apples', content: 'Apple day', start: '2025-09-27', group: 'orchard' },
    { id: 'seed-swap', content: 'Seed swap', start: '2025-03-08', group: 'beds' },
    { id: 'potatoes', content: 'Potatoes in', start: '2025-04-12', group: 'beds' },
    { id: 'beans', content: 'Bean harvest', start: '2025-07-14', end: '2025-08-30', group: 'beds' },
    { id: 'turn', content: 'Turn the heaps', start: '2025-03-29', group: 'compost' },
    { id: 'sieve', content: 'Sieve the finished compost', start: '2025-09-13', group: 'compost' },
  ],
};

/** A product team's spring (invented), with milestones worth a marker. */
export const releaseEvents: TimelineEventInput[] = [
  { id: 'kickoff', start: '2024-10-07', title: 'Kick-off', group: 'Plan' },
  { id: 'research', start: '2024-10-14', end: '2024-11-29', title: 'User research', group: 'Plan' },
  { id: 'design', start: '2024-12-02', end: '2025-01-31', title: 'Design', group: 'Build' },
  { id: 'alpha', start: '2025-02-14', title: 'Alpha to ten customers', group: 'Build' },
  { id: 'beta', start: '2025-04-01', title: 'Public beta', group: 'Build' },
  { id: 'docs', start: '2025-04', title: 'Documentation written', group: 'Plan' },
  { id: 'launch', start: '2025-05-20', title: 'Launch', group: 'Build' },
];

/** Lines across the lanes for that spring; the story adds `now="2025-03-14"`. */
export const releaseMarkers: MarkerInput[] = [
  { id: 'budget', at: '2024-11-04', title: 'Budget approved' },
  { id: 'freeze', at: '2025-05-06', title: 'Code freeze' },
];

/**
 * An invented city festival's programme, each event with a `category` (one with an accent: its colour comes from
 * `--tl-category-theatre`).
 */
export const festivalEvents: TimelineEventInput[] = [
  { id: 'opening', start: '2025-07-04', title: 'Opening concert on the square', category: 'Music' },
  { id: 'choirs', start: '2025-07-06', title: 'Choirs from the twin towns', category: 'Music' },
  { id: 'jazz', start: '2025-07-11', title: 'Jazz on the river boat', category: 'Music' },
  { id: 'closing', start: '2025-07-27', title: 'Closing concert', category: 'Music' },
  { id: 'silent', start: '2025-07-05', title: 'Silent films with a live organ', category: 'Film' },
  { id: 'shorts', start: '2025-07-13', title: 'Short films by pupils', category: 'Film' },
  { id: 'open-air', start: '2025-07-19', end: '2025-07-20', title: 'Open-air cinema weekend', category: 'Film' },
  { id: 'puppets', start: '2025-07-08', title: 'Puppet theatre for children', category: 'Théâtre' },
  { id: 'courtyard', start: '2025-07-15', end: '2025-07-17', title: 'A comedy in the castle courtyard', category: 'Théâtre' },
  { id: 'readings', start: '2025-07-23', title: 'Play readings in the library', category: 'Théâtre' },
  { id: 'folk', start: '2025-07-09', title: 'Folk dance evening', category: 'Dance' },
  { id: 'tango', start: '2025-07-18', title: 'Tango on the bridge', category: 'Dance' },
  { id: 'ballet', start: '2025-07-25', title: 'Ballet school showcase', category: 'Dance' },
];

/**
 * A support team's quarter (invented): four lanes, one of them 24 tickets that read best as a collapsed strip.
 * The lane ids (`eng`, `design`, `tickets`, `ops`) are named and ordered by {@link supportGroups}.
 */
export const supportEvents: TimelineEventInput[] = [
  { id: 'eng-1', start: '2025-01-08', title: 'Search index rebuilt', group: 'eng' },
  { id: 'eng-2', start: '2025-02-03', end: '2025-02-14', title: 'Login migration', group: 'eng' },
  { id: 'eng-3', start: '2025-03-20', title: 'Hotfix for exports', group: 'eng' },
  { id: 'design-1', start: '2025-01-20', title: 'New onboarding screens', group: 'design' },
  { id: 'design-2', start: '2025-03-03', title: 'Accessibility review', group: 'design' },
  { id: 'ops-1', start: '2025-02-22', title: 'Data centre move', group: 'ops' },
  ...Array.from({ length: 24 }, (_, i) => ({
    id: `ticket-${i + 1}`,
    start: `2025-${String((i % 3) + 1).padStart(2, '0')}-${String(((i * 7) % 27) + 1).padStart(2, '0')}`,
    title: `Ticket ${i + 1}`,
    group: 'tickets',
  })),
];

/** Lanes in a chosen order, with names, one colour of its own, and the tickets collapsed. */
export const supportGroups: GroupInput[] = [
  { id: 'tickets', title: 'Support tickets', order: 4, collapsed: true },
  { id: 'eng', title: 'Engineering', order: 1, color: '#0b6e4f' },
  { id: 'design', title: 'Design', order: 2 },
  { id: 'ops', title: 'Operations', order: 3 },
];

/**
 * An invented printer and type designer, Ada Varga (1902–1978), in TimelineJS's format: thirty slides with long
 * headlines, crowded around 1930–1932 and 1946–1948, in one lane.
 */
export const vargaTimelineJS: TimelineJSSample = {
  title: { text: { headline: 'Ada Varga, printer', text: '<p>An invented life in type.</p>' } },
  events: (
    [
      [1902, 3, 17, 'Ada Varga is born above her parents’ bakery'],
      [1909, 0, 0, 'Sets her first line of type at a neighbour’s print shop'],
      [1916, 9, 0, 'Apprenticed to a printer of railway timetables'],
      [1920, 0, 0, 'Moves to the capital with one suitcase and a composing stick'],
      [1923, 5, 2, 'Wins a prize for a poster announcing a river regatta'],
      [1925, 0, 0, 'Teaches evening classes in lettering'],
      [1927, 11, 0, 'Marries the bookbinder Jonas Reiter'],
      [1930, 2, 10, 'Opens the Varga Press in a former laundry'],
      [1930, 6, 0, 'Prints her first book, a collection of sea shanties'],
      [1930, 10, 22, 'A fire in the courtyard spares the press by one wall'],
      [1931, 3, 0, 'Draws the first sketches of a typeface for small sizes'],
      [1931, 8, 14, 'Her daughter Vera is born'],
      [1932, 1, 0, 'Casts the typeface in lead and calls it Harbour'],
      [1932, 6, 30, 'Harbour is chosen for the city’s street signs'],
      [1935, 0, 0, 'Publishes a handbook for small printers'],
      [1938, 4, 0, 'Travels to three foundries to study their casting machines'],
      [1940, 0, 0, 'The press prints ration cards and little else'],
      [1944, 10, 0, 'The type cases are hidden in a farmhouse cellar'],
      [1946, 4, 8, 'The cases come home; not one letter is missing'],
      [1946, 9, 0, 'The press reopens with borrowed paper'],
      [1947, 2, 0, 'Prints school readers for the first post-war classes'],
      [1947, 11, 5, 'Jonas binds the ten-thousandth reader by hand'],
      [1948, 6, 0, 'Draws Harbour Bold for newspaper headlines'],
      [1952, 0, 0, 'Harbour is cut for the first typesetting machines'],
      [1957, 4, 12, 'Vera joins the press as its second designer'],
      [1961, 0, 0, 'An exhibition of forty years of her posters'],
      [1965, 9, 0, 'Hands the press to Vera and keeps a desk by the window'],
      [1970, 0, 0, 'Writes down how she drew every letter of Harbour'],
      [1974, 5, 0, 'Her notebooks go to the national library'],
      [1978, 1, 26, 'Ada Varga dies, aged seventy-five'],
    ] as [year: number, month: number, day: number, headline: string][]
  ).map(([year, month, day, headline], i) => ({
    unique_id: `varga-${i + 1}`,
    // 0: not known to the month (or day).
    start_date: { year, ...(month ? { month } : {}), ...(day ? { day } : {}) },
    text: { headline },
  })),
};

// ——— Stories and media (issue 14) ———

/** One media item, as an event's `media` or the title card's takes it. */
type MediaSample = Exclude<NonNullable<TimelineEventInput['media']>, readonly unknown[]>;

/** A picture the story tests can load: Storybook serves `test/fixtures/` as `/fixtures/` (see `.storybook/main.ts`). */
export const samplePhoto = '/fixtures/photo-red.png';

/** The title card of the flood story: what it is about, before its first event. */
export const floodTitle: { heading: string; text: string; media: MediaSample } = {
  heading: 'After the flood: a year at the Millbrook library',
  text: '<p>How a small town library lost its ground floor to the river, and opened again <b>one shelf at a time</b>.</p>',
  media: { url: samplePhoto, alt: 'A red card standing in for a photograph of the library', caption: 'The library on Mill Lane, before the water came', credit: 'Sample picture' },
};

/** An invented local news story told in nine steps, from the flood warning to the reopening (some with pictures). */
export const floodStory: TimelineEventInput[] = [
  { id: 'warning', start: '2023-10-19', title: 'The river passes its warning mark', summary: 'Sandbags go up along Mill Lane overnight.' },
  {
    id: 'reading-room',
    start: '2023-10-21',
    title: 'Water reaches the reading room',
    summary: 'Forty centimetres of river water stand between the lowest shelves.',
    media: { url: samplePhoto, alt: 'A red card standing in for a photograph of the flooded reading room', caption: 'The reading room at noon', credit: 'Sample picture' },
  },
  { id: 'volunteers', start: '2023-10-24', title: 'Two hundred volunteers carry books upstairs', summary: 'A chain of hands from the basement to the first floor.' },
  { id: 'survey', start: '2023-11-07', title: 'The damage survey counts 14,000 books lost', summary: 'Most of them children’s books and local history.' },
  { id: 'pop-up', start: '2023-12-02', title: 'A pop-up branch opens in the school gym' },
  { id: 'fund', start: '2024-01', title: 'The town council approves a repair fund' },
  { id: 'floors', start: '2024-04', title: 'New floors are laid and the shelves raised a metre' },
  { id: 'donations', start: '2024-06-15', title: 'Donated books pass the number lost' },
  {
    id: 'reopening',
    start: '2024-09-28',
    title: 'The library reopens',
    summary: 'The first book borrowed is a guide to building boats.',
    media: { url: samplePhoto, alt: 'A red card standing in for a photograph of the reopening', caption: 'The queue at the door', credit: 'Sample picture' },
  },
];

/**
 * One event per kind of media, in the order the MediaKinds story opens them: a picture, a video and a sound file,
 * four players that load only on a click, a Wikipedia page (a link) and a quote. The file and provider URLs are
 * made up; nothing is requested from them before a click.
 */
export const mediaKindEvents: TimelineEventInput[] = [
  { id: 'image', start: '2021-03-01', title: 'A photograph', media: { url: samplePhoto, alt: 'A red test card', caption: 'A picture served with the stories' } },
  { id: 'video', start: '2021-03-08', title: 'A video file', media: { url: 'https://media.example.org/harbour/foghorn.mp4', caption: 'The foghorn, recorded from the pier' } },
  { id: 'audio', start: '2021-03-15', title: 'A sound file', media: { url: 'https://media.example.org/harbour/interview.mp3', caption: 'An interview with the harbour master' } },
  { id: 'youtube', start: '2021-03-22', title: 'A YouTube video', media: { url: 'https://www.youtube.com/watch?v=Xa1b2C3d4E5', caption: 'The council meeting, in full' } },
  { id: 'vimeo', start: '2021-03-29', title: 'A Vimeo film', media: { url: 'https://vimeo.com/123456789', caption: 'A short film about the ferry' } },
  { id: 'soundcloud', start: '2021-04-05', title: 'A SoundCloud recording', media: { url: 'https://soundcloud.com/harbour-radio/evening-tide', caption: 'The evening programme' } },
  { id: 'map', start: '2021-04-12', title: 'A place on a map', media: { url: 'https://www.google.com/maps/place/Harbour+Lane/@53.5461,9.9661,15z', caption: 'Where the pier stood' } },
  { id: 'wikipedia', start: '2021-04-19', title: 'A Wikipedia article', media: { url: 'https://en.wikipedia.org/wiki/Lighthouse', caption: 'Background reading' } },
  { id: 'quote', start: '2021-04-26', title: 'A quote', media: { url: '<blockquote><p>We kept the light burning <em>every</em> night.</p></blockquote>', credit: 'The last lighthouse keeper' } },
];

/** Rich captions (bold, a link, and markup that must not run) and credits that are plain text, even when they look like HTML. */
export const captionEvents: TimelineEventInput[] = [
  {
    id: 'gate',
    start: '2022-05-14',
    title: 'The east gate opens to the public',
    media: {
      url: samplePhoto,
      alt: 'A red test card',
      caption: 'The crowd at the <b>east gate</b>; see the <a href="https://example.org/gate-history">history of the gate</a>.<img src="x" onerror="window.__captionRan = 1">',
      credit: '<i>Harbour Archive</i>, photo by R. Mendes',
    },
  },
  {
    id: 'speech',
    start: '2022-06-02',
    title: 'The mayor’s speech',
    media: { url: 'https://www.youtube.com/watch?v=Xa1b2C3d4E5', caption: 'The speech, <i>unedited</i>', credit: 'City Hall video team' },
  },
];

/** A picture without alt text: the caption stands in, and the element notes it. */
export const missingAltEvents: TimelineEventInput[] = [
  { id: 'pier', start: '2020-08-09', title: 'The east pier at low tide', media: { url: samplePhoto, caption: 'Low tide uncovers the old pier posts', credit: 'Sample picture' } },
  { id: 'storm', start: '2020-11-21', title: 'A storm takes the last posts' },
];

/** A TimelineJS slide with the fields the media story uses (media, display date, background). */
interface TimelineJSMediaSlide {
  unique_id?: string;
  start_date: TimelineJSDate;
  text: { headline: string; text?: string };
  media?: { url: string; alt?: string; caption?: string; credit?: string };
  display_date?: string;
  background?: { color?: string };
}

/**
 * An invented community radio station in TimelineJS's format: a title slide with a picture, and six slides — one
 * dated only as "Spring 1990" in its `display_date`, one with a `background.color`.
 */
export const radioTimelineJS: { title: Omit<TimelineJSMediaSlide, 'start_date'>; events: TimelineJSMediaSlide[] } = {
  title: {
    text: { headline: 'Radio Lindenau: a station built by its listeners', text: '<p>Eighteen years of a neighbourhood on air.</p>' },
    media: { url: samplePhoto, alt: 'A red card standing in for a photograph of the studio', caption: 'The first studio', credit: 'Sample picture' },
  },
  events: [
    {
      unique_id: 'garage',
      start_date: { year: 1988, month: 3, day: 1 },
      text: { headline: 'The first broadcast, from a garage', text: '<p>Two hours of music and the <b>weather</b>.</p>' },
      media: { url: samplePhoto, alt: 'A red card standing in for a photograph of the garage', caption: 'The garage on Birch Street', credit: 'Sample picture' },
    },
    { unique_id: 'licence', start_date: { year: 1990, month: 4 }, display_date: 'Spring 1990', text: { headline: 'A licence at last' } },
    { unique_id: 'tower', start_date: { year: 1994, month: 9, day: 12 }, text: { headline: 'The transmitter moves to the water tower' }, background: { color: '#1d4ed8' } },
    { unique_id: 'studio', start_date: { year: 1997, month: 6 }, text: { headline: 'Listeners pay for a new studio' } },
    { unique_id: 'marathon', start_date: { year: 2001, month: 11, day: 3 }, text: { headline: 'Twenty-four hours on air for the flood appeal' } },
    { unique_id: 'online', start_date: { year: 2006, month: 1, day: 1 }, text: { headline: 'The station goes online' } },
  ],
};
