import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { bareWord, endsInSingleS, hasLetterOrDigit, hasMarks, isAbbreviation, isLowerCaseWord, opensOnCapital, opensOnLowerCase, phraseOpenings, pieceCount, singleSpaced, wordsOf } from '../../src/extract/words.ts'

describe('wordsOf', () => {
  it('should give each word its offsets and its lower-case form', () => {
    const text = 'Mayor Tilda Brenn SAID yes, twice'
    const words = wordsOf(text, 10)
    assert.deepEqual(words.map((word) => word.text), ['Mayor', 'Tilda', 'Brenn', 'SAID', 'yes', ',', 'twice'])
    assert.deepEqual(words.map((word) => word.lower), ['mayor', 'tilda', 'brenn', 'said', 'yes', ',', 'twice'])
    for (const word of words) assert.equal(text.slice(word.start - 10, word.end - 10), word.text)
  })
  it('should give each word its form for the word lists: lower case, no possessive, no full stop', () => {
    const words = wordsOf('Sen. Ilse Varga’s aide and the Ruizes’ U.S. lawyer, Mr. O’Neil, said Dr. Lund\'s piece was fine.')
    const folded = new Map(words.map((word) => [word.text, word.folded]))
    assert.equal(folded.get('Sen.'), 'sen')
    assert.equal(folded.get('Varga’s'), 'varga')
    assert.equal(folded.get('Ruizes’'), 'ruizes')
    assert.equal(folded.get('U.S.'), 'u.s')
    assert.equal(folded.get('O’Neil'), 'o’neil')
    assert.equal(folded.get("Lund's"), 'lund')
    assert.equal(folded.get('aide'), 'aide')
    assert.equal(folded.get('fine'), 'fine')
  })
  it('should keep the full stop of an abbreviation and leave out the one that ends a sentence', () => {
    assert.deepEqual(wordsOf('Sen. Oduya left at 5 p.m. today.').map((word) => word.text), ['Sen.', 'Oduya', 'left', 'at', '5', 'p.m.', 'today'])
  })
  it('should make a word of tenure joined to a title a word of its own, at its own offsets', () => {
    const text = 'said then-Sen. Oduya and the then-governor, not ex-Mayor Lund.'
    const words = wordsOf(text, 100)
    assert.deepEqual(words.map((word) => word.text), ['said', 'then', 'Sen.', 'Oduya', 'and', 'the', 'then', 'governor', ',', 'not', 'ex', 'Mayor', 'Lund'])
    for (const word of words) assert.equal(text.slice(word.start - 100, word.end - 100), word.text)
  })
  it('should leave a noun made with “ex-” and other hyphenated words whole', () => {
    assert.deepEqual(wordsOf('his ex-wife and ex-rival, the well-known mayor').map((word) => word.text), ['his', 'ex-wife', 'and', 'ex-rival', ',', 'the', 'well-known', 'mayor'])
  })
})

describe('phraseOpenings', () => {
  it('should give every part of a phrase that ends before one of its spaces', () => {
    assert.deepEqual([...phraseOpenings(['deputy chief of staff', 'mayor'])].sort(), ['deputy', 'deputy chief', 'deputy chief of'])
  })
  it('should give nothing for phrases of one word', () => assert.equal(phraseOpenings(['spokesman', 'aide']).size, 0))
})

describe('singleSpaced', () => {
  it('should make each run of white space one space', () => {
    assert.equal(singleSpaced('Ana  Ruiz'), 'Ana Ruiz')
    assert.equal(singleSpaced('Ana\nRuiz'), 'Ana Ruiz')
    assert.equal(singleSpaced('Ana\u00a0Ruiz,\t the mayor'), 'Ana Ruiz, the mayor')
  })
  it('should give a text with single spaces back as it is', () => {
    assert.equal(singleSpaced('the harbour master of Halden'), 'the harbour master of Halden')
    assert.equal(singleSpaced(''), '')
  })
})

describe('wordsOf, against the pattern it reads by', () => {
  // `wordsOf` as it was written with a pattern: the scan must give the same words for every text.
  const pattern = /(?:al|el|ad|an|ar|as|ash|at|az)-\s(?=\p{Lu})[\p{L}\p{M}\p{N}'’.-]+|[\p{L}\p{M}\p{N}_'’.][\p{L}\p{M}\p{N}_'’.-]*|[^\s\p{L}\p{M}\p{N}_]/gu
  const tenure = /^(?:([Tt]hen)-(?=\p{L})|([Ee]x)-(?=\p{Lu}))/u
  const byPattern = (text: string) =>
    [...text.matchAll(pattern)].flatMap((match) => {
      const prefix = tenure.exec(match[0])
      const word = prefix?.[1] ?? prefix?.[2]
      const parts = word ? [[match.index, word], [match.index + word.length + 1, match[0].slice(word.length + 1)]] as const : [[match.index, match[0]]] as const
      return parts.map(([start, value]) => {
        const text = value.length > 1 && value.endsWith('.') && !isAbbreviation(value) ? value.slice(0, -1) : value
        return { text, start, end: start + text.length }
      })
    })
  const pieces = ['a', 'l', 'e', 's', 'h', 'z', 'A', 'Ä', 'é', '\u0301', '٣', '7', '_', "'", '’', '.', '-', ',', '“', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '😀', '𝐀', '\ud800', 'al- ', 'ash-\u00a0', 'el-\n', 'then-', 'Ex-', 'Sen.', 'U.S.']
  // A fixed seed, so that a failure is the same on every run.
  let seed = 7
  const random = (below: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % below
  }

  it('should give the words the pattern gave, for 5,000 texts of awkward characters', () => {
    for (let round = 0; round < 5000; round += 1) {
      const text = Array.from({ length: 1 + random(14) }, () => pieces[random(pieces.length)]).join('')
      const scanned = wordsOf(text).map(({ text, start, end }) => ({ text, start, end }))
      assert.deepEqual(scanned, byPattern(text), JSON.stringify(text))
    }
  })
})

describe('tests of a word’s characters, against the patterns they stand for', () => {
  // Each test answers an ASCII character by its code and any other by the pattern; both must agree on every text.
  const references: Array<[string, (text: string) => unknown, (text: string) => unknown]> = [
    ['opensOnLowerCase', opensOnLowerCase, (text) => /^\p{Ll}/u.test(text)],
    ['opensOnCapital', opensOnCapital, (text) => /^\p{Lu}/u.test(text)],
    ['isLowerCaseWord', isLowerCaseWord, (text) => /^\p{Ll}+$/u.test(text)],
    ['hasLetterOrDigit', hasLetterOrDigit, (text) => /[\p{L}\p{N}]/u.test(text)],
    ['endsInSingleS', endsInSingleS, (text) => /[^s]s$/.test(text)],
    ['hasMarks', hasMarks, (text) => /['’.]/.test(text)],
    ['pieceCount', pieceCount, (text) => text.split(/\s+/).length],
    ['bareWord', bareWord, (text) => {
      const unpossessed = text.replace(/(?:’s|'s|’|')$/, '')
      return isAbbreviation(unpossessed) ? unpossessed : unpossessed.replace(/\.$/, '')
    }]
  ]
  // Lower case, capitals, a title-case letter (ǅ), letters outside the Basic Multilingual Plane, a lone surrogate, marks and spaces.
  const pieces = ['a', 'z', 's', 'ss', 'A', 'Z', 'S', '@', '[', '`', '{', '0', '٣', 'é', 'É', 'ß', 'ǅ', 'ı', '𝐚', '𝐀', '\ud835', "'", '’', '’s', "'s", '.', 'U.S.', ' ', '\n', '\u00a0', '\u3000', '-']
  let seed = 11
  const random = (below: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % below
  }
  const texts = ['', ...Array.from({ length: 5000 }, () => Array.from({ length: 1 + random(5) }, () => pieces[random(pieces.length)]).join(''))]
  for (const [name, test, reference] of references) {
    it(`should give what the pattern gives for ${name}, on 5,000 texts of awkward characters`, () => {
      for (const text of texts) assert.equal(test(text), reference(text), JSON.stringify(text))
    })
  }
  it('should read a few plain cases as a reader would', () => {
    assert.equal(opensOnLowerCase('étude'), true)
    assert.equal(opensOnCapital('Émile'), true)
    assert.equal(isLowerCaseWord('harbour'), true)
    assert.equal(isLowerCaseWord('harbour-master'), false)
    assert.equal(endsInSingleS('officials'), true)
    assert.equal(endsInSingleS('press'), false)
    assert.equal(bareWord('Ruizes’'), 'Ruizes')
    assert.equal(bareWord('Sen.'), 'Sen.')
    assert.equal(pieceCount('the new harbour master'), 4)
  })
})
