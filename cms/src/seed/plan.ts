import { demoAreas } from './content/areas'
import { demoTopics, type DemoTopic } from './content/articles'

type PlannedArticle = {
  topic: DemoTopic
  title: string
  place: string
  publishedAt: Date
  status: 'published' | 'draft' | 'scheduled'
  /** When it was written and last changed: a published article at its publication, a coming one by `now`. */
  updatedAt: Date
}

const villages = demoAreas.filter((area) => area.kind === 'solectwo').map((area) => area.name)

/** The topic's date in a year, at 9:00 Warsaw time (07:00 or 08:00 UTC, near enough for demo data). */
const topicDate = (topic: DemoTopic, year: number): Date =>
  new Date(Date.UTC(year, topic.month - 1, topic.day, 8))

/**
 * Which demo articles exist, relative to `now`: every topic in each of the last three years in which its
 * date has passed (published), plus next occurrences of the first three upcoming topics, kept as two drafts
 * and one article scheduled to publish itself.
 */
export const planArticles = (now: Date): PlannedArticle[] => {
  const planned: PlannedArticle[] = []
  demoTopics.forEach((topic, index) => {
    const latestYear =
      topicDate(topic, now.getUTCFullYear()) <= now ? now.getUTCFullYear() : now.getUTCFullYear() - 1
    for (let back = 0; back < 3; back += 1) {
      const year = latestYear - back
      const place = villages[(index + back * 3) % villages.length]!
      planned.push({
        topic,
        title: topic.title(place, year),
        place,
        publishedAt: topicDate(topic, year),
        status: 'published',
        updatedAt: topicDate(topic, year),
      })
    }
  })
  const upcoming = demoTopics
    .map((topic, index) => ({ topic, index, date: topicDate(topic, now.getUTCFullYear() + 1) }))
    .map((entry) => {
      const thisYear = topicDate(entry.topic, now.getUTCFullYear())
      return thisYear > now ? { ...entry, date: thisYear } : entry
    })
    .sort((a, b) => a.date.getTime() - b.date.getTime())
    .slice(0, 3)
  upcoming.forEach(({ topic, index, date }, position) => {
    const place = villages[(index + 1) % villages.length]!
    const title = `${topic.title(place, date.getUTCFullYear())} (zapowiedź)`
    const status = position === 0 ? 'scheduled' : 'draft'
    planned.push({ topic, title, place, publishedAt: date, status, updatedAt: now })
  })
  return planned
}
