// Reads, parses and validates one procedure file off the main thread, so the picture keeps
// moving while a large or hostile file is checked. The page terminates this worker once it has
// answered, or when the time limit passes.
import { checkProcedureText, type ProcedureCheckRequest, unreadableResult } from './procedureFileCheck';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ProcedureCheckRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { file, name } = event.data;
  file.text().then(
    (text) => scope.postMessage(checkProcedureText(text, name)),
    (error: unknown) => scope.postMessage(unreadableResult(name, error)),
  );
};
