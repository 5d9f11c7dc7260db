import type { TimeZone } from '../model/zone.js';

let zones: typeof import('../model/zone.js') | undefined;

/** Loads the time zones' code (once). */
export function loadZones(): Promise<typeof import('../model/zone.js')> {
  return import('../model/zone.js').then((m) => (zones = m));
}

/**
 * The model's `time-zone`: the value in force and the zone it names. The zone's code loads on first use (until
 * then, and for a name `Intl` does not know — with a warning — times stay in UTC); `changed` is called once the
 * zone in force is another one.
 */
export class ZoneSetting {
  /** The zone instants are written and ticked in; `undefined` for UTC. */
  zone: TimeZone | undefined;
  private name = '';
  private load = Promise.resolve();

  constructor(private readonly changed: () => void) {}

  /** Puts a value in force: `''` UTC, an IANA name, `local`. Resolves once it is in force. */
  set(name: string | null | undefined): Promise<void> {
    const value = (name ?? '').trim();
    if (value === this.name) return this.load;
    this.name = value;
    const use = (zone: TimeZone | undefined) => {
      if (value !== this.name || zone?.id === this.zone?.id) return;
      this.zone = zone;
      this.changed();
    };
    if (!value) return (this.load = Promise.resolve(use(undefined)));
    // Loaded already (another timeline, or the server before it renders): in force in this update.
    if (zones) return (this.load = Promise.resolve(use(zones.createZone(value))));
    return (this.load = loadZones().then(
      ({ createZone }) => use(createZone(value)),
      (error: unknown) => console.warn('time-zone: UTC (the code did not load)', error),
    ));
  }
}
