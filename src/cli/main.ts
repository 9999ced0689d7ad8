/// <reference types="node" />
/**
 * Entry of the `eindex-widgets` command (package.json `bin`, built to dist/cli/eindex-widgets.js
 * by scripts/build.mjs): Node's file system and streams for `runCli`.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { runCli } from './cli.js';

/** Reads at most `maxBytes` (a larger file is refused, not read whole into memory). */
function readFile(path: string, maxBytes: number): Uint8Array | Error {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile()) return new Error('not a file');
    if (stat.size > maxBytes) return new Error(`too large: ${stat.size} bytes (up to ${maxBytes})`);
    const buffer = new Uint8Array(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, null);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return new Error(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

process.exitCode = runCli(process.argv.slice(2), {
  readFile,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
