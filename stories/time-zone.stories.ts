import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { TimelineEventInput, TlTimeline } from '../src/index.js';
import { settle } from './support.js';

interface TimeZoneArgs {
  timeZone: string;
  lang: string;
}

/** A press conference in Berlin at 20:15 (19:15Z in winter), the questions after it, and the day it is on. */
const PRESS: TimelineEventInput[] = [
  { id: 'doors', start: '2024-11-05T18:30Z', title: { en: 'Doors open', de: 'Einlass' }, group: 'Press' },
  { id: 'press', start: '2024-11-05T19:15Z', end: '2024-11-05T20:00Z', title: { en: 'Press conference', de: 'Pressekonferenz' }, group: 'Press' },
  { id: 'questions', start: '2024-11-05T20:00Z', end: '2024-11-05T20:45Z', title: { en: 'Questions', de: 'Fragen' }, group: 'Press' },
  { id: 'release', start: '2024-11-05T22:30Z', title: { en: 'Statement published', de: 'Erklärung veröffentlicht' }, group: 'Press' },
  { id: 'day', start: '2024-11-05', title: { en: 'Election day (a date: the same in every zone)', de: 'Wahltag (ein Datum: in jeder Zone gleich)' }, group: 'Dates' },
];

const ZONES = ['', 'local', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney'] as const;

/** The card's date line (before its lane) once the event `id` is selected in `el`. */
async function cardDate(el: TlTimeline, id: string): Promise<string> {
  el.select(id);
  await el.updateComplete;
  return el.shadowRoot!.querySelector('[part="detail"] .when')!.textContent!.split(' · ')[0]!.trim();
}

const meta = {
  title: 'Elements/tl-timeline/Time zone',
  component: 'tl-timeline',
  render: (args) =>
    html`<tl-timeline lang=${args.lang} label="Press conference" time-zone=${args.timeZone} .events=${PRESS}></tl-timeline>`,
  args: { timeZone: 'Europe/Berlin', lang: 'de' },
  argTypes: {
    timeZone: { control: { type: 'select', labels: { '': 'UTC (default)' } }, options: ZONES },
    lang: { control: 'inline-radio', options: ['de', 'en', 'en-GB', 'fr'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          '`time-zone` writes times of day in a zone — on the axis, in the labels, the tooltip, the card (which names ' +
          'the zone: `20:15 MEZ`, `2:15 PM EST`), the list and the overview. An IANA name (`Europe/Berlin`), `local` ' +
          'for the reader\'s own, or nothing for UTC. Dates without a time (a day, a month, a year) are never shifted. ' +
          'Across a change to or from summer time the hour ticks skip the hour the clocks skip, and show twice the ' +
          'hour they repeat. The zone\'s code loads the first time a zone is set.',
      },
    },
  },
} satisfies Meta<TimeZoneArgs>;

export default meta;
type Story = StoryObj<TimeZoneArgs>;

/** Pick a zone: the same instants, written and ticked on another clock. */
export const Playground: Story = {};

/** The same press conference seen from Berlin and from New York: 20:15 MEZ is 14:15 EST; the election day stays the 5th. */
export const BerlinAndNewYork: Story = {
  name: 'Berlin and New York',
  render: () => html`<div style="display: grid; gap: 1rem">
    <tl-timeline id="berlin" lang="de" label="Pressekonferenz, Berliner Zeit" time-zone="Europe/Berlin" .events=${PRESS}></tl-timeline>
    <tl-timeline id="new-york" lang="en" label="Press conference, New York time" time-zone="America/New_York" .events=${PRESS}></tl-timeline>
  </div>`,
  play: async ({ canvasElement }) => {
    const berlin = canvasElement.querySelector<TlTimeline>('#berlin')!;
    const newYork = canvasElement.querySelector<TlTimeline>('#new-york')!;
    // The zones' code loads on first use: wait until both are in force.
    await waitFor(() => expect(berlin.model.zone?.id).toBe('Europe/Berlin'), { timeout: 5000 });
    await waitFor(() => expect(newYork.model.zone?.id).toBe('America/New_York'), { timeout: 5000 });
    await settle(canvasElement);
    await expect(await cardDate(berlin, 'press')).toBe('5. November 2024 um 20:15 MEZ – 5. November 2024 um 21:00 MEZ');
    await expect(await cardDate(newYork, 'press')).toBe('November 5, 2024 at 02:15 PM EST – November 5, 2024 at 03:00 PM EST');
    await expect(await cardDate(berlin, 'day')).toBe('5. November 2024');
    await expect(await cardDate(newYork, 'day')).toBe('November 5, 2024');
    // The axis at hour zoom: the instant 19:00Z is Berlin's 20:00 and New York's 14:00; neither reads 19:00.
    for (const el of [berlin, newYork]) await el.zoomTo(Date.UTC(2024, 10, 5, 18, 30), Date.UTC(2024, 10, 5, 23, 30), { animate: false });
    const labels = (el: TlTimeline) => [...el.shadowRoot!.querySelectorAll('.axis .tick-label')].map((t) => t.textContent);
    await expect(labels(berlin)).toContain('20:00');
    await expect(labels(newYork)).toContain('14:00');
    await expect([...labels(berlin), ...labels(newYork)]).not.toContain('19:00');
  },
};

/** The night the clocks go back in Berlin: 02:00 comes twice, and the card tells the two apart (MESZ, then MEZ). */
export const FallBack: Story = {
  name: 'The night the clocks go back',
  render: () => html`<tl-timeline lang="de" label="Nachtschicht" time-zone="Europe/Berlin"
    .events=${[
      { id: 'first', start: '2025-10-26T00:30Z', title: 'Erste 02:30', group: 'Nacht' },
      { id: 'second', start: '2025-10-26T01:30Z', title: 'Zweite 02:30', group: 'Nacht' },
    ]}></tl-timeline>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<TlTimeline>('tl-timeline')!;
    await waitFor(() => expect(el.model.zone?.id).toBe('Europe/Berlin'), { timeout: 5000 });
    await settle(canvasElement);
    // Three hours around the change (the zoom's limits, with two events an hour apart, allow about that much).
    await el.zoomTo(Date.UTC(2025, 9, 25, 23, 30), Date.UTC(2025, 9, 26, 2, 30), { animate: false });
    // Full hours (the axis may add half hours on a wide screen): 02:00 twice, once in summer time and once in winter time.
    const hours = [...el.shadowRoot!.querySelectorAll('.axis .tick-label')].map((t) => t.textContent!).filter((t) => t.endsWith(':00'));
    await expect(hours).toEqual(['02:00', '02:00', '03:00']);
    await expect(await cardDate(el, 'first')).toBe('26. Oktober 2025 um 02:30 MESZ');
    await expect(await cardDate(el, 'second')).toBe('26. Oktober 2025 um 02:30 MEZ');
  },
};
