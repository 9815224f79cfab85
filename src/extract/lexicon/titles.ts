/**
 * Words for people's roles. Honorifics and titles come from news style guides
 * (AP Stylebook "titles", Reuters handbook "courtesy titles").
 */

/** Courtesy titles and ranks that stand before a name and are not part of it. */
export const honorifics: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady',
  'Gen', 'General', 'Lt', 'Lieutenant', 'Col', 'Colonel', 'Maj', 'Major', 'Capt', 'Captain', 'Cmdr', 'Commander',
  'Adm', 'Admiral', 'Sgt', 'Sergeant', 'Cpl', 'Corporal', 'Pvt', 'Private', 'Marshal', 'Brig', 'Brigadier',
  'Sen', 'Senator', 'Rep', 'Representative', 'Congressman', 'Congresswoman', 'Councilman', 'Councilwoman', 'Councillor', 'Councilor', 'Alderman', 'Assemblyman', 'Assemblywoman', 'Gov', 'Governor', 'Mayor', 'Judge', 'Justice',
  'President', 'Vice President', 'Prime Minister', 'Premier', 'Chancellor', 'Minister', 'Secretary', 'Ambassador',
  'King', 'Queen', 'Prince', 'Princess', 'Emir', 'Sheikh', 'Sheik', 'Sultan', 'Crown Prince',
  'Pope', 'Cardinal', 'Bishop', 'Archbishop', 'Rev', 'Reverend', 'Father', 'Rabbi', 'Imam', 'Ayatollah',
  'Chairman', 'Chairwoman', 'Chair', 'Director', 'Speaker', 'Deputy', 'Leader', 'Commissioner', 'Inspector', 'Detective', 'Officer', 'Chief',
  'Executive', 'Chief Executive', 'CEO', 'CFO', 'COO', 'Founder', 'Editor', 'Coach', 'Manager', 'Head', 'Envoy', 'Spokesman', 'Spokeswoman',
  'Spokesperson', 'Attorney General', 'Solicitor General', 'Treasurer', 'Dean', 'Provost', 'Superintendent', 'Sheriff', 'Constable',
  // Members of the parliaments of the UK, Ireland and the EU, in the BBC's and the Guardian's style: "Labour MP Ana Ruiz".
  'MP', 'MEP', 'MSP', 'MLA', 'TD'
]

/** Honorifics whose person is female or male, for pronoun agreement. */
export const femaleHonorifics: ReadonlySet<string> = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'chairwoman', 'congresswoman', 'councilwoman', 'assemblywoman'])
export const maleHonorifics: ReadonlySet<string> = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'pope', 'sultan', 'emir', 'chairman', 'congressman', 'councilman', 'assemblyman', 'alderman'])

/**
 * The words that the abbreviated titles of the style guides stand for
 * ("Sen. Ana Ruiz" is "the senator"), so that a description can mean who
 * holds one.
 */
export const titleAbbreviations: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'], ['lt', 'lieutenant'], ['sen', 'senator'], ['rep', 'representative'], ['gen', 'general'],
  ['col', 'colonel'], ['maj', 'major'], ['capt', 'captain'], ['cmdr', 'commander'], ['adm', 'admiral'], ['sgt', 'sergeant'],
  ['cpl', 'corporal'], ['pvt', 'private'], ['brig', 'brigadier'], ['dr', 'doctor'], ['prof', 'professor'], ['rev', 'reverend'],
  ['supt', 'superintendent'], ['atty', 'attorney'], ['amb', 'ambassador']
])

/**
 * Nouns naming a person by role. "a spokesman", "the official", "the Chilean
 * president": an unnamed speaker is described with one of these.
 */
export const roleNouns: readonly string[] = [
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'source', 'sources',
  'diplomat', 'diplomats', 'minister', 'president', 'vice president', 'prime minister', 'secretary', 'ambassador', 'envoy',
  'commander', 'general', 'officer', 'soldier', 'analyst', 'expert', 'researcher', 'scholar', 'professor', 'lecturer',
  'aide', 'adviser', 'advisor', 'lawmaker', 'legislator', 'senator', 'congressman', 'congresswoman', 'mayor', 'governor',
  'leader', 'chief', 'head', 'director', 'chairman', 'chairwoman', 'executive', 'witness', 'resident', 'activist',
  'journalist', 'reporter', 'correspondent', 'lawyer', 'attorney', 'prosecutor', 'judge', 'doctor', 'nurse', 'worker', 'employee', 'member', 'negotiator',
  'investigator', 'police officer', 'policeman', 'policewoman', 'monitor', 'observer',
  'authorities', 'administration', 'government', 'ministry', 'department', 'agency', 'group', 'organization', 'organisation',
  'colleague', 'ally', 'insider', 'staffer', 'student', 'teacher', 'parent', 'voter', 'supporter', 'critic', 'opponent',
  'campaigner', 'protester', 'owner', 'manager', 'economist', 'scientist', 'engineer', 'farmer', 'villager', 'survivor', 'victim',
  'neighbor', 'neighbour', 'relative', 'cousin', 'sibling', 'friend', 'actress', 'actor', 'woman', 'man', 'mother', 'father', 'wife', 'husband',
  'daughter', 'son', 'sister', 'brother', 'host', 'anchor', 'moderator', 'candidate', 'nominee', 'businessman', 'businesswoman', 'lawyer', 'cardiologist', 'physician', 'surgeon', 'coach', 'player', 'fan',
  'rival', 'frontrunner', 'front-runner', 'challenger', 'hopeful', 'contender', 'incumbent', 'pollster', 'strategist', 'consultant', 'commentator', 'columnist', 'blogger', 'historian', 'author', 'writer', 'editor',
  'founder', 'co-founder', 'treasurer', 'delegate', 'organizer', 'organiser', 'pastor', 'priest', 'rabbi', 'imam', 'retiree',
  'veteran', 'commissioner', 'sheriff', 'detective', 'counsel', 'advocate', 'lobbyist', 'donor', 'sociologist', 'psychologist', 'whip',
  'user', 'viewer', 'reader', 'listener', 'deputy',
  // Titles that are also roles: "the admiral said", "the bishop wrote".
  'admiral', 'colonel', 'lieutenant', 'captain', 'sergeant', 'corporal', 'marshal', 'brigadier', 'councilman', 'councilwoman', 'councillor',
  'councilor', 'alderman', 'assemblyman', 'assemblywoman', 'chancellor', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'sultan',
  'pope', 'bishop', 'archbishop', 'ayatollah', 'dean', 'provost', 'superintendent', 'constable', 'inspector',
  'company', 'firm', 'military', 'police', 'regime', 'union', 'party', 'council', 'committee', 'court', 'team', 'club', 'airline', 'bank', 'board', 'hospital', 'university', 'school', 'campaign', 'commission', 'office', 'embassy', 'regulator', 'watchdog', 'army', 'coalition', 'alliance', 'movement', 'network', 'channel', 'newspaper', 'outlet', 'magazine', 'publication', 'tabloid', 'broadcaster', 'church', 'charity', 'foundation', 'institute', 'observatory', 'parliament', 'cabinet', 'presidency', 'palace', 'kremlin', 'pentagon',
  'city', 'town', 'county', 'municipality', 'township'
]

/**
 * Nouns for people and groups that the role list and the suffixes for
 * persons (-er, -ist, …) miss, for descriptions of whoever speaks: "the
 * tycoon said", "the couple wrote". Things that speak are documents.
 */
export const speakerNouns: ReadonlySet<string> = new Set([
  'tycoon', 'mogul', 'magnate', 'star', 'pontiff', 'chef', 'guest', 'pundit', 'boss', 'couple', 'pair', 'duo', 'trio',
  'family', 'crowd', 'audience', 'panel', 'jury', 'child', 'kid', 'girl', 'boy', 'person', 'folk', 'guy', 'widow', 'nun', 'monk',
  'pilot', 'captain', 'sergeant', 'cop', 'agent', 'spy', 'mom', 'dad', 'aunt', 'uncle', 'niece', 'nephew', 'cousin',
  'grandmother', 'grandfather', 'heir', 'heiress', 'hero', 'defendant', 'plaintiff', 'suspect', 'inmate',
  'refugee', 'migrant', 'immigrant', 'citizen', 'tenant', 'patient', 'client', 'customer', 'shopper', 'user'
])

/** Political parties' adjectives, capitalised inside a description ("the Democratic frontrunner", "a Republican strategist"). */
export const partyAdjectives: ReadonlySet<string> = new Set([
  'democratic', 'democrat', 'republican', 'gop', 'conservative', 'liberal', 'labour', 'labor', 'socialist', 'green', 'libertarian', 'tory', 'independent', 'progressive'
])

/** Role nouns that say the person's sex, for pronoun agreement. */
export const femaleRoleNouns: ReadonlySet<string> = new Set([
  'spokeswoman', 'chairwoman', 'congresswoman', 'policewoman', 'businesswoman', 'actress', 'woman', 'mother', 'wife', 'daughter',
  'sister', 'girl', 'grandmother', 'aunt', 'niece', 'widow', 'girlfriend', 'waitress', 'anchorwoman', 'councilwoman', 'assemblywoman',
  'queen', 'princess'
])
export const maleRoleNouns: ReadonlySet<string> = new Set([
  'spokesman', 'chairman', 'congressman', 'policeman', 'businessman', 'actor', 'man', 'father', 'husband', 'son',
  'brother', 'boy', 'grandfather', 'uncle', 'nephew', 'widower', 'boyfriend', 'waiter', 'anchorman', 'councilman', 'assemblyman',
  'alderman', 'king', 'prince', 'emir', 'sultan', 'pope'
])

/** Role nouns that name a body rather than a person: "it said", not "he said". */
export const collectiveRoleNouns: ReadonlySet<string> = new Set([
  'authorities', 'administration', 'government', 'ministry', 'department', 'agency', 'group', 'organization', 'organisation', 'officials', 'sources', 'diplomats',
  'company', 'firm', 'military', 'police', 'regime', 'union', 'party', 'council', 'committee', 'court', 'team', 'club', 'airline', 'bank', 'board', 'hospital', 'university', 'school', 'campaign', 'commission', 'office', 'embassy', 'regulator', 'watchdog', 'army', 'coalition', 'alliance', 'movement', 'network', 'channel', 'newspaper', 'outlet', 'magazine', 'publication', 'tabloid', 'broadcaster', 'church', 'charity', 'foundation', 'institute', 'observatory', 'parliament', 'cabinet', 'presidency', 'palace', 'kremlin', 'pentagon',
  'city', 'town', 'county', 'municipality', 'township', 'crowd', 'audience', 'jury', 'panel'
])

/** Nouns for works whose title a quotation after them is: "the book “…”", "his TV show, “…”". */
export const workNouns: readonly string[] = [
  'book', 'novel', 'memoir', 'autobiography', 'biography', 'film', 'movie', 'documentary', 'show', 'series', 'podcast',
  'musical', 'play', 'poem', 'song', 'album', 'essay'
]

/**
 * Things that carry printed words no one is said to speak: "a placard
 * reading “…”", "a cap that said “…”". Worn or held, they show the words of
 * whoever wrote them, which the text seldom says.
 */
export const signNouns: ReadonlySet<string> = new Set(
  ('sign|signs|placard|placards|banner|banners|poster|posters|billboard|billboards|shirt|shirts|t-shirt|t-shirts|tee|tees|' +
    'hat|hats|cap|caps|button|buttons|sticker|stickers|bumper-sticker|mug|mugs|flag|flags|jacket|sweatshirt|hoodie|jersey|mask|masks|' +
    'plaque|marquee|sash|badge|badges|pin|pins|mural|cover|screen|chyron').split('|')
)

/** Nouns for documents that can be quoted: "the memo said", "the report quoted". */
export const documentNouns: readonly string[] = [
  'document', 'memo', 'memorandum', 'report', 'letter', 'statement', 'resolution', 'cable', 'email', 'e-mail',
  'communique', 'communiqué', 'declaration', 'dossier', 'filing', 'lawsuit', 'indictment', 'ruling', 'order', 'decree',
  'study', 'survey', 'transcript', 'missive', 'note', 'briefing', 'bulletin', 'assessment', 'white paper', 'draft',
  'complaint', 'petition', 'motion', 'brief', 'affidavit', 'testimony', 'contract', 'agreement', 'treaty', 'bill', 'charter', 'manifesto',
  'ad', 'advertisement', 'commercial', 'video', 'tweet', 'post', 'message', 'website', 'blog', 'editorial', 'column', 'op-ed', 'article',
  'book', 'poll', 'opinion', 'verdict', 'release', 'press release', 'notice', 'advisory', 'audit', 'speech',
  'movie', 'film', 'documentary', 'episode', 'podcast', 'headline', 'caption', 'flyer', 'leaflet', 'pamphlet', 'brochure', 'mailer', 'newsletter'
]

/** Last words of organisation names ("Finance Ministry"; "Observatory for Human Rights" ends in "Rights" but holds "Observatory"). */
export const organizationWords: readonly string[] = [
  'Department', 'Ministry', 'Council', 'Agency', 'Administration', 'Army', 'Navy', 'Force', 'Forces', 'Guard', 'Guards',
  'Group', 'Party', 'Organization', 'Organisation', 'Observatory', 'Office', 'Committee', 'Commission', 'Union',
  'Nations', 'Court', 'Parliament', 'Congress', 'Senate', 'Assembly', 'Pentagon', 'Kremlin', 'White House',
  'Bank', 'Fund', 'Company', 'Corporation', 'Corp', 'Inc', 'Ltd', 'University', 'Institute', 'Foundation',
  'Association', 'Federation', 'Movement', 'Coalition', 'Alliance', 'Brigade', 'Brigades', 'Police', 'Service',
  'Services', 'Government', 'Authority', 'Cabinet', 'Front', 'Network', 'Center', 'Centre', 'Board', 'Bureau',
  'Directorate', 'Secretariat', 'Embassy', 'Consulate', 'Mission', 'Church', 'Hospital', 'School', 'Club', 'League',
  'Society', 'Trust', 'Watch', 'International', 'Command', 'Corps', 'Unit', 'Militia', 'State', 'Team', 'Campaign', 'Caucus', 'Convention', 'Conference',
  'Pharmaceuticals', 'Pharma', 'Holdings', 'Airlines', 'Airways', 'Motors', 'Technologies', 'Systems', 'Energy', 'Partners',
  'Capital', 'Media', 'Labs', 'Ventures', 'Industries', 'Enterprises', 'Solutions', 'Bancorp', 'PLC', 'plc', 'LLC', 'AG', 'SA', 'GmbH'
]

/**
 * Common nouns that stand before "and" inside one organisation's name ("Food
 * and Drug Administration", "Health and Human Services", "Arts and Sciences");
 * before any other word, "and" joins two names ("Hamas and Hezbollah").
 */
export const joinedNameWords: ReadonlySet<string> = new Set([
  'food', 'drug', 'drugs', 'health', 'human', 'arts', 'art', 'science', 'sciences', 'technology', 'trade', 'industry',
  'commerce', 'security', 'exchange', 'fish', 'wildlife', 'family', 'families', 'education', 'research', 'development',
  'energy', 'environment', 'housing', 'urban', 'transport', 'transportation', 'agriculture', 'labor', 'labour', 'justice',
  'peace', 'law', 'order', 'defense', 'defence', 'foreign', 'home', 'public', 'community', 'economic', 'social', 'culture',
  'tourism', 'sport', 'sports', 'youth', 'women', 'children', 'water', 'power', 'gas', 'oil', 'mining', 'finance',
  'planning', 'works', 'land', 'resources', 'marine', 'parks', 'recreation', 'alcohol', 'tobacco', 'firearms', 'explosives',
  'customs', 'border', 'immigration', 'naturalization', 'veterans', 'aging', 'prevention', 'control', 'safety', 'standards',
  'statistics', 'weights', 'measures', 'mines', 'minerals', 'business', 'innovation', 'skills', 'media', 'communications',
  'information', 'broadcasting', 'press', 'publishing', 'freedom', 'democracy', 'rights', 'liberty', 'truth', 'reconciliation'
])
