/**
 * Small hand-written datasets for the stories. Wording is our own; the events in the deep-time set are
 * textbook facts, the rest are neutral placeholders that say what their date means.
 */
import type { TimelineEventInput } from '../src/index.js';

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
