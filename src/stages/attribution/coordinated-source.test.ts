import { describe, expect, it } from 'vitest'
import { readings } from './testing.js'

/* The source of a cue coordinated with a saying (coordinated-source.ts), on sentences written for these tests. */
describe('a cue after `and` or `but`', () => {
  it('takes the subject of the main clause, not of a saying inside the claim before it', () => {
    expect(
      readings('Local farmers said they were alarmed by the floods and wanted to see the dam for themselves.'),
    ).toContainEqual(['Local farmers', 'wanted', 'to see the dam for themselves'])
    expect(
      readings('The minister said the ruling showed that the judges had erred and urged the court to reconsider.'),
    ).toContainEqual(['The minister', 'urged', 'the court to reconsider'])
  })

  it('goes on with the subject of an adverbial clause inside the claim', () => {
    expect(
      readings('The coach praised his rival after she attacked the referees and blamed the league for the loss.'),
    ).toContainEqual(['she', 'blamed', 'the league for the loss'])
  })
})

describe('a participle after a noun cue', () => {
  it('is said by the subject of its clause, not by the modifier read as the noun cue’s holder', () => {
    expect(
      readings(
        'In May, two farm unions granted the mill a delay on a court order to clean the river, saying its "funds were thinner than hoped."',
      ),
    ).toContainEqual(['two farm unions', 'saying', 'its "funds were thinner than hoped."'])
  })

  it('keeps a verb the tagger read as a noun after a plural subject', () => {
    expect(
      readings(
        'Some local growers fear that the mayor has missed a rare chance and warn that the river will flood again.',
      ),
    ).toContainEqual(['Some local growers', 'warn', 'the river will flood again'])
  })
})

describe('a participle after a sentence opened by an adverbial clause', () => {
  it('is said by the main clause’s subject, not the adverbial clause’s', () => {
    expect(
      readings(
        'When the senator did take the mogul on, he did it sideways, acknowledging that the mogul had tapped into anger.',
      ),
    ).toEqual([['he', 'acknowledging', 'the mogul had tapped into anger']])
  })
})

describe('a participle in a main clause after an opening adverbial clause with a saying', () => {
  it('is said by the main clause’s subject, not by the saying inside the adverbial clause', () => {
    expect(
      readings(
        'As the mayor hinted at new taxes, the governor stayed calm, telling reporters that the budget was sound.',
      ),
    ).toContainEqual(['the governor', 'telling', 'the budget was sound'])
  })

  it('finds the main clause after `Ever since`', () => {
    expect(
      readings('Ever since she endorsed the mayor this month, Ms. Lane has been a loyal ally, attacking the governor.'),
    ).toContainEqual(['Ms. Lane', 'attacking', 'the governor'])
  })

  it('finds the main clause after `After` opening a clause', () => {
    expect(
      readings('After the mayor criticized the plan, the governor shrugged, saying the plan was sound.'),
    ).toContainEqual(['the governor', 'saying', 'the plan was sound'])
  })
})

describe('a participle after a relative clause', () => {
  it('is said by the name the clause describes when adverbs stand before it', () => {
    expect(
      readings(
        'Lane, who relishes a fight with her rivals, was quiet in the first hour of the debate, not once naming the governor.',
      ),
    ).toContainEqual(['Lane', 'naming', 'the governor'])
  })
})

describe('a cue coordinated inside a relative clause', () => {
  it('is said by the relative pronoun, not by the main clause’s subject', () => {
    expect(
      readings(
        'Jo Roe recalled reading a study, which examined the failures of old farms and argued that modern farms could suffer the same fate.',
      ),
    ).toContainEqual(['which', 'argued', 'modern farms could suffer the same fate'])
  })
})

describe('a cue coordinated with a passive that names its agent', () => {
  it('is said by the passive’s subject, not by the agent after `by`', () => {
    expect(readings('Police officials were angered by the deal and predicted it would hurt morale.')).toContainEqual([
      'Police officials',
      'predicted',
      'it would hurt morale',
    ])
  })
})

describe('a cue coordinated in a main clause after an opening adverbial clause', () => {
  it('is said by the main clause’s subject, not by a saying inside the adverbial clause', () => {
    expect(
      readings('When my brother mentioned the storm to me, I laughed and said, "I don\'t believe in storms."'),
    ).toContainEqual(['I', 'said', "I don't believe in storms."])
  })
})
