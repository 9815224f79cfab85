/**
 * Acronyms that name no body, though an acronym usually does ("the NRA
 * said"): titles, times and time zones, and common things, from general
 * usage. A word in capitals on this list, on its own, names no one. Those
 * that also name bodies ("PAC", "SVP") or people ("VP") are not listed.
 */
export const plainAcronyms: ReadonlySet<string> = new Set([
  // titles
  'CEO', 'CFO', 'COO', 'CTO',
  // times and time zones
  'AM', 'PM', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'GMT', 'UTC',
  // things, not bodies
  'TV', 'ID', 'OK', 'LGBT', 'LGBTQ', 'AIDS', 'HIV', 'GDP', 'DNA', 'FAQ', 'WWI', 'WWII', 'FOIA', 'RINO', 'SUV', 'ATM', 'GPS', 'IQ', 'PR', 'USB'
])
