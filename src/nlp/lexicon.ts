/**
 * General word lists the entity layer reasons with: roles, titles, organisation heads, demonyms,
 * places, speech verbs. They describe how news text names people and bodies in general; none is
 * drawn from a particular article. All keys are lower-case and accent-folded (Token.norm form).
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Role nouns: what a person is introduced as (`the envoy`, `Foreign Minister X`, `X, a spokesman`). */
export const ROLE_WORDS = set(`
  minister ministers ambassador ambassadors envoy envoys diplomat diplomats consul spokesperson spokesman spokeswoman
  spokespeople president presidents premier chancellor secretary senator governor mayor official officials
  leader leaders chief head director coordinator commander general colonel captain lieutenant sergeant admiral marshal
  chairman chairwoman chairperson chair ceo cfo founder cofounder owner lawyer attorney prosecutor judge justice
  representative congressman congresswoman lawmaker legislator deputy mp mep negotiator adviser advisor aide
  analyst expert professor researcher scientist economist reporter correspondent journalist editor columnist
  king queen prince princess emir sheikh pope cardinal bishop imam rabbi priest cleric ayatollah mullah
  commissioner inspector superintendent detective officer police chancellor vice-president candidate nominee
  activist campaigner organiser organizer ruler dictator monarch strongman militant commander-in-chief
  sheriff ombudsman auditor regulator governor-general president-elect speaker
  ministre ambassadeur president porte-parole minister botschafter sprecher ministro embajador portavoz
  ecologist hydrologist biologist geologist seismologist meteorologist climatologist epidemiologist virologist
  archaeologist historian engineer architect skipper statistician forecaster curator
  manager coach headteacher headmaster headmistress nurse doctor surgeon physician
  maire alcalde alcaldesa burgermeister burgermeisterin presidente presidenta directeur directrice directora
  capitaine capitan ministra
  portavoce porta-voz woordvoerder woordvoerster sindaco prefeito prefeita burgemeester ambasciatore ambasciatrice
  embaixador embaixadora ambassadeur direttore direttrice diretor diretora directeur capitano capitao kapitein
  ministro ministri premier presidente president
  juge juez jueza giudice juiz juiza rechter richter richterin
  joueur joueuse jugador jugadora giocatore jogador jogadora speler spieler
  entraineur entraineuse entrenador entrenadora allenatore treinador treinadora
  avocat avocate abogado abogada avvocato avvocata advogado advogada advocaat anwalt anwaltin
  procureur procureure procuradora fiscala medecin infirmiere enfermera enfermeira infermiera
`);

/** Words that, placed before a role, belong to it (`Foreign Minister`, `Deputy Prime Minister`). */
export const ROLE_MODIFIERS = set(`
  foreign deputy vice prime chief senior former acting interim presidential special state federal national
  interior defence defense finance economy economic trade justice health education energy home first
  top high permanent executive general managing assistant associate principal supreme regional local
  then outgoing incoming new former late current ex-
`);

/** Honorific titles written before a name. `mr` etc. are also handled with their period. */
export const TITLES = set(`
  mr mrs ms miss mx dr prof sir dame lord lady madam madame monsieur mme mlle herr frau senor senora don dona
  sen rep gov gen lt col capt sgt maj adm cmdr rev fr hon st sheikh
`);

/** Male and female honorifics, to fit a pronoun to its person. */
export const MALE_TITLES = set("mr sir lord monsieur herr senor don king prince");
export const FEMALE_TITLES = set("mrs ms miss dame lady madam madame mme mlle frau senora dona queen princess");

/** Head nouns of organisation names (`Foreign Ministry`, `Labour Party`, `Acme Inc`). */
export const ORG_HEADS = set(`
  ministry ministries department agency agencies office council committee commission parliament assembly congress senate
  party movement group network front alliance coalition union federation association society league organisation
  organization foundation institute institution university college school academy hospital bank fund court tribunal
  army navy force forces police guard guards militia brigade brigades corps service services embassy consulate
  government administration cabinet authority authorities company corporation corp inc ltd llc plc co gmbh ag sa
  group holdings industries airlines airways motors bank times post news tribune herald journal gazette radio
  television tv channel station press agency broadcaster network magazine daily review telegraph guardian
  observer reuters club team fc board bureau directorate secretariat regime mission program programme
  center centre unit task nations house
  chemicals chemical energy oil gas petroleum pharmaceuticals pharma foods systems technologies technology solutions
  logistics shipping mining metals steel capital partners ventures insurance electric power utilities telecom
  telecommunications communications media entertainment labs laboratories resources enterprises trust exchange
  brewery breweries mills textiles automotive construction properties realty investments securities finance
  financial bancorp semiconductor semiconductors electronics software robotics aerospace dynamics biotech
  therapeutics healthcare cooperative mutual hydro dispatch courier chronicle ledger mirror express bulletin
  inquirer examiner sentinel plastics packaging ferries railway railways dairy dairies bakery bakeries line lines
  ministerio ministere ministerium gobierno gouvernement regierung universite universidad universitat universidade
  banco banque compagnie compania sociedad societe gesellschaft partido parti partei consejo conseil ayuntamiento
  mairie comision asamblea assemblee policia polizei ejercito armee hopital krankenhaus instituto institut
`);

/** Head nouns of place names (`Central Ruritanian Republic`, `Velmar Valley`). */
export const PLACE_HEADS = set(`
  republic kingdom emirate emirates island islands province region city county district valley river sea ocean
  mountains mountain coast peninsula gulf strait desert lake bay territory territories state states oblast
  street road avenue square parade row lane park quay harbour harbor bridge airport dam reservoir canal forest
  hills hill heights estuary
`);

/** Plural nouns that end the name of a group (`Kellin Dockers`, `Tarsk Sheep Farmers`); alone they name no one. */
export const GROUP_HEADS = set(`
  workers dockers farmers growers holders producers fishermen mps drivers nurses teachers doctors residents
`);

/** First words of place names (`Port Calloway`, `Isle of Corvan`, `San Remo`, `Mount Kenya`). */
export const PLACE_PREFIXES = set(`
  port isle isles mount lake cape fort san santa santo sao saint sainte
`);

/** Lower-case second halves of hyphenated adjectives built on names (`Freedonia-based`): not names. */
export const NAME_ADJECTIVE_SUFFIXES = set(`
  based led backed born made owned run funded allied linked style era controlled held sponsored aligned friendly
  affiliated inspired occupied leaning
`);

/**
 * Lower-case nouns that, following a name, make it an organisation mention (`the X movement`,
 * `the X group`): the descriptor is part of the mention and the name is the organisation.
 */
/** Lower-case nouns after a name that make it an organisation without joining the mention (`X radio station`). */
export const ORG_FOLLOWERS = set(`
  radio station newspaper channel agency broadcaster network daily weekly magazine website outlet television tv
  company firm bank group party movement militia ministry government
`);

/** Compass words that open a region's name (`Central Ruritania`, `North Freedonia`). */
export const DIRECTIONS = set("north south east west northern southern eastern western central upper lower greater");

export const ORG_DESCRIPTORS = set(`
  movement group party militia organisation organization network alliance coalition faction front insurgency
  company firm agency
`);

/** Nationality and other group adjectives: they qualify roles (`the Russian diplomat`) but name no entity. */
export const DEMONYMS = set(`
  afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian azerbaijani
  bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese cambodian cameroonian
  canadian chadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian
  egyptian emirati english eritrean estonian ethiopian european filipino finnish french georgian german ghanaian
  greek guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian
  ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kurdish kuwaiti kyrgyz lao latvian lebanese
  liberian libyan lithuanian luxembourgish macedonian malagasy malaysian malian maltese mexican moldovan mongolian
  montenegrin moroccan mozambican namibian nepalese nicaraguan nigerian nigerien norwegian omani pakistani
  palestinian panamanian paraguayan persian peruvian polish portuguese qatari romanian russian rwandan saudi
  scottish senegalese serbian singaporean slovak slovenian somali sudanese spanish swedish swiss
  syrian taiwanese tajik tanzanian thai tibetan togolese tunisian turkish turkmen ugandan ukrainian uruguayan
  uzbek venezuelan vietnamese welsh western yemeni zambian zimbabwean arab african asian latin soviet ottoman
  islamic muslim christian jewish catholic sunni shia shiite
  democratic republican democrat democrats republicans conservative liberal socialist communist
`);

/** Demonyms the list lacks still have their shape: `-ian`, `-ean`, `-ese`, `-ish` (`Freedonian`). */
const DEMONYM_SHAPE_RE = /^[a-z]{2,}(?:ian|ean|ese|ish)$/;

/** Group adjectives by shape: a demonym's (`Eurasian`) or a creed's (`Islamist`, `Marxist`). */
const GROUP_ADJECTIVE_SHAPE_RE = /^[a-z]{2,}(?:ian|ean|ese|ish|ist)$/;

/** Whether a word has the shape of a demonym or a creed's adjective (see isDemonym for the list). */
export function hasGroupAdjectiveShape(norm: string): boolean {
  return GROUP_ADJECTIVE_SHAPE_RE.test(norm);
}

/**
 * Whether a word is a demonym. `nextIsRole` says the next word is a role or role modifier; only
 * then does the demonym shape count, so that given names such as `Julian` stay names.
 */
export function isDemonym(norm: string, nextIsRole: boolean): boolean {
  return DEMONYMS.has(norm) || (nextIsRole && DEMONYM_SHAPE_RE.test(norm));
}

/** Countries, regions and large cities: a small general gazetteer for typing places. */
export const PLACES = set(`
  afghanistan albania algeria america andorra angola argentina armenia australia austria azerbaijan bahrain
  bangladesh belarus belgium bolivia bosnia brazil britain bulgaria burma cambodia cameroon canada chad chile china
  colombia congo croatia cuba cyprus czechia denmark ecuador egypt england eritrea estonia ethiopia europe finland
  france georgia germany ghana greece guatemala haiti honduras hungary iceland india indonesia iran iraq ireland
  israel italy jamaica japan jordan kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon liberia
  libya lithuania luxembourg macedonia madagascar malaysia mali malta mexico moldova mongolia montenegro morocco
  mozambique myanmar namibia nepal netherlands holland nicaragua niger nigeria norway oman pakistan palestine panama
  paraguay peru philippines poland portugal qatar romania russia rwanda scotland senegal serbia singapore slovakia
  slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand tibet togo tunisia
  turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe
  africa asia antarctica oceania arctic caucasus balkans gaza crimea donbas kashmir kurdistan sahel
  kabul moscow washington london paris berlin rome madrid beijing tokyo delhi islamabad tehran baghdad damascus
  beirut cairo ankara istanbul kyiv kiev minsk warsaw prague vienna budapest brussels geneva amsterdam stockholm
  oslo helsinki copenhagen dublin lisbon athens jerusalem riyadh doha dubai tashkent dushanbe ashgabat bishkek
  astana almaty baku tbilisi yerevan lagos nairobi johannesburg
  jakarta manila bangkok hanoi seoul pyongyang shanghai sydney ottawa toronto mexico havana caracas bogota lima
  santiago brasilia york chicago boston angeles francisco
  alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana
  iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
  nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming
  carolina dakota hampshire jersey mexico
`);

/** Multi-word places, as space-joined norms. */
export const MULTIWORD_PLACES: ReadonlySet<string> = new Set(
  [...set(`
  united_states united_kingdom new_york los_angeles san_francisco south_africa north_korea south_korea saudi_arabia
  new_zealand sri_lanka united_arab_emirates european_union middle_east hong_kong new_delhi
`)].map((w) => w.replace(/_/g, " ")),
);

/** Verbs that report speech or stance; their subject is a speaker. Inflected forms listed. */
export const SPEECH_VERBS = set(`
  said says say saying told tells tell added adds stressed stresses noted notes explained explains stated states
  declared declares announced announces warned warns claimed claims insisted insists argued argues replied replies
  continued continues asked asks confirmed confirms denied denies according wrote writes tweeted tweets posted
  quoted emphasised emphasized emphasises emphasizes underlined underlines recalled recalls believes believed
  thinks thought suggested suggests admitted admits acknowledged acknowledges reported reports urged urges
  assured assures promised promises pointed mentioned mentions commented comments remarked observed
  dit declare affirme ajoute souligne explique estime assure indique precise annonce confie insiste rappelle
  avertit repond raconte martele reconnait selon
  dijo dice afirmo afirma declaro aseguro asegura senalo explico anadio agrego indico sostuvo subrayo advirtio
  insistio anuncio destaco reconocio respondio segun lamento lamenta admitio admite confeso recordo recuerda
  comento comenta denuncio reitero concluyo opino explica senala subraya destaca reconoce advierte insiste responde confirmo informo
  sagte sagt erklarte erklart betonte warnte laut
  detto dichiarato affermato aggiunto spiegato sottolineato annunciato precisato ribadito dichiara afferma spiega
  aggiunge sottolinea disse secondo parlato
  afirmou declarou acrescentou explicou sublinhou anunciou garantiu salientou destacou frisou referiu diz segundo
  zei zegt verklaarde verklaart benadrukte waarschuwde meldde vertelde bevestigde gezegd aldus volgens
`);

/** Words that are capitalised for other reasons and never start a name on their own. */
export const NOT_NAMES = set(`
  the a an this that these those he she it they we i you his her its their our my your but and or so yet if when
  while after before as at in on of for from to with by about into over under between during since until
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december today tomorrow yesterday tonight mon tue wed thu fri sat sun
  feb apr jun jul aug sep sept oct nov dec i'm i've i'd i'll
  however meanwhile also still then now there here what who why how where which whose whom some many most all no
  not one two three four five six seven eight nine ten according earlier later other another both each several
  mr mrs ms dr prof sir
  photo image video read watch listen share follow subscribe advertisement source sources related more
  analysts experts management opposition residents critics investors economists members officials
  cops police officers detectives investigators prosecutors firefighters paramedics medics rescuers witnesses
  neighbours neighbors campaigners protesters organisers organizers insiders bosses authorities troops
  soldiers locals villagers parents pupils fans supporters scientists researchers inspectors engineers
  lawyers relatives survivors passengers employees
  en segun selon laut para por con sin dans pour avec sur sous entre contre chez auf mit nach bei fur uber unter
  wahrend und et y ou oder pero mais aber tras tambien aussi auch
  secondo segundo volgens il lo gli le della delle degli dos das na no
`);

/** Pronouns that can refer back to a person, with their gender when they carry one. */
export const PERSON_PRONOUNS: ReadonlyMap<string, "m" | "f" | null> = new Map([
  ["he", "m"],
  ["she", "f"],
  ["il", "m"],
  ["elle", "f"],
  ["ella", "f"],
  ["er", "m"],
  ["lui", "m"],
  ["lei", "f"],
  ["ele", "m"],
  ["ela", "f"],
  ["hij", "m"],
  ["zij", "f"],
  ["him", "m"],
  ["her", "f"],
]);

/** Canonical role classes, so that `the diplomat` can pick up an `ambassador` and `the official` anyone with a role. */
export const ROLE_CLASSES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["diplomat", set("ambassador envoy diplomat consul minister negotiator")],
  ["diplomats", set("ambassador envoy diplomat consul minister negotiator")],
  ["official", set("*")],
  ["leader", set("leader president premier chancellor king queen emir ruler chief head prime minister")],
  ["spokesman", set("spokesman spokeswoman spokesperson")],
  ["spokeswoman", set("spokesman spokeswoman spokesperson")],
  ["spokesperson", set("spokesman spokeswoman spokesperson")],
  ["politician", set("senator minister president governor mayor lawmaker representative congressman congresswoman mp mep")],
]);
