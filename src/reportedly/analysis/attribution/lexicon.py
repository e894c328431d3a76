"""Closed word classes for sources: determiners, speaker nouns, outlet, organisation and document heads.

Hand lists (closed classes); the person-noun suffixes live in speakers.py. Kept apart from the
resolver so each module stays readable.
"""

from __future__ import annotations

import re

DETERMINERS = frozenset(
    "der die das des dem den ein eine einer eines einem einen kein keine the a an this these those".split()
)
NP_INNER_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "X"})
HONORIFICS = frozenset("mr. ms. mrs. dr. mr ms mrs dr herr frau prof. sir rev. rev".split())  # s23: "The Rev."
PRONOUNS = frozenset("er sie he she they it ihm ihn ihr dieser der die".split())
ANON_HEADS = frozenset(
    """
beamte beamter beamten vertreter vertreterin sprecher sprecherin insider kreise kreisen quelle quellen
diplomat diplomaten delegierte delegierter delegierten mitarbeiter mitarbeiterin offizielle offizieller gegenüber
informant informanten
regierungskreise regierungskreisen sicherheitskreise sicherheitskreisen ermittler experten experte
augenzeugen augenzeuge zeugen anwohner beobachter official officials source sources insiders aide aides
spokesperson spokesman spokeswoman diplomat diplomats person people analysts analyst experts witnesses
zeugenaussagen expertenmeinung gerüchten gerüchte
familie angehörige angehörigen sohn tochter bruder ehemann ehefrau witwe witwer enkel enkelin
großmutter großvater onkel tante schwester
frau mann frauen männer passant passantin passanten nachbar nachbarin nachbarn schüler schülerin student
studentin studenten mutter vater critics critic opponents supporters observers activists protesters
lawmakers investigators umfeld vertraute vertrauten vertrauter offizier offiziere offizieren blogger
doctors doctor residents resident nurses teachers parents students workers employees staff scientists
researchers economists prosecutors officers soldiers troops voters diplomats negotiators members mitglieder
abgeordnete abgeordneten abgeordneter berater beraterin beratern höfling höflinge höflingen
""".split()
)
ANON_HEADS_EN = frozenset(
    """
investor investors trader traders banker bankers executive executives user users customer customers fan fans
survivor survivors relatives neighbours neighbors eyewitness eyewitnesses medics paramedics rescuers
commentators pundits scholars academics historians campaigners organisers organizers demonstrators farmers
shoppers locals villagers refugees migrants passengers commuters mediators delegates legislators advisers
advisors allies confidants colleagues friends insider owners owner managers manager shareholders bondholders
consumers patients physicians engineers officers veterans others bosses chiefs
expert author authors researcher scientist specialist specialists epidemiologists virologists economist
strategists pollsters lobbyists donors backers opponents supporters some many several most few leaders
meteorologists forecasters officer soldier nurse worker employee commander fighter guard activist protester volunteer
staffer adviser advisor lawmaker legislator politician observer negotiator mediator investigator paramedic
firefighter rescuer relative neighbour neighbor victim congressmen congresswomen mps envoy envoys
engineer whistleblower whistleblowers teacher consultant consultants designer mechanic mechanics technician
backbencher backbenchers man woman men women politicians bookmakers punters
technicians inspector inspectors auditor auditors contractor contractors delegate negotiator advocates advocate
representative representatives figure deputy deputies assistant assistants member members
doctor doctors physician surgeon surgeons cardiologist cardiologists pharmacist pharmacists parent parents
teachers nurses residents resident
villager fisherman fishermen businessman businessmen businesswoman businesswomen shopkeeper shopkeepers vendor
vendors farmer driver drivers pilot pilots student students citizen citizens national nationals pirate pirates
ally whip whips candidate reviewer reviewers policymaker policymakers
buyer buyers suppliers dealers brokers broker
""".split()  # s22: "a Colorado cardiologist" (was the organisation Colorado), "one parent wrote"; s29: "A Sudanese
# national", "A Yemeni fisherman"; s30: "according to media buyers", "suppliers and analysts said"
)
"""English words for unnamed people (used only for English text): "one investor said"."""
MEDIA_HEADS = frozenset(
    "blatt zeitung zeitschrift magazin sender nachrichtenagentur presseagentur agentur fernsehsender sendung portal "
    "blog podcast "  # s16: "Der Blog Fefe", "Der Podcast X"
    "newspaper paper magazine broadcaster agency outlet times journal tribune gazette herald telegraph media express "
    "daily tabloid"  # s31: "Hindi daily Prabhat Khabar reported"
    .split()
)
ORG_HEADS = (
    "consulting",  # s18: "Airborne Consulting" (tagged as a person)
    "aufsicht", "bankhaus", "kämmerei",  # s34: "Die Finanzaufsicht BaFin …, teilte die Behörde mit"; "Bankhaus X"
    "beobachtermission", "friedensmission",  # s31: "der UN-Menschenrechtsbeobachtermission in der Ukraine"
    "ernährungsprogramm", "entwicklungsprogramm", "umweltprogramm",  # s31: "Das Welternährungsprogramm (WFP)"
    "autobauer", "flugzeugbauer", "maschinenbauer", "anlagenbauer", "fahrzeugbauer", "schiffbauer", "zulieferer",
    "versorger", "versicherer", "netzbetreiber", "discounter",  # s21: "Autobauer kündigt Stellenabbau an": companies
    "dienstleister",  # s22: "des Personaldienstleisters Arvento"
    "tierpark", "zoo", "landesbetrieb",  # s22: "wie der Tierpark mitteilte", "des Landesbetriebs Straßen NRW"
    "stadtwerke",  # s25: "die Stadtwerke Mittelrhein"
    "kasse", "miliz",  # s21: "teilte die Kasse mit" (a Krankenkasse named before), "Die Miliz warf … vor"
    "kommune", "gemeinde", "bundesland", "bundesländer",  # s20: "Die Kommunen klagen", "Die Bundesländer fordern"
    "länder",  # s21: "Die Länder fordern", "Entwicklungsländer", like "-staaten"
    "kanzlei",  # s24: "Nach Angaben der Bundeskanzlei", "die Kanzlei Wendt & Partner"
    "inspektion", "jägerschaft",  # s24: "der Kreisbrandinspektion", "der Polizeiinspektion", "der Landesjägerschaft"
    "management",  # s24: "Brandauers Management bestätigte"
    "hilfswerk", "präsidentschaft",  # s27: "Das Technische Hilfswerk", "Nach Angaben der Ratspräsidentschaft"
    "partners",
    "ministerium",
    "regierung",
    "behörde",
    "polizei",
    "partei",
    "kreml",
    "unternehmen",
    "konzern",
    "gericht", "gerichtshof",  # s22: "der Bundesgerichtshof (BGH)"
    "staatsanwaltschaft",
    "armee",
    "luftwaffe",
    "küstenwache",
    "grenzschutz",
    "militär",
    "verband",
    "institut",
    "amt",
    "kommission",
    "botschaft",
    "bundeswehr",
    "nato",
    "uno",
    "rat",
    "weißes haus",
    "pentagon",
    "ministry",
    "government",
    "police",
    "company",
    "army",
    "military",
    "department",
    "agency",
    "office",
    "council",
    "court",
    "white house",
    "kremlin",
    "treasury",  # s10: "The Treasury has warned …"
    "bank",
    "stiftung",
    "gewerkschaft",
    "dienst",
    "forum",
    "branche",
    "justiz",
    "initiative",
    "rechnungshof",
    "verein",
    "club",  # s9: "der Automobilclub", "der Fußballclub"
    "welternährungsprogramm",  # s9: the UN's programmes (WFP, UNDP, UNEP) speak as bodies
    "entwicklungsprogramm",
    "umweltprogramm",
    "klub",
    "fraktion",
    "parlament",
    "bundestag",
    "senat",
    "universität",
    "feuerwehr",
    "konzern",
    "firma",
    "operator",
    "university",
    "union",
    "agentur",
    "zentrale",
    "anstalt",
    "kammer",
    "ausschuss",
    "gremium",
    "koalition",
    "bündnis",
    "bund",
    "klinik",
    "klinikum",
    "anwaltschaft",
    "gesellschaft",
    "genossenschaft",
    "verwaltung",
    "organisation",
    "bewegung",  # s13: "die Oppositionsbewegung", "die Protestbewegung"
    "bahn",
    "opposition",
    "regulator",
    "watchdog",
    "charity",
    "stadt",
    "gemeinde",
    "landkreis",
    "schule",
    "bistum",
    "kirche",
    "hersteller",
    "netzwerk",  # round 18: "Ein weltweites Unterstützernetzwerk fordert"
    "allianz",
    "rathaus",
    "vereinigung",
    "stab",
    "komitee",
    "konferenz",
    "kreuz",
    "garde",
    "garden",
    "direktion",
    "führung",
    "leitung",
    "gruppe",
    "verfassungsschutz",
    "zivilschutz",
    "katastrophenschutz",
    "flugsicherung",
    "flughafen",
    "gemeinschaft",
    "staat",
    "organe",
    "vorstand",
    "team",
    "mannschaft",
    "verlag",
    "sekretariat",
    "präsidium",
    "kabinett",
    "landtag",
    "streitkräfte",
    "thinktank",
    "denkfabrik",
    "beratungsstelle",  # s19: "die Dokumentations- und Beratungsstelle des Bundes" (not "Bindungsstelle")
    "meldestelle",
    "pressestelle",
    "geschäftsstelle",
    "leitstelle",
    "koordinierungsstelle",
    "verteidigung",  # s19: "Ihre Verteidigung hatte Freispruch gefordert" (the defence, like "The defence")
    "fahndung",  # s19: "teilten Zollfahndung und Staatsanwaltschaft mit"
    "büro",  # s19: "Auf Nachfrage erklärte sein Büro, …"
    "center",  # s19: "The Centers for Disease Control and Prevention", "China's Eastern Theatre Command"
    "centre",
    "command",
    "association",
    "federation",
    "commission",
    "committee",
    "panel",  # s19: "The Intergovernmental Panel on Climate Change"
)

HOUSE_FIRMS = frozenset(("bankhaus", "autohaus", "modehaus", "kaufhaus"))
"""S34: words that open the name of a firm called after its founder ("Bankhaus Lindemann", often tagged a person):
the name keeps them, as "Stiftung Warentest"."""

MEDIA_SUFFIXES = (
    "zeitung", "zeitschrift", "magazin", "rundfunk", "fernsehen", "nachrichtensite", "sender", "portal",
    "nachrichtenagentur", "presseagentur", "nachrichtenseite", "tageblatt", "wochenblatt", "boulevardblatt",
    "mediengruppe", "branchendienst", "mediendienst", "fachdienst", "recherchenetzwerk",  # round 18
    "blog", "podcast", "onlinemagazin",  # s16: "Der Militärblog Rybar"
    "redaktion",  # s21: "Nach Informationen unserer Redaktion", "sagte ein Sprecher der Redaktion"
    "fachjournal", "journal",  # s23: "im Fachjournal „European Journal of …“"
)
"""Compound heads of outlets: "Nachrichtenportal", "Fernsehsender", "Staatsfernsehen", "Tageszeitung"."""
DOC_HEADS = frozenset(
    "bericht studie dokument papier erklärung mitteilung umfrage report study document "
    "statement survey analyse".split()
)
NUMBERS = {
    "ein": 1,
    "eine": 1,
    "einer": 1,
    "eines": 1,
    "einem": 1,
    "einen": 1,
    "a": 1,
    "an": 1,
    "one": 1,
    "someone": 1,
    "somebody": 1,
    "jemand": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
}
TITLES = frozenset(
    "minister ministerin präsident präsidentin kanzler kanzlerin chef chefin vorsitzende vorsitzender "
    "general bürgermeister bürgermeisterin abgeordnete abgeordneter president minister chancellor".split()
)
_AGE = re.compile(r"^\d+-[Jj]ährige[nr]?$")

DOC_SUFFIXES = (
    "bericht", "berichte", "berichten", "studie", "studien", "dokument", "dokumente", "dokumenten", "papier", "papiere",
    "mitteilung", "erklärung", "umfrage", "analyse", "klage", "schrift", "prognose", "prognosen", "daten", "zahlen",
    "statistik", "ergebnis", "berechnungen", "schätzungen", "unterlagen", "akten", "protokoll", "gutachten",
    "manuskript", "urteil", "urteils", "beschluss", "entscheidung", "meldung", "text", "thesen", "entwurf",
    "brief", "schreiben", "report", "study", "statement", "survey", "data", "figures", "document",
    "documents", "filing", "memo", "letter", "assessment", "analysis", "poll", "projections", "forecast", "forecasts",
    "indictment", "lawsuit", "ruling", "judgment", "judgement", "verdict", "resolution", "entwurf", "anklage",
    "verordnung", "anordnung", "abkommen", "richtlinie", "vereinbarung", "stellungnahme", "lagebild", "dossier",
    "einigung", "kompromiss", "begründung",  # s23: "In der Begründung der Jury heißt es"
    "untersuchung", "untersuchungen", "veröffentlichung", "übersicht", "auswertung", "gesetz", "gesetzes",
    "patent", "buch", "buches", "mail", "bilanz", "barometer", "deutschlandtrend", "trend",  # polls: "Politbarometer"
    "befragung", "erhebung", "mails", "vermerk",  # s20: "laut einer Befragung unter den Mitgliedern", "interne E-Mails"
    "vorlage", "antwort", "anfrage", "haushaltsplan",  # s21: "Das geht aus einer Vorlage hervor"
    "tool", "tracker", "index", "indicator", "ordnung",  # s21: "CME Group's FedWatch tool", "Laut Geschäftsordnung"
    "urteilsbegründung", "gesetzesbegründung", "klagebegründung",  # s22: "heißt es in der Urteilsbegründung"
    "vorhersage", "planung",  # s31: "heißt es in der Vorhersage des Wetterdienstes", "Laut der Planung der Bundeswehr"
    "review",  # s31: "An internal review by the Health Service Executive concluded"
    "presentation", "line-up", "lineup",  # s32: "According to an internal presentation seen by Reuters"
    "award",  # s22: "according to the 46-page award published by the court"
    "notice", "declaration", "communique", "communiqué", "autopsy",  # s26: "according to a notice posted on …"
    "draft", "drafts", "summary",  # s26: "according to a leaked draft of a major UN-backed climate assessment"
    "announcement", "announcements", "emails",  # s27: "according to Pentagon contract announcements"
    "beitrag", "beitrags",  # s27: "hieß es in dem Beitrag" (a post or a piece)
    "merkblatt", "flugblatt", "handreichung", "leitfaden", "rundschreiben",  # s28: "In einem Merkblatt heißt es"
    "ermittlungsakt", "gerichtsakt", "strafakt", "akte",  # s33: "unter Berufung auf den Ermittlungsakt" (Austrian)
    "unterlage", "präsentation", "bescheid", "bescheids", "antrag", "verzeichnis",  # s34: "In der Angebotsunterlage
    # heißt es", "Aus dem Stationsverzeichnis des DWD geht hervor"
)

GOVERNMENT_PLACES = frozenset(
    """
washington moscow moskau beijing peking kyiv kiev kiew london paris berlin brussels brüssel tokyo tokio
tehran teheran ankara jerusalem damascus damaskus pyongyang seoul warsaw warschau rome rom madrid vienna
wien bern ottawa canberra cairo kairo riyadh riad minsk budapest prague prag taipei delhi new-delhi
islamabad kabul baghdad bagdad caracas havanna havana brasília brasilia mexiko-stadt
russia russland china ukraine iran israel germany deutschland france frankreich britain großbritannien
japan india indien türkei turkey polen poland nordkorea north-korea südkorea south-korea syrien syria
""".split()
)
"""Capitals and countries that stand for their government as a speaker ("Moskau erklärte", "Beijing
warned"): organisations, also where the entity tagger (or, in English, any tagger) says nothing."""

NOUNS_TAGGED_ADJ_EN = frozenset("military official officials operative representative executive secretary".split())
"""English nouns the tagger often calls adjectives ("The military said"): nouns while the engine runs
when no noun follows."""
COMPANY_KINDS_EN = frozenset(
    """company firm chain retailer lender insurer airline manufacturer carmaker automaker chipmaker drugmaker
    planemaker steelmaker""".split()
)
"""English words for a kind of company: what "the carmaker" refers back to, what a kind noun before a name is
("the insurer Allianz"), what makes a head noun a company's. The one list the lists of each use extend (s31)."""
ORG_NOUNS_EN = COMPANY_KINDS_EN | frozenset(
    """military army navy government groups group organisation organization organisations organizations
    authorities administration ministry regime junta nations alliance coalition party carrier bank watchdog
    regulator international watch supermarket producer maker giant startup motors airlines systems technologies
    industries holdings energy pharmaceuticals foods networks ventures labs electric steel petroleum chemicals
    automotive utility operator exchange union unions council agency commission committee foundation charity
    prefecture association federation institute chamber chambers embassy consulate prosecution defence defense
    lobby lobbies states countries observatory opposition mission delegation""".split()
)
"""English head nouns of organisations ("Aid groups say", "The Israeli military said")."""
MEDIA_NOUNS_EN = frozenset(
    "television tv radio broadcaster network channel website outlet daily tabloid press portal blog podcast".split()
)
"""English head nouns of outlets ("State television said", "Russian state media")."""
ORG_NAMES_EN = frozenset("hamas hezbollah taliban nato opec houthis un eu wagner amnesty".split())
KNOWN_ORGS = frozenset(
    """greenpeace wwf germanwatch foodwatch amnesty oxfam attac campact nabu adac vdk caritas diakonie unicef
    unhcr unesco unctad who iwf imf oecd nato opec frontex europol interpol ezb ecb bundesbank bundeswehr kreml
    kremlin pentagon hamas hisbollah hezbollah taliban huthi houthis verdi ver.di gdl evg dgb dbb bdi bda dihk
    zdh ifo diw zew bitkom vda vdma vci bdew iaea iaeo osze osce wto wth fifa uefa ioc dfb dfl cdu csu spd fdp
    grüne grünen linke afd bsw övp spö fpö neos svp mieterbund destatis eurostat
    forsa insa yougov civey allensbach ipsos gallup""".split()
) | frozenset(
    """amnesty international|human rights watch|transparency international|reporter ohne grenzen|ärzte ohne grenzen|
    médecins sans frontières|rotes kreuz|deutsches rotes kreuz|fridays for future|letzte generation|
    extinction rebellion|deutsche umwelthilfe|pro asyl|ig metall|ig bce|bund der steuerzahler|haus & grund|
    weltbank|world bank|internationaler währungsfonds|international monetary fund|weißes haus|white house|
    vereinte nationen|united nations|europäische union|european union|europäische kommission|
    european commission|europäische zentralbank|european central bank|arbeiterwohlfahrt|paritätischer
    wohlfahrtsverband|sozialverband vdk|stiftung warentest|verbraucherzentrale|deutscher städtetag|
    deutscher landkreistag|deutscher bauernverband|red cross|american red cross|british red cross|red crescent|
    salvation army|infratest dimap|forschungsgruppe wahlen|pew research center|
    morgan stanley|goldman sachs|jpmorgan|jpmorgan chase|wells fargo|bank of america|deutsche bank|
    commerzbank""".split("|")  # s31: banks whose first word is a first name ("Morgan Stanley said in a note")
)
KNOWN_ORGS = frozenset(" ".join(name.split()) for name in KNOWN_ORGS)
"""Organisations the news cites by name that the entity tagger may call people ("Greenpeace sprach von …",
"Germanwatch zufolge"), lower-cased; hand-written (round 16; s26: pollsters, "laut Infratest dimap"). Names that
are also surnames are left out."""
"""English one-word organisation names the tagger calls common nouns at a sentence start."""

SEIN_FORMS = frozenset("ist sind war waren sei seien wäre wären bin".split())
"""Finite forms of "sein" ("ist der Ansicht", "war von … die Rede")."""


FINDING_LEMMAS = frozenset("ergeben zeigen belegen bestätigen".split())
"""Verbs of what a study or paper shows, which the speech-verb lexicons leave out ("Die Studie zeigt, dass …")."""
RELATIVE_WORDS = frozenset("welche welcher welches".split())
"""German relative pronouns besides "der/die/das", which the tagger may not tag PRELS ("Eltern, welche …")."""


PLACE_NOUNS = frozenset(
    "dorf dorfes ort ortes ortschaft stadt stadtteil stadtteils viertel viertels gemeinde kreis kreises "
    "landkreis landkreises region provinz bezirk bezirks kleinstadt insel".split()
)
"""S22: nouns of a place a person lives in ("eine Bewohnerin des Dorfes X"): the name after them is the place."""


BODY_TAILS_EN = frozenset(
    """federation administration association commission council agency alliance authority department service
    board office institute bureau police constabulary trust""".split()
)
"""Last words of a body's name that may hold "and" ("the Food and Drug Administration"); s22: moved here from
names_en and widened, for the name run and the subject before a cue. S30: "Avon and Somerset Police", "Barts
Health NHS Trust"."""

CLUB_WORDS = frozenset("united athletic rovers wanderers albion hotspur".split())
"""S32: last words of a football club's name that end no place ("Ashbourne United", "Dunmore Athletic"); name_kinds
adds "City" and "Villa" for the short name alone ("City said")."""

OBTAINED_WORDS = frozenset("reviewed obtained seen viewed heard".split())
"""Participles of an outlet getting hold of a paper ("a memo seen by Reuters", "emails obtained by the Times"): the
paper is cited inside that outlet's report (english_wire.obtained_by_end, told_outlets; s26: patterns' "According to
a report, seen by the Guardian, …" with the publishing participles)."""

CALENDAR_WORDS = frozenset(
    """montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august
    september oktober november dezember monday tuesday wednesday thursday friday saturday sunday
    january february march june july october december""".split()  # s28: "a report published in January"; not "May"
)
"""Weekdays and months, no names (s28: "seinem am Mittwoch veröffentlichten Jahresbericht"; s29: "im Mai 2024" is
no name "Mai 2024")."""


MILITARY_RANKS = frozenset(
    """oberst oberstleutnant major hauptmann general generalleutnant generalmajor brigadegeneral admiral
    konteradmiral vizeadmiral flottillenadmiral leutnant oberleutnant kapitän""".split()
)
"""Ranks before a name in an apposition ("der Sprecher der Luftwaffe, Oberst Dmytro Lysenko,"); moved from phrases in
session 30 (also a title between a role and the name: "Armeesprecher Oberst Khalid Osman")."""
