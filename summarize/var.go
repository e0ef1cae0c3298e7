package summarize

// stopwords are left out of the word overlaps the scorer measures.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
		"be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
		"does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
		"having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
		"into", "is", "it", "its", "itself", "just", "last", "like", "made", "make", "many", "may", "me",
		"might", "more", "most", "mr", "mrs", "ms", "much", "must", "my", "myself", "new", "no", "nor", "not",
		"now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out",
		"over", "own", "said", "same", "says", "say", "she", "should", "so", "some", "such", "than", "that",
		"the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
		"through", "to", "too", "told", "two", "under", "until", "up", "us", "very", "was", "we", "were",
		"what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "year",
		"years", "yet", "you", "your", "yours", "yourself", "s", "t", "would", "also", "could", "get", "got",
		"first", "people", "time", "back", "still", "even", "well", "way", "its", "since", "week",
	} {
		m[w] = true
	}
	return m
}()

// danglingStarts are first words that lean on an earlier sentence.
var danglingStarts = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "this": true, "these": true, "those": true,
	"but": true, "and": true, "however": true, "also": true, "so": true, "meanwhile": true, "that": true,
	"his": true, "her": true, "their": true, "its": true, "there": true, "yet": true, "or": true,
}
