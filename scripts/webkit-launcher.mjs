// A web-test-runner launcher for WebKit (Safari's engine) on Linux: WebKitGTK's MiniBrowser
// driven by WebKitWebDriver. MiniBrowser has no headless mode, so the launcher starts its own
// Xvfb display, then WebKitWebDriver on a free port, and stops both when the run ends: the
// tests need no extra step. scripts/test-browsers.mjs finds the three binaries and passes them
// in WEBKIT_DRIVER_PATH, WEBKIT_BROWSER_PATH and XVFB_PATH.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

/** A TCP port nobody listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display; resolves with ':N' once the server is ready. */
function startXvfb(xvfbPath) {
  // -displayfd makes Xvfb pick a free display and write its number to fd 3 when it accepts clients.
  const child = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      const match = /(\d+)\n/.exec(out);
      if (match) resolve({ child, display: `:${match[1]}` });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${err.trim()}`)));
  });
}

/** Polls WebKitWebDriver's /status until it is ready (a few hundred ms), or fails after `ms`. */
async function waitForDriver(port, child, ms = 20_000) {
  const deadline = Date.now() + ms;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < deadline && !exited) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      const body = await response.json();
      if (body?.value?.ready) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(exited ? 'WebKitWebDriver exited before it was ready' : `WebKitWebDriver not ready within ${ms} ms`);
}

class WebKitGtkLauncher extends WebdriverLauncher {
  constructor({ driverPath, browserPath, xvfbPath }) {
    super({
      hostname: '127.0.0.1',
      port: 0, // set in initialize()
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: browserPath, args: ['--automation'] },
        // webdriverio asks for WebDriver BiDi by default; WebKitWebDriver then refuses the session.
        'wdio:enforceWebDriverClassic': true,
      },
    });
    this.paths = { driverPath, browserPath, xvfbPath };
    this.children = [];
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    const { child: xvfb, display } = await startXvfb(this.paths.xvfbPath);
    this.children.push(xvfb);
    const port = await freePort();
    const driver = spawn(this.paths.driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: display, WEBKIT_DISABLE_COMPOSITING_MODE: '1', GDK_BACKEND: 'x11' },
    });
    this.children.push(driver);
    await waitForDriver(port, driver);
    this.options.port = port;
  }

  async stop() {
    await super.stop();
    for (const child of this.children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    }
    this.children = [];
  }
}

export function webkitLauncher(paths) {
  return new WebKitGtkLauncher(paths);
}
