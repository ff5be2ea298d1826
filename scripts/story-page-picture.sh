#!/usr/bin/env sh
# Remakes docs/story-page.png, the picture of a story page in README.md: analyzes the examples and takes a
# screenshot of the top of out/report.html with a headless Chromium (Debian: apt-get install chromium).
# Run from the repository root after ./mvnw -q package -DskipTests.
set -eu
out=$(mktemp -d)
./crosscheck analyze examples --out "$out/report" --quiet
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1100 \
  --screenshot=docs/story-page.png "file://$out/report/report.html" 2>/dev/null
rm -rf "$out"
echo "wrote docs/story-page.png"
