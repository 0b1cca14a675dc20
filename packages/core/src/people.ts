import { writtenPeopleText } from './lang/ar/written-people.ts'

/**
 * People the news names (heads of state and government, ministers, speakers, central bankers, army chiefs, UN and Arab
 * League officials, leaders of parties and armed groups, athletes and coaches), written by this team from its own
 * knowledge, for `registerPeople`. Apart from the main entry point because of their weight: `parseArticle`'s bundle
 * has no room left under its ceiling.
 */
export const writtenPeople: string = writtenPeopleText
