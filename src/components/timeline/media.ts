/**
 * An event's media in its card: images (lazy, no referrer, in a box sized before they load, with an error state
 * that keeps caption and credit), video and audio files (`preload="none"`), third-party players as click-to-load
 * placeholders (no request, cookie or script before the reader asks), links for pages that cannot be embedded,
 * and quotes. Captions are sanitized rich text, credits plain text. Loaded with the first card that has media.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Media } from '../../model/types.js';
import type { Messages } from './messages.js';

export interface MediaState {
  t: Messages;
  /** Embeds a reader asked to load, and media that failed (or were blocked by the page's policy), by URL. */
  loaded: ReadonlySet<string>;
  failed: ReadonlyMap<string, 'error' | 'blocked'>;
  /** A reader asked for the player of `url` (its frame loads `embedUrl`). */
  load: (url: string, embedUrl: string) => void;
  fail: (url: string) => void;
  /** Sanitized caption HTML, `undefined` while the sanitizer loads. */
  caption: (raw: string) => string | undefined;
}

/** The frame's shape: the nearest of the boxes the style sheet knows (16:9 video, 4:3, square, a bar for audio players). */
function shape(m: Media): string {
  const a = m.aspect;
  if (!a) return 'r169';
  if (a > 3) return 'rbar';
  if (a > 1.55) return 'r169';
  if (a > 1.15) return 'r43';
  if (a > 0.85) return 'r11';
  return 'rtall';
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

/** Caption text for a placeholder (a button's text cannot hold markup). */
const plain = (raw: string) => raw.replace(/<[^>]*>?/g, ' ').replace(/\s+/g, ' ').trim();

function body(m: Media, s: MediaState): TemplateResult | typeof nothing {
  const { t } = s;
  const failed = s.failed.get(m.url || m.embedUrl || '');
  const open = (label: string) => html`<a class="media-link" href=${m.link ?? m.url} target="_blank" rel="noopener noreferrer">${label}</a>`;
  switch (m.kind) {
    case 'image': {
      if (failed) return html`<div class="media-error" role="img" aria-label=${m.alt}>${t.mediaFailed}</div>`;
      const img = html`<img src=${m.url} alt=${m.alt} loading="lazy" decoding="async" referrerpolicy="no-referrer" width="1200" height="800" @error=${() => s.fail(m.url)} />`;
      return m.link ? html`<a href=${m.link} target="_blank" rel="noopener noreferrer">${img}</a>` : img;
    }
    case 'video':
      return html`<video class="r169" src=${m.url} controls preload="none" aria-label=${m.alt}></video>`;
    case 'audio':
      return html`<audio src=${m.url} controls preload="none" aria-label=${m.alt}></audio>`;
    case 'embed': {
      const provider = m.provider ?? hostOf(m.url);
      if (failed === 'blocked') return html`<p class="media-error">${t.mediaBlocked} ${open(t.openMedia(provider))}</p>`;
      if (m.embedUrl && s.loaded.has(m.url)) {
        return html`<iframe class=${shape(m)} src=${m.embedUrl} title=${`${provider}: ${m.alt}`} loading="lazy" referrerpolicy="strict-origin-when-cross-origin"
          sandbox="allow-scripts allow-same-origin allow-popups allow-presentation" allow="encrypted-media; picture-in-picture; fullscreen" allowfullscreen></iframe>`;
      }
      return html`<div class=${`media-placeholder ${shape(m)}`}>
        ${m.thumbnail ? html`<img class="media-thumb" src=${m.thumbnail} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${() => s.fail(m.thumbnail!)} />` : nothing}
        <button part="media-load" class="media-load" data-url=${m.url} aria-label=${`${t.loadMedia(provider)}: ${m.caption ? plain(m.caption) : m.alt}`} @click=${() => s.load(m.url, m.embedUrl ?? m.url)}>▶ ${t.loadMedia(provider)}${m.caption ? nothing : html`<span class="media-what">${m.alt}</span>`}</button>
        <p class="media-notice">${t.mediaNotice(provider)} ${open(t.openMedia(provider))}</p>
      </div>`;
    }
    case 'quote': {
      const quote = m.html ? s.caption(m.html) : undefined;
      return quote ? html`<div class="media-quote" .innerHTML=${quote}></div>` : html`<blockquote class="media-quote">${plain(m.html ?? '')}</blockquote>`;
    }
    default:
      return m.url ? html`<p>${open(t.openMedia(m.provider ?? hostOf(m.url)))}</p>` : nothing;
  }
}

/** The media of one card, each with its caption and credit. */
export function mediaTemplate(list: readonly Media[], s: MediaState): TemplateResult {
  return html`<div class="media-list">
    ${list.map((m) => {
      // Only markup goes through the sanitizer (loaded with the first rich text); plain words are written as text.
      const caption = m.caption && /<[a-z!/]/i.test(m.caption) ? s.caption(m.caption) : undefined;
      return html`<figure part="media" class=${`media media-${m.kind}`} data-url=${m.url}>
        ${body(m, s)}
        ${m.caption || m.credit
          ? html`<figcaption>
              ${m.caption ? (caption !== undefined ? html`<span part="caption" class="caption" .innerHTML=${caption}></span>` : html`<span part="caption" class="caption">${plain(m.caption)}</span>`) : nothing}
              ${m.credit ? html`<small part="credit" class="credit">${m.credit}</small>` : nothing}
            </figcaption>`
          : nothing}
      </figure>`;
    })}
  </div>`;
}
