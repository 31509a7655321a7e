'use strict';
// Date styles for the renderers we write ourselves (LaTeX, DOCX, TXT). One style per document.
// `year: true` styles show years only: the truth then keeps years only (what the document shows).
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONDOT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const p2 = (m) => String(m).padStart(2, '0');

const STYLES = {
  mon: { fmt: (y, m) => `${MON[m - 1]} ${y}` },
  monthLong: { fmt: (y, m) => `${MONTH[m - 1]} ${y}` },
  monDot: { fmt: (y, m) => `${MONDOT[m - 1]} ${y}` },
  monComma: { fmt: (y, m) => `${MON[m - 1]}, ${y}` },
  monUpper: { fmt: (y, m) => `${MON[m - 1].toUpperCase()} ${y}` },
  monApos: { fmt: (y, m) => `${MON[m - 1]} '${String(y).slice(2)}` },
  slash: { fmt: (y, m) => `${p2(m)}/${y}` },
  slashShort: { fmt: (y, m) => `${m}/${y}` },
  iso: { fmt: (y, m) => `${y}-${p2(m)}` },
  dotYm: { fmt: (y, m) => `${y}.${p2(m)}` },
  dotMy: { fmt: (y, m) => `${p2(m)}.${y}` },
  year: { fmt: (y) => `${y}`, year: true },
};
const SEPARATORS = [' – ', ' - ', ' — ', ' to ', '–', ' until ', ' · '];
const PRESENT = ['Present', 'present', 'Now', 'Current', 'Today', 'to date', 'ongoing', 'PRESENT'];

// A document's date style: format + separator + the word for an open end.
function pickDateStyle(rng) {
  const names = Object.keys(STYLES);
  const name = names[rng.int(names.length)];
  let sep = rng.pick(SEPARATORS);
  if (sep === ' until ' && rng.chance(0.5)) sep = ' – ';
  let present = rng.pick(PRESENT);
  if (sep === ' to ' && present === 'to date') present = 'Present';
  const since = rng.chance(0.15); // "since 2019" / "Since Jan 2019" for open ranges
  return { name, sep, present, since };
}

function parseIso(iso) {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(iso);
  return m ? { y: +m[1], m: m[2] ? +m[2] : null } : null;
}

function fmtDate(iso, style) {
  const d = parseIso(iso);
  if (!d) return '';
  const s = STYLES[style.name];
  if (s.year || d.m == null) return String(d.y);
  return s.fmt(d.y, d.m);
}

// "Jan 2019 – Present", "2019–2021", "since 2019", or a single date when start == end.
function fmtRange(start, end, style) {
  if (!start && !end) return '';
  if (!start) return fmtDate(end, style);
  const a = fmtDate(start, style);
  if (!end) return style.since ? `${style.sep === ' to ' ? 'Since' : 'since'} ${a}` : `${a}${style.sep}${style.present}`;
  const b = fmtDate(end, style);
  if (a === b) return a;
  return `${a}${style.sep}${b}`;
}

// The ISO value the truth keeps for a date shown in this style.
function truthDate(iso, style) {
  const d = parseIso(iso);
  if (!d) return undefined;
  if (STYLES[style.name].year || d.m == null) return String(d.y);
  return `${d.y}-${p2(d.m)}`;
}

module.exports = { STYLES, pickDateStyle, fmtDate, fmtRange, truthDate, MON, MONTH };
