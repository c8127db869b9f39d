// Go's time layouts ("Mon Jan 2 15:04:05 MST 2006"): formatting and parsing,
// and Duration's text form, as package time defines them.

import { civil, daysFromCivil } from '../time';

type Chunk =
  | { kind: 'lit'; text: string }
  | { kind: 'std'; std: string; width?: number; sep?: string };

const longMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const isDigit = (s: string, i: number) => i < s.length && s[i] >= '0' && s[i] <= '9';

/** Splits a layout into literal text and the standard elements Go recognises. */
export function chunks(layout: string): Chunk[] {
  const out: Chunk[] = [];
  let lit = '';
  const push = (c: Chunk) => {
    if (lit) out.push({ kind: 'lit', text: lit });
    lit = '';
    out.push(c);
  };
  for (let i = 0; i < layout.length; ) {
    const rest = layout.slice(i);
    const take = (std: string, len = std.length) => {
      push({ kind: 'std', std });
      i += len;
    };
    const c = layout[i];
    if (c === 'J' && rest.startsWith('Jan')) {
      if (rest.startsWith('January')) take('January');
      else take('Jan');
      continue;
    }
    if (c === 'M') {
      if (rest.startsWith('Monday')) {
        take('Monday');
        continue;
      }
      if (rest.startsWith('Mon')) {
        take('Mon');
        continue;
      }
      if (rest.startsWith('MST')) {
        take('MST');
        continue;
      }
    }
    if (c === '0' && i + 1 < layout.length && '123456'.includes(layout[i + 1])) {
      take('0' + layout[i + 1]);
      continue;
    }
    if (c === '0' && rest.startsWith('002')) {
      take('002');
      continue;
    }
    if (c === '1') {
      if (rest.startsWith('15')) take('15');
      else take('1');
      continue;
    }
    if (c === '2') {
      if (rest.startsWith('2006')) take('2006');
      else take('2');
      continue;
    }
    if (c === '_') {
      if (rest.startsWith('_2')) {
        if (rest.startsWith('_2006')) {
          lit += '_';
          i++;
          take('2006');
          continue;
        }
        take('_2');
        continue;
      }
      if (rest.startsWith('__2')) {
        take('__2');
        continue;
      }
    }
    if (c === '3' || c === '4' || c === '5') {
      take(c);
      continue;
    }
    if (c === 'P' && rest.startsWith('PM')) {
      take('PM');
      continue;
    }
    if (c === 'p' && rest.startsWith('pm')) {
      take('pm');
      continue;
    }
    if (c === '-') {
      const m = ['-070000', '-07:00:00', '-0700', '-07:00', '-07'].find((x) => rest.startsWith(x));
      if (m) {
        take(m);
        continue;
      }
    }
    if (c === 'Z') {
      const m = ['Z070000', 'Z07:00:00', 'Z0700', 'Z07:00', 'Z07'].find((x) => rest.startsWith(x));
      if (m) {
        take(m);
        continue;
      }
    }
    if ((c === '.' || c === ',') && i + 1 < layout.length && (layout[i + 1] === '0' || layout[i + 1] === '9')) {
      const ch = layout[i + 1];
      let j = i + 1;
      while (j < layout.length && layout[j] === ch) j++;
      if (!isDigit(layout, j)) {
        push({ kind: 'std', std: ch === '0' ? 'frac0' : 'frac9', width: j - i - 1, sep: c });
        i = j;
        continue;
      }
    }
    lit += c;
    i++;
  }
  if (lit) out.push({ kind: 'lit', text: lit });
  return out;
}

const pad = (n: number, w: number, ch = '0') => {
  const neg = n < 0;
  const s = String(Math.abs(n)).padStart(w, ch);
  return neg ? '-' + s : s;
};

function zoneOffset(std: string, offset: number): string {
  if (std.startsWith('Z') && offset === 0) return 'Z';
  const sign = offset < 0 ? '-' : '+';
  const a = Math.abs(offset);
  const hh = pad(Math.floor(a / 3600), 2);
  const mm = pad(Math.floor((a % 3600) / 60), 2);
  const ss = pad(a % 60, 2);
  const body = std.slice(1);
  switch (body) {
    case '070000':
      return sign + hh + mm + ss;
    case '07:00:00':
      return `${sign}${hh}:${mm}:${ss}`;
    case '0700':
      return sign + hh + mm;
    case '07:00':
      return `${sign}${hh}:${mm}`;
    default:
      return sign + hh;
  }
}

/** Formats a time given as Unix seconds + nanoseconds, shifted by `offset` seconds in zone `zone`. */
export function formatTime(unix: number, nsec: number, offset: number, zone: string, layout: string): string {
  const [year, month, day, hour, min, sec, wday, yday] = civil(unix + offset);
  let out = '';
  for (const c of chunks(layout)) {
    if (c.kind === 'lit') {
      out += c.text;
      continue;
    }
    switch (c.std) {
      case 'January':
        out += longMonths[month - 1];
        break;
      case 'Jan':
        out += longMonths[month - 1].slice(0, 3);
        break;
      case '1':
        out += month;
        break;
      case '01':
        out += pad(month, 2);
        break;
      case 'Monday':
        out += longDays[wday];
        break;
      case 'Mon':
        out += longDays[wday].slice(0, 3);
        break;
      case '2':
        out += day;
        break;
      case '_2':
        out += pad(day, 2, ' ');
        break;
      case '02':
        out += pad(day, 2);
        break;
      case '__2':
        out += pad(yday + 1, 3, ' ');
        break;
      case '002':
        out += pad(yday + 1, 3);
        break;
      case '15':
        out += pad(hour, 2);
        break;
      case '3':
        out += hour % 12 === 0 ? 12 : hour % 12;
        break;
      case '03':
        out += pad(hour % 12 === 0 ? 12 : hour % 12, 2);
        break;
      case '4':
        out += min;
        break;
      case '04':
        out += pad(min, 2);
        break;
      case '5':
        out += sec;
        break;
      case '05':
        out += pad(sec, 2);
        break;
      case '2006':
        out += pad(year, 4);
        break;
      case '06':
        out += pad(((year % 100) + 100) % 100, 2);
        break;
      case 'PM':
        out += hour >= 12 ? 'PM' : 'AM';
        break;
      case 'pm':
        out += hour >= 12 ? 'pm' : 'am';
        break;
      case 'MST':
        out += zone || zoneOffset('-0700', offset);
        break;
      case 'frac0':
        out += c.sep! + String(nsec).padStart(9, '0').slice(0, c.width);
        break;
      case 'frac9': {
        const digits = String(nsec).padStart(9, '0').slice(0, c.width).replace(/0+$/, '');
        if (digits) out += c.sep! + digits;
        break;
      }
      default:
        if (c.std.startsWith('-') || c.std.startsWith('Z')) out += zoneOffset(c.std, offset);
        else out += c.std;
    }
  }
  return out;
}

// ---- parsing ------------------------------------------------------------------------------

export type ParseResult =
  | { ok: true; unix: number; nsec: number; offset: number; zone: string }
  | { ok: false; layoutElem: string; valueElem: string; message: string };

function quote(s: string): string {
  return JSON.stringify(s);
}

export function parseTime(layout: string, value: string): ParseResult {
  let year = 1;
  let month = 1;
  let day = 1;
  let yday = -1;
  let hour = 0;
  let min = 0;
  let sec = 0;
  let nsec = 0;
  let pm: boolean | null = null;
  let offset: number | null = null;
  let zone = '';
  let v = value;
  const fail = (layoutElem: string, valueElem: string, message = ''): ParseResult => ({ ok: false, layoutElem, valueElem, message });
  const num = (min: number, max: number): number | null => {
    const m = new RegExp(`^\\d{${min},${max}}`).exec(v);
    if (!m) return null;
    v = v.slice(m[0].length);
    return Number(m[0]);
  };
  const cs = chunks(layout);
  for (let ci = 0; ci < cs.length; ci++) {
    const c = cs[ci];
    const layoutRest = cs
      .slice(ci)
      .map((x) => (x.kind === 'lit' ? x.text : x.std.startsWith('frac') ? x.sep! + (x.std === 'frac0' ? '0' : '9').repeat(x.width!) : x.std))
      .join('');
    if (c.kind === 'lit') {
      // Go's parser skips leading spaces in the value where the layout has them.
      let t = c.text;
      while (t.startsWith(' ') && v.startsWith(' ')) {
        t = t.slice(1);
        v = v.slice(1);
      }
      while (t.startsWith(' ')) t = t.slice(1);
      if (!v.startsWith(t)) return fail(layoutRest, v);
      v = v.slice(t.length);
      continue;
    }
    const before = v;
    let ok = true;
    switch (c.std) {
      case '2006': {
        // Go takes four bytes when the first is a digit; on failure it reports what follows them.
        if (v.length < 4 || !/^\d/.test(v)) {
          ok = false;
          break;
        }
        const p = v.slice(0, 4);
        v = v.slice(4);
        if (!/^\d{4}$/.test(p)) return fail(c.std, v);
        year = Number(p);
        break;
      }
      case '06': {
        const n = num(2, 2);
        if (n === null) ok = false;
        else year = n >= 69 ? 1900 + n : 2000 + n;
        break;
      }
      case 'January':
      case 'Jan': {
        const names = c.std === 'January' ? longMonths : longMonths.map((x) => x.slice(0, 3));
        const i = names.findIndex((x) => v.toLowerCase().startsWith(x.toLowerCase()));
        if (i < 0) ok = false;
        else {
          month = i + 1;
          v = v.slice(names[i].length);
        }
        break;
      }
      case 'Monday':
      case 'Mon': {
        const names = c.std === 'Monday' ? longDays : longDays.map((x) => x.slice(0, 3));
        const i = names.findIndex((x) => v.toLowerCase().startsWith(x.toLowerCase()));
        if (i < 0) ok = false;
        else v = v.slice(names[i].length);
        break;
      }
      case '1':
      case '01': {
        const n = c.std === '01' ? num(2, 2) : num(1, 2);
        if (n === null) ok = false;
        else if (n < 1 || n > 12) return fail(layoutRest, before, ': month out of range');
        else month = n;
        break;
      }
      case '2':
      case '_2':
      case '02': {
        if (c.std === '_2' && v.startsWith(' ')) v = v.slice(1);
        const n = c.std === '02' ? num(2, 2) : num(1, 2);
        if (n === null) ok = false;
        else day = n;
        break;
      }
      case '__2':
      case '002': {
        while (c.std === '__2' && v.startsWith(' ')) v = v.slice(1);
        const n = c.std === '002' ? num(3, 3) : num(1, 3);
        if (n === null) ok = false;
        else yday = n;
        break;
      }
      case '15': {
        const n = num(1, 2);
        if (n === null) ok = false;
        else if (n > 23) return fail(layoutRest, before, ': hour out of range');
        else hour = n;
        break;
      }
      case '3':
      case '03': {
        const n = c.std === '03' ? num(2, 2) : num(1, 2);
        if (n === null || n > 12) ok = false;
        else hour = n;
        break;
      }
      case '4':
      case '04': {
        const n = c.std === '04' ? num(2, 2) : num(1, 2);
        if (n === null) ok = false;
        else if (n > 59) return fail(layoutRest, before, ': minute out of range');
        else min = n;
        break;
      }
      case '5':
      case '05': {
        const n = c.std === '05' ? num(2, 2) : num(1, 2);
        if (n === null) ok = false;
        else if (n > 59) return fail(layoutRest, before, ': second out of range');
        else sec = n;
        // A fractional second may follow even when the layout has none.
        if (ok && (v.startsWith('.') || v.startsWith(',')) && isDigit(v, 1) && !(cs[ci + 1] && cs[ci + 1].kind === 'std' && (cs[ci + 1] as { std: string }).std.startsWith('frac'))) {
          const m = /^[.,](\d+)/.exec(v)!;
          nsec = Number(m[1].slice(0, 9).padEnd(9, '0'));
          v = v.slice(m[0].length);
        }
        break;
      }
      case 'PM':
      case 'pm': {
        const s = v.slice(0, 2).toUpperCase();
        if (s === 'AM') pm = false;
        else if (s === 'PM') pm = true;
        else ok = false;
        if (ok) v = v.slice(2);
        break;
      }
      case 'MST': {
        const m = /^[A-Z]{3,5}|^UTC/.exec(v);
        if (!m) ok = false;
        else {
          zone = m[0];
          v = v.slice(m[0].length);
          if (zone === 'UTC' || zone === 'GMT') offset = 0;
        }
        break;
      }
      case 'frac0':
      case 'frac9': {
        const m = /^[.,](\d+)/.exec(v);
        if (!m) {
          if (c.std === 'frac9') break;
          ok = false;
          break;
        }
        nsec = Number(m[1].slice(0, 9).padEnd(9, '0'));
        v = v.slice(m[0].length);
        break;
      }
      default: {
        if (c.std.startsWith('Z') && v.startsWith('Z')) {
          v = v.slice(1);
          offset = 0;
          zone = 'UTC';
          break;
        }
        const m = /^([+-])(\d\d)(?::?(\d\d))?(?::?(\d\d))?/.exec(v);
        if (!m) {
          ok = false;
          break;
        }
        const o = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
        offset = m[1] === '-' ? -o : o;
        v = v.slice(m[0].length);
      }
    }
    if (!ok) return fail(c.std.startsWith('frac') ? layoutRest.split(/[^.,09]/)[0] : c.std, before);
  }
  if (v.length) return fail('', '', `: extra text: ${quote(v)}`);
  if (pm === true && hour < 12) hour += 12;
  else if (pm === false && hour === 12) hour = 0;
  if (yday >= 0) {
    month = 1;
    day = yday;
  }
  const dim = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (yday < 0 && (day < 1 || day > dim)) return { ok: false, layoutElem: '', valueElem: '', message: ': day out of range' };
  const unix = daysFromCivil(year, month, day) * 86400 + hour * 3600 + min * 60 + sec - (offset ?? 0);
  return { ok: true, unix, nsec, offset: offset ?? 0, zone: zone || (offset ? '' : 'UTC') };
}

// ---- durations -----------------------------------------------------------------------------

/** Duration.String: "1h2m3.5s", "1.5ms", "0s". */
export function durationString(d: bigint): string {
  if (d === 0n) return '0s';
  const neg = d < 0n;
  let u = neg ? -d : d;
  let out = '';
  if (u < 1000000000n) {
    let prec: number;
    let unit: string;
    if (u < 1000n) {
      prec = 0;
      unit = 'ns';
    } else if (u < 1000000n) {
      prec = 3;
      unit = '\u00b5s';
    } else {
      prec = 6;
      unit = 'ms';
    }
    const [frac, rest] = fmtFrac(u, prec);
    out = `${rest}${frac}${unit}`;
  } else {
    const [frac, rest] = fmtFrac(u, 9);
    u = rest;
    out = `${u % 60n}${frac}s`;
    u /= 60n;
    if (u > 0n) {
      out = `${u % 60n}m` + out;
      u /= 60n;
      if (u > 0n) out = `${u}h` + out;
    }
  }
  const s = neg ? '-' + out : out;
  return Buffer.from(s, 'utf8').toString('latin1');
}

/** The fraction of v / 10^prec without trailing zeros (and without the dot when zero), and v / 10^prec. */
function fmtFrac(v: bigint, prec: number): [string, bigint] {
  let digits = '';
  let print = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    print = print || digit !== 0n;
    if (print) digits = String(digit) + digits;
    v /= 10n;
  }
  return [print ? '.' + digits : '', v];
}

const unitNs: Record<string, bigint> = { ns: 1n, us: 1000n, '\u00b5s': 1000n, '\u03bcs': 1000n, ms: 1000000n, s: 1000000000n, m: 60000000000n, h: 3600000000000n };

/** time.ParseDuration's grammar: [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+ */
export function parseDuration(s: string): { ok: true; ns: bigint } | { ok: false; msg: string } {
  const orig = s;
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, ns: 0n };
  if (s === '') return { ok: false, msg: 'invalid duration' };
  let total = 0n;
  while (s.length) {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s)!;
    if (m[0] === '' || m[0] === '.') return { ok: false, msg: 'invalid duration' };
    s = s.slice(m[0].length);
    const um = /^[^\d.]+/.exec(s);
    if (!um) return { ok: false, msg: 'missing unit in duration' };
    const unit = um[0];
    const scale = unitNs[unit];
    if (scale === undefined) return { ok: false, msg: `unknown unit ${JSON.stringify(unit)} in duration` };
    s = s.slice(unit.length);
    const whole = BigInt(m[1] || '0');
    let v = whole * scale;
    if (m[2]) {
      const frac = m[2];
      v += (BigInt(frac) * scale) / 10n ** BigInt(frac.length);
    }
    total += v;
    if (total > 9223372036854775807n) return { ok: false, msg: 'invalid duration' };
  }
  void orig;
  return { ok: true, ns: neg ? -total : total };
}
