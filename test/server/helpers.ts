// Starts the BUILT `jiaxiao-lint serve` in a child process on a free port (--port 0) and reads the
// address it prints, for the API and browser tests.
import { ChildProcess, spawn } from 'node:child_process';
import { BIN, ROOT } from '../cli/helpers';

export interface Served {
  /** http://127.0.0.1:<port>/ */
  url: string;
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Sends SIGINT (Ctrl+C) and resolves with the exit code. */
  stop: () => Promise<number | null>;
}

export function serve(args: string[] = [], cwd = ROOT): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not print its address in 20 s.\nstdout: ${out}\nstderr: ${err}`)), 20_000);
    const onData = () => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve({
        url: m[1],
        child,
        stdout: () => out,
        stderr: () => err,
        stop: () => {
          if (child.exitCode === null) child.kill('SIGINT');
          return exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before printing its address.\nstderr: ${err}`));
    });
  });
}
