/**
 * Finite forms of common English verbs that their spelling does not give
 * away (no "-ed" or "-s"): irregular pasts and the auxiliaries. From the
 * irregular verb tables of English grammars, the most frequent only.
 */
export const unmarkedVerbForms: ReadonlySet<string> = new Set([
  'arose', 'ate', 'became', 'began', 'bought', 'brought', 'built', 'came', 'caught', 'chose', 'dealt', 'drew', 'drove', 'fell', 'felt',
  'fought', 'found', 'flew', 'forgot', 'gave', 'got', 'grew', 'heard', 'held', 'hid', 'hit', 'hung', 'kept', 'knew', 'laid', 'led', 'left',
  'lent', 'lost', 'made', 'meant', 'met', 'paid', 'put', 'ran', 'rang', 'rose', 'sang', 'sat', 'saw', 'sent', 'set', 'shook', 'shot',
  'slept', 'sold', 'sought', 'spent', 'spoke', 'stole', 'stood', 'struck', 'swore', 'taught', 'thought', 'threw', 'took', 'understood',
  'went', 'woke', 'won', 'wore', 'wrote',
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'can', 'could', 'may', 'might', 'must',
  'shall', 'should', 'will', 'would'
])
