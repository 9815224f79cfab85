/**
 * Common given names that are overwhelmingly one sex's, so that "she said"
 * is not given to a man named just before. Drawn from the most frequent
 * given names in the US Social Security Administration's national lists of
 * births (1930s to 2010s) and the UK Office for National Statistics' baby
 * name lists; names given about as often to either sex (Jordan, Taylor,
 * Casey, Jamie, Robin, Leslie, …) are left out on purpose. A name not here
 * says nothing about gender.
 */

export const femaleFirstNames: ReadonlySet<string> = new Set([
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen', 'nancy', 'lisa',
  'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily', 'donna', 'michelle', 'dorothy', 'carol', 'amanda',
  'melissa', 'deborah', 'stephanie', 'rebecca', 'sharon', 'laura', 'cynthia', 'kathleen', 'amy', 'angela', 'shirley',
  'anna', 'brenda', 'pamela', 'emma', 'nicole', 'helen', 'samantha', 'katherine', 'christine', 'debra', 'rachel',
  'carolyn', 'janet', 'catherine', 'maria', 'heather', 'diane', 'ruth', 'julie', 'olivia', 'joyce', 'virginia',
  'victoria', 'lauren', 'christina', 'joan', 'evelyn', 'judith', 'megan', 'andrea', 'cheryl', 'hannah', 'jacqueline',
  'martha', 'gloria', 'teresa', 'ann', 'anne', 'sara', 'madison', 'frances', 'kathryn', 'janice', 'jean', 'abigail',
  'alice', 'judy', 'sophia', 'grace', 'denise', 'amber', 'doris', 'marilyn', 'danielle', 'beverly', 'isabella',
  'theresa', 'diana', 'natalie', 'brittany', 'charlotte', 'marie', 'kayla', 'alexis', 'lori', 'elena', 'nina', 'rosa',
  'ana', 'lucia', 'sofia', 'isabel', 'carmen', 'claire', 'clara', 'ella', 'eleanor', 'ellen', 'eva', 'eve', 'fiona',
  'georgia', 'hazel', 'irene', 'iris', 'ivy', 'jane', 'joanna', 'josephine', 'julia', 'katie', 'kate', 'kathy',
  'kristen', 'leah', 'lily', 'lucy', 'maggie', 'maya', 'melanie', 'meredith', 'mia', 'molly', 'monica', 'naomi', 'nora',
  'paula', 'penny', 'rita', 'rose', 'ruby', 'sally', 'sheila', 'stella', 'susie', 'sylvia', 'tamara', 'tina', 'valerie',
  'vanessa', 'vera', 'wendy', 'yolanda', 'zoe', 'elise', 'elaine', 'erin', 'eileen', 'jill', 'joy', 'kristin', 'loretta',
  'marcia', 'marsha', 'michele', 'mildred', 'nicola', 'rachael', 'shannon', 'stacey', 'stacy', 'suzanne', 'tammy',
  'tanya', 'tiffany', 'veronica', 'yvonne', 'jeanne', 'maxine', 'elisabeth', 'gabrielle'
])

export const maleFirstNames: ReadonlySet<string> = new Set([
  'james', 'robert', 'john', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles', 'christopher',
  'daniel', 'matthew', 'anthony', 'mark', 'donald', 'steven', 'paul', 'andrew', 'joshua', 'kenneth', 'kevin', 'brian',
  'george', 'timothy', 'ronald', 'edward', 'jason', 'jeffrey', 'ryan', 'jacob', 'gary', 'nicholas', 'eric', 'jonathan',
  'stephen', 'larry', 'justin', 'scott', 'brandon', 'benjamin', 'samuel', 'gregory', 'alexander', 'frank', 'patrick',
  'raymond', 'jack', 'dennis', 'jerry', 'tyler', 'aaron', 'jose', 'adam', 'nathan', 'henry', 'douglas', 'zachary',
  'peter', 'kyle', 'ethan', 'walter', 'noah', 'jeremy', 'christian', 'keith', 'roger', 'terry', 'gerald', 'harold',
  'sean', 'austin', 'carl', 'arthur', 'lawrence', 'dylan', 'jesse', 'bryan', 'billy', 'joe', 'bruce', 'gabriel', 'logan',
  'albert', 'willie', 'alan', 'juan', 'wayne', 'elijah', 'randy', 'roy', 'vincent', 'ralph', 'eugene', 'russell',
  'bobby', 'mason', 'philip', 'louis', 'bernard', 'ben', 'mike', 'bill', 'jim', 'tom', 'dan', 'dave', 'bob', 'rick',
  'tim', 'tony', 'steve', 'ron', 'ken', 'jeff', 'greg', 'fred', 'ed', 'al', 'harry', 'howard', 'ian', 'isaac', 'ivan',
  'jake', 'jamal', 'jared', 'jay', 'joel', 'jon', 'kurt', 'leon', 'luke', 'marcus', 'martin', 'max', 'mohammed',
  'muhammad', 'ahmed', 'ali', 'omar', 'hassan', 'nick', 'oliver', 'oscar', 'owen', 'pedro', 'pete', 'phil', 'ray', 'rob',
  'seth', 'simon', 'stan', 'stuart', 'todd', 'travis', 'trevor', 'victor', 'wade', 'warren', 'wesley', 'xavier', 'yusuf',
  'carlos', 'diego', 'luis', 'miguel', 'rafael', 'sergio', 'antonio', 'francisco', 'manuel', 'fernando', 'hans',
  'pierre', 'francois', 'jacques', 'colin', 'craig', 'dean', 'derek', 'duncan', 'gordon', 'graham', 'grant', 'neil',
  'nigel', 'norman', 'reginald', 'rodney', 'roland', 'stanley', 'vernon', 'wallace', 'darrell', 'marvin', 'clarence',
  'earl', 'glenn', 'lloyd', 'dale', 'herman', 'jimmy', 'johnny', 'eddie', 'andy', 'danny', 'tommy', 'ricky', 'charlie'
])
