package quote

// The vocabulary the finder reads. Words are lower case; lexicon.go
// compiles them into one table.

// cueVerbs are the verbs of saying and writing, each as its forms: base,
// third person, past, -ing, and past participle when it differs from the
// past. Flags after the forms:
//
//	obj    the hearer may follow the verb: "told reporters", "warned them"
//	clause the content must open with "that", "whether", a quotation or a
//	       colon: "recalled that ...", not "recalled the day"
//	noun   the base form is also a common noun ("comment", "report"): only
//	       its other forms are cues
//	inf    the content may be an infinitive: "urged them to leave",
//	       "promised to campaign"
var cueVerbs = []string{
	"say says said saying",
	"tell tells told telling obj inf",
	"add adds added adding clause",
	"note notes noted noting clause",
	"write writes wrote writing written clause",
	"claim claims claimed claiming noun",
	"warn warns warned warning obj inf",
	"argue argues argued arguing",
	"state states stated stating noun clause",
	"explain explains explained explaining",
	"insist insists insisted insisting",
	"acknowledge acknowledges acknowledged acknowledging",
	"admit admits admitted admitting",
	"deny denies denied denying clause",
	"confirm confirms confirmed confirming",
	"declare declares declared declaring clause",
	"suggest suggests suggested suggesting",
	"tweet tweets tweeted tweeting noun",
	"post posts posted posting noun clause",
	"reply replies replied replying clause",
	"respond responds responded responding clause",
	"answer answers answered answering noun clause",
	"comment comments commented commenting noun clause",
	"testify testifies testified testifying",
	"allege alleges alleged alleging",
	"urge urges urged urging obj inf",
	"predict predicts predicted predicting clause",
	"promise promises promised promising noun obj clause inf",
	"pledge pledges pledged pledging noun clause inf",
	"vow vows vowed vowing noun inf",
	"repeat repeats repeated repeating clause",
	"recall recalls recalled recalling noun clause",
	"conclude concludes concluded concluding",
	"emphasize emphasizes emphasized emphasizing",
	"emphasise emphasises emphasised emphasising",
	"stress stresses stressed stressing noun clause",
	"complain complains complained complaining",
	"boast boasts boasted boasting",
	"joke jokes joked joking noun clause",
	"shout shouts shouted shouting clause",
	"yell yells yelled yelling clause",
	"remark remarks remarked remarking noun clause",
	"observe observes observed observing clause",
	"concede concedes conceded conceding clause",
	"contend contends contended contending",
	"maintain maintains maintained maintaining clause",
	"assert asserts asserted asserting",
	"caution cautions cautioned cautioning noun obj clause",
	"indicate indicates indicated indicating clause",
	"reveal reveals revealed revealing clause",
	"disclose discloses disclosed disclosing clause",
	"announce announces announced announcing",
	"report reports reported reporting noun clause",
	"estimate estimates estimated estimating noun",
	"reiterate reiterates reiterated reiterating clause",
	"clarify clarifies clarified clarifying clause",
	"proclaim proclaims proclaimed proclaiming clause",
	"lament laments lamented lamenting clause",
	"recount recounts recounted recounting noun clause",
	"counter counters countered countering noun clause",
	"retort retorts retorted retorting clause",
	"quip quips quipped quipping noun",
	"exclaim exclaims exclaimed exclaiming",
	"whisper whispers whispered whispering noun clause",
	"mention mentions mentioned mentioning noun clause",
	"assure assures assured assuring obj",
	"reassure reassures reassured reassuring obj",
	"inform informs informed informing obj clause",
	"remind reminds reminded reminding obj clause inf",
	"ask asks asked asking obj clause inf",
	"advise advises advised advising obj clause inf",
	"blog blogs blogged blogging noun clause",
	"email emails emailed emailing noun clause",
	"text texts texted texting noun clause",
	"speculate speculates speculated speculating",
	"hint hints hinted hinting noun clause",
	"agree agrees agreed agreeing clause",
	"threaten threatens threatened threatening clause inf",
	"demand demands demanded demanding noun clause inf",
	"describe describes described describing clause",
	"cite cites cited citing",
	"continue continues continued continuing clause",
	"accuse accuses accused accusing obj",
	"criticize criticizes criticized criticizing",
	"criticise criticises criticised criticising",
}

// cuePhrases are cues of several words; the first word is looked up, the
// rest must follow. The speaker comes after "according to" and "in the
// words of", before the others.
var cuePhrases = []string{
	"according to",
	"in the words of",
	"point out", "points out", "pointed out", "pointing out",
	"call for", "calls for", "called for", "calling for",
	"call on", "calls on", "called on", "calling on",
	"went on to say",
	"was quoted as saying", "were quoted as saying", "is quoted as saying",
}

// betweenWords may stand between a speaker and its verb: "Smith also
// said", "the ministry has repeatedly said". Words ending in -ly are
// taken as adverbs too.
var betweenWords = []string{
	"also", "has", "had", "have", "later", "earlier", "then", "once", "again", "did", "does", "do",
	"would", "will", "could", "might", "may", "can", "should", "must", "long", "even", "just",
	"never", "not", "n't", "always", "often", "first", "further", "now", "still", "previously",
	"recently", "reportedly", "repeatedly", "publicly", "privately", "separately", "subsequently",
	"initially", "originally", "already", "too", "soon", "ever", "however", "since", "meanwhile",
	"though", "instead", "nonetheless", "nevertheless",
}

// subjectPronouns can be a quote's speaker; gender marks he and she.
var subjectPronouns = []string{"he", "she", "they", "we", "i", "you", "it"}

// determiners open a noun phrase: "the ministry", "a spokeswoman".
var determiners = []string{
	"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
	"another", "some", "several", "many", "few", "most", "other", "both", "each", "every", "one", "two",
	"three", "four", "five", "all", "no", "any", "such",
}

// clauseWords end a speaker's noun phrase to the left: the phrase cannot
// run over them.
var clauseWords = []string{
	"and", "but", "or", "nor", "because", "while", "although", "though", "since", "when", "if", "as",
	"so", "yet", "whereas", "that", "which", "who", "whom", "whose", "where", "after", "before",
	"until", "unless", "than", "is", "are", "was", "were", "be", "been", "being", "am",
	"said", "says", "say", "told", "to", "not", "also", "has", "had", "have", "will", "would",
	"there", "here", "what", "how", "why", "whether", "we", "i", "he", "she", "they", "it", "you",
}

// linkWords may join the words of a speaker's noun phrase: "a spokesman for
// the ministry", "the head of the union".
var linkWords = []string{"of", "for", "at", "from", "with", "in", "on"}

// timeWords may follow a verb of saying before its content: "said Monday
// that", "told reporters last week".
var timeWords = []string{
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"today", "yesterday", "tonight", "tomorrow", "morning", "afternoon", "evening", "night",
	"week", "weekend", "month", "year", "earlier", "later", "last", "this", "next", "ago", "late",
	"early", "recently", "previously", "again", "also", "then", "now", "repeatedly", "publicly",
	"privately", "separately", "flatly", "bluntly", "simply", "once", "too", "past", "time", "back",
}

// venueWords open a phrase of where or how a thing was said, between a
// verb and its content: "said in a statement that", "told CNN on Sunday".
var venueWords = []string{"in", "on", "at", "during", "to", "via", "through", "after", "before", "from", "while", "with", "outside", "inside", "over", "by"}

// hearerWords are the people a thing is told to: "told reporters".
var hearerWords = []string{
	"reporters", "journalists", "the", "a", "an", "me", "him", "her", "them", "us", "you", "it",
	"supporters", "lawmakers", "members", "viewers", "listeners", "readers", "voters", "audiences",
	"congress", "parliament", "investigators", "police", "officials", "delegates", "students",
	"staff", "employees", "workers", "the press", "his", "their", "our", "my", "its", "your",
}

// contentOpeners start a reported clause right after its cue: "said that",
// "asked whether".
var contentOpeners = []string{"that", "whether", "if", "why", "how", "what", "when", "where", "who"}

// personNouns are common nouns for a person, by kin, role or trade: "his
// wife laughed", "the businessman said". A noun in -man, -woman or
// -person counts without being listed.
var personNouns = []string{
	"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "mom", "dad",
	"grandmother", "grandfather", "aunt", "uncle", "cousin", "niece", "nephew", "widow", "widower",
	"fiancee", "fiancée", "fiance", "fiancé", "partner", "girlfriend", "boyfriend", "friend", "neighbor",
	"neighbour", "colleague", "rival", "opponent", "boss", "lawyer", "attorney", "aide", "adviser",
	"advisor", "assistant", "secretary", "deputy", "successor", "predecessor", "lawmaker", "senator",
	"president", "governor", "mayor", "minister", "premier", "chancellor", "candidate", "nominee",
	"leader", "chief", "director", "executive", "founder", "owner", "officer", "official", "judge",
	"prosecutor", "detective", "sheriff", "coach", "player", "striker", "manager", "doctor", "nurse",
	"teacher", "professor", "researcher", "scientist", "economist", "analyst", "author", "writer",
	"journalist", "reporter", "actor", "actress", "singer", "billionaire", "millionaire",
	"entrepreneur", "investor", "banker", "farmer", "pastor", "priest", "bishop", "rabbi", "imam",
	"victim", "survivor", "witness", "suspect", "defendant", "plaintiff", "veteran", "soldier",
	"general", "colonel", "captain", "commander", "ambassador", "envoy", "diplomat", "democrat",
	"republican", "conservative", "liberal", "activist", "organizer", "organiser", "volunteer",
	"student", "resident", "mother-in-law", "father-in-law", "representative", "congressman",
	"congresswoman", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson",
	"businessman", "businesswoman", "ceo", "chair", "head", "strategist", "pollster", "consultant",
	"commissioner", "councilman", "councilwoman", "legislator", "mogul", "tycoon", "star", "host",
	"anchor", "comedian", "novelist", "poet", "historian", "physician", "surgeon", "engineer",
	"pilot", "driver", "worker", "employee", "whistleblower", "campaigner", "boxer", "champion",
}

// modalWords before a verb of saying make it an act to come or one that
// might be, not one reported: "she would ask the courts", "he will tell".
var modalWords = []string{"will", "would", "could", "might", "may", "should", "can", "must", "shall", "'ll", "’ll", "wo", "ca"}

// subordinators open a clause at the head of a sentence whose reported
// speech ends with the clause: "While Ortiz said that ..., the council
// ...".
var subordinators = []string{"while", "although", "though", "whereas", "as", "when", "if", "because", "since", "after", "before", "once", "unless"}

// ellipticWords stand before a past participle that is a passive without
// its "be": "when asked", "if pressed", "as reported".
var ellipticWords = []string{"when", "if", "once", "unless", "until", "as", "after", "before", "than", "whenever"}

// femaleMarks and maleMarks are the honorifics and nouns that tell a
// person's gender where a name stands next to them.
var femaleMarks = []string{"mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "dame", "lady"}
var maleMarks = []string{"mr", "mr.", "sir", "lord"}

// groupNouns are unnamed sources that stand for many people ("officials
// said"): a plural speaker that "they" may later stand for.
var groupNouns = []string{
	"officials", "sources", "analysts", "critics", "experts", "aides", "advisers", "advisors",
	"economists", "researchers", "scientists", "investigators", "prosecutors", "lawyers",
	"attorneys", "diplomats", "witnesses", "residents", "activists", "protesters", "supporters",
	"opponents", "observers", "organizers", "organisers", "authorities", "police", "doctors",
	"lawmakers", "legislators", "leaders", "executives", "people", "others", "voters", "members",
	"skeptics", "sceptics", "forecasters", "economists", "historians", "scholars", "campaigners", "advocates",
}

// orgNouns are common nouns that stand for an organisation the story has
// named: "the company said".
var orgNouns = []string{
	"company", "firm", "agency", "ministry", "department", "union", "party", "bank", "group", "organization",
	"organisation", "campaign", "network", "newspaper", "paper", "club", "team", "university", "council",
	"committee", "court", "commission", "board", "airline", "carrier", "retailer", "automaker", "broadcaster",
	"charity", "foundation", "institute", "office", "police", "administration",
}
