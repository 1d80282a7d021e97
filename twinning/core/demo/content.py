"""The demo site's content for Krefeld, as plain Python data that loaders turn into pages.

Facts about the cities (names, coordinates, the years partnerships began, the suspension of
the partnership with Uljanowsk) follow public knowledge. Everything else is invented for the
demo: the press releases, exchanges and events, every quotation, and every person except
Oberbürgermeister Frank Meyer, whose quotations here are invented as well. Contact data uses
reserved example domains and 555 numbers so that nobody is reached by mistake.

Dates are ISO strings; datetimes are local wall-clock times in the time zone given beside them
(press releases: Europe/Berlin). Slugs tie the records together; the tests in
``twinning/core/tests/test_demo_content.py`` check that every reference resolves.
"""

CITY = dict(
    name="Krefeld",
    state="Nordrhein-Westfalen",
    latitude=51.3331,
    longitude=6.5623,
    press_office_email="presse@krefeld.example",
    international_office_email="international@krefeld.example",
    address="Rathaus\nVon-der-Leyen-Platz 1\n47798 Krefeld",
    phone="+49 2151 555-0100",
)

PARTNER_CITIES = [
    dict(
        slug="venlo",
        name="Venlo",
        local_name="Venlo",
        exonyms=[],
        country="Niederlande",
        country_code="NL",
        region="Provinz Limburg",
        latitude=51.3704,
        longitude=6.1724,
        timezone="Europe/Amsterdam",
        languages=["Niederländisch"],
        partnership_type="staedtepartnerschaft",
        began_on=None,
        began_year=1964,
        council_decision="",
        status="active",
        status_reason="",
        status_since=None,
        wikidata_id="",
        population=102000,
        intro=(
            "Venlo liegt eine halbe Autostunde von Krefeld entfernt an der Maas und ist "
            "Krefelds älteste Partnerstadt."
        ),
        description=[
            "Die Stadt in der niederländischen Provinz Limburg ist ein Knotenpunkt für Handel "
            "und Logistik zwischen den Nordseehäfen und dem Rhein-Ruhr-Gebiet. Zugleich prägen "
            "Gartenbau, eine lebendige Altstadt mit dem Rathaus aus der Renaissance und das "
            "Maasufer das Bild der Stadt.",
            "Seit 1964 verbindet Krefeld und Venlo eine Städtepartnerschaft, die vom Alltag der "
            "Grenzregion lebt: Pendlerinnen und Pendler, Vereine, Schulen und Museen arbeiten "
            "über die Grenze hinweg zusammen, oft unterstützt von der euregio rhein-maas-nord.",
            "In den vergangenen Jahren sind Klimaschutz und Kultur zu Schwerpunkten geworden – "
            "vom Erfahrungsaustausch über die Klimaschutzkonzepte beider Städte bis zu "
            "gemeinsamen Ausstellungsplänen der Museen.",
        ],
    ),
    dict(
        slug="leicester",
        name="Leicester",
        local_name="Leicester",
        exonyms=[],
        country="Vereinigtes Königreich",
        country_code="GB",
        region="England, East Midlands",
        latitude=52.6369,
        longitude=-1.1398,
        timezone="Europe/London",
        languages=["Englisch"],
        partnership_type="staedtepartnerschaft",
        began_on=None,
        began_year=1969,
        council_decision="",
        status="active",
        status_reason="",
        status_since=None,
        wikidata_id="Q83065",
        population=368600,
        intro=(
            "Leicester in den englischen East Midlands ist seit 1969 Partnerstadt Krefelds und "
            "eine der vielfältigsten Städte Großbritanniens."
        ),
        description=[
            "Die Universitätsstadt am Fluss Soar blickt wie Krefeld auf eine lange "
            "Textiltradition zurück. Heute prägen zwei Universitäten, ein reiches Kulturleben "
            "und eine Bevölkerung mit Wurzeln in vielen Teilen der Welt die Stadt; das "
            "Lichterfest Diwali zieht jedes Jahr Zehntausende in die Innenstadt.",
            "Die Partnerschaft hat auch den Brexit überstanden: Gerade in diesen Jahren haben "
            "Freundeskreise, Hochschulen und Schulen ihre Kontakte bewusst gepflegt. "
            "Austauschprogramme für Studierende und Bürgerreisen halten die Verbindung lebendig.",
        ],
    ),
    dict(
        slug="duenkirchen",
        name="Dünkirchen",
        local_name="Dunkerque",
        exonyms=["Dunkerque", "Dunkirk", "Duinkerke"],
        country="Frankreich",
        country_code="FR",
        region="Hauts-de-France, Département Nord",
        latitude=51.0343,
        longitude=2.3768,
        timezone="Europe/Paris",
        languages=["Französisch"],
        partnership_type="staedtepartnerschaft",
        began_on=None,
        began_year=1974,
        council_decision="",
        status="active",
        status_reason="",
        status_since=None,
        wikidata_id="Q45797",
        population=86000,
        intro=(
            "Dünkirchen (Dunkerque) an der französischen Nordseeküste ist seit 1974 "
            "Partnerstadt Krefelds."
        ),
        description=[
            "Die Hafenstadt im Département Nord ist mit ihrem Seehafen, der Industrie an den "
            "Kanälen und dem langen Sandstrand von Malo-les-Bains eine Stadt der Gegensätze. "
            "Bekannt ist sie auch für ihren ausgelassenen Karneval, der Menschen vom Niederrhein "
            "seltsam vertraut vorkommen dürfte.",
            "Getragen wird die deutsch-französische Freundschaft vor allem von Schulen, "
            "Jugendgruppen und dem Partnerschaftskomitee. Mit Unterstützung des "
            "Deutsch-Französischen Jugendwerks besuchen sich Schülergruppen regelmäßig; 2024 "
            "feierten beide Städte das 50-jährige Bestehen ihrer Partnerschaft.",
        ],
    ),
    dict(
        slug="leiden",
        name="Leiden",
        local_name="Leiden",
        exonyms=["Leyde"],
        country="Niederlande",
        country_code="NL",
        region="Provinz Südholland",
        latitude=52.1601,
        longitude=4.4970,
        timezone="Europe/Amsterdam",
        languages=["Niederländisch"],
        partnership_type="staedtepartnerschaft",
        began_on=None,
        began_year=1974,
        council_decision="",
        status="active",
        status_reason="",
        status_since=None,
        wikidata_id="Q43631",
        population=127000,
        intro="Die Universitätsstadt Leiden in Südholland ist seit 1974 mit Krefeld verbunden.",
        description=[
            "Leiden besitzt die älteste Universität der Niederlande, eine von Grachten "
            "durchzogene Altstadt und zahlreiche Museen. Jedes Jahr am 3. Oktober feiert die "
            "Stadt mit Leidens Ontzet das Ende der spanischen Belagerung von 1574 – mit "
            "Hering, Weißbrot, Hutspot und einem großen Volksfest.",
            "Zwischen Krefeld und Leiden bestehen enge Kontakte in Kultur und Verwaltung. Chöre, "
            "Musikschulen und Vereine besuchen sich, und Fachleute beider Städte tauschen sich "
            "zu Stadtentwicklung und Klimaanpassung aus.",
        ],
    ),
    dict(
        slug="charlotte",
        name="Charlotte",
        local_name="Charlotte",
        exonyms=["Charlotte (North Carolina)", "Queen City"],
        country="Vereinigte Staaten",
        country_code="US",
        region="North Carolina",
        latitude=35.2271,
        longitude=-80.8431,
        timezone="America/New_York",
        languages=["Englisch"],
        partnership_type="staedtepartnerschaft",
        began_on=None,
        began_year=1986,
        council_decision="",
        status="active",
        status_reason="",
        status_since=None,
        wikidata_id="Q16565",
        population=874579,
        intro="Charlotte in North Carolina ist seit 1986 Krefelds Partnerstadt in den USA.",
        description=[
            "Die größte Stadt North Carolinas ist ein bedeutender Banken- und Finanzplatz im "
            "Südosten der Vereinigten Staaten und wächst seit Jahren rasant. Mit Stadtbahnlinien, "
            "neuen Radwegen und Projekten zur digitalen Stadtentwicklung sucht Charlotte "
            "Antworten auf die Fragen einer wachsenden Metropole.",
            "Auf amerikanischer Seite trägt Charlotte Sister Cities die Partnerschaft, in Krefeld "
            "unter anderem die Deutsch-Amerikanische Gesellschaft. Delegationen, Fachleute und "
            "Jugendliche besuchen sich seit Jahrzehnten; zuletzt standen Mobilität, Stadtklima "
            "und Smart City im Mittelpunkt.",
        ],
    ),
    dict(
        slug="landkreis-oder-spree",
        name="Landkreis Oder-Spree",
        local_name="Landkreis Oder-Spree",
        exonyms=["Oder-Spree", "LOS"],
        country="Deutschland",
        country_code="DE",
        region="Brandenburg",
        latitude=52.1725,
        longitude=14.2467,
        timezone="Europe/Berlin",
        languages=["Deutsch"],
        partnership_type="staedtepartnerschaft",
        began_on=None,
        began_year=1990,
        council_decision="",
        status="active",
        status_reason="",
        status_since=None,
        wikidata_id="",
        population=182000,
        intro=(
            "Mit dem Landkreis Oder-Spree in Brandenburg pflegt Krefeld seit 1990 eine "
            "innerdeutsche Partnerschaft."
        ),
        description=[
            "Der Landkreis im Osten Brandenburgs reicht von den Seen am Rand Berlins bis an die "
            "Oder und damit an die Grenze zu Polen. Kreisstadt ist Beeskow, die größten Städte "
            "sind Fürstenwalde/Spree und Eisenhüttenstadt.",
            "Die Verbindung reicht in das Jahr der deutschen Einheit zurück, als viele "
            "westdeutsche Kommunen Partner im Osten suchten. Heute lebt sie von "
            "Bürgerbegegnungen, Sportvereinen und einem regen Austausch zwischen den "
            "Verwaltungen.",
        ],
    ),
    dict(
        slug="uljanowsk",
        name="Uljanowsk",
        local_name="Ульяновск",
        exonyms=["Ulyanovsk", "Simbirsk", "Uljanovsk"],
        country="Russland",
        country_code="RU",
        region="Oblast Uljanowsk",
        latitude=54.3142,
        longitude=48.4031,
        timezone="Europe/Ulyanovsk",
        languages=["Russisch"],
        partnership_type="staedtepartnerschaft",
        began_on=None,
        began_year=1993,
        council_decision="",
        status="suspended",
        status_reason=(
            "Der Rat der Stadt Krefeld hat nach dem russischen Angriff auf die Ukraine "
            "beschlossen, die Städtepartnerschaft vorerst ruhen zu lassen."
        ),
        status_since="2022-05-04",
        wikidata_id="Q5627",
        population=624000,
        intro=(
            "Uljanowsk an der Wolga ist seit 1993 Partnerstadt Krefelds; die Partnerschaft ruht "
            "seit Mai 2022."
        ),
        description=[
            "Die Großstadt liegt am mittleren Lauf der Wolga, rund 700 Kilometer östlich von "
            "Moskau, und ist Verwaltungssitz der gleichnamigen Oblast. Bis 1924 hieß sie "
            "Simbirsk; bekannt ist sie als Geburtsort Lenins und als Standort von Luftfahrt- und "
            "Fahrzeugindustrie.",
            "Über Jahrzehnte verbanden Jugendbegegnungen, Kulturprojekte und Kontakte zwischen "
            "Vereinen beide Städte. Nach dem russischen Angriff auf die Ukraine hat der Rat der "
            "Stadt Krefeld beschlossen, die Städtepartnerschaft vorerst ruhen zu lassen. Der "
            "Schritt richtet sich gegen den Krieg, nicht gegen die Menschen in Uljanowsk.",
        ],
    ),
    dict(
        slug="kayseri",
        name="Kayseri",
        local_name="Kayseri",
        exonyms=["Kaisareia", "Caesarea"],
        country="Türkei",
        country_code="TR",
        region="Provinz Kayseri, Zentralanatolien",
        latitude=38.7312,
        longitude=35.4787,
        timezone="Europe/Istanbul",
        languages=["Türkisch"],
        partnership_type="staedtepartnerschaft",
        began_on=None,
        began_year=2008,
        council_decision="",
        status="active",
        status_reason="",
        status_since=None,
        wikidata_id="",
        population=1440000,
        intro="Kayseri in Zentralanatolien ist seit 2008 die jüngste Partnerstadt Krefelds.",
        description=[
            "Die Millionenstadt am Fuß des erloschenen Vulkans Erciyes zählt zu den "
            "wirtschaftlich stärksten Städten der Türkei; Möbel-, Textil- und Metallindustrie "
            "haben hier ihren Sitz. Im Winter lockt das Skigebiet am Erciyes Gäste aus dem "
            "ganzen Land.",
            "Viele Krefelderinnen und Krefelder haben familiäre Wurzeln in der Türkei. Die "
            "Partnerschaft setzt deshalb auf Begegnungen zwischen Menschen ebenso wie auf "
            "Kontakte zwischen Unternehmen, Kammern und Hochschulen.",
        ],
    ),
    dict(
        slug="xuzhou",
        name="Xuzhou",
        local_name="徐州",
        exonyms=["Hsuchow", "Pengcheng"],
        country="China",
        country_code="CN",
        region="Provinz Jiangsu",
        latitude=34.2044,
        longitude=117.2859,
        timezone="Asia/Shanghai",
        languages=["Chinesisch"],
        partnership_type="freundschaft",
        began_on=None,
        # The year the friendship began is not known to us; the demo leaves it empty
        # rather than invent one.
        began_year=None,
        council_decision="",
        status="active",
        status_reason="",
        status_since=None,
        wikidata_id="",
        population=9080000,
        intro=(
            "Mit Xuzhou in der ostchinesischen Provinz Jiangsu verbindet Krefeld eine "
            "Städtefreundschaft."
        ),
        description=[
            "Die Stadt ist ein wichtiger Verkehrsknoten zwischen Nord- und Südchina und blickt "
            "auf eine mehr als zweitausendjährige Geschichte zurück. Funde aus der Zeit der "
            "Han-Dynastie, darunter eine Armee kleiner Terrakotta-Figuren, machen ihre Museen "
            "weit über China hinaus bekannt.",
            "Anders als eine Städtepartnerschaft beruht die Freundschaft nicht auf einer "
            "förmlichen Partnerschaftsurkunde. Sie dient dem Austausch in Wirtschaft, Bildung "
            "und Kultur und wird von Fall zu Fall mit Leben gefüllt.",
        ],
    ),
    dict(
        slug="hangzhou",
        name="Hangzhou",
        local_name="杭州",
        exonyms=["Hangchow", "Hangtschou"],
        country="China",
        country_code="CN",
        region="Provinz Zhejiang",
        latitude=30.2741,
        longitude=120.1551,
        timezone="Asia/Shanghai",
        languages=["Chinesisch"],
        partnership_type="freundschaft",
        began_on=None,
        # As with Xuzhou: no reliable year, so none is given.
        began_year=None,
        council_decision="",
        status="active",
        status_reason="",
        status_since=None,
        wikidata_id="Q4970",
        population=11940000,
        intro=(
            "Hangzhou, die Hauptstadt der Provinz Zhejiang, ist wie Krefeld eine Stadt der Seide."
        ),
        description=[
            "Die Metropole am Westsee und am Kaiserkanal gehört zu den wirtschaftlich "
            "dynamischsten Städten Chinas und ist ein Zentrum der Digitalwirtschaft. Seit "
            "Jahrhunderten wird hier Seide hergestellt; das chinesische Nationalmuseum der "
            "Seide steht in Hangzhou.",
            "Die gemeinsame Seidentradition verbindet Hangzhou mit der Samt- und Seidenstadt "
            "Krefeld. Im Mittelpunkt der Freundschaft stehen Kultur, Textil und der fachliche "
            "Austausch über digitale Verwaltung.",
        ],
    ),
]

TOPICS = [
    dict(
        slug="nachhaltigkeit",
        name="Nachhaltigkeit",
        keywords=["nachhaltig", "Kreislaufwirtschaft", "Ressourcen", "Recycling", "Agenda 2030"],
    ),
    dict(
        slug="klimaschutz",
        name="Klimaschutz",
        keywords=[
            "Klimaschutzkonzept",
            "Klimaneutralität",
            "Klimaanpassung",
            "Stadtklima",
            "Hitze",
            "Wärmeplanung",
            "Photovoltaik",
        ],
    ),
    dict(
        slug="mobilitaet",
        name="Mobilität",
        keywords=["Fahrrad", "Radverkehr", "Fahrradstraße", "ÖPNV", "Verkehrswende", "Stadtbahn"],
    ),
    dict(
        slug="schule",
        name="Schule",
        keywords=["Schüleraustausch", "Schülergruppen", "Gymnasium", "Gesamtschule", "Unterricht"],
    ),
    dict(
        slug="hochschule",
        name="Hochschule",
        keywords=["Hochschule", "Universität", "Studierende", "Forschung", "Studium"],
    ),
    dict(
        slug="wirtschaft",
        name="Wirtschaft",
        keywords=[
            "Unternehmen",
            "Wirtschaftsförderung",
            "Handel",
            "Industrie",
            "Kooperationsforum",
        ],
    ),
    dict(
        slug="kultur",
        name="Kultur",
        keywords=["Museum", "Ausstellung", "Museumsnacht", "Konzert", "Musikschule", "Theater"],
    ),
    dict(
        slug="smart-city",
        name="Smart City",
        keywords=["Digitalisierung", "Sensoren", "Daten", "digitale Verwaltung", "Onlinedienste"],
    ),
    dict(
        slug="jugend",
        name="Jugend",
        keywords=[
            "Jugendliche",
            "Jugendbegegnung",
            "Jugendaustausch",
            "Jugendwerk",
            "Gastfamilien",
        ],
    ),
    dict(
        slug="sport",
        name="Sport",
        keywords=["Turnier", "Hockey", "Sportverein", "Mannschaft", "Stadtsportbund"],
    ),
    dict(
        slug="verwaltung",
        name="Verwaltung",
        keywords=[
            "Rat",
            "Ratsbeschluss",
            "Delegation",
            "Verwaltung",
            "Städtediplomatie",
            "Empfang",
        ],
    ),
]

ORGANISATIONS = [
    dict(
        slug="stadt-krefeld",
        name="Stadt Krefeld",
        kind="Kommune",
        url="",
        description="Die Stadtverwaltung Krefeld mit dem Büro für internationale Beziehungen.",
    ),
    dict(
        slug="auswaertiges-amt",
        name="Auswärtiges Amt",
        kind="Bundesministerium",
        url="https://www.auswaertiges-amt.de",
        description="Das Außenministerium der Bundesrepublik Deutschland.",
    ),
    dict(
        slug="deutscher-staedtetag",
        name="Deutscher Städtetag",
        kind="Kommunaler Spitzenverband",
        url="https://www.staedtetag.de",
        description=(
            "Der Verband der kreisfreien und vieler kreisangehöriger Städte in Deutschland."
        ),
    ),
    dict(
        slug="deutsche-botschaft-washington",
        name="Deutsche Botschaft Washington",
        kind="Auslandsvertretung",
        url="https://www.germany.info",
        description="Die diplomatische Vertretung Deutschlands in den Vereinigten Staaten.",
    ),
    dict(
        slug="charlotte-sister-cities",
        name="Charlotte Sister Cities",
        kind="Partnerschaftsorganisation",
        url="",
        description=(
            "Die Organisation, die in Charlotte die Städtepartnerschaften trägt, mit einem "
            "eigenen Komitee für Krefeld."
        ),
    ),
    dict(
        slug="city-of-charlotte",
        name="Stadt Charlotte",
        kind="Kommune",
        url="https://www.charlottenc.gov",
        description="Die Stadtverwaltung von Charlotte, North Carolina.",
    ),
    dict(
        slug="dag-krefeld",
        name="Deutsch-Amerikanische Gesellschaft Krefeld",
        kind="Verein",
        url="",
        description=(
            "Ein Krefelder Verein, der die Verbindung nach Charlotte und in die USA pflegt."
        ),
    ),
    dict(
        slug="kunstmuseen-krefeld",
        name="Kunstmuseen Krefeld",
        kind="Museum",
        url="https://kunstmuseenkrefeld.de",
        description=(
            "Die städtischen Kunstmuseen mit dem Kaiser Wilhelm Museum und den Museen Haus Lange "
            "und Haus Esters."
        ),
    ),
    dict(
        slug="museum-van-bommel-van-dam",
        name="Museum van Bommel van Dam",
        kind="Museum",
        url="https://www.vanbommelvandam.nl",
        description="Ein Museum für moderne und zeitgenössische Kunst in Venlo.",
    ),
    dict(
        slug="gemeente-venlo",
        name="Gemeinde Venlo",
        kind="Kommune",
        url="https://www.venlo.nl",
        description="Die Stadtverwaltung der Partnerstadt Venlo (Gemeente Venlo).",
    ),
    dict(
        slug="euregio-rhein-maas-nord",
        name="euregio rhein-maas-nord",
        kind="Grenzüberschreitender Zweckverband",
        url="",
        description=(
            "Der Zusammenschluss von Kommunen beiderseits der deutsch-niederländischen Grenze."
        ),
    ),
    dict(
        slug="netzwerk-staedtediplomatie",
        name="Netzwerk Kommunale Städtediplomatie",
        kind="Netzwerk",
        url="",
        description=(
            "Ein Netzwerk deutscher Städte und Kreise, die sich über ihre internationalen "
            "Beziehungen und Städtediplomatie austauschen."
        ),
    ),
    dict(
        slug="skew",
        name="Engagement Global / Servicestelle Kommunen in der Einen Welt",
        kind="Förderstelle",
        url="https://skew.engagement-global.de",
        description=(
            "Berät und fördert Kommunen bei Partnerschaften und Entwicklungszusammenarbeit."
        ),
    ),
    dict(
        slug="dfjw",
        name="Deutsch-Französisches Jugendwerk",
        kind="Förderstelle",
        url="https://www.dfjw.org",
        description="Fördert Begegnungen junger Menschen aus Deutschland und Frankreich.",
    ),
    dict(
        slug="ville-de-dunkerque",
        name="Stadt Dünkirchen",
        kind="Kommune",
        url="https://www.ville-dunkerque.fr",
        description="Die Stadtverwaltung der Partnerstadt Dünkirchen (Ville de Dunkerque).",
    ),
    dict(
        slug="communaute-urbaine-de-dunkerque",
        name="Communauté urbaine de Dunkerque",
        kind="Gemeindeverband",
        url="https://www.communaute-urbaine-dunkerque.fr",
        description="Der Gemeindeverband von Dünkirchen und seinen Nachbargemeinden.",
    ),
    dict(
        slug="college-des-dunes",
        name="Collège des Dunes, Dunkerque",
        kind="Schule",
        url="",
        description=(
            "Eine Schule in Dünkirchen mit Deutschunterricht und langjährigem Austausch mit "
            "Krefeld."
        ),
    ),
    dict(
        slug="seidenweber-gymnasium",
        name="Seidenweber-Gymnasium Krefeld",
        kind="Schule",
        url="",
        description=(
            "Ein Krefelder Gymnasium mit Französisch ab Klasse 6 und Austausch mit Dünkirchen."
        ),
    ),
    dict(
        slug="gesamtschule-am-rheinhafen",
        name="Gesamtschule am Rheinhafen Krefeld",
        kind="Schule",
        url="",
        description=(
            "Eine Krefelder Gesamtschule mit bilingualem Zweig und internationalen Partnerschulen."
        ),
    ),
    dict(
        slug="hochschule-niederrhein",
        name="Hochschule Niederrhein",
        kind="Hochschule",
        url="https://www.hs-niederrhein.de",
        description="Die Hochschule für angewandte Wissenschaften in Krefeld und Mönchengladbach.",
    ),
    dict(
        slug="de-montfort-university",
        name="De Montfort University",
        kind="Hochschule",
        url="https://www.dmu.ac.uk",
        description=(
            "Eine Universität in Leicester mit einer großen Fakultät für Design und Textil."
        ),
    ),
    dict(
        slug="leicester-city-council",
        name="Leicester City Council",
        kind="Kommune",
        url="https://www.leicester.gov.uk",
        description="Die Stadtverwaltung der Partnerstadt Leicester.",
    ),
    dict(
        slug="gemeente-leiden",
        name="Gemeinde Leiden",
        kind="Kommune",
        url="https://gemeente.leiden.nl",
        description="Die Stadtverwaltung der Partnerstadt Leiden (Gemeente Leiden).",
    ),
    dict(
        slug="landkreis-oder-spree-verwaltung",
        name="Kreisverwaltung Oder-Spree",
        kind="Kommune",
        url="https://www.landkreis-oder-spree.de",
        description="Die Verwaltung des Landkreises Oder-Spree mit Sitz in Beeskow.",
    ),
    dict(
        slug="kayseri-buyuksehir",
        name="Großstadtkommune Kayseri",
        kind="Kommune",
        url="https://www.kayseri.bel.tr",
        description="Die Stadtverwaltung der Partnerstadt Kayseri (Kayseri Büyükşehir Belediyesi).",
    ),
    dict(
        slug="wirtschaftsfoerderung-krefeld",
        name="Wirtschaftsförderung Krefeld",
        kind="Wirtschaftsförderung",
        url="",
        description=(
            "Berät Unternehmen am Standort Krefeld und knüpft Kontakte in die Partnerstädte."
        ),
    ),
    dict(
        slug="stadtsportbund-krefeld",
        name="Stadtsportbund Krefeld",
        kind="Sportverband",
        url="",
        description="Der Dachverband der Krefelder Sportvereine.",
    ),
]

PEOPLE = [
    dict(
        slug="frank-meyer",
        name="Frank Meyer",
        role="Oberbürgermeister der Stadt Krefeld",
        organisation="stadt-krefeld",
    ),
    dict(
        slug="anne-lindemann",
        name="Anne Lindemann",
        role="Bürgermeisterin und Vertreterin des Oberbürgermeisters",
        organisation="stadt-krefeld",
    ),
    dict(
        slug="miriam-lenzen",
        name="Miriam Lenzen",
        role="Leiterin des Büros für internationale Beziehungen der Stadt Krefeld",
        organisation="stadt-krefeld",
    ),
    dict(
        slug="katrin-aldenhoven",
        name="Dr. Katrin Aldenhoven",
        role="Klimaschutzmanagerin der Stadt Krefeld",
        organisation="stadt-krefeld",
    ),
    dict(
        slug="sebastian-huelsmann",
        name="Sebastian Hülsmann",
        role="Radverkehrsbeauftragter der Stadt Krefeld",
        organisation="stadt-krefeld",
    ),
    dict(
        slug="jana-puetz",
        name="Jana Pütz",
        role="Leiterin der Stabsstelle Digitalisierung der Stadt Krefeld",
        organisation="stadt-krefeld",
    ),
    dict(
        slug="petra-wiegand",
        name="Petra Wiegand",
        role="Schulleiterin des Seidenweber-Gymnasiums",
        organisation="seidenweber-gymnasium",
    ),
    dict(
        slug="julien-delattre",
        name="Julien Delattre",
        role="Deutschlehrer am Collège des Dunes in Dünkirchen",
        organisation="college-des-dunes",
    ),
    dict(
        slug="claire-vandamme",
        name="Claire Vandamme",
        role="Beigeordnete für internationale Beziehungen der Stadt Dünkirchen",
        organisation="ville-de-dunkerque",
    ),
    dict(
        slug="lea-vorsteher",
        name="Dr. Lea Vorsteher",
        role="Kuratorin der Kunstmuseen Krefeld",
        organisation="kunstmuseen-krefeld",
    ),
    dict(
        slug="niels-peeters",
        name="Niels Peeters",
        role="Kurator am Museum van Bommel van Dam",
        organisation="museum-van-bommel-van-dam",
    ),
    dict(
        slug="denise-carter",
        name="Denise Carter",
        role="Vorsitzende des Krefeld-Komitees von Charlotte Sister Cities",
        organisation="charlotte-sister-cities",
    ),
    dict(
        slug="marcus-whitfield",
        name="Marcus Whitfield",
        role="Verkehrsplaner der Stadt Charlotte",
        organisation="city-of-charlotte",
    ),
    dict(
        slug="thomas-koenigs",
        name="Thomas Königs",
        role="Vorsitzender der Deutsch-Amerikanischen Gesellschaft Krefeld",
        organisation="dag-krefeld",
    ),
    dict(
        slug="henrik-sommerfeld",
        name="Dr. Henrik Sommerfeld",
        role="Referent für internationale Angelegenheiten beim Deutschen Städtetag",
        organisation="deutscher-staedtetag",
    ),
    dict(
        slug="annette-krueger",
        name="Annette Krüger",
        role="Referentin für kommunale Außenbeziehungen im Auswärtigen Amt",
        organisation="auswaertiges-amt",
    ),
    dict(
        slug="priya-raman",
        name="Dr. Priya Raman",
        role="Dozentin für Textildesign an der De Montfort University",
        organisation="de-montfort-university",
    ),
    dict(
        slug="jan-osterkamp",
        name="Prof. Dr. Jan Osterkamp",
        role="Professor für Textiltechnik an der Hochschule Niederrhein",
        organisation="hochschule-niederrhein",
    ),
    dict(
        slug="sanne-de-wit",
        name="Sanne de Wit",
        role="Koordinatorin für Städtepartnerschaften der Gemeinde Leiden",
        organisation="gemeente-leiden",
    ),
    dict(
        slug="uwe-richter",
        name="Uwe Richter",
        role="Beigeordneter des Landkreises Oder-Spree",
        organisation="landkreis-oder-spree-verwaltung",
    ),
    dict(
        slug="elif-aksoy",
        name="Elif Aksoy",
        role="Unternehmerin aus Kayseri und Sprecherin der Unternehmerdelegation",
        organisation=None,
    ),
    dict(
        slug="ruud-janssen",
        name="Ruud Janssen",
        role="Klimaschutzkoordinator der Gemeinde Venlo",
        organisation="gemeente-venlo",
    ),
    dict(
        slug="lukas-beckers",
        name="Lukas Beckers",
        role="Jugendwart im Stadtsportbund Krefeld",
        organisation="stadtsportbund-krefeld",
    ),
    dict(
        slug="margret-hoffmanns",
        name="Margret Hoffmanns",
        role="Vorsitzende des Freundeskreises Krefeld–Leicester",
        organisation=None,
    ),
]

ASSOCIATIONS = [
    dict(
        slug="freundeskreis-krefeld-venlo",
        name="Freundeskreis Krefeld–Venlo e. V.",
        partner_city="venlo",
        kind="freundeskreis",
        contact_name="Hanna Gerritzen",
        email="venlo@freundeskreise.example.org",
        phone="+49 2151 555-0201",
        description=(
            "Organisiert Radtouren, Konzertfahrten und den Stammtisch, bei dem sich Menschen "
            "aus beiden Städten abwechselnd diesseits und jenseits der Grenze treffen."
        ),
    ),
    dict(
        slug="freundeskreis-krefeld-leicester",
        name="Freundeskreis Krefeld–Leicester e. V.",
        partner_city="leicester",
        kind="freundeskreis",
        contact_name="Margret Hoffmanns",
        email="leicester@freundeskreise.example.org",
        phone="+49 2151 555-0202",
        description=(
            "Lädt zu Bürgerreisen nach Leicester ein, vermittelt Gastfamilien und pflegt "
            "Brieffreundschaften zwischen den Städten."
        ),
    ),
    dict(
        slug="leicester-krefeld-twinning-association",
        name="Leicester–Krefeld Twinning Association",
        partner_city="leicester",
        kind="verein",
        contact_name="Graham Whitaker",
        email="twinning@leicester.example.org",
        phone="+44 116 496 0123",
        description="Der Partnerverein in Leicester, Gastgeber der Krefelder Bürgerreisen.",
    ),
    dict(
        slug="comite-de-jumelage-dunkerque-krefeld",
        name="Comité de jumelage Dunkerque–Krefeld",
        partner_city="duenkirchen",
        kind="verein",
        contact_name="Sophie Lefebvre",
        email="jumelage@dunkerque.example.org",
        phone="+33 3 99 00 12 34",
        description=(
            "Das Partnerschaftskomitee in Dünkirchen organisiert Bürgerfahrten, "
            "Sprachkurse und den Besuch von Krefelder Gruppen beim Karneval."
        ),
    ),
    dict(
        slug="schulpartnerschaft-seidenweber-college-des-dunes",
        name="Schulpartnerschaft Seidenweber-Gymnasium – Collège des Dunes",
        partner_city="duenkirchen",
        kind="schule",
        contact_name="Petra Wiegand",
        email="austausch@seidenweber-gymnasium.example.org",
        phone="+49 2151 555-0230",
        description=(
            "Jährlicher Schüleraustausch der Klassen 8 und 9 mit Gastfamilien in beiden Städten."
        ),
    ),
    dict(
        slug="stichting-leiden-krefeld",
        name="Stichting Leiden–Krefeld",
        partner_city="leiden",
        kind="verein",
        contact_name="Pieter van der Meer",
        email="stichting@leiden.example.org",
        phone="+31 71 555 0142",
        description=(
            "Die Stiftung in Leiden fördert Begegnungen von Chören, Musikschulen und Vereinen."
        ),
    ),
    dict(
        slug="charlotte-sister-cities-krefeld-committee",
        name="Charlotte Sister Cities – Krefeld Committee",
        partner_city="charlotte",
        kind="sister_cities",
        contact_name="Denise Carter",
        email="krefeld@charlotte-sister-cities.example.org",
        phone="+1 704 555 0147",
        description=(
            "Das Krefeld-Komitee von Charlotte Sister Cities betreut Delegationen, "
            "Jugendaustausch und Gastfamilien in Charlotte."
        ),
    ),
    dict(
        slug="deutsch-amerikanische-gesellschaft-krefeld",
        name="Deutsch-Amerikanische Gesellschaft Krefeld e. V.",
        partner_city="charlotte",
        kind="verein",
        contact_name="Thomas Königs",
        email="dag@krefeld-vereine.example.org",
        phone="+49 2151 555-0240",
        description=(
            "Vorträge, Stammtische und Besuche nach Charlotte; Ansprechpartner für Gäste aus den "
            "USA."
        ),
    ),
    dict(
        slug="partnerschaftsverein-krefeld-oder-spree",
        name="Partnerschaftsverein Krefeld–Oder-Spree e. V.",
        partner_city="landkreis-oder-spree",
        kind="verein",
        contact_name="Birgit Schulze",
        email="oder-spree@freundeskreise.example.org",
        phone="+49 3366 555-0110",
        description=(
            "Bürgerbegegnungen, Radtouren an Oder und Spree und Kontakte zwischen Sportvereinen."
        ),
    ),
    dict(
        slug="freundeskreis-krefeld-kayseri",
        name="Deutsch-Türkischer Freundeskreis Krefeld–Kayseri e. V.",
        partner_city="kayseri",
        kind="freundeskreis",
        contact_name="Serkan Demir",
        email="kayseri@freundeskreise.example.org",
        phone="+49 2151 555-0260",
        description=(
            "Kulturabende, Reisen nach Kappadokien und Kontakte zwischen Unternehmen beider Städte."
        ),
    ),
]

_PRESS = "Stadt Krefeld, Presse und Kommunikation"

PRESS_RELEASES = [
    dict(
        slug="delegation-reist-zur-stadtklima-konferenz-in-die-usa",
        title="Krefelder Delegation reist zur Stadtklima-Konferenz nach Washington und Charlotte",
        subtitle=(
            "Ein Empfang in der Deutschen Botschaft in Washington ist Teil des Programms – "
            "danach besucht die Delegation drei Tage lang die Partnerstadt Charlotte"
        ),
        published="2026-10-09T10:30",
        teaser=(
            "Oberbürgermeister Frank Meyer reist mit einer kleinen Delegation zu einer "
            "Fachkonferenz über Stadtklima und digitale Stadtentwicklung in die USA. Zum "
            "Abschluss steht ein Besuch in der Partnerstadt Charlotte an."
        ),
        image=dict(
            caption=(
                "Die Skyline von Charlotte: Die Partnerstadt in North Carolina ist die letzte "
                "Station der Reise."
            ),
            credit=_PRESS,
            alt="Stilisierte Skyline mit Hochhäusern vor einem Abendhimmel über einem Fluss",
            motif="skyline",
            palette=["#1d3557", "#f4a261", "#e76f51"],
        ),
        body=[
            (
                "paragraph",
                "Eine sechsköpfige Delegation der Stadt Krefeld unter Leitung von "
                "Oberbürgermeister Frank Meyer bricht am Sonntag, 18. Oktober, in die Vereinigten "
                "Staaten auf. Erste Station ist Washington, D.C., wo von Montag, 19. Oktober, bis "
                "Mittwoch, 21. Oktober, eine internationale Fachkonferenz zu Stadtklima und "
                "digitaler Stadtentwicklung stattfindet. Städte aus Europa und Nordamerika zeigen "
                "dort, wie sie sich auf Hitzesommer und Starkregen vorbereiten und welche Rolle "
                "Daten dabei spielen.",
            ),
            (
                "paragraph",
                "Krefeld ist mit einem eigenen Beitrag vertreten: Die städtische "
                "Klimaschutzmanagerin Dr. Katrin Aldenhoven stellt das Krefelder "
                "Hitzeaktionsbündnis vor, in dem Verwaltung, Pflegedienste und Kirchengemeinden "
                "zusammenarbeiten, um ältere Menschen an heißen Tagen besser zu schützen. "
                "Außerdem berichtet sie über das Netz aus Sensoren, mit dem die Stadt Temperatur "
                "und Bodenfeuchte in Parks und auf Schulhöfen misst.",
            ),
            ("heading", "Empfang in der Botschaft"),
            (
                "paragraph",
                "Am Dienstag, 20. Oktober, lädt die Deutsche Botschaft in Washington die "
                "kommunalen Gäste aus Deutschland am Abend zu einem Empfang ein. Er bietet "
                "Gelegenheit, "
                "mit Vertreterinnen und Vertretern amerikanischer Städte, Stiftungen und "
                "Bundesbehörden ins Gespräch zu kommen und Kontakte für künftige Projekte zu "
                "knüpfen.",
            ),
            (
                "quote",
                "Städte stehen beim Klimaschutz in der ersten Reihe, auf beiden Seiten des "
                "Atlantiks. Wir wollen zeigen, was in Krefeld gelingt, und mit Ideen "
                "zurückkommen, die uns weiterbringen.",
                "Frank Meyer",
            ),
            (
                "paragraph",
                "„Eine Konferenz ersetzt aber nicht das Gespräch unter Partnern“, sagt "
                "Oberbürgermeister Frank Meyer. „Deshalb verbinden wir die Reise mit einem "
                "Besuch in Charlotte, wo wir seit fast vierzig Jahren Freunde haben.“",
            ),
            ("heading", "Drei Tage in der Partnerstadt"),
            (
                "paragraph",
                "Von Donnerstag, 22. Oktober, bis Samstag, 24. Oktober, ist die Delegation in "
                "Charlotte zu Gast. Auf dem Programm stehen ein Gespräch mit der Stadtverwaltung "
                "über die Stadtbahn- und Radwegeprojekte, der Besuch einer High School mit "
                "Deutschunterricht sowie ein Krefeld-Abend, zu dem Charlotte Sister Cities "
                "Mitglieder und Freunde der Partnerschaft einlädt.",
            ),
            (
                "image",
                "Zuletzt war eine Delegation aus Charlotte 2023 in Krefeld – damals ging es mit "
                "dem Rad durch die Stadt.",
                _PRESS,
                "Stilisiertes Fahrrad auf einem Radweg vor grünen Hügeln",
                "bicycle",
            ),
            (
                "paragraph",
                "Die Reisekosten der städtischen Teilnehmenden trägt der städtische Haushalt. "
                "Über die Ergebnisse der Reise berichtet die Verwaltung nach der Rückkehr am "
                "Sonntag, 25. Oktober, im zuständigen Fachausschuss.",
            ),
        ],
        partner_cities=["charlotte"],
        topics=["smart-city", "klimaschutz", "verwaltung"],
        people=["frank-meyer", "katrin-aldenhoven"],
        organisations=[
            "stadt-krefeld",
            "deutsche-botschaft-washington",
            "charlotte-sister-cities",
            "city-of-charlotte",
        ],
    ),
    dict(
        slug="gaeste-aus-charlotte-erkunden-krefeld-mit-dem-fahrrad",
        title="Gäste aus Charlotte erkunden Krefeld mit dem Fahrrad",
        subtitle=(
            "Eine Delegation aus der US-Partnerstadt informiert sich über Radverkehr, "
            "Fahrradstraßen und die Verkehrswende in der Innenstadt"
        ),
        published="2023-06-14T14:15",
        teaser="",
        image=dict(
            caption=(
                "Auf Leihrädern ging es für die Gäste aus Charlotte vom Rathaus bis an den Rhein "
                "nach Uerdingen."
            ),
            credit=_PRESS,
            alt="Stilisiertes Fahrrad mit Korb auf einem roten Radweg vor grünen Hügeln",
            motif="bicycle",
            palette=["#2a9d8f", "#e9c46a", "#e76f51"],
        ),
        body=[
            (
                "paragraph",
                "Zwölf Gäste aus Krefelds amerikanischer Partnerstadt Charlotte haben am "
                "Dienstag, 13. Juni, die Stadt vom Sattel aus kennengelernt. Die Delegation aus "
                "Mitgliedern der Stadtverwaltung, des Stadtrats und von Charlotte Sister Cities "
                "ist seit Montag in Krefeld und bleibt bis Freitag. Im Mittelpunkt des Besuchs "
                "steht die Frage, wie eine Stadt den Radverkehr sicherer und attraktiver machen "
                "kann.",
            ),
            (
                "paragraph",
                "Die rund 25 Kilometer lange Tour führte vom Rathaus über die Fahrradstraßen der "
                "Innenstadt und durch den Stadtwald bis nach Uerdingen an den Rhein. Unterwegs "
                "erläuterte der Radverkehrsbeauftragte der Stadt, Sebastian Hülsmann, an "
                "mehreren Stationen, wie Krefeld Kreuzungen umbaut, Abstellanlagen an Bahnhöfen "
                "schafft und Schulwege sicherer macht.",
            ),
            ("heading", "Verkehrswende im Alltag"),
            (
                "quote",
                "In Charlotte planen wir gerade viele Kilometer neuer Radwege. Hier sehen wir, "
                "wie sich so ein Netz im Alltag anfühlt – mit Kindern auf dem Schulweg und "
                "Pendlern auf dem Weg zur Arbeit.",
                "Marcus Whitfield",
            ),
            (
                "paragraph",
                "„Besonders beeindruckt hat mich, wie selbstverständlich hier Menschen jeden "
                "Alters Rad fahren“, sagte Marcus Whitfield, Verkehrsplaner der Stadt Charlotte, "
                "am Ende der Tour. Charlotte baut derzeit ein Netz aus Radwegen und Grünzügen "
                "aus, das die Stadtteile mit der Innenstadt und den Haltestellen der Stadtbahn "
                "verbinden soll.",
            ),
            (
                "paragraph",
                "Sebastian Hülsmann sieht den Besuch auch als Ansporn für Krefeld: „Wer Gästen "
                "seine Radwege zeigt, merkt schnell, wo noch Lücken sind. Einige davon schließen "
                "wir in diesem Sommer.“",
            ),
            (
                "paragraph",
                "Oberbürgermeister Frank Meyer empfing die Gäste am Abend im Rathaus. Er "
                "erinnerte daran, dass die Städtepartnerschaft mit Charlotte seit 1986 besteht "
                "und immer dann besonders lebendig ist, wenn Fachleute voneinander lernen. Bis "
                "Freitag stehen noch ein Gespräch über den öffentlichen Nahverkehr, der Besuch "
                "einer Werkstatt, die Lastenräder baut, und ein Abend mit der "
                "Deutsch-Amerikanischen Gesellschaft auf dem Programm.",
            ),
        ],
        partner_cities=["charlotte"],
        topics=["mobilitaet", "nachhaltigkeit"],
        people=["sebastian-huelsmann", "marcus-whitfield", "frank-meyer"],
        organisations=["charlotte-sister-cities", "city-of-charlotte", "dag-krefeld"],
    ),
    dict(
        slug="35-jahre-staedtepartnerschaft-mit-charlotte",
        title="35 Jahre Städtepartnerschaft: Krefeld und Charlotte feiern über den Atlantik hinweg",
        subtitle=(
            "Charlotte Sister Cities und die Stadt Krefeld begehen das Jubiläum mit einer "
            "gemeinsamen Feier im Netz und neuen Plänen für Jugendbegegnungen"
        ),
        published="2021-09-27T11:00",
        teaser=(
            "Seit 1986 sind Krefeld und Charlotte Partnerstädte. Zum 35. Jubiläum trafen sich "
            "Freundinnen und Freunde der Partnerschaft aus beiden Städten zu einer Feier im Netz."
        ),
        image=dict(
            caption=(
                "Symbolischer Händedruck: Zum Jubiläum tauschten beide Städte Grußbotschaften aus."
            ),
            credit=_PRESS,
            alt="Zwei Hände in einem Händedruck vor einem farbigen Kreis",
            motif="handshake",
            palette=["#264653", "#e9c46a", "#e63946"],
        ),
        body=[
            (
                "paragraph",
                "Mit einer gemeinsamen Feier im Netz haben Krefeld und Charlotte am Samstag, "
                "25. September, das 35-jährige Bestehen ihrer Städtepartnerschaft begangen. Weil "
                "Reisen in der Pandemie noch nicht wieder möglich waren, schalteten sich rund "
                "120 Gäste aus beiden Städten zu – am Vormittag in Charlotte, am Nachmittag in "
                "Krefeld.",
            ),
            (
                "paragraph",
                "Ausgerichtet wurde die Feier vom Krefeld-Komitee von Charlotte Sister Cities und "
                "dem Büro für internationale Beziehungen der Stadt Krefeld. Schülerinnen und "
                "Schüler beider Städte zeigten kurze Filme über ihren Alltag, ein Jazzensemble "
                "der Musikschule spielte live aus dem Krefelder Rathaus, und langjährige "
                "Gastfamilien erzählten von Freundschaften, die seit Jahrzehnten halten.",
            ),
            ("heading", "Dreieinhalb Jahrzehnte Begegnungen"),
            (
                "paragraph",
                "Seit 1986 sind Hunderte Schülerinnen und Schüler, Studierende, Fachleute und "
                "Vereinsmitglieder zwischen North Carolina und dem Niederrhein hin- und "
                "hergereist. Die Deutsch-Amerikanische Gesellschaft Krefeld begleitet die "
                "Verbindung auf Krefelder Seite seit vielen Jahren.",
            ),
            (
                "quote",
                "Sister Cities sind Freundschaften zwischen Menschen, nicht nur zwischen "
                "Rathäusern. Dass heute so viele dabei sind, obwohl wir uns nur auf dem "
                "Bildschirm sehen, zeigt, wie stark diese Freundschaft ist.",
                "Denise Carter",
            ),
            (
                "paragraph",
                "Denise Carter, Vorsitzende des Krefeld-Komitees von Charlotte Sister Cities, "
                "kündigte an, den Jugendaustausch wieder aufzunehmen, sobald Reisen möglich "
                "sind. Auch Oberbürgermeister Frank Meyer sprach ein Grußwort: „Wir freuen uns "
                "darauf, unsere Freundinnen und Freunde aus Charlotte bald wieder persönlich in "
                "Krefeld zu begrüßen“, sagte er.",
            ),
            (
                "paragraph",
                "Zum Jubiläum haben beide Städte außerdem vereinbart, ein gemeinsames digitales "
                "Archiv anzulegen, in dem Fotos, Briefe und Erinnerungen aus 35 Jahren "
                "Partnerschaft gesammelt werden. Wer Material beisteuern möchte, kann sich an das "
                "Büro für internationale Beziehungen wenden.",
            ),
        ],
        partner_cities=["charlotte"],
        topics=["kultur", "jugend"],
        people=["denise-carter", "frank-meyer"],
        organisations=["charlotte-sister-cities", "dag-krefeld"],
    ),
    dict(
        slug="schuelergruppen-aus-duenkirchen-zu-gast-an-krefelder-schulen",
        title="Schülergruppen aus Dünkirchen zu Gast an Krefelder Schulen",
        subtitle=(
            "Eine Woche Unterricht, Gastfamilien und Stadterkundung: 48 Jugendliche aus der "
            "französischen Partnerstadt erleben den Krefelder Schulalltag"
        ),
        published="2024-03-12T09:45",
        teaser=(
            "Eine Woche lang besuchen 48 Schülerinnen und Schüler aus Dünkirchen den Unterricht "
            "an zwei Krefelder Schulen und wohnen bei Gastfamilien."
        ),
        image=dict(
            caption=(
                "Vor dem Seidenweber-Gymnasium begrüßten die Krefelder Austauschpartner ihre "
                "Gäste aus Dünkirchen."
            ),
            credit="Seidenweber-Gymnasium Krefeld",
            alt="Stilisiertes Schulgebäude aus rotem Backstein mit Uhr, Fahne und Schulhof",
            motif="school",
            palette=["#003f88", "#fdc500", "#d62828"],
        ),
        body=[
            (
                "paragraph",
                "Seit Montag, 11. März, sind zwei Schülergruppen aus Krefelds französischer "
                "Partnerstadt Dünkirchen zu Gast. Die 48 Jugendlichen des Collège des Dunes "
                "besuchen bis Freitag, 15. März, den Unterricht am Seidenweber-Gymnasium und an "
                "der Gesamtschule am Rheinhafen. Begleitet werden sie von vier Lehrkräften.",
            ),
            (
                "paragraph",
                "Untergebracht sind die Gäste bei den Familien ihrer Krefelder "
                "Austauschpartnerinnen und -partner, die im Herbst ihrerseits nach Dünkirchen "
                "reisen. Vormittags sitzen die Jugendlichen mit im Unterricht, nachmittags "
                "stehen gemeinsame Projekte auf dem Programm: eine Stadtrallye durch die "
                "Innenstadt, ein Besuch im Deutschen Textilmuseum in Linn und ein Nachmittag im "
                "Zoo.",
            ),
            ("heading", "Sprache lernen, Freundschaften schließen"),
            (
                "paragraph",
                "Für viele ist es der erste längere Aufenthalt im Ausland. „Im Unterricht "
                "verstehe ich schon viel mehr als am Montag“, erzählt eine Schülerin aus "
                "Dünkirchen. Ihr Lehrer Julien Delattre, der am Collège des Dunes Deutsch "
                "unterrichtet, begleitet den Schüleraustausch seit Jahren.",
            ),
            (
                "quote",
                "Nach einer Woche in einer Krefelder Familie sprechen meine Schülerinnen und "
                "Schüler mutiger Deutsch als nach einem Jahr Unterricht. Und viele schreiben sich "
                "noch Jahre später.",
                "Julien Delattre",
            ),
            (
                "paragraph",
                "Schulleiterin Petra Wiegand vom Seidenweber-Gymnasium freut sich über das große "
                "Interesse auf Krefelder Seite: Für den Gegenbesuch haben sich mehr Familien "
                "gemeldet, als Plätze vorhanden sind. Das Deutsch-Französische Jugendwerk fördert "
                "den Austausch mit einem Zuschuss zu Fahrt- und Programmkosten.",
            ),
            (
                "paragraph",
                "Zum Abschluss der Woche empfängt Bürgermeisterin Anne Lindemann die "
                "Schülergruppen am Freitag im Rathaus. Dort präsentieren die Jugendlichen, was "
                "sie in ihren Projekten über die Partnerstädte herausgefunden haben – auf "
                "Deutsch und auf Französisch.",
            ),
        ],
        partner_cities=["duenkirchen"],
        topics=["schule", "jugend"],
        people=["julien-delattre", "petra-wiegand", "anne-lindemann"],
        organisations=[
            "college-des-dunes",
            "seidenweber-gymnasium",
            "gesamtschule-am-rheinhafen",
            "dfjw",
        ],
    ),
    dict(
        slug="50-jahre-staedtepartnerschaft-mit-duenkirchen",
        title="50 Jahre Städtepartnerschaft: Delegation aus Dünkirchen feiert in Krefeld",
        subtitle=(
            "Mit einem Festakt im Rathaus, einem Bürgerfest und einer erneuerten "
            "Partnerschaftsurkunde würdigen beide Städte ein halbes Jahrhundert Freundschaft"
        ),
        published="2024-09-23T12:30",
        teaser="",
        image=dict(
            caption=(
                "Schiffe, Kräne, Leuchtturm: Der Hafen prägt Dünkirchen – die Ausstellung im "
                "Rathausfoyer erzählt auch davon."
            ),
            credit=_PRESS,
            alt="Stilisierter Hafen mit Containerschiff, Kränen und einem rot-weißen Leuchtturm",
            motif="harbour",
            palette=["#0b3954", "#ffc857", "#c81d25"],
        ),
        body=[
            (
                "paragraph",
                "Ein halbes Jahrhundert nach der Gründung ihrer Städtepartnerschaft haben Krefeld "
                "und Dünkirchen gemeinsam gefeiert. Von Freitag, 20. September, bis Sonntag, "
                "22. September, war eine Delegation aus der französischen Partnerstadt in Krefeld "
                "zu Gast: Mitglieder des Stadtrats und der Verwaltung, Vertreterinnen und "
                "Vertreter der Communauté urbaine de Dunkerque sowie rund dreißig Bürgerinnen "
                "und Bürger des Partnerschaftskomitees.",
            ),
            ("heading", "Festakt im Rathaus"),
            (
                "paragraph",
                "Höhepunkt war der Festakt am Samstag, 21. September, im Rathaus. "
                "Oberbürgermeister Frank Meyer und die Beigeordnete für internationale "
                "Beziehungen der Stadt Dünkirchen, Claire Vandamme, unterzeichneten eine "
                "erneuerte Partnerschaftsurkunde. Darin verpflichten sich beide Städte, den "
                "Jugendaustausch auszubauen und beim Klimaschutz und in der Kultur enger "
                "zusammenzuarbeiten.",
            ),
            (
                "quote",
                "Als unsere Städte 1974 ihre Partnerschaft begründeten, lag der Krieg noch keine "
                "dreißig Jahre zurück. Heute feiern wir fünfzig Jahre Freundschaft – ein "
                "Geschenk, das wir an die nächste Generation weitergeben wollen.",
                "Frank Meyer",
            ),
            (
                "paragraph",
                "„Dass aus der Versöhnung von damals eine so selbstverständliche Freundschaft "
                "geworden ist, verdanken wir den Menschen, die sich über Jahrzehnte besucht "
                "haben“, sagte Oberbürgermeister Frank Meyer in seiner Rede. Claire Vandamme "
                "erinnerte an die vielen Schülergruppen, die seit den Siebzigerjahren zwischen "
                "der Nordseeküste und dem Niederrhein unterwegs waren.",
            ),
            (
                "quote",
                "Fünfzig Jahre sind kein Schlusspunkt. Wir wollen, dass sich junge Menschen aus "
                "Dunkerque und Krefeld auch in fünfzig Jahren noch besuchen.",
                "Claire Vandamme",
            ),
            ("heading", "Bürgerfest und Ausstellung"),
            (
                "paragraph",
                "Am Sonntag luden die Partnerschaftsvereine beider Städte zu einem Bürgerfest "
                "auf den Von-der-Leyen-Platz ein, mit Musik, nordfranzösischen Spezialitäten und "
                "einer niederrheinischen Kaffeetafel. Im Foyer des Rathauses ist bis Ende Oktober "
                "eine Ausstellung mit Fotos und Dokumenten aus fünf Jahrzehnten Partnerschaft zu "
                "sehen.",
            ),
            (
                "image",
                "Beim Bürgerfest auf dem Von-der-Leyen-Platz kamen Gäste aus beiden Städten ins "
                "Gespräch.",
                _PRESS,
                "Zwei Hände in einem Händedruck vor einem hellen Kreis",
                "handshake",
            ),
            (
                "paragraph",
                "Der Gegenbesuch ist bereits verabredet: Eine Krefelder Delegation reist im "
                "kommenden Jahr zum Karneval nach Dünkirchen.",
            ),
        ],
        partner_cities=["duenkirchen"],
        topics=["kultur", "verwaltung"],
        people=["frank-meyer", "claire-vandamme"],
        organisations=["ville-de-dunkerque", "communaute-urbaine-de-dunkerque", "stadt-krefeld"],
    ),
    dict(
        slug="museen-aus-krefeld-und-venlo-planen-gemeinsame-ausstellungen",
        title="Museen aus Krefeld und Venlo planen gemeinsame Ausstellungen",
        subtitle=(
            "Die Kunstmuseen Krefeld und das Museum van Bommel van Dam verabreden eine "
            "Ausstellungsreihe und eine Museumsnacht über die Grenze hinweg"
        ),
        published="2025-01-27T10:00",
        teaser=(
            "Die Kunstmuseen Krefeld und das Museum van Bommel van Dam in Venlo wollen ab 2027 "
            "gemeinsam Ausstellungen zeigen. Bei einer Werkstatt in Venlo haben die Teams erste "
            "Pläne geschmiedet."
        ),
        image=dict(
            caption=(
                "Säulen, Banner, Publikum: Die Museen beider Städte wollen ihre Sammlungen "
                "wechselseitig zeigen."
            ),
            credit="Kunstmuseen Krefeld",
            alt="Stilisierte Museumsfassade mit Säulen, Giebel und zwei Ausstellungsbannern",
            motif="museum",
            palette=["#22223b", "#c9ada7", "#e07a5f"],
        ),
        body=[
            (
                "paragraph",
                "Zwei Tage lang haben Kuratorinnen, Kuratoren und Vermittlungsteams der "
                "Kunstmuseen Krefeld und des Museums van Bommel van Dam am Donnerstag, "
                "23. Januar, und Freitag, 24. Januar, in Venlo zusammengesessen. Das Ergebnis der "
                "Museumswerkstatt: Beide Häuser wollen ab dem Frühjahr 2027 eine Reihe "
                "gemeinsamer Ausstellungen zeigen, abwechselnd in Krefeld und in Venlo.",
            ),
            (
                "paragraph",
                "Den Auftakt soll eine Ausstellung über Design und Alltagskultur am Niederrhein "
                "und in Limburg bilden. Beide Museen bringen dafür Werke aus ihren Sammlungen "
                "ein, die im jeweils anderen Land bislang selten oder nie zu sehen waren. Geplant "
                "sind zweisprachige Begleittexte und Führungen auf Deutsch und Niederländisch.",
            ),
            ("heading", "Eine Museumsnacht über die Grenze"),
            (
                "paragraph",
                "Außerdem verabredeten die Teams eine grenzüberschreitende Museumsnacht: An einem "
                "Abend sollen Besucherinnen und Besucher mit einem einzigen Ticket die Museen in "
                "beiden Städten besuchen können, verbunden durch einen Pendelbus. Die Museen "
                "prüfen, ob sich das Vorhaben über den Kleinprojektefonds der euregio "
                "rhein-maas-nord fördern lässt.",
            ),
            (
                "quote",
                "Zwischen unseren Museen liegen kaum dreißig Kilometer, aber die Sammlungen "
                "kennen sich oft kaum. Das wollen wir ändern – für unser Publikum und für uns "
                "selbst.",
                "Dr. Lea Vorsteher",
            ),
            (
                "paragraph",
                "Dr. Lea Vorsteher, Kuratorin der Kunstmuseen Krefeld, sieht in der "
                "Zusammenarbeit auch eine Chance, neue Besuchergruppen zu erreichen. Ihr Kollege "
                "Niels Peeters vom Museum van Bommel van Dam ergänzt: „Viele Menschen aus Venlo "
                "kaufen in Krefeld ein, aber in unsere Museen gehen sie bisher selten. Eine "
                "gemeinsame Reihe kann das ändern.“",
            ),
            (
                "paragraph",
                "Die Städtepartnerschaft zwischen Krefeld und Venlo besteht seit 1964 und ist "
                "damit Krefelds älteste. Bis zum Sommer wollen die beiden Museen ihre Pläne "
                "konkretisieren und dann gemeinsam Fördermittel beantragen.",
            ),
        ],
        partner_cities=["venlo"],
        topics=["kultur"],
        people=["lea-vorsteher", "niels-peeters"],
        organisations=[
            "kunstmuseen-krefeld",
            "museum-van-bommel-van-dam",
            "euregio-rhein-maas-nord",
        ],
    ),
    dict(
        slug="netzwerk-fuer-staedtediplomatie-tagt-in-krefeld",
        title="Netzwerk für Städtediplomatie tagt in Krefeld",
        subtitle=(
            "Fachleute aus zwanzig Kommunen beraten mit dem Deutschen Städtetag und dem "
            "Auswärtigen Amt über Städtepartnerschaften in Krisenzeiten"
        ),
        published="2023-11-17T16:00",
        teaser="",
        image=dict(
            caption=(
                "Zwei Tage lang diskutierten die Teilnehmenden im Rathaus über die Rolle der "
                "Kommunen in der Außenpolitik."
            ),
            credit=_PRESS,
            alt="Stilisierter Konferenztisch mit Teilnehmenden vor einer Leinwand mit Diagramm",
            motif="conference",
            palette=["#1d3557", "#a8dadc", "#e63946"],
        ),
        body=[
            (
                "paragraph",
                "Wie können Städte Brücken bauen, wenn die große Politik Gräben aufreißt? Um "
                "diese Frage ging es am Donnerstag, 16. November, und Freitag, 17. November, beim "
                "Treffen des Netzwerks Kommunale Städtediplomatie in Krefeld. Rund vierzig "
                "Fachleute aus zwanzig Städten und Kreisen kamen im Rathaus zusammen, dazu Gäste "
                "des Deutschen Städtetages und des Auswärtigen Amtes.",
            ),
            (
                "paragraph",
                "Im Mittelpunkt standen die Erfahrungen der vergangenen Jahre: Partnerschaften "
                "mit Städten in Russland ruhen vielerorts, neue Verbindungen mit ukrainischen "
                "Kommunen sind entstanden, und der Austausch mit Städten in China wirft Fragen "
                "auf, die einzelne Verwaltungen kaum allein beantworten können. Krefeld "
                "berichtete über die Entscheidung, die Partnerschaft mit Uljanowsk ruhen zu "
                "lassen, und über die Arbeit mit den übrigen Partnerstädten.",
            ),
            ("heading", "Kommunen als Akteure der Außenpolitik"),
            (
                "paragraph",
                "Dr. Henrik Sommerfeld vom Deutschen Städtetag stellte eine Umfrage unter den "
                "Mitgliedsstädten vor. Danach wünschen sich viele Kommunen mehr Beratung, etwa zu "
                "Sicherheitsfragen bei Delegationsreisen oder zum Umgang mit Fördermitteln. "
                "Annette Krüger aus dem Auswärtigen Amt erläuterte, wie das Ministerium Städte "
                "und Gemeinden bei ihren internationalen Kontakten unterstützt.",
            ),
            (
                "quote",
                "Städtepartnerschaften sind Außenpolitik von unten. Sie leben davon, dass "
                "Menschen sich begegnen – gerade dann, wenn Regierungen kaum noch miteinander "
                "sprechen.",
                "Annette Krüger",
            ),
            (
                "paragraph",
                "„Niemand kennt die Partnerstädte so gut wie die Kommunen selbst“, betonte "
                "Dr. Henrik Sommerfeld. Der Städtetag will die Ergebnisse des Treffens in eine "
                "Handreichung für Städte einfließen lassen, die ihre internationalen Beziehungen "
                "neu ordnen.",
            ),
            ("heading", "Ruhen heißt nicht vergessen"),
            (
                "quote",
                "Wir haben in Krefeld gelernt, dass eine Partnerschaft ruhen kann, ohne dass die "
                "Verbindung zu den Menschen abreißt. Diese Erfahrung wollen wir teilen.",
                "Frank Meyer",
            ),
            (
                "paragraph",
                "Oberbürgermeister Frank Meyer hatte die Gäste am Donnerstagabend im Rathaus "
                "begrüßt. Das nächste Treffen des Netzwerks ist für das Frühjahr in einer anderen "
                "Mitgliedsstadt geplant.",
            ),
        ],
        partner_cities=["uljanowsk"],
        topics=["verwaltung"],
        people=["henrik-sommerfeld", "annette-krueger", "frank-meyer"],
        organisations=[
            "netzwerk-staedtediplomatie",
            "deutscher-staedtetag",
            "auswaertiges-amt",
            "stadt-krefeld",
        ],
    ),
    dict(
        slug="textilstudierende-aus-leicester-an-der-hochschule-niederrhein",
        title="Textilstudierende aus Leicester forschen zwei Wochen an der Hochschule Niederrhein",
        subtitle=(
            "Studierende der De Montfort University und aus Krefeld entwickeln gemeinsam "
            "kreislauffähige Stoffe – der Gegenbesuch in Leicester folgt im Herbst"
        ),
        published="2025-05-07T11:20",
        teaser=(
            "Vierzehn Studierende der De Montfort University aus Leicester sind für zwei Wochen "
            "am Textilcampus der Hochschule Niederrhein in Krefeld zu Gast."
        ),
        image=dict(
            caption=(
                "Zwischen Webstühlen und Labor: Studierende aus Leicester und Krefeld arbeiten in "
                "gemischten Teams."
            ),
            credit="Hochschule Niederrhein",
            alt="Stilisiertes Hochschulgebäude mit großen Fenstern und Studierenden davor",
            motif="school",
            palette=["#3a0ca3", "#f72585", "#4cc9f0"],
        ),
        body=[
            (
                "paragraph",
                "Zwei Städte mit langer Textilgeschichte, zwei Hochschulen mit starken "
                "Textilfakultäten: Seit Montag, 5. Mai, sind vierzehn Studierende der De Montfort "
                "University aus Krefelds englischer Partnerstadt Leicester an der Hochschule "
                "Niederrhein zu Gast. Bis Freitag, 16. Mai, arbeiten sie gemeinsam mit sechzehn "
                "Krefelder Studierenden in gemischten Teams.",
            ),
            (
                "paragraph",
                "Die Aufgabe der Werkstatt: Stoffe entwickeln, die sich nach dem Gebrauch wieder "
                "in ihre Bestandteile zerlegen und erneut verarbeiten lassen. Die Teams nutzen "
                "dafür Webereien, Strickmaschinen und Labore am Krefelder Textilcampus. Am Ende "
                "präsentieren sie ihre Muster einer Jury aus Lehrenden und Fachleuten aus "
                "Unternehmen der Region.",
            ),
            ("heading", "Vom Hörsaal in die Werkstatt"),
            (
                "quote",
                "Leicester und Krefeld haben beide erlebt, wie eine Textilindustrie schrumpft. "
                "Unsere Studierenden zeigen jetzt, wie eine neue, kreislauffähige "
                "Textilwirtschaft aussehen kann.",
                "Dr. Priya Raman",
            ),
            (
                "paragraph",
                "Dr. Priya Raman, die an der De Montfort University Textildesign lehrt, hat den "
                "Austausch gemeinsam mit Prof. Dr. Jan Osterkamp von der Hochschule Niederrhein "
                "vorbereitet. „Die Studierenden lernen in zwei Wochen mehr über die Arbeitsweise "
                "des anderen Landes als in jedem Seminar“, sagt Osterkamp.",
            ),
            (
                "image",
                "Auf dem Weg zum Textilcampus: Die Gäste aus Leicester fahren mit Leihrädern.",
                "Hochschule Niederrhein",
                "Stilisiertes Fahrrad auf einem Radweg",
                "bicycle",
            ),
            (
                "paragraph",
                "Die Reisekosten der Gäste trägt das britische Turing-Programm, den Gegenbesuch "
                "der Krefelder Studierenden in Leicester im Oktober fördert der Deutsche "
                "Akademische Austauschdienst. Untergebracht sind die Studierenden aus Leicester "
                "im Gästehaus der Hochschule.",
            ),
            (
                "paragraph",
                "Die Hochschulkooperation ist eine von vielen Verbindungen zwischen Krefeld und "
                "Leicester, die seit 1969 Partnerstädte sind. Auch nach dem Brexit haben beide "
                "Städte ihre Kontakte bewusst gepflegt.",
            ),
        ],
        partner_cities=["leicester"],
        topics=["hochschule", "nachhaltigkeit"],
        people=["priya-raman", "jan-osterkamp"],
        organisations=["de-montfort-university", "hochschule-niederrhein"],
    ),
    dict(
        slug="krefelder-ensembles-feiern-in-leiden-45-jahre-partnerschaft",
        title="Musik zum Jubiläum: Krefelder Ensembles feiern in Leiden 45 Jahre Partnerschaft",
        subtitle=(
            "Jugendorchester und Jugendchor der Musikschule treten zu Leidens Ontzet auf – die "
            "Musikschulen beider Partnerstädte verabreden einen regelmäßigen Austausch"
        ),
        published="2019-10-07T13:00",
        teaser="",
        image=dict(
            caption="Ein Abend an den Grachten: die Silhouette der Partnerstadt Leiden.",
            credit=_PRESS,
            alt="Stilisierte Stadtsilhouette mit Kirchturm am Wasser",
            motif="skyline",
            palette=["#2b2d42", "#ffb703", "#d90429"],
        ),
        body=[
            (
                "paragraph",
                "Mit Musik haben Krefeld und Leiden das 45-jährige Bestehen ihrer "
                "Städtepartnerschaft gefeiert. Rund sechzig junge Musikerinnen und Musiker des "
                "Jugendsinfonieorchesters und des Jugendchors der Musikschule Krefeld reisten am "
                "Mittwoch, 2. Oktober, in die niederländische Partnerstadt und traten am "
                "Donnerstag, 3. Oktober, beim großen Stadtfest zu Leidens Ontzet auf.",
            ),
            (
                "paragraph",
                "Jedes Jahr am 3. Oktober erinnert Leiden an das Ende der spanischen Belagerung "
                "im Jahr 1574. Die ganze Stadt feiert dann mit Umzügen, Musik und dem "
                "traditionellen Eintopf Hutspot. Dass dieser Tag mit dem deutschen "
                "Nationalfeiertag zusammenfällt, nahmen beide Städte zum Anlass für ein "
                "gemeinsames Konzert in der Pieterskerk.",
            ),
            ("heading", "Ein Austausch der Musikschulen"),
            (
                "paragraph",
                "Am Rande des Konzerts verabredeten die Musikschulen beider Städte einen "
                "regelmäßigen Austausch: Ab dem kommenden Jahr sollen Ensembles aus Leiden und "
                "Krefeld abwechselnd in der anderen Stadt proben und auftreten. Sanne de Wit, die "
                "bei der Gemeinde Leiden die Städtepartnerschaften koordiniert, sieht darin eine "
                "Chance, mehr junge Menschen für die Partnerschaft zu gewinnen.",
            ),
            (
                "quote",
                "Musik braucht keine Übersetzung. Wenn Jugendliche aus Leiden und Krefeld "
                "zusammen auf der Bühne stehen, entsteht Freundschaft ganz von selbst.",
                "Sanne de Wit",
            ),
            (
                "paragraph",
                "Für die Stadt Krefeld überbrachte Bürgermeisterin Anne Lindemann die "
                "Glückwünsche des Rates. „Seit 1974 verbindet uns eine Partnerschaft, die von "
                "Vereinen, Schulen und Kulturschaffenden getragen wird“, sagte sie in der "
                "Pieterskerk. Die Musikschule dankt den Gastfamilien in Leiden, die die jungen "
                "Gäste für zwei Nächte aufgenommen haben.",
            ),
        ],
        partner_cities=["leiden"],
        topics=["kultur", "jugend"],
        people=["sanne-de-wit", "anne-lindemann"],
        organisations=["gemeente-leiden"],
    ),
    dict(
        slug="35-jahre-partnerschaft-mit-dem-landkreis-oder-spree",
        title="35 Jahre deutsche Einheit, 35 Jahre Partnerschaft mit dem Landkreis Oder-Spree",
        subtitle=(
            "Eine Delegation aus Brandenburg feiert den Tag der Deutschen Einheit in Krefeld – "
            "mit Zeitzeugengespräch, Radtour und Plänen für eine Sportbegegnung"
        ),
        published="2025-10-06T10:15",
        teaser=(
            "Zum Tag der Deutschen Einheit war eine Delegation aus dem Landkreis Oder-Spree in "
            "Krefeld zu Gast. Seit 1990 verbindet beide eine innerdeutsche Partnerschaft."
        ),
        image=dict(
            caption=(
                "Ausflug ins Grüne: Die Gäste aus Brandenburg lernten auch den Stadtwald kennen."
            ),
            credit=_PRESS,
            alt="Stilisierte Parklandschaft mit Bäumen, Teich, Weg und Bank",
            motif="park",
            palette=["#386641", "#f2e8cf", "#bc4749"],
        ),
        body=[
            (
                "paragraph",
                "Die Partnerschaft zwischen Krefeld und dem Landkreis Oder-Spree ist so alt wie "
                "die deutsche Einheit: Sie reicht in das Jahr 1990 zurück. 35 Jahre später haben "
                "beide den Tag der Deutschen Einheit gemeinsam gefeiert. Von Donnerstag, "
                "2. Oktober, bis Samstag, 4. Oktober, war eine Delegation aus dem Brandenburger "
                "Landkreis in Krefeld zu Gast, angeführt vom Beigeordneten Uwe Richter.",
            ),
            (
                "paragraph",
                "Beim Empfang im Rathaus am Freitag, 3. Oktober, erzählten Zeitzeuginnen und "
                "Zeitzeugen aus beiden Regionen, wie sie die Monate nach dem Mauerfall erlebt "
                "haben und wie sich Verwaltungsleute, Vereine und Familien aus Ost und West damals "
                "zum ersten Mal besuchten. Schülerinnen und Schüler einer Krefelder Gesamtschule "
                "hatten die Gespräche vorbereitet und moderierten sie.",
            ),
            ("heading", "Vom Verwaltungsaustausch zur Bürgerpartnerschaft"),
            (
                "quote",
                "Wir sind 1990 als Partner gestartet, die sich kaum kannten. Heute sind wir "
                "Freunde, die einander nicht mehr viel erklären müssen – und trotzdem noch viel "
                "voneinander lernen.",
                "Uwe Richter",
            ),
            (
                "paragraph",
                "Uwe Richter hob hervor, wie stark sich die Region Oder-Spree verändert habe: "
                "Neue Industrieansiedlungen, der Zuzug aus Berlin und die Nähe zu Polen prägten "
                "den Landkreis heute. Oberbürgermeister Frank Meyer sprach von einer "
                "Partnerschaft, die zeige, dass die Einheit vor allem in Begegnungen wachse.",
            ),
            (
                "quote",
                "Die deutsche Einheit ist nicht nur in Verträgen entstanden, sondern in "
                "Begegnungen wie dieser. Darauf können Krefeld und Oder-Spree gemeinsam stolz "
                "sein.",
                "Frank Meyer",
            ),
            (
                "paragraph",
                "Am Samstag erkundeten die Gäste Krefeld mit dem Rad, vom Stadtwald bis zur Burg "
                "Linn. Für das kommende Jahr planen der Partnerschaftsverein und der "
                "Stadtsportbund eine Begegnung von Sportvereinen aus beiden Regionen in Beeskow.",
            ),
        ],
        partner_cities=["landkreis-oder-spree"],
        topics=["verwaltung", "kultur"],
        people=["uwe-richter", "frank-meyer"],
        organisations=[
            "landkreis-oder-spree-verwaltung",
            "stadt-krefeld",
            "stadtsportbund-krefeld",
        ],
    ),
    dict(
        slug="unternehmerdelegation-aus-kayseri-knuepft-kontakte-in-krefeld",
        title="Unternehmerdelegation aus Kayseri knüpft Kontakte in Krefeld",
        subtitle=(
            "Fünfzehn Firmen aus der türkischen Partnerstadt treffen Krefelder Betriebe aus "
            "Textil, Möbelbau und Maschinenbau – ein Wirtschaftsforum in Kayseri soll folgen"
        ),
        published="2024-10-16T15:30",
        teaser=(
            "Vier Tage lang informieren sich Unternehmerinnen und Unternehmer aus Kayseri über "
            "den Wirtschaftsstandort Krefeld. Am Mittwoch trafen sie Krefelder Betriebe zu "
            "Kooperationsgesprächen."
        ),
        image=dict(
            caption=(
                "Geschäftliche Kontakte, persönliche Begegnungen: Beim Kooperationsforum kamen "
                "Firmen aus beiden Städten ins Gespräch."
            ),
            credit="Wirtschaftsförderung Krefeld",
            alt="Stilisierter Händedruck zweier Personen vor einem farbigen Kreis",
            motif="handshake",
            palette=["#003049", "#fcbf49", "#d62828"],
        ),
        body=[
            (
                "paragraph",
                "Seit Montag, 14. Oktober, ist eine Delegation von Unternehmerinnen und "
                "Unternehmern aus Krefelds türkischer Partnerstadt Kayseri zu Gast. Die fünfzehn "
                "Firmen kommen aus der Textil- und Möbelindustrie, dem Maschinenbau und der "
                "Logistik. Bis Donnerstag, 17. Oktober, besuchen sie Krefelder Betriebe und "
                "loten Kooperationen aus.",
            ),
            (
                "paragraph",
                "Am Mittwoch, 16. Oktober, lud die Wirtschaftsförderung zu einem "
                "Kooperationsforum ein. In kurzen Gesprächsrunden lernten sich rund vierzig "
                "Unternehmen aus beiden Städten kennen; Dolmetscherinnen halfen, wo Englisch "
                "nicht weiterkam. Viele Krefelder Firmen suchen Zulieferer, die Gäste aus "
                "Kayseri interessieren sich vor allem für Technik und Wissen aus der "
                "Textilveredelung.",
            ),
            ("heading", "Brücken in die Türkei"),
            (
                "quote",
                "Kayseri ist eine Stadt der Unternehmer. Wir kommen nicht nur, um zu verkaufen, "
                "sondern um Partner zu finden, mit denen wir über Jahre zusammenarbeiten.",
                "Elif Aksoy",
            ),
            (
                "paragraph",
                "Elif Aksoy, die in Kayseri einen Möbelhersteller führt und für die Delegation "
                "spricht, lobte die Offenheit der Krefelder Betriebe. Oberbürgermeister Frank "
                "Meyer verwies beim Empfang im Rathaus darauf, dass viele Krefelderinnen und "
                "Krefelder familiäre Wurzeln in der Türkei haben: „Diese Menschen sind eine "
                "Brücke, die unsere Städtepartnerschaft stark macht“, sagte er.",
            ),
            (
                "paragraph",
                "Die Städtepartnerschaft mit Kayseri besteht seit 2008. Beide Städte wollen die "
                "Wirtschaftskontakte verstetigen: Geplant ist ein Gegenbesuch Krefelder "
                "Unternehmen in Kayseri, verbunden mit einem Wirtschaftsforum, zu dem auch "
                "Hochschulen und Kammern eingeladen werden.",
            ),
        ],
        partner_cities=["kayseri"],
        topics=["wirtschaft"],
        people=["elif-aksoy", "frank-meyer"],
        organisations=["wirtschaftsfoerderung-krefeld", "kayseri-buyuksehir"],
    ),
    dict(
        slug="staedtepartnerschaft-mit-uljanowsk-ruht",
        title="Städtepartnerschaft mit Uljanowsk ruht",
        subtitle=(
            "Nach dem russischen Angriff auf die Ukraine lässt Krefeld die Partnerschaft mit der "
            "Stadt an der Wolga vorerst ruhen – die Solidarität gilt der Ukraine"
        ),
        published="2022-05-05T12:00",
        teaser=(
            "Der Rat der Stadt Krefeld hat beschlossen, die Städtepartnerschaft mit Uljanowsk "
            "wegen des russischen Angriffskriegs gegen die Ukraine vorerst ruhen zu lassen. "
            "Oberbürgermeister Frank Meyer hat die Stadt Uljanowsk schriftlich informiert."
        ),
        image=dict(
            caption=(
                "Die Partnerschaft mit Uljanowsk besteht seit 1993; bis auf Weiteres gibt es "
                "keine offiziellen Kontakte."
            ),
            credit=_PRESS,
            alt="Stilisierte Stadtsilhouette an einem Fluss in der Abenddämmerung",
            motif="skyline",
            palette=["#2b2d42", "#8d99ae", "#ef233c"],
        ),
        body=[
            (
                "paragraph",
                "Die Stadt Krefeld lässt ihre Städtepartnerschaft mit der russischen Stadt "
                "Uljanowsk vorerst ruhen. Das hat der Rat der Stadt als Antwort auf den "
                "völkerrechtswidrigen Angriff Russlands auf die Ukraine beschlossen. "
                "Oberbürgermeister Frank Meyer hat seinen Amtskollegen in Uljanowsk in einem "
                "Schreiben über die Entscheidung informiert.",
            ),
            (
                "paragraph",
                "Offizielle Kontakte, Delegationsbesuche und gemeinsame Projekte finden bis auf "
                "Weiteres nicht statt. Nach dem Willen des Rates soll die Partnerschaft erst dann "
                "wieder aktiv betrieben werden, wenn Russland seine Truppen aus der Ukraine "
                "zurückgezogen hat und die Souveränität des Landes achtet.",
            ),
            ("heading", "Eine schwere Entscheidung"),
            (
                "paragraph",
                "Die Partnerschaft besteht seit 1993. In fast drei Jahrzehnten haben "
                "Jugendgruppen, Kulturschaffende und Vereine aus beiden Städten einander besucht. "
                "In seinem Schreiben macht der Oberbürgermeister deutlich, dass sich der Schritt "
                "nicht gegen die Menschen in Uljanowsk richtet, sondern gegen den Krieg, für den "
                "die russische Staatsführung die Verantwortung trägt.",
            ),
            (
                "quote",
                "Städtepartnerschaften sind Brücken zwischen Menschen. Eine Brücke ruhen zu "
                "lassen, fällt niemandem leicht – aber zu diesem Krieg kann eine Partnerstadt "
                "nicht schweigen.",
                "Miriam Lenzen",
            ),
            (
                "paragraph",
                "„Wir stehen an der Seite der Ukraine und der Menschen, die vor dem Krieg zu uns "
                "geflohen sind“, sagt Miriam Lenzen, Leiterin des Büros für internationale "
                "Beziehungen. Zugleich achte die Stadt darauf, dass Menschen mit russischen "
                "Wurzeln in Krefeld wegen des Krieges nicht ausgegrenzt werden.",
            ),
            ("heading", "Hilfe für die Ukraine"),
            (
                "paragraph",
                "Krefeld unterstützt Geflüchtete aus der Ukraine mit Unterkünften, Beratung und "
                "Sprachkursen. Informationen zu Hilfsangeboten und zu Möglichkeiten, sich zu "
                "engagieren, bündelt die Stadt auf ihrer Internetseite.",
            ),
        ],
        partner_cities=["uljanowsk"],
        topics=["verwaltung"],
        people=["frank-meyer", "miriam-lenzen"],
        organisations=["stadt-krefeld"],
    ),
    dict(
        slug="krefeld-und-venlo-vergleichen-ihre-klimaschutzkonzepte",
        title="Krefeld und Venlo vergleichen ihre Klimaschutzkonzepte",
        subtitle=(
            "Fachleute beider Partnerstädte tauschen sich über Wege zur Klimaneutralität aus – "
            "von der Wärmeplanung bis zur Dachbegrünung"
        ),
        published="2022-09-15T09:30",
        teaser=(
            "Welche Maßnahmen wirken, welche kommen nicht voran? Klimaschutzfachleute aus Venlo "
            "und Krefeld haben in einem Workshop ihre Klimaschutzkonzepte nebeneinandergelegt."
        ),
        image=dict(
            caption=(
                "Grün statt Grau: Parks und begrünte Dächer spielen in beiden "
                "Klimaschutzkonzepten eine wichtige Rolle."
            ),
            credit="Stadt Krefeld, Fachbereich Umwelt und Verbraucherschutz",
            alt="Stilisierter Park mit Bäumen, Teich, Blumenwiese und Weg",
            motif="park",
            palette=["#2d6a4f", "#d8f3dc", "#f4a261"],
        ),
        body=[
            (
                "paragraph",
                "Beide Städte wollen klimaneutral werden, beide haben dafür einen Plan "
                "aufgeschrieben – und beide stoßen bei der Umsetzung auf ähnliche Hürden. Am "
                "Mittwoch, 14. September, haben sich deshalb Klimaschutzfachleute aus Venlo und "
                "Krefeld im Krefelder Rathaus zu einem ganztägigen Workshop getroffen, um ihre "
                "Klimaschutzkonzepte zu vergleichen.",
            ),
            (
                "paragraph",
                "Die Krefelder Klimaschutzmanagerin Dr. Katrin Aldenhoven stellte vor, wie die "
                "Stadt ihr Klimaschutzkonzept mit Zielen für Gebäude, Verkehr und Energie "
                "hinterlegt hat. Ruud Janssen, Klimaschutzkoordinator der Gemeinde Venlo, "
                "berichtete über die niederländischen Erfahrungen mit Wärmenetzen und mit "
                "Stadtteilen, die Schritt für Schritt ohne Erdgas auskommen sollen.",
            ),
            ("heading", "Voneinander lernen über die Grenze"),
            (
                "quote",
                "In den Niederlanden planen wir den Abschied vom Erdgas Viertel für Viertel. "
                "Dabei haben wir gelernt, dass man die Bewohnerinnen und Bewohner früh mitnehmen "
                "muss – sonst scheitert das beste Konzept.",
                "Ruud Janssen",
            ),
            (
                "paragraph",
                "In Arbeitsgruppen diskutierten die Teilnehmenden über Förderprogramme für "
                "Dachbegrünung und Photovoltaik, über Pendlerrouten für den Radverkehr zwischen "
                "beiden Städten und über den Umgang mit Hitze in dicht bebauten Quartieren. "
                "Besonderes Interesse galt der kommunalen Wärmeplanung, die in Deutschland gerade "
                "vorbereitet wird und in den Niederlanden bereits Praxis ist.",
            ),
            (
                "paragraph",
                "„Unsere Klimaschutzkonzepte sind sich ähnlicher, als wir dachten“, sagt "
                "Dr. Katrin Aldenhoven. „Wir wollen uns künftig zweimal im Jahr austauschen und "
                "gemeinsame Projekte entwickeln, etwa für den Radverkehr über die Grenze.“",
            ),
            (
                "paragraph",
                "Der Austausch ist Teil der Zusammenarbeit, die Krefeld und Venlo im Rahmen ihrer "
                "Städtepartnerschaft seit 1964 pflegen. Das nächste Treffen ist für das Frühjahr "
                "in Venlo geplant.",
            ),
        ],
        partner_cities=["venlo"],
        topics=["klimaschutz", "nachhaltigkeit"],
        people=["katrin-aldenhoven", "ruud-janssen"],
        organisations=["gemeente-venlo", "stadt-krefeld"],
    ),
    dict(
        slug="buergerreise-nach-leicester-zum-50-jaehrigen-jubilaeum",
        title="Bürgerreise nach Leicester: 50 Jahre Partnerschaft mitten in der Brexit-Debatte",
        subtitle=(
            "Mehr als vierzig Krefelderinnen und Krefelder feiern über Christi Himmelfahrt mit "
            "Freunden in der englischen Partnerstadt"
        ),
        published="2019-06-04T10:00",
        teaser=(
            "Zum 50-jährigen Bestehen der Städtepartnerschaft mit Leicester ist eine Gruppe "
            "Krefelder Bürgerinnen und Bürger über das lange Himmelfahrtswochenende nach England "
            "gereist."
        ),
        image=dict(
            caption=(
                "Willkommen in Leicester: Die Krefelder Reisegruppe wurde im Rathaus der "
                "Partnerstadt empfangen."
            ),
            credit="Freundeskreis Krefeld–Leicester",
            alt="Stilisierte Stadtsilhouette mit Kirchturm und beleuchteten Fenstern",
            motif="skyline",
            palette=["#14213d", "#fca311", "#e5e5e5"],
        ),
        body=[
            (
                "paragraph",
                "Während in London über den Brexit gestritten wurde, haben Krefeld und Leicester "
                "gezeigt, was Freundschaft über Grenzen bedeutet. Von Donnerstag, 30. Mai, bis "
                "Sonntag, 2. Juni, reisten 43 Bürgerinnen und Bürger aus Krefeld in die englische "
                "Partnerstadt, um dort das 50-jährige Bestehen der Städtepartnerschaft zu feiern.",
            ),
            (
                "paragraph",
                "Organisiert hatte die Bürgerreise der Freundeskreis Krefeld–Leicester. Viele "
                "Reisende wohnten bei Gastfamilien, manche bei Freunden, die sie seit Jahrzehnten "
                "kennen. Auf dem Programm standen ein Empfang im Rathaus, eine Führung durch die "
                "Kathedrale mit dem Grab Richards III. und ein Ausflug in den National Forest.",
            ),
            ("heading", "Freundschaft in bewegten Zeiten"),
            (
                "quote",
                "Gerade jetzt, wo so viel über Trennung gesprochen wird, wollten wir zeigen, dass "
                "die Menschen in Krefeld und Leicester zusammengehören.",
                "Margret Hoffmanns",
            ),
            (
                "paragraph",
                "„Die Reise war innerhalb weniger Tage ausgebucht“, berichtet Margret Hoffmanns, "
                "Vorsitzende des Freundeskreises. Beim Festabend am Samstag, 1. Juni, tauschten "
                "beide Seiten Geschenke aus: Die Krefelder Gäste überreichten einen Seidenschal "
                "mit den Wappen beider Städte, die Gastgeber eine Fotochronik aus fünf "
                "Jahrzehnten Partnerschaft.",
            ),
            (
                "paragraph",
                "Die Städtepartnerschaft zwischen Krefeld und Leicester wurde 1969 begründet. Im "
                "Herbst wird eine Delegation aus Leicester zum Gegenbesuch in Krefeld erwartet. "
                "Wer bei der nächsten Bürgerreise dabei sein möchte, kann sich beim "
                "Freundeskreis melden.",
            ),
        ],
        partner_cities=["leicester"],
        topics=["kultur"],
        people=["margret-hoffmanns"],
        organisations=["leicester-city-council"],
    ),
    dict(
        slug="jugend-hockeyturnier-der-partnerstaedte",
        title="Jugend-Hockeyturnier: Teams aus vier Partnerstädten spielen in Krefeld",
        subtitle=(
            "Rund 130 Jugendliche aus Venlo, Leiden, Leicester, Dünkirchen und Krefeld messen "
            "sich auf dem Platz und feiern gemeinsam"
        ),
        published="2025-06-30T09:00",
        teaser="",
        image=dict(
            caption="Zwischen den Spielen war Zeit für Picknick und neue Freundschaften im Park.",
            credit="Stadtsportbund Krefeld",
            alt="Stilisierter Park mit Bäumen, Wiese und einem geschwungenen Weg",
            motif="park",
            palette=["#0077b6", "#90e0ef", "#ffb703"],
        ),
        body=[
            (
                "paragraph",
                "Am Samstag, 28. Juni, und Sonntag, 29. Juni, stand Krefeld im Zeichen des "
                "Hockeysports: Beim internationalen Jugendturnier der Partnerstädte traten zehn "
                "Mannschaften der Altersklasse U14 aus Venlo, Leiden, Leicester, Dünkirchen und "
                "Krefeld gegeneinander an. Ausgerichtet wurde das Turnier vom Stadtsportbund "
                "Krefeld gemeinsam mit Krefelder Hockeyvereinen.",
            ),
            (
                "paragraph",
                "Hockey hat in Krefeld eine lange Tradition, und auch in den Niederlanden und in "
                "England gehört der Sport zu den beliebtesten Mannschaftssportarten. Gespielt "
                "wurde auf zwei Kunstrasenplätzen. Im Finale setzte sich eine Mannschaft aus "
                "Leiden knapp gegen ein Krefelder Team durch.",
            ),
            ("heading", "Mehr als ein Turnier"),
            (
                "paragraph",
                "Neben den Spielen stand die Begegnung im Mittelpunkt. Die Jugendlichen "
                "übernachteten in Sporthallen und bei Gastfamilien, grillten am Samstagabend "
                "gemeinsam und mischten sich beim Freundschaftsspiel am Sonntagmorgen zu "
                "internationalen Teams.",
            ),
            (
                "quote",
                "Auf dem Platz waren alle Gegner, am Grill waren alle Freunde. Genau so soll "
                "Sport in einer Städtepartnerschaft sein.",
                "Lukas Beckers",
            ),
            (
                "paragraph",
                "Lukas Beckers, Jugendwart im Stadtsportbund, zieht eine positive Bilanz: Vereine "
                "aus Leicester und Dünkirchen hätten sich bereits als Gastgeber für die nächste "
                "Ausgabe beworben. Finanziert wurde das Turnier aus Mitteln des Kinder- und "
                "Jugendplans des Bundes und mit Spenden Krefelder Unternehmen.",
            ),
        ],
        partner_cities=["venlo", "leiden", "leicester", "duenkirchen"],
        topics=["sport", "jugend"],
        people=["lukas-beckers"],
        organisations=["stadtsportbund-krefeld"],
    ),
    dict(
        slug="online-fachgespraech-mit-hangzhou-ueber-digitale-verwaltung",
        title="Online-Fachgespräch mit Hangzhou über digitale Verwaltung",
        subtitle=(
            "Fachleute aus Krefeld und der chinesischen Seidenstadt vergleichen, wie Menschen "
            "Behördengänge online erledigen – und sprechen offen über Datenschutz"
        ),
        published="2020-11-19T14:00",
        teaser=(
            "In einem Online-Fachgespräch haben sich Verwaltungsfachleute aus Krefeld und "
            "Hangzhou über digitale Bürgerdienste ausgetauscht."
        ),
        image=dict(
            caption=(
                "Statt einer Delegationsreise: Das Fachgespräch fand wegen der Pandemie als "
                "Videokonferenz statt."
            ),
            credit=_PRESS,
            alt="Stilisierter Konferenztisch mit Teilnehmenden und einem Diagramm auf der Leinwand",
            motif="conference",
            palette=["#3d405b", "#f2cc8f", "#e07a5f"],
        ),
        body=[
            (
                "paragraph",
                "Eigentlich sollte in diesem Jahr eine Delegation aus Hangzhou nach Krefeld "
                "kommen. Wegen der Pandemie trafen sich die Fachleute am Mittwoch, 18. November, "
                "stattdessen im Netz: Rund zwanzig Beschäftigte beider Stadtverwaltungen "
                "tauschten sich drei Stunden lang über digitale Bürgerdienste aus – wegen der "
                "Zeitverschiebung am frühen Morgen in Krefeld und am Nachmittag in Hangzhou.",
            ),
            (
                "paragraph",
                "Hangzhou gilt in China als Vorreiter der digitalen Verwaltung: Viele Anliegen "
                "lassen sich dort über eine einzige App erledigen. Krefeld stellte vor, welche "
                "Onlinedienste es bereits anbietet, etwa die Terminvergabe im Bürgerservice oder "
                "den Antrag auf einen Bewohnerparkausweis, und wo es noch hakt.",
            ),
            ("heading", "Schnell, aber sicher"),
            (
                "quote",
                "Wir können von der Geschwindigkeit in Hangzhou lernen. Zugleich gilt für uns: "
                "Digitale Verwaltung braucht Vertrauen, und Vertrauen braucht Datenschutz.",
                "Jana Pütz",
            ),
            (
                "paragraph",
                "Jana Pütz, Leiterin der Stabsstelle Digitalisierung der Stadt Krefeld, machte "
                "deutlich, dass Datenschutz und Datensparsamkeit für deutsche Kommunen nicht "
                "verhandelbar sind. Gerade darüber entspann sich eine offene Diskussion: Die "
                "Gäste aus Hangzhou interessierten sich für die europäische "
                "Datenschutz-Grundverordnung, die Krefelder Seite für die kurzen "
                "Bearbeitungszeiten in China.",
            ),
            (
                "paragraph",
                "Krefeld und Hangzhou verbindet eine Städtefreundschaft, die auf der gemeinsamen "
                "Seidentradition beider Städte gründet. Ein persönliches Treffen soll nachgeholt "
                "werden, sobald Reisen wieder möglich sind.",
            ),
        ],
        partner_cities=["hangzhou"],
        topics=["smart-city", "verwaltung"],
        people=["jana-puetz"],
        organisations=["stadt-krefeld"],
    ),
    dict(
        slug="partnerstaedte-kommen-auf-den-krefelder-weihnachtsmarkt",
        title="Die Partnerstädte kommen auf den Krefelder Weihnachtsmarkt",
        subtitle=(
            "Vom 4. bis 6. Dezember stellen Partnerschaftsvereine Spezialitäten und Handwerk aus "
            "sieben Partnerstädten vor und suchen Gastfamilien für das kommende Jahr"
        ),
        published="2026-11-18T11:00",
        teaser="",
        image=dict(
            caption=(
                "Ein Stück Partnerstadt am Stand: Die Freundeskreise freuen sich auf viele "
                "Besucherinnen und Besucher."
            ),
            credit=_PRESS,
            alt="Zwei Hände in einem Händedruck vor einem hellen Kreis",
            motif="handshake",
            palette=["#7b2cbf", "#ffd6a5", "#e63946"],
        ),
        body=[
            (
                "paragraph",
                "Spekulatius trifft Stroopwafel, Glühwein trifft Apple Cider: Von Freitag, "
                "4. Dezember, bis Sonntag, 6. Dezember, stellen sich Krefelds Partnerstädte mit "
                "einem eigenen Stand auf dem Weihnachtsmarkt vor. Die Hütte der Partnerstädte "
                "steht am Dionysiusplatz und ist täglich von 11 bis 21 Uhr geöffnet.",
            ),
            (
                "paragraph",
                "An jedem Tag gestalten andere Partnerschaftsvereine das Angebot. Am Freitag "
                "sind der Freundeskreis Krefeld–Venlo und die Stichting Leiden–Krefeld zu Gast, "
                "am Samstag der Freundeskreis Krefeld–Leicester und das Partnerschaftskomitee "
                "aus Dünkirchen, am Sonntag die Deutsch-Amerikanische Gesellschaft, der "
                "Partnerschaftsverein Krefeld–Oder-Spree und der Deutsch-Türkische Freundeskreis "
                "Krefeld–Kayseri.",
            ),
            ("heading", "Mitmachen erwünscht"),
            (
                "paragraph",
                "Wer wissen möchte, wie man in Dünkirchen Karneval feiert oder wie eine "
                "Bürgerreise nach Charlotte abläuft, bekommt am Stand Auskunft aus erster Hand. "
                "Die Vereine suchen außerdem Gastfamilien für Schülergruppen, die im kommenden "
                "Jahr nach Krefeld kommen, und freuen sich über neue Mitglieder.",
            ),
            (
                "quote",
                "Städtepartnerschaft lebt vom Mitmachen. Am Stand kann man die Menschen "
                "kennenlernen, die sie seit Jahren tragen – und vielleicht selbst Teil davon "
                "werden.",
                "Miriam Lenzen",
            ),
            (
                "paragraph",
                "„Viele Krefelderinnen und Krefelder wissen gar nicht, wie viele Partnerstädte "
                "wir haben“, sagt Miriam Lenzen vom Büro für internationale Beziehungen. Der "
                "Erlös aus dem Verkauf kommt den Jugendbegegnungen der Partnerschaftsvereine "
                "zugute.",
            ),
        ],
        partner_cities=[
            "venlo",
            "leicester",
            "duenkirchen",
            "leiden",
            "charlotte",
            "landkreis-oder-spree",
            "kayseri",
        ],
        topics=["kultur"],
        people=["miriam-lenzen"],
        organisations=["dag-krefeld"],
    ),
]

EXCHANGES = [
    dict(
        slug="konferenzreise-washington-charlotte-2026",
        title="Konferenzreise nach Washington und Besuch in Charlotte",
        kind="conference",
        direction="outgoing",
        partner_cities=["charlotte"],
        starts_on="2026-10-18",
        ends_on="2026-10-25",
        places="Washington, D.C.; Charlotte, North Carolina",
        description=(
            "Eine sechsköpfige Delegation unter Leitung von Oberbürgermeister Frank Meyer nimmt "
            "an einer internationalen Fachkonferenz zu Stadtklima und digitaler "
            "Stadtentwicklung teil, stellt das Krefelder Hitzeaktionsbündnis vor und ist zu "
            "einem Empfang in der Deutschen Botschaft eingeladen. Anschließend besucht sie drei "
            "Tage lang die Partnerstadt Charlotte."
        ),
        funding="städtischer Haushalt",
        topics=["smart-city", "klimaschutz", "verwaltung"],
        participants=[
            dict(country_code="DE", group="officials", count=4),
            dict(country_code="DE", group="experts", count=2),
        ],
        programme=[
            dict(
                title="Ankunft in Washington und Vorbesprechung",
                start="2026-10-18T17:00",
                end="2026-10-18T19:00",
                timezone="America/New_York",
                place="Hotel der Delegation, Washington, D.C.",
            ),
            dict(
                title="Konferenztag 1: Eröffnung und Foren zur Hitzevorsorge",
                start="2026-10-19T09:00",
                end="2026-10-19T17:30",
                timezone="America/New_York",
                place="Konferenzzentrum, Washington, D.C.",
            ),
            dict(
                title="Konferenztag 2: Krefelder Beitrag zum Hitzeaktionsbündnis",
                start="2026-10-20T09:00",
                end="2026-10-20T16:00",
                timezone="America/New_York",
                place="Konferenzzentrum, Washington, D.C.",
            ),
            dict(
                title="Empfang in der Deutschen Botschaft",
                start="2026-10-20T18:30",
                end="2026-10-20T21:00",
                timezone="America/New_York",
                place="Deutsche Botschaft, Washington, D.C.",
            ),
            dict(
                title="Konferenztag 3: Daten für das Stadtklima",
                start="2026-10-21T09:00",
                end="2026-10-21T13:00",
                timezone="America/New_York",
                place="Konferenzzentrum, Washington, D.C.",
            ),
            dict(
                title="Flug nach Charlotte",
                start="2026-10-21T16:30",
                end="2026-10-21T18:00",
                timezone="America/New_York",
                place="Washington – Charlotte",
            ),
            dict(
                title="Gespräch mit der Stadtverwaltung über Stadtbahn und Radwege",
                start="2026-10-22T10:00",
                end="2026-10-22T13:00",
                timezone="America/New_York",
                place="Rathaus, Charlotte",
            ),
            dict(
                title="Besuch einer High School mit Deutschunterricht",
                start="2026-10-23T09:30",
                end="2026-10-23T12:00",
                timezone="America/New_York",
                place="Charlotte",
            ),
            dict(
                title="Krefeld-Abend mit Charlotte Sister Cities",
                start="2026-10-23T18:00",
                end="2026-10-23T21:00",
                timezone="America/New_York",
                place="Charlotte",
            ),
            dict(
                title="Stadtrundgang und Abschlussgespräch",
                start="2026-10-24T10:00",
                end="2026-10-24T13:00",
                timezone="America/New_York",
                place="Uptown Charlotte",
            ),
        ],
        press_releases=["delegation-reist-zur-stadtklima-konferenz-in-die-usa"],
    ),
    dict(
        slug="delegation-aus-charlotte-2023",
        title="Delegation aus Charlotte: Radverkehr und Verkehrswende",
        kind="delegation",
        direction="incoming",
        partner_cities=["charlotte"],
        starts_on="2023-06-12",
        ends_on="2023-06-16",
        places="Krefeld: Rathaus, Innenstadt, Stadtwald, Uerdingen",
        description=(
            "Zwölf Gäste aus Stadtverwaltung, Stadtrat und Charlotte Sister Cities informieren "
            "sich eine Woche lang über Radverkehr, Fahrradstraßen und Nahverkehr in Krefeld. "
            "Höhepunkt ist eine Radtour durch die Stadt bis an den Rhein."
        ),
        funding="städtischer Haushalt (Programm); Reisekosten tragen die Gäste",
        topics=["mobilitaet", "nachhaltigkeit"],
        participants=[
            dict(country_code="US", group="officials", count=6),
            dict(country_code="US", group="citizens", count=6),
            dict(country_code="DE", group="officials", count=4),
        ],
        programme=[
            dict(
                title="Begrüßungsabend mit Krefelder Gastgebern",
                start="2023-06-12T18:00",
                end="2023-06-12T20:30",
                timezone="Europe/Berlin",
                place="Krefeld, Innenstadt",
            ),
            dict(
                title="Radtour: Fahrradstraßen, Stadtwald und Rheinufer in Uerdingen",
                start="2023-06-13T09:30",
                end="2023-06-13T15:30",
                timezone="Europe/Berlin",
                place="Start am Rathaus Krefeld",
            ),
            dict(
                title="Empfang im Rathaus",
                start="2023-06-13T18:00",
                end="2023-06-13T20:00",
                timezone="Europe/Berlin",
                place="Rathaus Krefeld",
            ),
            dict(
                title="Fachgespräch zum öffentlichen Nahverkehr",
                start="2023-06-14T10:00",
                end="2023-06-14T12:30",
                timezone="Europe/Berlin",
                place="Rathaus Krefeld",
            ),
            dict(
                title="Besuch einer Lastenradwerkstatt",
                start="2023-06-15T14:00",
                end="2023-06-15T16:00",
                timezone="Europe/Berlin",
                place="Krefeld",
            ),
            dict(
                title="Abend mit der Deutsch-Amerikanischen Gesellschaft",
                start="2023-06-15T19:00",
                end="2023-06-15T22:00",
                timezone="Europe/Berlin",
                place="Krefeld",
            ),
        ],
        press_releases=["gaeste-aus-charlotte-erkunden-krefeld-mit-dem-fahrrad"],
    ),
    dict(
        slug="schueleraustausch-duenkirchen-2024",
        title="Schüleraustausch mit dem Collège des Dunes",
        kind="school",
        direction="incoming",
        partner_cities=["duenkirchen"],
        starts_on="2024-03-11",
        ends_on="2024-03-15",
        places="Krefeld: Seidenweber-Gymnasium, Gesamtschule am Rheinhafen, Rathaus",
        description=(
            "Zwei Schülergruppen aus Dünkirchen besuchen eine Woche lang den Unterricht an zwei "
            "Krefelder Schulen, wohnen bei Gastfamilien und erarbeiten gemeinsam mit ihren "
            "Austauschpartnern Projekte über die Partnerstädte. Der Gegenbesuch folgt im Herbst."
        ),
        funding="Deutsch-Französisches Jugendwerk",
        topics=["schule", "jugend"],
        participants=[
            dict(country_code="FR", group="pupils", count=48),
            dict(country_code="FR", group="teachers", count=4),
            dict(country_code="DE", group="pupils", count=48),
            dict(country_code="DE", group="teachers", count=5),
        ],
        programme=[
            dict(
                title="Ankunft und Begrüßung in den Schulen",
                start="2024-03-11T10:00",
                end="2024-03-11T12:00",
                timezone="Europe/Berlin",
                place="Seidenweber-Gymnasium Krefeld",
            ),
            dict(
                title="Stadtrallye durch die Innenstadt",
                start="2024-03-12T13:30",
                end="2024-03-12T16:30",
                timezone="Europe/Berlin",
                place="Krefeld, Innenstadt",
            ),
            dict(
                title="Besuch im Deutschen Textilmuseum",
                start="2024-03-13T13:30",
                end="2024-03-13T16:00",
                timezone="Europe/Berlin",
                place="Krefeld-Linn",
            ),
            dict(
                title="Nachmittag im Zoo",
                start="2024-03-14T13:30",
                end="2024-03-14T17:00",
                timezone="Europe/Berlin",
                place="Zoo Krefeld",
            ),
            dict(
                title="Empfang und Präsentation der Projekte im Rathaus",
                start="2024-03-15T11:00",
                end="2024-03-15T12:30",
                timezone="Europe/Berlin",
                place="Rathaus Krefeld",
            ),
        ],
        press_releases=["schuelergruppen-aus-duenkirchen-zu-gast-an-krefelder-schulen"],
    ),
    dict(
        slug="jubilaeumsdelegation-duenkirchen-2024",
        title="50 Jahre Städtepartnerschaft: Delegation aus Dünkirchen",
        kind="delegation",
        direction="incoming",
        partner_cities=["duenkirchen"],
        starts_on="2024-09-20",
        ends_on="2024-09-22",
        places="Krefeld: Rathaus und Von-der-Leyen-Platz",
        description=(
            "Zum 50-jährigen Bestehen der Städtepartnerschaft besucht eine Delegation aus Rat, "
            "Verwaltung, Gemeindeverband und Partnerschaftskomitee Krefeld. Beide Städte "
            "erneuern ihre Partnerschaftsurkunde und feiern mit einem Bürgerfest."
        ),
        funding="städtischer Haushalt",
        topics=["kultur", "verwaltung"],
        participants=[
            dict(country_code="FR", group="officials", count=14),
            dict(country_code="FR", group="citizens", count=31),
            dict(country_code="DE", group="officials", count=8),
        ],
        programme=[
            dict(
                title="Ankunft und Begrüßungsabend",
                start="2024-09-20T18:00",
                end="2024-09-20T21:00",
                timezone="Europe/Berlin",
                place="Rathaus Krefeld",
            ),
            dict(
                title="Festakt mit Unterzeichnung der erneuerten Partnerschaftsurkunde",
                start="2024-09-21T11:00",
                end="2024-09-21T13:00",
                timezone="Europe/Berlin",
                place="Rathaus Krefeld, Ratssaal",
            ),
            dict(
                title="Eröffnung der Ausstellung „50 Jahre Partnerschaft“",
                start="2024-09-21T15:00",
                end="2024-09-21T16:30",
                timezone="Europe/Berlin",
                place="Rathaus Krefeld, Foyer",
            ),
            dict(
                title="Bürgerfest der Partnerschaftsvereine",
                start="2024-09-22T11:00",
                end="2024-09-22T17:00",
                timezone="Europe/Berlin",
                place="Von-der-Leyen-Platz, Krefeld",
            ),
        ],
        press_releases=["50-jahre-staedtepartnerschaft-mit-duenkirchen"],
    ),
    dict(
        slug="museumswerkstatt-venlo-2025",
        title="Museumswerkstatt der Kunstmuseen Krefeld und des Museums van Bommel van Dam",
        kind="culture",
        direction="outgoing",
        partner_cities=["venlo"],
        starts_on="2025-01-23",
        ends_on="2025-01-24",
        places="Venlo, Museum van Bommel van Dam",
        description=(
            "Kuratorinnen, Kuratoren und Vermittlungsteams beider Museen planen eine Reihe "
            "gemeinsamer Ausstellungen ab 2027 und eine grenzüberschreitende Museumsnacht."
        ),
        funding=(
            "Eigenmittel der Museen; Antrag beim Kleinprojektefonds der euregio rhein-maas-nord"
        ),
        topics=["kultur"],
        participants=[
            dict(country_code="DE", group="experts", count=7),
            dict(country_code="NL", group="experts", count=6),
        ],
        programme=[
            dict(
                title="Rundgang durch Sammlung und Depot",
                start="2025-01-23T10:00",
                end="2025-01-23T12:30",
                timezone="Europe/Amsterdam",
                place="Museum van Bommel van Dam, Venlo",
            ),
            dict(
                title="Werkstatt: Themen für eine gemeinsame Ausstellungsreihe",
                start="2025-01-23T13:30",
                end="2025-01-23T17:00",
                timezone="Europe/Amsterdam",
                place="Museum van Bommel van Dam, Venlo",
            ),
            dict(
                title="Werkstatt: Museumsnacht und Vermittlung auf Deutsch und Niederländisch",
                start="2025-01-24T09:30",
                end="2025-01-24T13:00",
                timezone="Europe/Amsterdam",
                place="Museum van Bommel van Dam, Venlo",
            ),
        ],
        press_releases=["museen-aus-krefeld-und-venlo-planen-gemeinsame-ausstellungen"],
    ),
    dict(
        slug="textilwerkstatt-leicester-2025",
        title="Studierendenaustausch Textil mit der De Montfort University",
        kind="youth",
        direction="incoming",
        partner_cities=["leicester"],
        starts_on="2025-05-05",
        ends_on="2025-05-16",
        places="Krefeld, Textilcampus der Hochschule Niederrhein",
        description=(
            "Studierende aus Leicester und Krefeld entwickeln in gemischten Teams kreislauffähige "
            "Stoffe und stellen ihre Muster zum Abschluss einer Jury vor. Der Gegenbesuch in "
            "Leicester ist für Oktober geplant."
        ),
        funding="Turing-Programm (Vereinigtes Königreich); DAAD für den Gegenbesuch",
        topics=["hochschule", "nachhaltigkeit"],
        participants=[
            dict(country_code="GB", group="youth", count=14),
            dict(country_code="GB", group="teachers", count=2),
            dict(country_code="DE", group="youth", count=16),
            dict(country_code="DE", group="teachers", count=3),
        ],
        programme=[
            dict(
                title="Begrüßung und Einführung in die Werkstätten",
                start="2025-05-05T10:00",
                end="2025-05-05T15:00",
                timezone="Europe/Berlin",
                place="Textilcampus, Krefeld",
            ),
            dict(
                title="Werkstattphase in gemischten Teams",
                start="2025-05-06T09:00",
                end="2025-05-14T17:00",
                timezone="Europe/Berlin",
                place="Textilcampus, Krefeld",
            ),
            dict(
                title="Exkursion zu Textilunternehmen der Region",
                start="2025-05-09T09:00",
                end="2025-05-09T16:00",
                timezone="Europe/Berlin",
                place="Niederrhein",
            ),
            dict(
                title="Präsentation vor der Jury",
                start="2025-05-16T10:00",
                end="2025-05-16T13:00",
                timezone="Europe/Berlin",
                place="Textilcampus, Krefeld",
            ),
        ],
        press_releases=["textilstudierende-aus-leicester-an-der-hochschule-niederrhein"],
    ),
    dict(
        slug="jugend-hockeyturnier-2025",
        title="Internationales Jugend-Hockeyturnier der Partnerstädte",
        kind="youth",
        direction="incoming",
        partner_cities=["venlo", "leiden", "leicester", "duenkirchen"],
        starts_on="2025-06-28",
        ends_on="2025-06-29",
        places="Krefeld, Hockeyanlagen im Stadtwald",
        description=(
            "Zehn U14-Mannschaften aus fünf Städten spielen ein Wochenende lang Hockey, "
            "übernachten in Sporthallen und bei Gastfamilien und feiern gemeinsam."
        ),
        funding="Kinder- und Jugendplan des Bundes; Spenden Krefelder Unternehmen",
        topics=["sport", "jugend"],
        participants=[
            dict(country_code="NL", group="youth", count=39),
            dict(country_code="GB", group="youth", count=13),
            dict(country_code="FR", group="youth", count=13),
            dict(country_code="DE", group="youth", count=65),
            dict(country_code="NL", group="citizens", count=6),
            dict(country_code="GB", group="citizens", count=2),
            dict(country_code="FR", group="citizens", count=2),
            dict(country_code="DE", group="citizens", count=12),
        ],
        programme=[
            dict(
                title="Gruppenspiele",
                start="2025-06-28T10:00",
                end="2025-06-28T18:00",
                timezone="Europe/Berlin",
                place="Hockeyanlagen im Stadtwald, Krefeld",
            ),
            dict(
                title="Grillabend aller Teams",
                start="2025-06-28T19:00",
                end="2025-06-28T22:00",
                timezone="Europe/Berlin",
                place="Hockeyanlagen im Stadtwald, Krefeld",
            ),
            dict(
                title="Freundschaftsspiel in gemischten Teams",
                start="2025-06-29T10:00",
                end="2025-06-29T11:00",
                timezone="Europe/Berlin",
                place="Hockeyanlagen im Stadtwald, Krefeld",
            ),
            dict(
                title="Halbfinale, Finale und Siegerehrung",
                start="2025-06-29T11:30",
                end="2025-06-29T16:00",
                timezone="Europe/Berlin",
                place="Hockeyanlagen im Stadtwald, Krefeld",
            ),
        ],
        press_releases=["jugend-hockeyturnier-der-partnerstaedte"],
    ),
    dict(
        slug="buergerreise-leicester-2019",
        title="Bürgerreise nach Leicester zum 50-jährigen Jubiläum",
        kind="citizens",
        direction="outgoing",
        partner_cities=["leicester"],
        starts_on="2019-05-30",
        ends_on="2019-06-02",
        places="Leicester",
        description=(
            "Der Freundeskreis Krefeld–Leicester reist über Christi Himmelfahrt mit 43 "
            "Bürgerinnen und Bürgern in die Partnerstadt, um 50 Jahre Städtepartnerschaft zu "
            "feiern."
        ),
        funding="Eigenbeiträge der Reisenden; Zuschuss der Stadt Krefeld",
        topics=["kultur"],
        participants=[dict(country_code="DE", group="citizens", count=43)],
        programme=[
            dict(
                title="Empfang im Rathaus von Leicester",
                start="2019-05-31T11:00",
                end="2019-05-31T12:30",
                timezone="Europe/London",
                place="Town Hall, Leicester",
            ),
            dict(
                title="Führung durch die Kathedrale",
                start="2019-05-31T14:00",
                end="2019-05-31T15:30",
                timezone="Europe/London",
                place="Leicester Cathedral",
            ),
            dict(
                title="Ausflug in den National Forest",
                start="2019-06-01T09:30",
                end="2019-06-01T16:00",
                timezone="Europe/London",
                place="Leicestershire",
            ),
            dict(
                title="Festabend zum Jubiläum",
                start="2019-06-01T19:00",
                end="2019-06-01T23:00",
                timezone="Europe/London",
                place="Leicester",
            ),
        ],
        press_releases=["buergerreise-nach-leicester-zum-50-jaehrigen-jubilaeum"],
    ),
    dict(
        slug="klimaschutz-workshop-venlo-2022",
        title="Workshop Klimaschutzkonzepte Krefeld–Venlo",
        kind="conference",
        direction="incoming",
        partner_cities=["venlo"],
        starts_on="2022-09-14",
        ends_on="2022-09-14",
        places="Krefeld, Rathaus",
        description=(
            "Klimaschutzfachleute beider Städte vergleichen ihre Klimaschutzkonzepte und "
            "verabreden einen halbjährlichen Austausch."
        ),
        funding="städtischer Haushalt",
        topics=["klimaschutz", "nachhaltigkeit"],
        participants=[
            dict(country_code="NL", group="experts", count=6),
            dict(country_code="DE", group="experts", count=9),
        ],
        programme=[
            dict(
                title="Vorstellung der Klimaschutzkonzepte",
                start="2022-09-14T09:30",
                end="2022-09-14T12:30",
                timezone="Europe/Berlin",
                place="Rathaus Krefeld",
            ),
            dict(
                title="Arbeitsgruppen: Wärmeplanung, Dachbegrünung, Radverkehr, Hitze",
                start="2022-09-14T13:30",
                end="2022-09-14T16:30",
                timezone="Europe/Berlin",
                place="Rathaus Krefeld",
            ),
        ],
        press_releases=["krefeld-und-venlo-vergleichen-ihre-klimaschutzkonzepte"],
    ),
    dict(
        slug="delegation-oder-spree-2025",
        title="Delegation aus dem Landkreis Oder-Spree zum Tag der Deutschen Einheit",
        kind="delegation",
        direction="incoming",
        partner_cities=["landkreis-oder-spree"],
        starts_on="2025-10-02",
        ends_on="2025-10-04",
        places="Krefeld: Rathaus, Stadtwald, Burg Linn",
        description=(
            "Zum 35. Jahrestag der deutschen Einheit feiern Krefeld und der Landkreis Oder-Spree "
            "35 Jahre Partnerschaft, mit einem Zeitzeugengespräch im Rathaus und einer Radtour."
        ),
        funding="städtischer Haushalt",
        topics=["verwaltung", "kultur"],
        participants=[
            dict(country_code="DE", group="officials", count=11),
            dict(country_code="DE", group="citizens", count=9),
        ],
        programme=[
            dict(
                title="Ankunft und Abendessen mit dem Partnerschaftsverein",
                start="2025-10-02T18:00",
                end="2025-10-02T21:00",
                timezone="Europe/Berlin",
                place="Krefeld",
            ),
            dict(
                title="Empfang und Zeitzeugengespräch zum Tag der Deutschen Einheit",
                start="2025-10-03T11:00",
                end="2025-10-03T13:30",
                timezone="Europe/Berlin",
                place="Rathaus Krefeld",
            ),
            dict(
                title="Radtour vom Stadtwald zur Burg Linn",
                start="2025-10-04T10:00",
                end="2025-10-04T14:00",
                timezone="Europe/Berlin",
                place="Krefeld",
            ),
        ],
        press_releases=["35-jahre-partnerschaft-mit-dem-landkreis-oder-spree"],
    ),
    dict(
        slug="unternehmerdelegation-kayseri-2024",
        title="Unternehmerdelegation aus Kayseri",
        kind="delegation",
        direction="incoming",
        partner_cities=["kayseri"],
        starts_on="2024-10-14",
        ends_on="2024-10-17",
        places="Krefeld: Betriebe, Rathaus",
        description=(
            "Fünfzehn Unternehmen aus Kayseri besuchen Krefelder Betriebe und treffen beim "
            "Kooperationsforum der Wirtschaftsförderung mögliche Partner."
        ),
        funding="Wirtschaftsförderung Krefeld; Eigenbeiträge der Unternehmen",
        topics=["wirtschaft"],
        participants=[
            dict(country_code="TR", group="experts", count=15),
            dict(country_code="TR", group="officials", count=3),
            dict(country_code="DE", group="experts", count=25),
            dict(country_code="DE", group="officials", count=4),
        ],
        programme=[
            dict(
                title="Betriebsbesuche Textil und Maschinenbau",
                start="2024-10-14T13:00",
                end="2024-10-14T17:30",
                timezone="Europe/Berlin",
                place="Krefeld",
            ),
            dict(
                title="Betriebsbesuche Logistik und Möbelbau",
                start="2024-10-15T09:00",
                end="2024-10-15T16:00",
                timezone="Europe/Berlin",
                place="Krefeld-Uerdingen",
            ),
            dict(
                title="Kooperationsforum",
                start="2024-10-16T09:00",
                end="2024-10-16T17:00",
                timezone="Europe/Berlin",
                place="Krefeld",
            ),
            dict(
                title="Empfang im Rathaus",
                start="2024-10-16T18:30",
                end="2024-10-16T20:30",
                timezone="Europe/Berlin",
                place="Rathaus Krefeld",
            ),
        ],
        press_releases=["unternehmerdelegation-aus-kayseri-knuepft-kontakte-in-krefeld"],
    ),
    dict(
        slug="musikschule-leiden-2019",
        title="Konzertreise der Musikschule nach Leiden",
        kind="culture",
        direction="outgoing",
        partner_cities=["leiden"],
        starts_on="2019-10-02",
        ends_on="2019-10-04",
        places="Leiden, Pieterskerk",
        description=(
            "Jugendsinfonieorchester und Jugendchor der Musikschule Krefeld spielen zum "
            "45-jährigen Bestehen der Partnerschaft beim Stadtfest zu Leidens Ontzet."
        ),
        funding="Förderverein der Musikschule; Zuschuss der Stadt Krefeld",
        topics=["kultur", "jugend"],
        participants=[
            dict(country_code="DE", group="youth", count=58),
            dict(country_code="DE", group="teachers", count=6),
            dict(country_code="DE", group="officials", count=1),
        ],
        programme=[
            dict(
                title="Generalprobe in der Pieterskerk",
                start="2019-10-02T17:00",
                end="2019-10-02T19:00",
                timezone="Europe/Amsterdam",
                place="Pieterskerk, Leiden",
            ),
            dict(
                title="Jubiläumskonzert zu Leidens Ontzet",
                start="2019-10-03T15:00",
                end="2019-10-03T16:30",
                timezone="Europe/Amsterdam",
                place="Pieterskerk, Leiden",
            ),
        ],
        press_releases=["krefelder-ensembles-feiern-in-leiden-45-jahre-partnerschaft"],
    ),
]

_ALL_ACTIVE_PARTNERS = [
    "venlo",
    "leicester",
    "duenkirchen",
    "leiden",
    "charlotte",
    "landkreis-oder-spree",
    "kayseri",
]

EVENTS = [
    dict(
        slug="konzert-zu-leidens-ontzet-2019",
        title="Jubiläumskonzert der Musikschule Krefeld in Leiden",
        start="2019-10-03T15:00",
        end="2019-10-03T16:30",
        timezone="Europe/Amsterdam",
        place="Pieterskerk, Leiden",
        address="Pieterskerkhof, Leiden, Niederlande",
        partner_cities=["leiden"],
        exchange="musikschule-leiden-2019",
        description=[
            "Jugendsinfonieorchester und Jugendchor der Musikschule Krefeld spielen zum "
            "45-jährigen Bestehen der Städtepartnerschaft beim Stadtfest zu Leidens Ontzet."
        ],
    ),
    dict(
        slug="projektpraesentation-schueleraustausch-duenkirchen-2024",
        title="Schüleraustausch mit Dünkirchen: Präsentation der Projekte",
        start="2024-03-15T11:00",
        end="2024-03-15T12:30",
        timezone="Europe/Berlin",
        place="Rathaus Krefeld",
        address="Von-der-Leyen-Platz 1, 47798 Krefeld",
        partner_cities=["duenkirchen"],
        exchange="schueleraustausch-duenkirchen-2024",
        description=[
            "Zum Abschluss ihrer Austauschwoche stellen Schülerinnen und Schüler aus Dünkirchen "
            "und Krefeld ihre Projekte über die Partnerstädte vor, auf Deutsch und auf "
            "Französisch."
        ],
    ),
    dict(
        slug="festakt-50-jahre-duenkirchen",
        title="Festakt: 50 Jahre Städtepartnerschaft Krefeld–Dünkirchen",
        start="2024-09-21T11:00",
        end="2024-09-21T13:00",
        timezone="Europe/Berlin",
        place="Rathaus Krefeld, Ratssaal",
        address="Von-der-Leyen-Platz 1, 47798 Krefeld",
        partner_cities=["duenkirchen"],
        exchange="jubilaeumsdelegation-duenkirchen-2024",
        description=[
            "Oberbürgermeister Frank Meyer und eine Delegation aus Dünkirchen erneuern die "
            "Partnerschaftsurkunde. Musik: Schülerinnen und Schüler beider Städte.",
            "Der Festakt ist öffentlich; wegen der begrenzten Plätze wird um Anmeldung beim Büro "
            "für internationale Beziehungen gebeten.",
        ],
    ),
    dict(
        slug="jugend-hockeyturnier-der-partnerstaedte-2025",
        title="Internationales Jugend-Hockeyturnier der Partnerstädte",
        start="2025-06-28T10:00",
        end="2025-06-29T16:00",
        timezone="Europe/Berlin",
        place="Hockeyanlagen im Stadtwald",
        address="47800 Krefeld",
        partner_cities=["venlo", "leiden", "leicester", "duenkirchen"],
        exchange="jugend-hockeyturnier-2025",
        description=[
            "Zehn U14-Mannschaften aus Venlo, Leiden, Leicester, Dünkirchen und Krefeld spielen "
            "um den Pokal der Partnerstädte. Zuschauerinnen und Zuschauer sind willkommen, der "
            "Eintritt ist frei."
        ],
    ),
    dict(
        slug="krefeld-abend-in-charlotte-2026",
        title="Krefeld-Abend mit Charlotte Sister Cities",
        start="2026-10-23T18:00",
        end="2026-10-23T21:00",
        timezone="America/New_York",
        place="Charlotte, North Carolina",
        address="Uptown Charlotte, NC, USA",
        partner_cities=["charlotte"],
        exchange="konferenzreise-washington-charlotte-2026",
        description=[
            "Charlotte Sister Cities lädt Mitglieder, Gastfamilien und Freunde der Partnerschaft "
            "zu einem Abend mit der Krefelder Delegation ein, mit Berichten aus beiden Städten "
            "und Musik.",
        ],
    ),
    dict(
        slug="partnerstaedte-auf-dem-weihnachtsmarkt-2026",
        title="Die Partnerstädte auf dem Krefelder Weihnachtsmarkt",
        start="2026-12-04T11:00",
        end="2026-12-06T21:00",
        timezone="Europe/Berlin",
        place="Weihnachtsmarkt am Dionysiusplatz",
        address="Dionysiusplatz, 47798 Krefeld",
        partner_cities=list(_ALL_ACTIVE_PARTNERS),
        exchange=None,
        description=[
            "Drei Tage lang stellen die Partnerschaftsvereine Spezialitäten und Handwerk aus "
            "Venlo, Leicester, Dünkirchen, Leiden, Charlotte, dem Landkreis Oder-Spree und "
            "Kayseri vor.",
            "Am Stand gibt es Auskunft über Bürgerreisen, Schüleraustausch und Gastfamilien. "
            "Der Erlös kommt den Jugendbegegnungen der Vereine zugute.",
        ],
    ),
    dict(
        slug="neujahrsempfang-der-partnerschaftsvereine-2027",
        title="Neujahrsempfang für die Partnerschaftsvereine",
        start="2027-01-15T18:00",
        end="2027-01-15T21:00",
        timezone="Europe/Berlin",
        place="Rathaus Krefeld",
        address="Von-der-Leyen-Platz 1, 47798 Krefeld",
        partner_cities=list(_ALL_ACTIVE_PARTNERS),
        exchange=None,
        description=[
            "Oberbürgermeister Frank Meyer dankt den Ehrenamtlichen, die Krefelds "
            "Städtepartnerschaften tragen, und stellt die Vorhaben für 2027 vor.",
        ],
    ),
    dict(
        slug="infoabend-buergerreise-duenkirchen-2027",
        title="Infoabend: Bürgerreise zum Karneval nach Dünkirchen",
        start="2027-02-11T19:00",
        end="2027-02-11T20:30",
        timezone="Europe/Berlin",
        place="Rathaus Krefeld, Raum der Begegnung",
        address="Von-der-Leyen-Platz 1, 47798 Krefeld",
        partner_cities=["duenkirchen"],
        exchange=None,
        description=[
            "Das Partnerschaftskomitee stellt die Bürgerreise zum Dünkirchener Karneval vor: "
            "Programm, Unterkunft bei Gastfamilien und Kosten.",
            "Die Teilnahme am Infoabend ist kostenlos, eine Anmeldung ist nicht nötig.",
        ],
    ),
    dict(
        slug="ausstellungseroeffnung-krefeld-venlo-2027",
        title="Ausstellungseröffnung: Design und Alltag zwischen Niederrhein und Limburg",
        start="2027-03-12T19:00",
        end="2027-03-12T21:30",
        timezone="Europe/Berlin",
        place="Kunstmuseen Krefeld, Kaiser Wilhelm Museum",
        address="Joseph-Beuys-Platz 1, 47798 Krefeld",
        partner_cities=["venlo"],
        exchange=None,
        description=[
            "Die erste gemeinsame Ausstellung der Kunstmuseen Krefeld und des Museums van Bommel "
            "van Dam zeigt Design und Alltagskultur aus beiden Regionen.",
            "Zur Eröffnung sprechen die Kuratorinnen und Kuratoren beider Häuser; ein Pendelbus "
            "aus Venlo ist eingerichtet.",
        ],
    ),
    dict(
        slug="wirtschaftsforum-kayseri-2027",
        title="Wirtschaftsforum Krefeld–Kayseri",
        start="2027-05-20T09:30",
        end="2027-05-20T17:00",
        timezone="Europe/Istanbul",
        place="Kayseri",
        address="Kayseri, Türkei",
        partner_cities=["kayseri"],
        exchange=None,
        description=[
            "Krefelder Unternehmen, Hochschulen und Kammern treffen Partner aus Kayseri. Die "
            "Wirtschaftsförderung organisiert eine gemeinsame Anreise; Anmeldungen nimmt sie bis "
            "Ende März entgegen.",
        ],
    ),
    dict(
        slug="jugendbegegnung-leicester-2027",
        title="Jugendbegegnung in Leicester",
        start="2027-07-05T10:00",
        end="2027-07-09T16:00",
        timezone="Europe/London",
        place="Leicester",
        address="Leicester, Vereinigtes Königreich",
        partner_cities=["leicester"],
        exchange=None,
        description=[
            "Eine Woche Workshops, Sport und Stadterkundung für Jugendliche zwischen 15 und 18 "
            "Jahren aus Krefeld und Leicester.",
        ],
    ),
    dict(
        slug="tag-der-partnerstaedte-2027",
        title="Tag der Partnerstädte auf dem Theaterplatz",
        start="2027-09-25T11:00",
        end="2027-09-25T18:00",
        timezone="Europe/Berlin",
        place="Theaterplatz",
        address="Theaterplatz, 47798 Krefeld",
        partner_cities=list(_ALL_ACTIVE_PARTNERS),
        exchange=None,
        description=[
            "Musik, Essen und Mitmachangebote aus allen Partnerstädten. Schulen, Vereine und "
            "Freundeskreise stellen ihre Begegnungen vor.",
            "Um 15 Uhr spielen Ensembles der Musikschulen aus Leiden und Krefeld gemeinsam.",
        ],
    ),
]

# The helpers above are for writing this module only; loaders see the public constants.
del _PRESS, _ALL_ACTIVE_PARTNERS
