/**
 * A small bilingual lexicon of general news vocabulary (French, Spanish, German to English), so
 * that a translated article's clauses can be aligned with English ones through more than their
 * names, numbers and dates. Only content words of everyday reporting (counts, time, people,
 * places, disasters, politics, economy, justice): no function words, nothing of any one story.
 * Foreign words are matched by their Snowball stem in their own language, English ones by the
 * dossier's word key, so inflected forms meet.
 */
import { createRequire } from "node:module";
import { normalizeWord } from "../core/tokenize.js";
import { wordKey } from "./text.js";

interface Stemmer {
  stem(word: string): string;
}
const require = createRequire(import.meta.url);
const snowball = require("snowball-stemmers") as { newStemmer(lang: string): Stemmer };

/** Languages the lexicon covers, by ISO 639-1 code, with their Snowball stemmer names. */
const STEMMERS: Record<string, string> = { fr: "french", es: "spanish", de: "german" };

/**
 * Rows `english = french | spanish | german`, each side a space-separated list of forms. Written
 * by hand as common news vocabulary; a form repeated under two English words keeps the first.
 */
const ROWS = `
dead = mort morts morte | muerto muertos muerta | tot tote toten
die = mourir meurent mort | morir murieron murio mueren | sterben starben starb gestorben
kill = tuer tue tues tuant | matar mato mataron | toten totete getotet
death = deces | fallecimiento | todesfall
injure = blesser blesse blesses | herir herido heridos | verletzen verletzt verletzte
victim = victime victimes | victima victimas | opfer
people = personnes gens | personas gente | menschen leute personen
worker = ouvrier ouvriers travailleur travailleurs salarie salaries | trabajador trabajadores obrero obreros | arbeiter beschaftigte
resident = habitant habitants residents | habitante habitantes vecinos | einwohner anwohner bewohner
child = enfant enfants | nino ninos | kind kinder
woman = femme femmes | mujer mujeres | frau frauen
man = homme hommes | hombre hombres | mann manner
family = famille familles | familia familias | familie familien
explosion = explosion explosions | explosion explosiones | explosion explosionen
fire = incendie incendies feu | incendio incendios fuego | feuer brand
firefighter = pompier pompiers | bombero bomberos | feuerwehr feuerwehrleute
plant = usine usines | planta fabrica | werk fabrik anlage
factory = fabrique | factoria | betrieb
flood = inondation inondations crue crues | inundacion inundaciones crecida | hochwasser uberschwemmung flut
river = fleuve riviere | rio | fluss
water = eau eaux | agua aguas | wasser
house = maison maisons | casa casas | haus hauser
home = logement logements foyer foyers | vivienda viviendas hogar hogares | wohnung wohnungen
bridge = pont ponts | puente puentes | brucke brucken
road = route routes | carretera carreteras | strasse
rail = ferroviaire rail | ferroviario ferrocarril | bahn schiene
ship = navire navires bateau bateaux | barco barcos buque nave | schiff schiffe
boat = barque canot | bote lancha | boot
sea = mer | mar | meer
coast = cote cotes | costa | kuste
island = ile iles | isla islas | insel
port = port ports | puerto puertos | hafen
city = ville villes | ciudad ciudades | stadt
town = commune bourg | pueblo localidad municipio | gemeinde ort
village = village villages | aldea | dorf
country = pays | pais paises | land lander
government = gouvernement | gobierno | regierung
minister = ministre ministres | ministro ministra ministros | minister ministerin
ministry = ministere | ministerio | ministerium
president = president presidente presidents | presidente presidenta | prasident prasidentin
mayor = maire | alcalde alcaldesa | burgermeister
police = police policiers | policia | polizei
army = armee | ejercito | armee
official = responsable responsables | funcionario funcionarios | beamte
company = entreprise societe groupe | empresa compania | unternehmen firma konzern
bank = banque banques | banco bancos | bank banken
union = syndicat syndicats | sindicato sindicatos | gewerkschaft
strike = greve greves | huelga huelgas | streik streiks
pay = salaire salaires paie | salario salarios sueldo | lohn lohne gehalt
rise = hausse augmentation | aumento subida alza subir subio | erhohung anstieg steigen stieg gestiegen
rate = taux | tasa tipo | zins zinsen satz
price = prix | precio precios | preis preise
inflation = inflation | inflacion | inflation
cost = cout couts couter coute | coste costo costar cuesta | kosten kostet
million = million millions | millon millones | million millionen
billion = milliard milliards | mil | milliarde milliarden
euro = euro euros | euro euros | euro
percent = pourcent | porciento | prozent
year = an ans annee annees | ano anos | jahr jahre jahren
month = mois | mes meses | monat monate
week = semaine semaines | semana semanas | woche wochen
day = jour jours journee | dia dias | tag tage
night = nuit | noche | nacht
morning = matin | manana | morgen
evening = soir soiree | tarde | abend
hour = heure heures | hora horas | stunde stunden
minute = minute minutes | minuto minutos | minute minuten
summer = ete | verano | sommer
winter = hiver | invierno | winter
spring = printemps | primavera | fruhling
autumn = automne | otono | herbst
january = janvier | enero | januar
february = fevrier | febrero | februar
march = mars | marzo | marz
april = avril | abril | april
may = mai | mayo | mai
june = juin | junio | juni
july = juillet | julio | juli
august = aout | agosto | august
september = septembre | septiembre | september
october = octobre | octubre | oktober
november = novembre | noviembre | november
december = decembre | diciembre | dezember
monday = lundi | lunes | montag
tuesday = mardi | martes | dienstag
wednesday = mercredi | miercoles | mittwoch
thursday = jeudi | jueves | donnerstag
friday = vendredi | viernes | freitag
saturday = samedi | sabado | samstag
sunday = dimanche | domingo | sonntag
yesterday = hier | ayer | gestern
tomorrow = demain | manana | morgen
today = aujourd'hui | hoy | heute
last = dernier derniere | pasado ultimo | letzten vergangenen
next = prochain prochaine | proximo proxima | nachsten kommenden
first = premier premiere | primero primera | erste ersten
new = nouveau nouvelle nouveaux | nuevo nueva nuevos | neu neue neuen
old = ancien vieux vieille | antiguo viejo | alt alte
long = long longue | largo larga | lang
deep = profond profondeur fond | profundo profundidad | tief tiefe
metre = metre metres | metro metros | meter
kilometre = kilometre kilometres | kilometro kilometros | kilometer
centimetre = centimetre centimetres | centimetro centimetros | zentimeter
tonne = tonne tonnes | tonelada toneladas | tonne tonnen
find = trouver trouve decouvrir decouvert | encontrar encontrado hallar hallado descubrir descubierto | finden gefunden entdecken entdeckt
discover = decouverte | descubrimiento hallazgo | entdeckung fund
announce = annoncer annonce | anunciar anuncio | ankundigen ankundigung
say = declarer declare | declarar | erklaren
start = commencer commence debut | comenzar empezar comienzo inicio | beginnen beginn starten
begin = debuter | iniciar | anfangen
end = terminer fin | terminar fin final | enden ende
open = ouvrir ouvert ouverture | abrir abierto apertura | offnen offnung eroffnen
close = fermer ferme fermeture | cerrar cerrado cierre | schliessen geschlossen schliessung
build = construire construction | construir construccion | bauen bau
sign = signer signe signature | firmar firmado firma | unterzeichnen unterzeichnet
agree = accord | acuerdo | einigung abkommen
treaty = traite | tratado | vertrag
deal = entente | pacto | deal
vote = vote voter votes | voto votar votos | stimme abstimmung stimmen
election = election elections | eleccion elecciones | wahl wahlen
win = gagner gagne remporter remporte victoire | ganar gano victoria | gewinnen gewonnen sieg
lose = perdre perdu defaite | perder perdio derrota | verlieren verloren niederlage
candidate = candidat candidate | candidato candidata | kandidat kandidatin
release = liberer relacher relache lacher | liberar soltar soltado | freilassen freigelassen
rescue = secourir sauver sauvetage secours | rescatar rescate | retten rettung
evacuate = evacuer evacue evacuation | evacuar evacuacion desalojo | evakuieren evakuierung
warn = avertir avertissement alerter alerte | advertir aviso alertar alerta | warnen warnung
protest = manifester manifestation protestation | protestar protesta manifestacion | protestieren protest demonstration
oppose = opposer oppose | oponer opuesto | ablehnen
court = tribunal justice | tribunal juzgado | gericht
judge = juge | juez jueza | richter
arrest = arreter arrestation interpeller | detener detencion arresto | festnehmen festnahme verhaften
investigation = enquete | investigacion | ermittlung untersuchung
accuse = accuser accuse | acusar acusado | beschuldigen
report = rapport | informe | bericht
data = donnees | datos | daten
attack = attaque cyberattaque | ataque ciberataque | angriff
steal = voler vole | robar robado | stehlen gestohlen
member = membre membres adherent adherents | miembro miembros socio socios | mitglied mitglieder
animal = animal animaux | animal animales | tier tiere
environment = environnement | medio ambiente | umwelt
university = universite | universidad | universitat
school = ecole ecoles | escuela escuelas | schule schulen
hospital = hopital hopitaux | hospital hospitales | krankenhaus
doctor = medecin medecins | medico medicos | arzt arzte
health = sante | salud | gesundheit
storm = tempete | tormenta temporal | sturm
rain = pluie pluies | lluvia lluvias | regen
earthquake = seisme | terremoto sismo | erdbeben
accident = accident | accidente | unfall
crash = collision | choque | zusammenstoss
train = train | tren | zug
plane = avion | avion | flugzeug
war = guerre | guerra | krieg
peace = paix | paz | frieden
border = frontiere | frontera | grenze
embassy = ambassade | embajada | botschaft
ambassador = ambassadeur | embajador | botschafter
meet = rencontrer reunion rencontre | reunirse reunion | treffen
visit = visiter visite | visitar visita | besuchen besuch
promise = promettre promis promesse | prometer prometio promesa | versprechen versprochen
decide = decider decision | decidir decision | entscheiden entscheidung
plan = projet | proyecto | projekt
law = loi | ley | gesetz
tax = impot taxe | impuesto | steuer
safety = securite | seguridad | sicherheit
responsible = responsable responsables | responsable responsables | verantwortlich verantwortliche
disaster = catastrophe desastre | catastrofe desastre tragedia | katastrophe unglueck
answer = repondre reponse reponses | responder respuesta respuestas | antworten antwort
question = question questions | pregunta preguntas cuestion | frage fragen
work = travail travaux travailler | trabajo trabajos trabajar | arbeit arbeiten
rescuer = secouriste secouristes sauveteur sauveteurs secours | rescatista rescatistas socorrista socorristas | retter helfer
far = loin | lejos | weit
finish = terminer termine terminee achever acheve fini finir | terminar terminado acabar acabado | beenden beendet fertig
neighbour = voisin voisins voisine voisines | vecino vecinos vecina vecinas | nachbar nachbarn
friend = ami amis amie amies | amigo amigos amiga amigas | freund freunde freundin
always = toujours | siempre | immer
never = jamais | nunca jamas | nie niemals
join = unir unira relier | unir unira | verbinden vereinen
people = peuple peuples | pueblo pueblos | volk volker
nation = nation nations | nacion naciones | nation nationen
help = aider aide aides | ayudar ayuda ayudas | helfen hilfe
rebuild = reconstruire reconstruction | reconstruir reconstruccion | wiederaufbauen wiederaufbau
change = changement changements changer | cambio cambios cambiar | wandel anderung
victory = victoire | victoria | sieg
choose = choisir choisi choix | elegir eligio | wahlen gewahlt
sorry = desole desoles desolee | lamentamos lamento | leid
protect = proteger protection | proteger proteccion | schutzen schutz
trust = confiance confier confie | confianza confiar confiado | vertrauen anvertraut
fail = echouer echec | fallar fracasar fracaso | scheitern versagen
fast = vite rapide rapides rapidement | rapido rapida rapidamente | schnell
expect = attendre attendu prevu | esperar esperaba esperado | erwarten erwartet
kitchen = cuisine cuisines | cocina cocinas | kuche
bed = lit lits | cama camas | bett betten
dry = sec seche secs seches | seco seca secos secas | trocken
warehouse = entrepot entrepots | almacen almacenes | lager lagerhaus
contract = contrat contrats | contrato contratos | vertrag vertrage
table = table tables | mesa mesas | tisch
every = chaque | cada | jede jeder jedes
dam = barrage barrages | presa represa | damm staudamm talsperre
early = tot | temprano pronto | fruh
late = tard | tarde | spat
truth = verite | verdad | wahrheit
fear = peur craindre crainte | miedo temer temor | angst furcht
hope = espoir esperer | esperanza | hoffnung hoffen
safe = sur surs sains | seguro seguros | sicher
danger = danger dangereux | peligro peligroso | gefahr gefahrlich
perish = perir peri perirent | perecer perecio perecieron | umkommen umgekommen
group = groupe groupes | grupo grupos | gruppe gruppen
environmental = ecologiste ecologistes environnemental environnementaux | ecologista ecologistas ambiental ambientales | umweltschutzer
wetland = zones humides | humedal humedales | feuchtgebiet feuchtgebiete
harm = nuire endommager dommage dommages | danar dano danos | schaden schadigen
bird = oiseau oiseaux | ave aves pajaro pajaros | vogel
warn = avertissent averti | advirtieron advirtio | warnten
work = chantier chantiers | obra obras | bauarbeiten
`;

/**
 * English near-synonyms of everyday reporting, `head = forms`: a quote reworded by another
 * outlet (`blaze` for `fire`) is compared on the head's key. Only words whose senses in news
 * mostly coincide.
 */
const SYNONYM_ROWS = `
fire = blaze blazes flames inferno
disaster = catastrophe catastrophes tragedy
warehouse = storehouse storehouses storeroom storerooms depot
defeat = beat beaten
help = aid assist assistance
finish = complete completed
begin = start started starting begun began
sorry = apologise apologize regret
quick = fast rapid swift
`;

/**
 * English news phrases and words that tell the same act or thing in other words, `head = phrase |
 * phrase`: a clause holding one of them also carries the key of the head's first word, so `takes
 * office` meets `will be sworn in` and `walked off the job` meets `began a strike`. Each word is
 * matched on its alignment key (so `took office`, `stepped down`, `downed tools` match too). `@who`
 * stands for whom an act is done to, a name or a personal pronoun (`rang her`, `called Ms X`):
 * `call` and `ring` mean a telephone call only there (not `called for talks`, `the bell rang`).
 *
 * The rows are swaps any news desk makes, in any story, never one outlet's wording: a head is the
 * least ambiguous word of its row (its key is the one added), and a word with a common other sense
 * in news (`walk out` of a meeting, `decline` to comment, `raise` concerns, `blast` a plan, `climb`
 * a mountain, football `sacks`, `kill`, which would tie every clause of a story about a death to its
 * toll) is left out or held to its `@who`. Words are matched on their alignment keys, which are
 * prefixes: a form whose key another common word shares (`commence` / `comment`, `detect` /
 * `detective`, `physician` / `physical`, `demonstration` / `demonstrated`, `firm` / `firmly`,
 * `hike` / `hiking`) is left out too. The added key is light (see features.ts): it aligns two wordings, it
 * never makes a side of a contradiction.
 */
const PHRASE_ROWS = `
swear in = take office | inaugurate
resign = step down | stand down | quit
release = set free
cancel = call off
reject = turn down
detain = take into custody | arrest
telephone = phone | ring @who | call @who
congratulate = say well done | said well done | offer congratulations
strike = walkout | walk off the job | down tools | stop work | industrial action
halt = at a standstill | to a standstill
account = answer for | face justice | bring to justice
disaster = catastrophe | tragedy
fire = blaze | inferno
explode = blow up
die = perish | lose their lives | lose his life | lose her life | shoot dead
injure = wound | hurt
dismiss = sack @who | fire @who
acquire = buy | purchase
increase = rise | go up
close = shut | shut down
begin = start | get under way
agree = reach a deal | strike a deal | reach an agreement | reach agreement
sue = take to court | file a lawsuit | bring a lawsuit
investigation = inquiry | enquiry | probe | look into
postpone = put off
prison = jail | gaol
apologise = say sorry | said sorry
discover = uncover
missing = unaccounted for
shoot = open fire
crash = collide | collision
earthquake = quake | tremor
truck = lorry
railway = railroad
`;
const NUMBER_ROWS = `
2 = deux | dos | zwei
3 = trois | tres | drei
4 = quatre | cuatro | vier
5 = cinq | cinco | funf
6 = six | seis | sechs
7 = sept | siete | sieben
8 = huit | ocho | acht
9 = neuf | nueve | neun
10 = dix | diez | zehn
11 = onze | once | elf
12 = douze | doce | zwolf
13 = treize | trece | dreizehn
14 = quatorze | catorce | vierzehn
15 = quinze quinzaine | quince | funfzehn
16 = seize | dieciseis | sechzehn
20 = vingt vingtaine | veinte | zwanzig
30 = trente | treinta | dreissig
40 = quarante quarantaine | cuarenta | vierzig
50 = cinquante | cincuenta | funfzig
60 = soixante soixantaine | sesenta | sechzig
100 = cent centaine | cien ciento | hundert
1000 = mille | | tausend
`;

/**
 * English number words: a count written out meets the same count in figures. `one` is left out
 * (`one of them`, `no one` count nothing); it counts inside a run (`one hundred`, see
 * numberWordRuns). `million` and `billion` stay words, as they do after figures (`2 million` is
 * `n:2` and the word `million`, and so is `two million`); `thousand` is a figure (`2,000`).
 */
const UNITS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ENGLISH_NUMBERS = new Map(Object.entries({ ...UNITS, ...TEENS, ...TENS, hundred: 100, thousand: 1000 }).map(([w, n]) => [w, "n:" + n]));
/** `twenty-five`, `ninety-nine`: a ten and a unit written as one hyphenated word. */
const COMPOUND_RE = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\u2010\u2011](one|two|three|four|five|six|seven|eight|nine)$/;

const stemmers = new Map<string, Stemmer>();
/** Per language, foreign stem to its English keys (`w:` word key or `n:` number), the first row's first. */
const tables = new Map<string, Map<string, string[]>>();
/** English word key to the key of its synonym row's head. */
const synonyms = new Map<string, string>();
/** Every English key the lexicon can produce: the words a translation can be compared on. */
export const TRANSLATABLE = new Set<string>();

function stemOf(lang: string, norm: string): string {
  let s = stemmers.get(lang);
  if (!s) stemmers.set(lang, (s = snowball.newStemmer(STEMMERS[lang]!)));
  return s.stem(norm);
}

function load(): void {
  const add = (rows: string, key: (en: string) => string): void => {
    for (const line of rows.split("\n")) {
      const m = /^([^=]+)=(.*)$/.exec(line.trim());
      if (!m) continue;
      const target = key(m[1]!.trim());
      TRANSLATABLE.add(target);
      m[2]!.split("|").forEach((side, li) => {
        const lang = (["fr", "es", "de"] as const)[li]!;
        let table = tables.get(lang);
        if (!table) tables.set(lang, (table = new Map()));
        for (const form of side.trim().split(/\s+/).filter(Boolean)) {
          const stem = stemOf(lang, normalizeWord(form));
          // A form under two English words (`responsable`: official, responsible) gives both.
          const list = table.get(stem);
          if (!list) table.set(stem, [target]);
          else if (!list.includes(target)) list.push(target);
        }
      });
    }
  };
  add(ROWS, (en) => "w:" + wordKey(en));
  add(NUMBER_ROWS, (n) => "n:" + n);
  for (const line of SYNONYM_ROWS.split("\n")) {
    const m = /^([^=]+)=(.*)$/.exec(line.trim());
    if (!m) continue;
    const head = "w:" + wordKey(m[1]!.trim());
    for (const form of m[2]!.trim().split(/\s+/)) {
      const k = wordKey(normalizeWord(form));
      if (!synonyms.has(k) && "w:" + k !== head) synonyms.set(k, head);
    }
  }
}
load();

/** True when the lexicon translates from `language` (an ISO 639-1 code). */
export function translates(language: string | null | undefined): boolean {
  return language !== null && language !== undefined && tables.has(language);
}

/** Translations already looked up, per `language:norm`. */
const translated = new Map<string, string[] | null>();

/** Elided articles and pronouns glued to a French word (`l'épave`, `d'environ`, `qu'il`). */
const ELISION_RE = /^(?:l|d|qu|n|s|c|j|m|t|jusqu|lorsqu|puisqu)'/;

/**
 * The English key of a foreign word (`w:` word key, `n:` for a number word), or null when the
 * lexicon does not hold it. `norm` is the token's normalised form.
 */
export function translateWord(language: string, norm: string): string | null {
  return translateWords(language, norm)?.[0] ?? null;
}

/** Every English key the lexicon gives a foreign word (a form listed under several words), or null. */
export function translateWords(language: string, norm: string): readonly string[] | null {
  const table = tables.get(language);
  if (!table) return null;
  const memo = language + ":" + norm;
  const hit = translated.get(memo);
  if (hit !== undefined) return hit;
  const bare = language === "fr" ? norm.replace(ELISION_RE, "") : norm;
  const out = table.get(stemOf(language, bare)) ?? null;
  // Stemming every token of every translated article again is needless: words recur.
  if (translated.size > 100_000) translated.clear();
  translated.set(memo, out);
  return out;
}

/** The key (`w:`) of the synonym row an English word key belongs to, or null. */
export function englishSynonym(key: string): string | null {
  return synonyms.get(key) ?? null;
}

/** A phrase word that stands for whom an act is done to (see PHRASE_ROWS). */
const WHO = "@who";
/** Per first word key of a phrase of PHRASE_ROWS, its other word keys (or WHO) and the key it carries. */
const phrases = new Map<string, { rest: string[]; key: string }[]>();
for (const line of PHRASE_ROWS.split("\n")) {
  const m = /^([^=]+)=(.*)$/.exec(line.trim());
  if (!m) continue;
  const key = "w:" + wordKey(normalizeWord(m[1]!.trim().split(/\s+/)[0]!));
  for (const phrase of m[2]!.split("|")) {
    const [first, ...rest] = phrase
      .trim()
      .split(/\s+/)
      .map((w) => (w === WHO ? WHO : wordKey(normalizeWord(w))));
    let list = phrases.get(first!);
    if (!list) phrases.set(first!, (list = []));
    list.push({ rest, key });
  }
}

/** Words that stand for a person an act is done to (`rang her`, `called his rival`). */
export const WHO_WORDS = new Set(["him", "her", "them", "his", "their", "me", "us", "you"]);

/**
 * The keys the news phrases of PHRASE_ROWS add to a run of English words, given as their
 * alignment keys (wordKey) in text order: the head's key per phrase found, in order. `who[i]`
 * (or `who(i)`, asked only where a phrase needs it) tells whether word i names a person an act
 * can be done to (a name, `her`): the `@who` of a phrase matches only such a word, and never
 * without `who`. A word that is the head itself adds
 * nothing (its own key is there).
 */
export function phraseKeys(words: readonly string[], who?: readonly boolean[] | ((i: number) => boolean)): string[] {
  const isWho = (i: number): boolean => (typeof who === "function" ? who(i) : who?.[i] === true);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const list = phrases.get(words[i]!);
    if (!list) continue;
    for (const p of list) {
      if (p.rest.every((w, j) => (w === WHO ? i + 1 + j < words.length && isWho(i + 1 + j) : words[i + 1 + j] === w)) && !out.includes(p.key)) out.push(p.key);
    }
  }
  return out;
}

/** The `n:` key of an English number word (`seven` gives `n:7`), or null. */
export function englishNumberWord(norm: string): string | null {
  const hit = ENGLISH_NUMBERS.get(norm);
  if (hit) return hit;
  const m = COMPOUND_RE.exec(norm);
  return m ? "n:" + (TENS[m[1]!]! + (m[2] === "one" ? 1 : UNITS[m[2]!]!)) : null;
}

/** True for a key that can be shared across languages: a name, number, date or a lexicon word. */
export function portableKey(key: string): boolean {
  const kind = key.charCodeAt(0);
  return kind === 101 || kind === 110 || kind === 100 || TRANSLATABLE.has(key);
}
