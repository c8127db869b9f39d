// Native parts of package time: the virtual clock, sleeping, the runtime
// timers behind Timer/Ticker/After/AfterFunc, Duration's String, calendar
// arithmetic, and layout-based formatting and parsing.

import type { G } from '../runtime/g';
import { EPOCH, Machine } from '../runtime/machine';
import * as sched from '../runtime/sched';
import * as timers from '../runtime/timers';
import type { Chan } from '../runtime/chan';
import type { NativeHost, NativeImpl } from '../vm/native';
import { PARK } from '../vm/native';
import { fromJS, toJS } from '../vm/strings';
import { norm } from '../vm/int64';
import { durationString, formatTime, parseTime, parseDuration } from './time/layout';

function ctx(h: NativeHost): { m: Machine; g: G } {
  return { m: h.machine as Machine, g: h.g as G };
}

const unixToInternal = 62135596800n;

declare module '../runtime/machine' {
  interface Machine {
    timerById: Map<number, timers.Timer>;
  }
}

function timerMap(m: Machine): Map<number, timers.Timer> {
  if (!m.timerById) m.timerById = new Map();
  return m.timerById;
}

/** Days from 1970-01-01 to the given proleptic Gregorian date (month may be out of range). */
export function daysFromCivil(y: number, m: number, d: number): number {
  // Normalise the month first, as time.Date does.
  y += Math.floor((m - 1) / 12);
  m = ((((m - 1) % 12) + 12) % 12) + 1;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar fields of a Unix time (in seconds, already shifted to the zone). */
export function civil(unix: number): [number, number, number, number, number, number, number, number] {
  const days = Math.floor(unix / 86400);
  let secs = unix - days * 86400;
  const hour = Math.floor(secs / 3600);
  secs -= hour * 3600;
  const min = Math.floor(secs / 60);
  const sec = secs - min * 60;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const wday = (((days + 4) % 7) + 7) % 7;
  const yday = days - daysFromCivil(year, 1, 1);
  return [year, month, day, hour, min, sec, wday, yday];
}

export const natives: Record<string, NativeImpl> = {
  'time.Duration.String': {
    fn(_h, [d]) {
      return durationString(BigInt(d as number | bigint));
    },
  },
  'time.Sleep': {
    frames: [{ name: 'time.Sleep', file: 'runtime/time.go', line: 195 }],
    fn(h, [d]) {
      const { m, g } = ctx(h);
      const ns = Number(d);
      if (!(ns > 0)) return undefined;
      const t = timers.add(m, { when: m.clk + ns, period: 0, kind: 'sleep', g, ch: null, fn: null });
      sched.park(m, g, 'sleep', t);
      return PARK;
    },
  },
  'time.now': {
    fn(h) {
      const { m } = ctx(h);
      const ns = EPOCH + BigInt(Math.floor(m.clk));
      const sec = ns / 1000000000n + unixToInternal;
      return [norm(sec), Number(ns % 1000000000n), Math.floor(m.clk) + 1];
    },
  },
  'time.civil': {
    fn(_h, [abs]) {
      return civil(Number(abs));
    },
  },
  'time.daysFromCivil': {
    fn(_h, [y, mo, d]) {
      return daysFromCivil(Number(y), Number(mo), Number(d));
    },
  },
  'time.format': {
    fn(_h, [unix, nsec, offset, zone, layout]) {
      return fromJS(formatTime(Number(unix), Number(nsec), Number(offset), toJS(zone as string), toJS(layout as string)));
    },
  },
  'time.monoString': {
    fn(_h, [mono]) {
      const v = Number(mono);
      const sign = v < 0 ? '-' : '+';
      const a = Math.abs(v);
      return `${sign}${Math.floor(a / 1e9)}.${String(a % 1e9).padStart(9, '0')}`;
    },
  },
  'time.parse': {
    fn(_h, [layout, value]) {
      const r = parseTime(toJS(layout as string), toJS(value as string));
      if (!r.ok) return [0, 0, 0, '', false, fromJS(r.layoutElem), fromJS(r.valueElem), fromJS(r.message)];
      return [norm(BigInt(r.unix)), r.nsec, r.offset, fromJS(r.zone), true, '', '', ''];
    },
  },
  'time.parseDuration': {
    fn(_h, [s]) {
      const r = parseDuration(toJS(s as string));
      return r.ok ? [norm(r.ns), ''] : [0, fromJS(r.msg)];
    },
  },
  'time.startTimer': {
    fn(h, [d, period, c, f]) {
      const { m } = ctx(h);
      const t = timers.add(m, {
        when: m.clk + Math.max(0, Number(d)),
        period: Number(period),
        kind: c !== null ? 'chan' : 'func',
        g: null,
        ch: c,
        fn: f,
      });
      timerMap(m).set(t.id, t);
      return t.id;
    },
  },
  'time.stopTimer': {
    fn(h, [id]) {
      const { m } = ctx(h);
      const t = timerMap(m).get(id as number);
      if (!t) return false;
      const stale = drainStale(m, t.ch);
      return timers.stop(m, t) || stale;
    },
  },
  'time.resetTimer': {
    fn(h, [id, d, period]) {
      const { m } = ctx(h);
      const t = timerMap(m).get(id as number);
      if (!t) return false;
      t.period = Number(period);
      const stale = drainStale(m, t.ch);
      return timers.reset(m, t, m.clk + Math.max(0, Number(d))) || stale;
    },
  },
};

/**
 * Go 1.23: a timer's channel is synchronous — a value the timer sent but
 * nobody received yet is discarded by Stop and Reset (which then report the
 * timer as still active), so no stale time is received after them.
 */
function drainStale(m: Machine, c: unknown): boolean {
  const ch = c as Chan | null;
  if (m.options.goVersion < 23 || !ch || ch.qcount === 0) return false;
  ch.buf[ch.recvx] = undefined;
  ch.recvx = (ch.recvx + 1) % ch.size;
  ch.qcount--;
  return true;
}
