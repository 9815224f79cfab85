/** Photo captions and their credits. */
import { knownOutletNames } from './outlets.ts'
import { pieceCount } from '../words.ts'

const photoAgencies = knownOutletNames().map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')

/** A credit line on its own: "Name/Agency", "AGENCY/Name", "Photo: …", "Credit: …", "Getty Images". */
const creditLine = new RegExp(
  [
    String.raw`^\(?(?:photo(?:graph)?s?|image|picture|credit|illustration)\s*(?:by|:|credit:?)\s*.{2,80}\)?$`,
    String.raw`^\(?[\p{Lu}][\p{L}.'’-]*(?:[ \p{L}.'’-]{0,40})\s*\/\s*[\p{Lu}][\p{L} .'’-]{1,40}\)?$`,
    String.raw`^\(?(?:${photoAgencies})(?:\s+(?:images|photo|pictures|via getty images))?\)?$`
  ].join('|'),
  'iu'
)

/** A credit printed at the end of a caption: "… (Reuters/Name)", "… Photo: AFP". */
const trailingCredit = new RegExp(
  String.raw`(?:\s*\((?<paren>[^()]*(?:\/|photo|credit|${photoAgencies})[^()]*)\)|\s+(?<label>(?:photo(?:graph)?|image|credit|picture):\s*[^.]{2,60}))\s*$`,
  'iu'
)

/** Marks of a photo caption: a position in the frame, or words about the picture. */
const photoMarkers = /\((?:L|R|C|left|right|centre|center|top|bottom|front|back|2nd [LR])\)|\b(?:pictured|poses?|posing|file photo|photo(?:graph)?(?:ed)?|in this (?:image|picture|photo))\b/i

/** A full date with its year ("on January 2, 2014", "2 January 2014"), as captions give them. */
const fullDate = /\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}|May\s+\d{1,2},?\s+\d{4})\b/

const reporting = /\b(?:said|says|told|tells|according to|reported)\b|[“”"]/

export function isCreditLine(text: string): boolean {
  return text.length <= 90 && pieceCount(text) <= 10 && creditLine.test(text.trim())
}

/** The wire services' staff credit: "(Reporting by …; Editing by …)", "(Additional reporting by …)". */
const staffCredit = /^\((?:additional\s+)?(?:reporting|writing|editing|compiled|research)(?:\s+and\s+\p{L}+)?\s+by\s[^()]*\)\.?$/iu
/** The same credit without parentheses, known by the second credit it lists: "Reporting by …; Editing by …". */
const listedCredits = /^(?:additional\s+)?(?:reporting|writing|compiled)\s+by\s[^;]{2,80};\s*(?:additional\s+reporting|writing|editing)\s+by\s/iu
/** "Associated Press writer Ana Ruiz in Halden contributed to this report." */
const contributed = /\bcontributed\s+(?:to\s+)?this\s+(?:report|story|article)\.?$/iu
/** How such a credit ends: checked first, since a pattern that opens on `\b` is tried at every position of the line. */
const contributedEnd = /(?:report|story|article)\.?$/i

/** Whether a block is a credit of the story's own staff, who are no actors in it. */
export function isStaffCredit(text: string): boolean {
  // A long block is no credit: told by its length before it is copied and searched.
  if (text.length > 320) return false
  const line = text.trim()
  return line.length <= 300 && (staffCredit.test(line) || listedCredits.test(line) || (contributedEnd.test(line) && contributed.test(line)))
}

/** Where a credit starts inside a caption, or -1. */
export function trailingCreditStart(text: string): number {
  const match = trailingCredit.exec(text)
  return match ? match.index : -1
}

/**
 * Verbs a caption puts in the present tense for what the picture shows
 * ("Ana Ruiz holds the ballot"), as news style books ask of captions.
 */
const pictureVerbs = /\b(?:holds|stands|speaks|gestures|waves|looks|walks|arrives|sits|listens|poses|attends|smiles|reacts|greets|shakes|leaves|departs|watches|talks|prays|signs|visits|points|carries|kneels|hugs|celebrates|campaigns|embraces|wipes|cheers)\b/

/**
 * "Museum guard Kalo Diallo holds the bell in the hall.": one sentence
 * in the present tense of a picture, with no quotation and no speech,
 * right after a credit line that stands alone in the story, is the caption
 * of the photo the credit is for, printed after its credit.
 */
export function isCaptionAfterCredit(text: string): boolean {
  const words = pieceCount(text)
  const oneSentence = !/[.!?]\s+\p{Lu}/u.test(text.trim())
  return oneSentence && words <= 60 && pictureVerbs.test(text) && !reporting.test(text)
}

/**
 * A block that opens an article before its text starts is a caption when it
 * carries a credit, marks of a photo, or describes a picture with a full date
 * and reports no speech.
 */
export function isCaption(text: string): boolean {
  if (trailingCreditStart(text) > 0 || photoMarkers.test(text)) return true
  const words = pieceCount(text)
  return fullDate.test(text) && !reporting.test(text) && words >= 6 && words <= 60
}
