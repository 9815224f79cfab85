/**
 * Verbs that report speech, in every form a cue uses. Gathered from the
 * reporting-verb lists of quotation extractors (textacy's `direct_quotations`,
 * the Stanford quote attribution work of Muzny et al. 2017) and news style.
 */
const lemmas: ReadonlyArray<readonly [base: string, third: string, past: string, participle: string]> = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['add', 'adds', 'added', 'adding'],
  ['note', 'notes', 'noted', 'noting'],
  ['claim', 'claims', 'claimed', 'claiming'],
  ['warn', 'warns', 'warned', 'warning'],
  ['state', 'states', 'stated', 'stating'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['ask', 'asks', 'asked', 'asking'],
  ['reply', 'replies', 'replied', 'replying'],
  ['respond', 'responds', 'responded', 'responding'],
  ['answer', 'answers', 'answered', 'answering'],
  ['continue', 'continues', 'continued', 'continuing'],
  ['conclude', 'concludes', 'concluded', 'concluding'],
  ['declare', 'declares', 'declared', 'declaring'],
  ['announce', 'announces', 'announced', 'announcing'],
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['concede', 'concedes', 'conceded', 'conceding'],
  ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['deny', 'denies', 'denied', 'denying'],
  ['stress', 'stresses', 'stressed', 'stressing'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
  ['emphasise', 'emphasises', 'emphasised', 'emphasising'],
  ['write', 'writes', 'wrote', 'writing'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['post', 'posts', 'posted', 'posting'],
  ['recall', 'recalls', 'recalled', 'recalling'],
  ['remark', 'remarks', 'remarked', 'remarking'],
  ['observe', 'observes', 'observed', 'observing'],
  ['suggest', 'suggests', 'suggested', 'suggesting'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['urge', 'urges', 'urged', 'urging'],
  ['caution', 'cautions', 'cautioned', 'cautioning'],
  ['complain', 'complains', 'complained', 'complaining'],
  ['charge', 'charges', 'charged', 'charging'],
  ['allege', 'alleges', 'alleged', 'alleging'],
  ['maintain', 'maintains', 'maintained', 'maintaining'],
  ['contend', 'contends', 'contended', 'contending'],
  ['assert', 'asserts', 'asserted', 'asserting'],
  ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  ['describe', 'describes', 'described', 'describing'],
  ['call', 'calls', 'called', 'calling'],
  ['term', 'terms', 'termed', 'terming'],
  ['dub', 'dubs', 'dubbed', 'dubbing'],
  ['brand', 'brands', 'branded', 'branding'],
  ['dismiss', 'dismisses', 'dismissed', 'dismissing'],
  ['slam', 'slams', 'slammed', 'slamming'],
  ['criticize', 'criticizes', 'criticized', 'criticizing'],
  ['criticise', 'criticises', 'criticised', 'criticising'],
  ['condemn', 'condemns', 'condemned', 'condemning'],
  ['denounce', 'denounces', 'denounced', 'denouncing'],
  ['praise', 'praises', 'praised', 'praising'],
  ['welcome', 'welcomes', 'welcomed', 'welcoming'],
  ['promise', 'promises', 'promised', 'promising'],
  ['vow', 'vows', 'vowed', 'vowing'],
  ['pledge', 'pledges', 'pledged', 'pledging'],
  ['threaten', 'threatens', 'threatened', 'threatening'],
  ['quip', 'quips', 'quipped', 'quipping'],
  ['joke', 'jokes', 'joked', 'joking'],
  ['shout', 'shouts', 'shouted', 'shouting'],
  ['whisper', 'whispers', 'whispered', 'whispering'],
  ['report', 'reports', 'reported', 'reporting'],
  ['read', 'reads', 'read', 'reading'],
  ['testify', 'testifies', 'testified', 'testifying'],
  ['advise', 'advises', 'advised', 'advising'],
  ['boast', 'boasts', 'boasted', 'boasting'],
  ['demand', 'demands', 'demanded', 'demanding'],
  ['reveal', 'reveals', 'revealed', 'revealing'],
  ['mention', 'mentions', 'mentioned', 'mentioning'],
  ['agree', 'agrees', 'agreed', 'agreeing'],
  ['disagree', 'disagrees', 'disagreed', 'disagreeing'],
  ['interject', 'interjects', 'interjected', 'interjecting'],
  ['exclaim', 'exclaims', 'exclaimed', 'exclaiming'],
  ['yell', 'yells', 'yelled', 'yelling'],
  ['scream', 'screams', 'screamed', 'screaming'],
  ['chant', 'chants', 'chanted', 'chanting'],
  ['wonder', 'wonders', 'wondered', 'wondering'],
  ['muse', 'muses', 'mused', 'musing'],
  ['lament', 'laments', 'lamented', 'lamenting'],
  ['recount', 'recounts', 'recounted', 'recounting'],
  ['thank', 'thanks', 'thanked', 'thanking'],
  ['accuse', 'accuses', 'accused', 'accusing'],
  ['counter', 'counters', 'countered', 'countering'],
  ['retort', 'retorts', 'retorted', 'retorting'],
  ['gush', 'gushes', 'gushed', 'gushing'],
  ['characterize', 'characterizes', 'characterized', 'characterizing'],
  ['characterise', 'characterises', 'characterised', 'characterising'],
  ['affirm', 'affirms', 'affirmed', 'affirming'],
  ['imply', 'implies', 'implied', 'implying'],
  ['proclaim', 'proclaims', 'proclaimed', 'proclaiming'],
  ['scoff', 'scoffs', 'scoffed', 'scoffing'],
  ['sneer', 'sneers', 'sneered', 'sneering'],
  ['marvel', 'marvels', 'marveled', 'marveling'],
  ['bemoan', 'bemoans', 'bemoaned', 'bemoaning'],
  ['brag', 'brags', 'bragged', 'bragging'],
  ['fume', 'fumes', 'fumed', 'fuming'],
  ['opine', 'opines', 'opined', 'opining'],
  ['concur', 'concurs', 'concurred', 'concurring'],
  ['point out', 'points out', 'pointed out', 'pointing out'],
  ['shoot back', 'shoots back', 'shot back', 'shooting back'],
  ['fire back', 'fires back', 'fired back', 'firing back'],
  ['go on', 'goes on', 'went on', 'going on']
]

/** Past participles that differ from the past ("had written"). */
const participles: readonly string[] = ['written', 'spoken']

/** Every form of every reporting verb, longest first so that a pattern built from it prefers "pointed out" to "pointed". */
export const reportingVerbForms: readonly string[] = [...new Set([...lemmas.flat(), ...participles])].sort((a, b) => b.length - a.length)

/** The same forms, for asking whether a word is one. */
export const reportingVerbSet: ReadonlySet<string> = new Set(reportingVerbForms)

/** Base forms, which no singular subject takes: "a false report" names no one who reports. */
export const baseForms: ReadonlySet<string> = new Set(lemmas.filter((forms) => forms[0] !== forms[2]).map((forms) => forms[0]))

/** Present participles, which report speech for the subject of their clause (", adding, ..."). */
export const participleForms: ReadonlySet<string> = new Set(lemmas.map((forms) => forms[3]))

/**
 * Participles of verbs that judge someone or something ("slamming",
 * "praising"): a quote in what they judge is as often the words of whom
 * they judge, or a name, as the judge's own ("after slamming the “war on
 * cars”").
 */
export const judgingParticiples: ReadonlySet<string> = new Set([
  'slamming', 'criticizing', 'criticising', 'condemning', 'denouncing', 'dismissing', 'praising', 'welcoming', 'thanking',
  'accusing', 'bemoaning', 'scoffing', 'sneering'
])

/** Auxiliaries and adverbs that may stand between a speaker and the verb ("has also said"). */
export const verbModifiers: readonly string[] = [
  'has', 'have', 'had', 'would', 'will', 'could', 'can', 'did', 'does', 'do', 'later', 'also', 'further',
  'then', 'again', 'previously', 'earlier', 'once', 'repeatedly', 'recently', 'simply', 'flatly', 'bluntly',
  'publicly', 'privately', 'separately', 'yesterday', 'today', 'quickly', 'only', 'reportedly', 'was', 'were', 'is',
  // Adverbs of manner and time that news style puts before a reporting verb ("Ruiz openly admitted").
  'openly', 'angrily', 'quietly', 'firmly', 'strongly', 'sharply', 'candidly', 'proudly', 'frankly', 'calmly', 'loudly',
  'softly', 'jokingly', 'emphatically', 'forcefully', 'readily', 'immediately', 'subsequently', 'eventually', 'finally',
  'initially', 'originally', 'formally', 'officially', 'personally', 'directly', 'explicitly', 'specifically', 'frequently',
  'often', 'never', 'always', 'still', 'already', 'ultimately', 'apparently', 'falsely', 'wrongly', 'rightly', 'famously',
  'pointedly', 'confidently', 'casually', 'tersely', 'briefly', 'gingerly', 'cautiously', 'defiantly', 'insistently'
]

/** Phrases that credit a speaker or source without a verb of their own. */
export const creditPhrases: readonly string[] = ['according to', 'in the words of', 'as quoted by', 'quoting']

/** Forms of two words that report speech where their subject stands before them ("pointed out", "shot back"): not the participles, nor "went on", which has a rule of its own (`isGoingOn`). */
export const twoWordForms: ReadonlySet<string> = new Set(reportingVerbForms.filter((form) => form.includes(' ') && !/^(?:go|goes|went|going) on$/.test(form) && !/^\S+ing /.test(form)))

/** The forms of one word, which a single token can be: "said", not "according to". */
export const singleWordVerbForms: ReadonlySet<string> = new Set(reportingVerbForms.filter((form) => !form.includes(' ')))

/** "went on", "goes on": a reporting phrase of a verb and "on" that the lists of single forms cannot hold. */
export function isGoingOn(verb: string, next: string | undefined): boolean {
  return (verb === 'went' || verb === 'goes') && next === 'on'
}

/** Verbs whose object is the listener: in a passive ("was told", "were warned") their subject speaks no words. */
export const listenerVerbs: ReadonlySet<string> = new Set(['told', 'asked', 'warned', 'assured', 'reminded', 'informed', 'advised', 'urged', 'promised', 'questioned', 'briefed'])

/** "The council was told “…”": a passive of a verb of telling, in `words`. */
export function hasListenerPassive(words: string): boolean {
  return [...words.matchAll(/\b(?:is|are|was|were|be|been|being)\s+(\p{Ll}+)/gu)].some((match) => listenerVerbs.has(match[1] ?? ''))
}

/** Verbs that also give a thing its name: "a class called “Perception”", "a plan dubbed “the wall”". */
export const namingVerbs: ReadonlySet<string> = new Set(['called', 'dubbed', 'named', 'titled', 'entitled', 'labeled', 'labelled', 'termed', 'branded'])
