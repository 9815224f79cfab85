/**
 * The furniture of news web pages that scrapers carry along with the article.
 * Patterns follow Mozilla Readability's `unlikelyCandidates` and trafilatura's
 * boilerplate lists, written for whole lines rather than HTML classes.
 */

/** Whole lines that are page furniture, never article text. */
export const chromePatterns: readonly RegExp[] = [
  /^select page$/i,
  /^(?:skip to (?:main )?content|main menu|menu|search|home|close|back to top|top of page)$/i,
  /^media id:?\s*\S*$/i,
  /^[-–—•|\s]*(?:written|posted|published) by:?\s*$/i,
  /^(?:by\s*)?[-–—]?\s*$/i,
  /\b(?:closed|open) for comments\b/i,
  /^(?:leave|post|add|view|show|read|hide) (?:a |all |the )?comments?\b/i,
  /^\d+\s+comments?$/i,
  /^printable version\b/i,
  /^(?:print|email|share|tweet|save|copy link)(?:\s*[|/·•]\s*(?:print|email|share|tweet|save|copy link|facebook|twitter|whatsapp|linkedin))*$/i,
  /^share (?:this|on)\b/i,
  /^(?:next|previous|prev|related|recommended|more|latest|top) (?:story|stories|article|articles|news|from|on)\b.{0,40}$/i,
  /^read (?:more|next|also)\b.{0,80}$/i,
  /^(?:please )?e-?mail the editor$/i,
  /\b(?:our|the) (?:code of )?(?:editorial|ethical) (?:values|standards|guidelines|principles|policy)\b.{0,20}$/i,
  /^(?:sign up|subscribe|log ?in|register)\b.{0,80}$/i,
  /^(?:advertisement|sponsored( content)?|promoted|ad)$/i,
  /^(?:all rights reserved|©|copyright\b).{0,120}$/i,
  /^(?:follow us|follow) on\b.{0,60}$/i,
  /^(?:updated|last updated|first published|published)\s*:?\s*.{0,60}\d.{0,30}$/i,
  /^(?:photo|image|video|file|watch|listen)\s*$/i,
  /^(?:tags?|topics?|filed under|categories|category)\s*:.{0,200}$/i,
  /^(?:[^|]{1,40}\|){2,}[^|]{0,40}$/,
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}.'’-]*){0,7}(?:\s*[,|]\s*.{0,60})?$/u
]

/**
 * Furniture that only a short line is: each pattern is tried on a line of
 * at most `maxLength` characters with no line break in it.
 */
export const shortChromePatterns: readonly { maxLength: number; pattern: RegExp }[] = [
  { maxLength: 160, pattern: /^(?=.*\b(?:comments?|commenting)\b)(?=.*\b(?:closed|policy|guidelines|issues|problems|disabled|moderated)\b)/i },
  // A media player's message in place of its video: "This video is restricted from playing in your location".
  { maxLength: 200, pattern: /\b(?:restricted from playing|not available in your (?:country|region|location)|your browser does not support (?:the )?(?:video|audio|html5))/i }
]

/** Section names that make up a navigation line ("News | World | Middle East | Opinion"). */
export const sectionWords: ReadonlySet<string> = new Set([
  'home', 'news', 'world', 'opinion', 'opinions', 'politics', 'business', 'economy', 'markets', 'sport', 'sports',
  'culture', 'arts', 'lifestyle', 'life', 'style', 'science', 'tech', 'technology', 'health', 'travel', 'food',
  'video', 'videos', 'photos', 'podcasts', 'latest', 'live', 'local', 'national', 'international', 'region',
  'regional', 'middle-east', 'middle', 'east', 'africa', 'asia', 'europe', 'americas', 'us', 'uk', 'arab', 'analysis',
  'features', 'editorials', 'columns', 'columnists', 'blogs', 'archive', 'english', 'weather', 'entertainment', 'more'
])

/**
 * Labels that stand before a headline, split off as its kicker ("EXCLUSIVE –
 * …", "ANALYSIS: …"). Any word in capitals before a dash is one too.
 */
export const kickerWords: readonly string[] = [
  'exclusive', 'breaking', 'breaking news', 'analysis', 'opinion', 'comment', 'editorial', 'update', 'updated', 'live',
  'watch', 'video', 'photos', 'in pictures', 'explainer', 'fact check', 'factbox', 'interview', 'review', 'feature',
  'special report', 'insight', 'exclusive interview', 'commentary', 'column', 'correction', 'sponsored'
]

/**
 * Connectives and sentence adverbs: capitalised only where they open a
 * sentence ("Instead, the senator …"), so they never open a name. A few are
 * surnames too ("Dan Rather"), so they may still end one.
 */
export const sentenceAdverbs: ReadonlySet<string> = new Set(
  ('instead|indeed|nevertheless|nonetheless|furthermore|additionally|similarly|likewise|therefore|thus|hence|otherwise|overall|finally|rather|specifically|already|recently|previously|increasingly|ironically|unfortunately|fortunately|together|often|further|again|perhaps|besides|anyway|ultimately|initially|eventually|currently|originally|separately|accordingly|consequently|regardless|naturally|admittedly|frankly|sadly|luckily|thankfully|hopefully|clearly|obviously|apparently|surprisingly|notably|importantly|interestingly|generally|typically|usually|historically|traditionally|politically|publicly|privately|officially|reportedly|allegedly|presumably|arguably|nationally|elsewhere|afterward|afterwards|soon|once|yet|shortly|immediately|subsequently|simultaneously|briefly|quickly|suddenly|lately|nearly|roughly|mostly|largely|partly|exactly|certainly|definitely|probably|possibly|actually|really|basically|essentially').split('|')
)

/** Prepositions of place and direction, which open a phrase with no subject of its own ("Outside the plant, …") and no name. */
export const placePrepositions: readonly string[] = ['outside', 'inside', 'near', 'across', 'behind', 'beside', 'along', 'around', 'within', 'throughout', 'amid', 'amidst', 'beyond', 'toward', 'towards', 'through', 'into', 'upon']

/** Capitalised words that open sentences without naming anyone. */
export const functionWords: ReadonlySet<string> = new Set([
  ...placePrepositions,
  ...('a|an|the|this|that|these|those|it|its|he|she|they|we|i|you|his|her|their|our|my|your|there|here|in|on|at|by|for|from|to|of|with|without|about|after|before|during|since|until|as|while|when|where|why|how|what|which|who|whom|whose|if|but|and|or|nor|so|yet|because|although|though|however|meanwhile|moreover|also|still|earlier|later|then|now|today|yesterday|asked|speaking|responding|according|titled|entitled|subtitled|dubbed|headlined|under|over|among|between|against|despite|like|unlike|most|many|some|all|both|each|every|no|not|few|several|other|another|such|more|less|only|even|just|last|next|first|second|third|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|hundreds|thousands|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|feb|apr|aug|sept|oct|nov|dec|sometimes|whoever|whatever|anyone|everyone|nobody|none|please|yes|well|neither|either').split('|'),
  // "Half of Harbor County Republicans said": a share of people, no one's name.
  'half',
  // "Had Republicans nominated …", "Are Sorry", "Maybe Trump": a verb of being or having, a modal, or "maybe" opens a
  // sentence or a title-case headline, and is no part of a name ("Will" and "May" are also names).
  'is', 'are', 'was', 'were', 'been', 'being', 'has', 'have', 'had', 'having', 'does', 'did', 'could', 'would', 'should', 'might', 'must', 'shall', 'maybe',
  // "Follow Ana Ruiz on Twitter": the page's invitation, not part of her name.
  'follow',
  // "Himself a former captain, Lund …": a reflexive pronoun names no one.
  'himself', 'herself', 'itself', 'themselves', 'myself', 'yourself', 'ourselves',
  // "I'm glad to …": a contraction of "I" names no one.
  "i'm", 'i’m', "i've", 'i’ve', "i'll", 'i’ll', "i'd", 'i’d'
])
