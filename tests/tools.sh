#!/bin/sh
# The tests' own tools: Debian's chromium and Cytoscape.js from the npm registry for the browser
# tests, Debian's Virtuoso open source for the SPARQL server tests (tests/test_remote.py).
# Installs what is missing when it can (apt-get needs root); without them those tests skip,
# saying why, and the rest of the suite still runs.
cd "$(dirname "$0")/.." || exit 1
if ! command -v virtuoso-t >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null
  else
    echo "tests/tools.sh: virtuoso-t not installed (apt-get install virtuoso-opensource); server tests will skip" >&2
  fi
fi
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "tests/tools.sh: chromium not installed (apt-get install chromium); browser tests will skip" >&2
  fi
fi
if [ ! -f node_modules/cytoscape/dist/cytoscape.min.js ]; then
  if command -v npm >/dev/null 2>&1; then
    npm install --no-save --no-package-lock --no-audit --no-fund --silent cytoscape@3.34.4
  else
    echo "tests/tools.sh: npm not found; the Cytoscape.js test will skip" >&2
  fi
fi
exit 0
