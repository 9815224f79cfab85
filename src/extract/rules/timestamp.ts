/** A line that only says when the page was published or updated: "March 14, 2023", "Updated: 14 Mar 2023 10:02 GMT". */
import * as chrono from 'chrono-node/en'

const label = /^(?:(?:first\s+)?published|(?:last\s+)?updated|posted|modified)(?:\s+on)?\s*:?\s*/i

export function isTimestamp(text: string): boolean {
  if (text.length > 80 || !/\d/.test(text)) return false
  const rest = text.replace(label, '').replace(/[|·•]/g, ' ').trim()
  const found = chrono.parse(rest)[0]
  return found !== undefined && found.start.isCertain('month') && found.text.length >= rest.replace(/\s+/g, ' ').length * 0.6
}
