#!/bin/sh
# Install the Debian packages kg needs, running apt-get only when one is
# missing.  Used by `make deps`, `make demo` and .ci/run.
set -e
PKGS="build-essential pkg-config libigraph-dev libgraphviz-dev graphviz
libxml2-dev libxml2-utils libcjson-dev libutf8proc-dev libcmocka-dev valgrind
liblink-grammar-dev link-grammar-dictionaries-en
clang libclang-rt-14-dev parallel
python3 python3-networkx python3-igraph python3-rdflib"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
        missing="$missing $p"
done
if [ -z "$missing" ]; then
    echo "deps: all installed"
    exit 0
fi
echo "deps: installing$missing"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
