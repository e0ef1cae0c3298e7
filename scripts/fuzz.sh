#!/bin/sh
# Run every fuzz target of newsnlp for a while each (5 minutes by default),
# one after another, at low priority. Not part of CI: the seed corpora in
# each package's testdata/fuzz run as ordinary tests with `go test ./...`.
#
#   scripts/fuzz.sh                 # every target, 5 minutes each (about 50 minutes)
#   FUZZTIME=30s scripts/fuzz.sh    # a quick pass
#   scripts/fuzz.sh FuzzStream      # the targets named
#
# A failing input is written to the package's testdata/fuzz/<Target>/ and
# the script stops with its name; commit it with the fix as a regression test.
set -eu
cd "$(dirname "$0")/.."
FUZZTIME=${FUZZTIME:-5m}
PARALLEL=${PARALLEL:-1}   # workers per target: the machine is shared

# package target, one a line
targets='
. FuzzParse
./nlp FuzzSegment
./nlp FuzzTokenize
./extract FuzzText
./extract FuzzHTML
./source FuzzDecode
./summarize FuzzExtract
./internal/batch FuzzStream
./internal/batch FuzzResume
./internal/render FuzzRender
'

echo "$targets" | while read -r pkg target; do
	[ -n "$pkg" ] || continue
	if [ $# -gt 0 ]; then
		case " $* " in *" $target "*) ;; *) continue ;; esac
	fi
	echo "== $pkg $target ($FUZZTIME)"
	nice -n 10 go test "$pkg" -run '^$' -fuzz "^$target\$" -fuzztime "$FUZZTIME" -parallel "$PARALLEL"
done
