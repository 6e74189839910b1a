#!/bin/sh
# The tests' own tools: Debian's chromium for the browser tests, Debian's graphviz to read the
# DOT export, Cytoscape.js, sigma.js and graphology from the npm registry (the browser test of
# the .cyjs export; the check that the page's vendored copies are the published builds),
# Debian's Virtuoso open source for the SPARQL server tests (tests/test_remote.py).
# Installs what is missing when it can (apt-get needs root); without them those tests skip,
# saying why, and the rest of the suite still runs.
cd "$(dirname "$0")/.." || exit 1
updated=
apt_install() {  # apt_install PACKAGE: quietly, once `apt-get update` has run
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    [ -n "$updated" ] || { apt-get update -qq && updated=1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
  else
    return 1
  fi
}
if ! command -v virtuoso-t >/dev/null 2>&1; then
  apt_install virtuoso-opensource ||
    echo "tests/tools.sh: virtuoso-t not installed (apt-get install virtuoso-opensource); server tests will skip" >&2
fi
if ! command -v chromium >/dev/null 2>&1; then
  apt_install chromium ||
    echo "tests/tools.sh: chromium not installed (apt-get install chromium); browser tests will skip" >&2
fi
if ! command -v sfdp >/dev/null 2>&1; then
  apt_install graphviz ||
    echo "tests/tools.sh: graphviz not installed (apt-get install graphviz); the DOT tests will skip" >&2
fi
# the versions graph_builder/exports/assets/README.md names for sigma and graphology
want="cytoscape@3.34.4 sigma@3.0.3 graphology@0.26.0"
missing=
for pkg in $want; do
  name=${pkg%@*}
  version=${pkg#*@}
  grep -qs "\"version\": \"$version\"" "node_modules/$name/package.json" || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
  if command -v npm >/dev/null 2>&1; then
    # all of them at once: `npm install --no-save` removes what an earlier one installed
    npm install --no-save --no-package-lock --no-audit --no-fund --silent $want ||
      echo "tests/tools.sh: npm install$missing failed; the tests that need them will skip" >&2
  else
    echo "tests/tools.sh: npm not found;$missing missing, the tests that need them will skip" >&2
  fi
fi
# grlc (tests/test_grlc.py) pins its own rdflib, Flask and others: a virtual environment of its own
if [ ! -x .venv-grlc/bin/python ] || ! .venv-grlc/bin/python -c "import grlc" >/dev/null 2>&1; then
  { python3 -m venv .venv-grlc && .venv-grlc/bin/pip install -q grlc==1.3.11; } >/dev/null 2>&1 ||
    echo "tests/tools.sh: could not install grlc into .venv-grlc; the grlc tests will skip" >&2
fi
exit 0
