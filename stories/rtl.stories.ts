import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { EraInput, TimelineEventInput, TlTimeline } from '../src/index.js';
import { timelineIn } from './support.js';

/**
 * Right to left, as Hebrew and Arabic newsrooms read time: earlier events on the right, the axis, eras and
 * overview mirrored, → going to the earlier event. From `dir="rtl"` on the page, a right-to-left `lang`, or the
 * `direction` attribute, which forces either way. The texts are short samples written for these stories.
 */
interface RtlArgs {
  direction: 'auto' | 'ltr' | 'rtl';
}

const HEBREW: TimelineEventInput[] = [
  { id: 'lottery', start: '1909-04-11', title: 'הגרלת המגרשים על הדיונות', group: 'עיר' },
  { id: 'name', start: '1910-05', title: 'השכונה מקבלת את השם תל אביב', group: 'עיר' },
  { id: 'gymnasium', start: '1910', title: 'גימנסיה הרצליה נפתחת', group: 'תרבות' },
  { id: 'port', start: '1936-05', title: 'נמל תל אביב נפתח', group: 'תחבורה' },
  { id: 'independence', start: '1948-05-14', title: 'הכרזת העצמאות בבית דיזנגוף', group: 'עיר' },
  { id: 'white-city', start: '2003-07', title: 'העיר הלבנה במורשת העולמית', group: 'תרבות' },
  { id: 'red-line', start: '2023-08-18', title: 'הקו האדום של הרכבת הקלה נפתח', group: 'תחבורה' },
];
const HEBREW_ERAS: EraInput[] = [
  { id: 'first', start: '1909', end: '1948', title: 'העיר העברית הראשונה' },
  { id: 'growth', start: '1948', end: '2024', title: 'עיר שגדלה' },
];

const ARABIC: TimelineEventInput[] = [
  { id: 'railway', start: '1856', title: 'قطار بين الإسكندرية والقاهرة', group: 'النقل' },
  { id: 'canal', start: '1869-11-17', title: 'افتتاح قناة السويس', group: 'النقل' },
  { id: 'tram', start: '1896-08', title: 'أول ترام في شوارع القاهرة', group: 'النقل' },
  { id: 'university', start: '1908-12-21', title: 'تأسيس الجامعة المصرية', group: 'الثقافة' },
  { id: 'metro', start: '1987-09-27', title: 'افتتاح الخط الأول لمترو الأنفاق', group: 'النقل' },
  { id: 'museum', start: '2023', title: 'المتحف المصري الكبير يستقبل الزوار', group: 'الثقافة' },
];

const meta = {
  title: 'Elements/tl-timeline/Right to left',
  component: 'tl-timeline',
  args: { direction: 'auto' },
  argTypes: { direction: { control: 'inline-radio', options: ['auto', 'ltr', 'rtl'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Right to left: `dir="rtl"` on the element or the page, or a right-to-left `lang` (he, ar, fa, ur …), lays ' +
          'time out from the right; `direction="ltr|rtl"` forces either way. Titles are drawn from their marker ' +
          'leftwards, never mirrored; ← and → follow the screen; Home and End stay first and last in time.',
      },
    },
  },
} satisfies Meta<RtlArgs>;

export default meta;
type Story = StoryObj<RtlArgs>;

/** The focused option's event id. */
const focusedId = (root: ShadowRoot) => {
  const key = root.querySelector('[part=plot]')!.getAttribute('aria-activedescendant');
  return key ? root.querySelector<SVGElement>(`[id="${key}"]`)?.dataset.eventId : undefined;
};

/** Hebrew, inheriting `dir="rtl"` from the page: the later event is on the left, and → goes back in time. */
export const Hebrew: Story = {
  render: (args) => html`<div dir="rtl" lang="he">
    <tl-timeline label="תל אביב" direction=${args.direction} .events=${HEBREW} .eras=${HEBREW_ERAS}><tl-overview></tl-overview></tl-timeline>
  </div>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    const x = (id: string) => el.visibleItems().find((i) => i.id === id)?.box.x ?? NaN;
    await expect(x('lottery')).toBeGreaterThan(x('red-line'));
    // The lanes are hidden for the few frames the eras' code takes to load: focus the plot once it can be.
    const plot = root.querySelector<HTMLElement>('[part=plot]')!;
    await waitFor(() => {
      plot.focus();
      expect(root.activeElement === plot).toBe(true);
    });
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(focusedId(root)).toBe('red-line'));
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(focusedId(root)).toBe('white-city'));
  },
};

/** Arabic, from `lang="ar"` alone (no `dir` anywhere): the language says which way time runs. */
export const Arabic: Story = {
  render: (args) => html`<tl-timeline lang="ar" label="القاهرة" direction=${args.direction} .events=${ARABIC}></tl-timeline>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    const x = (id: string) => el.visibleItems().find((i) => i.id === id)?.box.x ?? NaN;
    await expect(x('university')).toBeGreaterThan(x('metro'));
    root.querySelector<HTMLElement>('[part=plot]')!.focus();
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(focusedId(root)).toBe('railway'));
    await userEvent.keyboard('{ArrowLeft}');
    await waitFor(() => expect(focusedId(root)).toBe('canal'));
  },
};

/** `direction="ltr"` inside a right-to-left page: time runs left to right again. */
export const ForcedLeftToRight: Story = {
  args: { direction: 'ltr' },
  render: Hebrew.render,
  play: async ({ canvasElement }) => {
    const { el } = await timelineIn(canvasElement);
    const x = (id: string) => el.visibleItems().find((i) => i.id === id)?.box.x ?? NaN;
    await expect(x('lottery')).toBeLessThan(x('red-line'));
    await expect((el as TlTimeline).direction).toBe('ltr');
  },
};
