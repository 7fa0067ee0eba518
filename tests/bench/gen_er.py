#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates person and organisation records with known duplicates, for entity resolution.

    gen_er.py [--records N] [--duplicates F] [--seed S] --out FILE --truth FILE

Writes N FollowTheMoney entities (Person 60%, Organization 19%, Company 19%, PublicBody 2%) as
JSON lines. About F of them (default 0.1) are second records of an earlier entity, as another
organisation would have catalogued it: the name with typos, reordered, with initials, with or
without a middle name or legal form, abbreviated, in upper case, without accents, in the
other script or in another transliteration (Russian by BGN, passport or German rules; Greek
by ELOT or older spellings; Arabic names in their Latin variants; Chinese in pinyin orders);
some other properties left out, a birth date cut to the year or mistyped, a registration number
without leading zeros, a phone number written differently. The truth file gets one
"original,duplicate" line per duplicate.

Names are assembled at random from lists of common given names, family-name roots and suffixes
and organisation words in many naming cultures: they describe nobody. Deterministic for a seed;
streams its output in constant memory (a bounded window of recent records for duplicates).
"""

import argparse
import hashlib
import json
import os
import random
import sys
import time
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_ftm import (CITIES, COMPANY_FORMS, CULTURES, LEGAL_FORM_LONG, ORG_ABBREV,  # noqa: E402
                     ORG_WORDS, SECTORS, respell, strip_accents, typo)

# --------------------------------------------------------------------------------------------
# Transliteration (only to make realistic variants; the matcher has its own, from ICU)
# --------------------------------------------------------------------------------------------

CYR_BASE = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "з": "z", "и": "i", "к": "k", "л": "l",
            "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
            "ы": "y", "э": "e", "ъ": "", "ь": ""}
CYR_SCHEMES = {
    "bgn": {"е": "e", "ё": "yo", "ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
            "щ": "shch", "ю": "yu", "я": "ya"},
    "passport": {"е": "e", "ё": "e", "ж": "zh", "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                 "щ": "shch", "ю": "iu", "я": "ia", "ъ": "ie"},
    "german": {"е": "e", "ё": "jo", "ж": "sh", "й": "j", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
               "щ": "schtsch", "ю": "ju", "я": "ja", "в": "w", "ы": "y"},
}
VOWELS_CYR = set("аеёиоуыэюяьъ")


def cyr_latin(text, scheme="bgn"):
    table = dict(CYR_BASE)
    table.update(CYR_SCHEMES[scheme])
    out = []
    prev = " "
    for ch in text:
        low = ch.lower()
        if low in table:
            rep = table[low]
            if low == "е" and scheme == "bgn" and (prev == " " or prev.lower() in VOWELS_CYR):
                rep = "ye"
            if low == "е" and scheme == "german" and (prev == " " or prev.lower() in VOWELS_CYR):
                rep = "je"
            if ch != low and rep:
                rep = rep[0].upper() + rep[1:]
            out.append(rep)
        else:
            out.append(ch)
        prev = ch
    return "".join(out)


GREEK = [("ου", "ou"), ("αυ", "av"), ("ευ", "ev"), ("γγ", "ng"), ("γκ", "gk"), ("μπ", "b"), ("ντ", "nt"),
         ("α", "a"), ("β", "v"), ("γ", "g"), ("δ", "d"), ("ε", "e"), ("ζ", "z"), ("η", "i"), ("θ", "th"),
         ("ι", "i"), ("κ", "k"), ("λ", "l"), ("μ", "m"), ("ν", "n"), ("ξ", "x"), ("ο", "o"), ("π", "p"),
         ("ρ", "r"), ("σ", "s"), ("ς", "s"), ("τ", "t"), ("υ", "y"), ("φ", "f"), ("χ", "ch"), ("ψ", "ps"),
         ("ω", "o")]
GREEK_OLD = {"χ": "kh", "δ": "dh", "ου": "u", "β": "b", "η": "e"}


def greek_latin(text, old=False):
    base = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    out = []
    i = 0
    while i < len(base):
        ch = base[i]
        low = ch.lower()
        for g, l in GREEK:
            if base[i:i + len(g)].lower() == g:
                rep = GREEK_OLD.get(g, l) if old else l
                if ch != low:
                    rep = rep[0].upper() + rep[1:]
                out.append(rep)
                i += len(g)
                break
        else:
            out.append(ch)
            i += 1
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Name material
# --------------------------------------------------------------------------------------------

RU_GIVEN_M = "Иван Сергей Дмитрий Алексей Андрей Михаил Николай Павел Юрий Владимир Олег Артём Евгений Григорий Фёдор Яков Илья Максим Виктор Борис Роман Степан Тимофей Вадим".split()
RU_GIVEN_F = "Ольга Татьяна Елена Наталья Ирина Светлана Марина Юлия Анна Екатерина Ксения Дарья Анастасия Людмила Галина Вера Надежда Софья Алла Валентина Полина Зоя Лидия Варвара".split()
RU_ROOTS = ("Весел Сокол Кузнец Волк Медвед Зайц Бел Черн Сер Голуб Лебед Журавл Воробь Орл Петр Иван Смирн "
            "Мороз Гром Тих Быстр Добр Крас Мир Свет Жук Щук Рыб Ков Кравч Шевч Бондар Мельник Ткач Гонч Сидор "
            "Федор Григор Никит Андре Макар Тимоф Яковл Захар Степан Баран Козл Соловь Ерш Звягинц Хруст Цвет "
            "Щегл Чиж Пуш Калин Малин Берез Дуб Клен Осин Лип Рябин").split()
RU_SUFFIX = [("ов", "ова"), ("ев", "ева"), ("ин", "ина"), ("ский", "ская"), ("енко", "енко"), ("ович", "ович")]

GR_GIVEN_M = "Γεώργιος Δημήτριος Κωνσταντίνος Ιωάννης Νικόλαος Ανδρέας Παναγιώτης Χρήστος Σπύρος Θεόδωρος Αθανάσιος Μιχαήλ".split()
GR_GIVEN_F = "Μαρία Ελένη Αικατερίνη Βασιλική Σοφία Δέσποινα Ευαγγελία Αναστασία Χριστίνα Ιωάννα Θεοδώρα Δήμητρα".split()
GR_ROOTS = "Παπαδ Γεωργ Νικολ Δημητρ Κωνσταντ Αντων Ιωανν Χριστοδ Μαρκ Βλαχ Σταυρ Καραγι Μιχαηλ Πετρ Αλεξ Θεοδωρ Παναγ Σπυρ Αθανασ Ευαγγελ Λαμπρ Στεφαν Κυριακ Χατζη".split()
GR_SUFFIX = [("όπουλος", "οπούλου"), ("ίδης", "ίδου"), ("άκης", "άκη"), ("ίου", "ίου"), ("άτος", "άτου"), ("ιάδης", "ιάδου")]

AR_GIVEN_M = [(["Mohammed", "Muhammad", "Mohamed", "Mohammad"], "محمد"), (["Ahmed", "Ahmad"], "أحمد"),
              (["Ali"], "علي"), (["Omar", "Umar"], "عمر"), (["Youssef", "Yusuf", "Yousef"], "يوسف"),
              (["Khaled", "Khalid"], "خالد"), (["Hassan", "Hasan"], "حسن"), (["Hussein", "Hussain", "Husayn"], "حسين"),
              (["Karim", "Kareem"], "كريم"), (["Tarek", "Tariq", "Tarik"], "طارق"), (["Samir", "Sameer"], "سمير"),
              (["Ibrahim", "Ebrahim"], "إبراهيم"), (["Mahmoud", "Mahmud"], "محمود"), (["Mustafa", "Mostafa"], "مصطفى"),
              (["Abdullah", "Abdallah"], "عبدالله"), (["Nabil", "Nabeel"], "نبيل"), (["Walid", "Waleed"], "وليد"),
              (["Saeed", "Said"], "سعيد"), (["Fadi"], "فادي"), (["Rami"], "رامي"), (["Ziad", "Ziyad"], "زياد"),
              (["Bilal"], "بلال"), (["Hamza"], "حمزة"), (["Jamal", "Gamal"], "جمال")]
AR_GIVEN_F = [(["Fatima", "Fatma", "Fatimah"], "فاطمة"), (["Aisha", "Aicha", "Aysha"], "عائشة"),
              (["Layla", "Leila", "Laila"], "ليلى"), (["Mariam", "Maryam"], "مريم"), (["Nadia"], "نادية"),
              (["Huda", "Hoda"], "هدى"), (["Rania"], "رانيا"), (["Salma"], "سلمى"), (["Noor", "Nour", "Nur"], "نور"),
              (["Amal"], "أمل"), (["Yasmin", "Yasmine"], "ياسمين"), (["Zainab", "Zeinab"], "زينب"),
              (["Dina"], "دينا"), (["Samira", "Sameera"], "سميرة"), (["Rasha"], "رشا"), (["Lina"], "لينا"),
              (["Reem", "Rim"], "ريم"), (["Hala"], "هالة"), (["Mona", "Muna"], "منى"), (["Suha"], "سهى")]
AR_FAMILY = [(["Haddad"], "حداد"), (["Khalil"], "خليل"), (["Mansour", "Mansur"], "منصور"), (["Saleh", "Salih"], "صالح"),
             (["Nasser", "Nasir", "Naser"], "ناصر"), (["Farouk", "Faruq"], "فاروق"), (["Hamdan"], "حمدان"),
             (["Aziz"], "عزيز"), (["Salem", "Salim"], "سالم"), (["Darwish", "Darweesh"], "درويش"),
             (["Khoury", "Khouri", "Khuri"], "خوري"), (["Sabbagh", "Sabagh"], "صباغ"), (["Najjar", "Najar"], "نجار"),
             (["Masri", "Masry"], "مصري"), (["Shami"], "شامي"), (["Halabi"], "حلبي"), (["Tamimi"], "تميمي"),
             (["Qasim", "Kassem", "Qassem"], "قاسم"), (["Jaber", "Jabir"], "جابر"), (["Rashid", "Rashed"], "رشيد"),
             (["Hakim"], "حكيم"), (["Karam"], "كرم"), (["Sayegh", "Sayigh"], "صايغ"), (["Bitar"], "بيطار"),
             (["Awad"], "عوض"), (["Othman", "Osman", "Uthman"], "عثمان"), (["Yassin", "Yasin"], "ياسين"),
             (["Zaki"], "زكي"), (["Fakhoury"], "فاخوري"), (["Ghanem", "Ghanim"], "غانم"),
             (["Suleiman", "Sulaiman"], "سليمان"), (["Barakat"], "بركات"), (["Mahfouz", "Mahfuz"], "محفوظ"),
             (["Nassar"], "نصار"), (["Kanaan"], "كنعان"), (["Obeid", "Ubaid"], "عبيد"), (["Hijazi", "Hegazy"], "حجازي"),
             (["Shaheen", "Shahin"], "شاهين"), (["Zayed"], "زايد"), (["Qureshi", "Kureishi"], "قريشي")]

ZH_FAMILY = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
             ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"),
             ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"), ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"),
             ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"), ("韩", "Han"), ("冯", "Feng"),
             ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"), ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"),
             ("董", "Dong"), ("袁", "Yuan"), ("潘", "Pan"), ("蒋", "Jiang"), ("蔡", "Cai")]
ZH_GIVEN = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
            ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"),
            ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"),
            ("桂", "gui"), ("英", "ying"), ("华", "hua"), ("建", "jian"), ("国", "guo"), ("文", "wen"), ("辉", "hui"),
            ("玲", "ling"), ("红", "hong"), ("志", "zhi"), ("海", "hai"), ("鹏", "peng"), ("宇", "yu"), ("晨", "chen"),
            ("浩", "hao"), ("凯", "kai"), ("婷", "ting"), ("雪", "xue"), ("琳", "lin"), ("晓", "xiao"), ("东", "dong"),
            ("云", "yun"), ("春", "chun"), ("梅", "mei"), ("兰", "lan"), ("龙", "long"), ("飞", "fei"), ("斌", "bin"),
            ("鑫", "xin"), ("佳", "jia"), ("俊", "jun"), ("博", "bo"), ("新", "xin"), ("亮", "liang"), ("成", "cheng"),
            ("立", "li"), ("振", "zhen"), ("思", "si"), ("慧", "hui")]

# Family-name roots and endings for the larger Latin-script cultures, so that a million people
# do not share a few thousand names.
EXTRA_FAMILY = {
    "anglo": ("Ash Black Brad Brook Cald Craw Dun Fair Hart Hol Kings Lang Mar Mid Nor Oak Pen Ray Red Rut Shel "
              "Stan Thorn War West Whit Wood Wor Ald Bar Card Dal Elm Gar Hap Lock Mel Pres Sel Tal".split(),
              "ford well ley ton wood field by worth ham more wick dale sby bridge man er".split()),
    "germanic": ("Achen Alt Bau Berg Brunn Eisen Feld Gold Gross Hoch Kirch Lang Lind Neu Ober Rosen Schön Stein "
                 "Wald Wein Zimmer Tann Hirsch Falk Adler Eich".split(),
                 "bach berg mann er hof feld hauser meier stein wald brunner huber ried egger".split()),
    "hispanic": ("Alvar Bened Cervant Domingu Escob Ferr Galv Ibañ Lor Marqu Nuñ Orteg Pard Quint Sanch Tell "
                 "Valdiv Zamor Carden Fuent".split(), "ez es o a ado ón".split()),
    "lusophone": ("Albuquer Bragan Cabr Dantas Esteves Figueir Guimar Macha Nogue Pimen Queir Resend Sequei Tavar "
                  "Valad Xavi".split(), "que ça al es ia ães do ira ta er".split()),
    "francophone": ("Beau Bel Bon Cham Chev Dela Font Gaill Lafont Mar Mont Ric Roch Vill Cour Dur Gir Lac".split(),
                    "champ lier mont net eau ier ard on et ville court aux".split()),
    "italian": ("Bel Cap Cas Fior Gal Lomb Mar Monte Pel Ross Sant Ser Val Ven Cor Bern".split(),
                "lini etti ucci ani oni ardi elli ino ati enti".split()),
    "polish": ("Adam Bial Czarn Dom Gor Jasz Kal Krol Lis Mal Nowa Pawl Sob Wal Zaj Zar Kub Ros".split(),
               "owski ewski czyk ak ik ek iński ski".split()),
    "hungarian": ("Bar Bod Dar Fe Gal Hor Kar Mar Ne Sza Tar Ve Zol Ba Ker Far".split(),
                  "kas kó nyi csi bó ti gyi si di lai".split()),
    "east_african": ("Wa Ki Mu Nya O Ka Ma Ne Che Ru Mo Bya".split(),
                     "njiru mau ngo tieno kamba ruto wala sike lelo gendo rema tebe".split()),
    "west_african": ("Ade Oke Olu Ako Ofo Nwa Eze Agy Boa Kwa Owu Ama".split(),
                     "yemi nkwo sanya ndu chukwu mensah kye fo teng dua tey kuma".split()),
    "south_asian": ("Ban Chat Desh Gan Kap Mal Nag Pand Rag Sax Tri Var Bhat Mukh".split(),
                    "erjee urvedi pande guly oor hotra arajan ey havan ena vedi ma".split()),
    "filipino": ("Bal Dela Mag Pan Sal Tan Vil Agu Bat Cas Lac Mar".split(),
                 "tazar cruz sino gilinan vador ay lareal ilar ungbakal tillo son quez".split()),
    "turkic": ("Ak Bal Kara Kız Öz Sarı Ter Uy Yıl Gün Tok Er".split(), "soy can han er oğlu taş demir kan".split()),
    "georgian": ("Abashi Beri Chiko Dadi Gogi Jana Kakhi Lorti Meskhi Tsere Zhvani".split(),
                 "dze shvili ani ia uri eli".split()),
}


def capitalised(s):
    return s[:1].upper() + s[1:]


# --------------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------------

LATIN_CULTURES = ["anglo", "hispanic", "lusophone", "francophone", "germanic", "polish", "hungarian",
                  "italian", "east_african", "west_african", "filipino", "south_asian", "turkic", "georgian"]
CULTURE_WEIGHTS = {"anglo": 14, "hispanic": 11, "lusophone": 7, "francophone": 6, "germanic": 6, "polish": 3,
                   "hungarian": 2, "italian": 3, "east_african": 6, "west_african": 6, "filipino": 3,
                   "south_asian": 5, "turkic": 2, "georgian": 1, "russian": 6, "greek": 3, "arabic": 6,
                   "chinese": 6}
COUNTRIES = {"russian": ["ru", "by", "kz", "ua"], "greek": ["gr", "cy"],
             "arabic": ["eg", "jo", "lb", "ma", "ae", "sa", "tn", "iq"], "chinese": ["cn", "tw", "sg", "hk"]}
SCHEMATA = [("Person", 60), ("Organization", 19), ("Company", 19), ("PublicBody", 2)]
THEMES_EN = ["Family Values", "Life", "Religious Freedom", "Traditional Marriage", "Parental Rights", "Children",
             "Faith and Liberty", "Sovereignty", "Natural Law", "Moral Renewal", "Civic Renewal", "the Unborn"]
BRAND_A = "No Ve Tri Al Ax Ca Del Ev Lu Ma Or Pri Qu Ro Sa Ter Ul Vi Zen Bel Cor Dyn Fal Gal Hel Kor Lum Mer Nex Om".split()
BRAND_B = "ra va ton lix sa mar dor tia nex vel ris gen ora ium lia tis ron via dex cor".split()
BRAND_C = ["", "", "", "ix", "on", "ex", "ia", "um", "ar", "el", "is", "os", "an", "et", "or"]
RU_CITIES = "Москва Казань Самара Томск Пермь Омск Тула Сочи Курск Тверь Уфа Чита Орёл Псков Вологда".split()
GR_CITIES = "Αθήνα Θεσσαλονίκη Πάτρα Ηράκλειο Λάρισα Βόλος Ιωάννινα Χανιά Λευκωσία Λεμεσός".split()
REGIONS = ["Northern", "Southern", "Eastern", "Western", "Central", "Greater", "Upper", "Lower"]
RU_ORG_WORDS = "Север Альянс Развитие Традиция Покров Наследие Содружество Вектор Гарант Восход Рассвет Опора Родник Исток Единство Держава Заря Факел Оплот Светоч".split()
AR_ORG_WORDS = ["النور", "الأمل", "الفجر", "الوفاء", "البناء", "الرحمة", "الأسرة", "السلام", "الهدى", "الخير", "الإيمان", "العطاء", "الرواد", "البيان", "الفرقان", "التقوى"]
GR_ORG_WORDS = "Ακρόπολις Ορίζων Καλλιστώ Ελπίδα Αρμονία Πρόοδος Κυψέλη Φάρος Αλκυόνη Ηώς Αστέρας Αυγή".split()


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


class Generator:
    def __init__(self, seed, duplicates, truth):
        self.rng = random.Random(seed)
        self.seed = seed
        self.dup_p = duplicates
        self.truth = truth
        self.window = []
        self.window_max = 50000
        self.count = 0
        self.dups = 0
        self.values = 0
        self.per_schema = {}
        self.cultures = list(CULTURE_WEIGHTS.items())
        self.used = set()  # organisation names given out

    def make_id(self):
        self.count += 1
        return hashlib.sha1(f"er:{self.seed}:{self.count}".encode()).hexdigest()

    # people --------------------------------------------------------------------------------

    def family_latin(self, culture):
        rng = self.rng
        c = CULTURES[culture]
        extra = EXTRA_FAMILY.get(culture)
        if extra and rng.random() < 0.6:
            return rng.choice(extra[0]) + rng.choice(extra[1])
        return rng.choice(c["family"])

    def person_parts(self):
        """A person as parts that can be rendered in several ways."""
        rng = self.rng
        culture = weighted(rng, self.cultures)
        female = rng.random() < 0.5
        p = {"culture": culture, "female": female, "middle": None, "family2": None}
        if culture == "russian":
            p["given"] = rng.choice(RU_GIVEN_F if female else RU_GIVEN_M)
            root, (m, f) = rng.choice(RU_ROOTS), rng.choice(RU_SUFFIX)
            p["family"] = root.capitalize() + (f if female else m)
            if rng.random() < 0.3:
                father = rng.choice(RU_GIVEN_M)
                stem = father[:-1] if father.endswith(("й", "ь")) else father
                p["middle"] = stem + ("евна" if female else "евич") if father.endswith(("й", "ь")) \
                    else father + ("овна" if female else "ович")
        elif culture == "greek":
            p["given"] = rng.choice(GR_GIVEN_F if female else GR_GIVEN_M)
            root, (m, f) = rng.choice(GR_ROOTS), rng.choice(GR_SUFFIX)
            p["family"] = root + (f if female else m)
        elif culture == "arabic":
            p["given"] = rng.choice(AR_GIVEN_F if female else AR_GIVEN_M)
            p["family"] = rng.choice(AR_FAMILY)
            if rng.random() < 0.35:
                p["middle"] = rng.choice(AR_GIVEN_M)  # the father's name
            p["al"] = rng.random() < 0.4
        elif culture == "chinese":
            p["family"] = rng.choice(ZH_FAMILY)
            p["given"] = [rng.choice(ZH_GIVEN) for _ in range(1 if rng.random() < 0.3 else 2)]
        else:
            c = CULTURES[culture]
            n = len(c["given"]) // 2
            k = rng.randrange(n)
            p["given"] = c["given"][2 * k + (1 if female else 0)]
            p["family"] = self.family_latin(culture)
            # Second given names, as many cultures have them ("María José", "Kwame Mensah").
            if rng.random() < (0.5 if c.get("middle") else 0.3):
                middle = c["given"][2 * rng.randrange(n) + (1 if female else 0)]
                if middle != p["given"]:
                    p["middle"] = middle
            if c.get("two_surnames") and rng.random() < 0.5:
                p["family2"] = self.family_latin(culture)
        p["country"] = self.rng.choice(COUNTRIES.get(culture) or CULTURES[culture]["countries"])
        return p

    def render_person(self, p, native=None, scheme=0, order="normal", initials=False, variant=0):
        """native: the culture's own script (None: as the culture usually writes for others)."""
        culture = p["culture"]
        if culture == "russian":
            if native:
                parts = [p["given"], p["middle"], p["family"]] if order != "reversed" else [p["family"], p["given"], p["middle"]]
                return " ".join(x for x in parts if x)
            sch = ["bgn", "passport", "german"][scheme % 3]
            given, family = cyr_latin(p["given"], sch), cyr_latin(p["family"], sch)
            middle = cyr_latin(p["middle"], sch) if p["middle"] else None
        elif culture == "greek":
            if native:
                return f"{p['family']} {p['given']}" if order == "reversed" else f"{p['given']} {p['family']}"
            given, family = greek_latin(p["given"], scheme % 2 == 1), greek_latin(p["family"], scheme % 2 == 1)
            middle = None
        elif culture == "arabic":
            g, f = p["given"], p["family"]
            m = p.get("middle")
            if native:
                fam = ("ال" + f[1]) if p.get("al") else f[1]
                return " ".join(x for x in [g[1], m[1] if m else None, fam] if x)
            given = g[0][variant % len(g[0])]
            middle = m[0][variant % len(m[0])] if m else None
            fam = f[0][variant % len(f[0])]
            if p.get("al"):
                fam = ["Al-", "Al ", "El-", "al-"][variant % 4] + fam
            family = fam
        elif culture == "chinese":
            fh, fl = p["family"]
            if native:
                return fh + "".join(h for h, _ in p["given"])
            syll = [l for _, l in p["given"]]
            styles = [" ".join([fl, capitalised("".join(syll))]),
                      " ".join([capitalised("".join(syll)), fl]),
                      " ".join([fl.upper(), capitalised("".join(syll))]),
                      " ".join([fl] + [capitalised(s) for s in syll]),
                      " ".join([fl, capitalised("-".join(syll))])]
            if order == "reversed":
                return styles[1]
            return styles[variant % len(styles)] if variant else styles[0]
        else:
            given, family = p["given"], p["family"]
            middle = p["middle"]
            if p["family2"]:
                family = f"{family} {p['family2']}"
        if initials:
            given = given[0] + "."
            middle = None
        elif middle and culture not in ("arabic", "russian"):
            middle = middle[0] + "." if self.rng.random() < 0.5 else middle
        if order == "comma":
            return f"{family}, {given}" + (f" {middle}" if middle else "")
        if order == "reversed":
            return " ".join(x for x in (family, given, middle) if x)
        return " ".join(x for x in (given, middle, family) if x)

    def person(self, out):
        rng = self.rng
        p = self.person_parts()
        nativeCulture = p["culture"] in ("russian", "greek", "arabic", "chinese")
        native = nativeCulture and rng.random() < 0.5
        name = self.render_person(p, native=native)
        props = {"name": [name]}
        if nativeCulture and rng.random() < 0.3:
            props["alias"] = [self.render_person(p, native=not native)]
        props["nationality"] = [p["country"]]
        if rng.random() < 0.5:
            props["country"] = [p["country"]]
        if rng.random() < 0.7:
            y, m, d = rng.randint(1935, 2003), rng.randint(1, 12), rng.randint(1, 28)
            props["birthDate"] = [f"{y}-{m:02d}-{d:02d}" if rng.random() < 0.85 else f"{y}"]
        if rng.random() < 0.6:
            props["gender"] = ["female" if p["female"] else "male"]
        if rng.random() < 0.2:
            props["passportNumber"] = [f"{rng.choice('ABCDEFGHKLMNPRSTUVXYZ')}{rng.randint(1000000, 99999999)}"]
        if rng.random() < 0.12:
            base = strip_accents(self.render_person(p, native=False)).lower().replace(" ", ".")
            base = "".join(ch for ch in base if ch.isalnum() or ch == ".")[:30] or "user"
            props["email"] = [f"{base}{rng.randint(1, 99)}@example.{rng.choice(['org', 'net', 'com'])}"]
        if rng.random() < 0.1:
            props["phone"] = [f"+{rng.randint(1, 99)} {rng.randint(100, 999)} {rng.randint(1000000, 9999999)}"]
        self.emit(out, "Person", props, ("Person", p, props))

    # organisations ---------------------------------------------------------------------------

    def brand(self):
        rng = self.rng
        return rng.choice(BRAND_A) + rng.choice(BRAND_B) + rng.choice(BRAND_C)

    def unique(self, make, widen):
        """Organisations have names of their own: a name already taken (in any word order) is
        made afresh, and widened only when fresh attempts keep colliding."""
        def key(name):
            return "".join(sorted(ch for ch in name.casefold() if ch.isalnum()))
        name = make()
        for attempt in range(24):
            if key(name) not in self.used:
                break
            name = make() if attempt < 12 else widen(name)
        self.used.add(key(name))
        return name

    def org_parts(self, schema):
        rng = self.rng
        culture = weighted(rng, self.cultures)
        country = rng.choice(COUNTRIES.get(culture) or CULTURES[culture]["countries"])
        o = {"culture": culture, "country": country, "form": None, "native": None, "latin": None}
        if culture in ("russian", "arabic", "chinese", "greek") and rng.random() < 0.6:
            # Organisations that write their name in their own script, with a Latin rendering.
            if culture == "russian":
                kind = 1 if schema == "Company" else rng.choice((0, 2, 3))
                forms = [("Фонд «{}»", "{} Foundation"), ("ООО «{}»", "{} LLC"), ("АНО «{}»", "ANO {}"),
                         ("Союз «{}»", "{} Union")]

                def make():
                    return rng.choice(RU_ORG_WORDS)

                def widen(w):
                    return w + " " + rng.choice(RU_CITIES) if " " not in w else rng.choice(RU_ORG_WORDS) + "-" + w
                fmt = forms[kind][0]
                word = self.unique(lambda: fmt.format(make()), lambda n: fmt.format(widen(n[n.index("«") + 1:-1])))
                word = word[word.index("«") + 1:-1]
                o["native"] = forms[kind][0].format(word)
                o["latin"] = forms[kind][1].format(cyr_latin(word))
            elif culture == "arabic":
                kind = 1 if schema == "Company" else rng.choice((0, 2, 3))
                forms = ["مؤسسة {}", "شركة {} المحدودة", "جمعية {}", "مجموعة {}"]
                o["native"] = self.unique(
                    lambda: forms[kind].format(rng.choice(AR_ORG_WORDS)) + " - " + rng.choice(CITIES[country]),
                    lambda n: forms[kind].format(rng.choice(AR_ORG_WORDS) + " و" + rng.choice(AR_ORG_WORDS)[2:])
                    + " - " + rng.choice(CITIES[rng.choice(COUNTRIES["arabic"])]))
                o["latin"] = None
            elif culture == "greek":
                kind = 1 if schema == "Company" else rng.choice((0, 2))
                forms = ["Ίδρυμα {}", "{} Α.Ε.", "Σύλλογος {}"]
                o["native"] = self.unique(
                    lambda: forms[kind].format(rng.choice(GR_ORG_WORDS)),
                    lambda n: forms[kind].format(rng.choice(GR_ORG_WORDS) + " " + rng.choice(GR_ORG_WORDS) + " "
                                                 + rng.choice(GR_CITIES)))
                o["latin"] = None
            else:
                kind = 1 if schema == "Company" else rng.choice((0, 2))
                suffix = ["基金会", "有限公司", "协会"][kind]

                def make():
                    chars = [rng.choice(ZH_GIVEN) for _ in range(2)]
                    return "".join(h for h, _ in chars) + rng.choice(["", "国际", "科技", "文化"]) + suffix
                o["native"] = self.unique(make, lambda n: rng.choice(ZH_GIVEN)[0] + n)
                o["latin"] = None
            return o
        lang = {"hispanic": "es", "lusophone": "pt", "francophone": "fr", "germanic": "de", "polish": "pl"}.get(culture, "en")
        if schema == "Company":
            form = rng.choice(COMPANY_FORMS.get(country, ["Ltd"]))

            def make():
                stem = self.family_latin(culture) if culture in LATIN_CULTURES and rng.random() < 0.4 else self.brand()
                if rng.random() < 0.3:
                    return f"{stem} {rng.choice(ORG_WORDS['en'][0])} {rng.choice(SECTORS)}"
                return f"{stem} {rng.choice(SECTORS)}"
            o["name"] = self.unique(make, lambda n: f"{self.brand()} {n}")
            o["form"] = form
        elif schema == "PublicBody":
            o["name"] = self.unique(lambda: self.public_body(country), lambda n: f"{rng.choice(REGIONS)} {n}")
        else:
            o["name"] = self.unique(lambda: self.ngo(lang, country), lambda n: f"{self.brand()} {n}")
        return o

    def public_body(self, country):
        """Local bodies of real cities and of towns with coined names."""
        rng = self.rng
        place = rng.choice(CITIES[country]) if rng.random() < 0.2 else \
            self.brand() + rng.choice([" Town", "ville", "burg", " Falls", " Heights", "ton", " Bay"])
        pattern = rng.choice(["{1} City Council", "{1} Regional Assembly", "{1} Department of {0}",
                              "{1} Commission on {0}", "Office of the {1} {0} Commissioner",
                              "{1} {0} Authority"])
        return pattern.format(rng.choice(["Family Affairs", "Education", "Health", "Justice", "Social Development",
                                          "Religious Affairs", "Youth and Sport", "Gender", "Culture", "Finance"]),
                              place)

    def ngo(self, lang, country):
        """A name of its own: the kind of organisation and theme words, and always a proper
        name (a coined word, a family name or a place with a coined word), as real ones have."""
        rng = self.rng
        adjs, nouns = ORG_WORDS[lang]
        a, n = rng.choice(adjs), rng.choice(nouns)
        r = rng.random()
        proper = self.brand() if rng.random() < 0.7 else f"{rng.choice(CITIES[country])} {self.brand()}"
        if lang == "en":
            if r < 0.4:
                name = f"{proper} {a} {n}"
            elif r < 0.7:
                name = f"{proper} {n} for {rng.choice(THEMES_EN)}"
            else:
                name = f"{a} {n} of {proper}"
            if rng.random() < 0.2:
                name += " International"
        else:
            name = f"{n} {a} {proper}" if r < 0.6 else f"{n} {proper}"
        return name

    def render_org(self, o, native=True):
        if o["native"] is not None:
            if native or not o["latin"]:
                return o["native"]
            return o["latin"]
        return o["name"] + (f" {o['form']}" if o["form"] else "")

    def organisation(self, out, schema):
        rng = self.rng
        o = self.org_parts(schema)
        props = {"name": [self.render_org(o)], "country": [o["country"]]}
        if o["native"] is not None and o["latin"] and rng.random() < 0.4:
            props["alias"] = [o["latin"]]
        if schema == "Company":
            props["jurisdiction"] = [o["country"]]
            if rng.random() < 0.8:
                props["registrationNumber"] = [f"{rng.randint(1000, 99999999):08d}"]
        if schema != "PublicBody" and rng.random() < 0.6:
            y = rng.randint(1950, 2023)
            props["incorporationDate"] = [f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if rng.random() < 0.7 else str(y)]
        if rng.random() < 0.2:
            slug = "".join(ch for ch in strip_accents(self.render_org(o, native=False)).lower() if ch.isascii() and ch.isalnum())[:20]
            props["website"] = [f"https://{slug or 'org' + str(rng.randint(1, 9999))}.example.org"]
        if rng.random() < 0.1:
            props["email"] = [f"info{rng.randint(1, 9999)}@example.org"]
        if rng.random() < 0.1:
            props["phone"] = [f"+{rng.randint(1, 99)} {rng.randint(100, 999)} {rng.randint(1000000, 9999999)}"]
        self.emit(out, schema, props, (schema, o, props))

    # duplicates --------------------------------------------------------------------------------

    def noisy_person(self, p, props):
        rng = self.rng
        culture = p["culture"]
        nativeCulture = culture in ("russian", "greek", "arabic", "chinese")
        name0 = props["name"][0]
        ops = rng.sample(["typo", "order", "initials", "script", "accents", "respell", "middle", "case", "variant"], 2)
        q = dict(p)
        if "middle" in ops:
            if q["middle"]:
                q["middle"] = None
            elif culture not in ("arabic", "russian", "chinese", "greek"):
                q["middle"] = rng.choice(CULTURES[culture]["given"])
        order = rng.choice(["comma", "reversed"]) if "order" in ops else "normal"
        wasNative = name0 == self.render_person(p, native=True) if nativeCulture else False
        native = wasNative
        if nativeCulture and ("script" in ops or "variant" in ops):
            native = not wasNative if "script" in ops else wasNative
        variant = rng.randrange(1, 5) if "variant" in ops else 0
        initials = "initials" in ops and not native and culture != "chinese"
        name = self.render_person(q, native=native, scheme=variant, order=order, initials=initials, variant=variant)
        if not native:
            if "accents" in ops:
                stripped = strip_accents(name)
                name = stripped if stripped != name else respell(rng, name)
            if "respell" in ops:
                name = respell(rng, name)
            if "typo" in ops:
                name = typo(rng, name)
            if "case" in ops:
                parts = name.split(" ")
                parts[-1] = parts[-1].upper()
                name = " ".join(parts)
        elif "typo" in ops and culture == "russian":
            name = typo(rng, name)
        if name == name0:
            if native:  # the other organisation wrote it in Latin letters
                name = self.render_person(q, native=False, scheme=variant, order=order, variant=variant)
            elif len(name) >= 4:
                name = typo(rng, name)
        return name

    def noisy_org(self, o, props):
        rng = self.rng
        name0 = props["name"][0]
        if o["native"] is not None:
            r = rng.random()
            if o["latin"] and r < 0.4:
                return o["latin"] if name0 == o["native"] else o["native"]
            if "«" in name0 and r < 0.7:
                return name0.replace("«", "\"").replace("»", "\"")
            return typo(rng, name0) if len(name0) > 6 else name0
        name = name0
        ops = rng.sample(["form", "abbrev", "typo", "accents", "case", "the"], 2)
        form = o.get("form")
        if form and "form" in ops:
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
        if "the" in ops and not name.startswith("The "):
            name = "The " + name
        if "case" in ops:
            name = name.upper()
        if "typo" in ops:
            name = typo(rng, name)
        return name.strip() or name0

    def duplicate(self, out):
        rng = self.rng
        i = rng.randrange(len(self.window))
        orig_id, (schema, parts, props) = self.window[i]
        self.window[i] = self.window[-1]
        self.window.pop()
        if schema == "Person":
            name = self.noisy_person(parts, props)
        else:
            name = self.noisy_org(parts, props)
        new = {"name": [name]}
        for key, value in props.items():
            if key in ("name", "alias"):
                continue
            r = rng.random()
            if r < 0.2:
                continue  # the other organisation did not record it
            v = value[0]
            if key in ("birthDate", "incorporationDate") and len(v) == 10:
                if r < 0.35:
                    v = v[:4]
                elif r < 0.4:
                    v = v[:8] + f"{min(28, int(v[8:]) + 1):02d}"  # a slip of a day
            elif key == "registrationNumber" and r < 0.4:
                v = v.lstrip("0") or v
            elif key == "phone" and r < 0.6:
                digits = "".join(ch for ch in v if ch.isdigit())
                v = "00" + digits if r < 0.4 else "(" + digits[-10:-7] + ") " + digits[-7:]
            elif key == "email" and r < 0.5:
                v = v.upper() if r < 0.3 else v
            elif key == "passportNumber" and r < 0.4:
                v = v[0] + " " + v[1:]
            new[key] = [v]
        self.emit(out, schema, new, None, original=orig_id)

    def emit(self, out, schema, props, remember, original=None):
        eid = self.make_id()
        line = json.dumps({"id": eid, "schema": schema, "properties": props}, ensure_ascii=False,
                          separators=(", ", ": "))
        out.write(line)
        out.write("\n")
        self.values += sum(len(v) for v in props.values())
        self.per_schema[schema] = self.per_schema.get(schema, 0) + 1
        if original:
            self.dups += 1
            self.truth.write(f"{original},{eid}\n")
        elif remember is not None and self.dup_p:
            item = (eid, remember)
            if len(self.window) < self.window_max:
                self.window.append(item)
            else:
                self.window[self.rng.randrange(self.window_max)] = item

    def run(self, out, total):
        rng = self.rng
        for _ in range(total):
            if self.window and rng.random() < self.dup_p:
                self.duplicate(out)
                continue
            schema = weighted(rng, SCHEMATA)
            if schema == "Person":
                self.person(out)
            else:
                self.organisation(out, schema)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--duplicates", type=float, default=0.1, help="share of records that are duplicates")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    args = ap.parse_args()
    start = time.time()
    with open(args.out, "w", encoding="utf-8") as out, open(args.truth, "w", encoding="utf-8") as truth:
        g = Generator(args.seed, args.duplicates, truth)
        g.run(out, args.records)
    print(f"{g.count} records ({g.dups} duplicates), {g.values} values, {time.time() - start:.1f} s; "
          + ", ".join(f"{k} {v}" for k, v in sorted(g.per_schema.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
