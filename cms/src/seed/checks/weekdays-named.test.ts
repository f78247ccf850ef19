import { describe, expect, it } from 'vitest'
import { weekdaysNamed } from './weekdays-named'

describe('the days of the week a text names', () => {
  it.each([
    ['Zbiórka w sobotę o 9:00.', ['SA']],
    ['Spotkanie we wtorek.', ['TU']],
    ['W niedzielę zapraszamy.', ['SU']],
    ['Zajęcia w poniedziałki i środy.', ['MO', 'WE']],
    ['Próby w czwartki o 18:00.', ['TH']],
    ['Nauka gry w szachy co dwa tygodnie w sobotę.', ['SA']],
    ['W sobotę i niedzielę stoiska z rękodziełem.', ['SA', 'SU']],
    ['Dyżur w środę, czwartek lub piątek.', ['WE', 'TH', 'FR']],
    ['Sklep czynny w soboty, a w piątki dłużej.', ['SA', 'FR']],
    ['Obiad co piątek.', ['FR']],
  ])('"%s" names %j', (text, days) => {
    expect([...weekdaysNamed(text)].sort()).toEqual([...days].sort())
  })

  it.each([
    'Zajęcia od poniedziałku do piątku w godzinach 10:00–14:00.',
    'Zapisy drużyn do czwartku przed turniejem.',
    'Wielka Sobota, Wielki Piątek',
    'Pierwszego dnia każdego miesiąca.',
    'Nowa świetlica w Dębinie.',
  ])('"%s" names no day it happens on', (text) => {
    expect([...weekdaysNamed(text)]).toEqual([])
  })
})
