// The one description of how this project starts Chromium, for Playwright, Lighthouse and the
// demo API bridge. Debian's chromium by default; another machine points CHROMIUM_PATH at its own.
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

// No sandbox (CI runs as root), no GPU, and none of Chromium's own network traffic: this
// machine's closed network refuses it, many connections at a time, at every start.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
