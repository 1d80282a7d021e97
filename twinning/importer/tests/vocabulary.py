"""The Krefeld vocabulary the linking tests use, as the records would provide it."""

from __future__ import annotations

from pathlib import Path

from twinning.importer.parsing.linking import Vocabulary

FIXTURES = Path(__file__).parent / "fixtures"

KREFELD = Vocabulary(
    partner_cities=[
        ("Venlo", ["venlo"]),
        ("Leicester", ["leicester"]),
        ("Dünkirchen", ["Dunkerque", "Dunkirk", "duenkirchen"]),
        ("Leiden", ["leiden"]),
        ("Charlotte", ["charlotte"]),
        ("Landkreis Oder-Spree", ["Oder-Spree", "landkreis-oder-spree"]),
        ("Uljanowsk", ["Ulyanovsk", "Ульяновск", "uljanowsk"]),
        ("Kayseri", ["kayseri"]),
    ],
    people=[
        ("Frank Meyer", ["Oberbürgermeister Meyer"]),
        ("Karin Meincke", []),
    ],
    organisations=[
        ("Hochschule Niederrhein", ["HSNR"]),
        ("Deutscher Städtetag", []),
        ("Auswärtiges Amt", []),
    ],
    topics=[
        ("Mobilität", ["Radverkehr", "Radweg", "Verkehr"]),
        ("Schule", ["Schüleraustausch", "Schulpartnerschaft", "Gymnasium"]),
        ("Hochschule", ["Studierende", "Universität"]),
        ("Wirtschaft", ["Unternehmen", "Wirtschaftsförderung", "Handelskammer"]),
        ("Kultur", ["Ausstellung", "Chor", "Museum"]),
        ("Klimaschutz", ["Klima", "klimafreundlich"]),
        ("Smart City", ["Digitalisierung"]),
    ],
    home_city=["Krefeld"],
)
