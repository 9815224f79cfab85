/**
 * Well-known news agencies and outlets, with the other names articles use for
 * them. Agencies from Wikipedia's "List of news agencies"; outlets from the
 * Reuters Institute Digital News Report's most-cited brands. Outlets missing
 * here are still found by the shape of their names (see `outletWords`).
 */
import type { SourceKind } from '../../types.ts'

export interface KnownOutlet {
  name: string
  kind: Exclude<SourceKind, 'document'>
  aliases: readonly string[]
}

export const knownOutlets: readonly KnownOutlet[] = [
  { name: 'Reuters', kind: 'agency', aliases: ['REUTERS', 'Thomson Reuters'] },
  { name: 'Associated Press', kind: 'agency', aliases: ['AP', 'The Associated Press', 'AP Photo'] },
  { name: 'Agence France-Presse', kind: 'agency', aliases: ['AFP', 'Agence France Presse', 'AFP Photo'] },
  { name: 'dpa', kind: 'agency', aliases: ['DPA', 'Deutsche Presse-Agentur'] },
  { name: 'EFE', kind: 'agency', aliases: ['Agencia EFE'] },
  { name: 'ANSA', kind: 'agency', aliases: [] },
  { name: 'Kyodo News', kind: 'agency', aliases: ['Kyodo'] },
  { name: 'Xinhua', kind: 'agency', aliases: ['Xinhua News Agency'] },
  { name: 'TASS', kind: 'agency', aliases: ['ITAR-TASS'] },
  { name: 'RIA Novosti', kind: 'agency', aliases: [] },
  { name: 'Interfax', kind: 'agency', aliases: [] },
  { name: 'Anadolu Agency', kind: 'agency', aliases: ['Anadolu'] },
  { name: 'Yonhap', kind: 'agency', aliases: ['Yonhap News Agency'] },
  { name: 'Press Trust of India', kind: 'agency', aliases: ['PTI'] },
  { name: 'Bloomberg', kind: 'agency', aliases: ['Bloomberg News'] },
  { name: 'United Press International', kind: 'agency', aliases: ['UPI'] },
  { name: 'Canadian Press', kind: 'agency', aliases: ['The Canadian Press'] },
  { name: 'Australian Associated Press', kind: 'agency', aliases: ['AAP'] },
  { name: 'Getty Images', kind: 'agency', aliases: ['Getty'] },
  { name: 'European Pressphoto Agency', kind: 'agency', aliases: ['EPA', 'EPA-EFE'] },
  { name: 'Shutterstock', kind: 'agency', aliases: ['Rex/Shutterstock', 'REX'] },
  { name: 'Alamy', kind: 'agency', aliases: [] },
  { name: 'IRNA', kind: 'agency', aliases: ['Islamic Republic News Agency'] },
  { name: 'WAFA', kind: 'agency', aliases: [] },
  { name: 'MENA', kind: 'agency', aliases: ['Middle East News Agency'] },
  { name: 'BBC', kind: 'outlet', aliases: ['BBC News', 'the BBC', 'British Broadcasting Corporation'] },
  { name: 'CNN', kind: 'outlet', aliases: [] },
  { name: 'NPR', kind: 'outlet', aliases: ['National Public Radio'] },
  { name: 'PBS', kind: 'outlet', aliases: [] },
  { name: 'ABC News', kind: 'outlet', aliases: ['ABC'] },
  { name: 'CBS News', kind: 'outlet', aliases: ['CBS'] },
  { name: 'NBC News', kind: 'outlet', aliases: ['NBC'] },
  { name: 'Fox News', kind: 'outlet', aliases: [] },
  { name: 'MSNBC', kind: 'outlet', aliases: [] },
  { name: 'Sky News', kind: 'outlet', aliases: [] },
  { name: 'Al Jazeera', kind: 'outlet', aliases: ['Al-Jazeera', 'Aljazeera'] },
  { name: 'Al Arabiya', kind: 'outlet', aliases: ['Al-Arabiya'] },
  { name: 'Asharq Al-Awsat', kind: 'outlet', aliases: ['Asharq al-Awsat', 'Asharq Alawsat'] },
  { name: 'Deutsche Welle', kind: 'outlet', aliases: ['DW'] },
  { name: 'France 24', kind: 'outlet', aliases: [] },
  { name: 'Euronews', kind: 'outlet', aliases: [] },
  { name: 'RT', kind: 'outlet', aliases: ['Russia Today'] },
  { name: 'Voice of America', kind: 'outlet', aliases: ['VOA'] },
  { name: 'Radio Free Europe/Radio Liberty', kind: 'outlet', aliases: ['RFE/RL'] },
  { name: 'The New York Times', kind: 'outlet', aliases: ['New York Times', 'NYT'] },
  { name: 'The Washington Post', kind: 'outlet', aliases: ['Washington Post'] },
  { name: 'The Wall Street Journal', kind: 'outlet', aliases: ['Wall Street Journal', 'WSJ'] },
  { name: 'USA Today', kind: 'outlet', aliases: [] },
  { name: 'Los Angeles Times', kind: 'outlet', aliases: ['LA Times'] },
  { name: 'Politico', kind: 'outlet', aliases: [] },
  { name: 'Axios', kind: 'outlet', aliases: [] },
  { name: 'The Hill', kind: 'outlet', aliases: [] },
  { name: 'Breitbart', kind: 'outlet', aliases: ['Breitbart News'] },
  { name: 'HuffPost', kind: 'outlet', aliases: ['Huffington Post'] },
  { name: 'BuzzFeed News', kind: 'outlet', aliases: ['BuzzFeed'] },
  { name: 'Vox', kind: 'outlet', aliases: [] },
  { name: 'ProPublica', kind: 'outlet', aliases: [] },
  { name: 'The Atlantic', kind: 'outlet', aliases: [] },
  { name: 'The New Yorker', kind: 'outlet', aliases: [] },
  { name: 'Newsweek', kind: 'outlet', aliases: [] },
  { name: 'The Guardian', kind: 'outlet', aliases: [] },
  { name: 'The Times', kind: 'outlet', aliases: [] },
  { name: 'The Daily Telegraph', kind: 'outlet', aliases: ['The Telegraph'] },
  { name: 'The Independent', kind: 'outlet', aliases: [] },
  { name: 'Financial Times', kind: 'outlet', aliases: ['FT', 'The Financial Times'] },
  { name: 'The Economist', kind: 'outlet', aliases: [] },
  { name: 'Daily Mail', kind: 'outlet', aliases: ['Mail Online', 'MailOnline'] },
  { name: 'Le Monde', kind: 'outlet', aliases: [] },
  { name: 'Le Figaro', kind: 'outlet', aliases: [] },
  { name: 'Der Spiegel', kind: 'outlet', aliases: [] },
  { name: 'Die Zeit', kind: 'outlet', aliases: [] },
  { name: 'Bild', kind: 'outlet', aliases: [] },
  { name: 'El País', kind: 'outlet', aliases: ['El Pais'] },
  { name: 'Corriere della Sera', kind: 'outlet', aliases: [] },
  { name: 'Haaretz', kind: 'outlet', aliases: [] },
  { name: 'The Times of Israel', kind: 'outlet', aliases: ['Times of Israel'] },
  { name: 'The Jerusalem Post', kind: 'outlet', aliases: ['Jerusalem Post'] },
  { name: 'Ynet', kind: 'outlet', aliases: ['Ynetnews'] },
  { name: 'The Hindu', kind: 'outlet', aliases: [] },
  { name: 'The Times of India', kind: 'outlet', aliases: ['Times of India'] },
  { name: 'South China Morning Post', kind: 'outlet', aliases: ['SCMP'] },
  { name: 'The Japan Times', kind: 'outlet', aliases: ['Japan Times'] },
  { name: 'NHK', kind: 'outlet', aliases: [] },
  { name: 'Kommersant', kind: 'outlet', aliases: [] },
  { name: 'The Sydney Morning Herald', kind: 'outlet', aliases: ['Sydney Morning Herald'] },
  { name: 'The Globe and Mail', kind: 'outlet', aliases: ['Globe and Mail'] },
  { name: 'CBC News', kind: 'outlet', aliases: ['CBC'] },
  { name: 'Al-Monitor', kind: 'outlet', aliases: [] },
  { name: 'Press TV', kind: 'outlet', aliases: [] },
  { name: 'Daily Star', kind: 'outlet', aliases: ['The Daily Star'] },
  { name: 'Gulf News', kind: 'outlet', aliases: [] },
  { name: 'Arab News', kind: 'outlet', aliases: [] }
]

/**
 * Words that make a capitalised name an outlet's ("The Springfield Herald",
 * "Channel 4 News"), so outlets not listed above are still recognised.
 */
export const outletWords: readonly string[] = [
  'Times', 'Post', 'Journal', 'News', 'Herald', 'Tribune', 'Telegraph', 'Gazette', 'Guardian', 'Observer', 'Express',
  'Mail', 'Mirror', 'Standard', 'Chronicle', 'Examiner', 'Inquirer', 'Courier', 'Bulletin', 'Dispatch', 'Register',
  'Star', 'Sun', 'Daily', 'Weekly', 'Magazine', 'Review', 'Radio', 'Television', 'TV', 'Broadcasting', 'Channel',
  'Press', 'Wire', 'Monitor', 'Insider', 'Today', 'Post-Dispatch', 'Agency'
]

/** Words that make a name a wire agency's rather than an outlet's. */
export const agencyWords: readonly string[] = ['Agency', 'Agence', 'Agentur', 'Press Association', 'Wire']
