/**
 * A small bilingual lexicon of general news vocabulary (French, Spanish, German, Italian,
 * Portuguese, Dutch to English), so
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
const STEMMERS: Record<string, string> = { fr: "french", es: "spanish", de: "german", it: "italian", pt: "portuguese", nl: "dutch" };

/** The languages of the columns of ROWS and NUMBER_ROWS, in order. */
const COLUMNS = ["fr", "es", "de", "it", "pt", "nl"] as const;

/**
 * Rows `english = french | spanish | german | italian | portuguese | dutch`, each side a
 * space-separated list of forms (a side may be empty). Written by hand as common news vocabulary;
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
rescue = secourir sauver sauvetage secours | rescatar rescate | retten rettung | salvare soccorso salvataggio | resgatar resgate salvamento | redding reddingsactie
evacuate = evacuer evacue evacuation | evacuar evacuacion desalojo | evakuieren evakuierung | evacuare evacuato evacuazione | evacuar evacuacao | evacueren evacuatie
warn = avertir avertissement alerter alerte | advertir aviso alertar alerta | warnen warnung | avvertire allertare allerta | avisar alertar alerta | waarschuwen waarschuwing
protest = manifester manifestation protestation | protestar protesta manifestacion | protestieren protest demonstration | protestare protesta manifestazione | protestar protesto manifestacao | protesteren protest demonstratie
oppose = opposer oppose | oponer opuesto | ablehnen | opporsi | opor | afwijzen
court = tribunal justice | tribunal juzgado | gericht | tribunale | tribunal | rechtbank
judge = juge | juez jueza | richter | giudice | juiz juiza | rechter
arrest = arreter arrestation interpeller | detener detencion arresto | festnehmen festnahme verhaften | arrestare arresto arrestato | prender prisao detencao detido | arresteren arrestatie aanhouding aangehouden
investigation = enquete | investigacion | ermittlung untersuchung | indagine inchiesta | investigacao inquerito | onderzoek
accuse = accuser accuse | acusar acusado | beschuldigen | accusare accusato | acusar acusado | beschuldigen beschuldigd
report = rapport | informe | bericht | rapporto relazione | relatorio | rapport
data = donnees | datos | daten | | dados | gegevens
attack = attaque cyberattaque | ataque ciberataque | angriff | attacco attentato | ataque | aanval
steal = voler vole | robar robado | stehlen gestohlen | rubare rubato | roubar roubado | stelen gestolen
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
peace = paix | paz | frieden | pace | paz | vrede
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
safety = securite | seguridad | sicherheit | sicurezza | seguranca | veiligheid
responsible = responsable responsables | responsable responsables | verantwortlich verantwortliche | responsabile responsabili | responsavel responsaveis | verantwoordelijk
disaster = catastrophe desastre | catastrofe desastre tragedia | katastrophe unglueck | catastrofe disastro tragedia | catastrofe desastre tragedia | ramp
answer = repondre reponse reponses | responder respuesta respuestas | antworten antwort | rispondere risposta | responder resposta | antwoorden antwoord
question = question questions | pregunta preguntas cuestion | frage fragen | domanda domande questione | pergunta perguntas questao | vraag vragen
work = travail travaux travailler | trabajo trabajos trabajar | arbeit arbeiten | | | werk werken
rescuer = secouriste secouristes sauveteur sauveteurs secours | rescatista rescatistas socorrista socorristas | retter helfer | soccorritori soccorritore | socorrista socorristas | hulpverleners reddingswerkers
far = loin | lejos | weit | lontano | | ver
finish = terminer termine terminee achever acheve fini finir | terminar terminado acabar acabado | beenden beendet fertig | completato completare concluso | terminado acabar acabou | beeindigen beeindigd
neighbour = voisin voisins voisine voisines | vecino vecinos vecina vecinas | nachbar nachbarn | | vizinho vizinhos vizinha | buurman buren
friend = ami amis amie amies | amigo amigos amiga amigas | freund freunde freundin | amico amici amica | amigo amigos amiga | vriend vrienden vriendin
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
sorry = desole desoles desolee | lamentamos lamento | leid | dispiace | lamentamos lamento | spijt
protect = proteger protection | proteger proteccion | schutzen schutz | proteggere protezione | proteger protecao | beschermen bescherming
trust = confiance confier confie | confianza confiar confiado | vertrauen anvertraut | fiducia | confianca confiar | vertrouwen
fail = echouer echec | fallar fracasar fracaso | scheitern versagen | fallire fallimento | falhar fracasso | mislukken mislukt
fast = vite rapide rapides rapidement | rapido rapida rapidamente | schnell | veloce rapido rapidamente | rapido rapida rapidamente | snel
expect = attendre attendu prevu | esperar esperaba esperado | erwarten erwartet | atteso previsto | esperado previsto | verwachten verwacht
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
hope = espoir esperer | esperanza | hoffnung hoffen | speranza sperare | esperanca | hoop hopen
safe = sur surs sains | seguro seguros | sicher | sicuro sicuri | seguro | veilig
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
appeal = | apelacion | | ricorso | apelacao |
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
passenger = passager passagers | pasajero pasajeros | passagier passagiere fahrgast fahrgaste | passeggero passeggeri | passageiro passageiros | passagier passagiers
ferry = ferry ferries traversier | ferry transbordador | | traghetto traghetti | balsa | veerboot veerpont
coastguard = garde-cotes | guardacostas | kustenwache | costiera | costeira | kustwacht
wreck = naufrage epave epaves | naufragio pecio | wrack schiffbruch | relitto naufragio | naufragio destrocos | wrak wrakken schipbreuk
aground = | encallado encallo encallar | gestrandet | incagliato incagliata | encalhado encalhou |
sink = | hundio hundido hundimiento | | affondato affondata affondamento | afundou afundado | zonk gezonken
capsize = chavirer chavire chavirement | zozobro volco | gekentert | capovolto capovolta ribaltato | emborcou | kapseisde gekapseisd
drown = noye noyes noyade | ahogado ahogados | ertrinken ertrunken | annegato annegati | afogado afogados afogou | verdrinken verdronken
survivor = survivant survivants rescape | superviviente supervivientes sobreviviente sobrevivientes | uberlebende uberlebenden | sopravvissuto sopravvissuti superstite | sobrevivente sobreviventes | overlevende overlevenden
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
allow = let lets letting permit permits permitted
spy = espionage
wreck = wreckage shipwreck shipwrecks
ceasefire = truce truces armistice
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
layoff = lay off | laid off | job cuts
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
100 = cent centaine | cien ciento | hundert | cento centinaio | cem cento | honderd
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
  const table = tables.get(language);
  if (!table) return null;
  const memo = language + ":" + norm;
  const hit = translated.get(memo);
  if (hit !== undefined) return hit;
  const bare = language === "fr" ? norm.replace(ELISION_RE, "") : language === "it" ? norm.replace(ITALIAN_ELISION_RE, "") : norm;
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
