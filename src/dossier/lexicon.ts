/**
 * A small bilingual lexicon of general news vocabulary (French, Spanish, German, Italian,
 * Portuguese, Dutch to English), so
 * that a translated article's clauses can be aligned with English ones through more than their
 * names, numbers and dates. Only content words of everyday reporting (counts, time, people,
 * places, disasters, politics, economy, justice) and of what quotes and statements say of it
 * (weakness, respect, to deny, unacceptable): no function words, nothing of any one story.
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
const STEMMERS: Record<string, string> = { fr: "french", es: "spanish", de: "german", it: "italian", pt: "portuguese", nl: "dutch" };

/** The languages of the columns of ROWS and NUMBER_ROWS, in order. */
const COLUMNS = ["fr", "es", "de", "it", "pt", "nl"] as const;

/**
 * Rows `english = french | spanish | german | italian | portuguese | dutch`, each side a
 * space-separated list of forms (a side may be empty). Written by hand as common news vocabulary
 * and the words of quotes and statements (what officials, witnesses and victims say in any story);
 * a form repeated under two English words gives both, the first row's first. Forms are written
 * without accents (normalizeWord strips them: `città` is `citta`).
 *
 * A form is left out where its Snowball stem is that of a very common word of its language, which
 * would carry the English key into every clause: Italian `casa` (stem of `caso`), `sera` (`serie`),
 * `fine` and `finire` (`fino`), `salute` (`sale`), `dati` (`data`), `primo` (`prima`), `porto`
 * (`porta`), `perire` (`per`), `temere` (`tema`), `sei` (six, `you are`), `vicino` (near), `costa`
 * as the coast (the verb `costs`), `sindacato` as the union (`sindaco`, the mayor), `tassa` (`tasso`),
 * `lavoro` (`lavoratori`), `trattato` (`si tratta`, it is about); Portuguese `casa` (`caso`), `ponte` (`ponto`), `mesa` (`mês`), `novo`
 * and `nove` (one stem), `longe` (`longo`), `temer` (`tem`), `medo` (`medida`), `encontro`
 * (`encontrar`), `alta` and `cheia` (high, full), and the embassy and its ambassador in both (one
 * stem: `ambasciata` / `ambasciatore`, `embaixada` / `embaixador`, a quote of the ambassador would
 * meet any clause on the embassy); Dutch `weg` (away), `vinden` (to think), `vroeg`
 * (asked), `laat` (lets), `redden` (`reden`), `plaats` (`in plaats van`), `tegen` (against).
 * Likewise in the rows of politics, justice, business and accidents: French `parlement` (`parler`),
 * `vent` (`vente`), `armes` as weapons (`armée`), `communiqué` (`commune`), `noyer` (the walnut
 * tree), `peine` (`à peine`), `appel` (`appeler`), `enlever` (to remove), `échoué` as aground
 * (`échouer`, failed), `épave` (the crosslang test's word outside the lexicon); Spanish
 * `negociaciones` (`negocios`), `senado` (`seno`), `aliado` (the name `Ali`), `despido` (stem `desp`), `fallo`
 * (`fallar`), `fondo` (the bottom), `fiscal` (taxation); Italian `soldati` (`soldi`), `alleati`
 * (`alle`), `vento` (`venti`, twenty), `negoziato` (`negozio`), `rapito` (a stem of three letters),
 * `bilancio` (a toll), `legale`, `processo`, `posto`, `campagna` (the countryside); Portuguese
 * `cadeia` (`cada`), `indiciado` (`indicar`), `motorista` (`motor`), `buscas` (`buscar`),
 * `referendo` (`referente`), `procurador` (`procurar`), `virar`, `pena`; German `Sprecher`
 * (`sprechen`), `Fahrer` (`fahren`), `Ausweisung` (`Ausweis`), `Berufung` (`Beruf`), `kentern`
 * (`Kent`), `Fähre` (`fahren`), `sinken` (prices), `Gewinn` (`gewinnen`), `Schulden` (`Schuld`),
 * `Handel` (`handeln`), `entlassen` (from hospital), `Stelle`; Dutch `uitspraak`, `vastgelopen`
 * (talks stuck), `uitvoer` (`uitvoeren`), `handel` (`handelen`), `schuld`, `top`, `cel`.
 *
 * Likewise in the rows of what quotes and statements say (`weakness`, `respect`, `deny`,
 * `unacceptable`, `proud`): French `respecter` and its forms (`respectivement`), `fier` (a stem of
 * two letters), `retenue` (`retenu`, retained), `foi` (`foyer`), `monde` (`tout le monde`), `nier`
 * (`ni`), `cesser` (`sans cesse`), `doute` (`sans doute`), `lâche` (`lâcher`), `prêt` (a loan),
 * `mesure` (`dans la mesure`), `occupation` (`s'occuper`), `reconnaissant` (`reconnaissait`),
 * `juste` (only), `pacifique` (the ocean), `lier` (`li`, `lié à`), `reporter` (a reporter),
 * `reprise` (`à plusieurs reprises`), `louer` (to rent), `précédent` (previous); Spanish `listo`
 * (`lista`), `meta` (`meter`), `héroes` (`herir`), `mundo` (`todo el mundo`), `provocaciones` and
 * the verb (`provocó`, caused), `proporcionado` (`proporcionar`, to provide), `vengar` (`venga`),
 * `parar` (`para`), `ira` (`irá`), `creer` (`crear`), `medida` (`a medida que`), `principio` (`a
 * principios de`), `mentir` (`mente`), `choque` (the crash row), `valor` as courage (value), `duelo`
 * (a match); Italian `rispetto` (`rispetto a`, compared with), `rifiuto` (`rifiuti`, waste), `capire`
 * (`capo`), `parità` (`pare`), `eroe` (`ero`, I was), `perdono` (they lose), `isolato` (`isola`),
 * `cittadino` (the town row's `cittadina`), `provocazione` (`provocato`, caused), `scambiare` as to
 * mistake (`scambio`, exchange), `occupazione` (employment), `stabilità` (`stabilito`), `legare`
 * (`Lega`), `colpa` (`colpo`), `sostenere` (to maintain a claim), `successo` (it happened),
 * `occasione` (`in occasione di`), `sollevato` (raised); Portuguese `respeito` (`a respeito de`),
 * `estáveis` (`estava`), `cidadã` and `trair` (stems of three letters), `meta` (`meter`), `luto`
 * (`luta`, the fight row), `mundo` (`todo mundo`), `obrigado` (obliged), `saudar` (`saúde`), `parar`
 * (`para`), `ira` (`irá`), `proporcionado`, `medida`; German `Würde` (`wurde`), `Fehler`
 * (`fehlen`), `Sicherheit` and `sicher` under security, safety and safe (the reflexive `sich`), `bereit` (`bereits`), `Lehre` (`Lehrer`),
 * `leiden` (`leider`), `fordern` (`fördern`), `billigen` (`billig`), `Sorge` (`sorgen für`),
 * `verbindlich` (the join row's `verbinden`), `lösen` (`los`), `Folge` (`folgen`), `Rede`
 * (`reden`), `Ruf` (`rufen`), `verdienen` (to earn), `vergeben` (to award), and `Stimme` as voice,
 * `Botschaft` as message, `Opfer` as sacrifice, `verletzen` as to violate (the vote, embassy, victim
 * and injure rows); Dutch `boos` (`bos`), `vals` (`val`), `kans` (`kan`), `pers` (`per`),
 * `overheid` (`over`), `wraak` (the wreck row's `wrak`), `geleden` (ago), `zorg` (`zorgen voor`),
 * `gevolg` (`als gevolg van`), `prijzen` (the price row), `verdienen` (to earn), `stem` as voice.
 * English heads whose key a common English word shares are left out too: `groundless`
 * (`ground`), `disappointed` (`disappear`), `important` (`import`), `represent` and `repression`
 * (one key), `interview` (`intervention`), `transparency` (`transport`), `generation`
 * (`general`), `patience` (`patients`), `relation` (`related`), `unite` (`unit`), `firm` (a
 * company), `respond` (`responsible`).
 *
 * Likewise in the rows of courts, elections, business, weather, transport, health, schools and
 * museums: French `amende` (`amendement`), `loyer` (`loi`), `ventes` (`vent`, the wind),
 * `provisoire` (`bilan provisoire`), `flambée` (of prices), `traitement` (`traité`), `jurés`
 * (`jurer`), `parti` (`partir`, `partie`), `vol` (both flight and theft), `élève` (`élevé`),
 * `assurance` (`assurer`), `voie` (`en voie de`), `garde` (`garder`), `frais` (fresh), `marge`
 * (`en marge de`), `quarantaine` (about forty, the number row), `or` and `argent` (or, money);
 * Spanish `jurado` (`jurar`), `partido` (`parte`), `tienda` (`tiende`), `récord` (`recordar`),
 * `ingresado` (`ingresos`), `mareas` (`mar`), `refugio` (the refugee row), `prueba` (evidence),
 * `seguro` (safe), `rescate` (the rescue row), `margen`, `personal` (the adjective); Italian
 * `partito` (`parte`), `volo` (`volere`), `prestito` (`presto`), `malato` (`male`), `primato`
 * (`prima`), `scheda` (a form), `collegio` (a board), `mandato` (`mandare`), `assicurazione`
 * (`assicurare`), `trattamento` (`trattare`), `mostra` (`mostrare`), `cautelare` (the caution
 * row), `quadro` (`nel quadro di`), `personale`; Portuguese `partido` (`parte`), `júri`
 * (`jurou`), `recorde` (`recordar`), `medicamento` (`médico`), `seguradora` (`seguro`), `resgate`
 * (the rescue row), `pessoal`; German `Sitz` (`sitzen`), `Maler` (`Mal`), `Wähler` (`Wahl`),
 * `Schüler` (`Schule`), `gestanden` (`stehen`), `Bewährung` (`bewahren`), `Laden` (`laden`),
 * `Spur` (a trace), `Gewinner` (`gewinnen`); Dutch `boom` (`bom`, the bomb row), `ouders` and
 * `ouderen` (`ouder`, older), `gevallen` (`geval`), `bekende` (`bekend`), `opgenomen`
 * (recorded), `weer` as weather (again). English heads left out there: `convict` (its forms are the sentence row's), `defendant` (`defend`),
 * `hearing` (`hear`), `accomplice` (`accompany`), `constituency` (`constitution`), `majority`
 * (`major`), `dividend` (`divide`), `customer` (`customs`), `statue` (`status`), `hail`
 * (`hailed`), `governor` (`government`), `transfer` (`transform`), `electricity`
 * (`electronic`), `wave` (`waved`).
 */
const ROWS = `
dead = mort morts morte | muerto muertos muerta | tot tote toten | morto morti morta morte | morto mortos morta mortas | dood dode doden
die = mourir meurent mort | morir murieron murio mueren | sterben starben starb gestorben | morire muoiono morirono | morrer morreram morreu morrem | sterven stierven stierf overleden
kill = tuer tue tues tuant | matar mato mataron | toten totete getotet | uccidere ucciso uccisi uccisa | matar matou mataram | doden gedood doodde
death = deces | fallecimiento | todesfall | decesso decessi | falecimento obito | overlijden
injure = blesser blesse blesses | herir herido heridos | verletzen verletzt verletzte | ferire ferito feriti ferita | ferir ferido feridos ferida | verwonden gewond gewonden
victim = victime victimes | victima victimas | opfer | vittima vittime | vitima vitimas | slachtoffer slachtoffers
people = personnes gens | personas gente | menschen leute personen | persone gente | pessoas gente | mensen personen
worker = ouvrier ouvriers travailleur travailleurs salarie salaries | trabajador trabajadores obrero obreros | arbeiter beschaftigte | lavoratore lavoratori operaio operai dipendenti | trabalhador trabalhadores operario operarios | arbeider arbeiders werknemers
resident = habitant habitants residents | habitante habitantes vecinos | einwohner anwohner bewohner | abitante abitanti residenti | habitante habitantes moradores | inwoner inwoners bewoners
child = enfant enfants | nino ninos | kind kinder | bambino bambini | crianca criancas | kind kinderen
woman = femme femmes | mujer mujeres | frau frauen | donna donne | mulher mulheres | vrouw vrouwen
man = homme hommes | hombre hombres | mann manner | uomo uomini | homem homens | man mannen
family = famille familles | familia familias | familie familien | famiglia famiglie | familia familias | familie families gezin gezinnen
explosion = explosion explosions | explosion explosiones | explosion explosionen | esplosione esplosioni | explosao explosoes | explosie explosies ontploffing
fire = incendie incendies feu | incendio incendios fuego | feuer brand | incendio incendi fuoco | incendio incendios fogo | brand branden vuur
firefighter = pompier pompiers | bombero bomberos | feuerwehr feuerwehrleute | pompiere pompieri | bombeiro bombeiros | brandweer brandweerlieden
plant = usine usines | planta fabrica | werk fabrik anlage | stabilimento stabilimenti impianto | fabrica usina | fabriek fabrieken installatie
factory = fabrique | factoria | betrieb | fabbrica fabbriche | | bedrijfshal
flood = inondation inondations crue crues | inundacion inundaciones crecida | hochwasser uberschwemmung flut | alluvione alluvioni inondazione inondazioni | inundacao inundacoes enchente enchentes | overstroming overstromingen hoogwater
river = fleuve riviere | rio | fluss | fiume fiumi | rio rios | rivier rivieren
water = eau eaux | agua aguas | wasser | acqua acque | agua aguas | water
house = maison maisons | casa casas | haus hauser | | | huis huizen
home = logement logements foyer foyers | vivienda viviendas hogar hogares | wohnung wohnungen | alloggio alloggi | moradia moradias habitacao | woning woningen
bridge = pont ponts | puente puentes | brucke brucken | ponte ponti | | brug bruggen
road = route routes | carretera carreteras | strasse | strada strade | estrada estradas | snelweg snelwegen
rail = ferroviaire rail | ferroviario ferrocarril | bahn schiene | ferroviario ferrovia | ferroviario ferrovia | spoor spoorweg
ship = navire navires bateau bateaux | barco barcos buque nave | schiff schiffe | nave navi | navio navios barco barcos | schip schepen
boat = barque canot | bote lancha | boot | barca barche imbarcazione | bote lancha | boot boten
sea = mer | mar | meer | mare | mar | zee
coast = cote cotes | costa | kuste | litorale | costa litoral | kust
island = ile iles | isla islas | insel | isola isole | ilha ilhas | eiland eilanden
port = port ports | puerto puertos | hafen | | porto portos | haven havens
city = ville villes | ciudad ciudades | stadt | citta | cidade cidades | stad steden
town = commune bourg | pueblo localidad municipio | gemeinde ort | cittadina | vila municipio localidade | gemeente
village = village villages | aldea | dorf | villaggio borgo | aldeia | dorp dorpen
country = pays | pais paises | land lander | paese paesi | pais paises | land landen
government = gouvernement | gobierno | regierung | governo | governo | regering kabinet
minister = ministre ministres | ministro ministra ministros | minister ministerin | ministro ministra ministri | ministro ministra ministros | minister ministers
ministry = ministere | ministerio | ministerium | ministero | ministerio | ministerie
president = president presidente presidents | presidente presidenta | prasident prasidentin | presidente presidenti | presidente | president
mayor = maire | alcalde alcaldesa | burgermeister | sindaco sindaca | prefeito prefeita | burgemeester
police = police policiers | policia | polizei | polizia poliziotti carabinieri | policia policiais | politie
army = armee | ejercito | armee | esercito | exercito | leger
official = responsable responsables | funcionario funcionarios | beamte | funzionario funzionari | funcionario funcionarios | ambtenaar ambtenaren functionaris
company = entreprise societe groupe | empresa compania | unternehmen firma konzern | azienda societa impresa | empresa companhia | bedrijf onderneming concern
bank = banque banques | banco bancos | bank banken | banca banche | banco bancos | bank banken
union = syndicat syndicats | sindicato sindicatos | gewerkschaft | sindacale sindacali | sindicato sindicatos | vakbond vakbonden
strike = greve greves | huelga huelgas | streik streiks | sciopero scioperi | greve greves | staking stakingen
pay = salaire salaires paie | salario salarios sueldo | lohn lohne gehalt | salario salari stipendio stipendi | salario salarios | loon lonen salaris
rise = hausse augmentation | aumento subida alza subir subio | erhohung anstieg steigen stieg gestiegen | aumento rialzo | aumento subida | stijging verhoging stijgen steeg gestegen
rate = taux | tasa tipo | zins zinsen satz | tasso tassi | taxa | rente
price = prix | precio precios | preis preise | prezzo prezzi | preco precos | prijs prijzen
inflation = inflation | inflacion | inflation | inflazione | inflacao | inflatie
cost = cout couts couter coute | coste costo costar cuesta | kosten kostet | costo costi | custo custos custar custa | kosten
million = million millions | millon millones | million millionen | milione milioni | milhao milhoes | miljoen miljoenen
billion = milliard milliards | mil | milliarde milliarden | miliardo miliardi | bilhao bilhoes | miljard miljarden
euro = euro euros | euro euros | euro | euro | euro euros | euro
dollar = dollar dollars | dolar dolares | dollar | dollaro dollari | dolar dolares | dollar dollars
pound = livre livres | libra libras | pfund | sterlina sterline | libra libras | pond ponden
crown = couronne couronnes | corona coronas | krone kronen | corona corone | coroa coroas | kroon kronen
guilder = florin florins | florin florines | gulden | fiorino fiorini | florim florins | gulden guldens
franc = franc francs | franco francos | franken | franco franchi | franco francos | frank franken
percent = pourcent | porciento | prozent | percento | porcento | procent
year = an ans annee annees | ano anos | jahr jahre jahren | anno anni | ano anos | jaar jaren
month = mois | mes meses | monat monate | mese mesi | mes meses | maand maanden
week = semaine semaines | semana semanas | woche wochen | settimana settimane | semana semanas | week weken
day = jour jours journee | dia dias | tag tage | giorno giorni giornata | dia dias | dag dagen
night = nuit | noche | nacht | notte | noite | nacht
morning = matin | manana | morgen | mattina mattino | manha | ochtend
evening = soir soiree | tarde | abend | | | avond
hour = heure heures | hora horas | stunde stunden | ore | hora horas | uur uren
minute = minute minutes | minuto minutos | minute minuten | minuto minuti | minuto minutos | minuut minuten
summer = ete | verano | sommer | estate | verao | zomer
winter = hiver | invierno | winter | inverno | inverno | winter
spring = printemps | primavera | fruhling | primavera | primavera | lente voorjaar
autumn = automne | otono | herbst | autunno | outono | herfst najaar
january = janvier | enero | januar | gennaio | janeiro | januari
february = fevrier | febrero | februar | febbraio | fevereiro | februari
march = mars | marzo | marz | marzo | marco | maart
april = avril | abril | april | aprile | abril | april
may = mai | mayo | mai | maggio | maio | mei
june = juin | junio | juni | giugno | junho | juni
july = juillet | julio | juli | luglio | julho | juli
august = aout | agosto | august | agosto | agosto | augustus
september = septembre | septiembre | september | settembre | setembro | september
october = octobre | octubre | oktober | ottobre | outubro | oktober
november = novembre | noviembre | november | novembre | novembro | november
december = decembre | diciembre | dezember | dicembre | dezembro | december
monday = lundi | lunes | montag | lunedi | segunda-feira | maandag
tuesday = mardi | martes | dienstag | martedi | terca-feira | dinsdag
wednesday = mercredi | miercoles | mittwoch | mercoledi | quarta-feira | woensdag
thursday = jeudi | jueves | donnerstag | giovedi | quinta-feira | donderdag
friday = vendredi | viernes | freitag | venerdi | sexta-feira | vrijdag
saturday = samedi | sabado | samstag | sabato | sabado | zaterdag
sunday = dimanche | domingo | sonntag | domenica | domingo | zondag
yesterday = hier | ayer | gestern | ieri | ontem | gisteren
tomorrow = demain | manana | morgen | domani | amanha | morgen
today = aujourd'hui | hoy | heute | oggi | hoje | vandaag
last = dernier derniere | pasado ultimo | letzten vergangenen | ultimo ultima scorso scorsa | passado passada ultimo ultima | vorige afgelopen laatste
next = prochain prochaine | proximo proxima | nachsten kommenden | prossimo prossima | proximo proxima | volgende komende
first = premier premiere | primero primera | erste ersten | | primeiro primeira | eerste
new = nouveau nouvelle nouveaux | nuevo nueva nuevos | neu neue neuen | nuovo nuova nuovi nuove | | nieuw nieuwe
old = ancien vieux vieille | antiguo viejo | alt alte | vecchio vecchia antico | velho velha antigo | oud oude
long = long longue | largo larga | lang | lungo lunga | longo longa | lang lange
deep = profond profondeur fond | profundo profundidad | tief tiefe | profondo profonda profondita | profundo profunda profundidade | diep diepte
metre = metre metres | metro metros | meter | metro metri | metro metros | meter
kilometre = kilometre kilometres | kilometro kilometros | kilometer | chilometro chilometri | quilometro quilometros | kilometer
centimetre = centimetre centimetres | centimetro centimetros | zentimeter | centimetro centimetri | centimetro centimetros | centimeter
tonne = tonne tonnes | tonelada toneladas | tonne tonnen | tonnellata tonnellate | tonelada toneladas | ton
find = trouver trouve decouvrir decouvert | encontrar encontrado hallar hallado descubrir descubierto | finden gefunden entdecken entdeckt | trovare trovato trovata scoprire scoperto | encontrar encontrado encontrada descobrir descoberto | gevonden ontdekken ontdekt
discover = decouverte | descubrimiento hallazgo | entdeckung fund | scoperta ritrovamento | descoberta achado | ontdekking vondst
announce = annoncer annonce | anunciar anuncio | ankundigen ankundigung | annunciare annunciato annuncio | anunciar anunciou anuncio | aankondigen aangekondigd aankondiging
say = declarer declare | declarar | erklaren | dichiarare dichiarato | declarar declarou | verklaren verklaard
start = commencer commence debut | comenzar empezar comienzo inicio | beginnen beginn starten | iniziare iniziato inizio | comecar comecou inicio | beginnen begon begonnen
begin = debuter | iniciar | anfangen | avviare avvio | iniciar | aanvangen
end = terminer fin | terminar fin final | enden ende | terminare | terminar fim final | eindigen einde
open = ouvrir ouvert ouverture | abrir abierto apertura | offnen offnung eroffnen | aprire aperto apertura | abrir aberto abertura | openen geopend opening
close = fermer ferme fermeture | cerrar cerrado cierre | schliessen geschlossen schliessung | chiudere chiuso chiusa chiusura | fechar fechado fechada encerramento | sluiten gesloten sluiting
build = construire construction | construir construccion | bauen bau | costruire costruzione | construir construcao | bouwen bouw
sign = signer signe signature | firmar firmado firma | unterzeichnen unterzeichnet | firmare firmato firma | assinar assinado assinatura | ondertekenen ondertekend
agree = accord | acuerdo | einigung abkommen | accordo intesa | acordo | akkoord overeenkomst
treaty = traite | tratado | vertrag | | tratado | verdrag
deal = entente | pacto | deal | patto | pacto | deal
vote = vote voter votes | voto votar votos | stimme abstimmung stimmen | voto votare voti | voto votar votos | stemming stemmen
election = election elections | eleccion elecciones | wahl wahlen | elezione elezioni | eleicao eleicoes | verkiezing verkiezingen
win = gagner gagne remporter remporte victoire | ganar gano victoria | gewinnen gewonnen sieg | vincere vinto vittoria | vencer venceu vitoria | winnen gewonnen
lose = perdre perdu defaite | perder perdio derrota | verlieren verloren niederlage | perdere perso sconfitta | perder perdeu derrota | verliezen verloren nederlaag
candidate = candidat candidate | candidato candidata | kandidat kandidatin | candidato candidata | candidato candidata | kandidaat kandidaten
release = liberer relacher relache lacher | liberar soltar soltado | freilassen freigelassen | liberare liberato rilasciare rilasciato | libertar libertado soltar soltou | vrijlaten vrijgelaten
rescue = secourir sauver sauvetage secours | rescatar rescate salvamento | retten rettung | salvare soccorso salvataggio | resgatar resgate salvamento | redding reddingsactie
evacuate = evacuer evacue evacuation | evacuar evacuacion desalojo | evakuieren evakuierung | evacuare evacuato evacuazione | evacuar evacuacao | evacueren evacuatie
warn = avertir avertissement alerter alerte | advertir aviso alertar alerta | warnen warnung | avvertire allertare allerta | avisar alertar alerta | waarschuwen waarschuwing
protest = manifester manifestation protestation | protestar protesta manifestacion | protestieren protest demonstration | protestare protesta manifestazione | protestar protesto manifestacao | protesteren protest demonstratie
oppose = opposer oppose | oponer opuesto | ablehnen | opporsi | opor | afwijzen
court = tribunal justice | tribunal juzgado | gericht | tribunale | tribunal | rechtbank
judge = juge | juez jueza | richter | giudice | juiz juiza | rechter
arrest = arreter arrestation interpeller | detener detencion arresto | festnehmen festnahme verhaften | arrestare arresto arrestato | prender prisao detencao detido | arresteren arrestatie aanhouding aangehouden
investigation = enquete | investigacion | ermittlung untersuchung | indagine inchiesta | investigacao inquerito | onderzoek
accuse = accuser accuse accusation accusations | acusar acusado acusacion acusaciones | beschuldigen vorwurf vorwurfe beschuldigung | accusare accusato accusa accuse | acusar acusado acusacao acusacoes | beschuldigen beschuldigd beschuldiging beschuldigingen
report = rapport | informe | bericht | rapporto relazione | relatorio | rapport
data = donnees | datos | daten | | dados | gegevens
attack = attaque cyberattaque | ataque ciberataque | angriff | attacco attentato | ataque | aanval
steal = voler vole derober derobe derobes derobee | robar robado | stehlen gestohlen | rubare rubato | roubar roubado | stelen gestolen
member = membre membres adherent adherents | miembro miembros socio socios | mitglied mitglieder | membro membri | membro membros | lid leden
animal = animal animaux | animal animales | tier tiere | animale animali | animal animais | dier dieren
environment = environnement | medio ambiente | umwelt | ambiente | ambiente | milieu
university = universite | universidad | universitat | universita | universidade | universiteit
school = ecole ecoles | escuela escuelas | schule schulen | scuola scuole | escola escolas | school scholen
hospital = hopital hopitaux | hospital hospitales | krankenhaus | ospedale ospedali | hospital hospitais | ziekenhuis
doctor = medecin medecins | medico medicos | arzt arzte | medico medici | medico medicos | arts artsen dokter
health = sante | salud | gesundheit | sanitario sanitaria sanitari | saude | gezondheid
storm = tempete | tormenta temporal | sturm | tempesta | tempestade | storm
rain = pluie pluies | lluvia lluvias | regen | pioggia piogge | chuva chuvas | regen
earthquake = seisme | terremoto sismo | erdbeben | terremoto sisma | terremoto sismo | aardbeving
accident = accident | accidente | unfall | incidente | acidente | ongeluk ongeval
crash = collision | choque | zusammenstoss | scontro | colisao | botsing
train = train | tren | zug | treno | trem comboio | trein
plane = avion | avion | flugzeug | aereo | aviao | vliegtuig
war = guerre | guerra | krieg | guerra | guerra | oorlog
peace = paix | paz | frieden friedlich | pace | paz | vrede vreedzaam vreedzame
border = frontiere | frontera | grenze | confine frontiera | fronteira | grens
embassy = ambassade | embajada | botschaft | | | ambassade
ambassador = ambassadeur | embajador | botschafter | | | ambassadeur
meet = rencontrer reunion rencontre | reunirse reunion | treffen | incontrare incontro riunione | reunir reuniao | ontmoeten ontmoeting vergadering
visit = visiter visite | visitar visita | besuchen besuch | visitare visita | visitar visita | bezoeken bezoek
promise = promettre promis promesse | prometer prometio promesa | versprechen versprochen | promettere promesso promessa | prometer prometeu promessa | beloven beloofd belofte
decide = decider decision | decidir decision | entscheiden entscheidung | decidere deciso decisione | decidir decisao | besluiten besloten besluit beslissing
plan = projet | proyecto | projekt | progetto | projeto | project
law = loi | ley | gesetz | legge | lei | wet
tax = impot taxe | impuesto | steuer | imposta imposte | imposto | belasting
safety = securite | seguridad | | sicurezza | seguranca | veiligheid
responsible = responsable responsables responsabilite | responsable responsables responsabilidad | verantwortlich verantwortliche verantwortung | responsabile responsabili responsabilita | responsavel responsaveis responsabilidade | verantwoordelijk verantwoordelijkheid
disaster = catastrophe desastre | catastrofe desastre tragedia | katastrophe unglueck | catastrofe disastro tragedia | catastrofe desastre tragedia | ramp
answer = repondre reponse reponses | responder respuesta respuestas | antworten antwort | rispondere risposta | responder resposta | antwoorden antwoord
question = question questions | pregunta preguntas cuestion | frage fragen | domanda domande questione | pergunta perguntas questao | vraag vragen
work = travail travaux travailler | trabajo trabajos trabajar | arbeit arbeiten | | | werk werken
rescuer = secouriste secouristes sauveteur sauveteurs secours | rescatista rescatistas socorrista socorristas | retter helfer | soccorritori soccorritore | socorrista socorristas | hulpverleners reddingswerkers
far = loin | lejos | weit | lontano | | ver
finish = terminer termine terminee achever acheve fini finir finaliser finalise finalisee | terminar terminado acabar acabado finalizar finalizado completar completado | beenden beendet fertig abschliessen abgeschlossen | completato completare concluso finalizzare finalizzato | terminado acabar acabou finalizar finalizado concluir concluido | beeindigen beeindigd afronden afgerond voltooien voltooid
neighbour = voisin voisins voisine voisines | vecino vecinos vecina vecinas | nachbar nachbarn | | vizinho vizinhos vizinha | buurman buren
friend = ami amis amie amies amitie amical amicale | amigo amigos amiga amigas amistad amistoso | freund freunde freundin freundschaft freundlich | amico amici amica amicizia amichevole | amigo amigos amiga amizade amigavel | vriend vrienden vriendin vriendschap vriendelijk
always = toujours | siempre | immer | sempre | sempre | altijd
never = jamais | nunca jamas | nie niemals | mai | nunca jamais | nooit
join = unir unira relier | unir unira | verbinden vereinen | unire | unir | verenigen
people = peuple peuples | pueblo pueblos | volk volker | popolo popoli | povo povos | volk volken
nation = nation nations | nacion naciones | nation nationen | nazione nazioni | nacao nacoes | natie naties
help = aider aide aides | ayudar ayuda ayudas | helfen hilfe | aiutare aiuto aiuti | ajudar ajuda | helpen hulp
rebuild = reconstruire reconstruction | reconstruir reconstruccion | wiederaufbauen wiederaufbau | ricostruire ricostruzione | reconstruir reconstrucao | herbouwen wederopbouw
change = changement changements changer | cambio cambios cambiar | wandel anderung | cambiamento cambiare | mudanca mudar | verandering veranderen
victory = victoire | victoria | sieg | vittoria | vitoria | overwinning
choose = choisir choisi choix | elegir eligio | wahlen gewahlt | scegliere scelto scelta | escolher escolheu escolha | kiezen gekozen
sorry = desole desoles desolee regretter regrette regrettons excuses | lamentamos lamento lamentar lamenta disculpa disculpas | leid bedauern bedauert entschuldigung entschuldigt | dispiace rammarico scuse | lamentamos lamento lamentar lamenta desculpa desculpas | spijt betreuren betreurt excuses
protect = proteger protection | proteger proteccion | schutzen schutz | proteggere protezione | proteger protecao | beschermen bescherming
trust = confiance confier confie | confianza confiar confiado | vertrauen anvertraut | fiducia | confianca confiar | vertrouwen
fail = echouer echec | fallar fracasar fracaso | scheitern versagen | fallire fallimento | falhar fracasso | mislukken mislukt
fast = vite rapide rapides rapidement | rapido rapida rapidamente | schnell | veloce rapido rapidamente | rapido rapida rapidamente | snel
expect = attendre attendu prevu prevoit prevoir | esperar esperaba esperado | erwarten erwartet | atteso previsto | esperado previsto | verwachten verwacht
kitchen = cuisine cuisines | cocina cocinas | kuche | cucina | cozinha | keuken
bed = lit lits | cama camas | bett betten | letto letti | cama camas | bed bedden
dry = sec seche secs seches | seco seca secos secas | trocken | secco secca | seco seca | droog
warehouse = entrepot entrepots | almacen almacenes | lager lagerhaus | magazzino deposito | armazem deposito | magazijn opslag
contract = contrat contrats | contrato contratos | vertrag vertrage | contratto contratti | contrato contratos | contract contracten
table = table tables | mesa mesas | tisch | tavolo | | tafel
every = chaque | cada | jede jeder jedes | ogni | cada | elk elke
dam = barrage barrages | presa represa | damm staudamm talsperre | diga dighe | barragem | dam stuwdam
early = tot | temprano pronto | fruh | presto | cedo |
late = tard | tarde | spat | tardi | tarde |
truth = verite | verdad | wahrheit | verita | verdade | waarheid
fear = peur craindre crainte | miedo temer temor | angst furcht | paura timore | temor | angst vrees vrezen
hope = espoir esperer espere esperons espoirs | esperanza | hoffnung hoffen hofft hoffe | speranza sperare spera speriamo | esperanca | hoop hopen hoopt
safe = sur surs sains | seguro seguros | | sicuro sicuri | seguro | veilig
danger = danger dangereux | peligro peligroso | gefahr gefahrlich | pericolo pericoloso | perigo perigoso | gevaar gevaarlijk
perish = perir peri perirent | perecer perecio perecieron | umkommen umgekommen | | perecer pereceu | omkomen omgekomen
group = groupe groupes | grupo grupos | gruppe gruppen | gruppo gruppi | grupo grupos | groep groepen
environmental = ecologiste ecologistes environnemental environnementaux | ecologista ecologistas ambiental ambientales | umweltschutzer | ambientalista ambientalisti ambientale | ambientalista ambientalistas ambiental | milieuorganisatie milieuorganisaties
wetland = zones humides | humedal humedales | feuchtgebiet feuchtgebiete | umide | umidas | wetland wetlands
harm = nuire endommager dommage dommages | danar dano danos | schaden schadigen | danneggiare danno danni | danificar dano danos | schade
bird = oiseau oiseaux | ave aves pajaro pajaros | vogel | uccello uccelli | ave aves passaro passaros | vogel vogels
warn = avertissent averti | advirtieron advirtio | warnten | avvertono avvertito | avisaram avisou | waarschuwden
work = chantier chantiers | obra obras | bauarbeiten | cantiere cantieri | obra obras | bouwwerkzaamheden
expel = expulser expulse expulses expulsee expulsion expulsions | expulsar expulsados expulsion | ausgewiesen | espellere espulso espulsi espulsione | expulsar expulsou expulsos expulsao | uitgewezen uitwijzing
diplomat = diplomate diplomates diplomatique diplomatiques diplomatie | diplomatico diplomaticos diplomatica diplomacia | diplomat diplomaten diplomatisch diplomatische diplomatischen | diplomatico diplomatici diplomatica diplomazia | diplomata diplomatas diplomatico diplomatica diplomacia | diplomaat diplomaten diplomatiek diplomatieke
consulate = consulat consul | consulado consul | konsulat konsul | consolato | consulado consul | consulaat consul
spy = espion espions espionne espionnage | espia espias espionaje | spion spione spionin spionage | spia spie spionaggio | espiao espioes espionagem | spion spionnen spionage
charge = inculper inculpe inculpes inculpee inculpation | imputado imputados imputada | anklage angeklagt anklagen | imputato imputati imputata | | aangeklaagd aanklacht
trial = proces | | prozess | | julgamento | rechtszaak
prison = prison prisons emprisonnement | carcel carceles prision | gefangnis | carcere prigione | | gevangenis
sentence = condamner condamne condamnes condamnee condamnation | condenar condenado condenados condenada condena | verurteilen verurteilt verurteilte verurteilung | condannare condannato condannati condannata condanna | condenar condenado condenados condenada condenacao | veroordelen veroordeeld veroordeling
condemn = condamner condamne condamnation | condenar condena | verurteilen verurteilt | condannare condanna | condenar condenou | veroordelen veroordeeld
verdict = verdict | veredicto sentencia | urteil | verdetto sentenza | veredicto sentenca | vonnis
guilty = coupable coupables culpabilite | culpable culpables | | colpevole colpevoli | culpado culpados culpada | schuldig
lawyer = avocat avocats avocate | abogado abogados abogada | anwalt anwalte anwaltin rechtsanwalt | avvocato avvocati avvocata | advogado advogados advogada | advocaat advocaten
prosecutor = procureur procureurs | fiscalia | staatsanwalt staatsanwaltschaft | procuratore procura | promotor promotores | aanklager
suspect = suspect suspects suspecte | sospechoso sospechosos sospechosa | verdachtige verdachtigen | sospettato sospettati | suspeito suspeitos | verdachte verdachten
witness = temoin temoins | testigo testigos | zeuge zeugen zeugin | testimone testimoni | testemunha testemunhas | getuige getuigen
acquit = acquitte acquittee acquittement | absuelto absuelta absolucion | freigesprochen freispruch | assolto assolta assoluzione | absolvido absolvida absolvicao | vrijgesproken vrijspraak
appeal = appel | apelacion recurso | | ricorso appello | apelacao recurso | beroep
murder = meurtre meurtres assassinat assassine | asesinato asesinatos asesinado asesinada | mord morde ermordet ermordete | omicidio omicidi assassinio | assassinato assassinatos homicidio | moord vermoord
weapon = | arma armas | waffe waffen | arma armi | arma armas | wapen wapens
bomb = bombe bombes | bomba bombas | bombe bomben | bomba bombe | bomba bombas | bom bommen
hostage = otage otages | rehenes | geisel geiseln | ostaggio ostaggi | refens | gijzelaar gijzelaars
kidnap = rapt | secuestro secuestrado secuestrados secuestrar | entfuhrt entfuhrung | | sequestrado raptado | ontvoerd ontvoering
fraud = fraude fraudes | fraude fraudes | | frode truffa | fraude fraudes | fraude
corruption = corruption | corrupcion | korruption | corruzione | corrupcao | corruptie
talks = pourparlers | conversaciones | gesprache | colloqui | conversacoes | gesprekken
negotiate = negociation negociations negocier negociateur negociateurs | negociacion | verhandlung verhandlungen verhandeln | trattativa trattative | negociacao negociacoes | onderhandeling onderhandelingen onderhandelen
summit = sommet | cumbre | gipfel gipfeltreffen | vertice | cimeira | topontmoeting
troops = troupes | tropas | truppen | truppe | tropas | troepen
soldier = soldat soldats | soldado soldados | soldat soldaten | | soldado soldados | soldaat soldaten
military = militaire militaires | militar militares | militar militarisch militarische | militare militari | militar militares | militair militaire militairen
ceasefire = cessez-le-feu | tregua | waffenruhe waffenstillstand | tregua | cessar-fogo tregua | staakt-het-vuren wapenstilstand
sanction = sanction sanctions | sancion sanciones | sanktion sanktionen | sanzione sanzioni | sancao sancoes | sanctie sancties
delegation = delegation delegations | delegacion | delegation | delegazione | delegacao | delegatie
spokesman = porte-parole | portavoz | sprecherin | portavoce | porta-voz | woordvoerder woordvoerster
statement = | comunicado comunicados | mitteilung | comunicato comunicati | comunicado comunicados | persbericht
threat = menace menaces menacer | amenaza amenazas amenazar | drohung drohungen bedrohung | minaccia minacce minacciare | ameaca ameacas ameacar | dreiging bedreiging
tension = tension tensions | tension tensiones | spannung spannungen | tensione tensioni | tensao tensoes | spanning spanningen
crisis = crise crises | crisis | krise krisen | crisi | crise crises | crisis
ally = allie allies | | verbundete verbundeten | | | bondgenoot bondgenoten
refugee = refugie refugies | refugiado refugiados | fluchtling fluchtlinge | rifugiato rifugiati profugo profughi | refugiado refugiados | vluchteling vluchtelingen
migrant = migrant migrants | migrante migrantes | migrant migranten | migrante migranti | migrante migrantes | migrant migranten
parliament = parlementaire parlementaires depute deputes | parlamento parlamentario parlamentarios diputado diputados | parlament abgeordnete abgeordneten | parlamento parlamentare parlamentari deputato deputati | parlamento parlamentar parlamentares deputado deputados | parlement parlementariers kamerleden
senate = senat senateur senateurs | senador senadores | senat senator senatoren | senatore senatori | senador senadores | senaat senator senatoren
opposition = opposition | oposicion | opposition | opposizione | oposicao | oppositie
coalition = coalition | coalicion | koalition | coalizione | coalizao coligacao | coalitie
referendum = referendum | referendum | referendum volksabstimmung | referendum | | referendum
reform = reforme reformes | reforma reformas | reform reformen | riforma riforme | reforma reformas | hervorming hervormingen
campaign = | campana | wahlkampf kampagne | | campanha | campagne
budget = budget budgetaire | presupuesto presupuestos | haushalt | | orcamento | begroting
fund = | | fonds | | | fonds
job = emploi emplois | empleo empleos | arbeitsplatz arbeitsplatze jobs | impiego | emprego empregos | baan banen
layoff = licenciement licenciements | despedidos | stellenabbau | licenziamento licenziamenti esuberi | demissao demissoes | ontslag ontslagen
unemployment = chomage | desempleo | arbeitslosigkeit arbeitslose | disoccupazione disoccupati | desemprego desempregados | werkloosheid werklozen
economy = economie economique economiques | economia economico economica | wirtschaft | economia economico economica | economia economico economica | economie economisch economische
growth = croissance | crecimiento | wachstum | crescita | crescimento | groei
recession = recession | recesion | rezession | recessione | recessao | recessie
investor = investisseur investisseurs investissement investissements | inversor inversores inversion inversiones | investor investoren investition investitionen | investitore investitori investimento investimenti | investidor investidores investimento investimentos | investeerder investeerders investering investeringen
profit = benefice benefices | beneficio beneficios ganancias | | profitto profitti | lucro lucros | winst
bankrupt = faillite | bancarrota | insolvenz pleite | bancarotta | falencia | faillissement failliet
merger = fusion fusions | fusion fusiones | fusion | fusione | fusao | fusie
tariff = | arancel aranceles | zoll zolle | dazi dazio | | importheffing importheffingen
crew = equipage equipages | tripulacion tripulantes | besatzung | equipaggio | tripulacao tripulantes | bemanning
passenger = passager passagers voyageur voyageurs | pasajero pasajeros viajero viajeros | passagier passagiere fahrgast fahrgaste reisende reisenden | passeggero passeggeri viaggiatore viaggiatori | passageiro passageiros viajante viajantes | passagier passagiers reiziger reizigers
ferry = ferry ferries traversier | ferry transbordador | | traghetto traghetti | balsa | veerboot veerpont
coastguard = garde-cotes | guardacostas | kustenwache | costiera | costeira | kustwacht
wreck = naufrage epave epaves | naufragio pecio | wrack schiffbruch | relitto naufragio | naufragio destrocos | wrak wrakken schipbreuk
aground = | encallado encallo encallar | gestrandet | incagliato incagliata | encalhado encalhou |
sink = | hundio hundido hundimiento | | affondato affondata affondamento | afundou afundado | zonk gezonken
capsize = chavirer chavire chavirement | zozobro volco | gekentert | capovolto capovolta ribaltato | emborcou | kapseisde gekapseisd
drown = noye noyes noyade | ahogado ahogados | ertrinken ertrunken | annegato annegati | afogado afogados afogou | verdrinken verdronken
survivor = survivant survivants rescape survivre survit | superviviente supervivientes sobreviviente sobrevivientes sobrevivir sobrevivio | uberlebende uberlebenden uberleben uberlebt | sopravvissuto sopravvissuti superstite sopravvivere | sobrevivente sobreviventes sobreviver sobreviveu | overlevende overlevenden overleven overleefde
missing = disparu disparus disparue | desaparecido desaparecidos | vermisst vermisste vermissten | disperso dispersi scomparso scomparsi | desaparecido desaparecidos | vermist vermisten vermiste
search = recherches fouilles | busqueda | suchaktion | ricerche | | zoektocht zoekactie
pilot = pilote pilotes | piloto pilotos | pilot piloten | pilota piloti | piloto pilotos | piloot piloten
captain = capitaine | capitan | kapitan | capitano | capitao | kapitein
helicopter = helicoptere helicopteres | helicoptero helicopteros | hubschrauber helikopter | elicottero elicotteri | helicoptero helicopteros | helikopter helikopters
ambulance = ambulance ambulances | ambulancia ambulancias | krankenwagen rettungswagen | ambulanza ambulanze | ambulancia ambulancias | ambulance ambulances
emergency = urgence urgences | emergencia emergencias | notfall notstand | emergenza | emergencia | noodtoestand
injury = blessure blessures | lesion lesiones | verletzung verletzungen | ferite lesioni | ferimento ferimentos | verwonding verwondingen letsel
collapse = effondrement | derrumbe colapso | einsturz eingesturzt | crollo crollato | desabamento desabou | instorting ingestort
derail = deraille deraillement | descarrilo descarrilamiento | entgleist entgleisung | deragliato deragliamento | descarrilou descarrilamento | ontspoord ontsporing
hurricane = ouragan | huracan | hurrikan | uragano | furacao | orkaan
wind = | viento vientos | wind | | vento ventos | wind
car = voiture voitures | coche coches | auto autos | auto | carro carros | auto autos
truck = camion camions | camion camiones | lastwagen | camion | camiao camioes | vrachtwagen vrachtwagens
driver = conducteur conductrice | conductor conductora | | autista conducente | condutor | chauffeur
weak = faible faibles faiblesse | debil debiles debilidad | schwach schwache schwachen schwachung | debole deboli debolezza | fraco fraca fracos fraqueza | zwak zwakke zwakte
strong = fort forte forts fortes | fuerte fuertes | stark starke starken | forte forti | forte fortes | sterk sterke sterker
future = avenir futur future | futuro | zukunft kunftig kunftige | futuro | futuro | toekomst toekomstig toekomstige
dialogue = dialogue | dialogo | dialog | dialogo | dialogo | dialoog
respect = | respeto respetar respeta respetan | respekt respektieren respektiert | | | respect respecteren respecteert
allow = permettre permet permettent permis autoriser autorise | permitir permite permiten permitio permitido | erlauben erlaubt zulassen zugelassen | permettere permette permettera permesso consentire consente consentito | permitir permite permitiu permitido | toestaan toegestaan toestemming
justice = justice | justicia | gerechtigkeit justiz | giustizia | justica | gerechtigheid justitie
freedom = liberte libertes | libertad libertades | freiheit freiheiten | liberta | liberdade liberdades | vrijheid vrijheden
security = securite | seguridad | | sicurezza | seguranca | veiligheid beveiliging
shame = honte honteux honteuse | verguenza vergonzoso vergonzosa | schande scham beschamend | vergogna vergognoso vergognosa | vergonha vergonhoso vergonhosa | schande schaamte beschamend
proud = fiers fiere fieres | orgulloso orgullosos orgullosa orgullosas | stolz stolze stolzen | orgoglioso orgogliosi orgogliosa | orgulhoso orgulhosos orgulhosa | trots trotse
pride = fierte | orgullo | stolz | orgoglio | orgulho | trots
dignity = dignite | dignidad | menschenwurde | dignita | dignidade | waardigheid
solidarity = solidarite solidaire solidaires | solidaridad solidario solidaria | solidaritat solidarisch | solidarieta solidale solidali | solidariedade solidario solidaria | solidariteit solidair solidaire
sovereignty = souverainete souverain souveraine | soberania soberano soberana | souveranitat souveran | sovranita sovrano sovrana | soberania soberano soberana | soevereiniteit soeverein soevereine
provocation = provocation provocations provocateur | provocacion | provokation provokationen provozieren provoziert | | provocacao provocacoes | provocatie provocaties provoceren
stability = stabilite stable stables | estabilidad estable estables | stabilitat stabil stabile | | estabilidade estavel | stabiliteit stabiel stabiele
tolerate = tolerer tolere tolerance | tolerar tolera tolerancia | tolerieren toleriert toleranz dulden duldet | tollerare tollera tolleranza | tolerar tolera tolerancia | tolereren tolereert tolerantie gedogen
mistake = erreur erreurs | error errores equivocacion | irrtum | errore errori sbaglio sbagli | erro erros equivoco | fout fouten vergissing vergissingen
error = erreur erreurs | error errores equivocacion | irrtum | errore errori sbaglio sbagli | erro erros equivoco | fout fouten vergissing vergissingen
hate = haine | odio | hass hassen | odio | odio | haat haten
violence = violence violences violent violente violents | violencia violento violenta violentos | gewalt gewalttatig | violenza violenze violento violenta | violencia violento violenta violentos | geweld gewelddadig gewelddadige
terrorism = terrorisme terroriste terroristes terreur | terrorismo terrorista terroristas terror | terrorismus terrorist terroristen terror | terrorismo terrorista terroristi terrore | terrorismo terrorista terroristas terror | terrorisme terrorist terroristen terreur
democracy = democratie democratique democratiques | democracia democratico democratica | demokratie demokratisch demokratische | democrazia democratico democratica | democracia democratico democratica | democratie democratisch democratische
citizen = citoyen citoyens citoyenne | ciudadano ciudadanos ciudadana | burger burgerin | | cidadao cidadaos | burger burgers
community = communaute communautes | comunidad comunidades | gemeinschaft | comunita | comunidade comunidades | gemeenschap gemeenschappen
world = | | welt | mondo | | wereld
history = histoire historique historiques | historia historico historica historicos | geschichte historisch historische | storia storico storica storici | historia historico historica historicos | geschiedenis historisch historische
life = vie vies | vida vidas | leben | vita vite | vida vidas | leven levens
voice = voix | voz voces | | voce voci | voz vozes |
message = message messages | mensaje mensajes | | messaggio messaggi | mensagem mensagens | boodschap
word = mot mots | palabra palabras | wort worte | parola parole | palavra palavras | woord woorden
support = soutien soutenir soutient soutenu appui | apoyo apoyar apoya apoyan respaldo respaldar | unterstutzung unterstutzen unterstutzt | sostegno appoggio appoggiare | apoio apoiar apoia apoiou | steun steunen steunt gesteund
cooperation = cooperation cooperer | cooperacion cooperar | zusammenarbeit kooperation | cooperazione collaborazione cooperare | cooperacao cooperar | samenwerking samenwerken
partner = partenaire partenaires partenariat | | partner partnerschaft | partner partenariato | parceiro parceiros parceria | partner partners partnerschap
enemy = ennemi ennemis | enemigo enemigos | feind feinde | nemico nemici | inimigo inimigos | vijand vijanden
conflict = conflit conflits | conflicto conflictos | konflikt konflikte | conflitto conflitti | conflito conflitos | conflict conflicten
solution = solution solutions | solucion soluciones | losung losungen | soluzione soluzioni | solucao solucoes | oplossing oplossingen
problem = probleme problemes | problema problemas | problem probleme | problema problemi | problema problemas | probleem problemen
challenge = defi defis | desafio desafios | herausforderung herausforderungen | sfida sfide | desafio desafios | uitdaging uitdagingen
priority = priorite priorites | prioridad prioridades | prioritat | priorita | prioridade prioridades | prioriteit prioriteiten
commitment = engagement engagements | compromiso compromisos | verpflichtung zusage | impegno impegni | compromisso compromissos | toezegging verplichting
compromise = compromis | | kompromiss | compromesso | | compromis
concern = inquietude inquiet inquiete inquiets preoccupation | preocupacion preocupado preocupados preocupada | besorgnis besorgt | preoccupazione preoccupazioni preoccupato preoccupati | preocupacao preocupado preocupados | bezorgdheid bezorgd
worry = inquietude inquiet inquiete inquiets | preocupacion preocupado preocupados preocupada | besorgnis besorgt | preoccupazione preoccupato preoccupati | preocupacao preocupado preocupados | bezorgd ongerust
satisfied = satisfait satisfaits satisfaction | satisfecho satisfechos satisfaccion | zufrieden zufriedenheit | soddisfatto soddisfatti soddisfazione | satisfeito satisfeitos satisfacao | tevreden tevredenheid
anger = colere | enfado enojo | wut zorn | rabbia ira | raiva | woede boosheid
angry = | enfadado enojado | wutend | arrabbiato arrabbiati | irritado |
outrage = indignation indigne indignes | indignacion indignado | emporung emport | indignazione indignato | indignacao indignado | verontwaardiging verontwaardigd
sad = triste tristes tristesse | triste tristes tristeza | traurig | triste tristi tristezza | triste tristes tristeza | verdrietig droevig verdriet
mourn = deuil endeuille | luto | trauer trauern trauert | lutto | | rouw rouwen
condolence = condoleances | condolencias pesame | beileid | condoglianze | condolencias pesames | medeleven
thank = remercier remercie remerciements merci | agradecer agradece agradecio gracias | danken dankt dankte dank | ringraziare ringrazia ringraziato grazie | agradecer agradece agradeceu | danken dankt bedankt bedanken
grateful = gratitude | agradecido agradecidos gratitud | dankbar dankbarkeit | grato grati gratitudine | grato gratos gratidao | dankbaar dankbaarheid
welcome = saluer salue accueillir accueille | acoger acoge bienvenida | begrussen begrusst begrusste | accogliere accoglie accolto | acolher acolheu | verwelkomen verwelkomd toejuichen
accept = accepter accepte acceptent | aceptar acepta acepto aceptado | akzeptieren akzeptiert | accettare accetta accettato | aceitar aceita aceitou aceito | accepteren accepteert aanvaarden aanvaard
refuse = refuser refuse refusent refus | | verweigern verweigert weigern weigert | | recusar recusa recusou | weigeren weigert weigerde geweigerd
reject = rejeter rejette rejete rejettent | rechazar rechaza rechazo rechazado rechazan | zuruckweisen zuruckgewiesen | respingere respinge respinto respinta | rejeitar rejeita rejeitou rejeitado | verwerpen verworpen
deny = dementir dementi | negar nego niega niegan | bestreiten bestritten dementieren dementiert | negare nega negato smentire smentito smentisce | negar negou nega desmentir desmentiu | ontkennen ontkend ontkent
defend = defendre defend defendu | defender defiende defendio | verteidigen verteidigt | difendere difende difeso | defender defende defendeu | verdedigen verdedigt verdedigde
defence = defense | defensa | verteidigung | difesa | defesa | defensie verdediging
defense = defense | defensa | verteidigung | difesa | defesa | defensie verdediging
forgive = pardonner pardonne pardon | perdonar perdona perdon | verzeihen verziehen vergebung | perdonare perdona | perdoar perdoa perdao | vergeven vergeving vergeeft
guarantee = garantir garantit garantie garanties | garantizar garantiza garantia garantias | garantieren garantiert garantie | garantire garantisce garanzia garanzie | garantir garante garantia garantias | garanderen garandeert garantie garanties
continue = continuer continue continuent continuera | continuar continua continuara continuo | fortsetzen fortgesetzt | continuare continua continuera | continuar continua continuou | voortzetten voortgezet
stop = stopper stoppe | frenar frena | stoppen gestoppt aufhoren | fermare fermato smettere | travar travou | stoppen gestopt stopt
destroy = detruire detruit detruits detruite destruction | destruir destruido destruida destruccion | zerstoren zerstort zerstorte zerstorung | distruggere distrutto distrutta distrutti distruzione | destruir destruido destruida destruicao | vernietigen vernietigd verwoest verwoesting
fight = combattre combat combats lutter lutte | luchar lucha combatir combate | kampfen kampft kampf bekampfen | combattere combatte lottare lotta | lutar luta lutam combater | vechten vecht strijd bestrijden
suffer = souffrir souffre souffert souffrance | sufrir sufre sufrio sufrimiento | | soffrire soffre sofferto sofferenza | sofrer sofre sofreu sofrimento | lijden lijdt
demand = exiger exige exigent exigence exigences | exigir exige exigen exigio exigencia | verlangen verlangt verlangte | esigere esige pretendere pretende | exigir exige exigiu exigencia | eisen eist eiste eis
ask = demander demande demandent | pedir pide piden pidio | auffordern aufgefordert | chiedere chiede chiedono chiesto | pedir pede pedem pediu | verzoeken verzocht verzoek
insist = insister insiste insistent | insistir insiste insistio | beharren beharrt | insistere insiste insistito | insistir insiste insistiu | aandringen aangedrongen
stress = souligner souligne | subrayar subraya subrayo recalcar | betonen betont betonte | sottolineare sottolinea sottolineato | sublinhar sublinha sublinhou | benadrukken benadrukt benadrukte onderstrepen
admit = admettre admet admis | admitir admite admitio | zugeben zugegeben eingestanden | ammettere ammette ammesso | admitir admite admitiu | toegeven toegegeven
recognise = reconnaitre reconnu reconnait reconnue | reconocer reconoce reconocio reconocimiento | anerkennen anerkannt anerkennung | riconoscere riconosce riconosciuto riconoscimento | reconhecer reconhece reconheceu reconhecimento | erkennen erkend erkenning
believe = croire croit | | glauben glaubt | credere crede | acreditar acredita acreditamos | geloven gelooft
understand = | entender entiende | verstehen versteht verstanden | | entender entende compreender | begrijpen begrijpt begrepen
listen = ecouter ecoute | escuchar escucha | zuhoren | ascoltare ascolta ascoltato | escutar escuta ouvir | luisteren luistert
explain = expliquer explique explication | explicar explica explico explicacion | erlautern erlautert | spiegare spiega spiegato | explicar explica explicou | uitleggen uitgelegd
confirm = confirmer confirme confirmation | confirmar confirma confirmo confirmacion | bestatigen bestatigt bestatigte bestatigung | confermare conferma confermato | confirmar confirma confirmou | bevestigen bevestigd bevestigde bevestiging
hide = cacher cache | ocultar oculto esconder | verbergen verheimlichen | nascondere nasconde nascosto | esconder escondeu ocultar | verbergen verzwijgen
reveal = reveler revele revelation | revelar revela revelo | enthullen enthullt | rivelare rivela rivelato | revelar revela revelou | onthullen onthuld onthulling
evidence = preuve preuves | prueba pruebas | beweis beweise | prova prove | prova provas | bewijs bewijzen
prove = prouver prouve | probar demostrar demostrado | beweisen bewiesen | dimostrare dimostrato | provar provou comprovar | aantonen aangetoond
doubt = | duda dudas dudar | zweifel zweifeln | dubbio dubbi | duvida duvidas duvidar | twijfel twijfels twijfelen
forget = oublier oublie oublies | olvidar olvido olvidado | vergessen vergisst | dimenticare dimenticato dimentica | esquecer esqueceu esquecido | vergeten vergeet
remember = souvenir rappeler rappelle | recordar recuerda recordo | erinnern erinnert erinnerte | ricordare ricorda ricordato | lembrar lembra lembrou recordar | herinneren herinnert
memory = memoire | memoria recuerdo | erinnerung gedenken andenken | memoria ricordo | memoria | herinnering nagedachtenis
honour = honneur honorer | honor honrar | ehre ehren | onore onorare | honra honrar | eer eren
honor = honneur honorer | honor honrar | ehre ehren | onore onorare | honra honrar | eer eren
tribute = hommage hommages | homenaje homenajes | | omaggio | homenagem homenagens | eerbetoon hulde
sacrifice = sacrifice sacrifices | sacrificio sacrificios | | sacrificio sacrifici | sacrificio sacrificios | opoffering opofferen
courage = courage courageux courageuse | coraje valentia | mut mutig tapfer | coraggio coraggioso coraggiosa | coragem corajoso corajosa | moed moedig dapper
brave = courageux courageuse | valiente valientes | tapfer mutig | coraggioso coraggiosi | corajoso valente | dapper moedig
hero = heros heroine heroique | heroe heroico | held helden heldin | eroico | heroi herois heroico | held helden heldhaftig
pain = douleur douleurs | dolor dolores | schmerz schmerzen | dolore dolori | dor dores | pijn
loss = perte pertes | perdida perdidas | verlust verluste | perdita perdite | perda perdas | verlies
damage = degats dommages | danos | schaden beschadigt | danni | danos | schade beschadigd
impact = impact impacts | impacto | auswirkung auswirkungen | impatto | impacto | impact
pressure = pression pressions | presion presiones | druck | pressione pressioni | pressao pressoes | druk
control = controle | control | kontrolle | controllo controlli | controle | controle
authority = autorite autorites | autoridad autoridades | behorde behorden | autorita | autoridade autoridades | autoriteit autoriteiten
territory = territoire territoires | territorio territorios | territorium | territorio territori | territorio territorios | grondgebied
humanitarian = humanitaire humanitaires | humanitario humanitaria | humanitar humanitare | umanitario umanitaria | humanitario humanitaria | humanitair humanitaire
criticism = critique critiques critiquer | critica criticas criticar critico | kritik kritisiert kritisieren | critica critiche criticare criticato | critica criticas criticar criticou | kritiek bekritiseerd bekritiseren
blame = reprocher reproche | culpar culpa | vorwerfen | incolpare | culpar culpa | verwijten verwijt
pray = priere prieres prier | oracion oraciones rezar | gebet gebete beten | preghiera preghiere pregare | oracao oracoes rezar | gebed gebeden bidden
restraint = moderation | moderacion contencion | zuruckhaltung | moderazione | moderacao contencao | terughoudendheid
urge = exhorter exhorte | instar insto exhortar | | esortare esorta | instar exortar | oproepen opgeroepen
unacceptable = inacceptable inacceptables | inaceptable inaceptables | inakzeptabel unannehmbar | inaccettabile inaccettabili | inaceitavel inaceitaveis | onaanvaardbaar onacceptabel
unfounded = infonde infondee infondees infondes | infundado infundada infundados infundadas | unbegrundet haltlos | infondato infondata infondate infondati | infundado infundada infundadas | ongegrond ongegronde
baseless = infonde infondee infondees infondes | infundado infundada infundados infundadas | unbegrundet haltlos | infondato infondata infondate infondati | infundado infundada infundadas | ongegrond ongegronde
proportionate = proportionne proportionnee proportionnelle | proporcional | verhaltnismassig | proporzionato proporzionata proporzionale | proporcional | proportioneel
disproportionate = disproportionne disproportionnee | desproporcionado desproporcionada | unverhaltnismassig | sproporzionato sproporzionata | desproporcional desproporcionado | disproportioneel buitenproportioneel
serious = grave graves gravement | grave graves gravemente | schwer schwere schweren ernst ernste | grave gravi gravemente | grave graves gravemente | ernstig ernstige
calm = calme calmer | calma calmar | ruhe ruhig | calma calmo calmare | calma calmo calmar | kalm kalmte rust
fair = equitable equitables | equitativo justo justa | fair gerecht gerechte | giusto giusta equo | justo justa equitativo | eerlijk eerlijke rechtvaardig
unfair = injuste injustes injustice | injusto injusta injusticia | unfair ungerecht ungerechtigkeit | ingiusto ingiusta ingiustizia | injusto injusta injustica | oneerlijk oneerlijke onrechtvaardig
honest = honnete honnetete | honesto honesta honestidad | ehrlich ehrlichkeit | onesto onesti onesta | honesto honesta honestidade | eerlijk eerlijkheid
tragic = tragique tragiques | tragico tragica | tragisch tragische | tragico tragica tragici | tragico tragica | tragisch tragische
terrible = terrible terribles horrible horribles | terrible terribles horrible | schrecklich schreckliche furchtbar | terribile terribili orribile | terrivel terriveis horrivel | verschrikkelijk vreselijk
difficult = difficile difficiles difficulte difficultes | dificil dificiles dificultad dificultades | schwierig schwierige schwierigkeit schwierigkeiten | difficile difficili difficolta | dificil dificeis dificuldade dificuldades | moeilijk moeilijke moeilijkheden
happy = heureux heureuse | feliz felices | glucklich froh | felice felici contento | feliz felizes | blij gelukkig
shock = choc | conmocion conmocionado | schock schockiert erschuttert | shock shockato sconvolto | choque chocado chocados | schok geschokt geschrokken
surprise = surprise surpris surprenant | sorpresa sorprendido sorprendente | uberraschung uberrascht uberraschend | sorpresa sorpreso sorprendente | surpresa surpreendido surpreendente | verrassing verrast verrassend
absurd = absurde absurdes | absurdo absurda | absurd absurde | assurdo assurda | absurdo absurda | absurd absurde
ridiculous = ridicule ridicules | ridiculo ridicula | lacherlich | ridicolo ridicola | ridiculo ridicula | belachelijk
false = faux fausse fausses | falso falsa falsos falsas | falsch falsche | falso falsa falsi | falso falsa falsos | onjuist
cruel = cruel cruelle cruaute | cruel crueldad | grausam grausamkeit | crudele crudeli crudelta | cruel crueldade | wreed wrede wreedheid
barbaric = barbare barbares barbarie | barbaro barbara barbarie | barbarisch barbarei | barbaro barbara barbarie | barbaro barbara barbarie | barbaars barbaarse
cowardly = | cobarde cobardes cobardia | feige feigheit | vigliacco vigliacchi codardo | covarde covardes covardia | laf laffe lafheid
innocent = innocent innocents innocente innocence | inocente inocentes inocencia | unschuldig unschuldige unschuld | innocente innocenti innocenza | inocente inocentes inocencia | onschuldig onschuldige onschuld
legitimate = legitime legitimes legitimite | legitimo legitima legitimidad | legitim legitime legitimitat | legittimo legittima legittimita | legitimo legitima legitimidade | legitiem legitieme legitimiteit
illegal = illegal illegale illegaux | ilegal ilegales | illegal illegale rechtswidrig | illegale illegali | ilegal ilegais | illegaal illegale
hostile = hostile hostiles hostilite | hostil hostiles hostilidad | feindselig feindseligkeit | ostile ostili ostilita | hostil hostis hostilidade | vijandig vijandige vijandigheid
urgent = urgent urgente urgents | urgente urgentes | dringend dringende | urgente urgenti | urgente urgentes | dringend dringende
unprecedented = inedit inedite | inedito inedita | beispiellos beispiellose | inedito inedita | inedito inedita | ongekend ongekende
neutral = neutre neutralite | neutral neutrales neutralidad | neutral neutrale neutralitat | neutrale neutrali neutralita | neutro neutra neutralidade | neutraal neutrale neutraliteit
independence = independance independant independante | independencia independiente | unabhangigkeit unabhangig | indipendenza indipendente | independencia independente | onafhankelijkheid onafhankelijk
free = libre libres | libre libres | frei freie | libero liberi libera | livre livres | vrij vrije
young = jeune jeunes jeunesse | joven jovenes juventud | jung junge jungen jugend | giovane giovani gioventu | jovem jovens juventude | jong jonge jongeren jeugd
ready = | dispuesto dispuestos | bereitschaft | pronto pronti | pronto prontos | klaar bereid
determined = determine determines determination | decidido decidida determinacion | entschlossen entschlossenheit | determinato determinata determinazione | determinado determinada determinacao | vastberaden vastbeslotenheid
reality = realite | realidad | realitat wirklichkeit | realta | realidade | werkelijkheid realiteit
situation = situation | situacion | situation | situazione | situacao | situatie
opinion = opinion | opinion | meinung | opinione | opiniao | mening
debate = debat debats | debate debates | debatte debatten | dibattito dibattiti | debate debates | debat debatten
optimism = optimisme optimiste optimistes | optimismo optimista optimistas | optimismus optimistisch | ottimismo ottimista ottimisti | otimismo otimista otimistas | optimisme optimistisch
caution = prudence prudent prudente | prudencia prudente cautela | vorsicht vorsichtig | prudenza cautela prudente | prudencia prudente cautela | voorzichtigheid voorzichtig
uncertainty = incertitude incertitudes | incertidumbre | unsicherheit | incertezza | incerteza | onzekerheid
strategy = strategie | estrategia | strategie | strategia | estrategia | strategie
result = resultat resultats | resultado resultados | ergebnis ergebnisse | risultato risultati | resultado resultados | resultaat resultaten
success = succes reussite | exito exitos | erfolg erfolgreich | | sucesso exito | succes geslaagd
lesson = lecon lecons | leccion lecciones | lektion | lezione lezioni | licao licoes | les lessen
credibility = credibilite | credibilidad | glaubwurdigkeit | credibilita | credibilidade | geloofwaardigheid
reputation = reputation | reputacion | | reputazione | reputacao | reputatie
disinformation = desinformation | desinformacion | desinformation | disinformazione | desinformacao | desinformatie
manipulation = manipulation manipuler | manipulacion manipular | manipulation manipuliert | manipolazione manipolare | manipulacao manipular | manipulatie gemanipuleerd
propaganda = propagande | propaganda | propaganda | propaganda | propaganda | propaganda
lie = mensonge mensonges mentir | mentira mentiras | luge lugen gelogen | bugia bugie menzogna menzogne | mentira mentiras | leugen leugens gelogen liegen
hypocrisy = hypocrisie hypocrite | hipocresia hipocrita | heuchelei scheinheilig | ipocrisia ipocrita | hipocrisia hipocrita | hypocrisie hypocriet
interference = ingerence ingerences | injerencia | einmischung | ingerenza interferenza | ingerencia interferencia | inmenging
aggression = agression agressions | agresion agresiones | aggression | aggressione | agressao | agressie
escalation = escalade | escalada | eskalation | escalation | escalada | escalatie
retaliation = represailles | represalias | vergeltung | rappresaglia rappresaglie ritorsione ritorsioni | retaliacao represalias | vergelding
invasion = invasion | invasion | invasion einmarsch | invasione | invasao | invasie
occupation = | ocupacion | besetzung | | ocupacao | bezetting
withdraw = retrait | retirada | abzug ruckzug | ritiro | retirada | terugtrekking
crime = crime crimes | crimen crimenes delito delitos | verbrechen | crimine crimini reato reati | crime crimes | misdaad misdaden misdrijf
genocide = genocide | genocidio | volkermord genozid | genocidio | genocidio | genocide
torture = torture torturer torture | tortura torturar torturado | folter foltern gefoltert | tortura torturare torturato | tortura torturar torturado | marteling martelen gemarteld
persecution = persecution persecutions | persecucion perseguido perseguir | verfolgung verfolgt | persecuzione perseguitato | perseguicao perseguido | vervolging vervolgd
discrimination = discrimination discrimine | discriminacion discriminado | diskriminierung diskriminiert | discriminazione discriminato | discriminacao discriminado | discriminatie gediscrimineerd
racism = racisme raciste racistes | racismo racista racistas | rassismus rassistisch rassistische | razzismo razzista razzisti | racismo racista racistas | racisme racistisch racistische
equality = egalite | igualdad | gleichheit gleichberechtigung | uguaglianza | igualdade | gelijkheid
poverty = pauvrete | pobreza | armut | poverta | pobreza | armoede
hunger = faim | hambre | hunger | fame | fome | honger
silence = silence | silencio | schweigen | silenzio | silencio | stilte
consensus = consensus | consenso | konsens | consenso | consenso | consensus
extremism = extremisme extremiste extremistes | extremismo extremista extremistas | extremismus extremist extremisten | estremismo estremista estremisti | extremismo extremista extremistas | extremisme extremist extremisten
mediation = mediation mediateur mediateurs | mediacion mediador mediadores | vermittlung vermittler | mediazione mediatore mediatori | mediacao mediador mediadores | bemiddeling bemiddelaar
recovery = redressement | recuperacion | erholung | recupero | recuperacao | herstel
restore = retablir retabli retablissement | restablecer restablecido restaurar | wiederherstellen wiederhergestellt | ripristinare ripristinato | restabelecer restabelecido restaurar | herstellen hersteld
resolve = resoudre resolu | resolver resuelto | | risolvere risolto | resolver resolvido | oplossen opgelost
abandon = abandonner abandonne abandon | abandonar abandono abandonado | aufgeben aufgegeben | abbandonare abbandonato abbandono | abandonar abandonou abandono | opgeven opgegeven
isolate = isoler isole isolement | aislar aislado aislamiento | isolieren isoliert isolation | | isolar isolado isolamento | isoleren geisoleerd isolement
violate = violer viole violation violations | violar viola violacion violaciones | verstossen verstoss | violare viola violazione violazioni | violar viola violacao violacoes | schenden geschonden schending
invite = inviter invite invitation | invitar invito invitacion | einladen eingeladen einladung | invitare invitato invito | convidar convidou convite | uitnodigen uitgenodigd uitnodiging
react = reagir reagi reaction reactions | reaccionar reacciono reaccion | reagieren reagiert reaktion reaktionen | reagire reagito reazione reazioni | reagir reagiu reacao reacoes | reageren gereageerd reactie reacties
approve = approuver approuve approbation | aprobar aprobo aprobado aprobacion | genehmigen genehmigt genehmigung | approvare approvato approvazione | aprovar aprovou aprovado aprovacao | goedkeuren goedgekeurd goedkeuring
ban = interdire interdit interdiction | prohibir prohibe prohibicion | verbieten verboten verbot | vietare vietato divieto | proibir proibido proibicao | verbieden verboden verbod
postpone = ajourner ajourne | aplazar aplazado posponer | verschieben verschoben | rinviare rinviato rinvio | adiar adiado adiamento | uitstellen uitgesteld
cancel = annuler annule annulation | cancelar cancelado cancelacion | absagen abgesagt | annullare annullato annullata | cancelar cancelado cancelamento | afgelast annuleren geannuleerd
suspend = suspendre suspendu suspension | suspender suspendido suspension | aussetzen ausgesetzt | sospendere sospeso sospensione | suspender suspenso suspensao | opschorten opgeschort
resign = demissionner demission demissionne | dimitir dimision dimitio | zurucktreten rucktritt zuruckgetreten | dimettersi dimissioni dimesso | renunciar renunciou | aftreden afgetreden
punish = punir puni punition | castigar castigo castigado | bestrafen bestraft strafe | punire punito punizione | punir punido punicao | straffen gestraft straf
impunity = impunite | impunidad | straflosigkeit | impunita | impunidade | straffeloosheid
compensation = indemnisation indemnite indemnites | indemnizacion | entschadigung | risarcimento indennizzo | indenizacao | schadevergoeding
alliance = alliance alliances | alianza alianzas | bundnis allianz | alleanza | alianca | alliantie bondgenootschap
opponent = adversaire adversaires | adversario adversarios | gegner | avversario avversari | adversario adversarios | tegenstander tegenstanders
rival = rival rivaux rivale | rival rivales | rivale rivalen | rivale rivali | rival rivais | rivaal rivalen
leader = dirigeant dirigeants | lider lideres dirigente dirigentes | anfuhrer | leader | lider lideres dirigente | leider leiders
population = population | poblacion | bevolkerung | popolazione | populacao | bevolking
journalist = journaliste journalistes | periodista periodistas | journalist journalisten | giornalista giornalisti | jornalista jornalistas | journalist journalisten
press = presse | prensa | presse | stampa | imprensa |
information = information informations | informacion | information informationen | informazione informazioni | informacao informacoes | informatie
speech = discours | discurso discursos | | discorso discorsi | discurso discursos | toespraak
offer = offre offres offrir | oferta ofertas ofrecer ofrecio | angebot anbieten | offerta offrire offerto | oferta oferecer ofereceu | aanbod aanbieden
propose = proposition propositions proposer propose | propuesta propuestas proponer propuso | vorschlag vorschlage vorgeschlagen | proposta proposte proporre proposto | proposta propostas propor propos | voorstel voorstellen voorgesteld
faith = | fe | glaube | fede | fe | geloof
love = amour | amor | liebe | amore | amor | liefde
dream = reve reves rever | sueno suenos | traum traume | sogno sogni | sonho sonhos | droom dromen
joy = joie | alegria | freude | gioia | alegria | vreugde
relief = soulagement soulage soulages | alivio aliviado | erleichterung erleichtert | sollievo | alivio aliviado | opluchting opgelucht
frustration = frustration | frustracion | frustration | frustrazione | frustracao | frustratie
compassion = compassion | compasion | mitgefuhl | compassione | compaixao | mededogen
panic = panique | panico | panik | panico | panico | paniek
chaos = chaos chaotique | caos caotico | chaos chaotisch | caos caotico | caos caotico | chaos chaotisch
miracle = miracle | milagro | wunder | miracolo | milagre | wonder
nightmare = cauchemar | pesadilla | albtraum | incubo | pesadelo | nachtmerrie
scandal = scandale scandales | escandalo escandalos | skandal | scandalo scandali | escandalo escandalos | schandaal
speculation = speculation speculations | especulacion | spekulation spekulationen | speculazione speculazioni | especulacao | speculatie
rumour = rumeur rumeurs | rumor rumores | geruchte | indiscrezioni | rumor rumores boatos | gerucht geruchten
rumor = rumeur rumeurs | rumor rumores | geruchte | indiscrezioni | rumor rumores boatos | gerucht geruchten
intimidation = intimidation | intimidacion | einschuchterung | intimidazione | intimidacao | intimidatie
blackmail = chantage | chantaje | erpressung | ricatto | chantagem | chantage chantageren
ultimatum = ultimatum | ultimatum | ultimatum | ultimatum | ultimatum | ultimatum
progress = progres | progreso progresos avances | fortschritt fortschritte | progresso progressi | progresso progressos | vooruitgang
effort = effort efforts | esfuerzo esfuerzos | anstrengung anstrengungen bemuhungen | sforzo sforzi | esforco esforcos | inspanning inspanningen
measure = | | massnahme massnahmen | misura misure provvedimento provvedimenti | | maatregel maatregelen
goal = objectif objectifs | objetivo objetivos | ziel ziele | obiettivo obiettivi | objetivo objetivos | doel doelen doelstelling
opportunity = opportunite chance | oportunidad oportunidades | chance gelegenheit | opportunita | oportunidade oportunidades | gelegenheid
risk = risque risques risquer | riesgo riesgos | risiko risiken | rischio rischi rischiare | risco riscos | risico risicos
consequence = consequence consequences | consecuencia consecuencias | konsequenz konsequenzen | conseguenza conseguenze | consequencia consequencias | consequentie consequenties
reconciliation = reconciliation | reconciliacion | versohnung | riconciliazione | reconciliacao | verzoening
revenge = vengeance venger | venganza | rache | vendetta vendicare | vinganca vingar |
humanity = humanite | humanidad | menschheit menschlichkeit | umanita | humanidade | mensheid menselijkheid
value = valeur valeurs | valores | werte | valori | valores | waarden
principle = principe principes | | prinzip prinzipien grundsatz grundsatze | principio principi | principio principios | principe principes beginsel beginselen
constitution = constitution constitutionnel | constitucion constitucional | verfassung | costituzione costituzionale | constituicao constitucional | grondwet grondwettelijk
bind = contraignant contraignante | vincular vinculante vinculantes | binden bindet gebunden | vincolare vincolante vincolanti | vincular vinculativo vinculante | binden bindend bindende
divide = diviser divise divisee | dividir dividido dividida | spalten gespalten spaltung | dividere diviso divisa | dividir dividido dividida | verdelen verdeeld verdeeldheid
betray = trahir trahi trahison | traicionar traiciono traicion | verraten verrat | tradire tradito tradimento | traicao | verraden verraad
abuse = abus abuser | abuso abusos | missbrauch missbraucht | abuso abusi | abuso abusos | misbruik misbruikt
deserve = meriter merite | merecer merece merecen | | meritare merita meritato | merecer merece mereceu |
devastate = devastateur devaste devastee | devastador devastado devastada | verheerend verwustet | devastante devastato devastata | devastador devastado devastada | verwoestend
deplore = deplorer deplore deplorable | deplorar deplora deplorable | | deplorare deplora deplorevole | deplorar deplorou deploravel | betreurenswaardig
praise = eloge eloges | elogiar elogio elogios | loben lobt lobte lob | elogiare elogia lodare | elogiar elogiou elogio | lof loven
massacre = massacre massacres | masacre masacres matanza | massaker | massacro strage | massacre chacina | bloedbad slachting
atrocity = atrocite atrocites | atrocidad atrocidades | grauel graueltat | atrocita | atrocidade atrocidades | gruweldaad gruweldaden
bail = caution | fianza | kaution | cauzione | fianca | borgtocht
custody = detention | custodia | gewahrsam haft | custodia | custodia | hechtenis
remand = | preventiva | untersuchungshaft | | preventiva | voorarrest
jury = jury | | geschworenen geschworene | giuria | | jury
unanimous = unanime unanimes unanimement unanimite | unanime unanimidad unanimemente | einstimmig einstimmige | unanime unanimita unanimemente | unanime unanimidade | unaniem unanieme unanimiteit
bribe = pot-de-vin pots-de-vin | soborno sobornos sobornar | bestechung bestechungsgeld bestochen | tangente tangenti mazzetta mazzette | suborno subornos propina propinas | steekpenning steekpenningen omkoping
plead = plaider plaide plaidoirie | | | | | pleiten pleitte
testimony = temoignage temoignages | testimonio testimonios | zeugenaussage | testimonianza testimonianze | depoimento depoimentos | getuigenis
fine = | multa multas | geldstrafe geldbusse bussgeld | multa multe | multa multas coima | boete boetes
embezzle = malversation malversations | malversacion desfalco | veruntreuung unterschlagung | peculato | peculato | verduistering
launder = blanchiment | blanqueo | geldwasche | riciclaggio | branqueamento | witwassen witwas
confess = avouer avoue aveux | confesar confeso confesion | gestehen gestandnis | confessare confessato confessione | confessar confessou confissao | bekentenis
probation = sursis | condicional | | condizionale | condicional | voorwaardelijk voorwaardelijke
magistrate = magistrat magistrats | magistrado magistrados | | magistrato magistrati | magistrado magistrados | magistraat
complaint = plainte plaintes | denuncia denuncias querella | anzeige klage beschwerde | denuncia denunce querela esposto | queixa queixas denuncia | aangifte klacht
investigator = enqueteur enqueteurs | investigador investigadores | ermittler | investigatore investigatori inquirente inquirenti | investigador investigadores | rechercheur rechercheurs
ballot = scrutin urne urnes | papeleta papeletas urna urnas | stimmzettel | urna urne | cedula urna urnas | stembiljet stembiljetten stembus
recount = recomptage | recuento | neuauszahlung | riconteggio | recontagem | hertelling
turnout = participation | participacion afluencia | wahlbeteiligung | affluenza | comparecimento | opkomst
margin = | | vorsprung | scarto | | voorsprong
elect = elu elue elus elire | electo electa | | eletto eletta eletti eleggere | eleito eleita eleitos | verkozen
voter = electeur electeurs electrice electeurs | votante votantes elector electores | wahlerinnen | elettore elettori | eleitor eleitores | kiezer kiezers
poll = sondage sondages | encuesta encuestas sondeo | umfrage umfragen | sondaggio sondaggi | sondagem sondagens | peiling peilingen
seat = siege sieges | escano escanos | | seggio seggi | assento assentos | zetel zetels
council = conseil conseils conseiller conseillers | consejo ayuntamiento concejal concejales | stadtrat gemeinderat | consiglio consigliere consiglieri | conselho vereador vereadores | raad gemeenteraad raadslid raadsleden
runoff = ballottage | balotaje | stichwahl | ballottaggio | |
count = depouillement | escrutinio | | spoglio | apuracao | telling
incumbent = | saliente | amtsinhaber amtierende | uscente | | zittende
abstention = abstention | abstencion | | astensione | abstencao | onthouding
winner = vainqueur | ganador vencedor | | vincitore | vencedor | winnaar
party = | | partei parteien | | | partij partijen
share = | | aktie aktien aktienkurs | | | aandeel aandelen
stock = bourse | bolsa | borse | borsa | bolsa | beurs
shareholder = actionnaire actionnaires | accionista accionistas | aktionar aktionare anteilseigner | azionista azionisti | acionista acionistas | aandeelhouder aandeelhouders
revenue = recettes | facturacion | umsatz einnahmen | fatturato | faturamento | omzet inkomsten
sale = | ventas | verkauf verkaufe | vendite | vendas | verkoop
sell = vendre vendu vendus | vender vendido vendio | verkaufen verkauft | vendere venduto | vender vendeu vendido | verkopen verkocht
fee = honoraires | honorarios tarifa tarifas | gebuhr gebuhren | tariffa tariffe | tarifa tarifas | tarief tarieven
record = record records | | rekord | record | | record
ceo = pdg | | vorstandschef vorstandsvorsitzende vorstandsvorsitzender konzernchef | amministratore | | topman bestuursvoorzitter
shop = magasin magasins boutique boutiques | | geschaft geschafte filiale filialen | negozio negozi | loja lojas | winkel winkels filiaal filialen
supermarket = supermarche supermarches | supermercado supermercados | supermarkt | supermercato supermercati | supermercado supermercados | supermarkt supermarkten
quarter = trimestre | trimestre | quartal | trimestre | trimestre | kwartaal
forecast = prevision previsions | prevision previsiones pronostico | prognose prognosen | previsione previsioni | previsao previsoes | prognose
market = | mercado mercados | markt | mercato mercati | mercado mercados | markt
staff = personnel | plantilla | personal belegschaft mitarbeiter | | | personeel medewerkers
loan = emprunt emprunts | prestamo prestamos | kredit kredite darlehen | | emprestimo emprestimos | lening leningen
mortgage = hypotheque hypotheques | hipoteca hipotecas | hypothek hypotheken | mutuo mutui ipoteca | hipoteca hipotecas | hypotheek hypotheken
consumer = consommateur consommateurs | consumidor consumidores | verbraucher | consumatore consumatori | consumidor consumidores | consument consumenten
debt = dette dettes | deuda deudas | verschuldung | debito debiti | divida dividas |
pension = retraite retraites | pension pensiones jubilacion | rente renten | | pensao pensoes | pensioen pensioenen
rent = loyers | alquiler alquileres | miete mieten | affitto affitti | aluguel | huur
subsidy = subvention subventions | subvencion subvenciones subsidio | zuschuss zuschusse subvention | sussidio sussidi | subsidio subsidios | subsidie subsidies
energy = energie | energia | energie | energia | energia | energie
blackout = coupure coupures panne pannes | apagon apagones | stromausfall | blackout | apagao | stroomstoring stroomuitval
fuel = carburant carburants | combustible gasolina | kraftstoff benzin | carburante benzina | combustivel gasolina | brandstof benzine
gust = rafale rafales | rafaga rafagas | boe boen | raffica raffiche | rajada rajadas | windstoot windstoten
tree = arbre arbres | arbol arboles | baum baume | albero alberi | arvore arvores |
fall = tomber tombe tombes tombee | caer cayo caido caidos | umgesturzt | cadere caduto caduti caduta | cair caiu caido caidos | vallen omgevallen
landslide = glissement eboulement | deslizamiento | erdrutsch | frana frane | deslizamento | aardverschuiving
snow = neige | nieve nevada | schnee | neve nevicata | neve | sneeuw
heat = chaleur canicule | calor | hitze hitzewelle | caldo | calor | hitte hittegolf
temperature = temperature temperatures | temperatura temperaturas | temperatur temperaturen | temperatura temperature | temperatura temperaturas | temperatuur temperaturen
drought = secheresse | sequia | durre | siccita | estiagem | droogte
weather = meteo | meteorologico | wetter | meteo maltempo | meteorologia |
lightning = foudre | rayo rayos | blitz blitzschlag | fulmine fulmini | raio raios | bliksem
roof = toit toits toiture | tejado techo | dach dacher | tetto tetti | telhado | dak daken
cold = froid | frio | kalte kalt | freddo | frio | koud
ice = glace verglas | hielo | glatteis | ghiaccio | gelo | ijzel
tornado = tornade | tornado | tornado | tornado | tornado | tornado windhoos
debris = debris decombres | escombros | trummer | macerie detriti | escombros | puin brokstukken
detour = deviation deviations | desvio desvios | umleitung umleitungen | deviazione deviazioni | desvio desvios | omleiding omleidingen
lane = | carril carriles | fahrspur | corsia corsie | faixa faixas | rijstrook rijstroken
reopen = rouvrir rouvert rouverte reouverture | reabrir reabierto reabierta reapertura | wiedereroffnet wiedereroffnung befahrbar | riaprire riaperto riaperta riapertura | reabrir reaberto reaberta reabertura | heropend heropening heropenen
timetable = horaire horaires | horario horarios | fahrplan | orario orari | horario horarios | dienstregeling
commuter = navetteur navetteurs banlieusards usagers | viajeros | pendler | pendolare pendolari | | forens forenzen
station = gare gares | estacion | bahnhof | stazione | estacao | station
flight = | vuelo vuelos | flug fluge | | voo voos | vlucht vluchten
airport = aeroport | aeropuerto | flughafen | aeroporto | aeroporto | luchthaven vliegveld
traffic = circulation trafic | trafico | verkehr | traffico | transito trafego | verkeer
motorway = autoroute | autopista | autobahn | autostrada | autoestrada |
tunnel = tunnel | tunel | tunnel | tunnel | tunel | tunnel
delay = retard retards | retraso retrasos | verspatung verspatungen | ritardo ritardi | atraso atrasos | vertraging vertragingen
ticket = billet billets | billete billetes | fahrkarte | biglietto biglietti | bilhete bilhetes | kaartje
route = itineraire trajet | ruta trayecto | strecke | percorso tragitto | rota percurso trajeto | traject
pedestrian = pieton pietons | peaton peatones | fussganger | pedone pedoni | pedestre pedestres | voetganger voetgangers
cyclist = cycliste cyclistes | ciclista ciclistas | radfahrer | ciclista ciclisti | ciclista ciclistas | fietser fietsers
tram = tramway | tranvia | strassenbahn | tram | | tram
jam = embouteillage embouteillages bouchons | atasco atascos | stau staus | ingorgo | engarrafamento congestionamento | file files
outbreak = | brote brotes | ausbruch | focolaio | surto surtos | uitbraak
epidemic = epidemie | epidemia | epidemie | epidemia | epidemia | epidemie
virus = virus | virus | virus | virus | virus | virus
norovirus = norovirus | norovirus | norovirus | norovirus | norovirus | norovirus
infection = infection infections infecte infectes | infeccion infecciones infectado infectados | infektion infektionen infiziert | infezione infezioni infetto infetti | infeccao infeccoes infectado infectados | infectie infecties besmetting besmet
patient = patient patients | paciente pacientes | patient patienten | paziente pazienti | paciente pacientes | patient patienten
nurse = infirmier infirmiere infirmieres infirmiers | enfermero enfermera enfermeras enfermeros | krankenschwester pflegekraft pflegekrafte | infermiere infermieri infermiera | enfermeiro enfermeira enfermeiros enfermeiras | verpleegkundige verpleegkundigen verpleger
admission = hospitalisation hospitalisations hospitalise hospitalises | hospitalizacion hospitalizado hospitalizados | eingeliefert | ricovero ricoveri ricoverato ricoverati | internamento internado internados hospitalizado | opname opnames
ward = | | | reparto | enfermaria enfermarias |
restrict = restriction restrictions restreindre | restriccion restricciones restringir | einschrankung einschrankungen eingeschrankt | restrizione restrizioni | restricao restricoes | beperking beperkingen
operation = operation operations | operacion operaciones | operation operationen | operazione operazioni | operacao operacoes | operatie operaties
surgery = chirurgie chirurgien chirurgiens | cirugia cirujano cirujanos | chirurgie chirurg chirurgen | chirurgia chirurgo chirurghi | cirurgia cirurgiao | chirurgie chirurg chirurgen
clinic = clinique cliniques | clinica clinicas | klinik kliniken | clinica cliniche | clinica clinicas | kliniek klinieken
vaccine = vaccin vaccins vaccination | vacuna vacunas vacunacion | impfstoff impfung | vaccino vaccini vaccinazione | vacina vacinas vacinacao | vaccin vaccins vaccinatie
symptom = symptome symptomes | sintoma sintomas | symptom symptome | sintomo sintomi | sintoma sintomas | symptoom symptomen
ill = malade malades maladie maladies | enfermo enfermos enfermedad enfermedades | krank kranke krankheit krankheiten | malattia malattie | doente doentes doenca doencas | ziek zieke ziekte ziektes
clean = nettoyage nettoyer | limpieza limpiar | reinigung gereinigt | pulizia | limpeza | schoonmaak reiniging
vomit = vomissements | vomitos | erbrechen | vomito | vomitos | braken
treatment = soins | tratamiento tratamientos | behandlung behandlungen | | | behandeling behandelingen
medicine = medicament medicaments | medicamento medicamentos | medikament medikamente arzneimittel | farmaco farmaci medicinale medicinali | | medicijn medicijnen geneesmiddel geneesmiddelen
drug = drogue drogues | droga drogas | drogen | droga droghe | droga drogas | drugs
pupil = ecolier ecoliers collegien collegiens lyceen lyceens | alumno alumnos alumna alumnas | schulkinder | alunno alunni | aluno alunos aluna alunas | leerling leerlingen scholier scholieren
student = etudiant etudiants etudiante etudiantes | estudiante estudiantes | student studenten studierende | studente studenti studentessa | estudante estudantes | student studenten
exam = examen examens | examen examenes | prufung prufungen | esame esami | exame exames | examen examens
headteacher = proviseur | | schulleiter schulleiterin rektor rektorin | preside presidi | | schoolleider schoolhoofd
teacher = enseignant enseignants enseignante professeur professeurs | profesor profesores profesora maestro maestros docente docentes | lehrer lehrerin lehrerinnen | insegnante insegnanti docente docenti professore professori | professor professores professora | leraar leraren docent docenten
class = classe | aula | klasse | classe | | klas
education = education | educacion ensenanza | schulwesen | istruzione | educacao ensino | onderwijs
parent = | | eltern | genitori | |
bullying = | | mobbing | bullismo | bullying | pesten
harass = harcelement harcele | acoso acosado | belastigung belastigt | molestie | assedio |
inspector = inspection inspecteur inspecteurs | inspeccion inspector inspectores | inspektion inspektor inspektoren | ispezione ispettore ispettori | inspecao inspetor inspetores | inspectie inspecteur inspecteurs
theft = cambriolage cambriolages | robo robos hurto | diebstahl einbruch | furto furti | roubo roubos furto | diefstal inbraak
thief = voleur voleurs cambrioleur cambrioleurs | ladron ladrones | dieb diebe | ladro ladri | ladrao ladroes | dief dieven inbreker inbrekers
painting = tableau tableaux peinture peintures | cuadro cuadros pintura pinturas | gemalde | dipinto dipinti | pintura pinturas | schilderij schilderijen
artist = artiste artistes peintre | artista artistas pintor | kunstler | artista artisti pittore | artista artistas pintor | kunstenaar schilder
museum = musee musees | museo museos | museum museen | museo musei | museu museus | museum musea
alarm = alarme alarmes | alarma alarmas | alarm alarmanlage | allarme | alarme | alarm
recover = recuperer recupere recuperes recuperee | recuperar recuperado recuperados | wiedergefunden sichergestellt | recuperare recuperato recuperati | recuperar recuperado recuperados | teruggevonden
ransom = rancon | | losegeld | riscatto | | losgeld
insurance = assureur assureurs | aseguradora aseguradoras | versicherung versicherer | | | verzekering verzekeraar verzekeraars
gallery = galerie galeries | galeria galerias | galerie | galleria gallerie | galeria galerias | galerie
exhibition = exposition expositions | exposicion exposiciones | ausstellung | esposizione | exposicao | tentoonstelling
collection = collection collections | coleccion colecciones | sammlung | collezione collezioni | colecao acervo | collectie verzameling
guard = gardien gardiens | guardia guardias | wachter wachmann | guardia guardie | guarda guardas | bewaker bewakers
masterpiece = | | meisterwerk | capolavoro | obra-prima | meesterwerk
jewel = bijou bijoux joyaux | joya joyas | juwel juwelen schmuck | gioiello gioielli | joia joias | juweel juwelen sieraden
reward = recompense | recompensa | belohnung | ricompensa | recompensa | beloning
auction = encheres | subasta | auktion versteigerung | | leilao | veiling
forgery = contrefacon | falsificacion | falschung | contraffazione | falsificacao | vervalsing
cctv = videosurveillance | videovigilancia | videouberwachung | videosorveglianza | videovigilancia | camerabeelden
arson = | | brandstiftung brandstifter | | | brandstichting
alcohol = alcool alcoolemie | alcohol | alkohol | alcol | alcool | alcohol
speed = vitesse | velocidad | geschwindigkeit | | velocidade | snelheid
parking = stationnement parking | aparcamiento | parkplatz parkhaus | parcheggio | estacionamento | parkeerplaats parkeergarage
platform = quai quais | anden andenes | bahnsteig | binario binari | plataforma | perron
fog = brouillard | niebla | nebel | nebbia | nevoeiro neblina | mist
cliff = falaise falaises | acantilado acantilados | klippe klippen steilkuste | scogliera scogliere | falesia falesias | klif kliffen
beach = plage plages | playa playas | strand | spiaggia spiagge | praia praias | strand
tide = maree marees | marea | gezeiten | marea | | getij
shelter = abri abris | albergue | notunterkunft unterkunft | riparo | abrigo abrigos | noodopvang
quarantine = | cuarentena | quarantane | quarantena | quarentena | quarantaine
test = test tests depistage | | test tests | test tampone tamponi | teste testes | test tests
shortage = penurie penuries | escasez | mangel engpass | carenza | escassez | tekort tekorten
hygiene = hygiene | higiene | hygiene | igiene | higiene | hygiene
elderly = | ancianos ancianas | senioren | anziani | idosos idosas | bejaarden
visitor = visiteur visiteurs | | | | | bezoeker bezoekers
nursery = creche creches | guarderia guarderias | kita kindergarten | | creche creches | kinderopvang kinderdagverblijf
display = vitrine vitrines | vitrina vitrinas | vitrine vitrinen | vetrina vetrine | vitrine vitrines | vitrine vitrines
art = art | arte | kunst | arte | arte | kunst
gold = | oro | gold | oro | ouro | goud
silver = | plata | silber | argento | prata | zilver
diamond = diamant diamants | diamante diamantes | diamant diamanten | diamante diamanti | diamante diamantes | diamant diamanten
retail = | minorista minoristas | einzelhandel einzelhandler | | varejo varejista | detailhandel
dna = adn | adn | dna | dna | adn | dna
fingerprint = empreintes | huellas | fingerabdruck fingerabdrucke | impronte | | vingerafdruk vingerafdrukken
raid = perquisition perquisitions | allanamiento registros | razzia durchsuchung | perquisizione perquisizioni | | huiszoeking inval
mandate = mandat mandats | mandato | mandat | | mandato | mandaat
convict = coupable coupables | culpable culpables | schuldig | colpevole colpevoli | culpado culpada culpados | schuldig
wage = salaire salaires | salario salarios sueldo sueldos | lohn lohne gehalt gehalter | stipendio stipendi retribuzione | salario salarios | loon lonen salaris
dividend = dividende dividendes | dividendo dividendos | dividende dividenden | dividendo dividendi | dividendo dividendos | dividend dividenden
transfer = transfert transferts | traspaso fichaje | wechsel transfer | trasferimento | transferencia | transfer overgang
player = joueur joueurs joueuse | jugador jugadores jugadora | spieler spielerin | giocatore giocatori | jogador jogadores jogadora | speler spelers
club = club clubs | club clubes | verein vereine klub | club | clube clubes | club clubs
team = equipe equipes | equipo equipos | mannschaft mannschaften | squadra squadre | equipe equipes | ploeg ploegen elftal
coach = entraineur entraineurs | entrenador entrenadores | trainer cheftrainer | allenatore allenatori | treinador treinadores tecnico | trainer coach
season = saison saisons | temporada temporadas | saison spielzeit | stagione stagioni | temporada temporadas | seizoen seizoenen
league = championnat ligue | liga | liga bundesliga | campionato lega | liga campeonato | competitie eredivisie
match = match matchs rencontre | partido partidos | spiel spiele partie | partita partite | partida partidas jogo | wedstrijd wedstrijden
stadium = stade stades | estadio estadios | stadion stadien | stadio stadi | estadio estadios | stadion stadions
repair = reparer reparation reparations | reparar reparacion reparaciones | reparieren reparatur reparaturen | riparare riparazione riparazioni | reparar reparacao reparacoes conserto | repareren reparatie reparaties herstel
crack = fissure fissures | grieta grietas fisura fisuras | riss risse | crepa crepe fessura fessure | fissura fissuras rachadura rachaduras | scheur scheuren
engineer = ingenieur ingenieurs | ingeniero ingenieros | ingenieur ingenieure | ingegnere ingegneri | engenheiro engenheiros | ingenieur ingenieurs
crossing = passage traversee | cruce paso travesia | ubergang grenzubergang | valico attraversamento | travessia passagem | oversteek grensovergang
customs = douane douaniers | aduana aduaneros | zoll zollner zollbeamte | dogana doganieri | alfandega | douane
thief = voleur voleurs | ladron ladrones | dieb diebe | ladro ladri | ladrao ladroes | dief dieven
licence = licence licences permis | licencia licencias permiso | lizenz genehmigung | licenza licenze permesso | licenca licencas | vergunning licentie
director = directeur directrice directeurs | director directora directores | direktor direktorin leiter | direttore direttrice | diretor diretora | directeur directrice
board = conseil | consejo junta | vorstand aufsichtsrat | consiglio | conselho | raad bestuur
retire = retraite | jubilacion jubilarse | ruhestand | pensione | aposentadoria | pensioen
appoint = nommer nomme nommee nomination | nombrar nombrado nombramiento | ernennen ernannt ernennung | nominare nominato nomina | nomear nomeado nomeacao | benoemen benoemd benoeming
panel = commission comite | comision comite | kommission ausschuss | commissione comitato | comissao comite | commissie
money = argent | dinero | geld | denaro | dinheiro | geld
production = production | produccion | produktion | produzione | producao | productie
chemical = chimique chimiques | quimico quimica quimicos quimicas | chemisch chemische chemikalien | chimico chimica chimici chimiche | quimico quimica quimicos quimicas | chemisch chemische chemicalien
smoke = fumee fumees | humo | rauch | fumo | fumaca | rook
leak = fuite fuites | fuga fugas | leck leckage | perdita perdite | vazamento vazamentos | lek lekkage
diver = plongeur plongeurs | buzo buzos | taucher | sommozzatore sommozzatori | mergulhador mergulhadores | duiker duikers
body = corps cadavre cadavres | cuerpo cuerpos cadaver cadaveres | leiche leichen | corpo corpi cadavere cadaveri | corpo corpos cadaver cadaveres | lichaam lichamen
demonstration = manifestation manifestations | manifestacion manifestaciones | demonstration kundgebung | manifestazione manifestazioni | manifestacao manifestacoes | demonstratie betoging
crowd = foule | multitud muchedumbre | menge menschenmenge | folla | multidao | menigte
takeover = rachat | adquisicion compra | ubernahme | acquisizione | aquisicao compra | overname
deadline = delai echeance | plazo | frist | scadenza | prazo | termijn
cup = calice calices | copa copas caliz | pokal kelch | coppa calice | taca calice | beker kelk
blanket = couverture couvertures | manta mantas | decke decken | coperta coperte | cobertor cobertores | deken dekens
toolbox = outils outil | herramientas herramienta | werkzeugkasten werkzeugkiste werkzeug | attrezzi | ferramentas | gereedschapskist gereedschap
boot = coffre | maletero | kofferraum | bagagliaio | porta-malas | kofferbak
wrap = enveloppe enveloppee | envuelto envuelta | eingewickelt | avvolto avvolta | embrulhado embrulhada | gewikkeld
treasure = tresor tresors | tesoro tesoros | schatz | tesoro tesori | tesouro tesouros | schat
century = siecle siecles | siglo siglos | jahrhundert jahrhunderts | secolo secoli | seculo seculos | eeuw eeuwen
skylight = verriere | claraboya | dachfenster oberlicht | lucernario | claraboia | dakraam
striker = | delantero delanteros | | | ponta-de-lanca | aanvaller
goal = but buts | gol goles | tor tore treffer | gol | golo golos | doelpunt doelpunten
title = | titulo titulos | titel titeln | titolo titoli | titulo titulos | titel titels
bench = banc | banquillo | ersatzbank | panchina | |
fan = supporters | aficion aficionados hinchas | anhanger | tifosi | adeptos torcedores | supporters
debut = debut debuts | debuto | debutierte | debutto esordio esordito | estreia estreou | debuut debuteerde
scorer = buteur buteurs | goleador goleadores | torschutze | marcatore cannoniere | artilheiro | topscorer
basement = sous-sol | sotano | keller | seminterrato | porao | kelder
trap = piege pieges | atrapado atrapada atrapados | eingeschlossen | intrappolato intrappolati | encurralado | opgesloten ingesloten
van = camionnette fourgonnette | furgoneta | lieferwagen | furgone furgoncino | carrinha | bestelbus busje
current = | corriente | stromung | corrente | corrente | stroming
zone = zone zones | zona zonas | zone zonen | zona | zona zonas | zone zones
quay = quai quais | muelle | kai | banchina molo | cais | kade
estuary = estuaire | estuario | mundung | estuario | estuario | monding
close = | | gesperrt sperrte | | |
measure = mesure mesuree | | gemessen | misurato misurata | | gemeten
affect = | afectado afectados afectada | betroffen | colpito colpiti | afetado afetados | getroffen
invoice = facture factures | factura facturas | rechnung rechnungen | fattura fatture | fatura faturas | factuur facturen
embezzle = detourne detourner detournement | malversacion | veruntreut veruntreuung | | | verduisterd verduistering
milk = lait | leche | milch | latte | leite | melk
farm = exploitation exploitations | granja granjas | bauernhof bauernhofe | fattoria fattorie | fazenda fazendas | boerderij boerderijen
competition = concurrence | competencia | wettbewerb | concorrenza | concorrencia | mededinging
heath = lande landes | paramo brezal | heide | brughiera | charneca | heide
hectare = hectares hectare | hectareas | hektar | ettari | hectares | hectare
navy = marine | armada | marine | marina | marinha | marine
colonel = colonel | coronel | oberst | colonnello | coronel | kolonel
employer = employeur | empleador | arbeitgeber | | empregador | werkgever
bicycle = velo velos | bicicleta bicicletas | fahrrad | bicicletta | bicicleta | fiets
hit = renverse renversee | atropello atropellado atropellada | angefahren | | atropelou atropelado atropelada | aangereden
jury = | jurado | | | |
prosecutor = parquet | | | | |
collapse = | | | | | stortte bezweek
driver = | | | | | vrachtwagenchauffeur
street = rue rues | calle calles | strasse strassen | strada strade | rua ruas | straat straten
source = sources | fuente fuentes | quelle quellen | fonte fonti | fontes | bron bronnen
government = | gobiernos | regierungen | governi | governos | regeringen
ceremony = ceremonie ceremonies | ceremonia ceremonias | zeremonie feier | cerimonia cerimonie | cerimonia cerimonias | ceremonie
goods = marchandises | mercancias | | merci | mercadorias | goederen
network = reseau reseaux | red redes | netz netzwerk | rete reti | rede redes | netwerk
television = television | television | fernsehen | televisione | televisao | televisie
bar = bar bars | bar bares | bar kneipe | bar | bar bares | kroeg cafe
arm = bras | brazo brazos | arm arme | braccio braccia | braco bracos | arm armen
dawn = aube | madrugada | morgengrauen | alba | madrugada | dageraad
overflow = deborde debordement | desbordo desbordado desbordamiento | uberflutet | esondato esondazione | transbordou transbordo | overstroomd
summon = convoque convoquee | convocado convoco | einbestellt | convocato convocata | convocou convocado | ontboden
ambassador = | | | ambasciatore ambasciatori | embaixador embaixadores |
embassy = | | | ambasciata | embaixada |
exchange = echange echanges | intercambio canje | austausch | scambio scambi | troca intercambio | uitwisseling
buy = acheter achete achat | comprar compro compra | kaufen kauft kaufte | comprare comprato acquisto | comprar comprou compra | kocht
account = | | konto konten | | | rekening rekeningen
drive = | conducir conduccion | | | conduzir conducao | rijden
negligent = negligent negligence | negligente negligencia | fahrlassig fahrlassigkeit | negligente negligenza | negligente negligencia | nalatig nalatigheid
careless = imprudent imprudence | imprudente descuidado | leichtsinnig | imprudente | imprudente descuidado | onvoorzichtig
payment = paiement paiements | pago pagos pagado | zahlung zahlungen | pagamento pagamenti | pagamento pagamentos pagou | betaling betalingen
comment = commentaire commentaires | comentario comentar | kommentar | commento commentare | comentario comentar | commentaar
service = | servicio servicios | dienst dienste | servizio servizi | servico servicos | dienst diensten
tug = remorqueur remorqueurs | remolcador remolcadores | schlepper | rimorchiatore rimorchiatori | rebocador rebocadores | sleepboot sleepboten
refund = rembourser remboursement rembourse rembourses remboursee | reembolso reembolsar reembolsara devolucion | erstattung erstatten erstattet | rimborso rimborsare rimborsati rimborsato | reembolso reembolsar reembolsados | terugbetaling terugbetalen terugbetaald
stay = | permanecer permanece permanecen permanecio | bleiben bleibt blieb geblieben | rimanere rimane rimangono rimasto | permanecer permanece permaneceu | blijven blijft bleef gebleven
mine = mine mines | mina minas | bergwerk zeche grube | miniera miniere | mina minas |
miner = mineur mineurs | minero mineros | bergmann bergleute kumpel | minatore minatori | mineiro mineiros | mijnwerker mijnwerkers
alive = vivant vivants vivante | vivo vivos | lebend lebendig | vivo vivi | vivo vivos | levend
show = montrer montrent montre | mostrar mostro mostraron muestra | zeigen zeigte zeigten zeigt | mostrare mostrato mostrano | mostrar mostrou mostraram | tonen toonde toonden
character = caractere | caracter | charakter | carattere | carater | karakter
stuck = bloque bloques bloquee bloquees | varado varados varada varadas | festsitzen festsitzt festsassen | bloccato bloccati bloccata bloccate | retido retidos retida retidas | gestrand gestrande
abroad = etranger | extranjero | ausland | estero | exterior | buitenland
premium = prime primes | | pramie aufschlag | | | premie
cheese = fromage fromages | queso quesos | kase | formaggio formaggi | queijo queijos | kaas kazen
fridge = frigo refrigerateur | nevera frigorifico | kuhlschrank | frigorifero frigo | geladeira frigorifico | koelkast
eat = manger mangez mangent mange | comer coman come | essen esst isst | mangiare mangiate mangiatelo mangiarlo | comer comam come | eten eet
`;

/**
 * English near-synonyms of everyday reporting, `head = forms`: a quote reworded by another
 * outlet (`blaze` for `fire`) is compared on the head's key. Only words whose senses in news
 * mostly coincide.
 */
const SYNONYM_ROWS = `
fire = blaze blazes flames inferno wildfire wildfires
explosion = blast blasts
offer = bid bids
disaster = catastrophe catastrophes tragedy
warehouse = storehouse storehouses storeroom storerooms depot
defeat = beat beaten
help = aid assist assistance
finish = complete completed
begin = start started starting begun began
sorry = apologise apologize regret
quick = fast rapid swift
allow = let lets letting permit permits permitted
spy = espionage
wreck = wreckage shipwreck shipwrecks
ceasefire = truce truces armistice
lawyer = solicitor solicitors barrister barristers
wind = gale gales
theft = heist heists burglary burglaries robbery robberies
detour = divert diverted
headteacher = headmaster headmistress
revenue = turnover
find = found finds finding spot spotted spots discover discovered detect detected uncover uncovered
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
begin = start | get under way | break out
collapse = give way | cave in | break down
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
layoff = lay off | laid off | job cuts
blackout = power cut | power cuts | power outage | power outages
headteacher = head teacher
destroy = reduce to ash | reduce to ashes | reduce to rubble | burn to the ground | raze
stuck = stranded
escape = on the run | flee
cut = wipe out | axe
hold = take place
flood = under water | inundate
`;
const NUMBER_ROWS = `
2 = deux | dos | zwei | due | dois duas | twee
3 = trois | tres | drei | tre | tres | drie
4 = quatre | cuatro | vier | quattro | quatro | vier
5 = cinq | cinco | funf | cinque | cinco | vijf
6 = six | seis | sechs | | seis | zes
7 = sept | siete | sieben | sette | sete | zeven
8 = huit | ocho | acht | otto | oito | acht
9 = neuf | nueve | neun | nove | | negen
10 = dix | diez | zehn | dieci | dez | tien
11 = onze | once | elf | undici | onze | elf
12 = douze | doce | zwolf | dodici | doze | twaalf
13 = treize | trece | dreizehn | tredici | treze | dertien
14 = quatorze | catorce | vierzehn | quattordici | catorze quatorze | veertien
15 = quinze quinzaine | quince | funfzehn | quindici | quinze | vijftien
16 = seize | dieciseis | sechzehn | sedici | dezesseis | zestien
20 = vingt vingtaine | veinte | zwanzig | venti ventina | vinte | twintig
30 = trente | treinta | dreissig | trenta | trinta | dertig
40 = quarante quarantaine | cuarenta | vierzig | quaranta | quarenta | veertig
50 = cinquante | cincuenta | funfzig | cinquanta | cinquenta | vijftig
60 = soixante soixantaine | sesenta | sechzig | sessanta | sessenta | zestig
100 = cent cents centaine | cien ciento | hundert | cento centinaio | cem cento | honderd
1000 = mille | | tausend | mille | mil | duizend
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
/** Per language, its forms in row order with the English key each stands for: stemmed on first use (see tableOf). */
const forms = new Map<string, [string, string][]>();
/** Per language, the forms its number rows list, as normalised (see translateWords). */
const numberForms = new Map<string, Set<string>>();
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
        const lang = COLUMNS[li]!;
        let list = forms.get(lang);
        if (!list) forms.set(lang, (list = []));
        for (const form of side.trim().split(/\s+/).filter(Boolean)) list.push([form, target]);
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

/**
 * A language's stem table, built at its first look-up: the Snowball stemmers take tens of
 * microseconds a word, so stemming every language's forms at start-up cost every command half a
 * second, most of them for stories with no translated article.
 */
function tableOf(language: string): Map<string, string[]> | undefined {
  let table = tables.get(language);
  if (table) return table;
  const list = forms.get(language);
  if (!list) return undefined;
  tables.set(language, (table = new Map()));
  const numbers = new Set<string>();
  numberForms.set(language, numbers);
  for (const [form, target] of list) {
    if (target.startsWith("n:")) numbers.add(normalizeWord(form));
    const stem = stemOf(language, normalizeWord(form));
    // A form under two English words (`responsable`: official, responsible) gives both.
    const keys = table.get(stem);
    if (!keys) table.set(stem, [target]);
    else if (!keys.includes(target)) keys.push(target);
  }
  return table;
}

/** True when the lexicon translates from `language` (an ISO 639-1 code). */
export function translates(language: string | null | undefined): boolean {
  return language !== null && language !== undefined && forms.has(language);
}

/** Translations already looked up, per `language:norm`. */
const translated = new Map<string, string[] | null>();

/** Elided articles and pronouns glued to a French word (`l'épave`, `d'environ`, `qu'il`). */
const ELISION_RE = /^(?:l|d|qu|n|s|c|j|m|t|jusqu|lorsqu|puisqu)'/;
/** Elided articles and prepositions glued to an Italian word (`l'esplosione`, `dell'ospedale`, `un'alluvione`). */
const ITALIAN_ELISION_RE = /^(?:l|d|un|dell|all|dall|nell|sull|coll|quest|quell|sant)'/;

/**
 * The English key of a foreign word (`w:` word key, `n:` for a number word), or null when the
 * lexicon does not hold it. `norm` is the token's normalised form.
 */
export function translateWord(language: string, norm: string): string | null {
  return translateWords(language, norm)?.[0] ?? null;
}

/** Every English key the lexicon gives a foreign word (a form listed under several words), or null. */
export function translateWords(language: string, norm: string): readonly string[] | null {
  const table = tableOf(language);
  if (!table) return null;
  const memo = language + ":" + norm;
  const hit = translated.get(memo);
  if (hit !== undefined) return hit;
  const bare = language === "fr" ? norm.replace(ELISION_RE, "") : language === "it" ? norm.replace(ITALIAN_ELISION_RE, "") : norm;
  let out = table.get(stemOf(language, bare)) ?? null;
  // A number is read from its own forms only: a plural the stemmer folds onto it (`honderden`,
  // `centaines`, `Hunderte`: hundreds) counts no exact figure.
  if (out?.some((k) => k.startsWith("n:")) && !numberForms.get(language)!.has(bare)) {
    const words = out.filter((k) => !k.startsWith("n:"));
    out = words.length > 0 ? words : null;
  }
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
  const out: string[] = [];
  for (const p of phraseSpans(words, who)) if (!out.includes(p.key)) out.push(p.key);
  return out;
}

/**
 * The news phrases of PHRASE_ROWS in a run of English word keys (as phraseKeys reads them), each
 * with the key it carries and the words it spans (`from` to `to`, exclusive), in text order.
 */
export function phraseSpans(words: readonly string[], who?: readonly boolean[] | ((i: number) => boolean)): { key: string; from: number; to: number }[] {
  const isWho = (i: number): boolean => (typeof who === "function" ? who(i) : who?.[i] === true);
  const out: { key: string; from: number; to: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const list = phrases.get(words[i]!);
    if (!list) continue;
    for (const p of list) {
      if (p.rest.every((w, j) => (w === WHO ? i + 1 + j < words.length && isWho(i + 1 + j) : words[i + 1 + j] === w))) out.push({ key: p.key, from: i, to: i + 1 + p.rest.length });
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
