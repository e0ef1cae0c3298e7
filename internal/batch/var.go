package batch

import "strings"

// notStoryExts are the extensions (lower case, with the dot) that a walk
// skips unless Include asks for them.
var notStoryExts = setOf(`
		.png .jpg .jpeg .gif .webp .bmp .ico .tif .tiff .svg .avif .heic
		.mp3 .mp4 .m4a .m4v .wav .ogg .oga .ogv .webm .avi .mov .mkv .flac .aac
		.zip .gz .tgz .bz2 .xz .zst .7z .rar .tar .jar .whl
		.woff .woff2 .ttf .otf .eot
		.css .js .mjs .map .wasm
		.pdf .doc .docx .xls .xlsx .ppt .pptx .odt .ods .odp .epub
		.db .sqlite .sqlite3 .db-wal .db-shm .sqlite-wal .sqlite-shm
		.json .jsonl .ndjson .csv .tsv .parquet
		.exe .dll .so .dylib .o .a .class .pyc`)

// personTitles are words written before a person's name that the
// cross-story table drops when merging ("President Trump" → "Trump").
var personTitles = setOf(`mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father sister
	president vice prime minister chancellor premier secretary senator sen rep representative congressman
	congresswoman gov governor mayor judge justice chief gen general col colonel lt lieutenant capt captain
	sgt sergeant adm admiral maj major cmdr commander king queen prince princess pope sheikh ambassador
	chairman chairwoman ceo coach deputy foreign defense defence home interior finance state`)

// nameSuffixes follow a person's name and are dropped when merging.
var nameSuffixes = setOf(`jr sr ii iii iv`)

// smallWords are skipped when taking a name's initials.
var smallWords = setOf(`of the and for & de la du von van`)

// placeAliases map variants of country names to one key.
var placeAliases = map[string]string{
	"us":                       "united states",
	"usa":                      "united states",
	"united states of america": "united states",
	"uk":                       "united kingdom",
	"britain":                  "united kingdom",
	"great britain":            "united kingdom",
	"uae":                      "united arab emirates",
	"ussr":                     "soviet union",
	"drc":                      "democratic republic of the congo",
}

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
