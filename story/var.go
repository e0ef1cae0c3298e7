package story

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

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
