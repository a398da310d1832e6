/**
 * Function words per language, in the accent-folded lower-case form of `Token.norm`.
 * They carry no topic, so clustering and claim matching drop them before weighting terms.
 * Lists are deliberately short and general (articles, pronouns, auxiliaries, prepositions,
 * conjunctions and reporting filler common to all news), never story-specific.
 */
const LISTS: Record<string, string> = {
  en: `a about above after again against all also am an and any are aren't as at be because been before being below
    between both but by can could couldn't did didn't do does doesn't doing don't down during each few for from further
    had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i
    i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once
    only or other ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some such
    than that that's the their theirs them themselves then there there's these they they'd they'll they're they've this
    those through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's
    where where's which while who who's whom why why's will with won't would wouldn't you you'd you'll you're you've your
    yours yourself yourselves said says say saying told according also just would could may might must shall one two
    new like get got us mr mrs ms s t re ve ll d m n't 's 're 've 'll 'd year years time`,
  fr: `au aux avec ce ces dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me meme mes moi mon ne
    nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l a m
    n s t y ete etee etees etes etant suis es est sommes sont serai sera serons seront serait seraient etais etait etions
    etaient fus fut furent ai as avons avez ont aurai aura aurons auront aurait avais avait avions avaient eu cette cet
    plus aussi selon comme tout tous toute toutes fait faire dit a-t-il ainsi apres avant deux entre depuis sans sous
    tres bien encore lors dont ou alors donc si car`,
  de: `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus bei bin
    bis bist da damit dann das dass dasselbe dazu dein deine dem den denn der des dessen die dies diese dieselbe dieser
    dieses dich dir doch dort du durch ein eine einem einen einer eines er es etwas euch euer eure fur gegen gewesen hab
    habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre im in indem ins ist jede jedem jeden jeder
    jedes jene jetzt kann kein keine konnen konnte man manche mein meine mich mir mit muss musste nach nicht nichts noch
    nun nur ob oder ohne sehr sein seine selbst sich sie sind so solche soll sollte sondern sonst uber um und uns unser
    unter viel vom von vor war waren warst was weg weil weiter welche wenn werde werden wie wieder will wir wird wirst wo
    wollen wollte wurde wurden worden zu zum zur zwar zwischen sagte sagt laut jahr jahre sei seien ware`,
  es: `a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos
    en entre era erais eran eras eres es esa esas ese eso esos esta estaba estado estais estamos estan estar estas este
    esto estos estoy fue fueron fui fuimos ha habia haber han has hasta hay la las le les lo los mas me mi mis mucho
    muchos muy nada ni no nos nosotros o os otra otras otro otros para pero poco por porque que quien quienes se sea sean
    ser si sido sin sobre sois somos son soy su sus tambien te tenemos tener tengo ti tiene tienen todo todos tu tus un
    una uno unos vosotros y ya dijo segun asi ano anos dos`,
  it: `a ad al alla alle allo agli ai anche avere aveva avevano c che chi ci come con contro cui da dal dalla dalle dei del
    della delle dello degli di dove e ed era erano essere gli ha hanno i il in io la le lei li lo loro lui ma mi mia mie
    miei mio ne negli nei nel nella nelle nello noi non nostra nostro o per perche piu quale quando quella quelle quelli
    quello questa queste questi questo se sei si sia siamo sono su sua sue sugli sui sul sulla sulle suo suoi ti tra tu
    tua tuo tutti tutto un una uno vi voi detto ha anno anni due stato stata essere gia`,
  pt: `a ao aos aquela aquelas aquele aqueles aquilo as ate com como da das de dela delas dele deles depois do dos e ela
    elas ele eles em entre era eram essa essas esse esses esta estao estas este estes eu foi foram ha isso isto ja la
    lhe lhes mais mas me mesmo meu meus minha minhas muito na nas nao nem no nos nossa nosso num numa o os ou para pela
    pelas pelo pelos por qual quando que quem se seja sem ser seu seus sua suas so tambem te tem ter teu tua um uma umas
    uns voce voces disse segundo ano anos dois`,
  nl: `aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge geen
    geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer men
    met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw
    van veel voor want waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou zei volgens
    jaar twee`,
};

const SETS = new Map<string, Set<string>>();
for (const [lang, words] of Object.entries(LISTS)) SETS.set(lang, new Set(words.split(/\s+/).filter(Boolean)));

/** The stop-word set for an ISO 639-1 code; English when the language is unknown or unlisted. */
export function stopWords(language: string | null | undefined): Set<string> {
  return SETS.get((language ?? "en").slice(0, 2).toLowerCase()) ?? SETS.get("en")!;
}

/** Languages with their own stop-word list. */
export const STOPWORD_LANGUAGES: readonly string[] = Object.keys(LISTS);
