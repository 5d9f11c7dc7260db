// The analyzer's config (`cem analyze` reads it; the flags stay in package.json). One plugin straightens what the
// analyzer cannot follow here:
// - `customElements.define(name, class extends X {})` inside `defineX(name = 'tl-x')` reads as an anonymous
//   class with the tag "name" (and, for overview.ts, the wrong superclass): those go, and each element gets its
//   real `custom-element-definition` export instead.
// - <tl-overview>, <tl-list> and <tl-filter> are built by factories (`createOverview(api)` …, so the script-tag
//   build can hand them the bundle's Lit): the analyzer sees a mixin and drops the class's tags. The element is
//   written out from the mixin's members and the JSDoc above the factory.
import { readFileSync } from 'node:fs';

const DEFINITIONS = [
  { module: 'src/components/timeline/timeline.ts', tag: 'tl-timeline', name: 'TlTimeline', from: 'src/components/timeline/timeline.component.ts' },
  { module: 'src/components/event/event.ts', tag: 'tl-event', name: 'TlEvent', from: 'src/components/event/event.component.ts' },
  { module: 'src/components/era/era.ts', tag: 'tl-era', name: 'TlEra', from: 'src/components/era/era.component.ts' },
  { module: 'src/components/marker/marker.ts', tag: 'tl-marker', name: 'TlMarker', from: 'src/components/marker/marker.component.ts' },
  { module: 'src/components/overview/overview.ts', tag: 'tl-overview', name: 'TlOverview', from: 'src/components/overview/overview.ts' },
  { module: 'src/components/list/list.ts', tag: 'tl-list', name: 'TlList', from: 'src/components/list/list.ts' },
  { module: 'src/components/filter/filter.ts', tag: 'tl-filter', name: 'TlFilter', from: 'src/components/filter/filter.ts' },
];
const FACTORIES = [
  { module: 'src/components/overview/overview.factory.ts', mixin: 'createOverview', into: 'src/components/overview/overview.ts', name: 'TlOverview', tag: 'tl-overview' },
  { module: 'src/components/list/list.factory.ts', mixin: 'createList', into: 'src/components/list/list.ts', name: 'TlList', tag: 'tl-list' },
  { module: 'src/components/filter/filter.factory.ts', mixin: 'createFilter', into: 'src/components/filter/filter.ts', name: 'TlFilter', tag: 'tl-filter' },
];

/** `@tag name - description` lines of the JSDoc block right above `export function <fn>`. */
function jsdocTags(path, fn, tag) {
  const source = readFileSync(path, 'utf8');
  const at = source.indexOf(`export function ${fn}`);
  const block = source.slice(source.lastIndexOf('/**', at), at);
  const re = new RegExp(`@${tag}\\s+(\\S+)\\s+-\\s+(.*)`, 'g');
  return [...block.matchAll(re)].map(([, name, description]) => ({ name, description: description.trim() }));
}

function straighten({ customElementsManifest: manifest }) {
  const byPath = new Map(manifest.modules.map((m) => [m.path, m]));
  for (const mod of manifest.modules) {
    const anonymous = new Set((mod.declarations ?? []).filter((d) => /^anonymous_\d+$/.test(d.name)).map((d) => d.name));
    if (!anonymous.size) continue;
    mod.declarations = mod.declarations.filter((d) => !anonymous.has(d.name));
    mod.exports = (mod.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && anonymous.has(e.declaration?.name)));
  }
  for (const f of FACTORIES) {
    const mixin = byPath.get(f.module)?.declarations?.find((d) => d.name === f.mixin);
    const target = byPath.get(f.into);
    if (!mixin || !target) throw new Error(`custom-elements-manifest.config: ${f.mixin} or ${f.into} not found`);
    const element = {
      kind: 'class',
      description: mixin.description ?? '',
      name: f.name,
      summary: mixin.summary,
      cssParts: jsdocTags(f.module, f.mixin, 'csspart'),
      cssProperties: jsdocTags(f.module, f.mixin, 'cssproperty'),
      members: (mixin.members ?? []).filter((m) => !m.static && (!m.privacy || m.privacy === 'public')),
      attributes: mixin.attributes ?? [],
      superclass: { name: 'LitElement', package: 'lit' },
      tagName: f.tag,
      customElement: true,
    };
    target.declarations = [...(target.declarations ?? []).filter((d) => d.name !== f.name), element];
  }
  for (const d of DEFINITIONS) {
    const mod = byPath.get(d.module);
    if (!mod) throw new Error(`custom-elements-manifest.config: ${d.module} not found`);
    mod.exports = [...(mod.exports ?? []), { kind: 'custom-element-definition', name: d.tag, declaration: { name: d.name, module: d.from } }];
  }
}

export default {
  plugins: [{ name: 'timeline-elements:straighten', packageLinkPhase: straighten }],
};
