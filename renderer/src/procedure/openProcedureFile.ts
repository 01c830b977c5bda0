// "Open procedure file…" on the page's side: the size is checked before anything is read, then
// the file is read, parsed and validated in a worker, under one time limit for the whole check.
// Always resolves with an answer naming the file; never throws.
import { checkSize, type JsonLimits } from '../../../electron/shared/untrustedJson';
import { PROCEDURE_LIMITS, type ProcedureLoadResult } from './loader';
import {
  checkProcedureText,
  type ProcedureCheckRequest,
  problemResult,
  unreadableResult,
} from './procedureFileCheck';

/** Runs the check somewhere; `signal` aborts when the answer is no longer wanted (time is up). */
export type CheckRunner = (
  request: ProcedureCheckRequest,
  signal: AbortSignal,
) => Promise<ProcedureLoadResult>;

/** Where no worker can start: the same check here. The scan's limits still keep the stack safe. */
export const checkOnMainThread: CheckRunner = async (request) => {
  try {
    return checkProcedureText(await request.file.text(), request.name);
  } catch (error) {
    return unreadableResult(request.name, error);
  }
};

function isLoadResult(data: unknown): data is ProcedureLoadResult {
  if (typeof data !== 'object' || data === null) return false;
  const result = data as { ok?: unknown; procedure?: unknown; error?: unknown };
  return result.ok === true ? typeof result.procedure === 'object' : typeof result.error === 'string';
}

/** The worker: one per file, ended as soon as it answers or the time is up. */
export const checkInWorker: CheckRunner = (request, signal) =>
  new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./procedureWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(checkOnMainThread(request, signal));
      return;
    }
    const finish = (result: ProcedureLoadResult) => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish(unreadableResult(request.name, 'stopped'));
    signal.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<unknown>) =>
      finish(isLoadResult(event.data) ? event.data : unreadableResult(request.name, 'no answer'));
    worker.onmessageerror = () => finish(unreadableResult(request.name, 'no answer'));
    worker.onerror = (event) => {
      event.preventDefault(); // answered below; not an uncaught error on the page
      finish(unreadableResult(request.name, event.message || 'the check stopped'));
    };
    worker.postMessage(request);
  });

export interface CheckProcedureFileOptions {
  limits?: JsonLimits;
  run?: CheckRunner;
}

/** Checks one file the person chose: a procedure ready to use, or the problem naming the file. */
export async function checkProcedureFile(
  file: Blob & { name: string },
  options: CheckProcedureFileOptions = {},
): Promise<ProcedureLoadResult> {
  const limits = options.limits ?? PROCEDURE_LIMITS;
  const run = options.run ?? checkInWorker;
  const tooLarge = checkSize(file.size, limits);
  if (tooLarge) return problemResult(tooLarge, file.name);
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeUp = new Promise<ProcedureLoadResult>((resolve) => {
    timer = setTimeout(
      () => resolve(problemResult({ kind: 'timeout', limitMs: limits.timeLimitMs }, file.name)),
      limits.timeLimitMs,
    );
  });
  const checked = Promise.resolve()
    .then(() => run({ file, name: file.name }, controller.signal))
    .catch((error: unknown) => unreadableResult(file.name, error));
  try {
    return await Promise.race([checked, timeUp]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
