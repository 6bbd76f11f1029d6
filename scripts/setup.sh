#!/usr/bin/env bash
# Set up a fresh checkout: install the locked dependencies and make sure a Chromium is
# available for the browser tests (Playwright's own download where the network allows it,
# Debian's chromium package otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund

have_browser() {
	[ -n "${NEWSVAULT_CHROMIUM:-}" ] && [ -x "${NEWSVAULT_CHROMIUM}" ] && return 0
	for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
		[ -x "$candidate" ] && return 0
	done
	node -e "const {chromium}=require('playwright-core');process.exit(require('fs').existsSync(chromium.executablePath())?0:1)" 2>/dev/null
}

if have_browser; then
	echo "setup: Chromium found"
	exit 0
fi

echo "setup: no Chromium found, installing one"
if npx --no-install playwright install chromium >/dev/null 2>&1 && have_browser; then
	echo "setup: installed Playwright's Chromium"
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	echo "setup: installed Debian's chromium"
else
	echo "setup: could not install Chromium; install it (e.g. 'sudo apt-get install chromium') or set NEWSVAULT_CHROMIUM=/path/to/chrome" >&2
	exit 1
fi
