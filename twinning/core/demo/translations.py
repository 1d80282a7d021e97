"""Our own English, French and Dutch translations of demo pages, loaded by ``demo.translate``.

Which pages: in English the press releases, the city page and the events of Charlotte; in
French those of Dünkirchen (Dunkerque); in Dutch those of Venlo and Leiden. A release or event
that names several of these cities is in each of their languages. Every language also has the
start page and its three sections (press archive, partner cities, events).

How the texts line up with the German ones in ``demo.content`` (and ``demo.loader`` for the
four site pages): each entry is keyed by the German page's slug (``pages``: by the section's
name) and uses the German dict's field names, with ``title`` for a city's ``name`` and a
``slug`` in the language. Only prose is translated; dates, coordinates, relations and credits
come from the German page. A body has the German body's blocks in the same order and of the same
types, so that wagtail-localize can match them segment by segment: an image block repeats the
German credit and motif, a quotation its speaker. Fields left out keep the German text until an
editor translates them in the admin.

Style: formal address; British spelling in English; in French the non-breaking spaces of French
typography (before ``: ; ! ?`` and inside guillemets). Places have their local names (Dunkirk,
Dunkerque, Duinkerke; Leyde in French), German institutions keep their German names, glossed at
the first mention where a reader would need it.
"""

# A photo credit is a legal attribution: it stays as the German content gives it, in every
# language.
_PRESS = "Stadt Krefeld, Presse und Kommunikation"

TRANSLATIONS = {
    # English: Charlotte.
    "en": {
        # The start page and its three sections (German titles and intros in demo.loader).
        "pages": {
            "home": {
                "slug": "home",
                "title": "Twin-town partnerships of the City of Krefeld",
                "intro": (
                    "News, events and encounters from Krefeld’s partnerships with cities in "
                    "Europe, North America and Asia."
                ),
            },
            "press_archive": {
                "slug": "press",
                "title": "Press archive",
                "intro": "All press releases about Krefeld’s twin-town partnerships, newest first.",
            },
            "partner_city_index": {
                "slug": "partner-cities",
                "title": "Partner cities",
                "intro": (
                    "Krefeld maintains partnerships with cities and districts in Europe, North "
                    "America and Asia."
                ),
            },
            "event_index": {
                "slug": "events",
                "title": "Events",
                "intro": "Encounters, receptions and events with our partner cities.",
            },
        },
        # Releases naming Charlotte among their partner cities.
        "releases": {
            "delegation-reist-zur-stadtklima-konferenz-in-die-usa": {
                "slug": "delegation-travels-to-urban-climate-conference-in-the-usa",
                "title": (
                    "Krefeld delegation travels to urban climate conference in Washington and on "
                    "to Charlotte"
                ),
                "subtitle": (
                    "The programme includes a reception at the German Embassy in Washington – "
                    "after that, the delegation will spend three days in the partner city of "
                    "Charlotte"
                ),
                "teaser": (
                    "Lord Mayor Frank Meyer is travelling to the United States with a small "
                    "delegation for a specialist conference on urban climate and digital urban "
                    "development. The trip ends with a visit to the partner city of Charlotte."
                ),
                "image": {
                    "caption": (
                        "The Charlotte skyline: the partner city in North Carolina is the last "
                        "stop on the trip."
                    ),
                    "alt": (
                        "Stylised skyline of high-rise buildings against an evening sky above a "
                        "river"
                    ),
                },
                "body": [
                    (
                        "paragraph",
                        "A six-member delegation from the City of Krefeld, led by Lord Mayor "
                        "Frank Meyer, will set off for the United States on Sunday 18 October. "
                        "The first stop is Washington, D.C., where an international specialist "
                        "conference on urban climate and digital urban development will take "
                        "place from Monday 19 October to Wednesday 21 October. Cities from Europe "
                        "and North America will show how they are preparing for summer heatwaves "
                        "and heavy rainfall, and what role data plays in this.",
                    ),
                    (
                        "paragraph",
                        "Krefeld will be presenting a contribution of its own: the city’s climate "
                        "protection manager, Dr. Katrin Aldenhoven, will introduce the Krefeld "
                        "heat action alliance, in which the city administration, care services "
                        "and church congregations work together to better protect older people on "
                        "hot days. She will also report on the network of sensors the city uses "
                        "to measure temperature and soil moisture in parks and school playgrounds.",
                    ),
                    ("heading", "Reception at the embassy"),
                    (
                        "paragraph",
                        "On the evening of Tuesday 20 October, the German Embassy in Washington "
                        "will host a reception for the municipal guests from Germany. It offers "
                        "an opportunity to talk with representatives of American cities, "
                        "foundations and federal agencies and to make contacts for future "
                        "projects.",
                    ),
                    (
                        "quote",
                        "Cities are on the front line of climate action, on both sides of the "
                        "Atlantic. We want to show what is working in Krefeld and come back with "
                        "ideas that will take us further.",
                        "Frank Meyer",
                    ),
                    (
                        "paragraph",
                        "“But a conference is no substitute for talking with partners,” says Lord "
                        "Mayor Frank Meyer. “That is why we are combining the trip with a visit "
                        "to Charlotte, where we have had friends for almost forty years.”",
                    ),
                    ("heading", "Three days in the partner city"),
                    (
                        "paragraph",
                        "From Thursday 22 October to Saturday 24 October, the delegation will be "
                        "the guests of Charlotte. The programme includes talks with the city "
                        "administration about its light rail and cycle path projects, a visit to "
                        "a high school that teaches German, and a Krefeld evening to which "
                        "Charlotte Sister Cities is inviting members and friends of the "
                        "partnership.",
                    ),
                    (
                        "image",
                        "A delegation from Charlotte last visited Krefeld in 2023 – and toured "
                        "the city by bike.",
                        _PRESS,
                        "Stylised bicycle on a cycle path in front of green hills",
                        "bicycle",
                    ),
                    (
                        "paragraph",
                        "The travel costs of the city’s participants are covered by the municipal "
                        "budget. After the delegation returns on Sunday 25 October, the "
                        "administration will report on the results of the trip to the responsible "
                        "council committee.",
                    ),
                ],
            },
            "gaeste-aus-charlotte-erkunden-krefeld-mit-dem-fahrrad": {
                "slug": "guests-from-charlotte-explore-krefeld-by-bike",
                "title": "Guests from Charlotte explore Krefeld by bike",
                "subtitle": (
                    "A delegation from Krefeld’s US partner city finds out about cycling, bicycle "
                    "streets and the transport transition in the city centre"
                ),
                "teaser": "",
                "image": {
                    "caption": (
                        "The guests from Charlotte rode hire bikes from the town hall all the way "
                        "to the Rhine at Uerdingen."
                    ),
                    "alt": (
                        "Stylised bicycle with a basket on a red cycle path in front of green hills"
                    ),
                },
                "body": [
                    (
                        "paragraph",
                        "On Tuesday 13 June, twelve guests from Krefeld’s American partner city "
                        "of Charlotte got to know the city from the saddle. The delegation, made "
                        "up of members of the city administration, the city council and Charlotte "
                        "Sister Cities, has been in Krefeld since Monday and will stay until "
                        "Friday. The visit centres on the question of how a city can make cycling "
                        "safer and more attractive.",
                    ),
                    (
                        "paragraph",
                        "The tour of around 25 kilometres led from the town hall along the "
                        "bicycle streets of the city centre and through the Stadtwald, Krefeld’s "
                        "city forest, all the way to the Rhine at Uerdingen. At several stops "
                        "along the way, the city’s cycling officer, Sebastian Hülsmann, explained "
                        "how Krefeld is redesigning junctions, creating bike parking at railway "
                        "stations and making routes to school safer.",
                    ),
                    ("heading", "The transport transition in everyday life"),
                    (
                        "quote",
                        "In Charlotte we are currently planning many miles of new bike lanes. "
                        "Here we can see what a network like this feels like in everyday life – "
                        "with children on their way to school and commuters on their way to work.",
                        "Marcus Whitfield",
                    ),
                    (
                        "paragraph",
                        "“What impressed me most was how naturally people of all ages ride bikes "
                        "here,” said Marcus Whitfield, a transportation planner with the City of "
                        "Charlotte, at the end of the tour. Charlotte is currently expanding a "
                        "network of bike lanes and greenways designed to link its neighbourhoods "
                        "with the city centre and the light rail stations.",
                    ),
                    (
                        "paragraph",
                        "Sebastian Hülsmann also sees the visit as an incentive for Krefeld: "
                        "“When you show guests your cycle paths, you quickly notice where the "
                        "gaps are. We will be closing some of them this summer.”",
                    ),
                    (
                        "paragraph",
                        "Lord Mayor Frank Meyer welcomed the guests at the town hall in the "
                        "evening. He recalled that the twinning with Charlotte dates back to 1986 "
                        "and is always at its liveliest when experts learn from one another. "
                        "Still on the programme before Friday are talks on public transport, a "
                        "visit to a workshop that builds cargo bikes and an evening with the "
                        "Deutsch-Amerikanische Gesellschaft (German-American Society).",
                    ),
                ],
            },
            "35-jahre-staedtepartnerschaft-mit-charlotte": {
                "slug": "35-years-of-twinning-with-charlotte",
                "title": (
                    "35 years of twinning: Krefeld and Charlotte celebrate across the Atlantic"
                ),
                "subtitle": (
                    "Charlotte Sister Cities and the City of Krefeld mark the anniversary with a "
                    "joint online celebration and new plans for youth exchanges"
                ),
                "teaser": (
                    "Krefeld and Charlotte have been partner cities since 1986. To mark the 35th "
                    "anniversary, friends of the partnership from both cities came together for "
                    "an online celebration."
                ),
                "image": {
                    "caption": (
                        "A symbolic handshake: the two cities exchanged messages of greeting for "
                        "the anniversary."
                    ),
                    "alt": "Two hands in a handshake in front of a coloured circle",
                },
                "body": [
                    (
                        "paragraph",
                        "On Saturday 25 September, Krefeld and Charlotte marked the 35th "
                        "anniversary of their twinning with a joint online celebration. As the "
                        "pandemic still made travel impossible, around 120 guests from both "
                        "cities joined in online – in the morning in Charlotte, in the afternoon "
                        "in Krefeld.",
                    ),
                    (
                        "paragraph",
                        "The celebration was hosted by the Krefeld Committee of Charlotte Sister "
                        "Cities and the City of Krefeld’s Büro für internationale Beziehungen "
                        "(Office of International Relations). Pupils from both cities showed "
                        "short films about their everyday lives, a jazz ensemble from the "
                        "Musikschule, Krefeld’s music school, played live from the town hall, and "
                        "long-standing host families talked about friendships that have lasted "
                        "for decades.",
                    ),
                    ("heading", "Three and a half decades of encounters"),
                    (
                        "paragraph",
                        "Since 1986, hundreds of school pupils, students, professionals and club "
                        "members have travelled back and forth between North Carolina and the "
                        "Lower Rhine. On the Krefeld side, the Deutsch-Amerikanische Gesellschaft "
                        "Krefeld (German-American Society) has supported the partnership for many "
                        "years.",
                    ),
                    (
                        "quote",
                        "Sister cities are friendships between people, not just between city "
                        "halls. The fact that so many of us are here today, even though we can "
                        "only see each other on a screen, shows how strong this friendship is.",
                        "Denise Carter",
                    ),
                    (
                        "paragraph",
                        "Denise Carter, chair of the Krefeld Committee of Charlotte Sister "
                        "Cities, announced that the youth exchange would resume as soon as travel "
                        "is possible again. Lord Mayor Frank Meyer also addressed the guests: “We "
                        "look forward to welcoming our friends from Charlotte back to Krefeld in "
                        "person soon,” he said.",
                    ),
                    (
                        "paragraph",
                        "To mark the anniversary, the two cities have also agreed to set up a "
                        "joint digital archive collecting photos, letters and memories from 35 "
                        "years of partnership. Anyone who would like to contribute material is "
                        "welcome to contact the Büro für internationale Beziehungen.",
                    ),
                ],
            },
            # All active partner cities: also in French and Dutch.
            "partnerstaedte-kommen-auf-den-krefelder-weihnachtsmarkt": {
                "slug": "partner-cities-come-to-the-krefeld-christmas-market",
                "title": "The partner cities come to the Krefeld Christmas market",
                "subtitle": (
                    "From 4 to 6 December, twinning associations present specialities and crafts "
                    "from seven partner cities and look for host families for next year"
                ),
                "teaser": "",
                "image": {
                    "caption": (
                        "A taste of the partner cities at the stall: the friendship circles are "
                        "looking forward to welcoming plenty of visitors."
                    ),
                    "alt": "Two hands in a handshake in front of a pale circle",
                },
                "body": [
                    (
                        "paragraph",
                        "Spekulatius biscuits meet stroopwafels, mulled wine meets apple cider: "
                        "from Friday 4 December to Sunday 6 December, Krefeld’s partner cities "
                        "will be presenting themselves with a stall of their own at the Christmas "
                        "market. The partner cities’ hut is on Dionysiusplatz and is open daily "
                        "from 11:00 to 21:00.",
                    ),
                    (
                        "paragraph",
                        "Each day, different twinning associations will run the stall. On Friday, "
                        "the Freundeskreis Krefeld–Venlo and the Stichting Leiden–Krefeld will be "
                        "there; on Saturday, the Freundeskreis Krefeld–Leicester and the twinning "
                        "committee from Dunkirk; and on Sunday, the Deutsch-Amerikanische "
                        "Gesellschaft (German-American Society), the Partnerschaftsverein "
                        "Krefeld–Oder-Spree and the Deutsch-Türkischer Freundeskreis "
                        "Krefeld–Kayseri.",
                    ),
                    ("heading", "Everyone is welcome to join in"),
                    (
                        "paragraph",
                        "If you would like to know how Dunkirk celebrates carnival or what a "
                        "citizens’ trip to Charlotte involves, you can get first-hand information "
                        "at the stall. The associations are also looking for host families for "
                        "school groups coming to Krefeld next year, and new members are always "
                        "welcome.",
                    ),
                    (
                        "quote",
                        "Twinning thrives on people taking part. At the stall, you can meet the "
                        "people who have carried it for years – and perhaps become part of it "
                        "yourself.",
                        "Miriam Lenzen",
                    ),
                    (
                        "paragraph",
                        "“Many people in Krefeld have no idea how many partner cities we have,” "
                        "says Miriam Lenzen of the Büro für internationale Beziehungen (Office of "
                        "International Relations). The proceeds from sales will go to the "
                        "twinning associations’ youth exchanges.",
                    ),
                ],
            },
        },
        # A city's page keeps its German slug in every language, so that ?partnerstadt= filters and
        # feeds name it the same way (demo.translate keeps it).
        "partner_cities": {
            "charlotte": {
                "slug": "charlotte",
                "title": "Charlotte",
                "country": "United States",
                "region": "North Carolina",
                "languages": [
                    "English",
                ],
                "intro": (
                    "Charlotte, North Carolina, has been Krefeld’s partner city in the United "
                    "States since 1986."
                ),
                "description": [
                    "North Carolina’s largest city is a major banking and financial centre in the "
                    "south-east of the United States and has been growing rapidly for years. With "
                    "light rail lines, new cycle paths and digital urban development projects, "
                    "Charlotte is looking for answers to the questions facing a growing "
                    "metropolis.",
                    "On the American side, the partnership is carried by Charlotte Sister Cities; "
                    "in Krefeld, the Deutsch-Amerikanische Gesellschaft (German-American Society) "
                    "is among those who support it. Delegations, professionals and young people "
                    "have been visiting each other for decades; most recently, the focus has been "
                    "on mobility, urban climate and the smart city.",
                ],
            },
        },
        # Keyed by the German event's slug; the address stays German unless it holds a word to
        # translate.
        "events": {
            "krefeld-abend-in-charlotte-2026": {
                "slug": "krefeld-evening-in-charlotte-2026",
                "title": "Krefeld evening with Charlotte Sister Cities",
                "place": "Charlotte, North Carolina",
                "description": [
                    "Charlotte Sister Cities invites members, host families and friends of the "
                    "partnership to an evening with the Krefeld delegation, with reports from "
                    "both cities and music.",
                ],
            },
            "partnerstaedte-auf-dem-weihnachtsmarkt-2026": {
                "slug": "partner-cities-at-the-christmas-market-2026",
                "title": "The partner cities at the Krefeld Christmas market",
                "place": "Christmas market on Dionysiusplatz",
                "description": [
                    "For three days, the twinning associations present specialities and crafts "
                    "from Venlo, Leicester, Dunkirk, Leiden, Charlotte, the Oder-Spree district "
                    "and Kayseri.",
                    "At the stall, you can find out about citizens’ trips, school exchanges and "
                    "host families. The proceeds go to the associations’ youth exchanges.",
                ],
            },
            "neujahrsempfang-der-partnerschaftsvereine-2027": {
                "slug": "new-year-reception-for-the-twinning-associations-2027",
                "title": "New Year reception for the twinning associations",
                "place": "Krefeld Town Hall",
                "description": [
                    "Lord Mayor Frank Meyer thanks the volunteers who carry Krefeld’s twin-town "
                    "partnerships and presents the plans for 2027.",
                ],
            },
            "tag-der-partnerstaedte-2027": {
                "slug": "partner-cities-day-2027",
                "title": "Partner Cities Day on Theaterplatz",
                "place": "Theaterplatz",
                "description": [
                    "Music, food and hands-on activities from all the partner cities. Schools, "
                    "associations and friendship circles present their exchanges.",
                    "At 15:00, ensembles from the music schools of Leiden and Krefeld will play "
                    "together.",
                ],
            },
        },
    },
    # French: Dünkirchen (Dunkerque).
    "fr": {
        # The start page and its three sections (German titles and intros in demo.loader).
        "pages": {
            "home": {
                "slug": "accueil",
                "title": "Les jumelages de la ville de Krefeld",
                "intro": (
                    "Actualités, rendez-vous et rencontres autour des jumelages de Krefeld avec "
                    "des villes d’Europe, d’Amérique du Nord et d’Asie."
                ),
            },
            "press_archive": {
                "slug": "communiques",
                "title": "Archives de presse",
                "intro": (
                    "Tous les communiqués de presse sur les jumelages de Krefeld, du plus récent "
                    "au plus ancien."
                ),
            },
            "partner_city_index": {
                "slug": "villes-jumelees",
                "title": "Villes jumelées",
                "intro": (
                    "Krefeld entretient des partenariats avec des villes et des arrondissements "
                    "en Europe, en Amérique du Nord et en Asie."
                ),
            },
            "event_index": {
                "slug": "agenda",
                "title": "Agenda",
                "intro": "Rencontres, réceptions et manifestations avec nos villes jumelées.",
            },
        },
        # Releases naming Dünkirchen among their partner cities.
        "releases": {
            "schuelergruppen-aus-duenkirchen-zu-gast-an-krefelder-schulen": {
                "slug": "des-eleves-de-dunkerque-accueillis-dans-les-ecoles-de-krefeld",
                "title": "Des élèves de Dunkerque accueillis dans les écoles de Krefeld",
                "subtitle": (
                    "Une semaine de cours, de vie en famille d’accueil et de découverte de la "
                    "ville : 48 jeunes de Dunkerque, ville jumelée française de Krefeld, "
                    "partagent le quotidien des écoles de Krefeld"
                ),
                "teaser": (
                    "Pendant une semaine, 48 élèves de Dunkerque suivent les cours de deux écoles "
                    "de Krefeld et sont hébergés dans des familles d’accueil."
                ),
                "image": {
                    "caption": (
                        "Devant le Seidenweber-Gymnasium, les correspondants de Krefeld ont "
                        "accueilli leurs invités venus de Dunkerque."
                    ),
                    "alt": (
                        "Bâtiment scolaire stylisé en brique rouge, avec horloge, drapeau et cour "
                        "de récréation"
                    ),
                },
                "body": [
                    (
                        "paragraph",
                        "Depuis le lundi 11 mars, deux groupes d’élèves de Dunkerque, ville "
                        "jumelée française de Krefeld, sont en visite. Jusqu’au vendredi 15 mars, "
                        "les 48 jeunes du Collège des Dunes suivent les cours du "
                        "Seidenweber-Gymnasium et de la Gesamtschule am Rheinhafen, deux "
                        "établissements secondaires de Krefeld. Ils sont accompagnés de quatre "
                        "enseignants.",
                    ),
                    (
                        "paragraph",
                        "Les jeunes sont hébergés dans les familles de leurs correspondantes et "
                        "correspondants de Krefeld, qui se rendront à leur tour à Dunkerque à "
                        "l’automne. Le matin, ils assistent aux cours ; l’après-midi, des projets "
                        "communs sont au programme : un rallye à travers le centre-ville, une "
                        "visite du Deutsches Textilmuseum (musée allemand du textile) à Linn et "
                        "un après-midi au zoo.",
                    ),
                    ("heading", "Apprendre la langue, nouer des amitiés"),
                    (
                        "paragraph",
                        "Pour beaucoup, c’est le premier séjour prolongé à l’étranger. « En "
                        "cours, je comprends déjà beaucoup plus que lundi », raconte une élève de "
                        "Dunkerque. Son professeur Julien Delattre, qui enseigne l’allemand au "
                        "Collège des Dunes, accompagne l’échange scolaire depuis des années.",
                    ),
                    (
                        "quote",
                        "Après une semaine dans une famille de Krefeld, mes élèves osent "
                        "davantage parler allemand qu’après une année de cours. Et beaucoup "
                        "s’écrivent encore des années plus tard.",
                        "Julien Delattre",
                    ),
                    (
                        "paragraph",
                        "Petra Wiegand, directrice du Seidenweber-Gymnasium, se réjouit du vif "
                        "intérêt côté Krefeld : pour la visite retour, plus de familles se sont "
                        "proposées qu’il n’y a de places. L’Office franco-allemand pour la "
                        "Jeunesse (OFAJ) soutient l’échange par une subvention aux frais de "
                        "voyage et de programme.",
                    ),
                    (
                        "paragraph",
                        "Pour clore la semaine, l’adjointe au maire Anne Lindemann reçoit les "
                        "groupes d’élèves vendredi à l’hôtel de ville. Les jeunes y présentent ce "
                        "que leurs projets leur ont appris sur les villes jumelées – en allemand "
                        "et en français.",
                    ),
                ],
            },
            "50-jahre-staedtepartnerschaft-mit-duenkirchen": {
                "slug": "50-ans-de-jumelage-une-delegation-de-dunkerque-en-fete-a-krefeld",
                "title": "50 ans de jumelage : une délégation de Dunkerque en fête à Krefeld",
                "subtitle": (
                    "Avec une cérémonie à l’hôtel de ville, une fête populaire et une charte de "
                    "jumelage renouvelée, les deux villes célèbrent un demi-siècle d’amitié"
                ),
                "teaser": "",
                "image": {
                    "caption": (
                        "Navires, grues, phare : le port façonne Dunkerque – l’exposition dans le "
                        "hall de l’hôtel de ville l’évoque aussi."
                    ),
                    "alt": (
                        "Port stylisé avec un porte-conteneurs, des grues et un phare rouge et "
                        "blanc"
                    ),
                },
                "body": [
                    (
                        "paragraph",
                        "Un demi-siècle après la naissance de leur jumelage, Krefeld et Dunkerque "
                        "ont fait la fête ensemble. Du vendredi 20 septembre au dimanche 22 "
                        "septembre, une délégation de la ville jumelée française était reçue à "
                        "Krefeld : des membres du conseil municipal et de l’administration, des "
                        "représentantes et représentants de la Communauté urbaine de Dunkerque "
                        "ainsi qu’une trentaine de citoyennes et citoyens du comité de jumelage.",
                    ),
                    ("heading", "Cérémonie à l’hôtel de ville"),
                    (
                        "paragraph",
                        "Point d’orgue de la visite : la cérémonie du samedi 21 septembre à "
                        "l’hôtel de ville. Le maire Frank Meyer et Claire Vandamme, adjointe au "
                        "maire de Dunkerque chargée des relations internationales, ont signé une "
                        "charte de jumelage renouvelée. Les deux villes s’y engagent à développer "
                        "les échanges de jeunes et à coopérer plus étroitement dans les domaines "
                        "de la protection du climat et de la culture.",
                    ),
                    (
                        "quote",
                        "Lorsque nos villes ont fondé leur jumelage en 1974, la guerre était "
                        "terminée depuis moins de trente ans. Aujourd’hui, nous célébrons "
                        "cinquante ans d’amitié – un cadeau que nous voulons transmettre à la "
                        "génération suivante.",
                        "Frank Meyer",
                    ),
                    (
                        "paragraph",
                        "« Si la réconciliation d’alors est devenue une amitié aussi naturelle, "
                        "nous le devons à toutes celles et ceux qui se sont rendu visite pendant "
                        "des décennies », a déclaré le maire Frank Meyer dans son discours. "
                        "Claire Vandamme a rappelé les nombreux groupes d’élèves qui, depuis les "
                        "années soixante-dix, ont fait le trajet entre la côte de la mer du Nord "
                        "et le Rhin inférieur.",
                    ),
                    (
                        "quote",
                        "Cinquante ans, ce n’est pas un point final. Nous voulons que les jeunes "
                        "de Dunkerque et de Krefeld se rendent encore visite dans cinquante ans.",
                        "Claire Vandamme",
                    ),
                    ("heading", "Fête populaire et exposition"),
                    (
                        "paragraph",
                        "Le dimanche, les associations de jumelage des deux villes ont invité le "
                        "public à une fête sur la Von-der-Leyen-Platz, avec de la musique, des "
                        "spécialités du nord de la France et une table de café et de gâteaux à la "
                        "mode du Rhin inférieur. Une exposition de photos et de documents "
                        "retraçant cinq décennies de jumelage est visible dans le hall de l’hôtel "
                        "de ville jusqu’à fin octobre.",
                    ),
                    (
                        "image",
                        "Lors de la fête sur la Von-der-Leyen-Platz, les habitants des deux "
                        "villes ont engagé la conversation.",
                        _PRESS,
                        "Deux mains qui se serrent devant un cercle clair",
                        "handshake",
                    ),
                    (
                        "paragraph",
                        "La visite retour est déjà convenue : une délégation de Krefeld se rendra "
                        "l’an prochain au carnaval de Dunkerque.",
                    ),
                ],
            },
            # Venlo, Leiden, Leicester, Dünkirchen: also in Dutch.
            "jugend-hockeyturnier-der-partnerstaedte": {
                "slug": "tournoi-de-hockey-des-jeunes-des-villes-jumelees",
                "title": (
                    "Tournoi de hockey des jeunes : des équipes de quatre villes jumelées jouent "
                    "à Krefeld"
                ),
                "subtitle": (
                    "Quelque 130 jeunes de Venlo, Leyde, Leicester, Dunkerque et Krefeld "
                    "s’affrontent sur le terrain et font la fête ensemble"
                ),
                "teaser": "",
                "image": {
                    "caption": (
                        "Entre les matchs, il restait du temps pour pique-niquer dans le parc et "
                        "nouer de nouvelles amitiés."
                    ),
                    "alt": "Parc stylisé avec des arbres, une pelouse et un chemin sinueux",
                },
                "body": [
                    (
                        "paragraph",
                        "Le samedi 28 juin et le dimanche 29 juin, Krefeld a vécu au rythme du "
                        "hockey : lors du tournoi international de jeunes des villes jumelées, "
                        "dix équipes de la catégorie des moins de 14 ans (U14) venues de Venlo, "
                        "Leyde, Leicester, Dunkerque et Krefeld se sont affrontées. Le tournoi "
                        "était organisé par le Stadtsportbund Krefeld, l’union sportive de la "
                        "ville, avec des clubs de hockey de Krefeld.",
                    ),
                    (
                        "paragraph",
                        "Le hockey a une longue tradition à Krefeld, et aux Pays-Bas comme en "
                        "Angleterre, il compte parmi les sports collectifs les plus populaires. "
                        "Les matchs se sont joués sur deux terrains en gazon synthétique. En "
                        "finale, une équipe de Leyde s’est imposée de justesse face à une équipe "
                        "de Krefeld.",
                    ),
                    ("heading", "Plus qu’un tournoi"),
                    (
                        "paragraph",
                        "Au-delà des matchs, la rencontre était au cœur de l’événement. Les "
                        "jeunes ont dormi dans des gymnases et dans des familles d’accueil, ont "
                        "partagé un barbecue le samedi soir et ont formé des équipes "
                        "internationales mixtes pour le match amical du dimanche matin.",
                    ),
                    (
                        "quote",
                        "Sur le terrain, tout le monde était adversaire ; autour du barbecue, "
                        "tout le monde était ami. C’est exactement ce que doit être le sport dans "
                        "un jumelage.",
                        "Lukas Beckers",
                    ),
                    (
                        "paragraph",
                        "Lukas Beckers, responsable jeunesse du Stadtsportbund, tire un bilan "
                        "positif : des clubs de Leicester et de Dunkerque se sont déjà portés "
                        "candidats pour accueillir la prochaine édition. Le tournoi a été financé "
                        "par le Kinder- und Jugendplan des Bundes, le programme fédéral allemand "
                        "pour l’enfance et la jeunesse, ainsi que par des dons d’entreprises de "
                        "Krefeld.",
                    ),
                ],
            },
            # All active partner cities: also in English and Dutch.
            "partnerstaedte-kommen-auf-den-krefelder-weihnachtsmarkt": {
                "slug": "les-villes-jumelees-au-marche-de-noel-de-krefeld",
                "title": "Les villes jumelées s’invitent au marché de Noël de Krefeld",
                "subtitle": (
                    "Du 4 au 6 décembre, des associations de jumelage présentent des spécialités "
                    "et de l’artisanat de sept villes jumelées et cherchent des familles "
                    "d’accueil pour l’an prochain"
                ),
                "teaser": "",
                "image": {
                    "caption": (
                        "Un peu des villes jumelées sur le stand : les cercles d’amis se "
                        "réjouissent d’accueillir de nombreux visiteurs."
                    ),
                    "alt": "Deux mains qui se serrent devant un cercle clair",
                },
                "body": [
                    (
                        "paragraph",
                        "Le Spekulatius rencontre la stroopwafel, le vin chaud l’apple cider "
                        "américain : du vendredi 4 décembre au dimanche 6 décembre, les villes "
                        "jumelées de Krefeld se présentent sur leur propre stand au marché de "
                        "Noël. Le chalet des villes jumelées se trouve sur la Dionysiusplatz et "
                        "est ouvert tous les jours de 11 h à 21 h.",
                    ),
                    (
                        "paragraph",
                        "Chaque jour, d’autres associations de jumelage animent le stand. Le "
                        "vendredi, ce sont le Freundeskreis Krefeld–Venlo et la Stichting "
                        "Leiden–Krefeld ; le samedi, le Freundeskreis Krefeld–Leicester et le "
                        "comité de jumelage de Dunkerque ; le dimanche, la Deutsch-Amerikanische "
                        "Gesellschaft (Société germano-américaine), le Partnerschaftsverein "
                        "Krefeld–Oder-Spree et le Deutsch-Türkischer Freundeskreis "
                        "Krefeld–Kayseri.",
                    ),
                    ("heading", "Votre participation est la bienvenue"),
                    (
                        "paragraph",
                        "Vous souhaitez savoir comment on fête le carnaval à Dunkerque ou comment "
                        "se déroule un voyage citoyen à Charlotte ? Au stand, vous obtiendrez des "
                        "informations de première main. Les associations cherchent également des "
                        "familles d’accueil pour les groupes d’élèves qui viendront à Krefeld "
                        "l’an prochain, et accueillent volontiers de nouveaux membres.",
                    ),
                    (
                        "quote",
                        "Le jumelage vit de la participation de chacun. Au stand, on peut "
                        "rencontrer les personnes qui le font vivre depuis des années – et "
                        "peut-être en faire soi-même partie.",
                        "Miriam Lenzen",
                    ),
                    (
                        "paragraph",
                        "« Beaucoup d’habitants de Krefeld ne savent même pas combien de villes "
                        "jumelées nous avons », explique Miriam Lenzen, du Büro für "
                        "internationale Beziehungen (bureau des relations internationales). Le "
                        "produit des ventes sera reversé aux rencontres de jeunes des "
                        "associations de jumelage.",
                    ),
                ],
            },
        },
        # A city's page keeps its German slug in every language, so that ?partnerstadt= filters and
        # feeds name it the same way (demo.translate keeps it).
        "partner_cities": {
            "duenkirchen": {
                "slug": "duenkirchen",
                "title": "Dunkerque",
                "country": "France",
                "region": "Hauts-de-France, département du Nord",
                "languages": [
                    "français",
                ],
                "intro": (
                    "Dunkerque, sur la côte française de la mer du Nord, est jumelée avec Krefeld "
                    "depuis 1974."
                ),
                "description": [
                    "Avec son port maritime, son industrie le long des canaux et la longue plage "
                    "de sable de Malo-les-Bains, la ville portuaire du département du Nord est "
                    "une ville de contrastes. Elle est aussi connue pour son carnaval exubérant, "
                    "qui devrait sembler étrangement familier aux habitants du Rhin inférieur.",
                    "L’amitié franco-allemande est portée avant tout par les écoles, les groupes "
                    "de jeunes et le comité de jumelage. Avec le soutien de l’Office "
                    "franco-allemand pour la Jeunesse, des groupes d’élèves se rendent "
                    "régulièrement visite ; en 2024, les deux villes ont fêté les 50 ans de leur "
                    "jumelage.",
                ],
            },
        },
        # Keyed by the German event's slug; the address stays German unless it holds a word to
        # translate.
        "events": {
            "projektpraesentation-schueleraustausch-duenkirchen-2024": {
                "slug": "echange-scolaire-avec-dunkerque-presentation-des-projets-2024",
                "title": "Échange scolaire avec Dunkerque : présentation des projets",
                "place": "Hôtel de ville de Krefeld",
                "description": [
                    "Pour clore leur semaine d’échange, des élèves de Dunkerque et de Krefeld "
                    "présentent leurs projets sur les villes jumelées, en allemand et en français.",
                ],
            },
            "festakt-50-jahre-duenkirchen": {
                "slug": "ceremonie-50-ans-de-jumelage-krefeld-dunkerque",
                "title": "Cérémonie officielle : 50 ans de jumelage Krefeld–Dunkerque",
                "place": "Hôtel de ville de Krefeld, salle du conseil",
                "description": [
                    "Le maire Frank Meyer et une délégation de Dunkerque renouvellent la charte "
                    "de jumelage. En musique : des élèves des deux villes.",
                    "La cérémonie est ouverte au public ; le nombre de places étant limité, nous "
                    "vous prions de vous inscrire auprès du Büro für internationale Beziehungen "
                    "(bureau des relations internationales).",
                ],
            },
            "jugend-hockeyturnier-der-partnerstaedte-2025": {
                "slug": "tournoi-international-de-hockey-des-jeunes-2025",
                "title": "Tournoi international de hockey des jeunes des villes jumelées",
                "place": "Terrains de hockey du Stadtwald",
                "description": [
                    "Dix équipes U14 de Venlo, Leyde, Leicester, Dunkerque et Krefeld se "
                    "disputent la coupe des villes jumelées. Le public est le bienvenu, l’entrée "
                    "est gratuite.",
                ],
            },
            "partnerstaedte-auf-dem-weihnachtsmarkt-2026": {
                "slug": "les-villes-jumelees-au-marche-de-noel-2026",
                "title": "Les villes jumelées au marché de Noël de Krefeld",
                "place": "Marché de Noël de la Dionysiusplatz",
                "description": [
                    "Pendant trois jours, les associations de jumelage présentent des spécialités "
                    "et de l’artisanat de Venlo, Leicester, Dunkerque, Leyde, Charlotte, de "
                    "l’arrondissement d’Oder-Spree et de Kayseri.",
                    "Au stand, vous trouverez des informations sur les voyages citoyens, les "
                    "échanges scolaires et les familles d’accueil. Le produit des ventes est "
                    "reversé aux rencontres de jeunes des associations.",
                ],
            },
            "neujahrsempfang-der-partnerschaftsvereine-2027": {
                "slug": "reception-du-nouvel-an-des-associations-de-jumelage-2027",
                "title": "Réception du Nouvel An pour les associations de jumelage",
                "place": "Hôtel de ville de Krefeld",
                "description": [
                    "Le maire Frank Meyer remercie les bénévoles qui font vivre les jumelages de "
                    "Krefeld et présente les projets pour 2027.",
                ],
            },
            "infoabend-buergerreise-duenkirchen-2027": {
                "slug": "soiree-d-information-voyage-au-carnaval-de-dunkerque-2027",
                "title": "Soirée d’information : voyage citoyen au carnaval de Dunkerque",
                "place": "Hôtel de ville de Krefeld, salle « Raum der Begegnung »",
                "description": [
                    "Le comité de jumelage présente le voyage citoyen au carnaval de Dunkerque : "
                    "programme, hébergement en familles d’accueil et coût.",
                    "La participation à la soirée d’information est gratuite et sans inscription.",
                ],
            },
            "tag-der-partnerstaedte-2027": {
                "slug": "journee-des-villes-jumelees-2027",
                "title": "Journée des villes jumelées sur la Theaterplatz",
                "place": "Theaterplatz",
                "description": [
                    "Musique, cuisine et animations participatives de toutes les villes jumelées. "
                    "Écoles, associations et cercles d’amis présentent leurs rencontres.",
                    "À 15 h, des ensembles des écoles de musique de Leyde et de Krefeld joueront "
                    "ensemble.",
                ],
            },
        },
    },
    # Dutch: Venlo and Leiden.
    "nl": {
        # The start page and its three sections (German titles and intros in demo.loader).
        "pages": {
            "home": {
                "slug": "startpagina",
                "title": "Stedenbanden van de stad Krefeld",
                "intro": (
                    "Nieuws, evenementen en ontmoetingen uit de stedenbanden van Krefeld met "
                    "steden in Europa, Noord-Amerika en Azië."
                ),
            },
            "press_archive": {
                "slug": "persberichten",
                "title": "Persarchief",
                "intro": "Alle persberichten over de stedenbanden van Krefeld, de nieuwste eerst.",
            },
            "partner_city_index": {
                "slug": "partnersteden",
                "title": "Partnersteden",
                "intro": (
                    "Krefeld onderhoudt partnerschappen met steden en districten in Europa, "
                    "Noord-Amerika en Azië."
                ),
            },
            "event_index": {
                "slug": "agenda",
                "title": "Agenda",
                "intro": "Ontmoetingen, recepties en evenementen met onze partnersteden.",
            },
        },
        # Releases naming Venlo or Leiden among their partner cities.
        "releases": {
            "museen-aus-krefeld-und-venlo-planen-gemeinsame-ausstellungen": {
                "slug": "musea-uit-krefeld-en-venlo-plannen-gezamenlijke-tentoonstellingen",
                "title": "Musea uit Krefeld en Venlo plannen gezamenlijke tentoonstellingen",
                "subtitle": (
                    "De Kunstmuseen Krefeld en het Museum van Bommel van Dam spreken een "
                    "tentoonstellingsreeks en een museumnacht over de grens heen af"
                ),
                "teaser": (
                    "De Kunstmuseen Krefeld en het Museum van Bommel van Dam in Venlo willen "
                    "vanaf 2027 samen tentoonstellingen presenteren. Tijdens een werkbijeenkomst "
                    "in Venlo hebben de teams de eerste plannen gesmeed."
                ),
                "image": {
                    "caption": (
                        "Zuilen, banieren, publiek: de musea van beide steden willen elkaars "
                        "collecties laten zien."
                    ),
                    "alt": (
                        "Gestileerde museumgevel met zuilen, een timpaan en twee "
                        "tentoonstellingsbanieren"
                    ),
                },
                "body": [
                    (
                        "paragraph",
                        "Twee dagen lang, op donderdag 23 januari en vrijdag 24 januari, zaten "
                        "conservatoren en educatiemedewerkers van de Kunstmuseen Krefeld en het "
                        "Museum van Bommel van Dam in Venlo om de tafel. Het resultaat van deze "
                        "museumwerkplaats: beide musea willen vanaf het voorjaar van 2027 een "
                        "reeks gezamenlijke tentoonstellingen presenteren, afwisselend in Krefeld "
                        "en in Venlo.",
                    ),
                    (
                        "paragraph",
                        "De aftrap moet een tentoonstelling over design en alledaagse cultuur aan "
                        "de Nederrijn en in Limburg worden. Beide musea brengen daarvoor werken "
                        "uit hun collecties in die in het andere land tot nu toe zelden of nooit "
                        "te zien waren. Er komen tweetalige teksten bij de werken en "
                        "rondleidingen in het Duits en het Nederlands.",
                    ),
                    ("heading", "Een museumnacht over de grens"),
                    (
                        "paragraph",
                        "Daarnaast spraken de teams een grensoverschrijdende museumnacht af: op "
                        "één avond moeten bezoekers met één enkel ticket de musea in beide steden "
                        "kunnen bezoeken, verbonden door een pendelbus. De musea onderzoeken of "
                        "het plan een subsidie kan krijgen uit het kleineprojectenfonds van de "
                        "euregio rijn-maas-noord.",
                    ),
                    (
                        "quote",
                        "Tussen onze musea ligt nog geen dertig kilometer, maar de collecties "
                        "kennen elkaar vaak nauwelijks. Daar willen we verandering in brengen – "
                        "voor ons publiek en voor onszelf.",
                        "Dr. Lea Vorsteher",
                    ),
                    (
                        "paragraph",
                        "Dr. Lea Vorsteher, conservator van de Kunstmuseen Krefeld, ziet in de "
                        "samenwerking ook een kans om nieuwe groepen bezoekers te bereiken. Haar "
                        "collega Niels Peeters van het Museum van Bommel van Dam vult aan: ‘Veel "
                        "Venlonaren winkelen in Krefeld, maar onze musea bezoeken ze tot nu toe "
                        "zelden. Een gezamenlijke reeks kan daar verandering in brengen.’",
                    ),
                    (
                        "paragraph",
                        "De stedenband tussen Krefeld en Venlo bestaat sinds 1964 en is daarmee "
                        "de oudste van Krefeld. Vóór de zomer willen de twee musea hun plannen "
                        "concreet maken en daarna samen subsidie aanvragen.",
                    ),
                ],
            },
            "krefelder-ensembles-feiern-in-leiden-45-jahre-partnerschaft": {
                "slug": "krefeldse-ensembles-vieren-in-leiden-45-jaar-stedenband",
                "title": (
                    "Muziek voor het jubileum: Krefeldse ensembles vieren in Leiden 45 jaar "
                    "stedenband"
                ),
                "subtitle": (
                    "Jeugdorkest en jeugdkoor van de muziekschool treden op tijdens Leidens "
                    "Ontzet – de muziekscholen van beide partnersteden spreken een vaste "
                    "uitwisseling af"
                ),
                "teaser": "",
                "image": {
                    "caption": "Een avond aan de grachten: het silhouet van partnerstad Leiden.",
                    "alt": "Gestileerd stadssilhouet met een kerktoren aan het water",
                },
                "body": [
                    (
                        "paragraph",
                        "Met muziek hebben Krefeld en Leiden het 45-jarig bestaan van hun "
                        "stedenband gevierd. Zo’n zestig jonge musici van het jeugdsymfonieorkest "
                        "en het jeugdkoor van de Musikschule Krefeld, de muziekschool van de "
                        "stad, reisden op woensdag 2 oktober naar de Nederlandse partnerstad en "
                        "traden op donderdag 3 oktober op tijdens het grote stadsfeest van "
                        "Leidens Ontzet.",
                    ),
                    (
                        "paragraph",
                        "Elk jaar op 3 oktober staat Leiden stil bij het einde van het Spaanse "
                        "beleg in 1574. De hele stad viert dan feest met optochten, muziek en de "
                        "traditionele stamppot hutspot. Dat deze dag samenvalt met de Duitse "
                        "nationale feestdag, was voor beide steden aanleiding voor een "
                        "gezamenlijk concert in de Pieterskerk.",
                    ),
                    ("heading", "Een uitwisseling tussen de muziekscholen"),
                    (
                        "paragraph",
                        "In de marge van het concert spraken de muziekscholen van beide steden "
                        "een vaste uitwisseling af: vanaf volgend jaar gaan ensembles uit Leiden "
                        "en Krefeld om beurten in de andere stad repeteren en optreden. Sanne de "
                        "Wit, die bij de gemeente Leiden de stedenbanden coördineert, ziet daarin "
                        "een kans om meer jongeren bij de stedenband te betrekken.",
                    ),
                    (
                        "quote",
                        "Muziek heeft geen vertaling nodig. Als jongeren uit Leiden en Krefeld "
                        "samen op het podium staan, ontstaat er vanzelf vriendschap.",
                        "Sanne de Wit",
                    ),
                    (
                        "paragraph",
                        "Namens de stad Krefeld bracht locoburgemeester Anne Lindemann de "
                        "felicitaties van de gemeenteraad over. ‘Sinds 1974 verbindt ons een "
                        "partnerschap dat wordt gedragen door verenigingen, scholen en culturele "
                        "makers’, zei ze in de Pieterskerk. De muziekschool bedankt de "
                        "gastgezinnen in Leiden, die de jonge gasten twee nachten hebben "
                        "opgevangen.",
                    ),
                ],
            },
            "krefeld-und-venlo-vergleichen-ihre-klimaschutzkonzepte": {
                "slug": "krefeld-en-venlo-vergelijken-hun-klimaatplannen",
                "title": "Krefeld en Venlo vergelijken hun klimaatplannen",
                "subtitle": (
                    "Deskundigen uit beide partnersteden wisselen ervaringen uit over de weg naar "
                    "klimaatneutraliteit – van warmteplanning tot groene daken"
                ),
                "teaser": (
                    "Welke maatregelen werken, welke komen niet van de grond? Klimaatdeskundigen "
                    "uit Venlo en Krefeld hebben tijdens een workshop hun klimaatplannen naast "
                    "elkaar gelegd."
                ),
                "image": {
                    "caption": (
                        "Groen in plaats van grijs: parken en groene daken spelen in beide "
                        "klimaatplannen een belangrijke rol."
                    ),
                    "alt": "Gestileerd park met bomen, een vijver, een bloemenweide en een pad",
                },
                "body": [
                    (
                        "paragraph",
                        "Beide steden willen klimaatneutraal worden, beide hebben daarvoor een "
                        "plan opgesteld – en beide stuiten bij de uitvoering op vergelijkbare "
                        "hindernissen. Daarom kwamen klimaatdeskundigen uit Venlo en Krefeld op "
                        "woensdag 14 september in het stadhuis van Krefeld bijeen voor een "
                        "workshop van een hele dag, om hun klimaatplannen met elkaar te "
                        "vergelijken.",
                    ),
                    (
                        "paragraph",
                        "Klimaatmanager Dr. Katrin Aldenhoven van de stad Krefeld liet zien hoe "
                        "de stad haar klimaatplan heeft onderbouwd met doelen voor gebouwen, "
                        "verkeer en energie. Ruud Janssen, klimaatcoördinator van de gemeente "
                        "Venlo, vertelde over de Nederlandse ervaringen met warmtenetten en met "
                        "wijken die stap voor stap van het aardgas af moeten.",
                    ),
                    ("heading", "Over de grens van elkaar leren"),
                    (
                        "quote",
                        "In Nederland plannen we het afscheid van het aardgas wijk voor wijk. "
                        "Daarbij hebben we geleerd dat je de bewoners vroeg moet meenemen – "
                        "anders strandt zelfs het beste plan.",
                        "Ruud Janssen",
                    ),
                    (
                        "paragraph",
                        "In werkgroepen spraken de deelnemers over subsidieregelingen voor groene "
                        "daken en zonnepanelen, over fietsroutes voor forenzen tussen beide "
                        "steden en over de omgang met hitte in dichtbebouwde wijken. Bijzondere "
                        "belangstelling ging uit naar de gemeentelijke warmteplanning, die in "
                        "Duitsland op dit moment wordt voorbereid en in Nederland al praktijk is.",
                    ),
                    (
                        "paragraph",
                        "‘Onze klimaatplannen lijken meer op elkaar dan we dachten’, zegt Dr. "
                        "Katrin Aldenhoven. ‘We willen voortaan twee keer per jaar ervaringen "
                        "uitwisselen en gezamenlijke projecten ontwikkelen, bijvoorbeeld voor het "
                        "fietsverkeer over de grens.’",
                    ),
                    (
                        "paragraph",
                        "De uitwisseling maakt deel uit van de samenwerking die Krefeld en Venlo "
                        "sinds 1964 binnen hun stedenband onderhouden. De volgende bijeenkomst "
                        "staat in het voorjaar in Venlo gepland.",
                    ),
                ],
            },
            # Venlo, Leiden, Leicester, Dünkirchen: also in French.
            "jugend-hockeyturnier-der-partnerstaedte": {
                "slug": "jeugdhockeytoernooi-teams-uit-vier-partnersteden-spelen-in-krefeld",
                "title": "Jeugdhockeytoernooi: teams uit vier partnersteden spelen in Krefeld",
                "subtitle": (
                    "Zo’n 130 jongeren uit Venlo, Leiden, Leicester, Duinkerke en Krefeld nemen "
                    "het op het veld tegen elkaar op en vieren samen feest"
                ),
                "teaser": "",
                "image": {
                    "caption": (
                        "Tussen de wedstrijden door was er tijd voor een picknick in het park en "
                        "nieuwe vriendschappen."
                    ),
                    "alt": "Gestileerd park met bomen, een grasveld en een slingerend pad",
                },
                "body": [
                    (
                        "paragraph",
                        "Op zaterdag 28 juni en zondag 29 juni stond Krefeld in het teken van het "
                        "hockey: tijdens het internationale jeugdtoernooi van de partnersteden "
                        "speelden tien teams in de leeftijdscategorie onder 14 jaar (U14) uit "
                        "Venlo, Leiden, Leicester, Duinkerke en Krefeld tegen elkaar. Het "
                        "toernooi werd georganiseerd door de Stadtsportbund Krefeld, de "
                        "stedelijke sportkoepel, samen met Krefeldse hockeyclubs.",
                    ),
                    (
                        "paragraph",
                        "Hockey heeft in Krefeld een lange traditie, en ook in Nederland en "
                        "Engeland hoort de sport bij de populairste teamsporten. Er werd gespeeld "
                        "op twee kunstgrasvelden. In de finale won een team uit Leiden nipt van "
                        "een team uit Krefeld.",
                    ),
                    ("heading", "Meer dan een toernooi"),
                    (
                        "paragraph",
                        "Naast de wedstrijden stond de ontmoeting centraal. De jongeren "
                        "overnachtten in sporthallen en bij gastgezinnen, barbecueden op "
                        "zaterdagavond samen en vormden bij de vriendschappelijke wedstrijd op "
                        "zondagochtend gemengde internationale teams.",
                    ),
                    (
                        "quote",
                        "Op het veld was iedereen tegenstander, bij de barbecue was iedereen "
                        "vriend. Precies zo hoort sport in een stedenband te zijn.",
                        "Lukas Beckers",
                    ),
                    (
                        "paragraph",
                        "Lukas Beckers, jeugdcoördinator bij de Stadtsportbund, kijkt tevreden "
                        "terug: clubs uit Leicester en Duinkerke hebben zich al aangemeld als "
                        "gastheer voor de volgende editie. Het toernooi werd gefinancierd uit het "
                        "Kinder- und Jugendplan des Bundes, het Duitse federale jeugdprogramma, "
                        "en met giften van Krefeldse bedrijven.",
                    ),
                ],
            },
            # All active partner cities: also in English and French.
            "partnerstaedte-kommen-auf-den-krefelder-weihnachtsmarkt": {
                "slug": "de-partnersteden-komen-naar-de-kerstmarkt-van-krefeld",
                "title": "De partnersteden komen naar de kerstmarkt van Krefeld",
                "subtitle": (
                    "Van 4 tot en met 6 december presenteren partnerschapsverenigingen "
                    "lekkernijen en ambachten uit zeven partnersteden en zoeken ze gastgezinnen "
                    "voor volgend jaar"
                ),
                "teaser": "",
                "image": {
                    "caption": (
                        "Een stukje partnerstad in de kraam: de vriendenkringen kijken uit naar "
                        "veel bezoekers."
                    ),
                    "alt": "Twee handen in een handdruk voor een lichte cirkel",
                },
                "body": [
                    (
                        "paragraph",
                        "Speculaas ontmoet stroopwafel, glühwein ontmoet apple cider: van vrijdag "
                        "4 december tot en met zondag 6 december presenteren de partnersteden van "
                        "Krefeld zich met een eigen kraam op de kerstmarkt. Het huisje van de "
                        "partnersteden staat op de Dionysiusplatz en is dagelijks geopend van "
                        "11.00 tot 21.00 uur.",
                    ),
                    (
                        "paragraph",
                        "Elke dag verzorgen andere partnerschapsverenigingen het aanbod. Op "
                        "vrijdag zijn de Freundeskreis Krefeld–Venlo en de Stichting "
                        "Leiden–Krefeld te gast, op zaterdag de Freundeskreis Krefeld–Leicester "
                        "en het jumelagecomité uit Duinkerke, op zondag de Deutsch-Amerikanische "
                        "Gesellschaft, de Partnerschaftsverein Krefeld–Oder-Spree en de "
                        "Deutsch-Türkischer Freundeskreis Krefeld–Kayseri.",
                    ),
                    ("heading", "Meedoen is welkom"),
                    (
                        "paragraph",
                        "Wilt u weten hoe men in Duinkerke carnaval viert of hoe een burgerreis "
                        "naar Charlotte verloopt? Bij de kraam krijgt u informatie uit de eerste "
                        "hand. De verenigingen zoeken bovendien gastgezinnen voor groepen "
                        "scholieren die volgend jaar naar Krefeld komen, en verwelkomen graag "
                        "nieuwe leden.",
                    ),
                    (
                        "quote",
                        "Een stedenband leeft van mensen die meedoen. Bij de kraam kunt u "
                        "kennismaken met de mensen die de stedenband al jaren dragen – en "
                        "misschien zelf een van hen worden.",
                        "Miriam Lenzen",
                    ),
                    (
                        "paragraph",
                        "‘Veel Krefelders weten niet eens hoeveel partnersteden we hebben’, zegt "
                        "Miriam Lenzen van het Büro für internationale Beziehungen (bureau voor "
                        "internationale betrekkingen). De opbrengst van de verkoop komt ten goede "
                        "aan de jongerenuitwisselingen van de partnerschapsverenigingen.",
                    ),
                ],
            },
        },
        # A city's page keeps its German slug in every language, so that ?partnerstadt= filters and
        # feeds name it the same way (demo.translate keeps it).
        "partner_cities": {
            "venlo": {
                "slug": "venlo",
                "title": "Venlo",
                "country": "Nederland",
                "region": "Provincie Limburg",
                "languages": [
                    "Nederlands",
                ],
                "intro": (
                    "Venlo ligt aan de Maas, op een half uur rijden van Krefeld, en is de oudste "
                    "partnerstad van Krefeld."
                ),
                "description": [
                    "De stad in de Nederlandse provincie Limburg is een knooppunt voor handel en "
                    "logistiek tussen de Noordzeehavens en het Rijn-Ruhrgebied. Tegelijk bepalen "
                    "de tuinbouw, een levendige binnenstad met het renaissancestadhuis en de "
                    "Maasoever het beeld van de stad.",
                    "Sinds 1964 verbindt Krefeld en Venlo een stedenband die leeft van het "
                    "dagelijks leven in de grensregio: forenzen, verenigingen, scholen en musea "
                    "werken over de grens heen samen, vaak met steun van de euregio "
                    "rijn-maas-noord.",
                    "De afgelopen jaren zijn klimaatbeleid en cultuur speerpunten geworden – van "
                    "de uitwisseling van ervaringen over de klimaatplannen van beide steden tot "
                    "gezamenlijke tentoonstellingsplannen van de musea.",
                ],
            },
            "leiden": {
                "slug": "leiden",
                "title": "Leiden",
                "country": "Nederland",
                "region": "Provincie Zuid-Holland",
                "languages": [
                    "Nederlands",
                ],
                "intro": (
                    "De universiteitsstad Leiden in Zuid-Holland is sinds 1974 met Krefeld "
                    "verbonden."
                ),
                "description": [
                    "Leiden heeft de oudste universiteit van Nederland, een door grachten "
                    "doorsneden binnenstad en talrijke musea. Elk jaar op 3 oktober viert de stad "
                    "met Leidens Ontzet het einde van het Spaanse beleg van 1574 – met haring, "
                    "wittebrood, hutspot en een groot volksfeest.",
                    "Tussen Krefeld en Leiden bestaan nauwe contacten op het gebied van cultuur "
                    "en bestuur. Koren, muziekscholen en verenigingen bezoeken elkaar, en "
                    "deskundigen uit beide steden wisselen ervaringen uit over stedelijke "
                    "ontwikkeling en klimaatadaptatie.",
                ],
            },
        },
        # Keyed by the German event's slug; the address stays German unless it holds a word to
        # translate.
        "events": {
            "konzert-zu-leidens-ontzet-2019": {
                "slug": "jubileumconcert-van-de-musikschule-krefeld-in-leiden-2019",
                "title": "Jubileumconcert van de Musikschule Krefeld in Leiden",
                "place": "Pieterskerk, Leiden",
                "address": "Pieterskerkhof, Leiden, Nederland",
                "description": [
                    "Het jeugdsymfonieorkest en het jeugdkoor van de Musikschule Krefeld spelen "
                    "ter gelegenheid van het 45-jarig bestaan van de stedenband tijdens het "
                    "stadsfeest van Leidens Ontzet.",
                ],
            },
            "jugend-hockeyturnier-der-partnerstaedte-2025": {
                "slug": "internationaal-jeugdhockeytoernooi-van-de-partnersteden-2025",
                "title": "Internationaal jeugdhockeytoernooi van de partnersteden",
                "place": "Hockeyvelden in het Stadtwald",
                "description": [
                    "Tien U14-teams uit Venlo, Leiden, Leicester, Duinkerke en Krefeld spelen om "
                    "de beker van de partnersteden. Toeschouwers zijn welkom, de toegang is "
                    "gratis.",
                ],
            },
            "partnerstaedte-auf-dem-weihnachtsmarkt-2026": {
                "slug": "de-partnersteden-op-de-kerstmarkt-van-krefeld-2026",
                "title": "De partnersteden op de kerstmarkt van Krefeld",
                "place": "Kerstmarkt op de Dionysiusplatz",
                "description": [
                    "Drie dagen lang presenteren de partnerschapsverenigingen lekkernijen en "
                    "ambachten uit Venlo, Leicester, Duinkerke, Leiden, Charlotte, de Landkreis "
                    "Oder-Spree en Kayseri.",
                    "Bij de kraam krijgt u informatie over burgerreizen, scholierenuitwisselingen "
                    "en gastgezinnen. De opbrengst komt ten goede aan de jongerenuitwisselingen "
                    "van de verenigingen.",
                ],
            },
            "neujahrsempfang-der-partnerschaftsvereine-2027": {
                "slug": "nieuwjaarsreceptie-voor-de-partnerschapsverenigingen-2027",
                "title": "Nieuwjaarsreceptie voor de partnerschapsverenigingen",
                "place": "Stadhuis van Krefeld",
                "description": [
                    "Burgemeester Frank Meyer bedankt de vrijwilligers die de stedenbanden van "
                    "Krefeld dragen en presenteert de plannen voor 2027.",
                ],
            },
            "ausstellungseroeffnung-krefeld-venlo-2027": {
                "slug": "opening-tentoonstelling-krefeld-venlo-2027",
                "title": (
                    "Opening van de tentoonstelling: design en dagelijks leven tussen Nederrijn "
                    "en Limburg"
                ),
                "place": "Kunstmuseen Krefeld, Kaiser Wilhelm Museum",
                "description": [
                    "De eerste gezamenlijke tentoonstelling van de Kunstmuseen Krefeld en het "
                    "Museum van Bommel van Dam toont design en alledaagse cultuur uit beide "
                    "regio’s.",
                    "Bij de opening spreken de conservatoren van beide musea; er rijdt een "
                    "pendelbus vanuit Venlo.",
                ],
            },
            "tag-der-partnerstaedte-2027": {
                "slug": "dag-van-de-partnersteden-2027",
                "title": "Dag van de partnersteden op de Theaterplatz",
                "place": "Theaterplatz",
                "description": [
                    "Muziek, eten en activiteiten om aan mee te doen uit alle partnersteden. "
                    "Scholen, verenigingen en vriendenkringen presenteren hun uitwisselingen.",
                    "Om 15.00 uur spelen ensembles van de muziekscholen uit Leiden en Krefeld "
                    "samen.",
                ],
            },
        },
    },
}
