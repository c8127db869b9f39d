// The gosim debug session: the Debug Adapter Protocol on top of the engine's
// Debugger. Goroutines are threads, Go frames are stack frames, and the
// program runs in slices (runner.ts) so the session always answers. It runs
// inside the extension host (an inline adapter) or, for tests and other
// clients, over stdio (main.ts) — it never imports `vscode`.
//
// Besides DAP, it sends the Scheduler panel a `gosim/snapshot` event on every
// stop (once the client has had the stop's threads, stack and variables: the
// snapshot of a big program is megabytes of JSON, and the Call Stack must not
// wait for it) and, throttled to 20 a second, while running, answers the
// `gosim/snapshot` request, and reports compile errors as
// `gosim/compileErrors` for the Problems view (src/protocol/dap.ts).
//
// Time travel: Step Back, Reverse Continue, Restart Frame and the panel's
// `gosim/travel` request make an earlier (or later, up to the furthest point
// reached) moment of the same run live (the Debugger's History); each travel
// is marked in the Debug Console (`⟲ back to 12.5ms, step 4,210`) and ends in
// a stopped event, so the Call Stack, Variables and the panel show that
// moment. Output a replay produces again is never printed twice.

import {
  BreakpointEvent,
  DebugSession,
  Event,
  ExitedEvent,
  InitializedEvent,
  OutputEvent,
  Response,
  TerminatedEvent,
  ThreadEvent,
} from '@vscode/debugadapter';
import { DebugProtocol } from '@vscode/debugprotocol';
import { Debugger, Outcome, Stop } from '../engine/debugger';
import { takeSnapshot } from '../engine/snapshot';
import {
  COMPILE_ERRORS_EVENT,
  CompileErrorsEventBody,
  SELECT_GOROUTINE_REQUEST,
  SNAPSHOT_EVENT,
  SNAPSHOT_REQUEST,
  SnapshotEventBody,
  TRAVEL_REQUEST,
  TravelResponseBody,
} from '../protocol/dap';
import type { G } from '../runtime/g';
import { capabilities } from './capabilities';
import { ClientBreakpoints } from './clientBreakpoints';
import * as inspect from './inspection';
import { Prepared, prepareLaunch, warmUpParser } from './launchProgram';
import { goroutineToSelect, snapshotAnswer } from './panelRequests';
import { missingArgument } from './requestArguments';
import { LaunchRequestArguments, Run } from './run';
import { SchedulerEventLog } from './schedulerEventLog';
import { SnapshotPacing } from './snapshotPacing';
import { exitHeldEvent, focusEvent, stoppedEvent } from './stoppedEvents';
import { Nowhere, parseTravelArguments, travelNote } from './travel';

export class GosimSession extends DebugSession {
  private run: Run | null = null;
  private state: 'idle' | 'running' | 'stopped' | 'input' | 'ended' = 'idle';
  private configurationDone!: () => void;
  private readonly configured = new Promise<void>((resolve) => (this.configurationDone = resolve));
  private lastStop: Stop | null = null;
  /** The goroutine the user looks at: listed first, and the thread a pause reports when none is better. */
  private selected: G | null = null;
  private readonly breakpoints = new ClientBreakpoints({
    toDebugger: (line) => this.convertClientLineToDebugger(line),
    toClient: (line) => this.convertDebuggerLineToClient(line),
  });
  private readonly events = new SchedulerEventLog();
  private readonly snapshots = new SnapshotPacing((threadId) => {
    if (this.state === 'stopped') this.sendSnapshot('stopped', threadId);
  });
  private omittedNoteSent = false;
  /** The exit code of a program paused at its end (stopOnExit), until the session goes on or travels back; null otherwise. */
  private heldExit: number | null = null;

  /** Disconnected or terminated (a launch still compiling must not start anything). */
  private get ended(): boolean {
    return this.state === 'ended';
  }

  constructor() {
    super();
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
  }

  /** The first request: what gosim can do. */
  protected override initializeRequest(response: DebugProtocol.InitializeResponse): void {
    void warmUpParser();
    response.body = capabilities;
    this.sendResponse(response);
  }

  /** The client has sent every breakpoint: the program may start. */
  protected override configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    this.configurationDone();
    this.sendResponse(response);
  }

  /** Compiles the program and, once the client is configured, starts it. */
  protected override async launchRequest(response: DebugProtocol.LaunchResponse, launchArgs: LaunchRequestArguments): Promise<void> {
    // (A client may send no arguments at all.)
    const args = launchArgs ?? ({} as LaunchRequestArguments);
    if (!(await this.load(response, args))) return;
    this.sendEvent(new InitializedEvent());
    await this.configured;
    if (this.ended) return;
    this.sendResponse(response);
    this.go();
  }

  /** Starts the program afresh (the file is read and compiled again), keeping breakpoints. */
  protected override async restartRequest(response: DebugProtocol.RestartResponse, args: DebugProtocol.RestartArguments): Promise<void> {
    const launch = (args?.arguments as LaunchRequestArguments | undefined) ?? this.run?.args;
    this.halt();
    if (!launch) {
      this.sendErrorResponse(response, { id: 2, format: 'gosim: nothing to restart', showUser: true });
      return;
    }
    if (!(await this.load(response, launch))) return;
    for (const bp of this.breakpoints.all()) this.sendEvent(new BreakpointEvent('changed', bp));
    this.sendResponse(response);
    this.go();
  }

  /** Why there is nothing to run, in the Debug Console; the session ends. */
  private fail(response: DebugProtocol.Response, prepared: Extract<Prepared, { ok: false }>): void {
    this.state = 'ended';
    if (prepared.compileErrors) {
      // Go's own report, as `go run` would print it; the launch itself worked, and it exits as `go run` does (2, or 1 when the go command stopped it).
      this.sendEvent(new OutputEvent(prepared.message + '\n', 'stderr'));
      this.sendEvent(new Event(COMPILE_ERRORS_EVENT, { program: prepared.file, errors: prepared.compileErrors } satisfies CompileErrorsEventBody));
      this.console('gosim: the program does not compile; nothing was run.');
      this.sendResponse(response);
      this.sendEvent(new ExitedEvent(prepared.exitCode ?? 2));
    } else {
      this.console(prepared.message);
      this.sendErrorResponse(response, { id: 1, format: prepared.message.replace(/[{}]/g, ''), showUser: true });
    }
    this.sendEvent(new TerminatedEvent());
  }

  /** Compiles the program and loads it, not started yet; false when there is nothing to run (the session has ended). */
  private async load(response: DebugProtocol.Response, args: LaunchRequestArguments): Promise<boolean> {
    const prepared = await prepareLaunch(args);
    if (this.ended) return false;
    if (!prepared.ok) {
      this.fail(response, prepared);
      return false;
    }
    this.sendEvent(new Event(COMPILE_ERRORS_EVENT, { program: prepared.file, errors: [] } satisfies CompileErrorsEventBody));
    this.events.clear();
    this.run = new Run(prepared, args, {
      output: (category, text) => this.sendEvent(new OutputEvent(text, category)),
      schedEvent: (e) => this.events.record(e),
      log: (text, file, line) => {
        const e: DebugProtocol.OutputEvent = new OutputEvent(text + '\n', 'console');
        e.body.source = { path: file };
        e.body.line = this.convertDebuggerLineToClient(line);
        this.sendEvent(e);
      },
      slice: () => this.afterSlice(),
      outcome: (o) => this.onOutcome(o),
      fault: (e) => this.onFault(e),
    });
    if (this.run.dbg) this.breakpoints.applyTo(this.run.dbg);
    this.lastStop = null;
    this.selected = null;
    this.state = 'stopped';
    return true;
  }

  // ---- running and stopping --------------------------------------------------------

  private go(): void {
    const run = this.run;
    if (!run) return;
    // A stop the user moved past before its snapshot went: the next snapshot carries its events.
    this.snapshots.cancel();
    run.leaveStop();
    this.lastStop = null;
    this.omittedNoteSent = false;
    this.state = 'running';
    this.snapshots.resumed();
    run.runner.start();
  }

  private afterSlice(): void {
    const run = this.run;
    if (!run) return;
    run.output.flush();
    if (this.state === 'running' && this.snapshots.runningDue()) {
      this.announceThreads();
      this.sendSnapshot('running', null);
    }
  }

  private onOutcome(o: Exclude<Outcome, { kind: 'budget' }>): void {
    const run = this.run;
    if (!run) return;
    switch (o.kind) {
      case 'stopped':
        this.onStop(o.stop);
        break;
      case 'exited':
        this.onExit(o.code);
        break;
      case 'io':
        this.state = 'input';
        this.console('gosim: the program waits for input on os.Stdin: type it in the Debug Console (each entry is one line), or give "stdin" in launch.json.');
        break;
    }
  }

  private onStop(stop: Stop): void {
    this.reportStop(stop, stoppedEvent(stop));
    this.snapshots.stopped(stop.g?.id ?? null);
  }

  /** The program is stopped at `stop`: its output so far, the threads, then the stopped event. */
  private reportStop(stop: Stop, event: DebugProtocol.StoppedEvent): void {
    this.run!.output.flush();
    this.state = 'stopped';
    this.lastStop = stop;
    if (stop.g) this.selected = stop.g;
    this.announceThreads();
    this.sendEvent(event);
  }

  protected override dispatchRequest(request: DebugProtocol.Request): void {
    const missing = missingArgument(request);
    if (missing) {
      this.sendErrorResponse(new Response(request), { id: 14, format: `gosim: ${request.command} needs "${missing}"` });
      return;
    }
    this.snapshots.request();
    super.dispatchRequest(request);
  }

  private onExit(code: number): void {
    const run = this.run!;
    if (run.dbg && run.args.stopOnExit === true) {
      this.holdExit(run.dbg, code);
      return;
    }
    this.endAtExit(code);
  }

  /**
   * stopOnExit: the program has ended, and the session pauses there. Threads,
   * stacks and the panel show the goroutines as the end found them; a travel
   * back takes the session into the run again, anything else ends it.
   */
  private holdExit(dbg: Debugger, code: number): void {
    this.snapshots.cancel();
    this.heldExit = code;
    const g = dbg.someGoroutine(this.selected);
    this.reportStop({ reason: 'exit', g, hitBreakpointIds: [], exception: null }, exitHeldEvent(g, code));
    this.console(`gosim: the program has ended (exit status ${code}). Step Back or Reverse Continue travels back into it; Continue, a step or Stop ends the session.`);
    this.sendSnapshot('exited', null);
  }

  /** The program has ended: its output closes, then the session. */
  private endAtExit(code: number): void {
    const run = this.run!;
    this.heldExit = null;
    run.output.end();
    this.snapshots.cancel();
    this.sendSnapshot('exited', null);
    this.state = 'ended';
    this.sendEvent(new ExitedEvent(code));
    this.sendEvent(new TerminatedEvent());
  }

  private onFault(e: Error): void {
    this.run?.output.end();
    this.console(`gosim: internal error: ${e.message}`);
    if (process.env.GOSIM_DEBUG) this.console(String(e.stack));
    this.halt();
    this.state = 'ended';
    this.sendEvent(new TerminatedEvent());
  }

  /** Stops the program for good; nothing of it runs afterwards. */
  private halt(): void {
    this.snapshots.cancel();
    this.heldExit = null;
    this.run?.runner.stop();
    this.run = null;
  }

  /** Sends `thread` events for goroutines that appeared or ended since the last time. */
  private announceThreads(): void {
    const run = this.run!;
    const list = run.threads.list(run.machine, this.selected);
    for (const c of run.threads.changes(list)) this.sendEvent(new ThreadEvent(c.reason, c.threadId));
  }

  private sendSnapshot(cause: SnapshotEventBody['cause'], threadId: number | null): void {
    const run = this.run;
    if (!run) return;
    const t0 = performance.now();
    const body: SnapshotEventBody = { cause, threadId, snapshot: takeSnapshot(run.machine), events: this.events.takePending() };
    this.sendEvent(new Event(SNAPSHOT_EVENT, body));
    this.snapshots.sent(t0);
  }

  private console(text: string): void {
    this.sendEvent(new OutputEvent(text + '\n', 'console'));
  }

  /** The stopped program's debugger, or an error response when there is none. */
  private stopped(response: DebugProtocol.Response): inspect.Stopped | null {
    const run = this.run;
    if (!run || !run.dbg) {
      this.sendErrorResponse(response, { id: 3, format: 'gosim: no program is being debugged' });
      return null;
    }
    if (this.state !== 'stopped') {
      this.sendErrorResponse(response, { id: 4, format: 'gosim: the program is running' });
      return null;
    }
    return { run, dbg: run.dbg };
  }

  private goroutineOf(response: DebugProtocol.Response, threadId: number): (inspect.Stopped & { g: G }) | null {
    const s = this.stopped(response);
    if (!s) return null;
    const g = s.dbg.goroutine(threadId);
    if (!g) {
      this.sendErrorResponse(response, { id: 5, format: `gosim: no goroutine ${threadId} (it has exited, or never existed)` });
      return null;
    }
    return { ...s, g };
  }

  /** Sends an answer's body, or its error response. */
  private answer<R extends DebugProtocol.Response>(response: R, answer: inspect.Answer<R['body']>): void {
    if ('error' in answer) {
      this.sendErrorResponse(response, answer.error);
      return;
    }
    response.body = answer.body;
    this.sendResponse(response);
  }

  // ---- execution control -----------------------------------------------------------

  /** Continue: every goroutine runs. */
  protected override continueRequest(response: DebugProtocol.ContinueResponse): void {
    const s = this.stopped(response);
    if (!s) return;
    if (this.heldExit !== null) {
      response.body = { allThreadsContinued: true };
      this.sendResponse(response);
      this.endAtExit(this.heldExit);
      return;
    }
    s.dbg.resume();
    response.body = { allThreadsContinued: true };
    this.sendResponse(response);
    this.go();
  }

  /** Step over: the machine runs until this goroutine reaches the next line of its function. */
  protected override nextRequest(response: DebugProtocol.NextResponse, args: DebugProtocol.NextArguments): void {
    this.stepRequest(response, args.threadId, (dbg, g) => dbg.next(g));
  }

  /** Step in: to the next line this goroutine runs, in a called function or in the goroutine a `go` statement starts. */
  protected override stepInRequest(response: DebugProtocol.StepInResponse, args: DebugProtocol.StepInArguments): void {
    this.stepRequest(response, args.threadId, (dbg, g) => dbg.stepIn(g));
  }

  /** Step out: until this goroutine is back in the caller. */
  protected override stepOutRequest(response: DebugProtocol.StepOutResponse, args: DebugProtocol.StepOutArguments): void {
    this.stepRequest(response, args.threadId, (dbg, g) => dbg.stepOut(g));
  }

  private stepRequest(response: DebugProtocol.Response, threadId: number, step: (dbg: Debugger, g: G) => void): void {
    if (this.heldExit !== null && this.state === 'stopped') {
      this.sendResponse(response);
      this.endAtExit(this.heldExit);
      return;
    }
    const s = this.goroutineOf(response, threadId);
    if (!s) return;
    this.selected = s.g;
    step(s.dbg, s.g);
    this.sendResponse(response);
    this.go();
  }

  // ---- time travel -----------------------------------------------------------------

  /** Step Back: the machine goes back to where this goroutine began its previous line. */
  protected override stepBackRequest(response: DebugProtocol.StepBackResponse, args: DebugProtocol.StepBackArguments): void {
    const s = this.goroutineOf(response, args.threadId);
    if (!s) return;
    const goid = s.g.id;
    this.travel(response, s, () => s.dbg.stepBack(s.g) ?? { nowhere: `gosim: G${goid} has no earlier line to step back to.`, reason: 'step', goid });
  }

  /** Reverse Continue: back to the previous breakpoint hit by any goroutine, or to the start of main. */
  protected override reverseContinueRequest(response: DebugProtocol.ReverseContinueResponse): void {
    const s = this.stopped(response);
    if (!s) return;
    this.travel(response, s, () => s.dbg.reverseContinue());
  }

  /** Restart Frame: back to the moment the frame was entered, at its first line with its arguments. */
  protected override restartFrameRequest(response: DebugProtocol.RestartFrameResponse, args: DebugProtocol.RestartFrameArguments): void {
    const s = this.stopped(response);
    if (!s) return;
    const found = inspect.restartableFrame(s, args.frameId);
    if ('error' in found) {
      this.sendErrorResponse(response, found.error);
      return;
    }
    const { at, frame } = found;
    this.travel(response, s, () => s.dbg.restartFrame(at.g, frame) ?? { nowhere: `gosim: the moment ${at.row.name} was entered is not in the history.`, reason: 'restart', goid: at.g.id });
  }

  /**
   * Runs a travel (the program stopped), marks it in the Debug Console, and
   * shows the moment reached like any stop: the response, then a stopped
   * event and a snapshot.
   */
  private travel(response: DebugProtocol.Response, { run, dbg }: inspect.Stopped, go: () => Stop | Nowhere): void {
    const before = dbg.moment;
    let stop: Stop;
    try {
      stop = this.arrival(dbg, go());
    } catch (e) {
      this.sendErrorResponse(response, { id: 12, format: `gosim: ${(e as Error).message.replace(/[{}]/g, '')}`, showUser: true });
      return;
    }
    run.machine = dbg.machine;
    run.leaveStop();
    // Back from a held end, the program is running again (a travel to the end itself ends it again).
    if (!dbg.machine.exited) this.heldExit = null;
    if (this.selected) this.selected = dbg.goroutine(this.selected.id);
    const after = dbg.moment;
    this.console(travelNote(before, after));
    if (response.command === TRAVEL_REQUEST) response.body = { step: after.step, time: after.time } satisfies TravelResponseBody;
    this.sendResponse(response);
    this.onStop(stop);
  }

  /** The stop a travel reached; one that found nowhere to go is said in the Debug Console and stops where the program already is. */
  private arrival(dbg: Debugger, reached: Stop | Nowhere): Stop {
    if (!('nowhere' in reached)) return reached;
    this.console(reached.nowhere);
    return { reason: reached.reason, g: dbg.goroutine(reached.goid) ?? dbg.someGoroutine(this.selected), hitBreakpointIds: [], exception: null };
  }

  /** Pause: every goroutine stops at the next statement one of them reaches (or at the end of the current slice). */
  protected override pauseRequest(response: DebugProtocol.PauseResponse): void {
    const run = this.run;
    this.sendResponse(response);
    if (!run || !run.dbg || (this.state !== 'running' && this.state !== 'input')) return;
    run.dbg.pause();
    if (this.state === 'input') this.go();
  }

  /** Terminate: the program ends now. */
  protected override terminateRequest(response: DebugProtocol.TerminateResponse): void {
    this.run?.output.end();
    this.halt();
    this.state = 'ended';
    this.sendResponse(response);
    this.sendEvent(new TerminatedEvent());
  }

  /** Disconnect: nothing is left running; over stdio the adapter process exits. */
  protected override disconnectRequest(response: DebugProtocol.DisconnectResponse): void {
    this.halt();
    this.state = 'ended';
    this.configurationDone();
    this.sendResponse(response);
    this.shutdown();
  }

  // ---- breakpoints -------------------------------------------------------------------

  /** The breakpoints of one source file (all of them, replacing the previous ones). */
  protected override setBreakPointsRequest(response: DebugProtocol.SetBreakpointsResponse, args: DebugProtocol.SetBreakpointsArguments): void {
    const specs = args.breakpoints ?? (args.lines ?? []).map((line) => ({ line }));
    response.body = { breakpoints: this.breakpoints.setSource(args.source.path ?? '', specs, this.run?.dbg ?? null) };
    this.sendResponse(response);
  }

  protected override setFunctionBreakPointsRequest(response: DebugProtocol.SetFunctionBreakpointsResponse, args: DebugProtocol.SetFunctionBreakpointsArguments): void {
    response.body = { breakpoints: this.breakpoints.setFunctions(args.breakpoints, this.run?.dbg ?? null) };
    this.sendResponse(response);
  }

  protected override setExceptionBreakPointsRequest(response: DebugProtocol.SetExceptionBreakpointsResponse, args: DebugProtocol.SetExceptionBreakpointsArguments): void {
    this.breakpoints.setExceptionFilters(args.filters, this.run?.dbg ?? null);
    this.sendResponse(response);
  }

  // ---- inspection ------------------------------------------------------------------

  /** The goroutines, as threads. */
  protected override threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    const run = this.run;
    const list = run ? run.threads.list(run.machine, this.selected) : { threads: [], omitted: null };
    if (list.omitted && !this.omittedNoteSent) {
      this.omittedNoteSent = true;
      this.console(list.omitted.note);
    }
    response.body = { threads: list.threads };
    this.sendResponse(response);
  }

  protected override stackTraceRequest(response: DebugProtocol.StackTraceResponse, args: DebugProtocol.StackTraceArguments): void {
    const s = this.goroutineOf(response, args.threadId);
    if (!s) return;
    this.selected = s.g;
    const st = s.run.frames!.stackTrace(s.g, args.startFrame ?? 0, args.levels ?? 0);
    for (const f of st.stackFrames) f.line = this.convertDebuggerLineToClient(f.line);
    response.body = st;
    this.sendResponse(response);
  }

  protected override scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): void {
    const s = this.stopped(response);
    if (s) this.answer(response, inspect.scopes(s, args.frameId));
  }

  protected override variablesRequest(response: DebugProtocol.VariablesResponse, args: DebugProtocol.VariablesArguments): void {
    const s = this.stopped(response);
    if (s) this.answer(response, inspect.variables(s, args));
  }

  protected override setVariableRequest(response: DebugProtocol.SetVariableResponse, args: DebugProtocol.SetVariableArguments): void {
    const s = this.stopped(response);
    if (s) this.answer(response, inspect.setVariable(s, args));
  }

  /** Watch, hover, the Debug Console: a Go expression in the selected frame. */
  protected override evaluateRequest(response: DebugProtocol.EvaluateResponse, args: DebugProtocol.EvaluateArguments): void {
    const run = this.run;
    if (run && this.state === 'input' && args.context === 'repl') {
      // The program waits for input: what is typed in the Debug Console is its next line.
      run.provideStdin(args.expression + '\n');
      response.body = { result: '', variablesReference: 0 };
      this.sendResponse(response);
      this.go();
      return;
    }
    const s = this.stopped(response);
    if (s) this.answer(response, inspect.evaluate(s, args));
  }

  /** The panic or fatal error the program stopped on: Go's message and its goroutine dump. */
  protected override exceptionInfoRequest(response: DebugProtocol.ExceptionInfoResponse): void {
    this.answer(response, inspect.exceptionInfo(this.lastStop));
  }

  /** gosim/snapshot (the current machine, with the scheduler events so far if asked) and gosim/selectGoroutine. */
  protected override customRequest(command: string, response: DebugProtocol.Response, args: unknown): void {
    const run = this.run;
    if (command === SNAPSHOT_REQUEST) {
      this.answer(response, snapshotAnswer(run?.machine ?? null, this.events, args));
      return;
    }
    if (command === TRAVEL_REQUEST) {
      const where = parseTravelArguments(args);
      const dbg = run?.dbg;
      if (!run || !dbg || !where || this.state === 'ended' || this.state === 'idle') {
        this.sendErrorResponse(response, { id: 13, format: where ? 'gosim: no program is being debugged' : 'gosim: gosim/travel needs a step or a time (ns)' });
        return;
      }
      // A click on the timeline while the program runs: stop it where it is, then travel.
      if (run.runner.isRunning) run.runner.stop();
      run.output.flush();
      this.state = 'stopped';
      this.travel(response, { run, dbg }, () => ('step' in where ? dbg.travelToStep(where.step) : dbg.travelToTime(where.time)));
      return;
    }
    if (command === SELECT_GOROUTINE_REQUEST) {
      const g = goroutineToSelect(run?.dbg ?? null, args);
      this.sendResponse(response);
      if (g && this.state === 'stopped') {
        this.selected = g;
        this.sendEvent(focusEvent(g));
      }
      return;
    }
    super.customRequest(command, response, args);
  }
}

