import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const running = new Set();

// Last line of defence: a test file that crashes or is interrupted must not leave a bot or playground
// listening (they run in their own process groups, so a terminal's Ctrl-C does not reach them).
process.on('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.once(signal, () => process.exit(code));
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** A free TCP port on the loopback interface (released before returning; good enough for a test run). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a command in its own process group (so `dotnet run` or a CLI's children die with it) and keeps its
 * output for diagnostics. `stop()` sends SIGTERM to the group, then SIGKILL after `graceMs`.
 */
export function startProcess(name, command, args, { env = {}, cwd } = {}) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  const watchers = new Set();
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => {
    running.delete(child);
    resolve({ code, signal });
  }));
  const onData = (chunk) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
    for (const watch of watchers) watch();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  return {
    name,
    pid: child.pid,
    output: () => output,
    exited,
    /** Resolves with the regex match once the output contains it; rejects on timeout or early exit. */
    waitForOutput(regex, timeoutMs) {
      return new Promise((resolve, reject) => {
        const done = (fn, value) => {
          clearTimeout(timer);
          watchers.delete(check);
          fn(value);
        };
        const check = () => {
          const match = output.match(regex);
          if (match) done(resolve, match);
        };
        const timer = setTimeout(() => done(reject, new Error(`${name}: no ${regex} within ${timeoutMs} ms. Output:\n${output.slice(-4000)}`)), timeoutMs);
        exited.then(({ code, signal }) => done(reject, new Error(`${name} exited (code ${code}, signal ${signal}) before ${regex}. Output:\n${output.slice(-4000)}`)));
        watchers.add(check);
        check();
      });
    },
    async stop(graceMs = 5000) {
      if (!running.has(child)) return exited;
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

/** Polls a URL until `accept(response)` holds; rejects after `timeoutMs` or when `abortOn` settles first. */
export async function waitForHttp(url, timeoutMs, { accept = (r) => r.status === 200, abortOn } = {}) {
  const deadline = Date.now() + timeoutMs;
  let aborted = null;
  abortOn?.then((reason) => { aborted = reason; });
  let last = 'no response';
  while (Date.now() < deadline) {
    if (aborted) throw new Error(`${url}: process ended before it answered (${JSON.stringify(aborted)})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (accept(response)) return response;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} not ready within ${timeoutMs} ms (last: ${last})`);
}
