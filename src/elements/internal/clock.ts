/**
 * The wall clock the person cards show local times from: one timer for every card on the page,
 * ticking when the minute changes, running only while a card is connected.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const MINUTE = 60_000;

const subscribers = new Set<ClockController>();
let timer: ReturnType<typeof setTimeout> | undefined;

// Time zones in use today are offset from UTC by whole minutes, so every local time shown
// changes when the UTC minute does: one timeout to the next minute, not an interval that drifts.
function schedule(): void {
  timer = setTimeout(tick, MINUTE - (Date.now() % MINUTE));
}

function tick(): void {
  schedule();
  for (const subscriber of subscribers) subscriber.tick();
}

/**
 * Re-renders its host when the minute changes, while `shows()` says the host shows a time. The
 * first controller connected starts the page's one timer; the last disconnected stops it.
 */
export class ClockController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #shows: () => boolean;

  constructor(host: ReactiveControllerHost, shows: () => boolean) {
    this.#host = host;
    this.#shows = shows;
    host.addController(this);
  }

  hostConnected(): void {
    subscribers.add(this);
    if (timer === undefined) schedule();
  }

  hostDisconnected(): void {
    subscribers.delete(this);
    if (subscribers.size > 0) return;
    clearTimeout(timer);
    timer = undefined;
  }

  /** Called by the page's timer when the minute changes. */
  tick(): void {
    if (this.#shows()) this.#host.requestUpdate();
  }
}

// Building an Intl.DateTimeFormat costs more than rendering the rest of a card, and formatting
// with it about as much: one format per language and time zone, shared by every card, and its
// text kept for the minute it shows.
const clocks = new Map<
  string,
  { readonly format: Intl.DateTimeFormat | null; minute: number; text: string | undefined }
>();

/** The time now in `timeZone`, as `lang` writes it (`14:05`, `2:05 PM`); undefined for an unknown zone. */
export function localTime(lang: string | undefined, timeZone: string): string | undefined {
  const key = `${lang ?? ''}|${timeZone}`;
  let clock = clocks.get(key);
  if (clock === undefined) {
    let format: Intl.DateTimeFormat | null;
    try {
      format = new Intl.DateTimeFormat(lang, { timeZone, timeStyle: 'short' });
    } catch {
      format = null;
    }
    clocks.set(key, (clock = { format, minute: Number.NaN, text: undefined }));
  }
  const now = Date.now();
  const minute = Math.floor(now / MINUTE);
  if (clock.minute !== minute) {
    clock.minute = minute;
    clock.text = clock.format?.format(now);
  }
  return clock.text;
}
