package quote_test

import (
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

// Speakers as a careful reader names them: the fullest name the story
// uses for the person, through pronouns and descriptions; an unnamed
// source keeps its words.
func TestSpeakers(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a surname stands for the full name",
			text: "Mayor Helena Marques opened the new bridge on Monday.\n\n\"It took ten years,\" Marques said.",
			want: []want{{nlp.Direct, "It took ten years", "Helena Marques", "said"}},
		},
		{
			name: "she after another person named in between",
			text: "Helena Marques, the mayor, met the contractor, Mr. Paulo Serrão, on Monday. Serrão gave a tour of the site. She said the bridge would open in May.",
			want: []want{{nlp.Indirect, "the bridge would open in May", "Helena Marques", "said"}},
		},
		{
			name: "he across a paragraph",
			text: "Karl Weber, the finance minister, presented the budget on Tuesday.\n\nHe said that spending on schools would rise by a tenth.",
			want: []want{{nlp.Indirect, "spending on schools would rise by a tenth", "Karl Weber", "said"}},
		},
		{
			name: "she by the pronouns the story uses",
			text: "Dana Holm said she would run for mayor. Tom Ruiz said he would run too. She said the city needed a new port.",
			want: []want{
				{nlp.Indirect, "she would run for mayor", "Dana Holm", "said"},
				{nlp.Indirect, "he would run too", "Tom Ruiz", "said"},
				{nlp.Indirect, "the city needed a new port", "Dana Holm", "said"},
			},
		},
		{
			name: "he goes on with the speaker of the quote before",
			text: "Tom Ruiz spoke about the vote. The last change was smooth, he said, but this one would be bitter for Karl Weber and Ana Ortiz. That is why, he argued, the party should be ready.",
			want: []want{
				{nlp.Indirect, "The last change was smooth", "Tom Ruiz", "said"},
				{nlp.Indirect, "That is why the party should be ready", "Tom Ruiz", "argued"},
			},
		},
		{
			name: "they for a group has no name",
			text: "Port officials met the union on Monday. They said the strike was over.",
			want: []want{{nlp.Indirect, "the strike was over", "They", "said"}},
		},
		{
			name: "they for an organisation",
			text: "Nordwind Airlines canceled 300 flights on Friday. They said the strike had left them no choice.",
			want: []want{{nlp.Indirect, "the strike had left them no choice", "Nordwind Airlines", "said"}},
		},
		{
			name: "the president",
			text: "President Ana Ferreira arrived in Lisbon on Sunday. The president told reporters that the talks would go on.",
			want: []want{{nlp.Indirect, "the talks would go on", "Ana Ferreira", "told reporters"}},
		},
		{
			name: "the campaign is no person whose role names it",
			text: "The vote is on Friday, and the outcome is in doubt. Campaign chairman Paul Lund spoke first. The campaign said it would end in May.",
			want: []want{{nlp.Indirect, "it would end in May", "The campaign", "said"}},
		},
		{
			name: "the ministry",
			text: "The Ministry of Health ordered new vaccines in March. The ministry said the first doses would arrive in June.",
			want: []want{{nlp.Indirect, "the first doses would arrive in June", "Ministry of Health", "said"}},
		},
		{
			name: "an age for the person who has it",
			text: "Tomas Berg, 45, was arrested in Malmo on Friday. The 45-year-old told the court he was innocent.",
			want: []want{{nlp.Indirect, "he was innocent", "Tomas Berg", "told"}},
		},
		{
			name: "a trade for the person described by it",
			text: "The businessman Tomas Berg bought the club in 2019. The businessman said he would not sell it.",
			want: []want{{nlp.Indirect, "he would not sell it", "Tomas Berg", "said"}},
		},
		{
			name: "a party for the person described by it",
			text: "Maria Lopez, a Democrat from Ohio, voted against the bill. The Democrat said it would hurt farmers.",
			want: []want{{nlp.Indirect, "it would hurt farmers", "Maria Lopez", "said"}},
		},
		{
			name: "a description two people share stays unnamed",
			text: "The businessman Tomas Berg met the businessman Karl Weber in Malmo. The businessman said the deal was off.",
			want: []want{{nlp.Indirect, "the deal was off", "The businessman", "said"}},
		},
		{
			name: "a spokeswoman for an organisation is unnamed",
			text: "Nordwind Airlines canceled 300 flights on Friday. A spokeswoman for the airline said refunds would be paid within a week.",
			want: []want{{nlp.Indirect, "refunds would be paid within a week", "A spokeswoman for the airline", "said"}},
		},
		{
			name: "officials",
			text: "The bridge closed on Monday. Officials said it would reopen in June.",
			want: []want{{nlp.Indirect, "it would reopen in June", "Officials", "said"}},
		},
		{
			name: "a source familiar with the talks",
			text: "The talks stalled on Monday, according to a source familiar with the negotiations.",
			want: []want{{nlp.Indirect, "The talks stalled on Monday", "a source familiar with the negotiations", "according to"}},
		},
		{
			name: "a quote in its own paragraph after a named speaker's",
			text: "\"We will finish the bridge,\" Mayor Helena Marques said on Monday.\n\n\"Nobody in this city will wait another year.\"\n\nThe work began in 2021.",
			want: []want{
				{nlp.Direct, "We will finish the bridge", "Helena Marques", "said"},
				{nlp.Direct, "Nobody in this city will wait another year.", "Helena Marques", ""},
			},
		},
		{
			name: "a headline with a name and a colon",
			text: "Marques: ‘We Will Finish the Bridge This Year.’\n\nMayor Helena Marques said on Monday that the bridge would open in December.",
			want: []want{
				{nlp.Direct, "We Will Finish the Bridge This Year.", "Helena Marques", ":"},
				{nlp.Indirect, "the bridge would open in December", "Helena Marques", "said"},
			},
		},
		{
			name: "a writer and a colon",
			text: "Polls were wrong again - Karin Holm: “The surveys stopped a week too early.”",
			want: []want{{nlp.Direct, "The surveys stopped a week too early.", "Karin Holm", ":"}},
		},
		{
			name: "said first, then the speaker",
			text: "The house is now a museum. Said Dorothy Pike, who grew up next door, “We were all so proud of him.”",
			want: []want{{nlp.Direct, "We were all so proud of him.", "Dorothy Pike", "Said"}},
		},
		{
			name: "an organisation in the speaker's description",
			text: "\"We are open to new ideas,\" Jenna Golde, the airline's director of sales, said on Monday.",
			want: []want{{nlp.Direct, "We are open to new ideas", "Jenna Golde", "said"}},
		},
		{
			name: "a possessive before the speaker's role",
			text: "\"The plan is sound,\" Benjamin Rhodes, Mr. Ortiz's deputy adviser, said on Monday.",
			want: []want{{nlp.Direct, "The plan is sound", "Benjamin Rhodes", "said"}},
		},
		{
			name: "a person's name as a modifier in an apposition",
			text: "The cuts will hurt, Jenna Palm, the Ortiz campaign’s communications director, said on Monday.",
			want: []want{{nlp.Indirect, "The cuts will hurt", "Jenna Palm", "said"}},
		},
		{
			name: "a party and state with its full stop split off",
			text: "The bill is dead, Sen. Ron Jansen, R-Wis., said on Monday.",
			want: []want{{nlp.Indirect, "The bill is dead", "Ron Jansen", "said"}},
		},
		{
			name: "a place before a title",
			text: "\"The bill is dead,\" said Alabama Sen. Jeff Sessa, a supporter of the plan.",
			want: []want{{nlp.Direct, "The bill is dead", "Jeff Sessa", "said"}},
		},
		{
			name: "a party and state after the name",
			text: "\"The bill is dead,\" Rep. Chris Coll, R-N.Y., said on Monday.",
			want: []want{{nlp.Direct, "The bill is dead", "Chris Coll", "said"}},
		},
	})
}
