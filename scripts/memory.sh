#!/bin/sh
# Peak memory of one story by size: `newsnlp summarize` (parse, entities,
# summary) on a plain-text input of 1 to 64 MiB made of BBC stories from
# ../shared (scripts/mkbig), measured with /usr/bin/time -v. Prints a
# Markdown table: input size, peak resident set, the ratio, CPU seconds.
#
#   scripts/memory.sh            # 1 2 4 8 16 32 64 MiB
#   scripts/memory.sh 16         # the sizes named
set -eu
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
TMP=${TMPDIR:-/tmp}/newsnlp-memory
mkdir -p "$TMP"
go build -o "$TMP/newsnlp" ./cmd/newsnlp
sizes=${*:-1 2 4 8 16 32 64}
echo "| input | peak RSS | RSS / input | CPU (user+sys) |"
echo "| --- | --- | --- | --- |"
for mb in $sizes; do
	in="$TMP/big$mb.txt"
	[ -f "$in" ] || go run ./scripts/mkbig -shared "$SHARED" -mb "$mb" -out "$in"
	bytes=$(wc -c < "$in")
	/usr/bin/time -v "$TMP/newsnlp" summarize --max-bytes "$bytes" "$in" 2> "$TMP/time.txt" > /dev/null
	kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$TMP/time.txt")
	user=$(sed -n 's/.*User time (seconds): //p' "$TMP/time.txt")
	sys=$(sed -n 's/.*System time (seconds): //p' "$TMP/time.txt")
	awk -v mb="$mb" -v kb="$kb" -v u="$user" -v s="$sys" 'BEGIN {
		printf "| %d MiB | %.0f MB | %.1f× | %.1f s |\n", mb, kb * 1024 / 1e6, kb / 1024 / mb, u + s }'
done
