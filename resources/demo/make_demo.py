#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/demo/demo.ijson, Commonplace's fictional demo dataset.

Every organisation, person, company, outlet, address, source and researcher in this file
is invented. The story (foreign funders -> intermediaries -> local groups, opaque routes
through shell companies, litigation, disinformation) follows patterns documented in public
research on the anti-rights movement, but none of the actors exists.

Usage:  python3 resources/demo/make_demo.py [--out PATH] [--check-only]

The output is deterministic (fixed seed, hand-written story data plus generated payments).
validate() checks the result against resources/model/model.json and
resources/taxonomy/default.json before anything is written.
"""

import argparse
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MODEL_PATH = os.path.join(ROOT, "resources", "model", "model.json")
TAXONOMY_PATH = os.path.join(ROOT, "resources", "taxonomy", "default.json")
DEFAULT_OUT = os.path.join(HERE, "demo.ijson")

SEED = 20240501
rng = random.Random(SEED)

NOTE_TEXT = "FICTIONAL DEMO DATA — every name here is invented"

# --------------------------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------------------------

ENTITIES = {}  # id -> {"id", "schema", "properties"}
ORDER = []  # output order of entity ids
CITES = {}  # entity id -> [source keys]; the first one is the source of the entity's values


def add(eid, schema, **props):
    if eid in ENTITIES:
        raise SystemExit(f"duplicate entity id {eid}")
    properties = {}
    for name, value in props.items():
        if value is None:
            continue
        values = value if isinstance(value, (list, tuple)) else [value]
        values = [str(v) for v in values if v is not None and str(v) != ""]
        if values:
            properties[name] = values
    ENTITIES[eid] = {"id": eid, "schema": schema, "properties": properties}
    ORDER.append(eid)
    return eid


def cite(eid, *source_keys):
    CITES.setdefault(eid, [])
    for key in source_keys:
        if key not in CITES[eid]:
            CITES[eid].append(key)


add("demo-note-fictional", "Note",
    name=NOTE_TEXT,
    description=NOTE_TEXT,
    summary=("This dataset ships with Commonplace to show how the workbench is used. "
             "All organisations, people, companies, addresses, payments, sources and findings "
             "in it are invented; any resemblance to real actors is coincidental."))


def address(slug, street, city, country, postal=None, region=None, full=None):
    eid = f"demo-addr-{slug}"
    if full is None:
        if country == "us":
            full = f"{street}, {city}, {region} {postal}"
        elif country in ("gb", "br", "mx", "ph"):
            full = ", ".join(x for x in (street, city, region, postal) if x)
        else:
            full = ", ".join(x for x in (street, " ".join(p for p in (postal, city) if p)) if x)
    add(eid, "Address", full=full, street=street, city=city, postalCode=postal,
        region=region, country=country)
    return eid


def org(slug, name, country, schema="Organization", prefix="demo-org-", **props):
    return add(prefix + slug, schema, name=name, country=country, **props)


def company(slug, name, country, **props):
    props.setdefault("jurisdiction", country)
    return org(slug, name, country, schema="Company", prefix="demo-co-", **props)


def public_body(slug, name, country, **props):
    return org(slug, name, country, schema="PublicBody", prefix="demo-pb-", **props)


def person(slug, name, **props):
    return add("demo-per-" + slug, "Person", name=name, **props)


# --- addresses ------------------------------------------------------------------------------

A = {}
for slug, street, city, country, postal, region in [
    ("cedar-hollow", "1200 Larkspur Avenue, Suite 400", "Wichita", "us", "67202", "Kansas"),
    ("bellweather", "88 Quarry Row, 12th Floor", "Dallas", "us", "75201", "Texas"),
    ("greystone", "1013 Brandywine Court, Suite 3", "Wilmington", "us", "19808", "Delaware"),
    ("covenant-stewardship", "455 Fellowship Drive", "Tulsa", "us", "74103", "Oklahoma"),
    ("prairie-light", "459 Fellowship Drive", "Tulsa", "us", "74103", "Oklahoma"),
    ("hfai", "1717 Whitlock Street NW, Suite 900", "Washington", "us", "20036", "District of Columbia"),
    ("covenant-bridge", "300 Sumner Parkway", "Arlington", "us", "22201", "Virginia"),
    ("pldf", "62 Liberty Bell Court", "Scottsdale", "us", "85251", "Arizona"),
    ("lanterngate", "14 Coldharbour Mews", "Oxford", "gb", "OX2 6QT", None),
    ("ashford-centre", "3 Ashford Chambers, Micklegate", "York", "gb", "YO1 6JX", None),
    ("pokrov", "ул. Покровка, д. 41, стр. 2", "Москва", "ru", "105062", None),
    ("zolotaya-niva", "ул. Элеваторная, д. 7", "Краснодар", "ru", "350015", None),
    ("meridian", "Torre Ágata, Piso 17, Calle 53 Este", "Panamá", "pa", None, None),
    ("kallisto", "Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ΄ 155, 2ος όροφος", "Λεμεσός", "cy", "3026", None),
    ("amber-gate", "Vana-Lõuna 39/1-14", "Tallinn", "ee", "10134", None),
    ("kotwica", "ul. Świętojerska 12 lok. 4", "Warszawa", "pl", "00-236", None),
    ("rodzina", "ul. Długa 17", "Kraków", "pl", "31-147", None),
    ("morning-star", "Hajnal utca 8.", "Budapest", "hu", "1052", None),
    ("hu-office", "Kálvin tér 6.", "Budapest", "hu", "1091", None),
    ("eaff", "Rue du Marteau 21", "Bruxelles", "be", "1000", None),
    ("georgian-union", "ვაჟა-ფშაველას გამზ. 71", "თბილისი", "ge", "0186", None),
    ("pahn", "Mwangaza House, 4th Floor, Argwings Kodhek Road", "Nairobi", "ke", "00100", None),
    ("khpc", "Plot 22, Ngong Road, Kilimani", "Nairobi", "ke", "00100", None),
    ("mlinzi", "Oginga Odinga Street, Imani Plaza, Room 9", "Kisumu", "ke", "40100", None),
    ("hearthlight", "Baraka Studios, Mombasa Road", "Nairobi", "ke", "00500", None),
    ("tumaini", "Tom Mboya Street, Hope Centre", "Nairobi", "ke", "00100", None),
    ("ucfi", "Plot 9, Kira Road, Kamwokya", "Kampala", "ug", None, None),
    ("ug-commission", "Parliament Avenue, Commission House", "Kampala", "ug", None, None),
    ("hearthkeepers", "14 Asafoatse Nettey Road, Osu", "Accra", "gh", None, None),
    ("abusua-pa", "Ahodwo Roundabout, Adum Villa 3", "Kumasi", "gh", None, None),
    ("lar-tradicao", "Rua Conselheiro Brotero, 1100, sala 82", "São Paulo", "br", "01232-010", "SP"),
    ("voz-do-lar", "Avenida Presidente Vargas, 3131, 9º andar", "Rio de Janeiro", "br", "20210-031", "RJ"),
    ("ancora", "SCS Quadra 2, Bloco C, sala 415", "Brasília", "br", "70302-905", "DF"),
    ("raices", "Calle Río Nazas 150, Col. Cuauhtémoc", "Ciudad de México", "mx", "06500", "CDMX"),
    ("semilla", "Av. Constitución 2050 Pte., Col. Centro", "Monterrey", "mx", "64000", "Nuevo León"),
    ("custodia", "Av. Vallarta 1525, Col. Americana", "Guadalajara", "mx", "44160", "Jalisco"),
    ("tahanan", "24 Sampaguita Street, Barangay Kapitolyo", "Pasig", "ph", "1603", "Metro Manila"),
    ("kera-media", "დავით აღმაშენებლის გამზ. 150", "თბილისი", "ge", "0112", None),
    ("marlow", "19 Hawthorne Lane", "Falls Church", "us", "22046", "Virginia"),
    ("veselov", "Рублёво-Успенское шоссе, пос. Жуковка, д. 54", "Одинцово", "ru", "143082", None),
]:
    A[slug] = address(slug, street, city, country, postal, region)

# --- organisations abroad (funders) ---------------------------------------------------------

CEDAR = org("cedar-hollow-foundation", "Cedar Hollow Foundation", "us",
            legalForm="501(c)(3) private foundation", incorporationDate="1987-04-22",
            registrationNumber="EIN 00-4417023", website="https://cedarhollow.example.org",
            addressEntity=A["cedar-hollow"],
            description="Private grant-making foundation endowed by the Ashcombe family.")
CSF = org("covenant-stewardship-fund", "Covenant Stewardship Fund", "us",
          alias=["CSF Donor Advised Fund Program"],
          legalForm="501(c)(3) public charity (donor-advised fund sponsor)",
          incorporationDate="2003-09-02", registrationNumber="EIN 00-7719554",
          website="https://stewardship.example.org", addressEntity=A["covenant-stewardship"],
          description="Church-linked sponsor of donor-advised funds; donors recommend grants "
                      "without being named in its public filings.")
PRAIRIE = org("prairie-light-fellowship", "Prairie Light Fellowship of Churches", "us",
              legalForm="Church association", incorporationDate="1979",
              addressEntity=A["prairie-light"], website="https://prairielight.example.org")
BELLWEATHER = company("bellweather-capital", "Bellweather Capital Partners LLC", "us",
                      legalForm="Limited liability company (family office)",
                      incorporationDate="1998-01-15", registrationNumber="TX-0801744512",
                      addressEntity=A["bellweather"])
GREYSTONE = company("greystone-advisory", "Greystone Advisory LLC", "us",
                    legalForm="Limited liability company", incorporationDate="2013-11-04",
                    registrationNumber="DE-5528130", addressEntity=A["greystone"],
                    description="Delaware LLC with no staff and no website; registered agent address.")
HFAI = org("heritage-family-alliance", "Heritage Family Alliance International", "us",
           alias=["HFAI", "Heritage Family Alliance", "Alianza Internacional Herencia Familiar",
                  "Międzynarodowy Sojusz Dziedzictwa Rodziny"],
           legalForm="501(c)(3) public charity", incorporationDate="2001-06-11",
           registrationNumber="EIN 00-2290871", website="https://hfai.example.org",
           addressEntity=A["hfai"],
           description="International advocacy organisation with programmes in Africa, "
                       "Latin America, Europe and Asia, and a UN advocacy office.")
CBI = org("covenant-bridge-institute", "Covenant Bridge Institute", "us",
          legalForm="501(c)(3) public charity", incorporationDate="2009-02-27",
          registrationNumber="EIN 00-6640219", website="https://covenantbridge.example.org",
          addressEntity=A["covenant-bridge"],
          description="Think tank that runs the 'Bridge Fellows' training programme and "
                      "regrants to partner organisations abroad.")
PLDF = org("parental-liberty-defense-fund", "Parental Liberty Defense Fund", "us",
           alias=["PLDF"], legalForm="501(c)(3) public charity", incorporationDate="2011-08-19",
           registrationNumber="EIN 00-3381760", website="https://pldf.example.org",
           addressEntity=A["pldf"],
           description="Litigation organisation with an 'allied attorneys' network abroad.")
LANTERNGATE = org("lanterngate-trust", "Lanterngate Trust", "gb",
                  legalForm="Registered charity (trust)", incorporationDate="1994",
                  registrationNumber="Charity No. 0000371", addressEntity=A["lanterngate"])
ASHFORD = org("ashford-centre", "Ashford Centre for Family Studies", "gb",
              alias=["ACFS"], legalForm="Company limited by guarantee",
              incorporationDate="2016-10-03", registrationNumber="00095512",
              website="https://ashfordcentre.example.org", addressEntity=A["ashford-centre"],
              description="Publishes the 'Journal of Family Outcomes'; not peer reviewed.")
POKROV = org("pokrov-traditions", "Pokrov Traditions Charitable Foundation", "ru",
             alias=["Благотворительный фонд «Покровские традиции»", "Fond Pokrovskie Traditsii",
                    "Pokrovskie Traditsii"],
             legalForm="Благотворительный фонд", incorporationDate="2010-10-14",
             registrationNumber="ОГРН 0000000104417", addressEntity=A["pokrov"])
NIVA = company("zolotaya-niva", "Zolotaya Niva Agroholding JSC", "ru",
               alias=["АО «Золотая Нива»", "AO Zolotaya Niva"],
               legalForm="Акционерное общество", incorporationDate="2002-03-05",
               registrationNumber="ИНН 0000231904", addressEntity=A["zolotaya-niva"])
MORNING_STAR = org("morning-star-families", "Hajnalcsillag Családokért Alapítvány", "hu",
                   alias=["Morning Star Foundation for Families", "Hajnalcsillag Alapítvány"],
                   legalForm="Alapítvány", incorporationDate="2015-05-18",
                   registrationNumber="01-01-0012345", addressEntity=A["morning-star"])
KOTWICA = org("kotwica-institute", "Instytut Prawny Kotwica", "pl",
              alias=["Kotwica Institute for Law and Family", "Kotwica Legal Institute",
                     "Институт «Котвица»"],
              legalForm="Fundacja", incorporationDate="2012-12-03",
              registrationNumber="KRS 0000998877", website="https://kotwica.example.org",
              addressEntity=A["kotwica"])

# --- shells and intermediaries abroad -----------------------------------------------------

MERIDIAN = company("meridian-veritas", "Meridian Veritas Holdings S.A.", "pa",
                   legalForm="Sociedad anónima", incorporationDate="2016-11-29",
                   registrationNumber="Folio 000155920", addressEntity=A["meridian"])
KALLISTO = company("kallisto-nominees", "Kallisto Nominees Ltd", "cy",
                   alias=["Καλλιστώ Νόμινις Λτδ", "Kallisto Nominees Limited"],
                   legalForm="Private company limited by shares", incorporationDate="2008-06-12",
                   registrationNumber="HE 000231145", addressEntity=A["kallisto"],
                   description="Corporate services provider acting as nominee shareholder and "
                               "director for client companies.")
AMBER = company("amber-gate-consulting", "Amber Gate Consulting OÜ", "ee",
                legalForm="Osaühing", incorporationDate="2017-08-21",
                registrationNumber="00144871", addressEntity=A["amber-gate"])
HU_OFFICE = public_body("hu-demographic-office", "Nemzeti Demográfiai Megújulás Hivatala", "hu",
                        alias=["National Office for Demographic Renewal"],
                        incorporationDate="2017-01-01", addressEntity=A["hu-office"])
EAFF = org("euro-atlantic-family-forum", "Euro-Atlantic Family Forum", "be",
           alias=["EAFF", "Forum Euro-Atlantique de la Famille"],
           legalForm="AISBL", incorporationDate="2013-04-09",
           registrationNumber="BCE 0000.512.774", website="https://eaff.example.org",
           addressEntity=A["eaff"])
CAUCUS = org("interparliamentary-family-caucus", "Inter-Parliamentary Family Caucus", None,
             legalForm="Informal network", incorporationDate="2015",
             description="Network of legislators and advisers convened at HFAI conferences.")

# --- regional hubs and local groups -----------------------------------------------------------

PAHN = org("pan-african-hearth-network", "Pan-African Hearth Network", "ke",
           alias=["PAHN", "Mtandao wa Familia Afrika"], legalForm="Non-governmental organisation",
           incorporationDate="2015-07-01", registrationNumber="OP.218/051/15-0044/9912",
           website="https://hearthnetwork.example.org", addressEntity=A["pahn"])
KHPC = org("kenya-heritage-parents", "Kenya Heritage Parents' Coalition", "ke",
           alias=["KHPC"], legalForm="Society", incorporationDate="2014-03-12",
           registrationNumber="SOC/00417", addressEntity=A["khpc"])
MLINZI = org("mlinzi-wa-familia", "Mlinzi wa Familia Trust", "ke",
             alias=["Guardian of the Family Trust"], legalForm="Trust",
             incorporationDate="2013-09-30", addressEntity=A["mlinzi"])
TUMAINI = org("tumaini-pregnancy-care", "Tumaini Pregnancy Care Centres", "ke",
              legalForm="Company limited by guarantee", incorporationDate="2012-05-14",
              addressEntity=A["tumaini"])
UCFI = org("uganda-covenant-families", "Uganda Covenant Families Initiative", "ug",
           alias=["UCFI"], legalForm="Non-governmental organisation",
           incorporationDate="2013-02-18", addressEntity=A["ucfi"])
UG_COMMISSION = public_body("ug-family-integrity-commission",
                            "National Commission on Family Integrity", "ug",
                            incorporationDate="2019-11-01", addressEntity=A["ug-commission"])
HEARTHKEEPERS = org("ghana-hearthkeepers", "Ghana Hearthkeepers Alliance", "gh",
                    legalForm="Company limited by guarantee", incorporationDate="2016-01-20",
                    addressEntity=A["hearthkeepers"])
ABUSUA = org("abusua-pa-foundation", "Abusua Pa Foundation", "gh",
             legalForm="Company limited by guarantee", incorporationDate="2017-06-08",
             addressEntity=A["abusua-pa"])
LAR = org("lar-e-tradicao", "Associação Lar e Tradição", "br",
          alias=["Associacao Lar e Tradicao", "ALT"], legalForm="Associação privada",
          incorporationDate="2011-10-10", registrationNumber="CNPJ 00.417.552/0001-90",
          addressEntity=A["lar-tradicao"])
ANCORA = org("instituto-ancora", "Instituto Âncora da Família", "br",
             legalForm="Associação privada", incorporationDate="2018-02-02",
             registrationNumber="CNPJ 00.861.903/0001-12", addressEntity=A["ancora"])
RAICES = org("instituto-raices", "Instituto Raíces de Familia, A.C.", "mx",
             alias=["Instituto Raíces", "Raices de Familia"], legalForm="Asociación civil",
             incorporationDate="2012-08-15", registrationNumber="RFC IRF120815XX0",
             website="https://raices.example.org", addressEntity=A["raices"])
SEMILLA = org("frente-semilla-de-vida", "Frente Ciudadano Semilla de Vida", "mx",
              legalForm="Asociación civil", incorporationDate="2016-04-25",
              addressEntity=A["semilla"])
CUSTODIA = org("red-juridica-custodia", "Red Jurídica Custodia", "mx",
               legalForm="Asociación civil", incorporationDate="2015-11-12",
               addressEntity=A["custodia"])
RODZINA = org("rodzina-na-strazy", "Stowarzyszenie Rodzina na Straży", "pl",
              alias=["Family on Guard Association"], legalForm="Stowarzyszenie",
              incorporationDate="2016-09-01", registrationNumber="KRS 0000655443",
              addressEntity=A["rodzina"])
GEO_UNION = org("georgian-hearth-union", "Georgian Union for Hearth and Faith", "ge",
                alias=["საქართველოს კერისა და რწმენის კავშირი", "Грузинский союз очага и веры"],
                legalForm="Non-entrepreneurial (non-commercial) legal entity",
                incorporationDate="2013-05-26", registrationNumber="00404551122",
                addressEntity=A["georgian-union"])
TAHANAN = org("tahanan-coalition", "Tahanan at Pananampalataya Coalition", "ph",
              alias=["Home and Faith Coalition"], legalForm="Non-stock corporation",
              incorporationDate="2017-03-19", registrationNumber="CN 00170321",
              addressEntity=A["tahanan"])

# --- media outlets --------------------------------------------------------------------------

HEARTHLIGHT = company("hearthlight-media", "Hearthlight Media Ltd", "ke",
                      legalForm="Private limited company", incorporationDate="2016-11-02",
                      registrationNumber="PVT-00HL7Q2", website="https://hearthlight.example.com",
                      addressEntity=A["hearthlight"])
VOZ = company("voz-do-lar", "Voz do Lar Comunicações Ltda.", "br",
              legalForm="Sociedade limitada", incorporationDate="2015-06-30",
              registrationNumber="CNPJ 00.773.118/0001-45", website="https://vozdolar.example.com",
              addressEntity=A["voz-do-lar"])
KOTWICA_MEDIA = company("kotwica-media", "Kotwica Media sp. z o.o.", "pl",
                        legalForm="Spółka z ograniczoną odpowiedzialnością",
                        incorporationDate="2019-04-11", registrationNumber="KRS 0000781122",
                        website="https://kotwica-media.example.com",
                        addressEntity=A["kotwica"])
KERA = company("kera-media", "Kera Media LLC", "ge",
               alias=["შპს კერა მედია", "ООО «Кера Медиа»"], legalForm="Limited liability company",
               incorporationDate="2018-02-14", registrationNumber="00405987711",
               website="https://kera.example.com", addressEntity=A["kera-media"])
VERDAD = company("verdad-y-familia", "Verdad y Familia Digital, S.A. de C.V.", "mx",
                 legalForm="Sociedad anónima de capital variable", incorporationDate="2019-09-09",
                 registrationNumber="RFC VFD190909XX1", website="https://verdadyfamilia.example.com",
                 addressEntity=A["semilla"])

# --- people ---------------------------------------------------------------------------------

MARLOW = person("sarah-j-marlow", "Sarah J. Marlow",
                alias=["Sarah Jane Marlow", "Сара Марлоу"], firstName="Sarah", lastName="Marlow",
                nationality="us", country="us", birthDate="1974-08-09", gender="female",
                position="President, Heritage Family Alliance International",
                addressEntity=A["marlow"])
GORDON = person("gordon-t-ashcombe", "Gordon T. Ashcombe", firstName="Gordon", lastName="Ashcombe",
                nationality="us", country="us", birthDate="1946-02-17", gender="male",
                position="Managing member, Bellweather Capital Partners")
ELEANOR = person("eleanor-ashcombe-reyes", "Eleanor Ashcombe-Reyes",
                 alias=["Eleanor Ashcombe"], nationality="us", country="us",
                 birthDate="1971-12", gender="female", position="President, Cedar Hollow Foundation")
PHILIP = person("philip-ashcombe", "Philip Ashcombe", nationality="us", country="us",
                birthDate="1975", gender="male", position="Manager, Greystone Advisory LLC")
CARROW = person("dwight-l-carrow", "Dwight L. Carrow", alias=["Rev. Dwight Carrow"],
                nationality="us", country="us", birthDate="1958", gender="male",
                position="Presiding elder, Prairie Light Fellowship of Churches")
CLINE = person("matthew-r-cline", "Matthew R. Cline", nationality="us", country="us",
               birthDate="1969-05-30", gender="male", position="President, Covenant Bridge Institute")
HOLLISTER = person("bradley-k-hollister", "Bradley K. Hollister", nationality="us", country="us",
                   birthDate="1977", gender="male", position="Chief counsel, Parental Liberty Defense Fund")
LINDQVIST = person("hannah-lindqvist-moore", "Hannah Lindqvist-Moore", nationality="us",
                   country="us", gender="female", position="UN advocacy officer")
PRUETT = person("raymond-pruett", "Dr. Raymond Pruett", alias=["Raymond A. Pruett"],
                nationality="us", country="gb", birthDate="1962", gender="male",
                position="Research director, Ashford Centre for Family Studies")
WHITCOMBE = person("margaret-whitcombe", "Margaret Whitcombe", nationality="gb", country="gb",
                   gender="female", position="Chair of trustees, Lanterngate Trust")
VESELOV = person("arkady-veselov", "Arkady Petrovich Veselov",
                 alias=["Аркадий Петрович Веселов", "Arkadiy Veselov", "A. P. Veselov"],
                 firstName="Arkady", lastName="Veselov", nationality="ru", country="ru",
                 birthDate="1963-03-11", gender="male",
                 position="Founder, Pokrov Traditions Charitable Foundation",
                 addressEntity=A["veselov"])
MARINA = person("marina-veselova", "Marina Veselova", alias=["Марина Веселова", "Marina Vesselova"],
                nationality="ru", country="ee", birthDate="1981", gender="female")
ZVYAGINTSEV = person("igor-zvyagintsev", "Igor Zvyagintsev", alias=["Игорь Звягинцев", "Igor Zviagintsev"],
                     nationality="ru", country="ru", gender="male",
                     position="Executive secretary, Pokrov Traditions Charitable Foundation")
KYRIAKOU = person("andreas-kyriakou", "Andreas Kyriakou", alias=["Ανδρέας Κυριάκου"],
                  nationality="cy", country="cy", birthDate="1966", gender="male",
                  position="Nominee director")
PAPADOPOULOU = person("elena-papadopoulou-markou", "Elena Papadopoulou-Markou",
                      alias=["Έλενα Παπαδοπούλου-Μάρκου"], nationality="cy", country="cy",
                      gender="female", position="Company secretary")
HADDAD = person("karim-haddad", "Karim Haddad", alias=["كريم حداد", "Karim Hadad"],
                nationality="lb", country="pa", birthDate="1972", gender="male",
                position="Director, Meridian Veritas Holdings S.A.")
SALEM = person("nadia-farouk-salem", "Nadia Farouk Salem", alias=["نادية فاروق سالم", "Nadia F. Salem"],
               nationality="eg", country="ke", gender="female",
               position="Media strategist, Africa and Middle East")
WIERZBICKI = person("tomasz-wierzbicki", "Tomasz Wierzbicki", alias=["Томаш Вежбицкий"],
                    nationality="pl", country="pl", birthDate="1980-01-24", gender="male",
                    position="President of the board, Instytut Prawny Kotwica")
DABROWSKA = person("agnieszka-dabrowska-zak", "Agnieszka Dąbrowska-Żak",
                   alias=["Agnieszka Dabrowska-Zak"], nationality="pl", country="pl",
                   gender="female", position="President, Stowarzyszenie Rodzina na Straży")
KERTESZ = person("zsofia-kertesz-halmi", "Zsófia Kertész-Halmi", alias=["Zsofia Kertesz-Halmi"],
                 nationality="hu", country="hu", birthDate="1978", gender="female",
                 position="Chair, Hajnalcsillag Családokért Alapítvány")
VANDENBERGHE = person("luc-vandenberghe", "Luc Vandenberghe", nationality="be", country="be",
                      gender="male", position="Secretary-general, Euro-Atlantic Family Forum")
BERIDZE = person("levan-beridze", "Levan Beridze", alias=["ლევან ბერიძე", "Леван Беридзе"],
                 nationality="ge", country="ge", birthDate="1975-10-02", gender="male",
                 position="Chairman, Georgian Union for Hearth and Faith")
WAFULA = person("daniel-otieno-wafula", "Rev. Daniel Otieno Wafula",
                alias=["Daniel O. Wafula", "Daniel Wafula Otieno"], nationality="ke", country="ke",
                birthDate="1968", gender="male",
                position="Chairman, Kenya Heritage Parents' Coalition")
ODHIAMBO = person("grace-achieng-odhiambo", "Grace Achieng Odhiambo",
                  alias=["Grace A. Odhiambo", "Grace Odhiambo-Wafula"], nationality="ke",
                  country="ke", birthDate="1976-04-15", gender="female",
                  position="Executive director, Pan-African Hearth Network")
NJOROGE = person("peter-kamau-njoroge", "Peter Kamau Njoroge", nationality="ke", country="ke",
                 gender="male", position="Managing director, Hearthlight Media Ltd")
KARIUKI = person("esther-wanjiru-kariuki", "Esther Wanjiru Kariuki", nationality="ke",
                 country="ke", gender="female", position="Director, Tumaini Pregnancy Care Centres")
NSUBUGA = person("joseph-kiggundu-nsubuga", "Pastor Joseph Kiggundu Nsubuga",
                 alias=["Joseph K. Nsubuga"], nationality="ug", country="ug", birthDate="1971",
                 gender="male", position="Founder, Uganda Covenant Families Initiative")
NAMUTEBI = person("harriet-namutebi", "Harriet Namutebi", nationality="ug", country="ug",
                  gender="female", position="Commissioner, National Commission on Family Integrity")
ASANTE = person("kwabena-asante-boateng", "Kwabena Asante-Boateng", nationality="gh",
                country="gh", gender="male", position="National coordinator, Ghana Hearthkeepers Alliance")
MENSAH = person("abena-serwaa-mensah", "Abena Serwaa Mensah", nationality="gh", country="gh",
                gender="female", position="Executive director, Abusua Pa Foundation")
BRANDAO = person("marcia-conceicao-brandao", "Márcia Conceição Brandão",
                 alias=["Marcia Conceicao Brandao", "Márcia Brandão Sá"], nationality="br",
                 country="br", birthDate="1970-07-07", gender="female",
                 position="Presidente, Associação Lar e Tradição")
SA = person("joao-vitor-albuquerque-sa", "João Vítor Albuquerque Sá",
            alias=["Joao Vitor Albuquerque Sa"], nationality="br", country="br", gender="male",
            position="Administrador, Voz do Lar Comunicações Ltda.")
GUEDES = person("rafael-monteiro-guedes", "Rafael Monteiro Guedes", nationality="br",
                country="br", gender="male", position="Diretor, Instituto Âncora da Família")
ZARATE = person("jose-ignacio-zarate-olvera", "José Ignacio Zárate Olvera",
                alias=["Jose Ignacio Zarate", "J. Ignacio Zárate"], nationality="mx", country="mx",
                birthDate="1973-02-28", gender="male",
                position="Director general, Instituto Raíces de Familia")
IBARRA = person("lucia-fernanda-ibarra-penaloza", "Lucía Fernanda Ibarra Peñaloza",
                alias=["Lucia Ibarra Penaloza"], nationality="mx", country="mx", gender="female",
                position="Coordinadora, Red Jurídica Custodia")
ARRIAGA = person("guadalupe-arriaga-montes", "Guadalupe Arriaga Montes", nationality="mx",
                 country="mx", gender="female", position="Vocera, Frente Ciudadano Semilla de Vida")
VILLALUZ = person("ma-teresa-villaluz-dizon", "Ma. Teresa Villaluz-Dizon",
                  alias=["Maria Teresa Villaluz-Dizon", "Tess Dizon"], nationality="ph",
                  country="ph", gender="female", position="Convenor, Tahanan at Pananampalataya Coalition")

# --- relationships --------------------------------------------------------------------------

_counters = {}


def _next(kind):
    _counters[kind] = _counters.get(kind, 0) + 1
    return f"demo-{kind}-{_counters[kind]:03d}"


def directorship(director, organization, role, start=None, end=None, src=None):
    eid = add(_next("dir"), "Directorship", director=director, organization=organization,
              role=role, startDate=start, endDate=end)
    if src:
        cite(eid, *([src] if isinstance(src, str) else src))
    return eid


def membership(member, organization, role=None, start=None, end=None, src=None):
    eid = add(_next("mem"), "Membership", member=member, organization=organization, role=role,
              startDate=start, endDate=end)
    if src:
        cite(eid, *([src] if isinstance(src, str) else src))
    return eid


def employment(employee, employer, role, start=None, end=None, src=None):
    eid = add(_next("emp"), "Employment", employee=employee, employer=employer, role=role,
              startDate=start, endDate=end)
    if src:
        cite(eid, *([src] if isinstance(src, str) else src))
    return eid


def ownership(owner, asset, percentage, start=None, end=None, kind=None, src=None):
    eid = add(_next("own"), "Ownership", owner=owner, asset=asset, percentage=percentage,
              startDate=start, endDate=end, ownershipType=kind)
    if src:
        cite(eid, *([src] if isinstance(src, str) else src))
    return eid


def family(person_, relative, relationship, src=None):
    eid = add(_next("fam"), "Family", person=person_, relative=relative, relationship=relationship)
    if src:
        cite(eid, *([src] if isinstance(src, str) else src))
    return eid


def associate(person_, other, relationship, start=None, src=None):
    eid = add(_next("assoc"), "Associate", person=person_, associate=other,
              relationship=relationship, startDate=start)
    if src:
        cite(eid, *([src] if isinstance(src, str) else src))
    return eid


def link(subject, obj, role, start=None, src=None):
    eid = add(_next("link"), "UnknownLink", subject=subject, object=obj, role=role, startDate=start)
    if src:
        cite(eid, *([src] if isinstance(src, str) else src))
    return eid


# --------------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------------

SOURCES = []  # (key, record)
S = {}  # key -> "demo-src-NNN"


def source(key, title, publisher, published, reliability, credibility, sensitivity="public",
           url=None, retrieved=None, notes=None):
    sid = f"demo-src-{len(SOURCES) + 1:03d}"
    rec = {"record": "source", "id": sid, "title": title}
    if url:
        rec["url"] = url
    rec.update({"publisher": publisher, "published": published, "reliability": reliability,
                "credibility": credibility, "sensitivity": sensitivity})
    if retrieved:
        rec["retrieved"] = retrieved
    if notes:
        rec["notes"] = notes
    SOURCES.append((key, rec))
    S[key] = sid
    return sid


FILINGS = "https://filings.example.org/990/"
for key, title, year, url in [
    ("ch990_a", "Cedar Hollow Foundation, Form 990-PF, tax years 2014-2016", "2017-11-15", "cedar-hollow-2014-2016"),
    ("ch990_b", "Cedar Hollow Foundation, Form 990-PF, tax years 2017-2019", "2020-11-13", "cedar-hollow-2017-2019"),
    ("ch990_c", "Cedar Hollow Foundation, Form 990-PF, tax years 2020-2023, with the 2024 grant list", "2024-11-12", "cedar-hollow-2020-2024"),
    ("hfai990_a", "Heritage Family Alliance International, Form 990 with Schedule F, 2014-2019", "2020-11-16", "hfai-2014-2019"),
    ("hfai990_c", "Heritage Family Alliance International, Form 990 with Schedule F, 2020-2023, with the 2024 grant list", "2024-11-15", "hfai-2020-2024"),
    ("cbi990_a", "Covenant Bridge Institute, Form 990, 2014-2023", "2024-11-15", "covenant-bridge-2014-2023"),
    ("pldf990", "Parental Liberty Defense Fund, Form 990 with Schedule F, 2016-2023", "2024-11-15", "pldf-2016-2023"),
]:
    grade = ("B", "1") if key.startswith(("ch", "hfai")) else ("B", "2")
    source(key, title, "US Internal Revenue Service (via a filings archive)", year, *grade,
           url=FILINGS + url, retrieved="2025-01-20",
           notes="Self-reported by the filer; Schedule F gives foreign grants by region only, "
                 "grantee names come from the attached grant lists.")
source("csf_list", "Covenant Stewardship Fund, published grant list 2015-2023",
       "Covenant Stewardship Fund", "2024-03-01", "B", "2",
       url="https://stewardship.example.org/grants", retrieved="2024-06-02")
source("csf_leak", "Greystone Advisory LLC ledger extracts and 'Hollow Creek Fund' statements at Covenant Stewardship Fund, 2014-2022 (leaked)",
       "anonymous leak, verified by the research team", "2022-08-30", "C", "2", "internal",
       notes="The ledger shows capital contributions from Bellweather Capital Partners and "
             "contributions to Covenant Stewardship Fund, nothing else. The fund statements list "
             "Greystone as the only contributing account and grant recommendations to HFAI. "
             "Metadata checked; two figures match the public grant list.")
source("lanterngate", "Lanterngate Trust, annual reports and accounts 2014-2023",
       "UK charity register (fictional mirror)", "2024-07-30", "A", "2",
       url="https://charities.example.org/0000371/accounts")
source("pokrov_ar", "Pokrov Traditions: annual reports 2014-2016 (Russian)",
       "Pokrov Traditions Charitable Foundation", "2017-04-30", "C", "3",
       url="https://pokrov.example.net/otchety")
source("ru_moj", "Reports of non-profit organisations to the Ministry of Justice: Pokrov Traditions, 2014-2019",
       "NGO reporting portal (fictional mirror)", "2020-05-15", "B", "2",
       url="https://nko-reports.example.net/pokrov")
source("bank_leak", "Kallisto Nominees files: Meridian Veritas and Kallisto bank statements 2017-2023 and client correspondence (leaked)",
       "anonymous leak shared with the coalition", "2023-09-12", "B", "3", "internal",
       notes="Transaction-level statements in USD and EUR and e-mails with a Panamanian law firm. "
             "Account holders confirmed through registry extracts; originator of the leak unknown "
             "to the team.")
source("cy_registry", "Cyprus company registry extracts: Kallisto Nominees Ltd and related companies",
       "Registrar of Companies (fictional mirror)", "2023-02-10", "A", "1",
       url="https://registry.example.net/cy/HE000231145")
source("pa_registry", "Panama public registry extract: Meridian Veritas Holdings S.A.",
       "Registro Público (fictional mirror)", "2022-06-21", "A", "1",
       url="https://registry.example.net/pa/000155920")
source("ee_registry", "Estonian business register extract: Amber Gate Consulting OÜ",
       "Business register (fictional mirror)", "2023-01-17", "A", "1",
       url="https://registry.example.net/ee/00144871")
source("ke_registry", "Kenya companies and NGO registry extracts: Hearthlight Media Ltd, Pan-African Hearth Network",
       "Business registration service (fictional mirror)", "2021-05-04", "A", "2",
       url="https://registry.example.net/ke/hearthlight")
source("br_cnpj", "Brazilian CNPJ records: Voz do Lar Comunicações Ltda. and Associação Lar e Tradição",
       "Receita Federal (fictional mirror)", "2019-02-18", "A", "1",
       url="https://registry.example.net/br/cnpj-voz-do-lar")
source("pl_krs", "KRS extracts: Instytut Prawny Kotwica, Kotwica Media, Rodzina na Straży",
       "National Court Register (fictional mirror)", "2022-01-09", "A", "1",
       url="https://registry.example.net/pl/krs-kotwica")
source("ge_registry", "Georgian public registry extracts: Kera Media LLC, Georgian Union for Hearth and Faith",
       "Public registry (fictional mirror)", "2021-03-22", "A", "1",
       url="https://registry.example.net/ge/kera-media")
source("mx_registry", "Mexican commercial registry extract: Verdad y Familia Digital, S.A. de C.V.",
       "Registro Público de Comercio (fictional mirror)", "2022-08-01", "A", "2",
       url="https://registry.example.net/mx/verdad-y-familia")
source("us_registry", "Delaware and Texas business filings: Greystone Advisory LLC, Bellweather Capital Partners LLC",
       "State business registries (fictional mirror)", "2022-09-14", "A", "1",
       url="https://registry.example.net/us/greystone-advisory")
source("pahn_ar_a", "Pan-African Hearth Network annual reports 2015-2018", "Pan-African Hearth Network",
       "2019-03-29", "B", "3", url="https://hearthnetwork.example.org/reports/2015-2018.pdf")
source("pahn_ar_c", "Pan-African Hearth Network annual reports 2019-2023", "Pan-African Hearth Network",
       "2024-04-02", "B", "2", url="https://hearthnetwork.example.org/reports/2019-2023.pdf")
source("pahn_minutes", "Pan-African Hearth Network board minutes 2016-2019 (leaked)",
       "former staff member", "2020-01-15", "B", "2", "internal",
       notes="Eleven sets of minutes; signatures compared with registry filings.")
source("kotwica_fs", "Instytut Prawny Kotwica, financial statements 2017-2022",
       "Instytut Prawny Kotwica (filed with the court register)", "2023-07-01", "B", "2",
       url="https://kotwica.example.org/sprawozdania")
source("morning_star_ar", "Hajnalcsillag Családokért Alapítvány, beszámolók 2017-2023",
       "Hajnalcsillag Családokért Alapítvány", "2024-05-31", "B", "2",
       url="https://registry.example.net/hu/hajnalcsillag-beszamolok")
source("hu_grants", "Grant decisions of the National Office for Demographic Renewal 2018-2024",
       "Nemzeti Demográfiai Megújulás Hivatala", "2024-12-20", "A", "1",
       url="https://grants.example.net/hu/demografia")
source("eaff_ar", "Euro-Atlantic Family Forum, activity reports 2017-2023 and EU transparency register entry",
       "Euro-Atlantic Family Forum", "2024-02-15", "B", "3",
       url="https://eaff.example.org/about/reports")
source("raices_ar", "Instituto Raíces de Familia, informes anuales 2015-2023",
       "Instituto Raíces de Familia", "2024-04-30", "C", "3",
       url="https://raices.example.org/transparencia")
source("ke_court", "High Court of Kenya, constitutional petition on sexuality education guidelines, pleadings and ruling",
       "Kenya Law (fictional mirror)", "2018-06-29", "A", "1",
       url="https://courts.example.net/ke/petition-2017-114")
source("ug_court", "Constitutional Court of Uganda, petition and interveners' briefs, Family Integrity Act",
       "Uganda Legal Information Institute (fictional mirror)", "2022-05-19", "A", "1",
       url="https://courts.example.net/ug/constitutional-petition-2021-07")
source("mx_court", "Amparo en revisión against the Mexico City abortion services protocol, case file",
       "Suprema Corte (fictional mirror)", "2019-04-10", "A", "1",
       url="https://courts.example.net/mx/amparo-2018-5521")
source("br_court", "Amicus curiae brief of Associação Lar e Tradição in the decriminalisation case",
       "Supremo Tribunal Federal (fictional mirror)", "2019-02-26", "A", "1",
       url="https://courts.example.net/br/adpf-amicus-lar-tradicao")
source("gh_court", "Supreme Court of Ghana, writ and interveners' statements of case",
       "Ghana Legal Information Institute (fictional mirror)", "2023-02-07", "A", "1",
       url="https://courts.example.net/gh/writ-j1-2023-04")
source("art_equator", "'The pipeline: how American money reaches Kenya's family-values groups'",
       "The Equator Review", "2019-09-03", "B", "2",
       url="https://equator-review.example.com/investigations/the-pipeline")
source("art_equator_2", "'Inside the clinic that is not a clinic'", "The Equator Review",
       "2020-10-21", "B", "2", url="https://equator-review.example.com/investigations/tumaini")
source("art_kurier", "'Konsulting z Tallina. Skąd Kotwica ma pieniądze?'", "Kurier Śledczy",
       "2018-06-19", "B", "3", url="https://kurier-sledczy.example.com/kotwica-tallin")
source("art_tbilisi", "'From Moscow via Limassol: the money behind Kera Media'", "Tbilisi Open Desk",
       "2021-04-28", "B", "2", url="https://opendesk-tbilisi.example.com/kera-money")
source("art_tbilisi_2", "'The foreign agents bill and its Polish template'", "Tbilisi Open Desk",
       "2023-08-15", "C", "2", url="https://opendesk-tbilisi.example.com/template")
source("art_mirante", "'A voz da família: quem controla a rádio do movimento'", "Revista Mirante",
       "2019-03-12", "B", "2", url="https://revistamirante.example.com/voz-do-lar")
source("art_kampala", "'Who wrote the Family Integrity Bill?'", "Kampala Ledger", "2018-01-30",
       "C", "3", url="https://kampala-ledger.example.com/family-integrity-bill")
source("art_accra", "'Clergy, cash and the family values bill'", "Accra Watch", "2019-10-08",
       "C", "3", url="https://accrawatch.example.com/clergy-cash")
source("art_manila", "'Caravans for the family: the coalition against the equality bill'",
       "Manila Inquest", "2021-09-14", "B", "3", url="https://manila-inquest.example.com/caravans")
source("art_mx", "'Semilla de Vida y la iniciativa ciudadana en Nuevo León'", "Animal Fiscal",
       "2020-12-02", "C", "3", url="https://animalfiscal.example.com/semilla-de-vida")
source("art_yorkshire", "'The study four parliaments quoted'", "Northern Science Desk",
       "2019-05-22", "B", "2", url="https://northern-science.example.com/ashford-study")
source("ashford_report", "Ashford Centre: 'Outcomes of comprehensive sexuality education in 14 countries' (report)",
       "Ashford Centre for Family Studies", "2019-04-01", "D", "5",
       url="https://ashfordcentre.example.org/reports/cse-outcomes")
source("summit_programme", "Nairobi Family Summit 2016: programme, speaker list and sponsor page",
       "Pan-African Hearth Network", "2016-05-10", "B", "1",
       url="https://hearthnetwork.example.org/summit2016", retrieved="2019-08-01",
       notes="Retrieved from a web archive; the page has since been removed.")
source("hrc_statements", "Joint oral statements at the Human Rights Council, 56th session",
       "UN extranet (fictional mirror)", "2024-06-25", "A", "1",
       url="https://un-statements.example.org/hrc56/joint-family")
source("social_ke", "Network analysis of #ProtectOurChildrenKE and related hashtags, 2017-2020",
       "coalition digital-research desk", "2020-09-01", "B", "2", "coalition",
       notes="Around 41,000 posts; 62% from 380 accounts created within the same fortnight.")
source("social_ge", "Monitoring report: Kera Media broadcasts and Telegram channels, June-July 2021",
       "coalition digital-research desk", "2021-08-10", "B", "2", "coalition")
source("hearthlight_archive", "Hearthlight Media video channel, archived episode list 2017-2020",
       "Hearthlight Media Ltd", "2020-12-31", "B", "1",
       url="https://hearthlight.example.com/episodes", retrieved="2021-01-05")
source("hfai_memo", "HFAI internal strategy memo 'Africa 2030' (leaked)", "former HFAI contractor",
       "2023-02-20", "B", "2", "internal",
       notes="PDF with HFAI letterhead; author metadata 'smarlow'.")
source("kera_payroll", "Kera Media LLC and Georgian Union for Hearth and Faith payroll sheets 2020-2021 (leaked)",
       "anonymous leak", "2021-04-01", "C", "3", "internal")
source("hfai_web", "HFAI website: leadership page, event pages (incl. the 2019 CSW side event 'Protecting the family in development') and press releases 2015-2024", "Heritage Family Alliance International",
       "2024-03-01", "B", "1", url="https://hfai.example.org/leadership", retrieved="2024-03-05")
source("informant_ke", "Interview with informant KE-07 (former programme staff member)",
       "research team interview", "2022-11-08", "C", "3", "restricted",
       notes="Identity known only to the interviewer. Do not share outside the organisation.")
source("informant_ug", "Interview with informant UG-03 (former camp participant)",
       "research team interview", "2023-04-19", "D", "3", "restricted",
       notes="Identity and location withheld for the informant's safety.")
source("lar_fs", "Associação Lar e Tradição, demonstrações financeiras 2016-2023",
       "Associação Lar e Tradição", "2024-04-30", "B", "2",
       url="https://registry.example.net/br/lar-e-tradicao-demonstracoes")
source("mx_ads", "Reports of paid political advertising, state elections 2021-2024",
       "electoral authority (fictional mirror)", "2024-10-01", "A", "2",
       url="https://elecciones.example.net/mx/publicidad-pagada")
source("ug_gazette", "Uganda Gazette notice: appointment of commissioners, National Commission on Family Integrity",
       "Uganda Gazette (fictional mirror)", "2020-02-28", "A", "1",
       url="https://gazette.example.net/ug/2020-02-28")

# --------------------------------------------------------------------------------------------
# People in roles, ownership, family and associates
# --------------------------------------------------------------------------------------------

R = {}  # readable handles for relationships used by findings

R["marlow_hfai_dir"] = directorship(MARLOW, HFAI, "Director of International Programs", "2015-03", "2021-01", "hfai990_a")
R["marlow_hfai_pres"] = directorship(MARLOW, HFAI, "President", "2021-02", None, ("hfai990_c", "hfai_web"))
R["marlow_pahn"] = directorship(MARLOW, PAHN, "Board member", "2016-01", None, "pahn_ar_a")
directorship(MARLOW, RAICES, "Consejo asesor (advisory board)", "2017", None, "raices_ar")
directorship(GORDON, CEDAR, "Chairman of the board", "1987", None, "ch990_a")
directorship(GORDON, BELLWEATHER, "Managing member", "1998", None, "us_registry")
directorship(ELEANOR, CEDAR, "President", "2012", None, "ch990_a")
directorship(ELEANOR, HFAI, "Board member", "2016", None, "hfai990_a")
R["philip_greystone"] = directorship(PHILIP, GREYSTONE, "Manager", "2013-11", None, "us_registry")
directorship(CARROW, CSF, "Trustee", "2003", None, "csf_list")
directorship(CARROW, PRAIRIE, "Presiding elder", "1996", None, "csf_list")
directorship(CLINE, CBI, "President", "2009", None, "cbi990_a")
directorship(HOLLISTER, PLDF, "Executive director", "2011", None, "pldf990")
directorship(PRUETT, ASHFORD, "Research director", "2016-10", None, "art_yorkshire")
directorship(WHITCOMBE, LANTERNGATE, "Chair of trustees", "2009", None, "lanterngate")
directorship(VESELOV, POKROV, "Chair of the board of trustees", "2010-10", None, "pokrov_ar")
directorship(VESELOV, NIVA, "General director", "2002", "2016", "ru_moj")
directorship(ZVYAGINTSEV, POKROV, "Executive secretary", "2012", None, "pokrov_ar")
R["haddad_meridian"] = directorship(HADDAD, MERIDIAN, "Director", "2016-11", None, "pa_registry")
R["kallisto_meridian"] = directorship(KALLISTO, MERIDIAN, "Corporate director", "2016-11", None, "pa_registry")
R["kyriakou_kallisto"] = directorship(KYRIAKOU, KALLISTO, "Director", "2008-06", None, "cy_registry")
directorship(PAPADOPOULOU, KALLISTO, "Company secretary", "2011", None, "cy_registry")
R["kyriakou_amber"] = directorship(KYRIAKOU, AMBER, "Management board member", "2017-08", "2020-12", "ee_registry")
R["marina_amber"] = directorship(MARINA, AMBER, "Management board member", "2017-08", None, "ee_registry")
directorship(WIERZBICKI, KOTWICA, "President of the board", "2012-12", None, "pl_krs")
directorship(WIERZBICKI, KOTWICA_MEDIA, "Management board member", "2019-04", None, "pl_krs")
directorship(DABROWSKA, RODZINA, "President", "2016-09", None, "pl_krs")
directorship(KERTESZ, MORNING_STAR, "Chair", "2015-05", None, "morning_star_ar")
directorship(KERTESZ, EAFF, "Board member", "2018", None, "eaff_ar")
directorship(VANDENBERGHE, EAFF, "Secretary-general", "2013-04", None, "eaff_ar")
R["beridze_union"] = directorship(BERIDZE, GEO_UNION, "Chairman", "2013-05", None, "ge_registry")
R["beridze_kera"] = directorship(BERIDZE, KERA, "Director", "2018-02", None, "ge_registry")
R["wafula_khpc"] = directorship(WAFULA, KHPC, "Chairman", "2014-03", None, "ke_court")
R["odhiambo_pahn"] = directorship(ODHIAMBO, PAHN, "Executive director", "2015-07", None, "ke_registry")
directorship(ODHIAMBO, MLINZI, "Trustee", "2013-09", None, "pahn_minutes")
directorship(NJOROGE, HEARTHLIGHT, "Managing director", "2016-11", None, "ke_registry")
directorship(KARIUKI, TUMAINI, "Director", "2012-05", None, "art_equator_2")
directorship(NSUBUGA, UCFI, "Founder and director", "2013-02", None, "art_kampala")
directorship(ASANTE, HEARTHKEEPERS, "National coordinator", "2016-01", None, "art_accra")
directorship(MENSAH, ABUSUA, "Executive director", "2017-06", None, "gh_court")
directorship(BRANDAO, LAR, "Presidente", "2011-10", None, "br_cnpj")
directorship(SA, VOZ, "Administrador", "2015-06", None, "br_cnpj")
directorship(GUEDES, ANCORA, "Diretor", "2018-02", None, "cbi990_a")
directorship(ZARATE, RAICES, "Director general", "2012-08", None, "raices_ar")
directorship(ZARATE, VERDAD, "Administrador único", "2019-09", None, "mx_registry")
directorship(IBARRA, CUSTODIA, "Coordinadora", "2015-11", None, "mx_court")
directorship(ARRIAGA, SEMILLA, "Vocera", "2016-04", None, "art_mx")
directorship(VILLALUZ, TAHANAN, "Convenor", "2017-03", None, "art_manila")

for member, hub, role, start, src in [
    (KHPC, PAHN, "Founding member", "2015-07", "pahn_ar_a"),
    (MLINZI, PAHN, "Founding member", "2015-07", "pahn_ar_a"),
    (UCFI, PAHN, "Member", "2016", "pahn_ar_a"),
    (HEARTHKEEPERS, PAHN, "Member", "2017", "pahn_ar_a"),
    (ABUSUA, PAHN, "Member", "2018", "pahn_ar_a"),
    (TUMAINI, PAHN, "Associate member", "2019", "pahn_ar_c"),
    (KOTWICA, EAFF, "Full member", "2014", "eaff_ar"),
    (RODZINA, EAFF, "Full member", "2018", "eaff_ar"),
    (MORNING_STAR, EAFF, "Full member", "2016", "eaff_ar"),
    (GEO_UNION, EAFF, "Associate member", "2019", "eaff_ar"),
    (HFAI, EAFF, "Associate member", "2015", "eaff_ar"),
    (LAR, RAICES, "Red Raíces partner", "2015", "raices_ar"),
    (SEMILLA, RAICES, "Red Raíces partner", "2016", "raices_ar"),
    (CUSTODIA, RAICES, "Red Raíces partner", "2016", "raices_ar"),
    (ANCORA, RAICES, "Red Raíces partner", "2019", "raices_ar"),
    (TAHANAN, HFAI, "Partner organisation", "2018", "hfai990_a"),
    (MARLOW, CAUCUS, "Secretariat", "2015", "summit_programme"),
    (BERIDZE, CAUCUS, "Member", "2017", "art_tbilisi_2"),
    (WIERZBICKI, CAUCUS, "Legal adviser", "2016", "art_tbilisi_2"),
    (ZVYAGINTSEV, CAUCUS, "Observer", "2016", "summit_programme"),
    (CSF, PRAIRIE, "Affiliated ministry", "2003", "csf_list"),
]:
    membership(member, hub, role, start, None, src)

R["lindqvist_hfai"] = employment(LINDQVIST, HFAI, "UN advocacy officer", "2017-09", None, "hfai_web")
R["salem_hfai"] = employment(SALEM, HFAI, "Media strategist, Africa and Middle East", "2019-01", "2022-06", "hfai_memo")
R["namutebi_ucfi"] = employment(NAMUTEBI, UCFI, "Programmes officer", "2016-02", "2019-12", "art_kampala")
R["namutebi_commission"] = employment(NAMUTEBI, UG_COMMISSION, "Commissioner", "2020-02", None, "ug_gazette")
employment(IBARRA, PLDF, "Allied attorney (contract)", "2017", None, "pldf990")
employment(HOLLISTER, PLDF, "Chief counsel", "2011", None, "pldf990")
employment(ZVYAGINTSEV, POKROV, "Executive secretary", "2012", None, "pokrov_ar")
employment(MARLOW, CBI, "Bridge Fellow", "2012-09", "2014-12", "cbi990_a")
employment(ODHIAMBO, CBI, "Bridge Fellow", "2014-01", "2015-06", "cbi990_a")
employment(KARIUKI, TUMAINI, "Director", "2012-05", None, "art_equator_2")
employment(PRUETT, ASHFORD, "Research director", "2016-10", None, "art_yorkshire")
employment(WAFULA, PAHN, "Church liaison consultant", "2017-01", "2019-06", "pahn_minutes")

ownership(GORDON, BELLWEATHER, "70", "1998", None, "direct", "us_registry")
ownership(PHILIP, BELLWEATHER, "15", "2010", None, "direct", "us_registry")
ownership(ELEANOR, BELLWEATHER, "15", "2010", None, "direct", "us_registry")
R["bellweather_greystone"] = ownership(BELLWEATHER, GREYSTONE, "100", "2013-11", None, "sole member", "us_registry")
ownership(VESELOV, NIVA, "82", "2004", None, "direct", "ru_moj")
R["kallisto_meridian_own"] = ownership(KALLISTO, MERIDIAN, "100", "2016-11", None, "nominee shareholding", ("pa_registry", "bank_leak"))
R["kallisto_amber"] = ownership(KALLISTO, AMBER, "100", "2017-08", "2020-12", "nominee shareholding", "ee_registry")
R["marina_amber_own"] = ownership(MARINA, AMBER, "100", "2021-01", None, "direct", "ee_registry")
R["kallisto_kera"] = ownership(KALLISTO, KERA, "51", "2018-02", None, "nominee shareholding", "ge_registry")
R["beridze_kera_own"] = ownership(BERIDZE, KERA, "49", "2018-02", None, "direct", "ge_registry")
R["mlinzi_hearthlight"] = ownership(MLINZI, HEARTHLIGHT, "60", "2016-11", None, "direct", "ke_registry")
ownership(NJOROGE, HEARTHLIGHT, "40", "2016-11", None, "direct", "ke_registry")
R["sa_voz"] = ownership(SA, VOZ, "70", "2015-06", None, "direct", "br_cnpj")
R["brandao_voz"] = ownership(BRANDAO, VOZ, "30", "2015-06", None, "direct", "br_cnpj")
R["kotwica_media_own"] = ownership(KOTWICA, KOTWICA_MEDIA, "100", "2019-04", None, "direct", "pl_krs")
R["raices_verdad"] = ownership(RAICES, VERDAD, "55", "2019-09", None, "direct", "mx_registry")
ownership(ZARATE, VERDAD, "45", "2019-09", None, "direct", "mx_registry")

family(GORDON, ELEANOR, "father of", "ch990_a")
family(GORDON, PHILIP, "father of", "us_registry")
family(ELEANOR, PHILIP, "sibling", "us_registry")
R["veselov_marina"] = family(VESELOV, MARINA, "spouse", "bank_leak")
R["odhiambo_wafula"] = family(ODHIAMBO, WAFULA, "spouse", "pahn_minutes")
R["sa_brandao"] = family(SA, BRANDAO, "spouse", "art_mirante")

associate(MARLOW, ODHIAMBO, "co-organisers of the Nairobi Family Summit", "2016", "summit_programme")
associate(MARLOW, WIERZBICKI, "co-authors of the 'Family Sovereignty' model law commentary", "2018", "art_tbilisi_2")
associate(HOLLISTER, IBARRA, "co-counsel", "2018", "mx_court")
R["zvyagintsev_beridze"] = associate(ZVYAGINTSEV, BERIDZE, "business associates", "2014", "art_tbilisi")
R["veselov_haddad"] = associate(VESELOV, HADDAD, "client and corporate-services agent (per leaked correspondence)", "2016", "bank_leak")
associate(CLINE, NSUBUGA, "mentor (Bridge Fellows programme)", "2015", "cbi990_a")
associate(PRUETT, BRANDAO, "co-authors", "2019", "ashford_report")
associate(LINDQVIST, VILLALUZ, "co-organisers of UN side events", "2019", "hfai_web")
associate(KERTESZ, WIERZBICKI, "conference co-chairs", "2017", "morning_star_ar")
associate(PHILIP, CARROW, "donor adviser", "2015", "csf_leak")

R["veselov_meridian"] = link(VESELOV, MERIDIAN, "beneficial owner (per leaked register)", "2016-11", "bank_leak")
R["gordon_csf"] = link(GORDON, CSF, "recommends grants from the 'Hollow Creek Fund'", "2015", "csf_leak")
R["salem_hearthlight"] = link(SALEM, HEARTHLIGHT, "content consultant", "2019", "hfai_memo")
R["kera_union"] = link(KERA, GEO_UNION, "shared office and staff", "2018", ("kera_payroll", "art_tbilisi"))
R["ashford_caucus"] = link(ASHFORD, CAUCUS, "briefing papers supplier", "2019", "art_yorkshire")
link(HU_OFFICE, MORNING_STAR, "strategic partner agreement", "2018", "hu_grants")

# --------------------------------------------------------------------------------------------
# Payments: the money story, 2014-2024
# --------------------------------------------------------------------------------------------

# Approximate yearly averages, units of currency per US dollar (good enough for a demo).
PER_USD = {
    "EUR": [0.75, 0.90, 0.90, 0.89, 0.85, 0.89, 0.88, 0.85, 0.95, 0.92, 0.92],
    "GBP": [0.61, 0.65, 0.74, 0.78, 0.75, 0.78, 0.78, 0.73, 0.81, 0.80, 0.78],
    "RUB": [38.4, 61.3, 67.0, 58.3, 62.7, 64.7, 72.1, 73.7, 68.5, 85.2, 92.6],
    "KES": [87.9, 98.2, 101.5, 103.4, 101.3, 102.0, 106.5, 109.6, 117.9, 139.8, 134.8],
    "BRL": [2.35, 3.33, 3.49, 3.19, 3.65, 3.94, 5.16, 5.40, 5.16, 5.00, 5.39],
    "MXN": [13.3, 15.9, 18.7, 18.9, 19.2, 19.3, 21.5, 20.3, 20.1, 17.8, 18.3],
    "HUF": [232, 280, 281, 274, 270, 291, 308, 303, 373, 353, 366],
    "PLN": [3.15, 3.77, 3.94, 3.78, 3.61, 3.84, 3.90, 3.86, 4.46, 4.20, 3.98],
    "UGX": [2600, 3240, 3420, 3610, 3730, 3700, 3720, 3590, 3690, 3730, 3790],
    "PHP": [44.4, 45.5, 47.5, 50.4, 52.7, 51.8, 49.6, 49.3, 54.5, 55.6, 57.3],
    "GEL": [1.77, 2.27, 2.37, 2.51, 2.53, 2.82, 3.11, 3.22, 2.92, 2.63, 2.72],
    "USD": [1.0] * 11,
}

PAYMENTS = []  # (id, payer, beneficiary, year)

# Which source documents a payer's payments in a given year: payer -> [(first, last, key)].
PAYMENT_SOURCES = {
    CEDAR: [(2014, 2016, "ch990_a"), (2017, 2019, "ch990_b"), (2020, 2024, "ch990_c")],
    HFAI: [(2014, 2019, "hfai990_a"), (2020, 2024, "hfai990_c")],
    CBI: [(2014, 2024, "cbi990_a")],
    PLDF: [(2014, 2024, "pldf990")],
    CSF: [(2014, 2024, "csf_list")],
    GREYSTONE: [(2014, 2024, "csf_leak")],
    BELLWEATHER: [(2014, 2024, "csf_leak")],
    LANTERNGATE: [(2014, 2024, "lanterngate")],
    POKROV: [(2014, 2016, "pokrov_ar"), (2017, 2024, "bank_leak")],
    NIVA: [(2014, 2019, "ru_moj")],
    MERIDIAN: [(2014, 2024, "bank_leak")],
    KALLISTO: [(2014, 2024, "bank_leak")],
    AMBER: [(2014, 2024, "kotwica_fs")],
    PAHN: [(2014, 2018, "pahn_ar_a"), (2019, 2024, "pahn_ar_c")],
    RAICES: [(2014, 2024, "raices_ar")],
    HU_OFFICE: [(2014, 2024, "hu_grants")],
    MORNING_STAR: [(2014, 2024, "morning_star_ar")],
    KOTWICA: [(2014, 2024, "kotwica_fs")],
    LAR: [(2014, 2024, "lar_fs")],
    SEMILLA: [(2014, 2024, "mx_ads")],
    KHPC: [(2014, 2024, "hearthlight_archive")],
}
PAYMENT_SOURCES[GORDON] = PAYMENT_SOURCES[CEDAR]  # Schedule B of the recipient lists contributors


def payment_source(payer, year):
    for first, last, key in PAYMENT_SOURCES.get(payer, []):
        if first <= year <= last:
            return key
    raise SystemExit(f"no source for payments by {payer} in {year}")


def money(amount, currency, exact):
    """Rounds a generated amount the way the documents would show it."""
    if exact:  # bank statements: cents
        return f"{amount:.2f}"
    if amount >= 100000:
        step = 5000
    elif amount >= 10000:
        step = 500
    else:
        step = 50
    return str(int(round(amount / step)) * step or step)


def flow(payer, beneficiary, years, currency, low, high, purposes, per_year=1, growth=0.0,
         precision="day", exact=False, extra_sources=()):
    """Generates the payments of one funding relationship; low/high are in `currency`."""
    for year in years:
        for n in range(per_year):
            base = rng.uniform(low, high) * (1 + growth) ** (year - years[0])
            amount = money(base, currency, exact)
            if precision == "year":
                date = str(year)
            elif precision == "month":
                date = f"{year}-{rng.randint(1, 12):02d}"
            else:
                month = 1 + (12 * n + rng.randint(0, 11)) // per_year if per_year > 1 else rng.randint(1, 12)
                date = f"{year}-{month:02d}-{rng.randint(1, 28):02d}"
            purpose = purposes[(year + n) % len(purposes)] if isinstance(purposes, list) else purposes
            props = dict(payer=payer, beneficiary=beneficiary, amount=amount, currency=currency,
                         date=date, purpose=purpose)
            if currency != "USD":
                usd = float(amount) / PER_USD[currency][year - 2014]
                props["amountUsd"] = f"{usd:.2f}" if exact else str(int(round(usd)))
            pid = f"demo-pay-{len(PAYMENTS) + 1:04d}"
            add(pid, "Payment", **props)
            cite(pid, payment_source(payer, year), *extra_sources)
            PAYMENTS.append((pid, payer, beneficiary, year))


def pays(payer, beneficiary, year=None):
    """Ids of the generated payments from payer to beneficiary (optionally in one year)."""
    found = [pid for pid, p, b, y in PAYMENTS
             if p == payer and b == beneficiary and (year is None or y == year)]
    if not found:
        raise SystemExit(f"no payment {payer} -> {beneficiary} in {year}")
    return found


Y = lambda a, b: list(range(a, b + 1))  # noqa: E731

# The Ashcombe money: family office -> Delaware LLC -> donor-advised fund -> HFAI.
flow(GORDON, CEDAR, [2014, 2017, 2020], "USD", 2_000_000, 5_000_000, "Contribution to endowment", precision="year")
flow(BELLWEATHER, GREYSTONE, [2014, 2016, 2019, 2021], "USD", 600_000, 1_400_000, "Capital contribution", precision="month")
flow(GREYSTONE, CSF, [2015, 2017, 2019, 2022], "USD", 400_000, 1_100_000, "Contribution to donor-advised fund 'Hollow Creek Fund'")
flow(CSF, HFAI, [2015, 2017, 2019, 2021, 2023], "USD", 350_000, 950_000, ["General operating support (donor-advised)", "International family policy programmes"], precision="year")
flow(GREYSTONE, HFAI, [2024], "USD", 900_000, 1_000_000, "Unrestricted gift", exact=True, extra_sources=("hfai990_c",))
# Cedar Hollow grants.
flow(CEDAR, CBI, [2014, 2016, 2018, 2020, 2022, 2024], "USD", 250_000, 600_000, ["Africa Family Policy Initiative", "Bridge Fellows programme", "General support"], growth=0.04)
flow(CEDAR, HFAI, [2014, 2015, 2017, 2019, 2021, 2023], "USD", 500_000, 1_200_000, ["International programmes", "UN advocacy office", "General support"], growth=0.05, precision="year")
flow(CEDAR, PLDF, [2016, 2019, 2022], "USD", 150_000, 400_000, ["Allied attorneys programme", "International litigation fund"])
flow(CEDAR, ASHFORD, [2017, 2019, 2021], "USD", 80_000, 220_000, ["Research on family outcomes", "Journal of Family Outcomes"])
flow(CEDAR, KOTWICA, [2019, 2022], "USD", 60_000, 150_000, ["Comparative family law project", "Legal education"])
# HFAI regrants.
flow(HFAI, PAHN, [2015, 2016, 2018, 2020, 2022, 2023], "USD", 180_000, 420_000, ["Africa regional programme", "Nairobi Family Summit", "Capacity building"], growth=0.06)
flow(HFAI, RAICES, [2014, 2017, 2020, 2023], "USD", 90_000, 260_000, ["Latin America programme", "Red Raíces coordination"])
flow(HFAI, LAR, [2016, 2020], "USD", 40_000, 120_000, "Brazil programme")
flow(HFAI, EAFF, [2015, 2018, 2021], "USD", 30_000, 90_000, "European policy work")
flow(HFAI, TAHANAN, [2018, 2021, 2024], "USD", 25_000, 80_000, ["Family First caravans", "Coalition building", "Pastoral outreach"])
# Covenant Bridge regrants and trains.
flow(CBI, PAHN, [2016, 2018, 2021, 2023], "USD", 60_000, 150_000, "Bridge Fellows Africa")
flow(CBI, UCFI, [2016, 2018], "USD", 20_000, 60_000, ["Family Integrity Bill drafting support", "Leadership training"])
flow(CBI, ANCORA, [2019, 2022], "USD", 30_000, 90_000, "Candidate and municipal leaders training")
flow(CBI, GEO_UNION, [2017], "USD", 15_000, 40_000, "Leadership training")
# Litigation money.
flow(PLDF, CUSTODIA, [2017, 2018, 2021], "USD", 25_000, 70_000, "Allied attorneys programme: Mexico")
flow(PLDF, KHPC, [2017], "USD", 20_000, 50_000, "Legal defence fund: constitutional petition")
flow(PLDF, UCFI, Y(2021, 2022), "USD", 30_000, 60_000, "Interveners' brief, Constitutional Court")
flow(PLDF, ABUSUA, [2022, 2023], "USD", 20_000, 45_000, "Supreme Court intervention")
# The Nairobi hub and its grantees.
flow(PAHN, KHPC, [2016, 2018, 2020, 2022, 2023], "KES", 4_000_000, 9_000_000, ["Parents' mobilisation", "Curriculum review campaign", "County outreach"], growth=0.05, exact=True)
flow(PAHN, MLINZI, [2016, 2019, 2022], "KES", 1_200_000, 3_500_000, ["Family values outreach", "Youth abstinence clubs"], exact=True)
flow(PAHN, UCFI, [2017, 2020, 2023], "USD", 20_000, 70_000, ["Uganda programme", "Family camps"])
flow(PAHN, HEARTHKEEPERS, [2017, 2019, 2022], "USD", 15_000, 55_000, ["Ghana programme", "Clergy mobilisation"])
flow(PAHN, ABUSUA, [2018, 2021], "USD", 10_000, 30_000, "Ghana programme (Ashanti)")
flow(PAHN, HEARTHLIGHT, [2017, 2018, 2020, 2022], "KES", 1_800_000, 4_500_000, ["Video production contract", "Social media campaign"], exact=True)
flow(PAHN, WAFULA, [2017, 2019], "KES", 300_000, 600_000, "Consultancy fees (church liaison)", exact=True, extra_sources=("pahn_minutes",))
flow(KHPC, HEARTHLIGHT, [2020], "KES", 400_000, 900_000, "Advertising", exact=True)
flow(PAHN, UCFI, [2019], "UGX", 40_000_000, 60_000_000, "Family camp logistics", exact=True)
# Crisis pregnancy centres and research from the UK.
flow(LANTERNGATE, TUMAINI, [2014, 2017, 2020], "GBP", 30_000, 85_000, ["Centre running costs", "Counsellor training", "New centre in Kisumu"])
flow(LANTERNGATE, ASHFORD, [2017], "GBP", 20_000, 60_000, "Research grant")
# Latin America.
flow(RAICES, SEMILLA, [2016, 2018, 2020, 2022], "MXN", 600_000, 1_800_000, ["Iniciativa ciudadana", "Movilización", "Comunicación"])
flow(RAICES, LAR, [2015, 2018], "USD", 15_000, 45_000, "Red Raíces: Brasil")
flow(RAICES, CUSTODIA, [2018], "MXN", 300_000, 900_000, "Litigio estratégico")
flow(LAR, VOZ, [2016, 2018, 2020, 2022], "BRL", 250_000, 800_000, ["Veiculação de programas", "Produção de conteúdo"], exact=True)
flow(SEMILLA, VERDAD, [2021, 2022, 2024], "MXN", 250_000, 700_000, "Publicidad digital", exact=True)
flow(RAICES, VERDAD, [2022], "MXN", 800_000, 1_500_000, "Aportación para campaña digital")
# The Russian money: direct at first, then via Panama, Cyprus and Estonia.
flow(NIVA, POKROV, [2014, 2016, 2018], "RUB", 40_000_000, 95_000_000, "Благотворительное пожертвование (charitable donation)", precision="month")
flow(POKROV, GEO_UNION, Y(2014, 2016), "RUB", 3_000_000, 7_500_000, "Support for traditional family values programmes", exact=True)
flow(POKROV, MERIDIAN, [2017, 2018, 2020, 2022], "USD", 800_000, 2_400_000, ["Consulting services agreement", "Loan facility"], exact=True)
flow(MERIDIAN, KALLISTO, [2017, 2018, 2020, 2022], "EUR", 600_000, 1_700_000, "Client funds transfer", exact=True)
flow(KALLISTO, AMBER, [2017, 2018, 2020], "EUR", 120_000, 340_000, "Service fee", exact=True)
flow(AMBER, KOTWICA, [2017, 2018, 2020, 2022], "EUR", 80_000, 260_000, "Consulting fees: legal analysis", per_year=1, exact=True, extra_sources=("art_kurier",))
flow(KALLISTO, GEO_UNION, [2017, 2019, 2021, 2023], "EUR", 40_000, 120_000, "Grant for cultural programmes", exact=True, extra_sources=("art_tbilisi",))
flow(KALLISTO, KERA, [2018, 2020, 2021], "EUR", 180_000, 480_000, "Shareholder loan", exact=True, extra_sources=("art_tbilisi",))
# Central Europe.
flow(HU_OFFICE, MORNING_STAR, [2018, 2019, 2021, 2023], "HUF", 80_000_000, 240_000_000, "Támogatás családpolitikai programokra (family policy programmes)", growth=0.08)
flow(MORNING_STAR, EAFF, [2019, 2022, 2024], "EUR", 40_000, 120_000, "Brussels programme")
flow(MORNING_STAR, RODZINA, [2019, 2021], "EUR", 15_000, 45_000, "Parental rights campaign")
flow(MORNING_STAR, KOTWICA, [2018], "EUR", 20_000, 60_000, "Family sovereignty conference")
flow(KOTWICA, RODZINA, [2017, 2021, 2023], "PLN", 60_000, 220_000, ["Kampania rodzicielska", "Szkolenia"])
flow(KOTWICA, KOTWICA_MEDIA, [2019, 2021, 2023], "PLN", 200_000, 650_000, "Dokapitalizowanie i usługi medialne", exact=True)

# --------------------------------------------------------------------------------------------
# Citations of actors (the first source is the source of the actor's values)
# --------------------------------------------------------------------------------------------

for eid, keys in [
    (CEDAR, ["ch990_a"]), (CSF, ["csf_list", "csf_leak"]), (PRAIRIE, ["csf_list"]),
    (BELLWEATHER, ["us_registry"]), (GREYSTONE, ["us_registry", "csf_leak"]),
    (HFAI, ["hfai990_a", "hfai_web"]), (CBI, ["cbi990_a"]), (PLDF, ["pldf990"]),
    (LANTERNGATE, ["lanterngate"]), (ASHFORD, ["art_yorkshire", "ashford_report"]),
    (POKROV, ["ru_moj", "pokrov_ar"]), (NIVA, ["ru_moj"]), (MORNING_STAR, ["morning_star_ar"]),
    (KOTWICA, ["pl_krs", "kotwica_fs"]), (MERIDIAN, ["pa_registry"]), (KALLISTO, ["cy_registry"]),
    (AMBER, ["ee_registry"]), (HU_OFFICE, ["hu_grants"]), (EAFF, ["eaff_ar"]),
    (CAUCUS, ["summit_programme"]), (PAHN, ["ke_registry", "pahn_ar_a"]), (KHPC, ["ke_court"]),
    (MLINZI, ["pahn_ar_a"]), (TUMAINI, ["art_equator_2"]), (UCFI, ["art_kampala"]),
    (UG_COMMISSION, ["ug_gazette"]), (HEARTHKEEPERS, ["art_accra"]), (ABUSUA, ["gh_court"]),
    (LAR, ["br_cnpj"]), (ANCORA, ["cbi990_a"]), (RAICES, ["raices_ar"]), (SEMILLA, ["art_mx"]),
    (CUSTODIA, ["mx_court"]), (RODZINA, ["pl_krs"]), (GEO_UNION, ["ge_registry"]),
    (TAHANAN, ["art_manila"]), (HEARTHLIGHT, ["ke_registry"]), (VOZ, ["br_cnpj"]),
    (KOTWICA_MEDIA, ["pl_krs"]), (KERA, ["ge_registry"]), (VERDAD, ["mx_registry"]),
    (MARLOW, ["hfai_web", "hfai990_c"]), (GORDON, ["ch990_a"]), (ELEANOR, ["ch990_a"]),
    (PHILIP, ["us_registry"]), (CARROW, ["csf_list"]), (CLINE, ["cbi990_a"]),
    (HOLLISTER, ["pldf990"]), (PRUETT, ["art_yorkshire"]), (VESELOV, ["ru_moj", "bank_leak"]),
    (MARINA, ["ee_registry"]), (KYRIAKOU, ["cy_registry"]), (PAPADOPOULOU, ["cy_registry"]),
    (HADDAD, ["pa_registry"]), (SALEM, ["hfai_memo"]), (WIERZBICKI, ["pl_krs"]),
    (DABROWSKA, ["pl_krs"]), (KERTESZ, ["morning_star_ar"]), (BERIDZE, ["ge_registry"]),
    (WAFULA, ["ke_court"]), (ODHIAMBO, ["ke_registry"]), (NJOROGE, ["ke_registry"]),
    (NSUBUGA, ["art_kampala"]), (NAMUTEBI, ["ug_gazette"]), (BRANDAO, ["br_cnpj"]),
    (SA, ["br_cnpj"]), (ZARATE, ["raices_ar"]), (IBARRA, ["mx_court"]),
    (A["kallisto"], ["cy_registry"]), (A["meridian"], ["pa_registry"]),
    (A["amber-gate"], ["ee_registry"]), (A["greystone"], ["us_registry"]),
    (A["hearthlight"], ["ke_registry"]), (A["kera-media"], ["ge_registry"]),
    (A["veselov"], ["bank_leak"]), (A["marlow"], ["hfai990_a"]),
]:
    cite(eid, *keys)

# --------------------------------------------------------------------------------------------
# Findings
# --------------------------------------------------------------------------------------------

AUTHORS = ["Amara Nwosu-Lind", "Tomás Echeverría Ruiz", "Wanjiku Mathenge", "Ilse Rautenbach",
           "Priya Venkataraman", "Kateryna Hlushko", "Joaquim Teles", "Nino Kapanadze"]

FINDINGS = []


def finding(date, title, text, country, theme, tactics, entities, sources, author,
            sensitivity="public"):
    fid = f"demo-fnd-{len(FINDINGS) + 1:03d}"
    rec = {"record": "finding", "id": fid, "title": title, "date": date, "text": text}
    if country:
        rec["country"] = country
    rec.update({"theme": theme, "tactics": list(tactics), "entities": list(entities),
                "sources": list(dict.fromkeys(S[k] for k in sources)), "author": author,
                "sensitivity": sensitivity})
    FINDINGS.append(rec)
    return fid


def amount_sum(pids, prop="amount"):
    total = sum(float(ENTITIES[p]["properties"][prop][0]) for p in pids)
    return f"{total:,.0f}"


finding("2014-06-30", "Cedar Hollow starts funding an Africa family-policy initiative through Covenant Bridge",
        "Cedar Hollow Foundation's 2014 grant list shows its first grant to Covenant Bridge Institute earmarked for an "
        "'Africa Family Policy Initiative'. Covenant Bridge's own filing describes the initiative as training for "
        "'emerging leaders' in Kenya and Uganda, delivered through its Bridge Fellows programme.",
        "us", "family-policy", ["funding-local-proxies", "training-and-networking"],
        [CEDAR, CBI] + pays(CEDAR, CBI, 2014), ["ch990_a", "cbi990_a"], AUTHORS[0])
finding("2014-09-15", "Pokrov Traditions pays the Georgian Union for Hearth and Faith directly in roubles",
        "Pokrov Traditions' 2014-2016 annual reports list grants in roubles to the Georgian Union for Hearth and Faith "
        "for 'traditional family values programmes'. The payments stop after 2016, when the foundation's reports "
        "to the Ministry of Justice began to be reported on in Georgia.",
        "ge", "family-policy", ["funding-local-proxies", "religious-mobilisation"],
        [POKROV, GEO_UNION] + pays(POKROV, GEO_UNION), ["pokrov_ar", "ru_moj"], AUTHORS[7])
finding("2015-03-02", "Sarah J. Marlow takes over HFAI's international programmes",
        "After two years as a Bridge Fellow at Covenant Bridge Institute, Sarah J. Marlow became Director of "
        "International Programs of Heritage Family Alliance International in March 2015. She built the "
        "partnerships with the Nairobi and Mexico City hubs that later received most of HFAI's foreign grants.",
        "us", "international-norms", ["training-and-networking"],
        [MARLOW, HFAI, CBI, R["marlow_hfai_dir"]], ["hfai990_a", "hfai_web"], AUTHORS[0])
finding("2015-11-20", "Ashcombe family-office money reaches HFAI through a donor-advised fund",
        "Leaked statements of the 'Hollow Creek Fund' at Covenant Stewardship Fund show Greystone Advisory LLC as "
        "the only contributing account. Greystone is wholly owned by Bellweather Capital Partners, the Ashcombe "
        "family office. Grant recommendations from the fund to HFAI match the amounts in the Fund's published grant "
        "list, where the donor is not named.",
        "us", "family-policy", ["opaque-financing"],
        [BELLWEATHER, GREYSTONE, CSF, HFAI, GORDON, R["bellweather_greystone"], R["gordon_csf"]]
        + pays(GREYSTONE, CSF, 2015) + pays(CSF, HFAI, 2015),
        ["csf_leak", "csf_list", "us_registry"], AUTHORS[3], "internal")
finding("2016-05-12", "Nairobi Family Summit trains aides of legislators and clergy from nine countries",
        "The Pan-African Hearth Network's Nairobi Family Summit brought together about 140 participants, among them "
        "aides to members of parliament from Kenya, Uganda and Ghana. HFAI is listed as the main sponsor; Sarah J. "
        "Marlow and Grace Achieng Odhiambo opened the summit, and the Inter-Parliamentary Family Caucus met on its "
        "margins.",
        "ke", "family-policy", ["training-and-networking", "legislative-lobbying"],
        [PAHN, HFAI, MARLOW, ODHIAMBO, CAUCUS] + pays(HFAI, PAHN, 2016),
        ["summit_programme", "pahn_ar_a", "art_equator"], AUTHORS[2])
finding("2016-08-01", "The network's director is married to the chair of its largest Kenyan grantee",
        "Grace Achieng Odhiambo, executive director of the Pan-African Hearth Network, is married to Rev. Daniel "
        "Otieno Wafula, chairman of the Kenya Heritage Parents' Coalition, which receives the network's largest "
        "grants. Leaked board minutes record no declaration of the conflict of interest; Wafula was also paid by the "
        "network as a 'church liaison consultant' from 2017 to 2019.",
        "ke", "family-policy", ["funding-local-proxies"],
        [ODHIAMBO, WAFULA, PAHN, KHPC, R["odhiambo_wafula"]] + pays(PAHN, WAFULA),
        ["pahn_minutes", "ke_registry"], AUTHORS[2], "internal")
finding("2017-02-14", "Kenya Heritage Parents' Coalition petitions the High Court against sexuality education guidelines",
        "KHPC filed a constitutional petition asking the High Court to quash national guidelines on sexuality "
        "education, arguing that they violate parents' rights. The petition was supported by the Parental Liberty "
        "Defense Fund's 'legal defence fund' and was dismissed in June 2018.",
        "ke", "comprehensive-sexuality-education", ["strategic-litigation", "curriculum-interference", "co-opting-rights-language"],
        [KHPC, WAFULA, PLDF] + pays(PLDF, KHPC, 2017), ["ke_court", "pldf990"], AUTHORS[2])
finding("2017-04-03", "Petition 'signatures' came from church registers, not parents",
        "A former programme officer says that most of the 80,000 signatures KHPC presented as a parents' petition were "
        "copied from church membership registers in three counties. The officer says network staff were instructed "
        "to describe the petition as a spontaneous initiative of parents.",
        "ke", "comprehensive-sexuality-education", ["astroturfing", "religious-mobilisation"],
        [KHPC, PAHN], ["informant_ke"], AUTHORS[2], "restricted")
finding("2017-07-19", "Hearthlight Media videos claim sexuality education 'recruits' children",
        "Hearthlight Media's YouTube-style channel published a series of videos claiming that comprehensive sexuality "
        "education is designed to 'recruit children into homosexuality'. The channel is 60% owned by the Mlinzi wa "
        "Familia Trust, whose trustee is the network's director, and is paid by the network for 'video production'.",
        "ke", "comprehensive-sexuality-education", ["disinformation", "media-ownership"],
        [HEARTHLIGHT, MLINZI, PAHN, R["mlinzi_hearthlight"]] + pays(PAHN, HEARTHLIGHT, 2017),
        ["hearthlight_archive", "ke_registry", "social_ke"], AUTHORS[4], "coalition")
finding("2017-10-10", "Pokrov money to Georgia rerouted through Panama and Cyprus",
        "From 2017 Pokrov Traditions no longer pays Georgian partners directly. Bank statements show it paying "
        "Meridian Veritas Holdings in Panama under a 'consulting services agreement'; Meridian forwards funds to "
        "Kallisto Nominees in Limassol, which pays the Georgian Union for Hearth and Faith 'grants for cultural "
        "programmes'.",
        "ge", "family-policy", ["opaque-financing", "funding-local-proxies"],
        [POKROV, MERIDIAN, KALLISTO, GEO_UNION] + pays(POKROV, MERIDIAN, 2017) + pays(MERIDIAN, KALLISTO, 2017)
        + pays(KALLISTO, GEO_UNION, 2017), ["bank_leak", "art_tbilisi"], AUTHORS[7], "internal")
finding("2017-12-05", "Kallisto's director sits on dozens of boards as a nominee",
        "The Cyprus registry lists Andreas Kyriakou as director of Kallisto Nominees Ltd and of more than 40 other "
        "companies, most of them dormant. Kallisto acts as nominee shareholder and corporate director of Meridian "
        "Veritas Holdings in Panama and held the shares of Amber Gate Consulting in Estonia until 2020.",
        "cy", "democracy-and-rule-of-law", ["opaque-financing"],
        [KYRIAKOU, KALLISTO, MERIDIAN, AMBER, R["kyriakou_kallisto"], R["kallisto_meridian"], R["kallisto_amber"]],
        ["cy_registry", "pa_registry", "ee_registry"], AUTHORS[5])
finding("2018-01-25", "Uganda Covenant Families Initiative drafts the 'Family Integrity Bill'",
        "The bill tabled as a private member's bill in January 2018 reproduces, almost word for word, a draft "
        "circulated by UCFI at a Bridge Fellows workshop. Covenant Bridge Institute's filing lists a grant to UCFI "
        "for 'Family Integrity Bill drafting support'.",
        "ug", "lgbtiq-rights", ["legislative-lobbying", "funding-local-proxies"],
        [UCFI, NSUBUGA, CBI, CLINE] + pays(CBI, UCFI, 2018), ["art_kampala", "cbi990_a"], AUTHORS[0])
finding("2018-03-30", "PLDF's 'allied attorneys' programme pays litigators in Mexico, Kenya and Uganda",
        "Schedule F of the Parental Liberty Defense Fund shows grants to an 'allied attorneys programme' in Mexico "
        "and to legal defence funds of partners in Kenya and, later, Uganda. The programme trains local lawyers and "
        "pays their fees in cases on sexuality education, abortion and LGBTIQ+ rights.",
        "us", "lgbtiq-rights", ["strategic-litigation", "training-and-networking"],
        [PLDF, HOLLISTER, CUSTODIA, KHPC, UCFI, IBARRA] + pays(PLDF, CUSTODIA, 2018), ["pldf990"], AUTHORS[1])
finding("2018-06-19", "Kotwica Institute's 'consulting fees' come from an Estonian shell funded via Cyprus",
        "Instytut Prawny Kotwica reports income from 'legal analysis' for Amber Gate Consulting OÜ, a Tallinn company "
        "without staff. Amber Gate's only revenue is from Kallisto Nominees; since 2021 its sole shareholder is Marina "
        "Veselova, the wife of Pokrov's founder.",
        "pl", "gender-equality", ["opaque-financing", "funding-local-proxies"],
        [KOTWICA, AMBER, KALLISTO, MARINA, VESELOV, R["marina_amber"], R["veselov_marina"]]
        + pays(AMBER, KOTWICA, 2018), ["art_kurier", "ee_registry", "kotwica_fs", "bank_leak"], AUTHORS[5], "internal")
finding("2018-09-27", "Kotwica's model law on 'foreign-funded activists' circulated to Georgian MPs",
        "At a caucus meeting in Tbilisi, Tomasz Wierzbicki presented a model law requiring organisations with foreign "
        "funding to register as 'agents of foreign influence'. Levan Beridze's Georgian Union distributed the text "
        "to members of parliament the following week.",
        "ge", "civic-space", ["restricting-civil-society", "legislative-lobbying"],
        [KOTWICA, WIERZBICKI, GEO_UNION, BERIDZE, CAUCUS], ["art_tbilisi_2"], AUTHORS[7])
finding("2018-11-08", "Instituto Raíces coordinates an amparo against Mexico City's abortion services protocol",
        "Red Jurídica Custodia filed an amparo on behalf of parents' associations against the protocol for legal "
        "abortion services. The case file names Lucía Fernanda Ibarra Peñaloza as counsel and Bradley K. Hollister of "
        "PLDF as co-counsel; Instituto Raíces paid Custodia for 'litigio estratégico' the same year.",
        "mx", "srhr-abortion", ["strategic-litigation"],
        [RAICES, CUSTODIA, IBARRA, HOLLISTER, PLDF] + pays(RAICES, CUSTODIA, 2018), ["mx_court", "raices_ar"], AUTHORS[1])
finding("2019-02-26", "Associação Lar e Tradição files an amicus brief against decriminalisation",
        "In its brief to the Supreme Court, Associação Lar e Tradição frames abortion restrictions as protecting "
        "'the right to life of the unborn child and the conscience rights of health workers'. The brief cites the "
        "Ashford Centre's report and a study co-authored by its president with Dr. Raymond Pruett.",
        "br", "srhr-abortion", ["strategic-litigation", "co-opting-rights-language", "pseudo-scientific-research"],
        [LAR, BRANDAO, PRUETT, ASHFORD], ["br_court", "ashford_report"], AUTHORS[6])
finding("2019-03-12", "The movement's radio station is owned by Lar e Tradição's leadership couple",
        "Voz do Lar Comunicações is owned by João Vítor Albuquerque Sá (70%) and Márcia Conceição Brandão (30%), who "
        "are married; Brandão is president of Associação Lar e Tradição, which pays Voz do Lar regularly for "
        "'broadcasting of programmes'.",
        "br", "srhr-abortion", ["media-ownership"],
        [VOZ, SA, BRANDAO, LAR, R["sa_voz"], R["brandao_voz"], R["sa_brandao"]] + pays(LAR, VOZ, 2018),
        ["art_mirante", "br_cnpj"], AUTHORS[6])
finding("2019-03-14", "HFAI side event at the Commission on the Status of Women",
        "HFAI's side event 'Protecting the family in development' presented comprehensive sexuality education as a "
        "threat to 'parents' prior right to educate their children'. Speakers included Ma. Teresa Villaluz-Dizon of "
        "the Tahanan coalition; the event was organised by Hannah Lindqvist-Moore of HFAI's UN office.",
        "us", "international-norms", ["un-advocacy", "co-opting-rights-language"],
        [HFAI, LINDQVIST, VILLALUZ, TAHANAN, R["lindqvist_hfai"]], ["hfai_web"], AUTHORS[4])
finding("2019-05-22", "An Ashford Centre 'study' on sexuality education is quoted in four parliaments",
        "The Ashford Centre's report on 'outcomes of comprehensive sexuality education in 14 countries' was quoted in "
        "debates in Kenya, Uganda, Ghana and the Philippines. The report was not peer reviewed, its data sources are "
        "not given, and its author's previous work was retracted by a journal in 2014.",
        "gb", "comprehensive-sexuality-education", ["pseudo-scientific-research", "disinformation"],
        [ASHFORD, PRUETT, R["ashford_caucus"]], ["art_yorkshire", "ashford_report"], AUTHORS[4])
finding("2019-07-01", "Cedar Hollow and Lanterngate grants to the Ashford Centre precede its reports",
        "The Ashford Centre was set up in 2016 and received its first grants from Cedar Hollow Foundation and the "
        "Lanterngate Trust in 2017, before it had published anything. Grants labelled 'Journal of Family Outcomes' "
        "fund the journal in which the Centre's own staff publish.",
        "gb", "comprehensive-sexuality-education", ["pseudo-scientific-research"],
        [ASHFORD, CEDAR, LANTERNGATE] + pays(CEDAR, ASHFORD, 2017) + pays(LANTERNGATE, ASHFORD, 2017),
        ["ch990_b", "lanterngate"], AUTHORS[3])
finding("2019-10-08", "Ghana Hearthkeepers Alliance mobilises clergy behind a bill criminalising LGBTIQ+ advocacy",
        "Ghana Hearthkeepers Alliance organised a series of 'clergy breakfasts' with members of parliament in support "
        "of a bill that would criminalise advocacy for LGBTIQ+ rights. The Pan-African Hearth Network lists a "
        "'clergy mobilisation' grant to the Alliance for 2019.",
        "gh", "lgbtiq-rights", ["religious-mobilisation", "legislative-lobbying"],
        [HEARTHKEEPERS, ASANTE, PAHN] + pays(PAHN, HEARTHKEEPERS, 2019), ["art_accra", "pahn_ar_c"], AUTHORS[0])
finding("2019-11-19", "Euro-Atlantic Family Forum briefs MEPs against the Istanbul Convention",
        "The Forum held a briefing in the European Parliament presenting the Istanbul Convention as a vehicle for "
        "'gender ideology'. Its members include Instytut Prawny Kotwica, the Hungarian Morning Star foundation and, "
        "as an associate, HFAI.",
        "be", "gender-equality", ["legislative-lobbying", "co-opting-rights-language"],
        [EAFF, VANDENBERGHE, KERTESZ, KOTWICA, MORNING_STAR, HFAI], ["eaff_ar"], AUTHORS[5])
finding("2020-01-31", "A Hungarian state office funds Morning Star, which funds partners in Warsaw and Brussels",
        "Grant decisions of the National Office for Demographic Renewal show growing grants to the Hajnalcsillag "
        "(Morning Star) foundation. Morning Star passes part of the money to the Euro-Atlantic Family Forum, "
        "Rodzina na Straży and the Kotwica Institute.",
        "hu", "gender-equality", ["funding-local-proxies", "institutional-capture"],
        [HU_OFFICE, MORNING_STAR, EAFF, RODZINA, KOTWICA] + pays(HU_OFFICE, MORNING_STAR, 2019)
        + pays(MORNING_STAR, EAFF, 2019), ["hu_grants", "morning_star_ar"], AUTHORS[5])
finding("2020-02-28", "Former UCFI officer appointed to the new National Commission on Family Integrity",
        "Harriet Namutebi, UCFI's programmes officer until December 2019, was appointed commissioner of the National "
        "Commission on Family Integrity, the body created by the law UCFI drafted. The commission oversees "
        "registration of organisations working on 'family matters'.",
        "ug", "lgbtiq-rights", ["institutional-capture"],
        [NAMUTEBI, UCFI, UG_COMMISSION, R["namutebi_ucfi"], R["namutebi_commission"]],
        ["ug_gazette", "art_kampala"], AUTHORS[0])
finding("2020-06-15", "Campaign blames sexuality education for teenage pregnancies during school closures",
        "During the 2020 school closures, accounts amplifying #ProtectOurChildrenKE blamed a rise in teenage "
        "pregnancies on sexuality education that was not being taught at the time. 62% of posts came from 380 "
        "accounts created within the same fortnight; many shared Hearthlight Media clips.",
        "ke", "comprehensive-sexuality-education", ["disinformation", "astroturfing"],
        [HEARTHLIGHT, KHPC] + pays(PAHN, HEARTHLIGHT, 2020), ["social_ke"], AUTHORS[4], "coalition")
finding("2020-08-21", "Health workers harassed after a Hearthlight 'exposé' video",
        "After Hearthlight Media published a video naming staff of a Nairobi reproductive-health clinic, three of "
        "them received threats and their home addresses were posted online. An informant says the video was "
        "planned at a network communications meeting.",
        "ke", "srhr-abortion", ["online-harassment", "disinformation"],
        [HEARTHLIGHT, NJOROGE, PAHN], ["social_ke", "informant_ke"], AUTHORS[2], "restricted")
finding("2020-10-21", "Tumaini centres present themselves as clinics",
        "Reporters visiting Tumaini Pregnancy Care Centres in Nairobi and Kisumu were offered 'free scans' by staff "
        "without medical training and told that abortion causes infertility. The centres are funded by the "
        "Lanterngate Trust, whose accounts describe them as 'medical outreach'.",
        "ke", "srhr-abortion", ["crisis-pregnancy-centres", "disinformation"],
        [TUMAINI, KARIUKI, LANTERNGATE] + pays(LANTERNGATE, TUMAINI, 2020),
        ["art_equator_2", "lanterngate"], AUTHORS[2])
finding("2020-12-02", "Semilla de Vida collects signatures for a 'life from conception' initiative in Nuevo León",
        "Frente Ciudadano Semilla de Vida ran a citizens' initiative to add protection of life 'from conception' to "
        "the state constitution. The group's spokesperson says it relies on volunteers, but Instituto Raíces has paid "
        "for its mobilisation and communications since 2016.",
        "mx", "srhr-abortion", ["citizens-initiatives", "astroturfing"],
        [SEMILLA, ARRIAGA, RAICES] + pays(RAICES, SEMILLA, 2020), ["art_mx", "raices_ar"], AUTHORS[1])
finding("2021-02-01", "Sarah J. Marlow becomes president of HFAI",
        "HFAI announced Sarah J. Marlow as its president. In her six years in charge of international programmes, "
        "HFAI's grants abroad grew, and the Nairobi hub became their largest recipient.",
        "us", "international-norms", ["training-and-networking", "funding-local-proxies"],
        [MARLOW, HFAI, R["marlow_hfai_pres"]], ["hfai_web", "hfai990_c"], AUTHORS[0])
finding("2021-04-28", "Kera Media and the Georgian Union share an office, staff and a shareholder network",
        "Payroll sheets show the same six people paid by Kera Media and by the Georgian Union for Hearth and Faith. "
        "Kera Media is 51% held by Kallisto Nominees in Cyprus and 49% by Levan Beridze, the Union's chairman, and is "
        "financed by 'shareholder loans' from Kallisto.",
        "ge", "lgbtiq-rights", ["media-ownership", "opaque-financing"],
        [KERA, GEO_UNION, BERIDZE, KALLISTO, R["kera_union"], R["kallisto_kera"], R["beridze_kera_own"]]
        + pays(KALLISTO, KERA, 2020), ["kera_payroll", "art_tbilisi", "ge_registry"], AUTHORS[7], "internal")
finding("2021-06-30", "Kera Media broadcasts target Tbilisi Pride organisers",
        "In the weeks before Tbilisi Pride, Kera Media broadcasts and affiliated Telegram channels published the names "
        "and photographs of organisers and called for counter-mobilisation. Several organisers were attacked on "
        "5 July.",
        "ge", "lgbtiq-rights", ["online-harassment", "disinformation", "media-ownership"],
        [KERA, BERIDZE, GEO_UNION], ["social_ge", "art_tbilisi"], AUTHORS[7], "coalition")
finding("2021-09-14", "Tahanan coalition's caravans against the equality bill are funded by HFAI",
        "The Tahanan at Pananampalataya Coalition organised 'Family First' caravans through parishes in Luzon against "
        "the SOGIE equality bill. HFAI's Schedule F lists grants to an East Asia and Pacific partner that match "
        "the coalition's declared budget.",
        "ph", "lgbtiq-rights", ["religious-mobilisation", "legislative-lobbying", "funding-local-proxies"],
        [TAHANAN, VILLALUZ, HFAI] + pays(HFAI, TAHANAN, 2021), ["art_manila", "hfai990_c"], AUTHORS[4])
finding("2021-11-09", "Rodzina na Straży petitions against equality lessons in schools",
        "Stowarzyszenie Rodzina na Straży collected signatures for a 'parents' rights' bill that would require written "
        "parental consent for any extracurricular lessons on equality. Its campaign is funded by the Kotwica "
        "Institute and the Morning Star foundation.",
        "pl", "comprehensive-sexuality-education", ["curriculum-interference", "citizens-initiatives", "co-opting-rights-language"],
        [RODZINA, DABROWSKA, KOTWICA, MORNING_STAR] + pays(KOTWICA, RODZINA, 2021) + pays(MORNING_STAR, RODZINA, 2021),
        ["pl_krs", "kotwica_fs", "morning_star_ar"], AUTHORS[5])
finding("2022-02-17", "Kotwica Media portal amplifies 'gender ideology' content",
        "Kotwica Media, wholly owned by the Kotwica Institute and regularly capitalised by it, runs a news portal "
        "that republishes Kera Media and Hearthlight Media material in Polish alongside the Institute's legal "
        "commentary.",
        "pl", "gender-equality", ["media-ownership", "disinformation"],
        [KOTWICA_MEDIA, KOTWICA, WIERZBICKI, R["kotwica_media_own"]] + pays(KOTWICA, KOTWICA_MEDIA, 2021),
        ["pl_krs", "kotwica_fs"], AUTHORS[5])
finding("2022-05-19", "PLDF-backed interveners defend the Family Integrity Act before the Constitutional Court",
        "UCFI intervened in the constitutional challenge to the Family Integrity Act. Its brief was drafted with the "
        "help of PLDF lawyers, and PLDF's Schedule F lists a grant for an 'interveners' brief' in 2021 and 2022.",
        "ug", "lgbtiq-rights", ["strategic-litigation"],
        [UCFI, PLDF, HOLLISTER, NSUBUGA] + pays(PLDF, UCFI), ["ug_court", "pldf990"], AUTHORS[0])
finding("2022-07-05", "Instituto Âncora trains municipal candidates in Brazil",
        "Instituto Âncora da Família ran a training course for more than 200 candidates for municipal councils, "
        "including pledges on 'defending the family' and opposing 'gender ideology' in schools. Covenant Bridge "
        "Institute funds the programme.",
        "br", "family-policy", ["electoral-mobilisation", "training-and-networking"],
        [ANCORA, GUEDES, CBI] + pays(CBI, ANCORA, 2022), ["cbi990_a", "raices_ar"], AUTHORS[6])
finding("2022-09-12", "Verdad y Familia Digital runs paid ads in state elections",
        "Verdad y Familia Digital bought social media advertising attacking candidates who support decriminalising "
        "abortion. The company is 55% owned by Instituto Raíces and 45% by its director general, and received "
        "'aportaciones' from Raíces and Semilla de Vida in the election year.",
        "mx", "srhr-abortion", ["electoral-mobilisation", "media-ownership"],
        [VERDAD, RAICES, ZARATE, SEMILLA, R["raices_verdad"]] + pays(RAICES, VERDAD, 2022) + pays(SEMILLA, VERDAD, 2022),
        ["mx_registry", "raices_ar"], AUTHORS[1])
finding("2022-10-03", "Arkady Veselov identified as the beneficial owner of Meridian Veritas",
        "Correspondence between Kallisto Nominees and a Panamanian law firm names Arkady Petrovich Veselov as the "
        "ultimate beneficial owner of Meridian Veritas Holdings, for which Kallisto acts as nominee shareholder. "
        "Karim Haddad, Meridian's director, is described as Veselov's 'agent'.",
        "pa", "democracy-and-rule-of-law", ["opaque-financing"],
        [VESELOV, MERIDIAN, KALLISTO, HADDAD, R["veselov_meridian"], R["kallisto_meridian_own"], R["veselov_haddad"]],
        ["bank_leak", "pa_registry"], AUTHORS[3], "internal")
finding("2023-02-07", "Abusua Pa Foundation intervenes at the Supreme Court of Ghana",
        "Abusua Pa Foundation filed a statement of case supporting the constitutionality of the bill restricting "
        "LGBTIQ+ advocacy. PLDF's filings list a grant for a 'Supreme Court intervention' in Ghana in 2022 and 2023.",
        "gh", "lgbtiq-rights", ["strategic-litigation"],
        [ABUSUA, MENSAH, PLDF] + pays(PLDF, ABUSUA), ["gh_court", "pldf990"], AUTHORS[0])
finding("2023-02-20", "HFAI's 'Africa 2030' memo sets legislative targets in twelve countries",
        "A leaked HFAI strategy memo sets the goal of 'family protection' laws in twelve African countries by 2030, "
        "assigns each to a partner in the Pan-African Hearth Network, and plans 'local ownership' of the campaigns "
        "so that HFAI is not visible. It budgets support for Hearthlight Media as the network's 'content engine'.",
        "ke", "lgbtiq-rights", ["legislative-lobbying", "funding-local-proxies", "astroturfing"],
        [HFAI, MARLOW, PAHN, HEARTHLIGHT, SALEM, R["salem_hearthlight"]], ["hfai_memo"], AUTHORS[3], "internal")
finding("2023-04-19", "Conversion 'counselling' offered at UCFI family camps",
        "A former participant describes 'healing sessions' at UCFI family camps in which young people suspected of "
        "being gay were separated from the group and prayed over for days. The camps are funded through the Pan-"
        "African Hearth Network's Uganda programme.",
        "ug", "lgbtiq-rights", ["conversion-practices", "religious-mobilisation"],
        [UCFI, NSUBUGA, PAHN] + pays(PAHN, UCFI, 2019), ["informant_ug", "pahn_ar_c"], AUTHORS[0], "restricted")
finding("2023-08-15", "Georgia's 'foreign agents' bill mirrors the Kotwica model law",
        "The bill introduced in Georgia in 2023 shares 14 of its 19 articles with the model law presented by Tomasz "
        "Wierzbicki in Tbilisi in 2018, including the definition of 'agent of foreign influence'.",
        "ge", "civic-space", ["restricting-civil-society", "legislative-lobbying"],
        [KOTWICA, WIERZBICKI, GEO_UNION, BERIDZE], ["art_tbilisi_2"], AUTHORS[7])
finding("2023-12-31", "The Nairobi hub's grants to Kenyan groups reach their peak",
        f"The Pan-African Hearth Network's 2022-2023 report shows grants of KES "
        f"{amount_sum(pays(PAHN, KHPC, 2023))} to the Kenya Heritage Parents' Coalition in 2023 alone, most of "
        "it for a 'curriculum review campaign'. HFAI remained the network's largest funder.",
        "ke", "family-policy", ["funding-local-proxies", "curriculum-interference"],
        [PAHN, KHPC, HFAI] + pays(PAHN, KHPC, 2023) + pays(HFAI, PAHN, 2023), ["pahn_ar_c", "hfai990_c", "art_equator"], AUTHORS[2])
finding("2024-02-13", "Euro-Atlantic Family Forum launches a 'European Parents' Initiative'",
        "The Forum registered a European citizens' initiative calling for a parental veto on sexuality education "
        "across the EU. Its member organisations in Poland and Hungary run the signature collection.",
        "be", "comprehensive-sexuality-education", ["citizens-initiatives", "curriculum-interference"],
        [EAFF, RODZINA, MORNING_STAR] + pays(MORNING_STAR, EAFF, 2024), ["eaff_ar", "morning_star_ar"], AUTHORS[5])
finding("2024-04-30", "Ashcombe money reaches HFAI directly after the donor-advised fund is exposed",
        "After reporting on the 'Hollow Creek Fund' in 2023, Covenant Stewardship Fund's grants to HFAI stopped. In "
        "2024 HFAI's grant list shows an 'unrestricted gift' of a similar size from Greystone Advisory LLC.",
        "us", "family-policy", ["opaque-financing"],
        [GREYSTONE, HFAI, CSF, PHILIP, R["philip_greystone"]] + pays(GREYSTONE, HFAI),
        ["hfai990_c", "csf_list", "us_registry"], AUTHORS[3])
finding("2024-06-25", "HFAI and network partners lobby on the 'protection of the family' resolution",
        "At the Human Rights Council, HFAI and members of the Pan-African Hearth Network delivered joint statements "
        "in favour of a resolution on 'protection of the family' and against references to 'various forms of the "
        "family'.",
        "ch", "international-norms", ["un-advocacy", "co-opting-rights-language"],
        [HFAI, PAHN, LINDQVIST, ODHIAMBO], ["hrc_statements"], AUTHORS[4])
finding("2024-09-10", "Covenant Bridge has funded Pan-African Hearth Network since 2016",
        "Covenant Bridge Institute's filings show repeated grants to the Pan-African Hearth Network since 2016 for "
        "'Bridge Fellows Africa'. Two of the network's leaders, including its executive director, are former Bridge "
        "Fellows.",
        "ke", "family-policy", ["training-and-networking", "funding-local-proxies"],
        [CBI, PAHN, ODHIAMBO] + pays(CBI, PAHN), ["cbi990_a", "art_equator"], AUTHORS[2])


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------

DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
NUMBER_RE = re.compile(r"^-?\d+(\.\d+)?$")
URL_RE = re.compile(r"^https://([a-z0-9-]+\.)*example\.(org|com|net)(/|$)")
SENSITIVITIES = {"public", "coalition", "internal", "restricted"}


class Model:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        self.types = data["types"]
        self.schemata = data["schemata"]
        self._props = {}
        self._ancestors = {}

    def ancestors(self, name):
        """The schema and every schema it extends, transitively."""
        if name not in self._ancestors:
            seen = [name]
            for parent in self.schemata[name].get("extends", []):
                for a in self.ancestors(parent):
                    if a not in seen:
                        seen.append(a)
            self._ancestors[name] = seen
        return self._ancestors[name]

    def properties(self, name):
        if name not in self._props:
            props = {}
            for schema in reversed(self.ancestors(name)):
                props.update(self.schemata[schema].get("properties", {}))
            self._props[name] = props
        return self._props[name]

    def is_a(self, schema, ancestor):
        return ancestor in self.ancestors(schema)


def validate_entities(model, entities):
    """entities: list of {"id", "schema", "properties"}. Returns a list of problems."""
    problems = []
    countries = model.types["country"]["values"]
    genders = model.types["gender"]["values"]
    schema_of = {}
    for e in entities:
        if e["id"] in schema_of:
            problems.append(f"{e['id']}: duplicate id")
        schema_of[e["id"]] = e["schema"]
    for e in entities:
        eid, schema = e["id"], e["schema"]
        if schema not in model.schemata:
            problems.append(f"{eid}: unknown schema {schema}")
            continue
        if model.schemata[schema].get("abstract"):
            problems.append(f"{eid}: abstract schema {schema}")
        props = model.properties(schema)
        for req in model.schemata[schema].get("required", []):
            if req not in e["properties"]:
                problems.append(f"{eid}: {schema} requires {req}")
        for name, values in e["properties"].items():
            prop = props.get(name)
            if prop is None:
                problems.append(f"{eid}: {schema} has no property {name}")
                continue
            if not isinstance(values, list) or not values:
                problems.append(f"{eid}.{name}: values must be a non-empty list")
                continue
            ptype = prop["type"]
            limit = prop.get("maxLength") or model.types.get(ptype, {}).get("maxLength")
            for v in values:
                if not isinstance(v, str) or not v.strip() or v != v.strip():
                    problems.append(f"{eid}.{name}: bad value {v!r}")
                    continue
                if limit and len(v) > limit:
                    problems.append(f"{eid}.{name}: value longer than {limit}")
                if ptype == "country" and v not in countries:
                    problems.append(f"{eid}.{name}: unknown country {v!r}")
                elif ptype == "gender" and v not in genders:
                    problems.append(f"{eid}.{name}: unknown gender {v!r}")
                elif ptype == "date" and not DATE_RE.match(v):
                    problems.append(f"{eid}.{name}: not an ISO date {v!r}")
                elif ptype == "number" and not NUMBER_RE.match(v):
                    problems.append(f"{eid}.{name}: not a plain decimal {v!r}")
                elif ptype == "url" and not URL_RE.match(v):
                    problems.append(f"{eid}.{name}: URL outside example.org/com/net {v!r}")
                elif ptype == "entity":
                    target = schema_of.get(v)
                    if target is None:
                        problems.append(f"{eid}.{name}: unknown entity {v!r}")
                    elif prop.get("range") and not model.is_a(target, prop["range"]):
                        problems.append(f"{eid}.{name}: {v} is a {target}, not a {prop['range']}")
        if "currency" in e["properties"]:
            for v in e["properties"]["currency"]:
                if not re.match(r"^[A-Z]{3}$", v):
                    problems.append(f"{eid}.currency: not an ISO currency code {v!r}")
    return problems


def validate_records(model, taxonomy, entity_ids, records):
    """records: source/finding/cite dicts in file order. Returns a list of problems."""
    problems = []
    countries = model.types["country"]["values"]
    tactics = {t["id"] for t in taxonomy["tactics"]}
    themes = {t["id"] for t in taxonomy["themes"]}
    sources = {}  # id -> sensitivity
    findings = set()
    levels = ["public", "coalition", "internal", "restricted"]
    for rec in records:
        kind = rec.get("record")
        rid = rec.get("id") or rec.get("entity")
        if kind == "source":
            if rid in sources:
                problems.append(f"{rid}: duplicate source")
            sources[rid] = rec.get("sensitivity")
            if not rec.get("title"):
                problems.append(f"{rid}: no title")
            if not re.match(r"^[A-F]$", rec.get("reliability", "")):
                problems.append(f"{rid}: reliability must be A-F")
            if not re.match(r"^[1-6]$", rec.get("credibility", "")):
                problems.append(f"{rid}: credibility must be 1-6")
            if rec.get("sensitivity") not in SENSITIVITIES:
                problems.append(f"{rid}: bad sensitivity")
            for key in ("published", "retrieved"):
                if key in rec and not DATE_RE.match(rec[key]):
                    problems.append(f"{rid}: {key} not an ISO date")
            if "url" in rec and not URL_RE.match(rec["url"]):
                problems.append(f"{rid}: URL outside example.org/com/net")
            if rec.get("sensitivity") == "restricted" and "url" in rec:
                problems.append(f"{rid}: a restricted source should have no URL")
        elif kind == "finding":
            if rid in findings:
                problems.append(f"{rid}: duplicate finding")
            findings.add(rid)
            for key in ("title", "text", "author", "date"):
                if not rec.get(key):
                    problems.append(f"{rid}: no {key}")
            if "date" in rec and not DATE_RE.match(rec["date"]):
                problems.append(f"{rid}: date not ISO")
            if "country" in rec and rec["country"] not in countries:
                problems.append(f"{rid}: unknown country {rec['country']}")
            if rec.get("theme") not in themes:
                problems.append(f"{rid}: unknown theme {rec.get('theme')}")
            for t in rec.get("tactics", []):
                if t not in tactics:
                    problems.append(f"{rid}: unknown tactic {t}")
            for e in rec.get("entities", []):
                if e not in entity_ids:
                    problems.append(f"{rid}: unknown entity {e}")
            if len(set(rec.get("entities", []))) != len(rec.get("entities", [])):
                problems.append(f"{rid}: entity listed twice")
            if not rec.get("sources"):
                problems.append(f"{rid}: no sources")
            for s in rec.get("sources", []):
                if s not in sources:
                    problems.append(f"{rid}: source {s} unknown or not yet defined")
            if rec.get("sensitivity") not in SENSITIVITIES:
                problems.append(f"{rid}: bad sensitivity")
            else:
                for s in rec.get("sources", []):
                    if s in sources and levels.index(sources[s]) > levels.index(rec["sensitivity"]):
                        problems.append(f"{rid}: {rec['sensitivity']} finding cites {sources[s]} source {s}")
        elif kind == "cite":
            if rid not in entity_ids:
                problems.append(f"cite: unknown entity {rid}")
            if not rec.get("sources"):
                problems.append(f"cite {rid}: no sources")
            for s in rec.get("sources", []):
                if s not in sources:
                    problems.append(f"cite {rid}: source {s} unknown or not yet defined")
        else:
            problems.append(f"unknown record kind {kind!r}")
    return problems


def validate(lines, model_path=MODEL_PATH, taxonomy_path=TAXONOMY_PATH):
    """Checks the parsed output lines (entities first, then records)."""
    model = Model(model_path)
    with open(taxonomy_path, encoding="utf-8") as f:
        taxonomy = json.load(f)
    entities = [x for x in lines if "schema" in x]
    records = [x for x in lines if "record" in x]
    problems = []
    if not lines or lines[0].get("schema") != "Note" or NOTE_TEXT not in lines[0]["properties"].get("name", []):
        problems.append("the first line must be the 'FICTIONAL DEMO DATA' note")
    first_record = next((i for i, x in enumerate(lines) if "record" in x), len(lines))
    if any("schema" in x for x in lines[first_record:]):
        problems.append("entities must come before records")
    problems += validate_entities(model, entities)
    problems += validate_records(model, taxonomy, {e["id"] for e in entities}, records)
    return problems


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------

def build_lines():
    lines = [ENTITIES[eid] for eid in ORDER]
    lines += [rec for _, rec in SOURCES]
    lines += FINDINGS
    for eid in ORDER:
        if eid in CITES:
            lines.append({"record": "cite", "entity": eid,
                          "sources": list(dict.fromkeys(S[k] for k in CITES[eid]))})
    return lines


def summary(lines):
    counts = {}
    for x in lines:
        key = x.get("schema") or "record:" + x["record"]
        counts[key] = counts.get(key, 0) + 1
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=DEFAULT_OUT)
    parser.add_argument("--check-only", action="store_true", help="validate, write nothing")
    args = parser.parse_args()
    lines = build_lines()
    problems = validate(lines)
    if problems:
        for p in problems:
            print("problem:", p, file=sys.stderr)
        return 1
    if not args.check_only:
        with open(args.out, "w", encoding="utf-8", newline="\n") as f:
            for x in lines:
                f.write(json.dumps(x, ensure_ascii=False) + "\n")
    counts = summary(lines)
    print(f"{'checked' if args.check_only else 'wrote ' + os.path.relpath(args.out)}: "
          f"{len(lines)} lines", file=sys.stderr)
    for key in sorted(counts):
        print(f"  {key:22} {counts[key]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
