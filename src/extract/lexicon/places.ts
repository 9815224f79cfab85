/**
 * Places for datelines and for telling places from people. Countries and
 * capitals from the ISO 3166 / CIA World Factbook lists; dateline cities from
 * the AP Stylebook's list of cities that stand alone in datelines; state
 * abbreviations from the AP Stylebook.
 */
const list = (names: string): readonly string[] => names.split('|')

export const countries: readonly string[] = list(
  'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|England|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Northern Ireland|Norway|Oman|Pakistan|Palau|Palestinian Territories|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Scotland|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|United States|US|U.S.|USA|Uruguay|Uzbekistan|Vanuatu|Vatican City|Venezuela|Vietnam|Wales|West Bank|Gaza|Gaza Strip|Yemen|Zambia|Zimbabwe'
)

export const cities: readonly string[] = list(
  'Abu Dhabi|Abuja|Accra|Addis Ababa|Algiers|Amman|Amsterdam|Ankara|Antananarivo|Ashgabat|Asmara|Astana|Asuncion|Athens|Atlanta|Baghdad|Baku|Baltimore|Bamako|Bangkok|Bangui|Banjul|Basra|Beijing|Beirut|Belfast|Belgrade|Benghazi|Berlin|Bern|Bishkek|Bogota|Boston|Brasilia|Bratislava|Brazzaville|Brussels|Bucharest|Budapest|Buenos Aires|Bujumbura|Cairo|Canberra|Cape Town|Caracas|Casablanca|Chicago|Chisinau|Cincinnati|Cleveland|Colombo|Conakry|Copenhagen|Dakar|Dallas|Damascus|Dar es Salaam|Denver|Detroit|Dhaka|Dili|Djibouti|Doha|Dubai|Dublin|Dushanbe|Edinburgh|Erbil|Frankfurt|Freetown|Gaborone|Gaza City|Geneva|Georgetown|Guatemala City|Hanoi|Harare|Havana|Hebron|Helsinki|Homs|Honolulu|Houston|Indianapolis|Islamabad|Istanbul|Jakarta|Jeddah|Jerusalem|Johannesburg|Juba|Kabul|Kampala|Karachi|Kathmandu|Khartoum|Kiev|Kigali|Kingston|Kinshasa|Kuala Lumpur|Kuwait City|Kyiv|La Paz|Lagos|Las Vegas|Libreville|Lilongwe|Lima|Lisbon|Ljubljana|Lome|London|Los Angeles|Luanda|Lusaka|Luxembourg|Madrid|Malabo|Male|Managua|Manama|Manila|Maputo|Maseru|Mecca|Melbourne|Mexico City|Miami|Milan|Milwaukee|Minneapolis|Minsk|Mogadishu|Monrovia|Montevideo|Montreal|Moscow|Mosul|Mumbai|Munich|Muscat|N\'Djamena|Nairobi|Nassau|Naypyidaw|New Delhi|New Orleans|New York|Niamey|Nicosia|Nouakchott|Oklahoma City|Oslo|Ottawa|Ouagadougou|Panama City|Paris|Philadelphia|Phnom Penh|Phoenix|Pittsburgh|Podgorica|Port of Spain|Port-au-Prince|Porto-Novo|Prague|Pretoria|Pristina|Pyongyang|Quito|Rabat|Ramallah|Reykjavik|Riga|Riyadh|Rome|Salt Lake City|San Antonio|San Diego|San Francisco|San Jose|San Salvador|Sanaa|Santiago|Santo Domingo|Sao Paulo|Sarajevo|Seattle|Seoul|Shanghai|Singapore|Skopje|Sofia|St. Louis|Stockholm|Suva|Sydney|Taipei|Tallinn|Tashkent|Tbilisi|Tegucigalpa|Tehran|Tel Aviv|The Hague|Thimphu|Tirana|Tokyo|Toronto|Tripoli|Tunis|Ulaanbaatar|United Nations|Vaduz|Valletta|Vancouver|Vatican City|Vienna|Vientiane|Vilnius|Warsaw|Washington|Wellington|Windhoek|Yamoussoukro|Yangon|Yaounde|Yerevan|Zagreb'
)

/** US states and their AP-style abbreviations, which follow a city in a dateline ("SPRINGFIELD, Ill. (AP) —"), and the US territories. */
export const regions: readonly string[] = list(
  'Alabama|Ala.|Alaska|Arizona|Ariz.|Arkansas|Ark.|California|Calif.|Colorado|Colo.|Connecticut|Conn.|Delaware|Del.|Florida|Fla.|Ga.|Hawaii|Idaho|Illinois|Ill.|Indiana|Ind.|Iowa|Kansas|Kan.|Kentucky|Ky.|Louisiana|La.|Maine|Maryland|Md.|Massachusetts|Mass.|Michigan|Mich.|Minnesota|Minn.|Mississippi|Miss.|Missouri|Mo.|Montana|Mont.|Nebraska|Neb.|Nevada|Nev.|New Hampshire|N.H.|New Jersey|N.J.|New Mexico|N.M.|New York|N.Y.|North Carolina|N.C.|North Dakota|N.D.|Ohio|Oklahoma|Okla.|Oregon|Ore.|Pennsylvania|Pa.|Rhode Island|R.I.|South Carolina|S.C.|South Dakota|S.D.|Tennessee|Tenn.|Texas|Utah|Vermont|Vt.|Virginia|Va.|Washington|Wash.|West Virginia|W.Va.|Wisconsin|Wis.|Wyoming|Wyo.|D.C.|District of Columbia|Puerto Rico|Guam|American Samoa|U.S. Virgin Islands|Northern Mariana Islands|Ontario|Quebec|British Columbia|Alberta|New South Wales|Queensland|Victoria'
)

/** Continents and the world's regions, which are places, never speakers ("Europe", "the Middle East"). */
export const worldRegions: readonly string[] = list(
  'Africa|Antarctica|Arctic|Asia|Balkans|Baltics|Caribbean|Central America|Central Asia|East Africa|East Asia|Eastern Europe|Europe|Far East|Latin America|Middle East|Near East|North Africa|North America|Oceania|Persian Gulf|Scandinavia|South America|South Asia|Southeast Asia|Sub-Saharan Africa|West Africa|Western Europe'
)

/** Adjectives of nationality, which modify titles ("Syrian President") and descriptions ("a French diplomat"). */
export const demonyms: readonly string[] = list(
  'Afghan|Albanian|Algerian|American|Angolan|Arab|Argentine|Armenian|Australian|Austrian|Azerbaijani|Bahraini|Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Bulgarian|Burmese|Cambodian|Cameroonian|Canadian|Chadian|Chilean|Chinese|Colombian|Congolese|Croatian|Cuban|Cypriot|Czech|Danish|Dutch|Ecuadorian|Egyptian|Emirati|English|Eritrean|Estonian|Ethiopian|European|Filipino|Finnish|French|Georgian|German|Ghanaian|Greek|Guatemalan|Haitian|Honduran|Hungarian|Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Ivorian|Jamaican|Japanese|Jordanian|Kazakh|Kenyan|Korean|Kosovar|Kurdish|Kuwaiti|Lebanese|Libyan|Lithuanian|Malaysian|Malian|Mexican|Moldovan|Mongolian|Moroccan|Nepali|Nigerian|Nigerien|Norwegian|Omani|Pakistani|Palestinian|Peruvian|Polish|Portuguese|Qatari|Romanian|Russian|Rwandan|Saudi|Scottish|Senegalese|Serbian|Slovak|Slovenian|Somali|Spanish|Sudanese|Swedish|Swiss|Syrian|Taiwanese|Tajik|Tanzanian|Thai|Tunisian|Turkish|Ugandan|Ukrainian|Uzbek|Venezuelan|Vietnamese|Welsh|Western|Yemeni|Zimbabwean|U.S.|US|UK|U.N.|UN|EU|NATO'
)

/**
 * What the people of each US state are called, as the U.S. Government
 * Publishing Office Style Manual lists them: a noun for someone like a
 * nation's ("the Texan said", "one Ohioan who voted"), never a name. Those of
 * one word; "New Yorker" and the like are two.
 */
export const stateDemonyms: readonly string[] = list(
  'Alabamian|Alaskan|Arizonan|Arkansan|Californian|Coloradan|Connecticuter|Delawarean|Floridian|Hawaiian|Idahoan|Illinoisan|Indianian|Iowan|Kansan|Kentuckian|Louisianian|Marylander|Michiganian|Minnesotan|Mississippian|Missourian|Montanan|Nebraskan|Nevadan|Ohioan|Oklahoman|Oregonian|Pennsylvanian|Tennessean|Texan|Utahn|Vermonter|Virginian|Washingtonian|Wisconsinite|Wyomingite'
)

/**
 * Peoples that are no nation: ethnic groups, faiths and generations, from
 * general usage. In the plural ("Latinos", "Millennials") they are many
 * people, never one person's name.
 */
export const peoples: readonly string[] = list(
  'Latino|Latina|Hispanic|Millennial|Boomer|Catholic|Protestant|Evangelical|Muslim|Christian|Jew|Mormon|Hindu|Buddhist|Sikh'
)
