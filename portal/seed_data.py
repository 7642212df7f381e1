"""The demo account's fixed facts: company, sites, machine models, people and places. `portal.seed` rolls the dice."""

from __future__ import annotations

from dataclasses import dataclass

COMPANY_NAME = "Nordlys Regnskap AS"
ORG_NUMBER = "916482736"  # passes the modulus-11 check (domain.org_number)
ACCOUNT_DETAILS = {"billing_street": "Postboks 1450 Vika", "billing_postcode": "0116", "billing_city": "Oslo",
                   "visiting_street": "Karl Johans gate 22", "visiting_postcode": "0159", "visiting_city": "Oslo",
                   "phone": "+47 22 33 44 55", "main_contact": "Anne Admin",
                   "invoice_email": "faktura@nordlys-regnskap.no"}
DEMO_PASSWORD = "demo1234"

# (key, name, address, postcode, city)
SITES = [
    ("oslo", "Hovedkontor Oslo", "Karl Johans gate 22", "0159", "Oslo"),
    ("bergen", "Bergen", "Strandkaien 2", "5013", "Bergen"),
    ("trondheim", "Trondheim", "Munkegata 26", "7011", "Trondheim"),
]
MACHINES_PER_SITE = {"oslo": 18, "bergen": 12, "trondheim": 10}

# (email, name, role)
USERS = [
    ("admin@example.no", "Anne Admin", "admin"),
    ("kari@example.no", "Kari Nordmann", "customer"),
    ("ola@example.no", "Ola Hansen", "customer"),
]
# which sites each customer's machines come from, and how many
ASSIGNED = {"kari@example.no": (("oslo",), 10), "ola@example.no": (("bergen", "trondheim"), 9)}


@dataclass(frozen=True)
class Model:
    name: str
    family: str
    counters: tuple[tuple[str, str], ...]
    volume: tuple[int, int]  # normal monthly volume range of the total counter
    serial: str  # format: "#" a digit, "@" an upper-case letter, anything else as is
    count: int


MONO = (("total", "Total"),)
COLOUR = (("total", "Total"), ("bw", "Black/white"), ("colour", "Colour"))
LARGE = (("total", "Total"), ("large_format_m2", "Large format (m²)"))

MODELS = [
    Model("Canon imageRUNNER ADVANCE DX C5840i", "A3 colour MFP", COLOUR, (6_000, 15_000), "3QE#####", 12),
    Model("Ricoh IM C3000", "A3 colour MFP", COLOUR, (3_000, 8_000), "3109R######", 10),
    Model("Kyocera ECOSYS M3655idn", "A4 mono MFP", MONO, (1_500, 5_000), "RVK#######", 8),
    Model("HP LaserJet Enterprise M611dn", "A4 mono printer", MONO, (800, 4_000), "CNB@@#####", 7),
    Model("HP DesignJet T1700", "Large format printer", LARGE, (150, 600), "SG##@#####", 3),
]

BUILDINGS = ["Bygg A", "Bygg B", "Hovedbygget", "Tilbygget"]
ROOMS = ["kopirom", "ved resepsjonen", "ved kantina", "åpent landskap", "møterom Fjord", "arkivet", "ekspedisjonen",
         "lønnsavdelingen", "postrommet"]

COST_CENTRES = {"oslo": ["4100 Administrasjon", "4200 Regnskap", "4300 Salg"], "bergen": ["5100 Bergen"],
                "trondheim": ["6100 Trondheim", "6200 Lager"]}
"""Per site, the cost centres its machines are booked to (the seed goes round them)."""

CONTACTS = [
    ("Kari Nordmann", "kari@example.no"),
    ("Ola Hansen", "ola@example.no"),
    ("Ingrid Berg", "ingrid.berg@nordlysregnskap.no"),
    ("Lars Johansen", "lars.johansen@nordlysregnskap.no"),
    ("Sofie Haugen", "sofie.haugen@nordlysregnskap.no"),
    ("Magnus Olsen", "magnus.olsen@nordlysregnskap.no"),
    ("Nora Lien", "nora.lien@nordlysregnskap.no"),
]

RESPONSE_TIMES = (4, 8, 16)
BILLING_CYCLES = ("monthly", "monthly", "quarterly")
HISTORY_MONTHS = 24
ESTIMATED_SHARE = 0.06
