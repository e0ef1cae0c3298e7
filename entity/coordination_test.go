package entity

import "testing"

func TestCoordinations(t *testing.T) {
	runResolveCases(t, []resolveCase{
		// Glued names split.
		{"glued, article after and", "[Department of Transport and the Civil Aviation Agency|ORG] opened an inquiry .",
			"Department of Transport/ORG[Department of Transport]; Civil Aviation Agency/ORG[Civil Aviation Agency]"},
		{"glued, two complete names", "the [Federation and Kosmos|ORG] signed a deal .",
			"Federation/ORG[Federation]; Kosmos/ORG[Kosmos]"},
		{"glued, department of and a commission", "the [Department of Fisheries and Quillon Regulatory Commission|ORG] met .",
			"Department of Fisheries/ORG[Department of Fisheries]; Quillon Regulatory Commission/ORG[Quillon Regulatory Commission]"},
		{"own and, common second part", "the [Department of Health and Human Services|ORG] said .",
			"Department of Health and Human Services/ORG[Department of Health and Human Services]"},
		{"own and, common first part", "the [Food and Drug Administration|ORG] said .",
			"Food and Drug Administration/ORG[Food and Drug Administration]"},
		{"shared organisation word", "the [Bill and Melinda Gates Foundation|ORG] gave .",
			"Bill and Melinda Gates Foundation/ORG[Bill and Melinda Gates Foundation]"},
		{"listed whole", "officials in [Bosnia and Herzegovina|LOC] voted .",
			"Bosnia and Herzegovina/GPE[Bosnia and Herzegovina]"},
		{"ampersand is not split", "[Zorvath & Quillon|ORG] rose .", "Zorvath & Quillon/ORG[Zorvath & Quillon]"},
		// Names cut at their own "and" joined.
		{"cut, common words after", "agents of [Zorvath Customs|ORG] and [Border Protection|ORG] said .",
			"Zorvath Customs and Border Protection/ORG[Zorvath Customs and Border Protection]"},
		{"cut, unlabelled common words after", "the [Centers for Disease Control|ORG] and Prevention said .",
			"Centers for Disease Control and Prevention/ORG[Centers for Disease Control and Prevention]"},
		{"cut, unlabelled common words before", "the Food and [Drug Administration|ORG] said .",
			"Food and Drug Administration/ORG[Food and Drug Administration]"},
		{"cut, unlisted, unlabelled common words before", "the Science and [Technology Ministry|ORG] said .",
			"Science and Technology Ministry/ORG[Science and Technology Ministry]"},
		{"cut at an ampersand", "shares of [Procter|ORG] & Gamble rose .", "Procter & Gamble/ORG[Procter & Gamble]"},
		{"cut, listed whole", "officials in [Bosnia|LOC] and [Herzegovina|LOC] voted .",
			"Bosnia and Herzegovina/GPE[Bosnia and Herzegovina]"},
		{"cut at an ampersand, two names", "[Johnson|ORG] & [Johnson|ORG] paid .", "Johnson & Johnson/ORG[Johnson & Johnson]"},
		{"cut, one-word second after of", "the [Academy of Arts|ORG] and [Sciences|ORG] met .",
			"Academy of Arts and Sciences/ORG[Academy of Arts and Sciences]"},
		{"two organisations", "the [Army|ORG] and [Navy|ORG] agreed .", "Army/ORG[Army]; Navy/ORG[Navy]"},
		{"two teams", "the [Braves|ORG] and [Cubs|ORG] met .", "Braves/ORG[Braves]; Cubs/ORG[Cubs]"},
		{"a complete first name", "[Antifa|ORG] and [Black Lives Matter|ORG] marched .",
			"Antifa/ORG[Antifa]; Black Lives Matter/ORG[Black Lives Matter]"},
		{"glued, second continues an of phrase", "the [Party of Socialists and Democrats|ORG] won .",
			"Party of Socialists and Democrats/ORG[Party of Socialists and Democrats]"},
		{"glued, determiner after and", "the [Zorvath Bank and its Quillon Fund|ORG] grew .",
			"Zorvath Bank/ORG[Zorvath Bank]; Quillon Fund/ORG[Quillon Fund]"},
		{"two companies", "[Zorvath|ORG] and [Quillon|ORG] merged .", "Zorvath/ORG[Zorvath]; Quillon/ORG[Quillon]"},
		{"a company and a listed one", "[Zorvath|ORG] and General Motors merged .", "Zorvath/ORG[Zorvath]; General Motors/ORG[General Motors]"},
		{"two places", "[Texas|LOC] and [Gulf Coast|LOC] towns", "Texas/GPE[Texas]; Gulf Coast/LOC[Gulf Coast]"},
	})
}
