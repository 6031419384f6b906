// How registration numbers read: the year and a four-digit serial, e.g. 2026-0015, easy to say aloud to a
// worker at the desk and to type back in a search.
export function formatRegNo(year: number, no: number): string {
  return `${year}-${String(no).padStart(4, '0')}`;
}
