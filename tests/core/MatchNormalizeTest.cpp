// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/Normalize.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace commonplace::match;

namespace {

std::string tokens(const NormalizedName& n)
{
    return n.text();
}

} // namespace

TEST_CASE("folding: Unicode normalisation, case folding, punctuation, apostrophes", "[match]")
{
    Normalizer norm;
    CHECK(norm.fold("Müller-Lüdenscheidt, Dr.") == "muller ludenscheidt dr");
    CHECK(norm.fold("  O'Brien   Int'l  ") == "obrien intl");
    CHECK(norm.fold("ﬁnance ＡＢＣ Straße") == "finance abc strasse"); // NFKC and case folding
    CHECK(norm.fold("e.V.") == "e v");
    CHECK(norm.fold("S.à r.l.") == "s a r l");
    CHECK(norm.fold("") == "");
    CHECK(norm.fold("—«»—") == "");
    CHECK(norm.words("Jean-Pierre DUBOIS") == std::vector<std::string>{"jean", "pierre", "dubois"});
}

TEST_CASE("folding transliterates every script to Latin", "[match]")
{
    Normalizer norm;
    CHECK(norm.fold("Юлия Веселова") == "yuliya veselova"); // BGN/PCGN
    CHECK(norm.fold("Звягинцев Щукин") == "zvyagintsev shchukin");
    CHECK(norm.fold("Γεώργιος Παπαδόπουλος") == "georgios papadopoulos"); // ELOT
    CHECK(norm.fold("Ελένη") == "eleni");
    CHECK(norm.fold("赵建国") == "zhao jian guo");  // pinyin
    CHECK(norm.fold("محمد الحداد") == "mhmd hdad"); // no short vowels; al- taken off
    CHECK(norm.fold("فاطمة") == "fatma");           // taa marbuta read as its vowel
    CHECK(norm.fold("דוד כהן") == "dwd khn");
    CHECK(norm.fold("Ğül Şahin") == "gul sahin");
    // Mixed scripts, word by word.
    CHECK(norm.fold("ООО «Vector» Ltd") == "ooo vector ltd");
}

TEST_CASE("scripts", "[match]")
{
    CHECK(Normalizer::scriptOf("Sarah") == Script::Latin);
    CHECK(Normalizer::scriptOf("«Юлия»") == Script::Cyrillic);
    CHECK(Normalizer::scriptOf("123 محمد") == Script::Arabic);
    CHECK(Normalizer::scriptOf("赵建国") == Script::Han);
    CHECK(Normalizer::scriptOf("Γιώργος") == Script::Greek);
    CHECK(Normalizer::scriptOf("דוד") == Script::Hebrew);
    CHECK(Normalizer::scriptOf("") == Script::Latin);
    CHECK(isAbjad(Script::Arabic));
    CHECK_FALSE(isAbjad(Script::Greek));
}

TEST_CASE("person names lose honorifics and generations, which are kept aside", "[match]")
{
    Normalizer norm;
    auto n = norm.name("Herr Prof. Dr. Hermann Schnabel", NameKind::Person);
    CHECK(tokens(n) == "hermann schnabel");
    CHECK(n.gender == "male");
    CHECK(n.titles.size() == 3);

    n = norm.name("Frau Lina Dachner", NameKind::Person);
    CHECK(tokens(n) == "lina dachner");
    CHECK(n.gender == "female");

    n = norm.name("Dr.-Ing. E. h. Martin Herrenknecht", NameKind::Person);
    CHECK(tokens(n) == "martin herrenknecht");

    n = norm.name("John Smith Jr.", NameKind::Person);
    CHECK(tokens(n) == "john smith");
    CHECK(n.generation == "jr");

    n = norm.name("Госпожа Ольга Кузнецова", NameKind::Person);
    CHECK(tokens(n) == "olga kuznetsova");
    CHECK(n.gender == "female");

    // A name is never reduced to nothing, and an initial is not a title.
    CHECK(tokens(norm.name("Mr", NameKind::Person)) == "mr");
    n = norm.name("S. Marlow", NameKind::Person);
    CHECK(tokens(n) == "s marlow");
    CHECK(n.kinds == std::vector<TokenKind>{TokenKind::Initial, TokenKind::Word});
    n = norm.name("D. Sokolov", NameKind::Person);
    CHECK(tokens(n) == "d sokolov");

    // Particles and patronymics weigh less.
    n = norm.name("Ludwig van Beethoven", NameKind::Person);
    CHECK(n.kinds[1] == TokenKind::Particle);
    n = norm.name("Иван Сергеевич Петров", NameKind::Person);
    CHECK(tokens(n) == "ivan sergeyevich petrov");
    CHECK(n.kinds[1] == TokenKind::Particle);
    // Legal forms are not taken off people.
    CHECK(tokens(norm.name("Anna Ag", NameKind::Person)) == "anna ag");
}

TEST_CASE("organisation names lose legal forms and fold organisation words", "[match]")
{
    Normalizer norm;
    auto n = norm.name("Acme Holdings Co., Ltd.", NameKind::Organization);
    CHECK(tokens(n) == "acme holding");
    CHECK(n.legalForms == std::vector<std::string>{"limited"});

    n = norm.name("ACME HOLDINGS COMPANY LIMITED", NameKind::Organization);
    CHECK(tokens(n) == "acme holding");
    CHECK(n.legalForms == std::vector<std::string>{"limited"});

    n = norm.name("Märkischer Arbeitgeberverband e. V.", NameKind::Organization);
    CHECK(tokens(n) == "markischer arbeitgeberverband");
    CHECK(n.legalForms == std::vector<std::string>{"nonprofit"});

    n = norm.name("ООО «Ромашка»", NameKind::Organization);
    CHECK(tokens(n) == "romashka");
    CHECK(n.legalForms == std::vector<std::string>{"limited"});

    n = norm.name("Adolf Würth GmbH & Co. KG", NameKind::Organization);
    CHECK(tokens(n) == "adolf wurth");
    CHECK(n.legalForms == std::vector<std::string>{"partnership"});

    // The same organisation words in five languages.
    std::string want = "foundation life family";
    for (const char* name :
         {"Fundación Vida y Familia", "Stiftung Leben und Familie", "Fondation Vie et Famille",
          "Life and Family Foundation", "Фонд «Жизнь и семья»", "مؤسسة الحياة والأسرة"}) {
        n = norm.name(name, NameKind::Organization);
        std::string significant;
        for (std::size_t i = 0; i < n.tokens.size(); ++i)
            if (n.kinds[i] != TokenKind::Stopword)
                significant += (significant.empty() ? "" : " ") + n.tokens[i];
        std::vector<std::string> got = Normalizer().words(significant),
                                 expected = Normalizer().words(want);
        std::sort(got.begin(), got.end());
        std::sort(expected.begin(), expected.end());
        INFO(name);
        CHECK(got == expected);
    }
    n = norm.name("Heritage Family Alliance Int'l", NameKind::Organization);
    CHECK(tokens(n) == "heritage family alliance international");
    CHECK(n.kinds[0] == TokenKind::OrgTerm);

    n = norm.name("华夏和平基金会", NameKind::Organization);
    CHECK(tokens(n) == "hua xia peace foundation");
    n = norm.name("Huaxia Heping Foundation", NameKind::Organization);
    CHECK(tokens(n) == "huaxia peace foundation");

    // Acronyms written with dots are one word; honorifics stay in organisation names.
    n = norm.name("B.A.B. MaxiPoster Werbetürme GmbH", NameKind::Organization);
    CHECK(tokens(n) == "bab maxiposter werbeturme");
    CHECK(tokens(norm.name("Dr. Rath Health Programs B.V.", NameKind::Organization)) ==
          "dr rath health programs");
    // A legal form alone stays.
    CHECK(tokens(norm.name("GmbH", NameKind::Organization)) == "gmbh");
}

TEST_CASE("nicknames", "[match]")
{
    CHECK(sameGivenName("bob", "robert"));
    CHECK(sameGivenName("robert", "bobby"));
    CHECK(sameGivenName("sasha", "alexander"));
    CHECK(sameGivenName("sasha", "alexandra"));
    CHECK_FALSE(sameGivenName("alexander", "alexandra")); // the same nickname, not the same name
    CHECK_FALSE(sameGivenName("bob", "bill"));
    CHECK_FALSE(sameGivenName("nobody", "robert"));
}

TEST_CASE("identifiers, e-mails, phones, web addresses", "[match]")
{
    CHECK(Normalizer::identifier("DE 012-34") == "DE01234");
    CHECK(Normalizer::identifier("00012345") == "12345");
    CHECK(Normalizer::identifier("hrb 1234 b") == "HRB1234B");
    CHECK(Normalizer::identifier("0") == "0");
    CHECK(Normalizer::email(" Info@Example.ORG ") == "info@example.org");
    CHECK(Normalizer::email("mailto:a@b.c") == "a@b.c");
    CHECK(Normalizer::email("not an address") == "");
    CHECK(Normalizer::phone("+44 20 7946 0018") == "079460018");
    CHECK(Normalizer::phone("0044 (0)20 7946-0018") == "079460018");
    CHECK(Normalizer::phone("12") == "");
    CHECK(Normalizer::url("https://www.Example.org/About/") == "example.org/about");
    CHECK(Normalizer::url("http://example.org?utm=1#top") == "example.org");
    CHECK(Normalizer::url("twitter.com/SomeHandle") == "twitter.com/somehandle");
}

TEST_CASE("consonant skeletons and phonetic keys", "[match]")
{
    CHECK(Normalizer::skeleton("mohammed") == "mhmd");
    CHECK(Normalizer::skeleton("mhmd") == "mhmd");
    CHECK(Normalizer::skeleton("hussein") == "hsn");
    CHECK(Normalizer::skeleton("david") == "dd");
    CHECK(Normalizer::skeleton("dwd") == "dd");
    CHECK(Normalizer::skeleton("alexei") == Normalizer::skeleton("aleksey"));
    CHECK(Normalizer::skeleton("sarah") == "srh");
    CHECK(Normalizer::skeleton("sarah", true) == "sr");
    CHECK(Normalizer::phoneticKey("veselova") == Normalizer::phoneticKey("wesselowa"));
    CHECK(Normalizer::phoneticKey("mikhail") == Normalizer::phoneticKey("michael"));
    CHECK(Normalizer::phoneticKey("yulia") == Normalizer::phoneticKey("julia"));
    CHECK(Normalizer::phoneticKey("schmidt") == Normalizer::phoneticKey("shmidt"));
    CHECK(Normalizer::phoneticKey("zvyagintsev") == Normalizer::phoneticKey("zwjaginzew"));
    CHECK(Normalizer::phoneticKey("smith") != Normalizer::phoneticKey("jones"));
}
