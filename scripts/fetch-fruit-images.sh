#!/usr/bin/env bash
# Builds the classifier's fruit image set from emoji artwork on the npm registry (no image data set can be
# downloaded here): Google Noto (Apache-2.0) and Twitter Twemoji (CC-BY-4.0) PNGs, OpenMoji (CC-BY-SA-4.0) SVGs
# rendered to PNG, and more styles from Iconify's JSON icon sets rendered to PNG: Microsoft Fluent Emoji flat and
# colour (MIT), EmojiOne 2 (CC-BY-4.0), Noto v1 and Firefox OS emoji (Apache-2.0), which lack a few of the newer
# fruits. Labels are the emoji names. Writes classifier-service/src/main/resources/fruit/<style>/<label>.png; the
# result is committed, so builds and tests never need the network. Rerun to refresh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

OUT=classifier-service/src/main/resources/fruit
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
command -v npm >/dev/null || die "npm is needed"
command -v rsvg-convert >/dev/null || apt_install librsvg2-bin

# codepoint:label, the label being the emoji's common name in lower case
FRUITS="1f347:grapes 1f348:melon 1f349:watermelon 1f34a:tangerine 1f34b:lemon 1f34c:banana 1f34d:pineapple
1f96d:mango 1f34e:red-apple 1f34f:green-apple 1f350:pear 1f351:peach 1f352:cherries 1f353:strawberry
1fad0:blueberries 1f95d:kiwi-fruit 1f965:coconut"

(cd "$WORK" && npm pack --silent emoji-datasource-google@16.0.0 emoji-datasource-twitter@16.0.0 openmoji@17.0.0 >/dev/null)
for style in google twitter; do
  mkdir -p "$WORK/$style" "$OUT/$style"
  tar xzf "$WORK"/emoji-datasource-$style-*.tgz -C "$WORK/$style" --wildcards "package/img/$style/64/1f*.png"
  for f in $FRUITS; do
    cp "$WORK/$style/package/img/$style/64/${f%%:*}.png" "$OUT/$style/${f#*:}.png"
  done
done
mkdir -p "$WORK/openmoji" "$OUT/openmoji"
tar xzf "$WORK"/openmoji-*.tgz -C "$WORK/openmoji" --wildcards "package/color/svg/1F*.svg"
for f in $FRUITS; do
  code=$(echo "${f%%:*}" | tr a-f A-F)
  rsvg-convert -w 64 -h 64 "$WORK/openmoji/package/color/svg/$code.svg" -o "$OUT/openmoji/${f#*:}.png"
done
# Iconify sets: style:package, each icon an SVG body in package/icons.json, named like our labels (fxemoji: no hyphens)
ICONIFY="fluent-flat:fluent-emoji-flat@1.2.6 fluent:fluent-emoji@1.2.7 emojione:emojione@1.2.3 noto-v1:noto-v1@1.2.5
fxemoji:fxemoji@1.2.2"
for s in $ICONIFY; do
  style=${s%%:*} pkg=${s#*:}
  mkdir -p "$WORK/$style" "$OUT/$style"
  (cd "$WORK" && tar xzf "$(npm pack --silent "@iconify-json/$pkg")" -C "$style" package/icons.json)
  for f in $FRUITS; do
    label=${f#*:}
    node -e '
      const [file, name] = process.argv.slice(1), set = require(file);
      const icon = set.icons[name] || set.icons[name.replace(/-/g, "")]
        || set.icons[(set.aliases?.[name] || {}).parent];
      if (!icon) process.exit(0);
      const w = icon.width || set.width || 16, h = icon.height || set.height || 16;
      console.log(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ` +
        `viewBox="${icon.left || 0} ${icon.top || 0} ${w} ${h}" width="${w}" height="${h}">${icon.body}</svg>`);
    ' "$WORK/$style/package/icons.json" "$label" >"$WORK/$style/$label.svg"
    if [ -s "$WORK/$style/$label.svg" ]; then
      rsvg-convert -w 64 -h 64 "$WORK/$style/$label.svg" -o "$OUT/$style/$label.png"
    fi
  done
done
say "wrote $(find "$OUT" -name '*.png' | wc -l) images under $OUT"
