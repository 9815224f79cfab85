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

/**
 * Base forms of the most frequent English verbs that open a command or a
 * question ("Get out there and …", "Imagine …"), from the frequency lists of
 * English grammars. With the auxiliaries above ("Do …", "Can …"), a
 * sentence opening on one of them opens on no name.
 */
export const commonBaseForms: ReadonlySet<string> = new Set([
  'be', 'bring', 'call', 'come', 'consider', 'find', 'get', 'give', 'go', 'help', 'imagine', 'keep', 'leave', 'let', 'look', 'make',
  'put', 'read', 'remember', 'run', 'see', 'show', 'start', 'stop', 'take', 'tell', 'think', 'try', 'turn', 'wait', 'watch'
])
