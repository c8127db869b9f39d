// The breakpoints as the client set them: source breakpoints per file,
// function breakpoints and exception filters. They outlive a run: a restart
// sets them all again on the new run's Debugger, with the ids they had, so
// the client's Breakpoints view still matches. Before a launch (or without
// debugging) they are kept, unverified, until there is a Debugger to set them on.

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { BreakpointInfo, BreakpointSpec } from '../engine/breakpoints';
import type { Debugger, ExceptionFilter } from '../engine/debugger';

/** The client's line numbers to the debugger's, and back. */
export interface LineConversion {
  toDebugger(line: number): number;
  toClient(line: number): number;
}

/** Breakpoints as the client sent them, and what setting them came to (`infos[i]` for `specs[i]`). */
interface BreakpointSet<Spec> {
  specs: Spec[];
  infos: BreakpointInfo[];
}

export class ClientBreakpoints {
  private readonly sources = new Map<string, BreakpointSet<DebugProtocol.SourceBreakpoint>>();
  private functions: BreakpointSet<DebugProtocol.FunctionBreakpoint> = { specs: [], infos: [] };
  private exceptionFilters: ExceptionFilter[] = ['panic', 'fatal'];

  constructor(private readonly lines: LineConversion) {}

  /** The breakpoints of one source file (all of them, replacing the previous ones). */
  setSource(file: string, specs: DebugProtocol.SourceBreakpoint[], dbg: Debugger | null): DebugProtocol.Breakpoint[] {
    const infos = dbg
      ? dbg.setBreakpoints(file, this.sourceSpecs(specs, []))
      : specs.map((s) => ({ id: 0, verified: false, line: s.line, file, message: 'gosim: not debugging' }) as BreakpointInfo);
    this.sources.set(file, { specs, infos });
    return infos.map((i) => this.toBreakpoint(i));
  }

  /** The function breakpoints (all of them, replacing the previous ones). */
  setFunctions(specs: DebugProtocol.FunctionBreakpoint[], dbg: Debugger | null): DebugProtocol.Breakpoint[] {
    const infos = dbg ? dbg.setFunctionBreakpoints(specs) : specs.map(() => ({ id: 0, verified: false, line: 0, file: '' }));
    this.functions = { specs, infos };
    return infos.map((i) => this.toBreakpoint(i));
  }

  /** The exception filters chosen (the ones gosim does not know are dropped). */
  setExceptionFilters(filters: string[], dbg: Debugger | null): void {
    this.exceptionFilters = filters.filter((f): f is ExceptionFilter => f === 'panic' || f === 'fatal');
    dbg?.setExceptionFilters(this.exceptionFilters);
  }

  /** Sets them all on a new run's Debugger, each with the id it had. */
  applyTo(dbg: Debugger): void {
    dbg.setExceptionFilters(this.exceptionFilters);
    for (const [file, bp] of this.sources) bp.infos = dbg.setBreakpoints(file, this.sourceSpecs(bp.specs, bp.infos));
    this.functions.infos = dbg.setFunctionBreakpoints(this.functions.specs.map((s, i) => ({ ...s, id: this.functions.infos[i]?.id })));
  }

  /** Every source and function breakpoint, as the client shows it. */
  all(): DebugProtocol.Breakpoint[] {
    return [...[...this.sources.values()].flatMap((b) => b.infos), ...this.functions.infos].map((i) => this.toBreakpoint(i));
  }

  private sourceSpecs(specs: DebugProtocol.SourceBreakpoint[], infos: BreakpointInfo[]): BreakpointSpec[] {
    return specs.map((s, i) => ({
      line: this.lines.toDebugger(s.line),
      id: infos[i]?.id,
      condition: s.condition,
      hitCondition: s.hitCondition,
      logMessage: s.logMessage,
    }));
  }

  private toBreakpoint(i: BreakpointInfo): DebugProtocol.Breakpoint {
    const bp: DebugProtocol.Breakpoint = { id: i.id, verified: i.verified, line: this.lines.toClient(i.line) };
    if (i.file) bp.source = { path: i.file };
    if (i.message) bp.message = i.message;
    return bp;
  }
}
