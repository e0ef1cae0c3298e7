package quote_test

import (
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

// Reported speech: contents, their ends, and what is not reported speech.
func TestFindIndirect(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "an infinitive after the verb",
			text: "The vote is on Friday, and the outcome is in doubt. Ana Ortiz pledged on Monday to shut down the old terminal.",
			want: []want{{nlp.Indirect, "to shut down the old terminal", "Ana Ortiz", "pledged"}},
		},
		{
			name: "content ends where another speaker in apposition takes over",
			text: "The vote is on Friday, and the outcome is in doubt. The port authority said it would appeal, while a union spokeswoman, Rita Cardoso, said the workers would strike.",
			want: []want{
				{nlp.Indirect, "it would appeal", "The port authority", "said"},
				{nlp.Indirect, "the workers would strike", "Rita Cardoso", "said"},
			},
		},
		{
			name: "a dateline is no part of the content",
			text: "PORTO — The council approved the budget on Tuesday, Mayor Rui Almeida said. FARO (Lusa) - The airport will close for a week, the operator said.",
			want: []want{
				{nlp.Indirect, "The council approved the budget on Tuesday", "Rui Almeida", "said"},
				{nlp.Indirect, "The airport will close for a week", "the operator", "said"},
			},
		},
		{
			name: "a named hearer with a noun that says what it is",
			text: "The vote is on Friday, and the outcome is in doubt. Karl Weber told CNN television on Monday that the fees would rise.",
			want: []want{{nlp.Indirect, "the fees would rise", "Karl Weber", "told"}},
		},
		{
			name: "an infinitive after the hearer, negated",
			text: "The vote is on Friday, and the outcome is in doubt. Karl Weber warned the council not to raise the port fees.",
			want: []want{{nlp.Indirect, "not to raise the port fees", "Karl Weber", "warned"}},
		},
		{
			name: "to and a hearer is no infinitive",
			text: "The vote is on Friday, and the outcome is in doubt. Karl Weber said to reporters that the fees would rise.",
			want: []want{{nlp.Indirect, "the fees would rise", "Karl Weber", "said"}},
		},
		{
			name: "a verb of saying as a noun in the speaker's phrase",
			text: "The water was safe, officials said in a long statement. The state admitted it had made a mistake.",
			want: []want{
				{nlp.Indirect, "The water was safe", "officials", "said"},
				{nlp.Indirect, "it had made a mistake", "The state", "admitted"},
			},
		},
		{
			name: "reported speech in a relative clause ends with it",
			text: "The vote is on Friday, and the outcome is in doubt. Karl Weber, who said he votes for the left, said the port plan was his favourite.",
			want: []want{
				{nlp.Indirect, "he votes for the left", "Karl Weber", "said"},
				{nlp.Indirect, "the port plan was his favourite", "Karl Weber", "said"},
			},
		},
		{
			name: "reported speech in a clause that opens its sentence ends with it",
			text: "The vote is on Friday, and the outcome is in doubt. While Ana Ortiz said that the fees would fall, the council raised them.",
			want: []want{{nlp.Indirect, "the fees would fall", "Ana Ortiz", "said"}},
		},
		{
			name: "an attribution between the subject and its verb",
			text: "The vote is on Friday, and the outcome is in doubt. This harbour plan, Karl Weber said, is different from the last one.",
			want: []want{{nlp.Indirect, "This harbour plan is different from the last one", "Karl Weber", "said"}},
		},
		{
			name: "agreeing to do a thing is no reported speech",
			text: "The vote is on Friday, and the outcome is in doubt. The European Investment Bank has agreed to lend €900m towards the project.",
		},
		{
			name: "an act to come is not reported speech",
			text: "The vote is on Friday, and the outcome is in doubt. Karl Weber will tell the council that the fees must rise.",
		},
	})
}
