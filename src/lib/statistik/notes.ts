// Notes under a chart are read beside that chart only. Wording that sends the reader to another
// series ("se serien om …") is not allowed in them: such a pointer goes in `relaterade`, which the
// chart shows only where the other series is on the same page.

/** Wording in a note that points to another series. */
export const NAMES_A_SERIES = /\b(serien|serierna) om\b|\begen serie\b|\bse (också )?serie/i;
