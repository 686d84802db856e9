import { describe, expect, it } from 'vitest'
import { partsOf, readings } from './testing.js'

/*
 * Frame rules (frames.ts) on sentences written for these tests, through the real tokens stage.
 */
const show = readings

describe('the claim of a saying that opens its paragraph', () => {
  it('is read after the cue, not from a quotation closing the paragraph before', () => {
    const text =
      'He says the mayor "knows the rules well. Still, he goes after the honest."\n\n' +
      'Lee said the mayor\'s words and actions "amount to a threat to the town."'
    expect(show(text)).toEqual([
      ['He', 'says', 'the mayor "knows the rules well. Still, he goes after the honest."'],
      ['Lee', 'said', 'the mayor\'s words and actions "amount to a threat to the town."'],
    ])
  })
})

const contents = (text: string) => partsOf(text, 'content')

describe('a quote before an inverted source', () => {
  it('is the claim, not the words that describe the saying after the source', () => {
    // `when asked about the game` is a question put to him, a claim of its own (put-question.ts).
    expect(contents('"It was a long night," said the coach when asked about the game.')).toEqual([
      'It was a long night,',
      'the game',
    ])
  })

  it('gives way to a clause that a colon opens after the source', () => {
    expect(contents('"Listen," said the coach: the team had trained for months.')).toEqual([
      'the team had trained for months',
    ])
  })
})

describe('the topic a saying was about', () => {
  it('stands between the two parts of a quote it interrupts: "A," he said of X, "B."', () => {
    const text = '"I cannot say how they decided," he said of the voters in the hall, "but I know they came."'
    expect(contents(text)).toEqual([
      'I cannot say how they decided," he said of the voters in the hall, "but I know they came.',
    ])
  })

  it('comes before the clause its "that" opens: said of X that C', () => {
    expect(contents('The mayor said of the plan that it would fail.')).toEqual(['it would fail'])
  })
})

describe('a quote broken by its attribution and a place', () => {
  it('reads on past a place with its state: "A," X said at a rally in Dayton, Ohio, "B."', () => {
    const text = '"I think the host will be fair," Lane said during a rally in Dayton, Ohio, "but many will watch."'
    expect(contents(text)).toEqual([
      'I think the host will be fair," Lane said during a rally in Dayton, Ohio, "but many will watch.',
    ])
  })
})

describe('a quote after an attribution set off by commas', () => {
  it('takes in the one stretch before it, but not a setting of several', () => {
    // PolNeAR train: 5 claims mended, none lost.
    const one = 'The roads were empty, the mayor said, "but we went on."'
    expect(partsOf(one, 'content')).toEqual(['The roads were empty, the mayor said, "but we went on.'])
    const several = 'The council met late, and after the vote was delayed, the mayor said, "We will fix the roads."'
    expect(partsOf(several, 'content')).toEqual(['We will fix the roads.'])
  })
})

describe('the audience of a saying', () => {
  it('is not the claim: "C," she explained to the crowd', () => {
    expect(contents('"The bridge opens in May," the mayor explained to the crowd.')).toEqual([
      'The bridge opens in May,',
    ])
    expect(contents('"The bridge opens in May," the mayor wrote to supporters.')).toEqual(['The bridge opens in May,'])
  })
})

describe('a participle opening its sentence', () => {
  const opening = (text: string) => readings(text).find((r) => /ing$/.test(r[1] ?? ''))
  it('is said by the subject after its comma', () => {
    expect(opening('Citing a leaked memo, the senator repeatedly accused the agency of hiding its losses.')).toEqual([
      'the senator',
      'Citing',
      'a leaked memo',
    ])
  })

  it('finds that subject past a quotation closing after the comma', () => {
    expect(opening('Bemoaning the "rigged system," the governor attacked the board.')?.slice(0, 2)).toEqual([
      'the governor',
      'Bemoaning',
    ])
  })
})

describe('a quote that ends its own sentence before a saying', () => {
  it('is no first part of the next quote: "A." She adds, "B."', () => {
    const text = '"The bridge is safe for now." She adds, "Who will pay for the next repair?"'
    expect(contents(text)).toEqual(['Who will pay for the next repair?'])
  })

  it('still joins a quote broken by its attribution', () => {
    expect(contents('"We are ready," she said, "and we will win."')).toEqual([
      'We are ready," she said, "and we will win.',
    ])
  })
})

describe('a phrase after a cue that follows its claim', () => {
  it('is how the claim was said, not the claim: "C," she said with a grin', () => {
    expect(contents('"The ferry will run again by spring," the harbor master said with a grin.')).toEqual([
      'The ferry will run again by spring,',
    ])
  })

  it('is still the claim of a cue with no claim before it: called for X', () => {
    expect(contents('The union called for higher wages at the port.')).toEqual(['higher wages at the port'])
  })
})

describe('an adverb opening the sentence before an interrupting saying', () => {
  it('leaves the claim to the clause after the saying', () => {
    expect(contents('Instead, she said, the county will pay for the new roof.')).toEqual([
      'the county will pay for the new roof',
    ])
  })
})

describe('a phrase opening the sentence that only sets the scene (`Since then,`, `On Friday,`)', () => {
  it('is no claim of a cue after its subject', () => {
    expect(contents('Since then, the council has responded by hiring more inspectors.')).toEqual([])
    expect(contents('On Friday, the closure of the plant was announced.')).toEqual([])
  })

  it('leaves the claim to the words after the cue', () => {
    expect(
      contents(
        "Beyond the tax plan, the mayor's office has blasted out a stream of press releases attacking the union.",
      ),
    ).toEqual(['a stream of press releases attacking the union'])
  })

  it('is still the claim when it is a clause or nothing follows the cue', () => {
    expect(contents('People like her neighbours, he said.')).toEqual(['People like her neighbours'])
    expect(contents('After the storm, the pier was unsafe, the harbour master said.')).toEqual([
      'After the storm, the pier was unsafe',
    ])
  })
})

describe('the phrase after a cue', () => {
  it('is no inverted source when a verb follows it: X, a pilot, said he would C', () => {
    // The tagger reads `Banks` as a verb, so no subject is found before the cue.
    const text =
      'Over the weekend the council met again. Rob Banks, a harbour pilot, said he would oppose the dredging plan.'
    expect(show(text)).toEqual([['Rob Banks, a harbour pilot', 'said', 'he would oppose the dredging plan']])
  })

  it('is still the source of a quote before it: "C," said X, a nurse', () => {
    expect(show('"We will not give up the fight," said Ana Ortiz, a nurse at the county hospital.')).toEqual([
      ['Ana Ortiz', 'said', 'We will not give up the fight,'],
    ])
  })
})

describe('a participle after a relative clause set off by commas', () => {
  it('goes with the subject the clause describes: X, who ..., V, saying C', () => {
    const text =
      'Jo Roe, who has run the harbour board since 2010, kept to her plan at first but later turned against it, eventually saying the pier should close.'
    expect(show(text)).toEqual([['Jo Roe', 'saying', 'the pier should close']])
  })

  it('does not take the source of a saying inside the clause: V the builder, who said C, saying D', () => {
    const text =
      'The mayor faulted the builder, who said the delays were caused by the rain, saying the firm had ignored every deadline.'
    expect(show(text)).toEqual([
      ['who', 'said', 'the delays were caused by the rain'],
      ['The mayor', 'saying', 'the firm had ignored every deadline'],
    ])
  })
})

describe('the subject before a cue', () => {
  it('is the phrase before a floated quantifier: X and Y have both argued', () => {
    expect(show('The mayor and the harbour master have both argued that the pier should close.')).toEqual([
      ['The mayor and the harbour master', 'argued', 'the pier should close'],
    ])
  })

  it('runs from the phrase a participle follows: X speaking to the paper said', () => {
    expect(show('A union official speaking to the local paper said the strike would go on.')).toEqual([
      ['A union official speaking to the local paper', 'said', 'the strike would go on'],
    ])
    expect(show('Dock workers marching through the old town chanted that the port must stay open.')).toEqual([
      ['Dock workers marching through the old town', 'chanted', 'the port must stay open'],
    ])
  })
})

describe('an age set off by commas after a name', () => {
  it('is no subject of its own: X, 58, who ..., says C', () => {
    expect(
      show('Jo Roe, 58, who runs a bakery on the quay, says she has lost half her trade since the spring.'),
    ).toEqual([['Jo Roe, 58, who runs a bakery on the quay', 'says', 'she has lost half her trade since the spring']])
    expect(show('Sam Ives, 22, of Dover, said he would vote for the first time.')).toEqual([
      ['Sam Ives, 22, of Dover', 'said', 'he would vote for the first time'],
    ])
  })
})

describe('a participle after a quotation that closes on a comma', () => {
  it('is said by the subject of the clause: X called it "Q," telling reporters C', () => {
    const text =
      'The mayor called the new toll "a tax on the poor," telling reporters that she would fight it in court.'
    expect(show(text)).toContainEqual(['The mayor', 'telling', 'she would fight it in court'])
  })
})

describe('a perfect participle opening the sentence', () => {
  it('is said by the subject after it, not by `Having` read as a name', () => {
    expect(
      show('Having announced that he would not close the port, the mayor went on to cut the budget.'),
    ).toContainEqual(['the mayor', 'announced', 'he would not close the port'])
  })
})

describe('a subject set off from its cue by an insertion between dashes', () => {
  const sources = (text: string) => partsOf(text, 'source')

  it('is the phrase before a spaced hyphen, not the last words of the insertion', () => {
    expect(sources('The mayor - in a speech aimed at his critics - declared that the budget was balanced.')).toEqual([
      'The mayor - in a speech aimed at his critics',
    ])
  })

  it('is the phrase before a horizontal bar', () => {
    expect(sources('The report ― which draws on several surveys ― explains how the rule changed.')).toEqual([
      'The report ― which draws on several surveys',
    ])
  })
})

describe('a subject described by a relative clause with commas of its own', () => {
  const sources = (text: string) => partsOf(text, 'source')

  it('is the name before the clause, not a place or a name inside it', () => {
    expect(
      sources('Sara Diaz, who lost her son in a crash in Dayton, Ohio, in July 2012, said the road was unsafe.'),
    ).toEqual(['Sara Diaz, who lost her son in a crash in Dayton, Ohio, in July 2012'])
    expect(sources('Ann Fox, whose latest company, Brightline, sells solar panels, said the tax was unfair.')).toEqual([
      'Ann Fox, whose latest company, Brightline, sells solar panels',
    ])
  })
})

describe('a quote before a subject and its cue, with words after the cue that describe the saying', () => {
  it('is the claim, not a `when` clause after the audience', () => {
    expect(
      contents(
        '"That is a fair worry, because they are very loyal," Ann Lee, 69, told reporters when asked about the vote.',
      ),
    ).toContain('That is a fair worry, because they are very loyal,')
  })

  it('is the claim, not a participle after the audience', () => {
    expect(
      contents('"Everything we are doing is wrong," the mayor told a meeting being held in a church in Dayton.'),
    ).toEqual(['Everything we are doing is wrong,'])
  })

  it('gives way to a clause of its own after the cue', () => {
    expect(contents('"The plan failed." The council said it would vote again next week.')).toContain(
      'it would vote again next week',
    )
  })
})

describe('a place or medium after the cue that opens with a possessive', () => {
  it('is skipped to the clause after `that`, not taken for a sign the claim came before', () => {
    expect(
      show('Shortly afterward, the senator said on his official Twitter feed that he was referring to the mayor.'),
    ).toEqual([['the senator', 'said', 'he was referring to the mayor']])
  })
})

describe('an opener that sets a time by an event (`Minutes after the vote began,`)', () => {
  it('is no claim: the words after the cue are', () => {
    expect(
      contents('Minutes after the voting began, the chairman announced four votes for the mayor and two abstentions.'),
    ).toEqual(['four votes for the mayor and two abstentions'])
  })
})

describe('a subject whose insertion holds a quoted title', () => {
  const sources = (text: string) => partsOf(text, 'source')

  it('is the name before the insertion, not the words after the cue', () => {
    expect(
      sources(
        'Jo Hemsley, the author of "Going Viral," about the spread of rumors, said the days of one shared story were over.',
      ),
    ).toEqual(['Jo Hemsley, the author of "Going Viral," about the spread of rumors'])
  })
})

describe('an infinitive cue after the object of a verb of causing or asking', () => {
  it('is said by the object', () => {
    expect(show('The timing of the debate led Republicans to say that the party was hiding its candidate.')).toEqual([
      ['Republicans', 'say', 'the party was hiding its candidate'],
    ])
  })
})

describe('a saying in an `as` clause opening its sentence', () => {
  it('claims the main clause after the comma, not the `as` clause', () => {
    expect(show('As the mayor noted on Monday, the budget is short.')).toEqual([
      ['the mayor', 'noted', 'the budget is short'],
    ])
    expect(contents('As one reader pointed out with a neat chart, the gap between the two plans is huge.')).toEqual([
      'the gap between the two plans is huge',
    ])
  })

  it('passes over an audience, a leading `but` and a hyphenated word in the setting', () => {
    expect(contents('As she told the local paper, the plant will close in May.')).toEqual([
      'the plant will close in May',
    ])
    expect(contents('But as the paper noted in an op-ed Thursday, the mayor has earned a few fans.')).toEqual([
      'the mayor has earned a few fans',
    ])
  })
})

describe('a day and its part after the cue', () => {
  it('is the time of the saying, neither its object nor its claim', () => {
    expect(
      contents('In addition, the city will release more records soon, a spokesman announced Monday morning.'),
    ).toEqual(['In addition, the city will release more records soon'])
    expect(contents('The mayor announced Tuesday night that the bridge would reopen.')).toEqual([
      'the bridge would reopen',
    ])
  })
})

describe('a time phrase between the cue and its claim', () => {
  it('is the time of the saying', () => {
    expect(contents('The mayor said last week that the bridge would reopen.')).toEqual(['the bridge would reopen'])
    expect(contents('The mayor told reporters earlier this month she would run again.')).toEqual([
      'she would run again',
    ])
    expect(contents('The mayor vowed last month to rebuild the bridge.')).toEqual(['to rebuild the bridge'])
  })
})

describe('a quote resumed after an inverted source and its description', () => {
  it('joins the two parts when the second opens in lower case', () => {
    expect(
      contents('"The risk," said Jo Roe, an economist at the state university, "is that workers will leave."'),
    ).toEqual(['The risk," said Jo Roe, an economist at the state university, "is that workers will leave.'])
  })

  it('leaves a quote opening in capitals, a title or a new claim, to itself', () => {
    expect(contents('"It was a good year," said Jo Roe, author of the book "Farm Towns."')[0]).toBe(
      'It was a good year,',
    )
  })
})

describe('`when` and a participle after the cue', () => {
  it('sets the scene of the saying; the claim is the quote before it', () => {
    expect(contents('"It was a good year," Lee said when asked about the budget.')[0]).toBe('It was a good year,')
  })
})

describe('a place or manner of saying between the cue and its clause', () => {
  it('is skipped: "told aides behind closed doors that C", "said outside the court that C"', () => {
    expect(contents('The mayor told aides behind closed doors that the plan had failed.')).toEqual([
      'the plan had failed',
    ])
    expect(contents('She said outside the court that she would appeal.')).toEqual(['she would appeal'])
    expect(contents('He warned, however, that a slowdown in Asia, where rivals cut prices, would hurt sales.')).toEqual(
      ['a slowdown in Asia, where rivals cut prices, would hurt sales'],
    )
  })
})
