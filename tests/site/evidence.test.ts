import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { evidenceText } from '../../src/site/evidence.ts'

const span = (text: string) => ({ text, start: 0, end: text.length })
const speaker = { actorId: 'noor-haddad', name: 'Noor Haddad' }

describe('evidenceText', () => {
  it('should name the cue and the words that name the speaker', () => {
    assert.equal(evidenceText({ kind: 'statement', speaker, via: 'cue', cue: span('said'), mention: span('Noor Haddad') }), 'Said by Noor Haddad: the reporting words “said” have “Noor Haddad” as their subject.')
  })
  it('should say which pronoun was taken for whom', () => {
    assert.equal(evidenceText({ kind: 'statement', speaker, via: 'pronoun', cue: span('told'), mention: span('she') }), 'Said by Noor Haddad: the reporting words “told” have the pronoun “she” as their subject, taken to mean Noor Haddad.')
  })
  it('should list the candidates when the text does not say which of them speaks', () => {
    const candidates = [speaker, { actorId: 'omar-haddad', name: 'Omar Haddad' }]
    assert.equal(evidenceText({ kind: 'statement', speaker: null, cue: span('said'), candidates }), 'No speaker given: the text could mean Noor Haddad or Omar Haddad, and does not say which.')
  })
  it('should call a scare quote what it is', () => {
    assert.equal(evidenceText({ kind: 'scare', speaker: null, cue: null }), 'A term in quote marks that nobody is said to speak.')
  })
})
