/** A dated slot of a channel's cadence (shared/interfaces.md §3, "Slots and streaks"). */
export interface Slot {
  channel: string;
  /** Local date in the channel's zone, YYYY-MM-DD. */
  date: string;
  /** The slot's instant, ms since the epoch. */
  epoch: number;
  /** ISO 8601 with the zone's offset at that instant, e.g. 2026-11-24T09:00:00+08:00. */
  start: string;
  /** The channel's zone. */
  zone: string;
  /**
   * The slot's local day lies inside a break: it still bounds its neighbours' windows (it is an
   * occurrence of the cadence) but is not expected, never a gap, and not shown in the plan.
   */
  onBreak: boolean;
}
