#!/bin/sh
# Regenerates assets/fonts/*.subset.ttf: the DejaVu Sans regular and bold of `dejavu-fonts-ttf`, cut to the code
# points of assets/fonts/subset.json (every glyph and layout feature for them kept). resvg reads its font files again
# for every text of a chart; the subsets (~110 KiB instead of ~740 KiB) cut a chart's text from ~17 ms to ~6 ms and
# rasterise to the same bytes (measured, issue 18). Needs fontTools (`pip install fonttools`).
# DejaVu's licence (Bitstream Vera) allows modified copies whose names do not contain "Bitstream" or "Vera".
set -eu
cd "$(dirname "$0")/.."
src=node_modules/dejavu-fonts-ttf/ttf
unicodes=$(node -e "const {ranges}=require('./assets/fonts/subset.json');console.log(ranges.map(([a,b])=>'U+'+a.toString(16)+'-'+b.toString(16)).join(','))")
for face in DejaVuSans DejaVuSans-Bold; do
  pyftsubset "$src/$face.ttf" --unicodes="$unicodes" --layout-features='*' --notdef-outline \
    --name-IDs='*' --name-languages='*' --output-file="assets/fonts/$face.subset.ttf"
done
ls -l assets/fonts
