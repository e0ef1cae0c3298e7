package extract

// Reasons a region of scraped text is left out of the story. They are the
// whole vocabulary of Dropped.Reason; see the package documentation.
const (
	ReasonBreadcrumb     = "breadcrumb"      // "Home › World › Europe", a lone section name above the title
	ReasonNavigation     = "navigation"      // menus, "Skip to content", "Sign in"
	ReasonByline         = "byline"          // "By Jane Doe", the author's name on its own
	ReasonDate           = "date"            // a line that only gives the publication date or time
	ReasonAuthorBio      = "author_bio"      // "About Author" and the note about the writer
	ReasonCommentForm    = "comment_form"    // "Leave a comment", "Required fields are marked *"
	ReasonShareButtons   = "share_buttons"   // "Share on Facebook", "Tweet", "WhatsApp"
	ReasonAdvertisement  = "advertisement"   // "Advertisement", "Story continues below"
	ReasonNewsletter     = "newsletter"      // "Sign up for our newsletter"
	ReasonRelatedStories = "related_stories" // "You may also like", "Read more: ...", other stories' headlines and teasers
	ReasonTags           = "tags"            // "Tags: Elections, Harbours", "Filed under"
	ReasonLegal          = "legal"           // copyright lines, cookie and privacy notices
	ReasonCaption        = "caption"         // photo credits: "Photo: Getty Images", "(Image: Reuters)"
)

// cueDefs is the furniture vocabulary. Patterns are anchored at both ends by
// the compiler (cues.go) and see the line lower-cased, with surrounding symbols and
// bullets trimmed and white space collapsed to single spaces.
var cueDefs = []cueDef{
	// Related stories: headers that open a block of other stories.
	{ReasonRelatedStories, cueHeader, `(you|we think you) (may|might|will|could) (also )?(like|enjoy|be interested in|have missed)( these| this)?( stories| articles| reads)?`, ""},
	{ReasonRelatedStories, cueHeader, `(related|similar|recommended|suggested|featured|more|other|latest|top|popular|trending|recent|further)( for you)?( news| stories| articles| posts| content| coverage| reading| reads| links| headlines| videos| topics)?( for you)?`, ""},
	{ReasonRelatedStories, cueHeader, `(more|latest|other|further|recent) (news|stories|articles|reads|headlines|posts|coverage) (from|on|about|in|like this)( .{1,40})?`, ""},
	{ReasonRelatedStories, cueHeader, `(more|latest|other|top|recent)( [a-z'’-]+){1,3} (news|stories|headlines|articles|videos)`, ""},
	{ReasonRelatedStories, cueHeader, `(breaking|latest|top|sports?|business|world|local|national|entertainment|tech)( [a-z'’-]+){0,2} (news|headlines|stories)`, ""},
	{ReasonRelatedStories, cueHeader, `.{1,30}: ?(top|latest|more|related) (stories|news|headlines)`, "stories news headlines"},
	{ReasonRelatedStories, cueHeader, `more (from|on|about|in) .{1,40}`, ""},
	{ReasonRelatedStories, cueHeader, `(most|the most) (read|popular|viewed|shared|commented|watched|emailed|recent)( stories| articles| news| now| today| this week)?`, ""},
	{ReasonRelatedStories, cueHeader, `(trending|popular|happening|top stories|top news)( now| today| this week| stories| news| on .{1,30})?`, ""},
	{ReasonRelatedStories, cueHeader, `(read|see)( more| also| next| this next)?( stories| articles)?`, ""},
	{ReasonRelatedStories, cueStrong, `(watch|listen)( now| live| video| more| next)?`, ""},
	{ReasonRelatedStories, cueHeader, `(also read|read also|see also|also see|also on .{1,30}|don'?t miss( this)?|editor'?s (picks?|choice)|in case you missed it|(what|where) to read next|up next|from around the web|around the web|from our partners|sponsored (stories|links|content)|promoted (stories|links|content)|you may have missed|in other news|elsewhere on .{1,30}|previous (article|post|story)|next (article|post|story)|read next|what to read next|recommended for you|related topics|related links)`, ""},
	{ReasonRelatedStories, cueStrong, `(read more|related|see also|also read|read also|more|watch|listen|recommended|read next|read|related story|related article|related coverage|related news|must read|also see|don'?t miss|up next) ?[:»›>|–—-] ?\S.{0,200}`, ""},

	// Comment forms.
	{ReasonCommentForm, cueHeader, `(leave|post|add|write|submit) (a|your) (comment|reply|response)s?( below| here)?( cancel reply)?`, ""},
	{ReasonCommentForm, cueHeader, `(\d+ )?(comments?|responses?|replies|discussion|reader comments|user comments)( \(?\d+\)?)?`, ""},
	{ReasonCommentForm, cueHeader, `(join|start) the (conversation|discussion|debate)|be the first to comment.{0,40}|(view|show|read|see|load|hide) (all )?(\d+ )?comments?( \(\d+\))?`, ""},
	{ReasonCommentForm, cueHeader, `talkback.{0,40}|add your (opinion|comment|view|thoughts)s?.{0,30}|thanks? (you )?for your (comments?|feedback).{0,80}|posted by:? .{1,60} (on|at|@) .{3,60}|have your say.{0,40}|(read|post|see|view) (your |all |the )?(comments|reactions|responses)( \(?\d+\)?)?|what (do )?you (think|say).{0,40}|reader (comments|reactions)|posted by .{1,60} (on|at) .{3,60}`, ""},
	{ReasonCommentForm, cueStrong, `.{0,40}\b(feedback|comments) (is|are) (now )?closed.{0,20}`, "closed"},
	{ReasonCommentForm, cueStrong, `((don'?t )?recommend ?)+|report this (comment|post)|(recommend|reply to) this (comment|post)|this comment (has been|was) (removed|deleted).{0,40}|` +
		`comments (are|have been) (now )?(closed|disabled|turned off).{0,60}|add (a|your) comment|(show|hide|view|load) (all )?comments|your email address will not be published.{0,80}|required fields are marked.{0,20}|(save|remember) my name.{0,120}|notify me of (follow-up comments|new comments|new posts|replies).{0,60}|you must be logged in to (post a )?comment.{0,40}|log ?in to (comment|reply|leave a comment).{0,20}|this site uses akismet.{0,80}|cancel reply|post comment|submit comment|comment policy|commenting policy|community guidelines|report (abuse|comment)|(sort|order) by (newest|oldest|best|top)`, ""},
	{ReasonCommentForm, cueWeak, `(name|email|e-mail|website|comment|message|your name|your email|your comment|email address)( \(required\)| \(optional\))?|submit|reply|cancel|like|dislike|upvote|flag|report|report abuse`, ""},

	// Author notes.
	{ReasonAuthorBio, cueHeader, `about (the )?(author|writer|reporter|contributor)s?|author (bio|biography|profile|info|details)|meet the (author|reporter)`, ""},
	{ReasonAuthorBio, cueStrong, `(view|see|read|more) (all )?(posts|articles|stories|reports) (by|from) .{1,40}|(follow|contact|email) (the )?(author|writer|reporter|him|her|them)( on .{1,30})?.{0,40}`, ""},

	// Share buttons.
	{ReasonShareButtons, cueWeak, `(email|e-mail|print|save|copy link|copy|x|mail|sms|bookmark|comment|link|post|send|gift)`, ""},
	{ReasonShareButtons, cueStrong, `follow (us|me) (on|at) .{1,60}|(join|follow) (us|our .{1,20}) on (whatsapp|telegram|facebook|twitter|x|instagram|linkedin|google news).{0,60}|like us on facebook.{0,40}`, ""},
	{ReasonShareButtons, cueStrong, `(share|tweet|pin it|share this( article| story| page| post)?|share (on|via) .{1,20}|shares?|\d+ shares?|sharing is caring|spread the word|copy (the )?link|link copied|tweet this|pin this|share article|share story|share page|share full article|gift (this )?article)`, ""},

	// Advertising.
	{ReasonAdvertisement, cueStrong, `.{0,40}\b(outbrain|taboola|revcontent|mgid|zergnet)\b.{0,40}`, "outbrain taboola revcontent mgid zergnet"},
	{ReasonAdvertisement, cueStrong, `(advertisement|advert|sponsored)( ?[-–—:|•] ?.{0,60})|(advertisement|advertising|advert|ad|ads|sponsored|sponsored content|paid content|paid post|promoted|partner content|(story|article|content) continues (below|after)( (the |this )?(advertisement|advert|ad))?|continue reading (below|after (the )?(advertisement|ad))( the main story)?|continue reading( the)?( main)? story|scroll (down )?to continue( reading| with content)?|advertise with us|ad feedback|report (this )?ad|close ad|skip ad|remove ads|(this )?ad (is|was) (loading|closed))`, ""},

	// Newsletter prompts.
	{ReasonNewsletter, cueStrong, `.{0,60}\b(sign up|sign-up|signup|subscribe|register|get|receive|join)\b.{0,60}\bnewsletters?\b.{0,80}|.{0,40}\bour( free)?( daily| weekly| morning| evening| breaking news| email)? newsletters?\b.{0,80}|(the )?newsletters?( sign ?up)?`, "newsletter"},
	{ReasonNewsletter, cueStrong, `(sign up|signup|subscribe)( now| today| for free| free| here)?( (to|for) .{0,80})?|(register|join) (now|today|for free|free|here)|(enter|type)( your)? (email|e-mail)( address)?( here)?.{0,40}|by (signing up|subscribing|clicking|registering).{0,160}|(you can )?unsubscribe at any time.{0,80}|get (the|our) .{0,60} (delivered|in your inbox|straight to your inbox).{0,40}|thanks? (you )?for (signing up|subscribing).{0,60}|already (a )?(subscriber|registered|have an account).{0,40}|(subscribe|subscription) (to|for) .{1,60}|become a (member|subscriber|supporter).{0,60}`, ""},
	{ReasonNewsletter, cueStrong, `.{0,60}\bsubscribe (to|for) (our|the|daily|free|breaking) .{0,80}|.{0,40}\b(breaking news|email|news|push) (alerts?|notifications?)\b.{0,40}|.{0,60}\b(to|in) your inbox\b.{0,60}`, "subscribe alert notification inbox"},

	// Photo credits.
	{ReasonCaption, cueStrong, `(photo|photograph|image|picture|pic|video|graphic|illustration|credit)s?( credit| source| caption)?( by)? ?[:|] ?.{1,100}|(image|photo|picture|video) (source|caption|credit|description), .+|(photo|image|picture|photograph) (by|credit|courtesy)( of)? .{1,80}|(getty images|shutterstock|alamy)( via .{1,30})?`, ""},
	{ReasonCaption, cueStrong, `.{0,60}/ ?(getty images|afp|reuters|ap|epa|shutterstock|pa|alamy|ap photo)( via .{1,30})?`, "/"},

	// Tags.
	{ReasonTags, cueStrong, `(tags?|tagged|topics?|categories|category|keywords|related topics|posted in|filed under|explore more)( ?[:|»›>–—-] ?).{0,200}|(filed under|tagged with|tagged as|posted in) .{1,200}`, ""},
	{ReasonTags, cueHeader, `(tags|topics|related topics|keywords|categories)`, ""},

	// Navigation.
	{ReasonBreadcrumb, cueStrong, `you are here.{0,160}`, ""},
	{ReasonNavigation, cueStrong, `skip to (main )?(content|navigation|main|article)|jump to .{1,30}|toggle navigation|main menu|open menu|close menu|back to top|go to top|(sign|log) ?(in|out|up)( to .{1,30})?( \| (sign|log) ?(in|out|up))?|my account|create (an )?account|search( this site| news| the site)?|edition|accessibility links|print this page|font size|text size|listen to (this )?(article|story).{0,30}|\d+ min(ute)?s? (read|listen)|reading time.{0,20}`, ""},
	{ReasonNavigation, cueStrong, `(https?://|www\.)[^ ]+`, ""},
	{ReasonNavigation, cueHeader, `(get |subscribe to )?(rss|atom)( feeds?)?`, ""},
	{ReasonNavigation, cueWeak, `(home|homepage|menu|search|close|open|back|next|previous|prev|top|more|load more|show more|see more|view more|see all|view all|all)`, ""},

	// Legal.
	{ReasonLegal, cueStrong, `.{0,160}\b(expressly prohibited|may not be (published|reproduced|copied|redistributed|republished)|without (the )?(express )?(prior )?written (consent|permission)).{0,200}`, "prohibited may written"},
	{ReasonLegal, cueStrong, `(©|\(c\)|copyright ©|copyright \(c\)|copyright \d{4}|all rights reserved).{0,160}|(we|this (site|website)) uses? cookies.{0,200}|(accept|reject|manage) (all )?cookies.{0,40}|cookie (policy|settings|preferences)|privacy (policy|notice|settings)( \| .{1,80})?|terms (of|and) (use|service|conditions)( \| .{1,80})?|(about|contact) us( \| .{1,80})?`, ""},
	{ReasonLegal, cueStrong, `.{0,120}all rights reserved.{0,60}`, "rights reserved"},
}

// sectionWords are names of site sections: a line made only of them is a
// section label ("Foreign News", "World Europe"), not story text.
var sectionWords = splitSet(`news world politics business sport sports entertainment opinion tech technology
science health lifestyle culture arts travel local national international us uk europe african africa asia
americas australia economy markets money latest breaking top stories story feature features analysis
weather education environment climate crime metro nation region regional foreign home video videos photos
gallery live global middle east politic us-news uk-news world-news life style food fashion celebrity
celebrities tv film movies music books media society science-tech innovation football soccer cricket
rugby tennis golf nfl nba mlb nhl f1 motoring property jobs careers personal finance companies
investing commentary editorial editorials columnists column blogs blog podcast podcasts newsletters
more`)

// dateWords can sit in a line that only gives a date or time.
var dateWords = splitSet(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thur thurs fri sat sun published updated posted last modified on at am pm a.m. p.m.
hr hrs min mins sec secs
gmt utc bst cet cest est edt cst cdt mst mdt pst pdt ist aest wat eat cat sast jst hkt sgt pt et ct mt
today yesterday ago minute minutes hour hours day days week weeks month months year years just now
first the of th st nd rd by time date`)

// notNameWords are common words that, capitalised in a title-case headline
// ("Industrial Output Falls In Japan"), tell it from a person's name.
var notNameWords = splitSet(`in to of for the and on at with a an as by from over after is are was be new says say
said will not no up out off into its it his her their our your my we us he she they who what how why when
where vs v about amid against under than more most top big first last next back down all this that these
those plan plans set sets hit hits win wins wins falls fall rise rises deal deals talks call calls
news world live report update video`)

// wrapWords cannot end a sentence: a line that ends with one goes on in
// the next.
var wrapWords = splitSet(`a an the of to in on at by for with from and or but that which who whose whom as
than into onto about over under after before between against during without within said says`)

// bylineLabels are the words a byline can start with; see lineRegexps.byline.
var bylineLabels = splitSet(`by written reported words text story posted compiled edited photo photos reporting
additional editing produced interview author authors reporter correspondent contributor columnist source editor`)

// nameParticles may sit lower-case inside a person's name.
var nameParticles = splitSet(`de da di du del della der den van von bin ibn al el la le dos das ter ten zu y e`)

// stopWords are left out of the vocabulary that tells a story's paragraphs
// from other stories' teasers.
var stopWords = splitSet(`that this with from have been were will would their there they which what when
where about after before more than into also said says could should other some such only over just very
most many much being does then them these those while year years because here your yours ours ourselves
them themselves said told says according under since until upon each both between during against without
within through again further once another first last next many made make makes making like well back
even still down make take took taken come came going goes went know knew known want wanted need needed`)

// crumbSepChars holds every character a breadcrumb separator can start with.
const crumbSepChars = "›»>→/\\:|"

// Expressions that read the shape of a line (see lineRegexps).
const (
	crumbSepPattern = `\s*(?:›|»|>|→|/|\\|::|\|)\s*` // separators of breadcrumb and menu items
	// bylinePattern reads "By Jane Doe, Reuters"; group 1 is the name.
	bylinePattern  = `^(?i:(?:(?:written|reported|words|text|story|posted|compiled|edited|photos?|reporting|additional reporting|editing|produced|interview)\s+)?by\s*[:\-–—]?|(?:words|text|authors?|reporter|correspondent|contributor|columnist|source|editor)\s*[:\-–—])\s*(?:the\s+)?(\p{Lu}[\p{L}'’.\-]*\.?(?:\s+(?:\p{Lu}[\p{L}'’.\-]*\.?|de|da|di|van|von|der|bin|al|el|la|le|and|&))*)(?:\s*(?:,|;|\||•|·|-|–|—|/|and|in|for|at)\s*.{0,80})?$`
	dateNumPattern = `^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:t\d{1,2}:\d{2}(?::\d{2})?z?)?$|^\d{1,2}[:.]\d{2}(?::\d{2})?(?:am|pm|a\.m|p\.m)?$|^\d{1,2}(?:am|pm)$` // 2025-02-10, 10/02/2025, 14:32, 2pm
	relTimePattern = `^\d{1,2}[hmdw]$`                                                                                                                        // 3h, 2d
	ordinalPattern = `^\d{1,2}(?:st|nd|rd|th)$`                                                                                                               // 10th
)

// shareNetworks name the sites a share button posts to; a line made of
// them and shareWords is a row of share buttons.
var shareNetworks = splitSet(`facebook twitter whatsapp linkedin pinterest reddit telegram messenger flipboard
tumblr threads bluesky mastodon vk viber wechat weibo gmail tweet tweets share shares sharing pocket
digg stumbleupon delicious icio furl bookmark bookmarks newsvine google+ googleplus snapchat instagram youtube tiktok`)

// shareWords may sit in a row of share buttons beside shareNetworks.
var shareWords = splitSet(`x email e-mail mail print copy link url save bookmark on to via with this the
article story page post send pin it us follow comment comments sms more and or line google plus linkedin
whatsapp facebook twitter share tweet messenger telegram reddit click opens open in new window tab del
social bookmark bookmarks`)

// bulletRunes are trimmed from both ends of a line before cues are matched.
const bulletRunes = " \t\u00a0\u2007\u202f\u200b\u200c\u200d\ufeff•·◦▪▸►‣⁃*-–—|>»›<«‹~#:;,.…!?\"'“”‘’()[]{}/\\=_+"

// openerDefs are furniture that a line or a sentence opens with, whatever
// follows: "Click here to see the pictures", "Scroll down for video",
// "Editor's note: ...". Patterns see the text normalised as cueDefs do and
// are anchored at its start only; a trailing \b keeps "Subscribers" from
// "subscribe".
var openerDefs = []cueDef{
	{ReasonNavigation, cueStrong, `(click|tap|swipe) (here|through|below|above)\b`, ""},
	{ReasonNavigation, cueStrong, `scroll (down|up|below|right)( to| for)?( see| watch| read| view)?( the| our| more)?( full)? ?(video|videos|more|pictures|photos|gallery|images|comments|story)?\b`, ""},
	{ReasonNavigation, cueStrong, `(editors?['’]?s?|editorial) note\b|this (article|story|report|piece|post) (was|is|has been|had been) (updated|amended|corrected|changed|edited|originally|first|published|produced|adapted)\b|this (article|story|report|piece|post) (originally|first) (appeared|ran|published)\b|(a version of )?this (article|story|report|piece|post) (was|is) (part of|from|reprinted|republished|syndicated)\b`, ""},
	{ReasonNavigation, cueStrong, `(download|get) (the|our) (free )?([a-z]+ ){0,3}app\b|(listen|subscribe) to (the|our) podcast\b`, ""},
	{ReasonRelatedStories, cueStrong, `(read|see) (more|also|next)\b|watch the (full )?(video|clip|interview|report)\b|click through the gallery\b`, ""},
	{ReasonShareButtons, cueStrong, `follow (us|me|@)|share (this|on|via)\b|join us on\b|like us on\b`, ""},
	{ReasonNewsletter, cueStrong, `(sign up|subscribe)\b`, ""},
	{ReasonLegal, cueStrong, `©|all rights reserved|copyright (©|\(c\)|\d{4}|getty|ap|afp|reuters|pa|the associated press)\b|(the )?(opinions|views) expressed\b|for confidential support\b`, ""},
	{ReasonDate, cueStrong, `(last |first )?(published|updated|posted|modified)( on| at)?(:|$)|last (updated|modified)\b`, ""},
	{ReasonByline, cueStrong, `posted by\b`, ""},
	{ReasonAuthorBio, cueStrong, `contact the (author|writer|reporter|newsroom|newsdesk|news desk|editor)\b|e-?mail (us|me|the (author|writer|reporter|newsdesk))\b`, ""},
	{ReasonAdvertisement, cueStrong, `advertisement\b`, ""},
	{ReasonCommentForm, cueStrong, `leave a comment\b|join the conversation\b`, ""},
	{ReasonAuthorBio, cueStrong, `about the author\b`, ""},
}

// creditDefs are credits that clean copy from a wire or a broadcaster
// carries too: an agency's tag on its own line, a note of who contributed,
// photo credits and captions, a video's production credit. They are furniture, but unlike cueDefs and
// openerDefs they are no evidence that the page keeps its furniture (see
// storyReader.showsFurniture). Patterns are anchored at the start only; a
// trailing $ asks for the whole line.
var creditDefs = []cueDef{
	{ReasonByline, cueStrong, `(cnn|reuters|ap|afp|(the )?associated press|press association|bloomberg|upi|xinhua|dpa|ians|pti|efe|ansa|tass|aap)( wire| news)?$`, ""},
	{ReasonByline, cueStrong, `(by )?([a-z'’]+ ){0,3}(reporter|reporters|correspondent|correspondents|staff writer|staff writers|staff reporter|news desk|newsdesk)$`, "report correspondent staff desk"},
	{ReasonByline, cueStrong, `.{1,160}\b(contributed|contributing)( reporting)? to (this|the) (report|story|article)$`, "contribut"},
	{ReasonByline, cueStrong, `(additional )?(reporting|writing|editing) by\b|with (additional )?reporting (by|from)\b`, " by from"},
	{ReasonCaption, cueStrong, `(images?|pictures?|photos?|photographs?) (copyright|caption|source|credit|courtesy)\b|(photo|photograph|image|picture|video|footage|graphic|illustration)s? (by|courtesy of)\b|pictured:|(ap|afp|epa|pa|reuters|getty) (photo|images|wire)\b|getty images\b`, ""},
	{ReasonCaption, cueStrong, `(in )?this ((undated|file|handout|aerial|family|combination|courtesy|provided|archive|photo|image|video|\d{4}|[a-z]+\.? \d{1,2},? \d{4}),? )*(photo|image|picture|photograph|video|still|screengrab|screen grab|frame grab|combo)( (released|provided|taken|made|obtained|posted|shared|issued|distributed) (by|on|from|in) .{1,80}?)?,? (shows|showing|released|provided|taken|made|obtained|posted|shared|issued|distributed|from)\b|(a )?file (photo|picture|image)\b`, ""},
	// Social embeds' signatures: "— Jane Doe (@jdoe) May 3, 2019", "A post
	// shared by Jane Doe (@jdoe) on May 3, 2019 at 10:12am PDT".
	{ReasonByline, cueStrong, `.{0,80}\(@[a-z0-9_]{1,15}\) (on )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}.{0,40}$|a post shared by .{1,120}$`, "@ shared"},
	{ReasonNavigation, cueStrong, `view (this|more) (post|photo|video)s? on (instagram|facebook|twitter|x|tiktok|youtube)$|pic\.twitter\.com/\S+$`, "view pic.twitter"},
	{ReasonCaption, cueStrong, `(produced|filmed|edited|shot|presented|narrated|animation|graphics|illustrations?|video|audio|camera|design)( and [a-z]+)? by .{1,80}$`, " by "},
}

// Expressions that read the shape of a sentence of furniture (see
// Furniture).
const (
	// sentenceBylinePattern: "By Jane Smith", "By . Daily Mail Reporter".
	sentenceBylinePattern = `^(?:[Bb]y|BY|From|Words by)\s*[.:]?\s+\p{Lu}`
	// clockPattern: "07:03 EST", "5:07 PM".
	clockPattern = `(?i)\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|est|edt|gmt|bst|utc|cet|cest|pst|pdt|et)\b|\b\d{1,2}:\d{2}\b`
	// dayMonthPattern: "March 2", "2nd March".
	// taglinePattern: what follows an author's name in a tagline, "is the
	// Herald's transport correspondent", "covers courts for the Herald".
	taglinePattern = `^(is|was) (a|an|the|[a-z]+['’]s)( [a-z'’&-]+){0,6} (editor|reporter|correspondent|columnist|writer|producer|contributor|critic|journalist|photographer|intern|fellow)s?(( for| at| with| of| in| on| based)\b[^.;]{0,100})?[.!]?$|^(covers|writes about|reports on|edits)\b`
	// picturedPattern: where someone stands in a photo, "(pictured)", "(left)".
	picturedPattern = `(?i)\((pictured|left|right|centre|center|above|below|top|bottom|inset|far left|far right|second left|second right|top left|top right|bottom left|bottom right|front|back|middle|circled|file photo|file picture|file image)\b`
	dayMonthPattern = `(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b`
)

// markReasons are the reasons markupReason gives, in the order of
// markupDefs; renderMain marks text with their index.
var markReasons = [...]string{ReasonCaption, ReasonRelatedStories, ReasonNewsletter, ReasonShareButtons,
	ReasonAuthorBio, ReasonCommentForm, ReasonAdvertisement, ReasonTags, ReasonByline, ReasonDate, ReasonNavigation}

// markupDefs name the elements of an article's markup that hold furniture:
// by tag, by a whole word of their class or id (split at anything but
// letters and digits: "wp-caption-text" has the word "caption"), or by a
// piece of their class ("related" in "relatedArticles"). An element with
// more words than maxWords is not that furniture, whatever its name (0: no
// bound).
var markupDefs = [len(markReasons)]struct {
	tags, words, pieces string
	maxWords            int
}{
	{`figcaption figure`, `caption captions credit credits cutline`, `caption photocredit imagecredit`, 120},
	{`aside`, `related recommended recommendations readmore trending popular mostread outbrain taboola`,
		`related recommend readmore read-more morestories more-stories mostread most-read alsoread also-read outbrain taboola further-reading`, 400},
	{``, `newsletter newsletters signup subscribe subscription optin`, `newsletter signup sign-up subscribe subscription opt-in mailing-list`, 120},
	{``, `share shares sharing social sharebar sharetools addthis sharethis`, `share-tools sharing social-share socialshare addthis sharethis share-bar sharebar`, 60},
	{``, `bio`, `author-bio authorbio about-author aboutauthor about-the-author author-box authorbox author-info authorinfo author-card contributor-bio`, 150},
	{``, `comment comments commentlist disqus respond replies`, `comment-list commentlist comments-area comment-respond disqus`, 0},
	{``, `ad ads advert adverts advertisement advertising adsense adslot dfp sponsor sponsored promo promoted banner`, `advert sponsor adslot ad-slot ad-container adcontainer dfp-`, 120},
	{``, `tags tag tagged topics keywords categories`, `tag-list taglist post-tags entry-tags article-tags`, 80},
	{``, `byline author authors`, `byline`, 40},
	{`time`, `date dateline timestamp published updated pubdate meta postmeta entrymeta`, `post-meta entry-meta postmeta entrymeta timestamp`, 40},
	{`nav`, `breadcrumb breadcrumbs pagination pager nav navigation menu toolbar`, `breadcrumb pagination`, 120},
}

// maxIDWords is the most words an element's id may have to name furniture:
// a longer id ("sharing-with-one-developer") is made from a heading.
const maxIDWords = 3
