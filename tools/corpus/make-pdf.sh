#!/usr/bin/env bash
# Renders the ministry letter example as a text PDF with the PDFBox jars from the local Maven
# repository (run `mvn -B -q -pl harmledger-store dependency:resolve` first if they are missing).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
v=3.0.8
cp="$repo/org/apache/pdfbox/pdfbox/$v/pdfbox-$v.jar:$repo/org/apache/pdfbox/pdfbox-io/$v/pdfbox-io-$v.jar:$repo/org/apache/pdfbox/fontbox/$v/fontbox-$v.jar"
cl="$(ls "$repo"/commons-logging/commons-logging/*/commons-logging-*.jar 2>/dev/null | grep -v sources | sort -V | tail -1 || true)"
[ -n "$cl" ] && cp="$cp:$cl"
java -cp "$cp" "$here/MakePdf.java" "$here/syria-mofa-letter-2019-01-19.txt" \
  "$root/examples/reports/syria-mofa-letter-2019-01-19.pdf" \
  "Identical letters dated 19 January 2019 from the Syrian Arab Republic to the Secretary-General and the President of the Security Council"
