// Makes sure the browser tests can run: a Chromium binary and a font that draws Chinese.
// Installs both with apt-get when this is a Debian/Ubuntu machine and we are root; otherwise
// says exactly what to install and exits 1. Prints nothing when all is present.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findChromium, chromiumCandidates } from './chromium.mjs';

const aptPackages = { chromium: 'chromium', cjkFont: 'fonts-noto-cjk' };

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

const canApt = process.platform === 'linux' && process.getuid?.() === 0 && commandExists('apt-get');

/** True when fontconfig knows a font covering Chinese; undefined when there is no fontconfig to ask. */
function hasCjkFont() {
  if (!commandExists('fc-list')) return undefined;
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim().length > 0;
}

function aptInstall(packages) {
  console.log(`Installing ${packages.join(' ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const steps = [
    ['apt-get', ['update']],
    ['apt-get', ['install', '-y', '--no-install-recommends', ...packages]],
  ];
  for (const [cmd, args] of steps) {
    const result = spawnSync(cmd, args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      fail(`\`${cmd} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`);
    }
  }
}

function installHint(packages) {
  if (commandExists('apt-get')) {
    const orChrome = packages.includes(aptPackages.chromium)
      ? '\nor install Chrome and set CHROME_PATH to its executable.'
      : '';
    return `Install with:\n  sudo apt-get install ${packages.join(' ')}${orChrome}`;
  }
  return (
    'Install Chrome or Chromium and point the tests at it, for example:\n' +
    "  export CHROME_PATH='/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'\n" +
    'and make sure a font with Chinese glyphs is installed (Noto Sans CJK, for example).'
  );
}

function fail(message, packages = Object.values(aptPackages)) {
  console.error(`ensure-chromium: ${message}\n${installHint(packages)}`);
  process.exit(1);
}

const missing = [];
if (!findChromium()) missing.push(aptPackages.chromium);
if (hasCjkFont() === false) missing.push(aptPackages.cjkFont);
// On Linux without fontconfig the check above cannot answer; Debian's chromium package pulls
// fontconfig in, so after installing it the font check is repeated below.

if (missing.length > 0) {
  if (!canApt) {
    const what = missing.includes(aptPackages.chromium)
      ? `no Chromium found (looked at $CHROME_PATH${process.env.CHROME_PATH ? `=${process.env.CHROME_PATH}` : ''}, ${chromiumCandidates.join(', ')}).`
      : 'no font with Chinese glyphs found (`fc-list :lang=zh` lists none), so screenshots would show boxes.';
    fail(what, missing);
  }
  const toInstall = new Set(missing);
  // A fresh chromium install may bring fontconfig and so make the font check possible only now;
  // installing the CJK font along with it is cheap and avoids a second apt round.
  if (toInstall.has(aptPackages.chromium)) toInstall.add(aptPackages.cjkFont);
  aptInstall([...toInstall]);
  if (!findChromium()) fail(`apt-get finished but no Chromium is at ${chromiumCandidates.join(', ')}.`);
  if (hasCjkFont() === false) fail('apt-get finished but `fc-list :lang=zh` still lists no font.');
}

if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
  console.warn(
    `ensure-chromium: CHROME_PATH=${process.env.CHROME_PATH} does not exist; using ${findChromium()}.`,
  );
}
