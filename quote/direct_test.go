package quote_test

import (
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

// findCase is a story and the quotes expected in it, in order.
type findCase struct {
	name string
	text string
	want []want
}

// runCases checks each story's quotes against the expected ones.
func runCases(t *testing.T, tests []findCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parse(t, tt.text)
			g := got(doc)
			if len(g) != len(tt.want) {
				t.Fatalf("got %d quotes, want %d:\n got %v\nwant %v", len(g), len(tt.want), g, tt.want)
			}
			for i := range g {
				if g[i] != tt.want[i] {
					t.Errorf("quote %d:\n got %v\nwant %v", i, g[i], tt.want[i])
				}
			}
		})
	}
}

// Direct quotes in the styles the first round missed.
func TestFindDirect(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a title that holds an organisation's name",
			text: `"We should slow down a little," Lisbon Port Authority chairman Luis Pena told reporters in Faro. "Nobody wins a race to the bottom."`,
			want: []want{{nlp.Direct, "We should slow down a little, Nobody wins a race to the bottom.", "Luis Pena", "told reporters"}},
		},
		{
			name: "a quote left open at its paragraph's end takes the speaker of the next paragraph's",
			text: "The mayor spoke for an hour.\n\n\"We have waited ten years for this harbour. The workers deserve better than a promise,\n\n\"and we will keep ours,\" Ana Ortiz said.",
			want: []want{
				{nlp.Direct, "We have waited ten years for this harbour. The workers deserve better than a promise", "Ana Ortiz", ""},
				{nlp.Direct, "and we will keep ours", "Ana Ortiz", "said"},
			},
		},
		{
			name: "an apposition before the name",
			text: `"The port will reopen on Monday," the harbour's spokeswoman, Marta Reis, said on Thursday. "Ships are already waiting."`,
			want: []want{{nlp.Direct, "The port will reopen on Monday, Ships are already waiting.", "Marta Reis", "said"}},
		},
		{
			name: "reported speech of the same speaker between two parts of a quote",
			text: `"The vote was close," Ana Ortiz said, adding that a recount was likely. "We will ask for one tomorrow."`,
			want: []want{
				{nlp.Direct, "The vote was close, We will ask for one tomorrow.", "Ana Ortiz", "said"},
				{nlp.Indirect, "a recount was likely", "Ana Ortiz", "adding"},
			},
		},
		{
			name: "another sentence between two quotes parts them",
			text: `"The vote was close," Ana Ortiz said. Her rival, Karl Weber, disagreed. "We won fairly."`,
			want: []want{
				{nlp.Direct, "The vote was close", "Ana Ortiz", "said"},
				{nlp.Direct, "We won fairly.", "Karl Weber", ""},
			},
		},
		{
			name: "another clause between two quotes parts them",
			text: `"Tell her I kept my promise," Karl Weber said, and his wife laughed. "He never keeps a promise."`,
			want: []want{
				{nlp.Direct, "Tell her I kept my promise", "Karl Weber", "said"},
				{nlp.Direct, "He never keeps a promise.", "his wife", ""},
			},
		},
		{
			name: "a participle after a title's closing mark",
			text: `"The vote was close," Ana Ortiz said on "Morning Radio," adding, "We will ask for a recount."`,
			want: []want{
				{nlp.Direct, "The vote was close", "Ana Ortiz", "said"},
				{nlp.Direct, "We will ask for a recount.", "Ana Ortiz", "adding"},
			},
		},
		{
			name: "before adding",
			text: `"The vote was close," Ana Ortiz said before adding: "We will ask for a recount."`,
			want: []want{
				{nlp.Direct, "The vote was close", "Ana Ortiz", "said"},
				{nlp.Direct, "We will ask for a recount.", "Ana Ortiz", "adding"},
			},
		},
		{
			name: "a participle that introduces a quote starts it",
			text: `"The vote was close," Ana Ortiz said on the radio, adding: "We will ask for a recount."`,
			want: []want{
				{nlp.Direct, "The vote was close", "Ana Ortiz", "said"},
				{nlp.Direct, "We will ask for a recount.", "Ana Ortiz", "adding"},
			},
		},
		{
			name: "a relative clause on the speaker does not part a quote",
			text: `"I don't want to get on the wrong side of him," said one former aide, who said he left on good terms. "I could never afford a lawyer."`,
			want: []want{
				{nlp.Direct, "I don't want to get on the wrong side of him, I could never afford a lawyer.", "one former aide", "said"},
				{nlp.Indirect, "he left on good terms", "one former aide", "said"},
			},
		},
		{
			name: "when asked is not a cue of its own",
			text: `"It was a good meeting," Karl Weber told reporters when asked about the talks. "We agreed on almost everything."`,
			want: []want{{nlp.Direct, "It was a good meeting, We agreed on almost everything.", "Karl Weber", "told reporters"}},
		},
		{
			name: "the attribution of the next quote",
			text: `Ana Ortiz wrote to Karl Weber, "Why now? Why this week?" Weber then wrote back, "Because the money ran out."`,
			want: []want{
				{nlp.Direct, "Why now? Why this week?", "Ana Ortiz", "wrote"},
				{nlp.Direct, "Because the money ran out.", "Karl Weber", "wrote"},
			},
		},
		{
			name: "an attribution after a full stop inside the marks",
			text: `Ana Ortiz spoke last. "The harbour belongs to everyone." Ortiz said.`,
			want: []want{{nlp.Direct, "The harbour belongs to everyone.", "Ana Ortiz", "said"}},
		},
		{
			name: "a paragraph that opens with a mark but has its own attribution",
			text: "Council Vote\n\nAna Ortiz spoke for an hour at the council meeting on Friday. She said:\n\n“The council has failed this city.\n\n“We will not let it fail again,” Ortiz said. “Not this time.”\n\nThe meeting ended at noon.",
			want: []want{
				{nlp.Direct, "The council has failed this city.", "Ana Ortiz", "said"},
				{nlp.Direct, "We will not let it fail again, Not this time.", "Ana Ortiz", "said"},
			},
		},
		{
			name: "a double mark closed by a single one",
			text: "Ana Ortiz tweeted: “Let’s go. We can win this.’ She deleted the post an hour later.\n\nThe vote is on Friday.",
			want: []want{{nlp.Direct, "Let’s go. We can win this.", "Ana Ortiz", "tweeted"}},
		},
		{
			name: "a question after its hearer",
			text: `Ana Ortiz asked the crowd "If the council cannot tell us the truth, why should we trust it?"`,
			want: []want{{nlp.Direct, "If the council cannot tell us the truth, why should we trust it?", "Ana Ortiz", "asked"}},
		},
		{name: "a title with the sentence's full stop inside its marks", text: `Garry Lane is now the host of "The Late Show With Garry Lane."`},
		{name: "a sentence quoted after that", text: `Ana Ortiz told reporters that "If the council cannot tell us the truth, we will find out."`, want: []want{{nlp.Direct, "If the council cannot tell us the truth, we will find out.", "Ana Ortiz", "told reporters"}}},
		{
			name: "by saying",
			text: `Ana Ortiz ended her speech by saying “Never again.”`,
			want: []want{{nlp.Direct, "Never again.", "Ana Ortiz", "saying"}},
		},
		{
			name: "PTB apostrophes and an honorific",
			text: "Bob Vander Plaats leads a church group in Iowa.\n\n''We have been praying for unity,'' Mr. Vander Plaats said on Monday.",
			want: []want{{nlp.Direct, "We have been praying for unity", "Bob Vander Plaats", "said"}},
		},
	})
}
