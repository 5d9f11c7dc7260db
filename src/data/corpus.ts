/**
 * The demo corpus shipped with the package: dated events found in five German news articles about BMW,
 * Alibaba, Huawei, CATL, Nvidia and Apple. Titles and summaries are our own wording (German and English);
 * every event points back to its supporting passage through `source.offsets`. No side effects.
 */
import type { TimelineEventInput } from '../model/types.js';
import data from './corpus-events.json' with { type: 'json' };

/** One source article of the corpus. */
export interface CorpusDocument {
  /** File name, as used in `EventSource.doc`. */
  doc: string;
  /** Only where the article names it. */
  publisher?: string;
  /** Only where the article names it. */
  author?: string;
  /** Publication date (EDTF); relative dates in the article are resolved against it. */
  published: string;
  /** How `published` was found: quoted from the text, or how it was inferred. */
  publishedBasis: string;
  /** One line in English, in our words. */
  description: string;
}

export const corpusDocuments: readonly CorpusDocument[] = [
  {
    doc: '000_eadd3179c43face7.txt',
    publisher: 'wallstreetONLINE',
    author: 'Gina Moesing',
    published: '2025-03',
    publishedBasis: 'First line of the file: "date 2025-03" (month only).',
    description:
      'News item on BMW’s AI plans for China: the Alibaba/Banma AI cockpit, a Qwen-based assistant from 2026, and Alibaba’s AI spending.',
  },
  {
    doc: '001_91b8aee3d6d3cfbf.txt',
    published: '2025-03?',
    publishedBasis:
      'No dateline. It names the China Development Forum 2025 as recent and reports the Huawei connectivity news ' +
      'that document 000 (March 2025) also carries, so March 2025 is inferred, marked uncertain.',
    description:
      'Report on BMW’s 360-degree AI strategy for China and its 2026 China-built next-generation model, with background on CATL and Shenyang.',
  },
  {
    doc: '002_44629459f6e82ac9.txt',
    published: '2020?',
    publishedBasis:
      'No dateline. The most recent dated fact is BMW’s full-year 2019 sales in China, so 2020 is inferred, marked uncertain.',
    description:
      'Report on a BMW–Alibaba startup incubator in Shanghai’s Golden Bridge zone, with the 2018 Tmall Genie work and 2019 China sales.',
  },
  {
    doc: '003_863fbfe965b8d0ff.txt',
    publisher: 'Kettner Edelmetalle',
    published: '2025-09-24',
    publishedBasis: 'Dateline "24.09.2025 12:39 Uhr" on a page of the precious-metals dealer Kettner Edelmetalle.',
    description:
      'Opinion piece on Alibaba Cloud adopting Nvidia’s embodied-AI tools, framed as a warning about Germany’s technological standing.',
  },
  {
    doc: '004_518b30fc2f11fa18.txt',
    author: 'Roman van Genabith',
    published: '2025-05-19',
    publishedBasis: 'Dateline "19. Mai 2025" under the image credit; the publisher is not named.',
    description:
      'Article on US political alarm over Apple’s planned use of Alibaba AI for Apple Intelligence in China, citing The New York Times.',
  },
];

/** The small, fixed tag vocabulary the corpus events use. */
export const CORPUS_TAGS = [
  'partnership',
  'ai',
  'investment',
  'market',
  'product',
  'production',
  'regulation',
  'politics',
  'figures',
  'plan',
  'statement',
] as const;

export type CorpusTag = (typeof CORPUS_TAGS)[number];

/** The events, in document order. JSON reads `offsets` as `number[]`; they are stored as `[start, end)` pairs. */
export const corpusEvents: readonly TimelineEventInput[] = data.map(({ source, ...event }) => ({
  ...event,
  source: { ...source, offsets: [source.offsets[0], source.offsets[1]] as const },
}));
