#!/usr/bin/env bash
# Re-vendors cytoscape.js from the npm registry into kg/viz/vendor/, where the offline
# page of `kg viz --format html` inlines it from. Usage: scripts/vendor-cytoscape.sh [VERSION]
# (default: the newest 3.x). npm checks the tarball against the registry's integrity hash.
set -euo pipefail
version="${1:-3}"
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "cytoscape@$version" >/dev/null && tar xzf cytoscape-*.tgz)
pkg="$tmp/package"
# The library goes inside a <script> element: it must not contain its end tag.
if grep -qi '</script' "$pkg/dist/cytoscape.min.js"; then
    echo "cytoscape.min.js contains '</script': it cannot be inlined" >&2
    exit 1
fi
cp "$pkg/dist/cytoscape.min.js" "$pkg/LICENSE" kg/viz/vendor/
node -p "require('$pkg/package.json').version" >kg/viz/vendor/VERSION
echo "vendored cytoscape $(cat kg/viz/vendor/VERSION)"
