#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates realistic synthetic FollowTheMoney JSON lines for benchmarks.

    gen_ftm.py [--entities N] [--seed S] [--out FILE] [--duplicates F --truth FILE] [--check]

About 40% actors (Person, Organization, Company, PublicBody) with multicultural names (about
one in ten in Cyrillic, Arabic, Greek or Chinese script), 50% relationships (mostly Payment,
plus Ownership, Directorship, Membership, Employment, Family, Associate, UnknownLink) that
reference earlier actors, and 10% Address. About five property values per entity.

Output is streamed and deterministic for a given seed and argument set; memory stays small
and constant: ids are derived from (seed, schema, index) by hashing, so references to earlier
entities need no table, and only a bounded window of recent actors is kept for duplicates.

With --duplicates F, that fraction of actor records is emitted a second time as a separate
entity whose name carries realistic noise (typos, reordered tokens, initials, another script
or transliteration, dropped diacritics, legal-form variants); the true pairs go to --truth as
"idA,idB" lines (original first). Duplicates count towards --entities.

All names are assembled at random from lists of common given names, family names and words;
they do not describe real people or organisations.
"""

import argparse
import hashlib
import json
import os
import random
import sys
import time
import unicodedata

# --------------------------------------------------------------------------------------------
# Name material. Cultures carry country codes, given and family names; the non-Latin ones
# carry (latin, native) pairs so that duplicates can switch script.
# --------------------------------------------------------------------------------------------

CULTURES = {
    "anglo": dict(countries=["us", "gb", "ca", "au", "ie", "nz"], weight=14,
                  given="James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Susan Richard Jessica Thomas Sarah Charles Karen Daniel Emily Matthew Hannah Andrew Grace Joshua Megan Kevin Laura Brian Rachel".split(),
                  family="Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Carter Roberts Turner Phillips Parker Evans Edwards".split(),
                  middle=True),
    "hispanic": dict(countries=["mx", "es", "co", "ar", "pe", "cl", "gt", "ec"], weight=11,
                     given="José María Juan Guadalupe Luis Carmen Carlos Ana Jorge Lucía Miguel Sofía Alejandro Valentina Fernando Isabel Javier Elena Ricardo Paula Andrés Verónica Ignacio Adriana Raúl Patricia Héctor Mónica".split(),
                     family="García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Cruz Morales Reyes Gutiérrez Ortiz Jiménez Ruiz Álvarez Castillo Romero Vargas Mendoza Herrera Medina Aguilar Peñaloza".split(),
                     two_surnames=True),
    "lusophone": dict(countries=["br", "pt", "ao", "mz"], weight=7,
                      given="João Maria Antônio Ana Francisco Francisca Carlos Antônia Paulo Adriana Pedro Juliana Lucas Márcia Luiz Fernanda Marcos Patrícia Gabriel Aline Rafael Sandra Daniel Camila Vítor Letícia".split(),
                      family="Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Conceição Araújo Brandão".split(),
                      two_surnames=True),
    "francophone": dict(countries=["fr", "be", "sn", "ci", "cm", "ch"], weight=6,
                        given="Jean Marie Pierre Françoise Michel Isabelle Philippe Nathalie Alain Sylvie Nicolas Catherine François Valérie Éric Sandrine Laurent Céline Olivier Aurélie Mamadou Aïssatou Moussa Fatou".split(),
                        family="Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Garcia Fontaine Rousseau Vincent Mercier Blanc Diallo Ndiaye Diop Koné Traoré Mbarga".split()),
    "germanic": dict(countries=["de", "at", "ch", "nl", "se", "no", "dk"], weight=6,
                     given="Hans Anna Peter Ursula Klaus Monika Jürgen Petra Stefan Sabine Andreas Claudia Thomas Birgit Jan Sophie Lars Ingrid Erik Astrid Maarten Femke Jörg Käthe".split(),
                     family="Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schröder Neumann de Vries Jansen Bakker Visser Johansson Andersson Nilsen Hansen Jensen Lindqvist Öztürk".split()),
    "polish": dict(countries=["pl"], weight=3,
                   given="Piotr Anna Krzysztof Maria Andrzej Katarzyna Tomasz Małgorzata Paweł Agnieszka Marcin Barbara Michał Ewa Łukasz Joanna Grzegorz Magdalena Wojciech Zofia".split(),
                   family="Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Piotrowski Grabowski Żak".split()),
    "hungarian": dict(countries=["hu"], weight=2,
                      given="László Mária István Erzsébet József Katalin Zoltán Éva Sándor Ilona Gábor Zsófia Attila Anikó Péter Krisztina".split(),
                      family="Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos Mészáros Kertész Halmi".split()),
    "italian": dict(countries=["it", "sm", "mt"], weight=3,
                    given="Giuseppe Maria Giovanni Anna Antonio Giulia Francesco Francesca Mario Chiara Luigi Elena Paolo Alessandra Marco Valentina".split(),
                    family="Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca Mancini Costa Giordano Rizzo".split()),
    "east_african": dict(countries=["ke", "tz", "ug", "rw"], weight=6,
                         given="Peter Grace John Mary Joseph Esther Daniel Faith Samuel Mercy David Joyce Moses Ruth James Agnes Otieno Wanjiku Kamau Achieng Kiprono Chebet Onyango Akinyi".split(),
                         family="Mwangi Otieno Kamau Wanjiru Odhiambo Njoroge Kariuki Wafula Ochieng Mutua Kiprop Chelimo Nsubuga Namutebi Kato Ssemakula Okello Achieng Mugisha Byaruhanga Nyirenda Mollel Massawe Kimaro".split()),
    "west_african": dict(countries=["gh", "ng", "sl", "lr"], weight=6,
                         given="Kwame Abena Kofi Akosua Kwabena Ama Yaw Efua Chinedu Ngozi Emeka Chioma Oluwaseun Funmilayo Adebayo Folake Ibrahim Aisha Musa Hauwa".split(),
                         family="Mensah Asante Boateng Owusu Osei Agyeman Appiah Addo Okafor Okonkwo Eze Nwosu Adeyemi Ogunleye Balogun Bello Abubakar Danjuma Sesay Kamara".split()),
    "filipino": dict(countries=["ph"], weight=3,
                     given=["Jose", "Maria", "Juan", "Ma. Teresa", "Rodrigo", "Cristina", "Ramon", "Rosario", "Eduardo", "Lourdes", "Antonio", "Imelda", "Jericho", "Kristine", "Paolo", "Angelica"],
                     family="Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Villanueva Dizon Aquino Ramos Castro Villaluz Manalo Pascual Soriano Navarro".split()),
    "south_asian": dict(countries=["in", "pk", "bd", "lk"], weight=5,
                        given="Rahul Priya Amit Anjali Sanjay Sunita Vikram Kavita Arjun Deepa Ravi Lakshmi Imran Ayesha Farhan Nusrat Suresh Meena".split(),
                        family="Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Khan Ahmed Chowdhury Rahman Perera Fernando Joshi Mehta Rao Das".split()),
    "turkic": dict(countries=["tr", "az"], weight=2,
                   given="Mehmet Ayşe Mustafa Fatma Ahmet Emine Ali Hatice Hüseyin Zeynep Emre Elif".split(),
                   family="Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan".split()),
    "georgian": dict(countries=["ge"], weight=1,
                     given="Giorgi Nino Davit Tamar Levan Mariam Irakli Ketevan Zurab Natia".split(),
                     family="Beridze Kapanadze Gelashvili Maisuradze Giorgadze Lomidze Tsiklauri Bolkvadze Nozadze Abashidze".split()),
    # Cultures with a second script: (latin, native) pairs.
    "russian": dict(countries=["ru", "by", "kz", "ua"], weight=5, script="Cyrl",
                    given=[("Ivan", "Иван"), ("Olga", "Ольга"), ("Sergey", "Сергей"), ("Tatiana", "Татьяна"), ("Dmitry", "Дмитрий"), ("Elena", "Елена"), ("Alexey", "Алексей"), ("Natalia", "Наталья"), ("Andrey", "Андрей"), ("Irina", "Ирина"), ("Mikhail", "Михаил"), ("Svetlana", "Светлана"), ("Nikolai", "Николай"), ("Marina", "Марина"), ("Arkady", "Аркадий"), ("Yulia", "Юлия"), ("Pavel", "Павел"), ("Anna", "Анна")],
                    family=[("Ivanov", "Иванов"), ("Smirnov", "Смирнов"), ("Kuznetsov", "Кузнецов"), ("Popov", "Попов"), ("Vasiliev", "Васильев"), ("Petrov", "Петров"), ("Sokolov", "Соколов"), ("Mikhailov", "Михайлов"), ("Novikov", "Новиков"), ("Fedorov", "Фёдоров"), ("Morozov", "Морозов"), ("Volkov", "Волков"), ("Alekseev", "Алексеев"), ("Lebedev", "Лебедев"), ("Semenov", "Семёнов"), ("Egorov", "Егоров"), ("Veselov", "Веселов"), ("Zvyagintsev", "Звягинцев")],
                    feminine=True),
    "greek": dict(countries=["gr", "cy"], weight=3, script="Grek",
                  given=[("Georgios", "Γεώργιος"), ("Maria", "Μαρία"), ("Dimitrios", "Δημήτριος"), ("Eleni", "Ελένη"), ("Konstantinos", "Κωνσταντίνος"), ("Aikaterini", "Αικατερίνη"), ("Ioannis", "Ιωάννης"), ("Vasiliki", "Βασιλική"), ("Nikolaos", "Νικόλαος"), ("Sofia", "Σοφία"), ("Andreas", "Ανδρέας"), ("Despina", "Δέσποινα")],
                  family=[("Papadopoulos", "Παπαδόπουλος"), ("Georgiou", "Γεωργίου"), ("Nikolaou", "Νικολάου"), ("Kyriakou", "Κυριάκου"), ("Papageorgiou", "Παπαγεωργίου"), ("Konstantinou", "Κωνσταντίνου"), ("Christodoulou", "Χριστοδούλου"), ("Ioannou", "Ιωάννου"), ("Markou", "Μάρκου"), ("Charalambous", "Χαραλάμπους"), ("Vlachos", "Βλάχος"), ("Antoniou", "Αντωνίου")]),
    "arabic": dict(countries=["eg", "jo", "lb", "ma", "ae", "sa", "tn", "iq"], weight=6, script="Arab",
                   given=[("Ahmed", "أحمد"), ("Fatima", "فاطمة"), ("Mohammed", "محمد"), ("Aisha", "عائشة"), ("Omar", "عمر"), ("Layla", "ليلى"), ("Karim", "كريم"), ("Nadia", "نادية"), ("Youssef", "يوسف"), ("Mariam", "مريم"), ("Khaled", "خالد"), ("Huda", "هدى"), ("Tarek", "طارق"), ("Rania", "رانيا"), ("Samir", "سمير"), ("Salma", "سلمى")],
                   family=[("Haddad", "حداد"), ("Khalil", "خليل"), ("Mansour", "منصور"), ("Saleh", "صالح"), ("Nasser", "ناصر"), ("Farouk", "فاروق"), ("Hamdan", "حمدان"), ("Aziz", "عزيز"), ("Salem", "سالم"), ("Ibrahim", "إبراهيم"), ("Darwish", "درويش"), ("Khoury", "خوري"), ("Sabbagh", "صباغ"), ("Hassan", "حسن")]),
    "chinese": dict(countries=["cn", "tw", "sg", "hk"], weight=6, script="Hani",
                    given=[("Wei", "伟"), ("Fang", "芳"), ("Lei", "磊"), ("Jing", "静"), ("Jun", "军"), ("Yan", "燕"), ("Qiang", "强"), ("Li", "丽"), ("Hao", "浩"), ("Xiu Ying", "秀英"), ("Jian Guo", "建国"), ("Mei", "梅"), ("Min", "敏"), ("Xin", "欣")],
                    family=[("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"), ("Yang", "杨"), ("Huang", "黄"), ("Zhao", "赵"), ("Wu", "吴"), ("Zhou", "周"), ("Xu", "徐"), ("Sun", "孙"), ("Ma", "马"), ("Zhu", "朱")],
                    family_first=True),
}

# Given-name lists alternate male, female: a name's gender is the parity of its index.

# Words for organisation names, by language, with legal forms by country.
ORG_WORDS = {
    "en": (["Family", "Heritage", "Liberty", "Covenant", "Hearth", "Horizon", "Unity", "Beacon", "Cornerstone",
            "Pathway", "Harvest", "Lantern", "Meridian", "Summit", "Bridge", "Anchor", "Frontier", "Legacy",
            "Sentinel", "Keystone", "Evergreen", "Northstar", "Harbor", "Compass"],
           ["Foundation", "Institute", "Alliance", "Council", "Network", "Coalition", "Fund", "Trust",
            "Centre", "Forum", "Society", "Initiative", "Association", "Partnership"]),
    "es": (["Familia", "Vida", "Horizonte", "Raíces", "Esperanza", "Futuro", "Libertad", "Tradición",
            "Unidad", "Semilla", "Faro", "Camino"], ["Fundación", "Instituto", "Red", "Asociación", "Frente", "Centro"]),
    "pt": (["Família", "Vida", "Esperança", "Lar", "Tradição", "Futuro", "Aliança", "Raiz", "Caminho"],
           ["Instituto", "Associação", "Fundação", "Movimento", "Centro", "Rede"]),
    "fr": (["Famille", "Avenir", "Espérance", "Héritage", "Liberté", "Horizon", "Racines"],
           ["Fondation", "Institut", "Alliance", "Association", "Collectif", "Centre"]),
    "de": (["Familie", "Zukunft", "Heimat", "Freiheit", "Brücke", "Leuchtturm"],
           ["Stiftung", "Institut", "Verein", "Bund", "Netzwerk", "Forum"]),
    "pl": (["Rodzina", "Przyszłość", "Kotwica", "Dziedzictwo", "Wolność", "Nadzieja"],
           ["Fundacja", "Instytut", "Stowarzyszenie", "Forum", "Centrum"]),
}
LANG_OF = {"anglo": "en", "east_african": "en", "west_african": "en", "filipino": "en", "south_asian": "en",
           "hispanic": "es", "lusophone": "pt", "francophone": "fr", "germanic": "de", "polish": "pl"}
NATIVE_ORG = {
    "Cyrl": (["Север", "Альянс", "Развитие", "Традиция", "Покров", "Наследие", "Содружество", "Вектор", "Гарант", "Восход"],
             lambda w, k: [f"Фонд «{w}»", f"ООО «{w}»", f"АНО «{w}»", f"Союз «{w}»"][k]),
    "Grek": (["Ακρόπολις", "Ορίζων", "Καλλιστώ", "Ελπίδα", "Αρμονία", "Πρόοδος", "Κυψέλη", "Φάρος"],
             lambda w, k: [f"Ίδρυμα {w}", f"{w} Α.Ε.", f"{w} Λτδ", f"Σύλλογος {w}"][k]),
    "Arab": (["النور", "الأمل", "الفجر", "الوفاء", "البناء", "الرحمة", "الأسرة", "السلام"],
             lambda w, k: [f"مؤسسة {w}", f"شركة {w} المحدودة", f"جمعية {w}", f"مجموعة {w}"][k]),
    "Hani": (["华夏", "东方", "长城", "和平", "光明", "新世纪", "天和", "瑞丰"],
             lambda w, k: [f"{w}基金会", f"{w}有限公司", f"{w}协会", f"{w}集团有限公司"][k]),
}
SECTORS = ["Holdings", "Capital", "Media", "Consulting", "Trading", "Logistics", "Properties", "Investments",
           "Communications", "Advisory", "Ventures", "Publishing", "Agro", "Energy", "Services"]
COMPANY_FORMS = {
    "us": ["LLC", "Inc.", "Corp."], "gb": ["Ltd", "Limited", "LLP"], "ie": ["Ltd", "DAC"], "ca": ["Inc.", "Ltd"],
    "au": ["Pty Ltd"], "nz": ["Limited"], "mx": ["S.A. de C.V.", "S. de R.L."], "es": ["S.L.", "S.A."],
    "co": ["S.A.S."], "ar": ["S.R.L.", "S.A."], "pe": ["S.A.C."], "cl": ["SpA"], "gt": ["S.A."], "ec": ["Cía. Ltda."],
    "br": ["Ltda.", "S.A.", "EIRELI"], "pt": ["Lda.", "S.A."], "ao": ["Lda."], "mz": ["Lda."],
    "fr": ["SAS", "SARL"], "be": ["SRL", "SA"], "sn": ["SARL"], "ci": ["SARL"], "cm": ["SARL"], "ch": ["AG", "GmbH", "SA"],
    "de": ["GmbH", "AG"], "at": ["GmbH"], "nl": ["B.V."], "se": ["AB"], "no": ["AS"], "dk": ["ApS"],
    "pl": ["sp. z o.o.", "S.A."], "hu": ["Kft.", "Zrt."], "it": ["S.r.l.", "S.p.A."], "sm": ["S.r.l."], "mt": ["Ltd"],
    "ke": ["Ltd", "Limited"], "tz": ["Ltd"], "ug": ["Ltd"], "rw": ["Ltd"], "gh": ["Ltd", "Limited"], "ng": ["Ltd", "Plc"],
    "sl": ["Ltd"], "lr": ["Inc."], "ph": ["Inc.", "Corp."], "in": ["Pvt. Ltd.", "Ltd"], "pk": ["(Pvt.) Ltd."],
    "bd": ["Ltd"], "lk": ["(Pvt) Ltd"], "tr": ["A.Ş.", "Ltd. Şti."], "az": ["MMC"], "ge": ["LLC"],
    "ru": ["LLC", "JSC"], "by": ["LLC"], "kz": ["LLP"], "ua": ["LLC"], "gr": ["S.A.", "IKE"], "cy": ["Ltd"],
    "eg": ["S.A.E."], "jo": ["LLC"], "lb": ["SAL"], "ma": ["SARL"], "ae": ["FZE", "LLC"], "sa": ["LLC"], "tn": ["SARL"],
    "iq": ["LLC"], "cn": ["Co., Ltd."], "tw": ["Co., Ltd."], "sg": ["Pte. Ltd."], "hk": ["Limited"],
    "pa": ["S.A.", "Corp."], "vg": ["Ltd"], "ky": ["Ltd"], "lu": ["S.à r.l."], "li": ["Anstalt", "AG"], "ee": ["OÜ"],
}
SHELL_COUNTRIES = ["pa", "vg", "ky", "cy", "lu", "li", "ee", "ae", "sg", "hk", "mt"]
LEGAL_FORM_LONG = {"Ltd": "Limited", "Limited": "Ltd", "LLC": "L.L.C.", "Inc.": "Incorporated", "Corp.": "Corporation",
                   "GmbH": "G.m.b.H.", "S.A.": "SA", "Ltda.": "Limitada", "sp. z o.o.": "Sp. z o.o.",
                   "Co., Ltd.": "Company Limited", "Pte. Ltd.": "Pte Ltd"}
ORG_ABBREV = {"Foundation": "Fdn.", "Institute": "Inst.", "Association": "Assoc.", "International": "Intl.",
              "Centre": "Center", "Council": "Cncl.", "Fundación": "Fund.", "Associação": "Assoc.",
              "Stowarzyszenie": "Stow.", "Holdings": "Hldgs", "Company": "Co."}
PUBLIC_BODY = ["Ministry of {0}", "National {0} Authority", "{1} City Council", "Office of the {0} Commissioner",
               "{1} Regional Assembly", "State Agency for {0}", "Parliamentary Committee on {0}"]
PUBLIC_TOPICS = ["Family Affairs", "Education", "Health", "Justice", "Social Development", "Religious Affairs",
                 "Youth and Sport", "Gender", "Interior", "Culture", "Finance", "Foreign Affairs"]
LEGAL_FORMS_ORG = ["Foundation", "Association", "Non-profit organisation", "Trust", "Charity", "Society",
                   "Company limited by guarantee", "Religious organisation"]

CITIES = {
    "us": ["Washington", "Dallas", "Phoenix", "Atlanta", "Wichita", "Tulsa", "Nashville"], "gb": ["London", "Oxford", "York", "Leeds", "Bristol"],
    "ca": ["Toronto", "Calgary", "Ottawa"], "au": ["Sydney", "Brisbane", "Perth"], "ie": ["Dublin", "Cork"], "nz": ["Auckland", "Wellington"],
    "mx": ["Ciudad de México", "Monterrey", "Guadalajara", "Puebla"], "es": ["Madrid", "Sevilla", "Valencia"], "co": ["Bogotá", "Medellín", "Cali"],
    "ar": ["Buenos Aires", "Córdoba"], "pe": ["Lima", "Arequipa"], "cl": ["Santiago", "Valparaíso"], "gt": ["Ciudad de Guatemala"], "ec": ["Quito", "Guayaquil"],
    "br": ["São Paulo", "Rio de Janeiro", "Brasília", "Belo Horizonte", "Curitiba"], "pt": ["Lisboa", "Porto"], "ao": ["Luanda"], "mz": ["Maputo"],
    "fr": ["Paris", "Lyon", "Bordeaux"], "be": ["Bruxelles", "Antwerpen", "Liège"], "sn": ["Dakar", "Thiès"], "ci": ["Abidjan", "Yamoussoukro"], "cm": ["Yaoundé", "Douala"], "ch": ["Genève", "Zürich", "Zug"],
    "de": ["Berlin", "München", "Köln"], "at": ["Wien", "Graz"], "nl": ["Amsterdam", "Utrecht"], "se": ["Stockholm", "Göteborg"], "no": ["Oslo", "Bergen"], "dk": ["København", "Aarhus"],
    "pl": ["Warszawa", "Kraków", "Łódź", "Wrocław", "Gdańsk"], "hu": ["Budapest", "Debrecen", "Szeged"], "it": ["Roma", "Milano", "Verona"], "sm": ["San Marino"], "mt": ["Valletta", "Sliema"],
    "ke": ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"], "tz": ["Dar es Salaam", "Arusha", "Dodoma"], "ug": ["Kampala", "Entebbe", "Gulu", "Mbarara"], "rw": ["Kigali"],
    "gh": ["Accra", "Kumasi", "Tamale"], "ng": ["Lagos", "Abuja", "Ibadan", "Enugu"], "sl": ["Freetown"], "lr": ["Monrovia"],
    "ph": ["Manila", "Quezon City", "Cebu City", "Davao City"], "in": ["Mumbai", "Delhi", "Bengaluru", "Chennai"], "pk": ["Lahore", "Karachi"], "bd": ["Dhaka"], "lk": ["Colombo"],
    "tr": ["İstanbul", "Ankara", "İzmir"], "az": ["Bakı"], "ge": ["Tbilisi", "Batumi", "Kutaisi"],
    "ru": ["Moskva", "Sankt-Peterburg", "Krasnodar", "Kazan"], "by": ["Minsk"], "kz": ["Almaty", "Astana"], "ua": ["Kyiv", "Lviv", "Odesa"],
    "gr": ["Athína", "Thessaloníki"], "cy": ["Lefkosía", "Lemesós", "Lárnaka"],
    "eg": ["Cairo", "Alexandria"], "jo": ["Amman"], "lb": ["Beirut"], "ma": ["Casablanca", "Rabat"], "ae": ["Dubai", "Abu Dhabi"], "sa": ["Riyadh", "Jeddah"], "tn": ["Tunis"], "iq": ["Baghdad", "Erbil"],
    "cn": ["Beijing", "Shanghai", "Shenzhen"], "tw": ["Taipei", "Kaohsiung"], "sg": ["Singapore"], "hk": ["Hong Kong"],
    "pa": ["Panamá"], "vg": ["Road Town"], "ky": ["George Town"], "lu": ["Luxembourg"], "li": ["Vaduz"], "ee": ["Tallinn", "Tartu"],
}
STREETS = {
    "en": ["Main Street", "Church Road", "Station Road", "Park Avenue", "High Street", "Oak Lane", "Mill Road", "Queen Street", "Kenyatta Avenue", "Independence Avenue", "Rizal Avenue"],
    "es": ["Calle Mayor", "Avenida Juárez", "Calle Hidalgo", "Avenida Reforma", "Calle de la Paz", "Avenida Bolívar"],
    "pt": ["Rua Augusta", "Avenida Paulista", "Rua das Flores", "Rua XV de Novembro", "Avenida Atlântica"],
    "fr": ["Rue de la Paix", "Avenue de la République", "Rue du Marché", "Boulevard Voltaire"],
    "de": ["Hauptstraße", "Bahnhofstraße", "Kirchweg", "Schillerstraße", "Dorpsstraat"],
    "pl": ["ul. Długa", "ul. Mickiewicza", "ul. Kościuszki", "al. Jerozolimskie"],
    "other": ["Liberty Street", "Harbour Road", "Airport Road", "Central Avenue", "Unity Road", "Market Street"],
}
PURPOSES = ["General support", "Programme grant", "Capacity building", "Conference sponsorship", "Consulting fees",
            "Legal fees", "Media campaign", "Research grant", "Training programme", "Travel reimbursement",
            "Loan repayment", "Shareholder loan", "Service agreement", "Advertising", "Donation",
            "Membership dues", "Event logistics", "Scholarships", "Publication costs", "Equipment purchase",
            "Rent", "Salary advance", "Outreach programme", "Petition campaign", "Litigation support",
            "Youth programme", "Annual contribution", "Emergency appeal", "Project co-financing", "Management fee"]
CURRENCY = {"us": "USD", "gb": "GBP", "ca": "CAD", "au": "AUD", "nz": "NZD", "mx": "MXN", "co": "COP", "ar": "ARS",
            "pe": "PEN", "cl": "CLP", "gt": "GTQ", "br": "BRL", "ao": "AOA", "mz": "MZN", "sn": "XOF", "ci": "XOF",
            "cm": "XAF", "ch": "CHF", "se": "SEK", "no": "NOK", "dk": "DKK", "pl": "PLN", "hu": "HUF", "ke": "KES",
            "tz": "TZS", "ug": "UGX", "rw": "RWF", "gh": "GHS", "ng": "NGN", "sl": "SLE", "lr": "LRD", "ph": "PHP",
            "in": "INR", "pk": "PKR", "bd": "BDT", "lk": "LKR", "tr": "TRY", "az": "AZN", "ge": "GEL", "ru": "RUB",
            "by": "BYN", "kz": "KZT", "ua": "UAH", "eg": "EGP", "jo": "JOD", "lb": "LBP", "ma": "MAD", "ae": "AED",
            "sa": "SAR", "tn": "TND", "iq": "IQD", "cn": "CNY", "tw": "TWD", "sg": "SGD", "hk": "HKD", "pa": "USD",
            "vg": "USD", "ky": "KYD", "li": "CHF", "ec": "USD"}
PER_USD = {"USD": 1, "EUR": 0.91, "GBP": 0.79, "CAD": 1.35, "AUD": 1.5, "NZD": 1.62, "MXN": 17.5, "COP": 3950,
           "ARS": 350, "PEN": 3.7, "CLP": 880, "GTQ": 7.8, "BRL": 5.0, "AOA": 830, "MZN": 63.9, "XOF": 600,
           "XAF": 600, "CHF": 0.88, "SEK": 10.6, "NOK": 10.6, "DKK": 6.8, "PLN": 4.0, "HUF": 355, "KES": 140,
           "TZS": 2500, "UGX": 3750, "RWF": 1250, "GHS": 12, "NGN": 800, "SLE": 22.5, "LRD": 188, "PHP": 56,
           "INR": 83, "PKR": 280, "BDT": 110, "LKR": 320, "TRY": 28, "AZN": 1.7, "GEL": 2.65, "RUB": 90,
           "BYN": 3.2, "KZT": 460, "UAH": 37, "EGP": 31, "JOD": 0.71, "LBP": 15000, "MAD": 10, "AED": 3.67,
           "SAR": 3.75, "TND": 3.1, "IQD": 1310, "CNY": 7.2, "TWD": 31.5, "SGD": 1.34, "HKD": 7.8, "KYD": 0.83}
EUROZONE = {"es", "pt", "fr", "be", "de", "at", "nl", "it", "sm", "mt", "ie", "gr", "cy", "lu", "ee"}
ROLES_DIR = ["Director", "Chair of the board", "Board member", "Treasurer", "Secretary", "Managing director",
             "President", "Vice-president", "Trustee", "Chief executive officer", "Nominee director"]
ROLES_MEM = ["Member", "Founding member", "Associate member", "Honorary member", "Partner organisation"]
ROLES_EMP = ["Programme officer", "Legal adviser", "Communications officer", "Accountant", "Researcher",
             "Field coordinator", "Executive assistant", "Policy analyst", "Fundraiser", "Lawyer"]
FAMILY = ["spouse", "sibling", "father of", "mother of", "son of", "daughter of", "cousin", "in-law"]
ASSOC = ["business associate", "co-founder", "adviser", "co-author", "friend", "lawyer of", "co-organiser"]
LINKS = ["linked to", "shares address with", "funds through", "represents", "beneficial owner (unconfirmed)",
         "same phone number", "mentioned together"]


def _culture_table():
    names, weights = [], []
    for name, c in CULTURES.items():
        names.append(name)
        weights.append(c["weight"])
        c["native"] = "script" in c
    return names, weights


CULTURE_NAMES, CULTURE_WEIGHTS = _culture_table()
NATIVE_CULTURES = [n for n in CULTURE_NAMES if CULTURES[n]["native"]]
NATIVE_WEIGHTS = [CULTURES[n]["weight"] for n in NATIVE_CULTURES]

# --------------------------------------------------------------------------------------------
# Name noise for duplicates
# --------------------------------------------------------------------------------------------

KEYBOARD_NEIGHBOURS = {c: n for c, n in zip("qwertyuiopasdfghjklzxcvbnm", [
    "wa", "qes", "wrd", "etf", "ryg", "tuh", "yij", "uok", "ipl", "ol", "qsz", "awdx", "sefc", "drgv", "fthb",
    "gyjn", "hukm", "jil", "kop", "xas", "zcsd", "xvdf", "cbfg", "vnhg", "bmhj", "njk"])}
SPELLING = [("ph", "f"), ("ou", "u"), ("y", "i"), ("ck", "k"), ("ss", "s"), ("ll", "l"), ("ei", "ey"),
            ("kh", "h"), ("ya", "ia"), ("ie", "y"), ("oo", "u"), ("dj", "j"), ("sh", "ch"), ("ts", "c"),
            ("ov", "off"), ("iy", "y"), ("ai", "ay"), ("c", "k"), ("v", "w"), ("j", "y")]


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def typo(rng, s):
    """One keyboard slip inside a word: deletion, transposition, doubling or a neighbouring key."""
    if len(s) < 4:
        return s
    for _ in range(4):
        i = rng.randrange(1, len(s) - 1)
        if s[i] != " " and s[i + 1] != " ":
            break
    else:
        return s
    op = rng.randrange(4)
    if op == 0:
        return s[:i] + s[i + 1:]
    if op == 1:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op == 2:
        return s[:i] + s[i] + s[i:]
    c = s[i].lower()
    if c in KEYBOARD_NEIGHBOURS:
        r = rng.choice(KEYBOARD_NEIGHBOURS[c])
        return s[:i] + (r.upper() if s[i].isupper() else r) + s[i + 1:]
    return s[:i] + s[i + 1:]


def respell(rng, s):
    low = s.lower()
    options = [(a, b) for a, b in SPELLING if a in low] + [(b, a) for a, b in SPELLING if b in low and len(b) > 1]
    if not options:
        return typo(rng, s)
    a, b = rng.choice(options)
    i = low.index(a)
    rep = b.capitalize() if s[i].isupper() else b
    return s[:i] + rep + s[i + len(a):]


# --------------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------------

ACTOR_SCHEMATA = ["Person", "Organization", "Company", "PublicBody"]
ACTOR_WEIGHTS = [50, 22, 23, 5]
REL_SCHEMATA = ["Payment", "Ownership", "Directorship", "Membership", "Employment", "Family", "Associate", "UnknownLink"]
REL_WEIGHTS = [56, 9, 11, 7, 8, 3, 4, 2]
# One block of 20 slots: 2 addresses, 8 actors, 10 relationships (actors precede their use).
BLOCK = ["addr", "actor", "actor", "actor", "actor", "rel", "rel", "rel", "rel", "rel"] * 2
ORGANIZATIONS = ["Organization", "Company", "PublicBody"]  # schemata that are an Organization


def cumulative(weights):
    out, total = [], 0
    for w in weights:
        total += w
        out.append(total)
    return out


class Generator:
    def __init__(self, seed, duplicates=0.0, truth=None):
        self.seed = seed
        self.rng = random.Random(seed)
        self.dup_p = duplicates / (1.0 + duplicates) if duplicates > 0 else 0.0
        self.truth = truth
        self.count = {s: 0 for s in ACTOR_SCHEMATA + REL_SCHEMATA + ["Address"]}
        self.addr_by_country = {}  # country -> recent address indexes (bounded)
        self.addr_country = {}  # recent address index -> country (bounded)
        self.window = []  # recent original actors eligible for duplication (bounded)
        self.window_max = 20000
        self.entities = 0
        self.values = 0
        self.duplicates = 0
        self.per_schema = {}
        self.id_prefix = f"{seed}:".encode()
        self.actor_cum = cumulative(ACTOR_WEIGHTS)
        self.rel_cum = cumulative(REL_WEIGHTS)
        self.culture_cum = cumulative(CULTURE_WEIGHTS)
        self.native_cum = cumulative(NATIVE_WEIGHTS)

    # ids ------------------------------------------------------------------------------------

    def make_id(self, schema, index):
        return hashlib.sha1(self.id_prefix + schema.encode() + b":" + str(index).encode()).hexdigest()

    def new_id(self, schema):
        index = self.count[schema]
        self.count[schema] = index + 1
        return self.make_id(schema, index)

    def pick(self, schemata, skew=1.0):
        """An id of an existing entity of one of the schemata; skew > 1 favours early ones."""
        total = sum(self.count[s] for s in schemata)
        if total == 0:
            return None
        r = self.rng.random()
        k = int(total * (r ** skew)) if skew != 1.0 else int(total * r)
        for s in schemata:
            if k < self.count[s]:
                return self.make_id(s, k)
            k -= self.count[s]
        s = schemata[-1]
        return self.make_id(s, self.count[s] - 1)

    def pick_two(self, schemata, skew=1.0):
        a = self.pick(schemata, skew)
        for _ in range(8):
            b = self.pick(schemata)
            if b != a:
                return a, b
        return None, None

    # helpers --------------------------------------------------------------------------------

    def culture(self, native=False):
        rng = self.rng
        if native:
            i = _bisect(self.native_cum, rng.random() * self.native_cum[-1])
            return NATIVE_CULTURES[i]
        i = _bisect(self.culture_cum, rng.random() * self.culture_cum[-1])
        return CULTURE_NAMES[i]

    def date(self, first, last, precision=None):
        rng = self.rng
        y = rng.randint(first, last)
        p = precision if precision is not None else rng.random()
        if p < 0.1:
            return str(y)
        if p < 0.25:
            return f"{y}-{rng.randint(1, 12):02d}"
        return f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    def address_for(self, country):
        recent = self.addr_by_country.get(country)
        if not recent:
            return None
        return self.make_id("Address", self.rng.choice(recent))

    def emit(self, out, eid, schema, props):
        line = json.dumps({"id": eid, "schema": schema, "properties": props}, ensure_ascii=False,
                          separators=(", ", ": "))
        out.write(line)
        out.write("\n")
        self.entities += 1
        n = 0
        for v in props.values():
            n += len(v)
        self.values += n
        self.per_schema[schema] = self.per_schema.get(schema, 0) + 1

    # entities -------------------------------------------------------------------------------

    def address(self, out):
        rng = self.rng
        culture = self.culture()
        country = rng.choice(CULTURES[culture]["countries"])
        index = self.count["Address"]
        eid = self.new_id("Address")
        city = rng.choice(CITIES[country])
        lang = LANG_OF.get(culture, "other")
        street_name = rng.choice(STREETS[lang])
        number = rng.randint(1, 480)
        if lang in ("en", "other") or country in ("us", "gb"):
            street = f"{number} {street_name}"
        else:
            street = f"{street_name} {number}"
        postal = f"{rng.randint(10000, 99999)}" if rng.random() < 0.7 else None
        full = f"{street}, {postal + ' ' if postal else ''}{city}"
        props = {"full": [full], "street": [street], "city": [city], "country": [country]}
        if postal:
            props["postalCode"] = [postal]
        self.emit(out, eid, "Address", props)
        recent = self.addr_by_country.setdefault(country, [])
        if len(recent) >= 16:
            recent[rng.randrange(16)] = index
        else:
            recent.append(index)

    def person_name(self, culture):
        rng = self.rng
        c = CULTURES[culture]
        g = rng.randrange(len(c["given"]))
        female = g % 2 == 1
        family = rng.choice(c["family"])
        if female and c.get("feminine") and family[0].endswith(("ov", "ev", "in")):
            family = (family[0] + "a", family[1] + "а")
        parts = {"culture": culture, "given": c["given"][g], "family": family, "middle": None,
                 "family2": None, "female": female}
        if c.get("middle") and rng.random() < 0.3:
            parts["middle"] = rng.choice(c["given"])
        if c.get("two_surnames") and rng.random() < 0.5:
            parts["family2"] = rng.choice(c["family"])
        return parts

    @staticmethod
    def render_person(parts, native=False, order="normal", initials=False):
        """order: normal (as the culture writes it), reversed (the other way round), comma."""
        c = CULTURES[parts["culture"]]

        def form(x):
            if isinstance(x, tuple):
                return x[1] if native else x[0]
            return x

        given = form(parts["given"])
        family = form(parts["family"])
        if parts["family2"]:
            family = family + " " + form(parts["family2"])
        middle = form(parts["middle"])[0] + "." if parts["middle"] else None
        if initials and not native:
            given = given[0] + "."
            middle = None
        if native and c.get("family_first"):
            return family + given
        if order == "comma":
            return f"{family}, {given}" + (f" {middle}" if middle else "")
        if bool(c.get("family_first")) != (order == "reversed"):
            return " ".join(p for p in (family, given, middle) if p)
        return " ".join(p for p in (given, middle, family) if p)

    def person(self, out):
        rng = self.rng
        native = rng.random() < 0.10
        culture = self.culture(native)
        c = CULTURES[culture]
        country = rng.choice(c["countries"])
        parts = self.person_name(culture)
        name = self.render_person(parts, native=native)
        eid = self.new_id("Person")
        props = {"name": [name]}
        if c["native"] and rng.random() < 0.5:  # the other script as an alias
            props["alias"] = [self.render_person(parts, native=not native)]
        given = parts["given"][0] if isinstance(parts["given"], tuple) else parts["given"]
        family = parts["family"][0] if isinstance(parts["family"], tuple) else parts["family"]
        if rng.random() < 0.6:
            props["firstName"] = [given]
            props["lastName"] = [family]
        props["nationality"] = [country]
        if rng.random() < 0.5:
            props["country"] = [country if rng.random() < 0.8 else rng.choice(CULTURES[self.culture()]["countries"])]
        if rng.random() < 0.7:
            props["birthDate"] = [self.date(1935, 2002)]
        if rng.random() < 0.6:
            props["gender"] = ["female" if parts["female"] else "male"]
        if rng.random() < 0.4:
            addr = self.address_for(country)
            if addr:
                props["addressEntity"] = [addr]
        if rng.random() < 0.15:
            props["position"] = [rng.choice(ROLES_DIR)]
        self.emit(out, eid, "Person", props)
        self.remember(eid, "Person", parts, props, native)

    def org_name(self, schema, culture, country, native):
        rng = self.rng
        c = CULTURES[culture]
        if native:
            words, fmt = NATIVE_ORG[c["script"]]
            kind = 1 if schema == "Company" else rng.choice((0, 2, 3))
            return fmt(rng.choice(words), kind), None
        if schema == "PublicBody":
            return rng.choice(PUBLIC_BODY).format(rng.choice(PUBLIC_TOPICS), rng.choice(CITIES[country])), None
        if schema == "Company":
            form = rng.choice(COMPANY_FORMS.get(country, ["Ltd"]))
            if rng.random() < 0.5:
                fam = rng.choice(c["family"])
                stem = fam[0] if isinstance(fam, tuple) else fam
            else:
                stem = rng.choice(ORG_WORDS["en"][0])
            core = f"{stem} {rng.choice(SECTORS)}"
            return f"{core} {form}", form
        lang = LANG_OF.get(culture, "en")
        adjs, nouns = ORG_WORDS[lang]
        a, n = rng.choice(adjs), rng.choice(nouns)
        if lang == "en":
            name = f"{a} {n}" if rng.random() < 0.6 else f"{rng.choice(adjs)} {a} {n}"
            if rng.random() < 0.2:
                name += " International"
        else:
            name = f"{n} {a}"
        return name, None

    def organisation(self, out, schema):
        rng = self.rng
        native = rng.random() < 0.10
        culture = self.culture(native)
        c = CULTURES[culture]
        country = rng.choice(c["countries"])
        if schema == "Company" and rng.random() < 0.15 and not native:
            country = rng.choice(SHELL_COUNTRIES)
        name, form = self.org_name(schema, culture, country, native)
        eid = self.new_id(schema)
        props = {"name": [name], "country": [country]}
        if schema == "Company":
            props["jurisdiction"] = [country]
            props["registrationNumber"] = [f"{rng.randint(100000, 99999999):08d}"]
        elif schema == "Organization" and rng.random() < 0.7:
            props["legalForm"] = [rng.choice(LEGAL_FORMS_ORG)]
        if rng.random() < 0.6:
            props["incorporationDate"] = [self.date(1950, 2023)]
        if rng.random() < 0.4:
            addr = self.address_for(country)
            if addr:
                props["addressEntity"] = [addr]
        if rng.random() < 0.15:
            slug = "".join(ch for ch in strip_accents(name).lower() if ch.isalnum())[:24] or "org"
            props["website"] = [f"https://{slug}.example.org"]
        self.emit(out, eid, schema, props)
        self.remember(eid, schema, {"culture": culture, "name": name, "form": form}, props, native)

    def remember(self, eid, schema, parts, props, native):
        if not self.dup_p:
            return
        item = (eid, schema, parts, props, native)
        if len(self.window) < self.window_max:
            self.window.append(item)
        else:
            self.window[self.rng.randrange(self.window_max)] = item

    def duplicate(self, out):
        rng = self.rng
        i = rng.randrange(len(self.window))
        orig_id, schema, parts, props, native = self.window[i]
        self.window[i] = self.window[-1]  # each original is duplicated at most once
        self.window.pop()
        if schema == "Person":
            name = self.noisy_person(parts, native)
        else:
            name = self.noisy_org(parts, native)
        if name == props["name"][0]:
            name = typo(rng, name) if len(name) >= 4 else name + "."
        eid = self.new_id(schema)
        new = {"name": [name]}
        for key, value in props.items():
            if key in ("name", "alias", "addressEntity", "website", "position"):
                continue
            r = rng.random()
            if r < 0.15:
                continue  # the other dataset did not record it
            if key == "birthDate" and r < 0.35:
                new[key] = [value[0][:4]]  # year only
            elif key == "registrationNumber" and r < 0.3:
                v = value[0]
                new[key] = [v.lstrip("0") or v]
            else:
                new[key] = value
        if "addressEntity" in props and rng.random() < 0.5:
            new["addressEntity"] = props["addressEntity"]
        self.emit(out, eid, schema, new)
        self.duplicates += 1
        if self.truth:
            self.truth.write(f"{orig_id},{eid}\n")

    def noisy_person(self, parts, native):
        rng = self.rng
        c = CULTURES[parts["culture"]]
        ops = rng.sample(["typo", "order", "initials", "script", "accents", "respell", "middle", "case"], 2)
        script = native
        if "script" in ops and c["native"]:
            script = not native
        order = "normal"
        if "order" in ops:
            order = rng.choice(["comma", "reversed"])
        p = dict(parts)
        if "middle" in ops:
            if p["middle"]:
                p["middle"] = None
            elif c.get("middle") or not c["native"]:
                p["middle"] = rng.choice(c["given"])
        initials = "initials" in ops and not script and not c.get("family_first")
        name = self.render_person(p, native=script, order=order, initials=initials)
        if script and c["native"]:
            if name == self.render_person(parts, native=native):
                name = self.render_person(parts, native=not native)  # transliteration
            return name
        if "accents" in ops:
            stripped = strip_accents(name)
            if stripped != name:
                name = stripped
            else:
                name = respell(rng, name)
        if "respell" in ops:
            name = respell(rng, name)
        if "typo" in ops:
            name = typo(rng, name)
        if "case" in ops:
            tokens = name.split(" ")
            tokens[-1] = tokens[-1].upper()
            name = " ".join(tokens)
        return name

    def noisy_org(self, parts, native):
        rng = self.rng
        name = parts["name"]
        if native:
            if "«" in name and rng.random() < 0.5:
                return name.replace("«", "\"").replace("»", "\"")
            return typo(rng, name)
        ops = rng.sample(["form", "abbrev", "typo", "accents", "case", "the"], 2)
        form = parts.get("form")
        if form and "form" in ops:  # the legal form written another way, or left out
            other = LEGAL_FORM_LONG.get(form)
            name = name[: -len(form)].rstrip(" ,")
            if other and rng.random() < 0.6:
                name = f"{name} {other}"
        if "abbrev" in ops:
            for long, short in ORG_ABBREV.items():
                if long in name:
                    name = name.replace(long, short, 1)
                    break
            else:
                name = typo(rng, name)
        if "accents" in ops:
            name = strip_accents(name)
        if "the" in ops and LANG_OF.get(parts["culture"]) == "en" and not name.startswith("The "):
            name = "The " + name
        if "case" in ops:
            name = name.upper()
        if "typo" in ops:
            name = typo(rng, name)
        return name.strip() or parts["name"]

    def actor(self, out):
        if self.dup_p and self.window and self.rng.random() < self.dup_p:
            self.duplicate(out)
            return
        i = _bisect(self.actor_cum, self.rng.random() * self.actor_cum[-1])
        schema = ACTOR_SCHEMATA[i]
        if schema == "Person":
            self.person(out)
        else:
            self.organisation(out, schema)

    def relationship(self, out):
        rng = self.rng
        i = _bisect(self.rel_cum, rng.random() * self.rel_cum[-1])
        schema = REL_SCHEMATA[i]
        props = getattr(self, "rel_" + schema)()
        if props is None:
            schema, props = "Payment", self.rel_Payment()
        eid = self.new_id(schema)
        self.emit(out, eid, schema, props)

    def rel_Payment(self):
        rng = self.rng
        # Funders: a skewed pick among organisations and companies pays many.
        payer = self.pick(["Organization", "Company", "Person"], skew=3.0)
        beneficiary = self.pick(ACTOR_SCHEMATA)
        if beneficiary == payer:
            beneficiary = self.pick(ACTOR_SCHEMATA)
        props = {"payer": [payer], "beneficiary": [beneficiary]}
        amount = 10 ** rng.uniform(2, 6.7)
        r = rng.random()
        if r < 0.45:
            currency = "USD"
        elif r < 0.7:
            currency = "EUR"
        elif r < 0.75:
            currency = "GBP"
        else:
            currency = CURRENCY.get(rng.choice(rng.choice(list(CULTURES.values()))["countries"]), "EUR")
        amount *= PER_USD[currency]
        if rng.random() < 0.5:
            text = str(int(round(amount, -2)) or 100)
        else:
            text = f"{amount:.2f}"
        props["amount"] = [text]
        props["currency"] = [currency]
        props["date"] = [self.date(2005, 2024)]
        if rng.random() < 0.8:
            props["purpose"] = [rng.choice(PURPOSES)]
        if currency != "USD" and rng.random() < 0.3:
            props["amountUsd"] = [f"{float(text) / PER_USD[currency]:.2f}"]
        return props

    def rel_Ownership(self):
        rng = self.rng
        asset = self.pick(["Company"])
        owner = self.pick(["Person", "Company", "Organization"])
        if asset is None or owner is None or asset == owner:
            return None
        pct = rng.choice(["100", "50", "51", "49", "25", "33.3", "10", "75", "5.5", str(rng.randint(1, 99))])
        props = {"owner": [owner], "asset": [asset], "percentage": [pct]}
        if rng.random() < 0.8:
            props["startDate"] = [self.date(1990, 2024)]
        if rng.random() < 0.2:
            props["ownershipType"] = [rng.choice(["direct", "nominee shareholding", "beneficial", "indirect"])]
        return props

    def rel_Directorship(self):
        rng = self.rng
        org = self.pick(ORGANIZATIONS)
        director = self.pick(["Company"]) if rng.random() < 0.1 else self.pick(["Person"])
        if org is None or director is None or org == director:
            return None
        props = {"director": [director], "organization": [org], "role": [rng.choice(ROLES_DIR)]}
        if rng.random() < 0.8:
            props["startDate"] = [self.date(1995, 2022)]
        if rng.random() < 0.3:
            props["endDate"] = [self.date(2016, 2024)]
        return props

    def rel_Membership(self):
        rng = self.rng
        org = self.pick(["Organization"])
        member = self.pick(["Person", "Organization"])
        if org is None or member is None or org == member:
            return None
        props = {"member": [member], "organization": [org]}
        if rng.random() < 0.6:
            props["role"] = [rng.choice(ROLES_MEM)]
        if rng.random() < 0.5:
            props["startDate"] = [self.date(2000, 2024)]
        return props

    def rel_Employment(self):
        rng = self.rng
        employee = self.pick(["Person"])
        employer = self.pick(ORGANIZATIONS)
        if employee is None or employer is None:
            return None
        props = {"employee": [employee], "employer": [employer], "role": [rng.choice(ROLES_EMP)]}
        if rng.random() < 0.7:
            props["startDate"] = [self.date(2000, 2024)]
        return props

    def rel_Family(self):
        a, b = self.pick_two(["Person"])
        if a is None:
            return None
        return {"person": [a], "relative": [b], "relationship": [self.rng.choice(FAMILY)]}

    def rel_Associate(self):
        a, b = self.pick_two(["Person"])
        if a is None:
            return None
        return {"person": [a], "associate": [b], "relationship": [self.rng.choice(ASSOC)]}

    def rel_UnknownLink(self):
        a, b = self.pick_two(ACTOR_SCHEMATA)
        if a is None:
            return None
        return {"subject": [a], "object": [b], "role": [self.rng.choice(LINKS)]}

    # driver ---------------------------------------------------------------------------------

    def run(self, out, total):
        block = BLOCK
        n = len(block)
        for i in range(total):
            kind = block[i % n]
            if kind == "addr":
                self.address(out)
            elif kind == "actor":
                self.actor(out)
            else:
                self.relationship(out)


def _bisect(cum, x):
    lo, hi = 0, len(cum) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if x < cum[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


# --------------------------------------------------------------------------------------------
# Checking (optional): the same rules as the demo dataset's validator
# --------------------------------------------------------------------------------------------

def check(path, model_path):
    """Validates an FtM JSON lines file against model.json; returns a list of problems."""
    import re
    date_re = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
    number_re = re.compile(r"^-?\d+(\.\d+)?$")
    with open(model_path, encoding="utf-8") as f:
        model = json.load(f)
    schemata, types = model["schemata"], model["types"]
    lineage, props_of = {}, {}

    def ancestors(name):
        if name not in lineage:
            seen = [name]
            for p in schemata[name].get("extends", []):
                for a in ancestors(p):
                    if a not in seen:
                        seen.append(a)
            lineage[name] = seen
        return lineage[name]

    def properties(name):
        if name not in props_of:
            merged = {}
            for s in reversed(ancestors(name)):
                merged.update(schemata[s].get("properties", {}))
            props_of[name] = merged
        return props_of[name]

    problems, schema_of = [], {}
    countries = types["country"]["values"]
    genders = types["gender"]["values"]
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            e = json.loads(line)
            eid, schema = e["id"], e["schema"]
            where = f"{path}:{lineno}: {eid}"
            if eid in schema_of:
                problems.append(f"{where}: duplicate id")
            if schema not in schemata or schemata[schema].get("abstract"):
                problems.append(f"{where}: bad schema {schema}")
                continue
            props = properties(schema)
            for req in schemata[schema].get("required", []):
                if req not in e["properties"]:
                    problems.append(f"{where}: {schema} requires {req}")
            for name, values in e["properties"].items():
                prop = props.get(name)
                if prop is None:
                    problems.append(f"{where}: {schema} has no property {name}")
                    continue
                t = prop["type"]
                for v in values:
                    if not isinstance(v, str) or not v or v != v.strip():
                        problems.append(f"{where}: {name} bad value {v!r}")
                    elif t == "country" and v not in countries:
                        problems.append(f"{where}: {name} unknown country {v!r}")
                    elif t == "gender" and v not in genders:
                        problems.append(f"{where}: {name} unknown gender {v!r}")
                    elif t == "date" and not date_re.match(v):
                        problems.append(f"{where}: {name} not an ISO date {v!r}")
                    elif t == "number" and not number_re.match(v):
                        problems.append(f"{where}: {name} not a number {v!r}")
                    elif t == "entity":
                        target = schema_of.get(v)
                        if target is None:
                            problems.append(f"{where}: {name} references unknown or later entity {v}")
                        elif prop.get("range") and prop["range"] not in ancestors(target):
                            problems.append(f"{where}: {name} references a {target}, not a {prop['range']}")
            schema_of[eid] = schema
            if len(problems) > 50:
                break
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=200000, help="total entities (default 200000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", default="-", help="output file (default: stdout)")
    parser.add_argument("--duplicates", type=float, default=0.0,
                        help="fraction of actor records emitted again with noise (default 0)")
    parser.add_argument("--truth", help="file for the true duplicate pairs, 'idA,idB' per line")
    parser.add_argument("--check", action="store_true",
                        help="after writing --out, validate it against resources/model/model.json")
    parser.add_argument("--model", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                        "..", "..", "resources", "model", "model.json"))
    args = parser.parse_args()
    if args.entities < 0 or not 0 <= args.duplicates <= 1:
        parser.error("--entities must be >= 0 and --duplicates between 0 and 1")
    if args.duplicates > 0 and not args.truth:
        parser.error("--duplicates needs --truth FILE")
    if args.check and args.out == "-":
        parser.error("--check needs --out FILE")

    started = time.monotonic()
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8", newline="\n",
                                                    buffering=1 << 20)
    truth = open(args.truth, "w", encoding="utf-8", newline="\n") if args.truth else None
    gen = Generator(args.seed, args.duplicates, truth)
    try:
        gen.run(out, args.entities)
    except BrokenPipeError:
        return 1
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
        if truth:
            truth.close()
    elapsed = time.monotonic() - started
    per = gen.values / gen.entities if gen.entities else 0
    print(f"gen_ftm: {gen.entities} entities, {gen.values} values ({per:.2f} per entity), "
          f"{gen.duplicates} duplicates, {elapsed:.1f} s", file=sys.stderr)
    print("gen_ftm: " + ", ".join(f"{k} {v}" for k, v in sorted(gen.per_schema.items(), key=lambda kv: -kv[1])),
          file=sys.stderr)
    if args.check:
        problems = check(args.out, args.model)
        for p in problems:
            print("problem:", p, file=sys.stderr)
        if problems:
            return 1
        print(f"gen_ftm: {args.out} checked against {os.path.relpath(args.model)}: no problems", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
