import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { chartHeight, chartWidth, monthsBetween, quotesPerMonth, rankedBars, shareBar } from '../../src/site/charts.ts'

describe('monthsBetween', () => {
  it('should list every month across a year’s end', () => {
    assert.deepEqual(monthsBetween('2023-11', '2024-02'), ['2023-11', '2023-12', '2024-01', '2024-02'])
  })
})

describe('quotesPerMonth', () => {
  it('should count each month’s quotes, the busiest month full height, and count dates without a month apart', () => {
    const chart = quotesPerMonth(['2024-01-05', '2024-01-20', '2024-03-01', '2024', undefined], monthsBetween('2024-01', '2024-03'))
    assert.deepEqual(chart.bars.map((bar) => [bar.label, bar.value]), [['2024-01', 2], ['2024-02', 0], ['2024-03', 1]])
    assert.equal(chart.bars[0]?.height, chartHeight)
    assert.equal(chart.bars[2]?.height, chartHeight / 2)
    assert.equal(chart.unplaced, 2)
    assert.equal(chart.busiest?.label, '2024-01')
    assert.equal(chart.total, 3)
  })
})

describe('shareBar', () => {
  it('should cut the width into each part’s share', () => {
    const segments = shareBar([{ key: 'named', label: 'Named', value: 3 }, { key: 'unnamed', label: 'Unnamed', value: 1 }])
    assert.deepEqual(segments.map((segment) => [segment.share, segment.x, segment.width]), [[75, 0, chartWidth * 0.75], [25, chartWidth * 0.75, chartWidth * 0.25]])
  })
  it('should draw nothing of a whole of none', () => {
    assert.deepEqual(shareBar([{ key: 'named', label: 'Named', value: 0 }]).map((segment) => [segment.share, segment.width]), [[0, 0]])
  })
})

describe('rankedBars', () => {
  it('should make the largest value the longest bar and the others in proportion', () => {
    const chart = rankedBars([{ label: 'Ana Ruiz', value: 10 }, { label: 'Tom Lee', value: 5 }])
    assert.equal((chart.bars[1]?.width ?? 0) * 2, chart.bars[0]?.width)
  })
})
