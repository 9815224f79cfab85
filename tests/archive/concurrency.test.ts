import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { setTimeout as sleep } from 'node:timers/promises'
import { allEnded, forEachConcurrently } from '../../src/archive/concurrency.ts'

describe('forEachConcurrently', () => {
  it('should do every item, never more than the limit at once', async () => {
    const done: number[] = []
    let running = 0
    let most = 0
    await forEachConcurrently(Array.from({ length: 50 }, (_, index) => index), async (item) => {
      running += 1
      most = Math.max(most, running)
      await sleep(item % 3)
      running -= 1
      done.push(item)
    }, 4)
    assert.deepEqual([...done].sort((a, b) => a - b), Array.from({ length: 50 }, (_, index) => index))
    assert.equal(most, 4)
  })

  it('should read a generator only as lanes free up', async () => {
    let made = 0
    let finished = 0
    let mostAhead = 0
    function* items() {
      for (let index = 0; index < 20; index += 1) {
        made += 1
        mostAhead = Math.max(mostAhead, made - finished)
        yield index
      }
    }
    await forEachConcurrently(items(), async () => {
      await sleep(1)
      finished += 1
    }, 3)
    assert.equal(finished, 20)
    assert.equal(mostAhead, 3)
  })

  it('should start no item after a failure and throw the failure once the started items end', async () => {
    const started: number[] = []
    let ended = 0
    const failing = forEachConcurrently(Array.from({ length: 100 }, (_, index) => index), async (item) => {
      started.push(item)
      await sleep(item === 5 ? 0 : 5)
      ended += 1
      if (item === 5) throw new Error('item 5 is bad')
    }, 8)
    await assert.rejects(failing, /item 5 is bad/)
    assert.equal(ended, started.length)
    assert.equal(started.length, 8)
  })

  it('should do nothing with no items', async () => {
    let calls = 0
    await forEachConcurrently([], async () => void (calls += 1), 4)
    assert.equal(calls, 0)
  })
})

describe('allEnded', () => {
  it('should throw the first failure only once every task has ended', async () => {
    let slowEnded = false
    const slow = sleep(50).then(() => {
      slowEnded = true
    })
    await assert.rejects(allEnded([Promise.reject(new Error('disk full')), slow, Promise.reject(new Error('later'))]), /disk full/)
    assert.equal(slowEnded, true)
  })

  it('should end quietly when every task succeeds, or there are none', async () => {
    await allEnded([sleep(1), Promise.resolve('value')])
    await allEnded([])
  })
})
