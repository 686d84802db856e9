import { describe, expect, it } from 'vitest'
import { addMonths, dayRange, isoWeek, monthNumber, parseDay } from './calendar.js'

describe('calendar', () => {
  it('numbers ISO weeks by their Thursday, across year ends', () => {
    expect(isoWeek({ year: 2021, month: 10, day: 12 })).toBe('2021-W41')
    expect(isoWeek({ year: 2021, month: 1, day: 1 })).toBe('2020-W53')
    expect(isoWeek({ year: 2024, month: 12, day: 30 })).toBe('2025-W01')
  })

  it('reads month names and abbreviations', () => {
    expect(['Oct.', 'Sept', 'May', 'December', 'Jun.'].map(monthNumber)).toEqual([10, 9, 5, 12, 6])
    expect(monthNumber('Ma')).toBe(0)
  })

  it('parses the date of an ISO date-time and rejects impossible days', () => {
    expect(parseDay('2021-10-12T08:30:00Z')).toEqual({ year: 2021, month: 10, day: 12 })
    expect(parseDay('2021-02-30')).toBeNull()
    expect(parseDay(null)).toBeNull()
  })

  it('moves months across years', () => {
    expect(addMonths(2021, 1, -1)).toEqual({ year: 2020, month: 12 })
    expect(addMonths(2021, 12, 1)).toEqual({ year: 2022, month: 1 })
  })

  it('gives the days an ISO value names, with its grain', () => {
    expect(dayRange('2021-W41')).toEqual({
      first: { year: 2021, month: 10, day: 11 },
      last: { year: 2021, month: 10, day: 17 },
      grain: 'week',
    })
    expect(dayRange('2024-02')?.last).toEqual({ year: 2024, month: 2, day: 29 })
    expect(dayRange('2019')?.grain).toBe('year')
    expect(dayRange('2021-10-11')?.grain).toBe('day')
    expect(dayRange('2021-SU')).toBeNull()
    expect(dayRange('199')).toBeNull()
  })
})
