/**
 * Trims the Custom Elements Manifest to the public API before Storybook reads it, so autodocs list what a
 * user may touch: no private/protected/static/`_` members, no duplicate property rows for attributes, and the
 * methods (which Storybook's table leaves out) as a list in the description.
 */

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  description?: string;
  readonly?: boolean;
  parameters?: { name: string; optional?: boolean; type?: { text: string } }[];
  return?: { type?: { text: string } };
  inheritedFrom?: unknown;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  members?: Member[];
  [key: string]: unknown;
}
export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[]; exports?: unknown[] }[];
}

/** Elements registered through `defineTimeline()` (a function call the analyzer cannot follow): class → tag. */
const TAGS: Record<string, string> = { TlTimeline: 'tl-timeline', TlOverview: 'tl-overview' };

const isPublic = (m: Member) => (!m.privacy || m.privacy === 'public') && !m.static && !m.name.startsWith('_') && !m.name.startsWith('#');

function methodLine(m: Member): string {
  const params = (m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}`).join(', ');
  const returns = m.return?.type?.text ? ` → \`${m.return.type.text}\`` : '';
  return `- \`${m.name}(${params})\`${returns}: ${m.description ?? ''}`;
}

export function publicManifest(manifest: Manifest): Manifest {
  const modules = manifest.modules.map((mod) => ({
    ...mod,
    declarations: (mod.declarations ?? [])
      // The anonymous subclass in define code duplicates the real class.
      .filter((d) => !/^anonymous_\d+$/.test(d.name))
      .map((d) => {
        if (!d.customElement) return d;
        const members = (d.members ?? []).filter(isPublic);
        const methods = members.filter((m) => m.kind === 'method');
        const description = methods.length
          ? `${d.description ?? ''}\n\n**Methods**\n\n${methods.map(methodLine).join('\n')}`
          : d.description;
        return {
          ...d,
          tagName: d.tagName ?? TAGS[d.name],
          description,
          // A field that mirrors an attribute is listed once, under "attributes", with the same description.
          members: members.filter((m) => m.kind !== 'method' && !m.attribute),
        };
      }),
  }));
  return { ...manifest, modules };
}
