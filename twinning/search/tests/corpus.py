"""A small German press archive about twin-town partnerships, written for this test suite,
and queries a reader might type, with graded relevance (2 = what they look for,
1 = related, useful). Names and events are invented; the partner cities are Krefeld's."""

from __future__ import annotations

# fmt: off
RELEASES: list[dict] = [
    {"id": "p01", "published": "2024-05-14",
     "title": "Schülergruppe aus Dünkirchen zu Gast im Rathaus",
     "subtitle": "Austausch mit dem Lycée Jean Bart geht in die zwanzigste Runde",
     "teaser": "Vierzig Jugendliche aus der französischen Partnerstadt verbringen eine Woche in Krefeld.",
     "body": "Die Schülerinnen und Schüler wohnen bei Gastfamilien und besuchen den Unterricht am "
             "Gymnasium am Moltkeplatz. Der Bürgermeister begrüßte die Gruppe im Ratssaal und "
             "erinnerte an die lange Geschichte des Schüleraustauschs zwischen beiden Städten. "
             "Auf dem Programm stehen außerdem eine Stadtführung und ein Ausflug an den Rhein.",
     "cities": ["Dünkirchen"]},
    {"id": "p02", "published": "2023-10-02",
     "title": "Krefelder Jugendliche reisen nach Dunkerque",
     "subtitle": "Gegenbesuch am Ärmelkanal",
     "teaser": "Zwei Schulklassen fahren im Herbst an die französische Nordseeküste.",
     "body": "Nach dem Besuch im Frühjahr geht es nun für die Krefelder Schülerinnen und Schüler "
             "nach Frankreich. Sie lernen den Hafen kennen, besuchen das Museum für zeitgenössische "
             "Kunst und üben ihr Französisch im Alltag der Gastfamilien.",
     "cities": ["Dünkirchen"]},
    {"id": "p03", "published": "2024-06-20",
     "title": "50 Jahre Städtepartnerschaft mit Dünkirchen",
     "subtitle": "Festakt im Seidenweberhaus mit Gästen aus Frankreich",
     "teaser": "Seit 1974 sind Krefeld und Dunkerque partnerschaftlich verbunden. Das Jubiläum wird mit einem Bürgerfest gefeiert.",
     "body": "Oberbürgermeister und Bürgermeister der beiden Städte unterzeichneten eine Erklärung, "
             "die Partnerschaft in den kommenden Jahren mit Jugendbegegnungen und gemeinsamen "
             "Kulturprojekten zu stärken. Vereine stellten sich auf dem Rathausplatz vor.",
     "cities": ["Dünkirchen"]},
    {"id": "p04", "published": "2022-03-08",
     "title": "Ratsdelegation besucht Partnerstadt Dunkirk",
     "subtitle": "Gespräche über Hafenwirtschaft und Energiewende",
     "teaser": "Eine Delegation des Stadtrats informierte sich an der Küste über den Umbau der Industrie.",
     "body": "Im Mittelpunkt standen Wasserstoffprojekte im Hafengebiet und die Frage, wie beide "
             "Städte beim Klimaschutz voneinander lernen können. Die Gastgeber zeigten auch das "
             "neue Straßenbahnnetz, das seit einigen Jahren kostenlos genutzt werden kann.",
     "cities": ["Dünkirchen"]},
    {"id": "p05", "published": "2024-11-29",
     "title": "Venloer Weihnachtsmarkt lädt Krefelder ein",
     "subtitle": "Bus-Sonderfahrten an den Adventssamstagen",
     "teaser": "Die niederländische Partnerstadt Venlo öffnet ihren Weihnachtsmarkt an der Maas.",
     "body": "Die Stadt organisiert gemeinsam mit einem Reiseunternehmen Sonderfahrten. Auf dem "
             "Markt präsentieren sich auch Krefelder Händlerinnen und Händler. Karten für die "
             "Busfahrt gibt es im Bürgerservice.",
     "cities": ["Venlo"]},
    {"id": "p06", "published": "2023-06-11",
     "title": "Radtour auf dem Grenzweg nach Venlo",
     "subtitle": "Sechzig Kilometer durch Niederrhein und Limburg",
     "teaser": "Der Partnerschaftsverein lädt zur gemeinsamen Fahrradtour in die Niederlande ein.",
     "body": "Die Route führt über Wirtschaftswege und Radschnellwege bis in die Venloer "
             "Innenstadt. Dort empfängt der Beigeordnete der Gemeinde die Radfahrerinnen und "
             "Radfahrer. Zurück geht es mit dem Zug.",
     "cities": ["Venlo"]},
    {"id": "p07", "published": "2021-09-15",
     "title": "Grenzüberschreitende Zusammenarbeit in der Wirtschaftsförderung",
     "subtitle": "Krefeld und Venlo vereinbaren gemeinsames Gewerbeflächenportal",
     "teaser": "Unternehmen sollen leichter Standorte auf beiden Seiten der Grenze finden.",
     "body": "Die Wirtschaftsförderungen beider Städte bauen ein zweisprachiges Portal auf. Auch "
             "Fachkräfte aus den Niederlanden sollen angesprochen werden. Logistik spielt in der "
             "Region Venlo eine große Rolle.",
     "cities": ["Venlo"]},
    {"id": "p08", "published": "2025-01-20",
     "title": "Niederländisch lernen an der Volkshochschule",
     "subtitle": "Neue Sprachkurse für Pendlerinnen und Pendler",
     "teaser": "Die VHS bietet ab Februar Abendkurse in der Sprache der Nachbarn an.",
     "body": "Viele Krefelderinnen und Krefelder arbeiten in Venlo oder Leiden. Die Kurse "
             "vermitteln Grundkenntnisse der niederländischen Sprache und Alltagswissen über "
             "das Nachbarland. Die Anmeldung ist ab sofort möglich.",
     "cities": ["Venlo", "Leiden"]},
    {"id": "p09", "published": "2024-07-04",
     "title": "Studierende aus Leiden forschen an der Hochschule Niederrhein",
     "subtitle": "Sommerschule zu Textil und Design",
     "teaser": "Fünfzehn Studentinnen und Studenten der Universität Leiden arbeiten zwei Wochen in Krefelder Laboren.",
     "body": "Die Sommerschule ist Teil der Hochschulkooperation, die im Rahmen der "
             "Städtepartnerschaft entstanden ist. Themen sind nachhaltige Textilien und die "
             "Geschichte der Seidenindustrie. Zum Abschluss stellen die Gruppen ihre Ergebnisse vor.",
     "cities": ["Leiden"]},
    {"id": "p10", "published": "2023-10-03",
     "title": "Leidens Ontzet: Krefelder Delegation feiert mit",
     "subtitle": "Traditionelles Stadtfest am 3. Oktober",
     "teaser": "Bürgermeisterin und Vertreter des Partnerschaftskomitees reisten zum größten Fest der niederländischen Partnerstadt.",
     "body": "Mit Hering und Weißbrot erinnert Leiden jedes Jahr an das Ende der Belagerung von "
             "1574. Die Gäste aus Krefeld nahmen am Festumzug teil und trafen Vertreter der "
             "Leidener Vereine.",
     "cities": ["Leiden"]},
    {"id": "p11", "published": "2022-05-18",
     "title": "Museen in Leiden und Krefeld tauschen Leihgaben aus",
     "subtitle": "Kooperation der Kunstmuseen beginnt mit einer Ausstellung über Design",
     "teaser": "Das Kaiser Wilhelm Museum zeigt Werke aus der Partnerstadt.",
     "body": "Die Ausstellung vereint Möbel, Plakate und Textilien aus hundert Jahren. Die "
             "Museumsleitungen planen weitere gemeinsame Projekte und einen Austausch von "
             "Restauratorinnen und Restauratoren.",
     "cities": ["Leiden"]},
    {"id": "p12", "published": "2024-03-12",
     "title": "Oberbürgermeister reist nach Charlotte",
     "subtitle": "Besuch in North Carolina soll Wirtschaftskontakte vertiefen",
     "teaser": "Eine Woche lang trifft die Krefelder Delegation Unternehmen, Hochschulen und die Stadtverwaltung.",
     "body": "Der Oberbürgermeister wird von Vertreterinnen und Vertretern der Industrie- und "
             "Handelskammer begleitet. Auf dem Programm stehen ein Empfang im Rathaus von "
             "Charlotte und ein Treffen mit deutschen Unternehmen in der Region.",
     "cities": ["Charlotte"]},
    {"id": "p13", "published": "2024-03-22",
     "title": "Empfang bei der Bürgermeisterin von Charlotte",
     "subtitle": "Oberbürgermeister zieht positive Bilanz der Reise",
     "teaser": "Beide Städte wollen Praktika für junge Fachkräfte anbieten.",
     "body": "Zum Abschluss des Besuchs empfing die Bürgermeisterin die Gäste aus Krefeld. "
             "Vereinbart wurde ein Programm, das Auszubildenden und Studierenden Praktika in "
             "Unternehmen der jeweils anderen Stadt ermöglicht.",
     "cities": ["Charlotte"]},
    {"id": "p14", "published": "2023-07-19",
     "title": "Jugendorchester aus Charlotte gibt Konzert in der Friedenskirche",
     "subtitle": "Sechzig junge Musikerinnen und Musiker auf Europatournee",
     "teaser": "Der Eintritt ist frei, Spenden gehen an die Musikschule.",
     "body": "Das Orchester spielt Werke amerikanischer und deutscher Komponisten. Die jungen "
             "Gäste wohnen bei Krefelder Familien, deren Kinder im kommenden Jahr in die USA "
             "reisen.",
     "cities": ["Charlotte"]},
    {"id": "p15", "published": "2021-04-27",
     "title": "35 Jahre Partnerschaft mit Charlotte",
     "subtitle": "Jubiläum wird digital gefeiert",
     "teaser": "Wegen der Pandemie treffen sich die Partnerstädte in einer Videokonferenz.",
     "body": "Seit 1986 verbindet die beiden Städte eine Partnerschaft, die vor allem von "
             "Schulen, Vereinen und Unternehmen getragen wird. Die Oberbürgermeister sprachen "
             "über Erfahrungen in der Pandemie.",
     "cities": ["Charlotte"]},
    {"id": "p16", "published": "2023-04-13",
     "title": "Auszubildende aus Leicester in Krefelder Betrieben",
     "subtitle": "Berufliches Austauschprogramm startet mit zwölf Teilnehmenden",
     "teaser": "Junge Leute aus der englischen Partnerstadt absolvieren dreiwöchige Praktika.",
     "body": "Die Auszubildenden arbeiten in Handwerksbetrieben, einer Druckerei und bei den "
             "Stadtwerken. Das Programm wird aus Mitteln der Europäischen Union gefördert.",
     "cities": ["Leicester"]},
    {"id": "p17", "published": "2019-08-30",
     "title": "Fußballturnier der Partnerstädte",
     "subtitle": "Jugendmannschaften aus Leicester, Venlo und Dünkirchen am Start",
     "teaser": "Auf der Sportanlage im Stadtwald kämpfen acht Teams um den Partnerschaftspokal.",
     "body": "Das Turnier wird seit zehn Jahren ausgetragen. In diesem Jahr gewann die "
             "Mannschaft aus Leicester im Finale gegen die Gastgeber. Bei der Siegerehrung "
             "wurden alle Spielerinnen und Spieler mit Medaillen geehrt.",
     "cities": ["Leicester", "Venlo", "Dünkirchen"]},
    {"id": "p18", "published": "2024-09-09",
     "title": "Lichterfest Diwali: Krefelder Chor singt in Leicester",
     "subtitle": "Kulturaustausch mit der englischen Partnerstadt",
     "teaser": "Der Kammerchor tritt beim großen Lichterfest auf, einem der größten außerhalb Indiens.",
     "body": "Leicester ist für seine vielfältige Stadtgesellschaft bekannt. Die Sängerinnen "
             "und Sänger geben zwei Konzerte und besuchen ein Gemeindezentrum.",
     "cities": ["Leicester"]},
    {"id": "p19", "published": "2020-11-05",
     "title": "Partnerschaft mit Leicester bleibt nach dem Brexit eng",
     "subtitle": "Städte wollen Schüleraustausch trotz neuer Visaregeln fortsetzen",
     "teaser": "Der Rat bekräftigt die Freundschaft mit der britischen Stadt.",
     "body": "Seit dem Austritt Großbritanniens aus der EU sind Reisen von Schulklassen "
             "aufwendiger geworden. Die Stadt unterstützt Schulen bei der Beantragung von "
             "Dokumenten und sucht nach neuen Förderwegen.",
     "cities": ["Leicester"]},
    {"id": "p20", "published": "2022-05-10",
     "title": "Partnerschaft mit Uljanowsk ruht",
     "subtitle": "Rat reagiert auf den russischen Angriffskrieg gegen die Ukraine",
     "teaser": "Offizielle Kontakte zur russischen Partnerstadt werden ausgesetzt.",
     "body": "Der Rat der Stadt hat beschlossen, die Städtepartnerschaft ruhen zu lassen. "
             "Kontakte zwischen Bürgerinnen und Bürgern sollen jedoch möglich bleiben. Die Stadt "
             "unterstützt Geflüchtete aus der Ukraine.",
     "cities": ["Uljanowsk"]},
    {"id": "p21", "published": "2018-09-21",
     "title": "25 Jahre Städtepartnerschaft Krefeld–Uljanowsk",
     "subtitle": "Delegation von der Wolga zu Gast",
     "teaser": "Mit einem Konzert und einer Ausstellung wird das Jubiläum gefeiert.",
     "body": "Die Partnerschaft wurde 1993 begründet. Im Mittelpunkt standen in den "
             "vergangenen Jahren medizinische Hilfe und der Austausch von Studierenden.",
     "cities": ["Uljanowsk"]},
    {"id": "p22", "published": "2023-02-10",
     "title": "Erdbebenhilfe für die Türkei: Krefeld sammelt Spenden",
     "subtitle": "Partnerstadt Kayseri koordiniert Hilfsgüter für die Region",
     "teaser": "Decken, Zelte und Hygieneartikel werden in einer Halle am Hafen gesammelt.",
     "body": "Nach dem schweren Beben im Südosten der Türkei hat die Stadt ein Spendenkonto "
             "eingerichtet. Die Partnerstadt Kayseri nimmt die Lieferungen an und verteilt sie "
             "in den betroffenen Gebieten.",
     "cities": ["Kayseri"]},
    {"id": "p23", "published": "2023-03-01",
     "title": "Hilfstransport nach Kayseri gestartet",
     "subtitle": "Drei Lastwagen mit Spenden auf dem Weg",
     "teaser": "Freiwillige haben in zwei Wochen über 40 Tonnen Hilfsgüter verpackt.",
     "body": "Die Lastwagen bringen die Spenden aus Krefeld in die anatolische Partnerstadt. "
             "Von dort werden sie in die Erdbebengebiete gebracht. Der Oberbürgermeister dankte "
             "allen Helferinnen und Helfern.",
     "cities": ["Kayseri"]},
    {"id": "p24", "published": "2024-10-15",
     "title": "Wirtschaftsdelegation aus Kayseri informiert sich über Textilindustrie",
     "subtitle": "Unternehmer besuchen Betriebe und die Hochschule",
     "teaser": "Kayseri ist ein wichtiger Standort der türkischen Möbel- und Textilbranche.",
     "body": "Die Gäste besichtigten eine Weberei, ein Samtwerk und das Textilforschungsinstitut. "
             "Gespräche über Ausbildung und Fachkräfte standen ebenfalls auf der Tagesordnung.",
     "cities": ["Kayseri"]},
    {"id": "p25", "published": "2018-05-25",
     "title": "Zehn Jahre Städtepartnerschaft mit Kayseri",
     "subtitle": "Folkloregruppe tritt beim Stadtfest auf",
     "teaser": "Das Jubiläum der jüngsten Partnerschaft wird mit Musik und Tanz begangen.",
     "body": "2008 unterzeichneten beide Städte den Partnerschaftsvertrag. Seitdem gab es "
             "Begegnungen von Sportvereinen, Schulen und Unternehmen.",
     "cities": ["Kayseri"]},
    {"id": "p26", "published": "2020-10-02",
     "title": "30 Jahre Partnerschaft mit dem Landkreis Oder-Spree",
     "subtitle": "Verbindung entstand im Jahr der deutschen Einheit",
     "teaser": "Krefeld half damals beim Aufbau der Verwaltung in Brandenburg.",
     "body": "Viele Krefelder Verwaltungsfachleute arbeiteten in den neunziger Jahren in "
             "Beeskow und Fürstenwalde. Daraus entstanden Freundschaften, die bis heute halten.",
     "cities": ["Landkreis Oder-Spree"]},
    {"id": "p27", "published": "2024-08-05",
     "title": "Jugendfeuerwehren aus Krefeld und Oder-Spree im Zeltlager",
     "subtitle": "Gemeinsame Übungen am Scharmützelsee",
     "teaser": "Sechzig Nachwuchskräfte der Feuerwehr verbrachten eine Woche in Brandenburg.",
     "body": "Die Jugendlichen übten Löschangriffe, lernten Wasserrettung und erkundeten die "
             "Seenlandschaft mit dem Kanu. Das Lager findet abwechselnd in beiden Regionen statt.",
     "cities": ["Landkreis Oder-Spree"]},
    {"id": "p28", "published": "2023-09-01",
     "title": "Bürgerreise in den Landkreis Oder-Spree",
     "subtitle": "Noch Plätze frei für die Fahrt im Oktober",
     "teaser": "Die Reise führt nach Beeskow, Bad Saarow und in den Spreewald.",
     "body": "Der Partnerschaftsverein organisiert die fünftägige Fahrt mit dem Bus. "
             "Anmeldungen nimmt die Geschäftsstelle entgegen.",
     "cities": ["Landkreis Oder-Spree"]},
    {"id": "p29", "published": "2022-11-16",
     "title": "Klimaschutzkonzept: Partnerstädte teilen Erfahrungen",
     "subtitle": "Fachtagung mit Gästen aus Venlo, Leiden und Dünkirchen",
     "teaser": "Verwaltungen vergleichen ihre Wege zur Klimaneutralität.",
     "body": "Die Städte stellten Maßnahmen zur Wärmewende, zum Radverkehr und zur Begrünung "
             "vor. Ein gemeinsames Netzwerk soll den Austausch verstetigen.",
     "cities": ["Venlo", "Leiden", "Dünkirchen"]},
    {"id": "p30", "published": "2024-04-22",
     "title": "Bäume für das Klima: Pflanzaktion mit Gästen aus Venlo",
     "subtitle": "Schülerinnen und Schüler pflanzen Partnerschaftswald",
     "teaser": "Zweihundert junge Bäume wachsen künftig am Stadtrand.",
     "body": "Die Aktion ist Teil des städtischen Klimaschutzprogramms. Jede Schulklasse "
             "übernimmt die Patenschaft für eine Baumgruppe.",
     "cities": ["Venlo"]},
    {"id": "p31", "published": "2023-05-25",
     "title": "Klimapartnerschaft mit Charlotte vereinbart",
     "subtitle": "Städte wollen bei Solarenergie und Mobilität zusammenarbeiten",
     "teaser": "Ein Fachaustausch der Verwaltungen beginnt im Herbst.",
     "body": "Beide Städte haben sich verpflichtet, ihren Ausstoß von Treibhausgasen deutlich "
             "zu senken. Geplant sind gegenseitige Besuche von Expertinnen und Experten.",
     "cities": ["Charlotte"]},
    {"id": "p32", "published": "2024-02-02",
     "title": "Neue Broschüre stellt alle Partnerstädte vor",
     "subtitle": "Von Venlo bis Kayseri",
     "teaser": "Das Heft erzählt die Geschichte der Partnerschaften und nennt Ansprechpartner.",
     "body": "Die Broschüre ist im Bürgerservice und in den Bibliotheken erhältlich. Sie "
             "enthält Porträts der acht Partnerstädte und Hinweise für Vereine, die Kontakte "
             "knüpfen möchten.",
     "cities": []},
    {"id": "p33", "published": "2021-06-18",
     "title": "Europawoche: Partnerstädte präsentieren sich auf dem Markt",
     "subtitle": "Informationsstände und Spezialitäten",
     "teaser": "Am Wochenende stellen sich die europäischen Partnerstädte auf dem Dionysiusplatz vor.",
     "body": "Besucherinnen und Besucher können niederländischen Käse, englischen Tee und "
             "französisches Gebäck probieren. Vereine informieren über Reisen und Begegnungen.",
     "cities": ["Venlo", "Leicester", "Dünkirchen", "Leiden"]},
    {"id": "p34", "published": "2022-08-24",
     "title": "Museumsnacht mit Gästen aus Dunkerque",
     "subtitle": "Französische Künstlerinnen zeigen Installationen",
     "teaser": "In der Nacht der Museen öffnen zwölf Häuser bis Mitternacht.",
     "body": "Zwei Künstlerinnen aus der Partnerstadt am Meer gestalten Räume im Museum Haus "
             "Lange. Shuttlebusse verbinden die Museen.",
     "cities": ["Dünkirchen"]},
    {"id": "p35", "published": "2025-03-03",
     "title": "Straßenfest in der Innenstadt mit Partnerstädten",
     "subtitle": "Musik und Essen aus fünf Ländern",
     "teaser": "Auf der Rheinstraße feiern Vereine und Gäste am ersten Juniwochenende.",
     "body": "Bands aus Venlo und Leicester spielen auf zwei Bühnen. Die Straße ist für den "
             "Verkehr gesperrt.",
     "cities": ["Venlo", "Leicester"]},
    {"id": "p36", "published": "2023-11-20",
     "title": "Städtepartnerschaftspreis für ehrenamtliches Engagement",
     "subtitle": "Drei Vereine ausgezeichnet",
     "teaser": "Der Preis würdigt Menschen, die Begegnungen mit den Partnerstädten möglich machen.",
     "body": "Ausgezeichnet wurden der Freundeskreis Leicester, ein Sportverein mit Kontakten "
             "nach Venlo und eine Initiative, die Sprachkurse für Französisch anbietet.",
     "cities": ["Leicester", "Venlo"]},
    {"id": "p37", "published": "2024-01-15",
     "title": "Förderprogramm für Begegnungen von Vereinen",
     "subtitle": "Zuschüsse für Reisen in die Partnerstädte",
     "teaser": "Vereine können ab sofort Mittel für Fahrten und Gastaufenthalte beantragen.",
     "body": "Gefördert werden Fahrtkosten und Unterbringung. Anträge müssen acht Wochen vor "
             "der Reise gestellt werden. Schulen können eigene Mittel für Schüleraustausche "
             "beantragen.",
     "cities": []},
    {"id": "p38", "published": "2022-06-30",
     "title": "Partnerschaftskomitee wählt neuen Vorstand",
     "subtitle": "Mitgliederversammlung im Rathaus",
     "teaser": "Das Komitee koordiniert die Kontakte zu den Partnerstädten.",
     "body": "Die Versammlung bestätigte die Vorsitzende im Amt. Neu im Vorstand sind zwei "
             "Mitglieder, die sich besonders um Jugendbegegnungen kümmern wollen.",
     "cities": []},
    {"id": "p39", "published": "2024-05-30",
     "title": "Sprachkurs Französisch für Gastfamilien",
     "subtitle": "Vorbereitung auf den Besuch aus Dünkirchen",
     "teaser": "Familien, die Austauschschüler aufnehmen, lernen die wichtigsten Wendungen.",
     "body": "Der Kurs umfasst sechs Abende und wird vom Partnerschaftsverein bezahlt. Die "
             "Lehrerin stammt selbst aus der Region Hauts-de-France.",
     "cities": ["Dünkirchen"]},
    {"id": "p40", "published": "2023-08-18",
     "title": "Kunstausstellung: Malerinnen aus Kayseri und Krefeld",
     "subtitle": "Gemeinsame Schau in der Fabrik Heeder",
     "teaser": "Zwanzig Werke zeigen Landschaften und Stadtansichten beider Städte.",
     "body": "Die Ausstellung entstand bei einem Atelieraustausch im vergangenen Jahr. Die "
             "Künstlerinnen arbeiteten jeweils einen Monat in der Partnerstadt.",
     "cities": ["Kayseri"]},
    {"id": "p41", "published": "2024-06-01",
     "title": "Schulpartnerschaft mit Venlo erneuert",
     "subtitle": "Realschule und Grenzland College unterzeichnen Vertrag",
     "teaser": "Gemeinsamer Unterricht und Projekttage sind geplant.",
     "body": "Die Schülerinnen und Schüler beider Schulen treffen sich viermal im Jahr, "
             "abwechselnd in Krefeld und in Venlo. Im Mittelpunkt stehen Sprache und Technik.",
     "cities": ["Venlo"]},
    {"id": "p42", "published": "2022-09-12",
     "title": "Feuerwehr Krefeld übt mit Kollegen aus Venlo",
     "subtitle": "Grenzüberschreitende Großübung am Rhein",
     "teaser": "Rund hundert Einsatzkräfte probten den Ernstfall auf einem Chemiegelände.",
     "body": "Geübt wurde die Zusammenarbeit bei einem Brand mit vielen Verletzten. Die "
             "Funkverbindung zwischen den Leitstellen funktionierte reibungslos.",
     "cities": ["Venlo"]},
    {"id": "p43", "published": "2025-02-11",
     "title": "Haushalt 2025: Rat beschließt Sanierung von Schulen",
     "subtitle": "Investitionen in Bildung und Straßen",
     "teaser": "Der Rat hat den Haushalt mit großer Mehrheit verabschiedet.",
     "body": "Schwerpunkte sind die Sanierung von Schulgebäuden, der Ausbau von Radwegen und "
             "die Modernisierung der Verwaltung.",
     "cities": []},
    {"id": "p44", "published": "2024-12-05",
     "title": "Nikolausmarkt im Stadtteil Uerdingen",
     "subtitle": "Buden, Musik und Kinderprogramm",
     "teaser": "Am zweiten Adventswochenende lädt der Werbering zum Nikolausmarkt ein.",
     "body": "Die Gäste erwartet ein Kinderkarussell, ein Chor und Glühwein. Der Erlös "
             "geht an soziale Projekte im Stadtteil.",
     "cities": []},
    {"id": "p45", "published": "2023-01-25",
     "title": "Neujahrsempfang: Oberbürgermeister würdigt Partnerschaften",
     "subtitle": "Grüße aus Leicester, Leiden und Charlotte",
     "teaser": "Vertreterinnen und Vertreter mehrerer Partnerstädte waren unter den Gästen.",
     "body": "In seiner Rede betonte der Oberbürgermeister den Wert persönlicher Begegnungen in "
             "schwierigen Zeiten. Die Partnerschaft mit Uljanowsk ruht weiterhin.",
     "cities": ["Leicester", "Leiden", "Charlotte"]},
    {"id": "p46", "published": "2024-09-27",
     "title": "Austausch von Auszubildenden mit Dunkerque",
     "subtitle": "Azubis der Stadtverwaltung lernen französische Kommune kennen",
     "teaser": "Sechs Auszubildende hospitieren zwei Wochen in der Verwaltung am Meer.",
     "body": "Sie arbeiten im Bürgeramt, im Hafenamt und in der Stadtplanung. Im Gegenzug "
             "kommen im Frühjahr Auszubildende aus Frankreich nach Krefeld.",
     "cities": ["Dünkirchen"]},
    {"id": "p47", "published": "2021-11-10",
     "title": "Gedenken an die Opfer von Krieg und Gewalt",
     "subtitle": "Volkstrauertag mit Gästen aus Leicester",
     "teaser": "Vertreter der britischen Partnerstadt legten einen Kranz nieder.",
     "body": "Der Bürgermeister erinnerte an die Versöhnung nach dem Zweiten Weltkrieg, aus der "
             "die ersten Städtepartnerschaften hervorgingen.",
     "cities": ["Leicester"]},
    {"id": "p48", "published": "2024-10-28",
     "title": "Lehrkräfte aus Charlotte hospitieren an Krefelder Schulen",
     "subtitle": "Austausch über Unterricht in Naturwissenschaften",
     "teaser": "Acht Lehrerinnen und Lehrer aus North Carolina besuchen Gesamtschulen und Gymnasien.",
     "body": "Die Gäste interessieren sich besonders für die duale Ausbildung und den Unterricht "
             "in Technik. Im Gegenzug reisen Krefelder Lehrkräfte im Frühjahr in die USA.",
     "cities": ["Charlotte"]},
    # Other cities than the partner cities, named as the text names them; compounds apart.
    {"id": "p49", "published": "2024-09-12",
     "title": "Chorreise nach Wrocław",
     "subtitle": "Kammerchor singt in der ehemaligen Kulturhauptstadt Europas",
     "teaser": "Dreißig Sängerinnen und Sänger fahren im Herbst nach Niederschlesien.",
     "body": "Der Kammerchor der Musikschule folgt einer Einladung der Musikakademie in Wrocław. "
             "Geplant sind zwei Konzerte in der Aula Leopoldina und ein gemeinsamer Workshop mit "
             "polnischen Studierenden. Die Reise wird vom Deutsch-Polnischen Jugendwerk gefördert.",
     "cities": []},
    {"id": "p50", "published": "2023-02-24",
     "title": "Hilfstransport erreicht Kyjiw",
     "subtitle": "Generatoren und Winterkleidung für die ukrainische Hauptstadt",
     "teaser": "Zwei Lastwagen mit Spenden aus der Bürgerschaft sind in der Ukraine angekommen.",
     "body": "Feuerwehrleute und Ehrenamtliche haben die Spenden über Wochen gesammelt und "
             "verladen. In Kyjiw nahm eine Hilfsorganisation die Güter entgegen und verteilt sie "
             "an Schulen und Krankenhäuser. Weitere Fahrten sind für das Frühjahr geplant.",
     "cities": []},
    {"id": "p51", "published": "2022-07-05",
     "title": "Jugendorchester aus Bratislava zu Gast",
     "subtitle": "Konzert im Stadtgarten am Freitagabend",
     "teaser": "Fünfzig junge Musikerinnen und Musiker aus der Slowakei spielen bei freiem Eintritt.",
     "body": "Das Orchester des Konservatoriums in Bratislava ist auf einer Tournee durch "
             "Westdeutschland. Auf dem Programm stehen Werke von Dvořák und slowakische "
             "Volkslieder. Die Musikschule hat Gastfamilien für die Jugendlichen gefunden.",
     "cities": []},
    {"id": "p52", "published": "2024-04-18",
     "title": "Krefelder Designschule stellt in Milano aus",
     "subtitle": "Studierende zeigen Textilentwürfe während der Designwoche",
     "teaser": "Zwölf Arbeiten aus dem Textilstudiengang reisen nach Italien.",
     "body": "Die Hochschule präsentiert auf einer Sonderschau in Milano Stoffe aus recycelten "
             "Fasern. Die Studierenden betreuen den Stand selbst und knüpfen Kontakte zu "
             "italienischen Webereien.",
     "cities": []},
    {"id": "p53", "published": "2023-06-01",
     "title": "Mit dem Rad über die Grenze",
     "subtitle": "Eine Tour mit dem Rad führt in drei Etappen bis an die Maas",
     "teaser": "Der Fahrradclub lädt zu einer Tour mit dem Rad in die Niederlande ein.",
     "body": "Start ist am Samstag am Rathaus. Die Strecke folgt ehemaligen Bahntrassen und "
             "Deichen; übernachtet wird in Jugendherbergen. Wer nicht die ganze Strecke fahren "
             "möchte, kann nach der ersten Etappe mit dem Zug zurückkehren.",
     "cities": []},
    {"id": "p54", "published": "2022-08-22",
     "title": "Begegnung der Jugendlichen aus Polen und Krefeld",
     "subtitle": "Zeltlager am Elfrather See",
     "teaser": "Zwei Wochen lang leben Jugendliche aus beiden Ländern gemeinsam im Zeltlager.",
     "body": "Sport, Workshops und Ausflüge stehen auf dem Programm. Die Begegnung der "
             "Jugendlichen wird von Teamerinnen aus Polen und Deutschland begleitet und vom "
             "Deutsch-Polnischen Jugendwerk gefördert.",
     "cities": []},
    {"id": "p55", "published": "2024-01-30",
     "title": "Schülerinnen aus Liège lernen Deutsch in Krefeld",
     "subtitle": "Sprachkurs mit Betriebspraktikum",
     "teaser": "Eine Woche lang besuchen belgische Schülerinnen Unterricht und Betriebe.",
     "body": "Die Gruppe aus der wallonischen Stadt Liège wohnt bei Gastfamilien. Vormittags "
             "lernen die Jugendlichen Deutsch, nachmittags arbeiten sie in Handwerksbetrieben mit.",
     "cities": []},
]

# The partner cities' names as the partner-city records give them.
CITY_NAME_GROUPS: list[list[str]] = [
    ["Venlo"],
    ["Leicester"],
    ["Dünkirchen", "Dunkerque", "Dunkirk", "Duinkerke"],
    ["Leiden"],
    ["Charlotte"],
    ["Landkreis Oder-Spree", "Oder-Spree"],
    ["Uljanowsk", "Ulyanovsk", "Ульяновск"],
    ["Kayseri"],
]

# query -> {release id: grade}; unlisted releases are not relevant.
QUERIES: dict[str, dict[str, int]] = {
    "Schüleraustausch Frankreich": {"p01": 2, "p02": 2, "p39": 1, "p46": 1, "p19": 1},
    "Oberbürgermeister Charlotte Besuch": {"p12": 2, "p13": 2, "p15": 1, "p45": 1},
    "Dunkirk": {"p01": 2, "p02": 2, "p03": 2, "p04": 2, "p34": 2, "p46": 2, "p39": 1,
                "p29": 1, "p17": 1, "p33": 1},
    "Partnerstädte": {"p32": 2, "p33": 2, "p35": 1, "p17": 1, "p29": 1, "p36": 1, "p38": 1,
                      "p37": 1, "p45": 1},
    "Klimaschutz": {"p29": 2, "p30": 2, "p31": 2, "p04": 1},
    "Museen": {"p11": 2, "p34": 2, "p02": 1},
    "Jugendliche Leicester": {"p17": 2, "p16": 2, "p19": 1, "p18": 1},
    "Weihnachtsmarkt Venlo": {"p05": 2},
    "Uljanowsk": {"p20": 2, "p21": 2, "p45": 1},
    "Erdbeben Türkei Spenden": {"p22": 2, "p23": 2},
    "Städtepartnerschaft Jubiläum": {"p03": 2, "p15": 2, "p21": 2, "p25": 2, "p26": 2},
    "Fahrradtour Niederlande": {"p06": 2},
    "Studenten Leiden": {"p09": 2, "p21": 1},
    "Feuerwehr": {"p42": 2, "p27": 2},
    "Konzert Chor": {"p18": 2, "p14": 2, "p21": 1, "p44": 1},
    "Bürgerreise Oder-Spree": {"p28": 2, "p26": 1, "p27": 1},
    "Niederländisch Sprachkurs": {"p08": 2, "p39": 1},
    "Wirtschaft Kayseri": {"p24": 2, "p25": 1},
    "Kunstausstellung": {"p40": 2, "p11": 2, "p34": 1},
    "Gruppen": {"p01": 1, "p09": 1, "p25": 1, "p30": 1},
    "Schüler": {"p01": 2, "p02": 2, "p41": 2, "p30": 1, "p19": 1, "p39": 1, "p37": 1},
    "Duenkirchen Strasse": {"p04": 2},
    "Fußball": {"p17": 2},
    "Praktikum Auszubildende": {"p16": 2, "p13": 2, "p46": 2},
    "Partnerschaft ruht Russland": {"p20": 2, "p45": 1},
    "Lehrer Austausch USA": {"p48": 2, "p14": 1},
    "Hilfsgüter": {"p22": 2, "p23": 2},
    "Wasserstoff Hafen": {"p04": 2},
    "Textil": {"p24": 2, "p09": 2, "p11": 1},
    "Partnerschaftsverein Reise": {"p28": 2, "p06": 2, "p39": 1, "p37": 1},
    # Added after the ranking was tuned, as a check on queries it was not tuned for.
    "Lichterfest": {"p18": 2},
    "Volkshochschule Kurse": {"p08": 2},
    "Ehrenamt Preis": {"p36": 2},
    "Hafen Dunkerque": {"p04": 2, "p46": 1, "p02": 1},
    "Textilindustrie Kayseri": {"p24": 2},
    "Gastfamilien": {"p01": 2, "p39": 2, "p14": 1, "p02": 1},
    "Sommerschule": {"p09": 2},
    "Brexit": {"p19": 2},
    "Versöhnung Krieg": {"p47": 2},
    "Jugendfeuerwehr Zeltlager": {"p27": 2},
    "Musik": {"p14": 2, "p35": 1, "p44": 1, "p25": 1},
    "Studierende": {"p09": 2, "p21": 1, "p13": 1},
    "Bürgermeisterin": {"p13": 2, "p10": 1},
    # Other cities by their German names, compounds written apart in the text, typos.
    "Breslau": {"p49": 2},
    "Kiew": {"p50": 2},
    "Pressburg": {"p51": 2},
    "Mailand": {"p52": 2},
    "Lüttich": {"p55": 2},
    "Radtour Niederlande": {"p53": 2, "p06": 2},
    "Jugendbegegnung Polen": {"p54": 2},
    "Partnerstadr Jubiläum": {"p03": 2, "p15": 2, "p21": 2, "p25": 2},
}
# fmt: on
