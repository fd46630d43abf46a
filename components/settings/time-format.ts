// Due times are stored as 24-hour "HH:MM"; the hour12 preference decides how they read.

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;

/** "14:05" -> "2:05 PM" with hour12, else "14:05". Anything that is not a time is returned as it came. */
export function formatTime(hhmm: string, hour12: boolean): string {
  const match = HHMM.exec(hhmm);
  if (!match) return hhmm;
  const hours = Number(match[1]);
  const minutes = match[2] ?? "00";
  if (!hour12) return `${String(hours).padStart(2, "0")}:${minutes}`;
  const suffix = hours < 12 ? "AM" : "PM";
  return `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${suffix}`;
}
