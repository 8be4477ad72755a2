"""Bodies inside bodies, places inside places, long body names and press services, on sentences
written for these tests."""

from __future__ import annotations

import pytest

from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article


def facts_of(text: str):
    facts, _ = extract_article(parse_article(text))
    return facts


def pairs(facts, predicate):
    ent = facts.entities
    return {(ent[r.subject].label, ent[r.object].label) for r in facts.relations.values()
            if r.predicate == predicate and r.object in ent}


def labels(facts, *types):
    return {e.label for e in facts.entities.values() if e.type in types}


@pytest.mark.parametrize("text,inner,outer", [
    ("Заң жобасын Парламент Сенаты мақұлдады.", "Сенат", "Парламент"),
    ("Бұл мәселені Мәжілістің Экология мәселелері комитеті талқылады.", "Экология мәселелері комитеті", "Мәжіліс"),
    ("Ол Денсаулық сақтау министрлігі Фармация комитетінің төрағасы болған.", "Фармация комитеті",
     "Денсаулық сақтау министрлігі"),
])
def test_part_of(text, inner, outer):
    assert (inner, outer) in pairs(facts_of(text), "partOf")


@pytest.mark.parametrize("text", [
    "Үкімет, Экология министрлігі және Қаржы министрлігі жоспар әзірлейді.",  # a list
    "Президент Әкімшілігі Үкіметпен бірлесіп жоспар әзірледі.",  # subject and partner, not owner and part
])
def test_no_part_of_between_bodies_side_by_side(text):
    assert pairs(facts_of(text), "partOf") == set()


@pytest.mark.parametrize("text,town,region", [
    ("Павлодар облысының әкімшілік орталығы Павлодарда жаңа саябақ ашылды.", "Павлодар", "Павлодар облысы"),
    ("Жетісу облысының әкімшілік орталығы болып табылатын Талдықорғанда 140 мың адам тұрады.", "Талдықорған",
     "Жетісу облысы"),
    ("Облыстың әкімшілік орталығы Талдықорғанда жиын өтті.", None, None),  # no region named: nothing
])
def test_a_regions_administrative_centre_lies_in_it(text, town, region):
    found = pairs(facts_of(text), "locatedIn")
    assert found == ({(town, region)} if town else set())


@pytest.mark.parametrize("text,small,big", [
    ("Жаңа мектеп Түркістан облысы Кентау қаласында ашылды.", "Кентау", "Түркістан облысы"),
    ("Абай облысының Үржар ауданында жиын өтті.", "Үржар ауданы", "Абай облысы"),
    ("Мектеп Жамбыл ауданының Ұзынағаш қаласында салынады.", "Ұзынағаш", "Жамбыл ауданы"),
    # names listed before one plural noun, one read by the lexicon as an accusative (Ескелді = Ескел+ді)
    ("Алматы облысының Райымбек және Ескелді аудандарына әкімдер тағайындалды.", "Ескелді ауданы", "Алматы облысы"),
    ("Алматы облысының Райымбек және Ескелді аудандарына әкімдер тағайындалды.", "Райымбек ауданы", "Алматы облысы"),
])
def test_located_in(text, small, big):
    assert (small, big) in pairs(facts_of(text), "locatedIn")


def test_long_committee_name_with_commas_and_lower_case_words():
    facts = facts_of("Отырысты Мәжілістің Құқық қорғау, сот жүйесін жетілдіру және қауіпсіздік мәселелері "
                     "комитетінің мүшелері өткізді.")
    name = "Құқық қорғау, сот жүйесін жетілдіру және қауіпсіздік мәселелері комитеті"
    assert name in labels(facts, "Organization")
    assert (name, "Мәжіліс") in pairs(facts, "partOf")


@pytest.mark.parametrize("text,org", [
    ("Бұл туралы Маңғыстау облысы әкімінің баспасөз қызметі хабарлады.", "Маңғыстау облысы әкімінің баспасөз қызметі"),
    ("Мәліметті Энергетика министрлігінің баспасөз қызметі таратты.", "Энергетика министрлігінің баспасөз қызметі"),
])
def test_press_service_is_a_body_named_with_its_owner(text, org):
    assert org in labels(facts_of(text), "Organization")


def holds(facts):
    return pairs(facts, "holdsPosition") | pairs(facts, "appointedTo")


@pytest.mark.parametrize("text,person,post", [
    # a post owned by a long committee name inside a chamber
    ("«Су аз», - деді Мәжілістің Экология мәселелері және табиғатты пайдалану комитетінің төрағасы Ерлан Сапаров.",
     "Ерлан Сапаров", "Мәжілістің Экология мәселелері және табиғатты пайдалану комитетінің төрағасы"),
    # the country is dropped from the label, lower-case words after the capitalised one are kept
    ("Жарлықпен Дана Омарова Қазақстан Республикасы Мәдениет және ақпарат бірінші вице-министрі болып тағайындалды.",
     "Дана Омарова", "Мәдениет және ақпарат бірінші вице-министрі"),
    # an ambassador is a post
    ("Кездесуге Қазақстанның Жапониядағы елшісі Марат Оспанов қатысты.", "Марат Оспанов", "Қазақстанның Жапониядағы елшісі"),
])
def test_long_posts(text, person, post):
    assert (person, post) in holds(facts_of(text))


@pytest.mark.parametrize("text,person,post", [
    ("Жарлықпен Асхат Бекұлы Энергетика министрі болып тағайындалды. Бұған дейін ол Қазақстан Республикасы "
     "Энергетика вице-министрі қызметін атқарған.", "Асхат Бекұлы", "Энергетика вице-министрі"),
    ("Жарлықпен Гүлмира Сейітова Түркістан облысының әкімі болып тағайындалды. Әр жылдары Ұлттық ғылым "
     "академиясының вице-президенті болып қызмет атқарған.", "Гүлмира Сейітова", "Ұлттық ғылым академиясының вице-президенті"),
    ("Ерлан Сапаров 2019-2023 жылдары Павлодар облысының әкімі болған.", "Ерлан Сапаров", "Павлодар облысының әкімі"),
    ("Жиында Ерлан Сапаров Мәжіліс төрағасы лауазымынан бас тартты.", "Ерлан Сапаров", "Мәжіліс төрағасы"),
    ("Жарлықпен Нұрлан Бекенов вице-министр болып тағайындалды. Кейін ол Шымкент қаласы денсаулық сақтау бөлімінің "
     "басшысы, Түркістан облысы денсаулық сақтау басқармасының басшысы қызметтерін атқарған.", "Нұрлан Бекенов",
     "Шымкент қаласы денсаулық сақтау бөлімінің басшысы"),
    ("Жарлықпен Нұрлан Бекенов вице-министр болып тағайындалды. Кейін ол Шымкент қаласы денсаулық сақтау бөлімінің "
     "басшысы, Түркістан облысы денсаулық сақтау басқармасының басшысы қызметтерін атқарған.", "Нұрлан Бекенов",
     "Түркістан облысы денсаулық сақтау басқармасының басшысы"),
    ("Жарлықпен Айгүл Серікова басқарма басшысы болып тағайындалды. Серікова 1980 жылы туған. 2015–2020 жылдары "
     "Қаратал аудандық ауруханасының бас дәрігері болып жұмыс істеген.", "Айгүл Серікова",
     "Қаратал аудандық ауруханасының бас дәрігері"),  # the subject of the sentence before
    ("Жамбыл облысы Талас ауданын 2021 жылдан бері басқарған Ержан Әлібеков облыс әкімінің орынбасары болып "
     "тағайындалды.", "Ержан Әлібеков", "Талас ауданының әкімі"),  # who headed a district was its akim
])
def test_career_posts_held(text, person, post):
    assert (person, post) in pairs(facts_of(text), "holdsPosition")


def test_appointment_sentence_is_not_a_career_post():
    facts = facts_of("Жарлықпен Гүлмира Сейітова Түркістан облысының әкімі болып тағайындалды.")
    assert ("Гүлмира Сейітова", "Түркістан облысының әкімі") in pairs(facts, "appointedTo")
    assert pairs(facts, "holdsPosition") == set()


@pytest.mark.parametrize("text,person,post", [
    ("Павлодар облысында жиын өтті. Облыс әкімінің орынбасары Марат Ахметов баяндама жасады.",
     "Марат Ахметов", "Павлодар облысы әкімінің орынбасары"),
    ("Жиын Тараз қаласында өтті. Қала әкімі Ерлан Сапаров сөйледі.", "Ерлан Сапаров", "Тараз қаласының әкімі"),
])
def test_bare_region_or_city_in_a_post_is_the_articles_one(text, person, post):
    assert (person, post) in pairs(facts_of(text), "holdsPosition")


def test_bare_region_stays_bare_when_the_article_names_two():
    facts = facts_of("Павлодар облысы мен Абай облысында жиын өтті. Облыс әкімі Марат Ахметов сөйледі.")
    assert not any("Павлодар" in p or "Абай" in p for _, p in pairs(facts, "holdsPosition"))


def test_acting_post_with_a_bare_region_names_the_region():
    facts = facts_of("Павлодар облысының әкімі демалысқа шықты. Облыс әкімінің міндетін атқару облыс әкімінің "
                     "бірінші орынбасары Марат Ахметовке жүктелді.")
    assert ("Марат Ахметов", "Павлодар облысы әкімінің міндетін атқарушы") in pairs(facts, "appointedTo")


def test_source_followed_by_the_press_service_it_quotes():
    facts = facts_of("Президент заңға қол қойды, деп хабарлайды Tengrinews.kz Ақорда баспасөз қызметіне сілтеме жасап.")
    assert labels(facts, "Publisher") == {"Tengrinews.kz"}


def goals_of(facts, doc_word):
    return {facts.entities[r.object].label for r in facts.relations.values()
            if r.predicate == "hasGoal" and doc_word in facts.entities[r.subject].label}


def test_provisions_of_a_law():
    facts = facts_of("Президент «Жол қозғалысы туралы» Заңға қол қойды. Заңға сәйкес, жүргізушілер сақтандыру "
                     "полисін алуға міндетті болады. Сондай-ақ жаяу жүргіншілер аймағында көлік тұрағына тыйым "
                     "салынады. Ауа райы жылы болады.")
    goals = goals_of(facts, "Заң")
    assert "жүргізушілер сақтандыру полисін алуға міндетті болады" in goals  # "Заңға сәйкес," is the frame
    assert "Сондай-ақ жаяу жүргіншілер аймағында көлік тұрағына тыйым салынады" in goals
    assert not any("Ауа райы" in g for g in goals)


def test_what_a_law_is_expected_to_bring_is_its_aim():
    facts = facts_of("Президент «Туризм қызметі туралы» Заңға қол қойды. Вице-министрдің айтуынша, заң күшіне "
                     "енгеннен кейін шетелдік туристер саны екі есе артады деп күтілуде.")
    assert goals_of(facts, "Заң") == {
        "заң күшіне енгеннен кейін шетелдік туристер саны екі есе артады деп күтілуде"}


def codes(facts):
    return {e.label: {m.text for m in e.mentions} for e in facts.entities.values() if e.type == "Code"}


def test_codes_are_named_by_their_topic():
    found = codes(facts_of("Ілеспе заң Орман кодексіне және Әкімшілік құқық бұзушылық туралы кодекске "
                           "түзетулер енгізеді. Мәжіліс Су кодексін де қабылдады."))
    assert found == {"Орман кодексі": {"Орман кодексіне"},
                     "Әкімшілік құқық бұзушылық туралы кодекс": {"Әкімшілік құқық бұзушылық туралы кодекске"},
                     "Су кодексі": {"Су кодексін"}}


def test_a_topic_name_is_the_code_whose_title_holds_it_and_new_is_no_topic():
    found = codes(facts_of("Президент «Қазақстан Республикасының Су кодексі» кодексіне қол қойды. Су кодексіне "
                           "сәйкес, су үнемделеді. Жаңа кодекс 2027 жылы күшіне енеді."))
    assert len(found) == 1
    (label, mentions), = found.items()
    assert "Су кодексі" in label and "Су кодексіне" in mentions and "кодекс" in mentions


def test_rules_named_right_after_the_order_approving_them():
    facts = facts_of("Денсаулық сақтау министрінің 2027 жылғы 3 наурыздағы № 45-НҚ бұйрығымен Дәріхана қызметін "
                     "лицензиялау қағидалары (бұдан әрі – Қағидалар) бекітілді, деп хабарлайды «Заң» газеті. "
                     "Қағидалар дәрі сапасын арттыруға бағытталған. Жаңа тәртіп алдымен Көкшетау бен Петропавл "
                     "қалаларында енгізіледі.")
    acts = {e.label for e in facts.entities.values() if e.type in ("Order", "Law", "LegalAct")}
    assert acts == {"2027 жылғы 3 наурыздағы № 45-НҚ Бұйрық"}  # the paper «Заң» is no law
    assert labels(facts, "Rules", "PolicyDocument") == {"Дәріхана қызметін лицензиялау қағидалары"}
    assert goals_of(facts, "қағидалары") >= {"дәрі сапасын арттыру"}  # the aim's noun phrase (GOLD.md)
    assert labels(facts, "Person") == set()  # "Көкшетау бен Петропавл" are two towns, not a name


def test_what_rules_require_are_their_provisions():
    facts = facts_of("Министрдің 2027 жылғы 4 сәуірдегі № 77-НҚ бұйрығымен Жүк тасымалдау қағидалары бекітілді. "
                     "Қағидаларға сәйкес, жүк көлігінің салмағы 40 тоннадан аспауы тиіс. Сонымен қатар "
                     "тасымалдаушылар жүкті сақтандырады. Тиісті ақпарат министрлікке жіберілді.")
    goals = goals_of(facts, "қағидалары")
    assert "жүк көлігінің салмағы 40 тоннадан аспауы тиіс" in goals
    assert "Сонымен қатар тасымалдаушылар жүкті сақтандырады" in goals
    assert not any("Тиісті ақпарат" in g for g in goals)


def test_what_the_new_document_will_do_is_its_aim():
    facts = facts_of("Үкімет 2027-2030 жылдарға арналған су үнемдеу бағдарламасын бекітті. Жаңа бағдарлама "
                     "фермерлерге суды тиімді пайдалануға жол ашады.")
    assert goals_of(facts, "бағдарламасы") == {"Жаңа бағдарлама фермерлерге суды тиімді пайдалануға жол ашады"}


def test_elected_chairman_of_the_board_of_the_company_the_article_is_about():
    facts = facts_of("Үкімет «Ұлттық геология орталығы» акционерлік қоғамын құрды. Орталықтың директорлар кеңесі "
                     "Асқар Бекұлы Сейітовті басқарма төрағасы етіп сайлады.")
    assert ("Асқар Сейітов", "Ұлттық геология орталығы басқармасының төрағасы") in pairs(facts, "appointedTo")


def test_a_listed_career_gives_posts_not_aims():
    text = ("Жаңа әкім\n\nЖарлықпен Ерболат Сейітов Қостанай облысының әкімі болып тағайындалды.\n\n"
            "Ерболат Сейітов Қостанай университетін бітірген. Еңбек жолында мынадай қызметтерді атқарған:\n"
            "– Рудный қаласы әкімінің орынбасары;\n– Әулиекөл ауданының әкімі;\n– Энергетика вице-министрі.\n")
    facts = facts_of(text)
    held = {post for person, post in pairs(facts, "holdsPosition") if person == "Ерболат Сейітов"}
    assert {"Рудный қаласы әкімінің орынбасары", "Әулиекөл ауданының әкімі", "Энергетика вице-министрі"} <= held
    assert not pairs(facts, "hasGoal")


def test_new_inside_a_documents_name_after_its_owner():
    facts = facts_of("Ақтөбе қаласының әкімдігі Ақтөбе қаласының жаңа шағын аудандарын жылумен қамтамасыз етудің 2028–2030 жылдарға "
                     "арналған кешенді жоспарын бекітті. Жаңа жоспар 40 мың тұрғынға жылу береді.")
    assert labels(facts, "Plan", "PolicyDocument") == {
        "Ақтөбе қаласының жаңа шағын аудандарын жылумен қамтамасыз етудің 2028–2030 жылдарға арналған кешенді жоспары"}


def test_a_joint_declaration_is_a_document_named_by_its_subject():
    facts = facts_of("Екі ел президенттері Экономикалық ынтымақтастық туралы бірлескен декларацияға қол қойды.")
    assert labels(facts, "PolicyDocument") == {"Экономикалық ынтымақтастық туралы бірлескен декларация"}


def test_a_ban_far_from_any_act_is_no_provision():
    facts = facts_of("Президент Заңға қол қойды. Жиында көп мәселе талқыланды. Өзенде шомылуға тыйым салынады.")
    assert goals_of(facts, "Заң") == set()


def test_listed_tasks_are_one_goal_each():
    text = ("Тұжырымдама бекітілді\n\nҮкіметтің қаулысымен 2026-2030 жылдарға арналған су ресурстарын басқару "
            "тұжырымдамасы бекітілді.\n\nТұжырымдаманың негізгі міндеттері:\n1) су шаруашылығы инфрақұрылымын "
            "жаңғырту;\n2) суды үнемдейтін технологияларды енгізу;\n– су тасқынының алдын алу.\n\n"
            "Құжат жарияланған күнінен бастап күшіне енеді.\n")
    goals = goals_of(facts_of(text), "тұжырымдамасы")
    assert goals == {"су шаруашылығы инфрақұрылымын жаңғырту", "суды үнемдейтін технологияларды енгізу",
                     "су тасқынының алдын алу"}


def test_a_list_heading_without_items_gives_nothing():
    text = ("Жоспар бекітілді\n\nҮкімет 2026-2028 жылдарға арналған жол жөндеу жоспарын бекітті.\n\n"
            "Жоспардың негізгі міндеттері:\n\nЖоспар жарияланған күнінен бастап күшіне енеді.\n")
    assert goals_of(facts_of(text), "жоспар") == set()


@pytest.mark.parametrize("count", [
    "Жол картасында 58 іс-шара көзделген.",
    "Жол картасында 4 бағыт және 31 индикатор қарастырылған.",
])
def test_a_count_of_a_documents_items_is_no_goal(count):
    text = ("Жол картасы бекітілді\n\nҮкімет су үнемдеудің 2027-2029 жылдарға арналған жол картасын бекітті. "
            f"{count} Жол картасы ауыл шаруашылығында суды үнемдеуге бағытталған.\n")
    facts = facts_of(text)
    stated = {facts.entities[r.object].label for r in facts.relations.values()
              if r.predicate in ("hasGoal", "hasPlannedMeasure")}
    assert stated == {"ауыл шаруашылығында суды үнемдеу"}  # the aim's noun phrase (GOLD.md)


def test_a_plural_subject_is_no_part_of_a_short_document_name():
    text = ("Жоспар бекітілді\n\nҮкімет жасыл экономиканы дамытудың 2027-2029 жылдарға арналған кешенді жоспарын "
            "(бұдан әрі – Кешенді жоспар) бекітті. Министрліктер мен әкімдіктер Кешенді жоспарды іске асырады. "
            "Кешенді жоспар қалдықтарды қайта өңдеуді арттыруға бағытталған.\n")
    facts = facts_of(text)
    docs = labels(facts, "Plan", "PolicyDocument")
    assert docs == {"жасыл экономиканы дамытудың 2027-2029 жылдарға арналған кешенді жоспары"}
    assert goals_of(facts, "кешенді жоспары") == {"қалдықтарды қайта өңдеуді арттыру"}  # the aim's noun phrase


def test_territorial_department_named_by_its_place_and_part_of_its_committee():
    facts = facts_of("Бұл туралы Қаржы министрлігі Мемлекеттік кірістер комитетінің Алматы қаласы бойынша "
                     "департаменті хабарлады.")
    assert ("Алматы қаласы бойынша департаменті", "Мемлекеттік кірістер комитеті") in pairs(facts, "partOf")
    assert ("Мемлекеттік кірістер комитеті", "Қаржы министрлігі") in pairs(facts, "partOf")


@pytest.mark.parametrize("text,person,party", [
    ("Жиында «Ақ жол» партиясының мүшесі, Мәжіліс депутаты Ерлан Сапаров сөйледі.", "Ерлан Сапаров", "Ақ жол"),
    ("Кездесуге Мәжіліс депутаты, Amanat партиясының мүшесі Гүлнар Оспанова қатысты.", "Гүлнар Оспанова", "Amanat"),
])
def test_party_member(text, person, party):
    assert (person, party) in pairs(facts_of(text), "memberOf")


def test_no_member_without_membership_word():
    assert pairs(facts_of("Amanat партиясы съезд өткізді, оған Гүлнар Оспанова қатысты."), "memberOf") == set()


@pytest.mark.parametrize("text,party", [
    ("Сайлауда “Ауыл” партиясы 8 орын алды.", True),
    ("Ол Ауыл шаруашылығы министрлігінде жұмыс істеді.", False),
    ("Жаңа мектеп ауыл тұрғындарына арналған.", False),
])
def test_a_party_named_by_a_common_word_only_with_its_party_noun(text, party):
    assert ("Ауыл" in labels(facts_of(text), "Organization")) is party


def test_law_passed_by_chambers_and_signed_by_the_president():
    facts = facts_of("Мәжіліс «Цифрлық актив туралы» Заңды 5 наурызда қабылдады. Сенат заңды 12 наурызда мақұлдады. "
                     "Мемлекет басшысы Қасым-Жомарт Тоқаев 18 наурызда «Цифрлық актив туралы» Заңға қол қойды.")
    laws = [e for e in facts.entities.values() if e.type == "Law"]
    assert [law.label for law in laws] == ["«Цифрлық актив туралы» Заң"]  # the signing day does not name the act
    law = laws[0]
    assert {facts.entities[k].label for k in facts.objects(law.key, "issuedBy")} == {"Қасым-Жомарт Тоқаев"}
    assert [v.lexical for v in facts.objects(law.key, "dateOfIssue")] == ["--03-18"]
    assert not any(g.type == "Goal" for g in facts.entities.values())  # "қабылдады" is past, no aim


def test_law_words_that_name_no_act():
    facts = facts_of("Тағайындау заң талаптарына сәйкес жүргізілді.")
    assert not any(e.type == "Law" for e in facts.entities.values())


def test_release_dated_without_a_year():
    facts = facts_of("Облыс әкімінің өкімімен Қайрат Оразбаев 14 қаңтар күні өз өтініші бойынша Атырау қаласы "
                     "әкімі қызметінен босатылды.")
    dates = {v.lexical for r in facts.relations.values() if r.predicate == "eventDate" for v in [r.object]}
    assert dates == {"--01-14"}


def test_national_project_with_a_quoted_title_is_a_programme():
    facts = facts_of("Үкіметтің 2026 жылғы 10 наурыздағы № 145 қаулысымен 2026-2030 жылдарға арналған «Таза Қазақстан» "
                     "ұлттық жобасы бекітілді. Жоба аясында 120 полигон жабылады.")
    name = "«Таза Қазақстан» ұлттық жобасы"
    assert name in labels(facts, "Programme")
    assert "Қазақстан" not in labels(facts, "Place")  # part of the title, not the state
    project = next(e for e in facts.entities.values() if e.label == name)
    assert "жоба" in {m.text.casefold() for m in project.mentions}  # "Жоба аясында" refers back to it


@pytest.mark.parametrize("text", [
    "Мәжіліс заң жобасын мақұлдады.",  # a bill
    "Облыста инвестициялық жоба іске қосылды.",  # an investment project
])
def test_other_projects_are_no_documents(text):
    assert labels(facts_of(text), "Programme") == set()


def test_road_map_is_a_plan():
    facts = facts_of("Комиссия 2026-2028 жылдарға арналған сауда-экономикалық ынтымақтастықтың жол картасын бекітті.")
    assert any(label.endswith("жол картасы") for label in labels(facts, "Plan"))


def test_career_list_of_posts_and_a_quoted_company():
    facts = facts_of("Мемлекет басшысының Жарлығымен Нұрлан Сейтқалиев министр болып тағайындалды. Әр жылдары "
                     "«Қазақтелеком» АҚ басқарма төрағасының орынбасары, Ұлттық ақпараттық технологиялар холдингінің "
                     "басшысы қызметтерін атқарған.")
    held = {p for person, p in pairs(facts, "holdsPosition") if person == "Нұрлан Сейтқалиев"}
    assert held == {"«Қазақтелеком» АҚ басқарма төрағасының орынбасары",
                    "Ұлттық ақпараттық технологиялар холдингінің басшысы"}
    assert "Қазақтелеком" in labels(facts, "Organization")


def signers(facts, cls="Signing"):
    return {facts.entities[r.object].label for r in facts.relations.values()
            if r.predicate == "agent" and facts.entities[r.subject].type == cls}


def test_agreement_signed_by_two_ministers():
    facts = facts_of("Кездесу қорытындысы бойынша ынтымақтастық туралы келісімге қол қойылды. Құжатқа Қазақстанның "
                     "Көлік министрі Нұрлан Сауранбаев пен Өзбекстанның Көлік министрі Ильхом Махкамов қол қойды.")
    assert labels(facts, "Agreement") == {"ынтымақтастық туралы Келісім"}  # title and type (GOLD.md)
    assert signers(facts) == {"Нұрлан Сауранбаев", "Ильхом Махкамов"}


@pytest.mark.parametrize("text", [
    "Деректер ата-аналардың келісімінсіз жиналмайды.",
    "Тараптардың келісімі бойынша мерзім ұзартылды.",
    "Президенттің Қоғамдық келісім мен бірлік туралы Жарлығына қол қойылғанына 30 жыл толады.",
])
def test_consent_and_accord_are_no_agreements(text):
    assert labels(facts_of(text), "Agreement") == set()


def test_foreign_president_is_another_post():
    facts = facts_of("Мемлекет басшысы Қасым-Жомарт Тоқаев Өзбекстан Республикасының Президенті Шавкат Мирзиёевпен "
                     "кездесті. Тоқаев Өзбекстан Президентімен келіссөз жүргізді.")
    held = pairs(facts, "holdsPosition")
    assert ("Шавкат Мирзиёев", "Өзбекстан Президенті") in held
    assert ("Қасым-Жомарт Тоқаев", "Президент") in held
    assert ("Шавкат Мирзиёев", "Президент") not in held
    president = next(e for e in facts.entities.values() if e.label == "Президент")
    assert not any("Президенті" in m.text for m in president.mentions)


def test_instruction_by_the_president_to_the_government():
    facts = facts_of("Мемлекет басшысы Қасым-Жомарт Тоқаев кеңес өткізді. Сондай-ақ Президент Үкіметке тауар "
                     "айналымын арттыру жөнінде тапсырма берді.")
    assert signers(facts, "Instruction") == {"Қасым-Жомарт Тоқаев"}


def test_resolution_named_by_issuer_title_date_and_number_approves_the_plan():
    facts = facts_of("Премьер-министр Олжас Бектенов Қазақстан Республикасы Үкіметінің «Су ресурстарын басқарудың "
                     "2026-2029 жылдарға арналған кешенді жоспарын бекіту туралы» 2026 жылғы 3 ақпандағы № 58 "
                     "қаулысына қол қойды.")
    act = next(e for e in facts.entities.values() if e.type == "Resolution")
    assert {facts.entities[k].label for k in facts.objects(act.key, "issuedBy")} == {"Үкімет"}
    approved = {facts.entities[k].label for k in facts.objects(act.key, "approves")}
    assert approved == {"Су ресурстарын басқарудың 2026-2029 жылдарға арналған кешенді жоспары"}


def test_a_list_heading_is_no_measure():
    text = ("Жоспар бекітілді\n\nҮкімет 2026-2028 жылдарға арналған жол жөндеу жоспарын бекітті.\n\n"
            "Жоспарда мынадай шаралар көзделген:\n– көпірлерді жөндеу;\n– жолдарды кеңейту.\n")
    facts = facts_of(text)
    assert not any(e.label.endswith(":") for e in facts.entities.values())
    assert {"көпірлерді жөндеу", "жолдарды кеңейту"} <= labels(facts, "Goal")


@pytest.mark.parametrize("text,person,post", [
    ("Кездесуге Президенттің Парламенттегі өкілі Марат Ахметов қатысты.", "Марат Ахметов", "Президенттің Парламенттегі өкілі"),
    ("Жиынға Қазақстан халқының омбудсмені Артур Ахметов келді.", "Артур Ахметов", "Қазақстан халқының омбудсмені"),
])
def test_more_posts(text, person, post):
    assert (person, post) in pairs(facts_of(text), "holdsPosition")


def test_a_plural_is_no_post():
    facts = facts_of("Азаматтық қоғам өкілдері Айгүл Бекова мен Ерлан Сапаров сөйледі.")
    assert pairs(facts, "holdsPosition") == set()


def test_holiday_established_by_a_decree_named_with_a_bare_post():
    facts = facts_of("Полиция күні 2007 жылғы 5 маусымдағы Президент жарлығымен белгіленді. Полиция күні 23 маусымда "
                     "аталып өтеді.")
    act = next(e for e in facts.entities.values() if e.type == "Decree")
    assert [v.lexical for v in facts.objects(act.key, "dateOfIssue")] == ["2007-06-05"]
    assert {facts.entities[k].label for k in facts.objects(act.key, "issuedBy")} == {"Президент"}
    assert {facts.entities[k].label for k in facts.objects(act.key, "approves")} == {"Полиция күні"}
    day = next(e for e in facts.entities.values() if e.label == "Полиция күні")
    assert [v.lexical for v in facts.objects(day.key, "eventDate")] == ["--06-23"]


def test_issuer_before_a_filler_word_and_the_subject_is_no_issuer():
    facts = facts_of("ҚР Президентінің тиісті Жарлығымен Берік Уәли Абай облысының әкімі болып тағайындалды.")
    act = next(e for e in facts.entities.values() if e.type == "Decree")
    assert {facts.entities[k].label for k in facts.objects(act.key, "issuedBy")} == {"Президент"}


def test_government_adopting_a_resolution_titled_with_a_concept():
    facts = facts_of("Үкімет «Тіл саясатын дамытудың 2023-2029 жылдарға арналған тұжырымдамасын бекіту туралы» тиісті "
                     "қаулыны қабылдады.")
    act = next(e for e in facts.entities.values() if e.type == "Resolution")
    assert {facts.entities[k].label for k in facts.objects(act.key, "issuedBy")} == {"Үкімет"}


def test_act_dated_before_the_country_and_issuer():
    facts = facts_of("Ассамблея 1995 жылғы 1 наурызда ҚР Президентінің жарлығымен құрылған.")
    act = next(e for e in facts.entities.values() if e.type == "Decree")
    assert act.label == "Жарлық"  # "1 наурызда" says when, so it dates the act without naming it
    assert [v.lexical for v in facts.objects(act.key, "dateOfIssue")] == ["1995-03-01"]


@pytest.mark.parametrize("text,org", [
    ("Ол Қ.И. Сәтбаев атындағы Қазақ ұлттық техникалық зерттеу университетін бітірген.",
     "Қ.И. Сәтбаев атындағы Қазақ ұлттық техникалық зерттеу университеті"),
    ("Ол Қорқыт Ата атындағы Қызылорда университетінде оқыған.", "Қорқыт Ата атындағы Қызылорда университеті"),
])
def test_body_named_after_a_person(text, org):
    facts = facts_of(text)
    assert org in labels(facts, "Organization")
    assert labels(facts, "Person", "Place") == set()  # the namesake and the city are part of the name


def test_owner_place_of_a_body_stays_a_place():
    facts = facts_of("Қазақстан Республикасы Үкіметінің қаулысы шықты. Қостанай облысы әкімдігі хабарлады.")
    assert {"Қазақстан", "Қостанай облысы"} <= labels(facts, "Place")


@pytest.mark.parametrize("text,org,owner", [
    ("Ол Қазақстан Республикасының Жапониядағы елшілігінде жұмыс істеді.", None, None),
    ("Бұл туралы Қауіпсіздік Кеңесінің Хатшылығы хабарлады.", "Қауіпсіздік Кеңесінің Хатшылығы", "Қауіпсіздік Кеңесі"),
])
def test_embassies_and_secretariats_are_bodies(text, org, owner):
    facts = facts_of(text)
    if org is None:
        assert any(label.endswith("елшілігі") for label in labels(facts, "Organization"))
    else:
        assert (org, owner) in pairs(facts, "partOf")


def test_places_joined_before_one_plural_noun():
    facts = facts_of("Ұлытау, Қарағанды және Шығыс Қазақстан облыстарында кен орындары бар. Шал ақын және Айыртау "
                     "аудандарында жол салынады.")
    assert labels(facts, "Place") == {"Ұлытау облысы", "Қарағанды облысы", "Шығыс Қазақстан облысы", "Шал ақын ауданы",
                                      "Айыртау ауданы"}


def test_two_laws_signed_together_each_keep_their_title():
    facts = facts_of("Мемлекет басшысы Қасым-Жомарт Тоқаев «Кооперация туралы» Қазақстан Республикасының Заңына және "
                     "«Кооперация мәселелері бойынша өзгерістер енгізу туралы» Қазақстан Республикасының Заңына қол қойды.")
    signed = {facts.entities[r.object].label for r in facts.relations.values()
              if r.predicate == "eventObject" and facts.entities[r.subject].type == "Signing"}
    assert signed == {"«Кооперация туралы» Заң", "«Кооперация мәселелері бойынша өзгерістер енгізу туралы» Заң"}


def test_an_act_named_by_title_and_then_by_date_is_one_act():
    facts = facts_of("Мемлекет басшысы «Жастар саясаты туралы» Жарлыққа қол қойды. Президенттің 2026 жылғы 3 маусымдағы "
                     "№ 1284 Жарлығы жарияланған күнінен бастап қолданысқа енгізіледі.")
    decrees = [e for e in facts.entities.values() if e.type == "Decree"]
    assert len(decrees) == 1
    assert [v.lexical for v in facts.objects(decrees[0].key, "dateOfIssue")] == ["2026-06-03"]


def test_body_named_with_zhonindegi_and_referred_to_as_the_new_one():
    facts = facts_of("Үкімет Сейсмикалық қауіпсіздік жөніндегі ұлттық орталықты құрды. Жаңа орталық тұрғындарға ескерту "
                     "беруге мүмкіндік береді.")
    centre = next(e for e in facts.entities.values() if e.type == "Organization" and e.label.endswith("орталық"))
    assert centre.label == "Сейсмикалық қауіпсіздік жөніндегі ұлттық орталық"
    assert "Жаңа орталық" in {m.text for m in centre.mentions}


@pytest.mark.parametrize("text,places", [
    ("Құжатқа сәйкес, Қызылорда және Маңғыстау облыстарында бекет салынады.", {"Қызылорда облысы", "Маңғыстау облысы"}),
    ("Қор АҚ арқылы Тайынша мен Булаево қалаларындағы кәсіпкерлер несие алды.", {"Тайынша", "Булаево"}),
])
def test_more_coordinated_places(text, places):
    assert labels(facts_of(text), "Place") == places


def test_second_source_the_reporter_cites():
    facts = facts_of("Тоқаев Жарлыққа қол қойды, деп хабарлайды Kazinform тілшісі Ақорданың ресми сайтына сілтеме жасап. "
                     "Кеңес өтті, деп хабарлайды 24.kz.")
    assert labels(facts, "Publisher") == {"Kazinform", "Ақорданың ресми сайты", "24.kz"}


def test_order_numbered_with_a_letter_issued_by_the_akim_who_signs_it():
    facts = facts_of("Батыс Қазақстан облысы әкімінің 2026 жылғы 10 тамыздағы № 312-к өкімімен Руслан Тұрсынов "
                     "лауазымынан босатылды. Өкімге облыс әкімі Бекзат Ысқақов қол қойды.")
    act = next(e for e in facts.entities.values() if e.type == "Order")
    assert [v.lexical for v in facts.objects(act.key, "documentNumber")] == ["312-к"]
    assert {facts.entities[k].label for k in facts.objects(act.key, "issuedBy")} == {"Бекзат Ысқақов"}
    assert ("Бекзат Ысқақов", "Батыс Қазақстан облысының әкімі") in pairs(facts, "holdsPosition")


def test_principles_listed_in_prose():
    facts = facts_of("Президент 2026–2030 жылдарға арналған жастар саясатын дамыту тұжырымдамасын бекітті. Тұжырымдама "
                     "заңдылық, тең мүмкіндіктер және мемлекет пен қоғамның әріптестігі қағидаттарына негізделеді.")
    assert labels(facts, "Principle") == {"заңдылық", "тең мүмкіндіктер", "мемлекет пен қоғамның әріптестігі"}
    assert labels(facts, "Goal") == set()


def test_a_body_adopting_its_own_resolution_issues_it_and_approves_nothing():
    facts = facts_of("Үкімет «Жол картасын бекіту туралы» тиісті қаулыны қабылдады.")
    act = next(e for e in facts.entities.values() if e.type == "Resolution")
    assert {facts.entities[k].label for k in facts.objects(act.key, "issuedBy")} == {"Үкімет"}
    assert not any(e.type == "Approval" for e in facts.entities.values())


def test_decree_dated_with_kuni_and_oz():
    facts = facts_of("Мемлекет басшысы 2007 жылы 5 маусым күні өз Жарлығымен 23 маусымды Полиция күні деп бекіткен еді.")
    act = next(e for e in facts.entities.values() if e.type == "Decree")
    assert [v.lexical for v in facts.objects(act.key, "dateOfIssue")] == ["2007-06-05"]


def test_acronym_defined_with_budan_ari_and_the_bodys_task():
    facts = facts_of("Үкімет Сейсмикалық қауіпсіздік жөніндегі ұлттық орталықты (бұдан әрі – СҚҰО) құрды. СҚҰО-ның "
                     "негізгі міндеті – ерте ескерту жүйесін құру.")
    centre = next(e for e in facts.entities.values() if e.label.endswith("ұлттық орталық"))
    assert "СҚҰО" in centre.acronyms
    roles = {facts.entities[k].label for k in facts.objects(centre.key, "hasRole")}
    assert roles == {"СҚҰО-ның негізгі міндеті – ерте ескерту жүйесін құру"}


def test_each_personnel_decree_is_its_own_act():
    facts = facts_of("Президенттің Жарлығымен Ержан Сәрсенғалиев министр болып тағайындалды. Мемлекет басшысының тағы бір "
                     "Жарлығымен Ғани Омаров министр лауазымынан босатылды.")
    decrees = [e for e in facts.entities.values() if e.type == "Decree"]
    assert len(decrees) == 2
    assert all(facts.objects(d.key, "issuedBy") for d in decrees)


def test_career_list_with_years_and_a_quoted_body():
    facts = facts_of("Ержан Сәрсенғалиев министр болып тағайындалды. 2012–2016 жылдары Қызылорда облысының білім "
                     "басқармасының басшысы, 2016–2021 жылдары «Назарбаев Зияткерлік мектептері» ДББҰ басқарма "
                     "төрағасының орынбасары болды.")
    held = {p for person, p in pairs(facts, "holdsPosition") if person == "Ержан Сәрсенғалиев"}
    assert held == {"Қызылорда облысының білім басқармасының басшысы",
                    "«Назарбаев Зияткерлік мектептері» ДББҰ басқарма төрағасының орынбасары"}
    assert "Назарбаев Зияткерлік мектептері" in labels(facts, "Organization")


def test_headline_document_is_the_body_document_and_names_with_two_activities():
    text = ("Ветеринариялық қауіпсіздіктің төрт жылдық бағдарламасы бекітілді\n\nБұйрықпен Жануарлардың аса қауіпті "
            "ауруларының алдын алу және ветеринариялық қауіпсіздікті қамтамасыз етудің 2026–2029 жылдарға арналған "
            "бағдарламасы бекітілді.\n")
    facts = facts_of(text)
    assert labels(facts, "Programme") == {"Жануарлардың аса қауіпті ауруларының алдын алу және ветеринариялық "
                                          "қауіпсіздікті қамтамасыз етудің 2026–2029 жылдарға арналған бағдарламасы"}


def test_order_of_a_post_signed_by_its_holder_is_issued_by_him():
    facts = facts_of("Павлодар облысы әкімінің 2026 жылғы 10 тамыздағы № 312-к өкімімен Руслан Тұрсынов лауазымынан "
                     "босатылды. Ол бұған дейін Атырау облысында істеген. Өкімге Павлодар облысының әкімі Бекзат Ысқақов "
                     "қол қойды.")
    act = next(e for e in facts.entities.values() if e.type == "Order")
    assert {facts.entities[k].label for k in facts.objects(act.key, "issuedBy")} == {"Бекзат Ысқақов"}


def test_acting_minister_is_a_post_and_the_signer_issues_the_order():
    facts = facts_of("Қазақстан Республикасы Ауыл шаруашылығы министрінің міндетін атқарушының 2026 жылғы 19 маусымдағы "
                     "№ 214 бұйрығымен бағдарлама бекітілді. Бұйрыққа вице-министр Дәулет Есімханов қол қойды.")
    assert "Ауыл шаруашылығы министрінің міндетін атқарушы" in labels(facts, "Position")
    assert "Ауыл шаруашылығы министрі" not in labels(facts, "Position")
    act = next(e for e in facts.entities.values() if e.type == "Order")
    assert {facts.entities[k].label for k in facts.objects(act.key, "issuedBy")} == {"Дәулет Есімханов"}


def test_bodies_of_the_region_take_the_articles_region():
    facts = facts_of("Солтүстік Қазақстан облыстық мәслихатының сессиясы өтті. Облыстың энергетика басқармасы есеп берді. "
                     "Облыстық мәслихат шешім қабылдады.")
    orgs = labels(facts, "Organization")
    assert "Солтүстік Қазақстан облысының энергетика басқармасы" in orgs
    assert "Облыстық мәслихат" not in orgs  # a mention of the region's maslikhat, not a body of its own
    assert "Солтүстік Қазақстан облыстық мәслихаты" in orgs


@pytest.mark.parametrize("noun,form", [("мәслихат", "мәслихаты"), ("кеңес", "кеңесі"), ("палата", "палатасы")])
def test_possessed_form(noun, form):
    from kazkg.graph.grammar.bodies import possessed_form

    assert possessed_form(noun) == form


def test_arabic_name_and_a_foreign_ministers_long_post():
    facts = facts_of("Олжас Бектенов Оман Сұлтандығының Сауда, өнеркәсіп және инвестицияларды ілгерілету министрі "
                     "Салим бин Нассер әл-Хартимен кездесті.")
    assert ("Салим бин Нассер әл-Харти", "Оман Сұлтандығының Сауда, өнеркәсіп және инвестицияларды ілгерілету министрі") \
        in pairs(facts, "holdsPosition")
    assert "Оман" in labels(facts, "Place")


@pytest.mark.parametrize("text,person,post", [
    ("Кездесуге Президенттің баспасөз хатшысы Берік Уәли мен Абай облысы Курчатов қаласының әкімі Болат Әбдіралиев келді.",
     "Болат Әбдіралиев", "Курчатов қаласының әкімі"),
    ("Баспасөз қызметінің мәліметінше, Атырау қаласы әкімінің орынбасары Жұмабек Қаражанов тағайындалды.",
     "Жұмабек Қаражанов", "Атырау қаласы әкімінің орынбасары"),
])
def test_long_post_extension_stops_at_people_appositions_and_clauses(text, person, post):
    held = {p for who, p in pairs(facts_of(text), "holdsPosition") if who == person}
    assert held == {post}


@pytest.mark.parametrize("text,org", [
    ("Жобаны «Kazakh Invest» ұлттық компаниясы қолдайды.", "Kazakh Invest"),
    ("Қаражат «Даму» кәсіпкерлікті дамыту қоры» АҚ арқылы берілді.", "«Даму» кәсіпкерлікті дамыту қоры"),
    ("Қазақстан–Оман үкіметаралық комиссиясының отырысы өтті.", "Қазақстан–Оман үкіметаралық комиссиясы"),
])
def test_quoted_and_bilateral_body_names(text, org):
    assert org in labels(facts_of(text), "Organization")


def test_session_of_a_body_is_named_with_the_bodys_whole_name():
    facts = facts_of("Қазақстан–Оман үкіметаралық комиссиясының бесінші отырысы Астанада өтті.")
    assert "Қазақстан–Оман үкіметаралық комиссиясының бесінші отырысы" in labels(facts, "Event")


def test_press_service_of_the_regions_akimat():
    facts = facts_of("Павлодар облысында жиын өтті. Бұл туралы облыс әкімдігінің баспасөз қызметі хабарлады.")
    assert "Павлодар облысы әкімдігінің баспасөз қызметі" in labels(facts, "Organization")


def test_what_a_law_says_according_to_it():
    facts = facts_of("Президент «Кооперация туралы» Заңға қол қойды. Заңға сәйкес, кооперативтер салықты азайтылған "
                     "мөлшерде төлейтін болады.")
    assert "кооперативтер салықты азайтылған мөлшерде төлейтін болады" in goals_of(facts, "Заң")


def test_former_holder_of_a_named_post():
    facts = facts_of("Аққулы ауданының бұрынғы әкімі Марат Жақыпбеков қызметінен босатылды.")
    assert ("Марат Жақыпбеков", "Аққулы ауданының әкімі") in pairs(facts, "holdsPosition")


def test_initials_keep_their_capitals():
    assert "Д. А. Мұхтарова" in labels(facts_of("Д.А. Мұхтарова вице-министр болып тағайындалды."), "Person")


def test_document_name_with_two_coordinated_adjectives():
    facts = facts_of("Кәсіптік және техникалық білім беруді дамытудың 2026–2028 жылдарға арналған іс-қимыл жоспары бекітілді.")
    assert "Кәсіптік және техникалық білім беруді дамытудың 2026–2028 жылдарға арналған іс-қимыл жоспары" in labels(facts, "Plan")


@pytest.mark.parametrize("text,post", [
    ("Б.М. Ысқақов министр болып тағайындалды. 2022 жылдан бері Павлодар облысының ауыл шаруашылығы басқармасының "
     "басшысы қызметін атқарып келді.", "Павлодар облысының ауыл шаруашылығы басқармасының басшысы"),
    ("Ғалым Нұртазин министр болып тағайындалды. Ол бұған дейін «Қазгидромет» республикалық мемлекеттік кәсіпорнының "
     "бас директорының орынбасары болған.", "«Қазгидромет» республикалық мемлекеттік кәсіпорнының бас директорының орынбасары"),
])
def test_career_posts_in_departments_and_state_enterprises(text, post):
    assert post in {p for _, p in pairs(facts_of(text), "holdsPosition")}


def test_deputy_prime_minister_post_named_without_a_holder():
    facts = facts_of("Бұған дейін экономикалық блокты үйлестіру Премьер-министрдің бірінші орынбасарына жүктелген.")
    positions = labels(facts, "Position")
    assert "Премьер-министрдің бірінші орынбасары" in positions and "Премьер-министр" not in positions


def test_attached_document_in_an_enacting_clause():
    facts = facts_of("Қоса беріліп отырған Кәсіптік және техникалық білім беруді дамытудың 2026–2028 жылдарға арналған "
                     "іс-қимыл жоспары бекітілсін.")
    assert "Кәсіптік және техникалық білім беруді дамытудың 2026–2028 жылдарға арналған іс-қимыл жоспары" in labels(facts, "Plan")


def test_parties_to_an_agreement_are_not_its_signers():
    facts = facts_of("Қазақстан Республикасының Үкіметі мен Моңғолия Үкіметі арасындағы келісімге Көлік министрі Нұрлан "
                     "Сауранбаев пен Моңғолияның жол министрі Бат Очиров қол қойды.")
    assert signers(facts) == {"Нұрлан Сауранбаев", "Бат Очиров"}


def test_concept_named_in_kazakhstan_with_an_untagged_verbal_noun():
    facts = facts_of("Жарлықпен Қазақстан Республикасында кітап оқу мәдениетін дамытудың 2026–2030 жылдарға арналған "
                     "тұжырымдамасы бекітілді.")
    name = "Қазақстан Республикасында кітап оқу мәдениетін дамытудың 2026–2030 жылдарға арналған тұжырымдамасы"
    assert name in labels(facts, "Concept")
    concept = next(e for e in facts.entities.values() if e.label == name)
    assert {facts.entities[k].label for k in facts.objects(concept.key, "concerns")} == {"Қазақстан"}


def test_post_in_a_national_company_named_in_nested_quotes():
    facts = facts_of("Кеңеске «QazaqGaz» ұлттық компаниясы» АҚ басқармасының төрағасы Арман Сайлаубеков қатысты.")
    assert "QazaqGaz" in labels(facts, "Organization")
    assert ("Арман Сайлаубеков", "«QazaqGaz» ұлттық компаниясы» АҚ басқармасының төрағасы") in pairs(facts, "holdsPosition")
    assert labels(facts, "Event") == set()  # "Сайлаубеков" is no election (сайлау)


@pytest.mark.parametrize("text,org", [
    ("Ол Абылай хан атындағы Қазақ халықаралық қатынастар және әлем тілдері университетін бітірген.",
     "Абылай хан атындағы Қазақ халықаралық қатынастар және әлем тілдері университеті"),
    ("Кейін Қазақстан Республикасы Президенті жанындағы Мемлекеттік басқару академиясында оқыды.",
     "Қазақстан Республикасы Президенті жанындағы Мемлекеттік басқару академиясы"),
])
def test_body_named_after_a_khan_or_attached_to_an_office(text, org):
    facts = facts_of(text)
    assert org in labels(facts, "Organization")
    assert labels(facts, "Person") == set()


def test_streets_lakes_rivers_and_microdistricts_are_places():
    facts = facts_of("Жол Абай көшесінде және Сарыарқа шағын ауданында салынады. Қопа көлінің жағасы тазартылады. "
                     "Балқаш, Зайсан және Алакөл көлдерінде балық азайды.")
    assert {"Абай көшесі", "Сарыарқа шағын ауданы", "Қопа көлі", "Балқаш көлі", "Зайсан көлі", "Алакөл көлі"} <= labels(facts, "Place")
    assert labels(facts, "Person") == set()


def test_a_sentences_inflected_first_word_is_no_part_of_a_body_name():
    facts = facts_of("Делегаттар партия Саяси кеңесінің құрамын жаңартты. Съезде партия бағдарламасы талқыланды.")
    assert not any(label.startswith(("Делегаттар", "Съезде")) for label in labels(facts, "Organization"))


def test_district_named_after_its_town_and_a_hyphenated_ministry():
    facts = facts_of("Түркістан облысының Сарыағаш ауданында мектеп салынады. Оқу-ағарту министрі Жанболат "
                     "Тұрсынбаевтың баяндауынша, оқушы көп.")
    assert ("Сарыағаш ауданы", "Түркістан облысы") in pairs(facts, "locatedIn")
    assert ("Жанболат Тұрсынбаев", "Оқу-ағарту министрі") in pairs(facts, "holdsPosition")


def test_two_ministries_side_by_side_are_not_parts():
    facts = facts_of("Оқу-ағарту министрлігі Қаржы министрлігімен бірлесіп жоспар әзірледі.")
    assert pairs(facts, "partOf") == set()


def test_principles_listed_after_retinde():
    facts = facts_of("Президент қаржылық сауаттылықты арттырудың 2025–2031 жылдарға арналған стратегиясын бекітті. "
                     "Стратегияның негізгі қағидаттары ретінде ашықтық, ғылыми негізділік, сондай-ақ мемлекет пен "
                     "қаржы ұйымдарының серіктестігі айқындалған.")
    assert labels(facts, "Principle") == {"ашықтық", "ғылыми негізділік", "мемлекет пен қаржы ұйымдарының серіктестігі"}


def test_a_bodys_role_after_a_time_adverbial():
    facts = facts_of("Үкімет «Ауылдық аумақтарды дамыту қоры» коммерциялық емес акционерлік қоғамын құрды. Бірінші "
                     "кезеңде Қор Зеренді ауданында пилоттық жобаларды іске асырады.")
    fund = next(e for e in facts.entities.values() if e.label == "Ауылдық аумақтарды дамыту қоры")
    assert facts.objects(fund.key, "hasRole")


@pytest.mark.parametrize("text,label,cls", [
    ("Үкімет Қонаев қаласын дамытудың 2026–2030 жылдарға арналған кешенді жоспарын бекітті.",
     "Қонаев қаласын дамытудың 2026–2030 жылдарға арналған кешенді жоспары", "Plan"),  # a town shaped like a surname
    ("Ол Қалдықтарды басқару саясаты департаментінің директоры болды.", "Қалдықтарды басқару саясаты департаменті",
     "Organization"),  # a name opening with a verbal noun's object
    ("Ол «Бурабай» мемлекеттік ұлттық табиғи паркінің директоры болған.", "Бурабай", "Organization"),
])
def test_names_with_a_town_an_object_or_a_park(text, label, cls):
    assert label in labels(facts_of(text), cls)


def test_the_ministrys_is_no_part_of_a_post_name():
    facts = facts_of("Министрдің бұйрығымен министрліктің Орман шаруашылығы және жануарлар дүниесі комитеті "
                     "төрағасының орынбасары болып Гүлмира Сейітжанова тағайындалды.")
    assert ("Гүлмира Сейітжанова", "Орман шаруашылығы және жануарлар дүниесі комитеті төрағасының орынбасары") \
        in pairs(facts, "appointedTo")


def test_bodies_and_posts_of_the_region_take_its_name():
    facts = facts_of("Түркістан облысының әкімі жиын өткізді. Есеп жобасын облыс әкімдігінің денсаулық сақтау "
                     "басқармасының басшысы Алмас Жұмабаев ұсынды. Отырысты облыстық мәслихаттың хатшысы Сәуле "
                     "Нұрланова жүргізді. Ерлан Бекұлы облыстың жер қатынастары басқармасының басшысы болып тағайындалды.")
    posts = labels(facts, "Position")
    assert {"Түркістан облысының денсаулық сақтау басқармасының басшысы", "Түркістан облыстық мәслихатының хатшысы",
            "Түркістан облысының жер қатынастары басқармасының басшысы"} <= posts
    # the sentence's object ("Есеп жобасын") is not part of any name
    assert not any("жобасын" in x for x in posts | labels(facts, "Organization"))
    assert ("Түркістан облысының денсаулық сақтау басқармасы", "Түркістан облысының әкімдігі") in pairs(facts, "partOf")
    assert ("Ерлан Бекұлы", "Түркістан облысының жер қатынастары басқармасының басшысы") in pairs(facts, "appointedTo")


def test_body_name_with_objects_of_verbal_nouns():
    facts = facts_of("Ол 2020 жылдан бері Абай облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар "
                     "басқармасының басшысы қызметін атқарды.")
    assert "Абай облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасының басшысы" \
        in labels(facts, "Position")
    assert not labels(facts, "Programme", "PolicyDocument")  # "бағдарламалар басқармасы" is a body


def test_session_named_with_its_owner_and_kind():
    facts = facts_of("Павлодар облыстық мәслихатының кезекті XV сессиясы өтті. Ертіс аудандық мәслихатының кезектен "
                     "тыс IV сессиясы да өтті.")
    events = labels(facts, "Event")
    assert "Павлодар облыстық мәслихатының кезекті XV сессиясы" in events
    assert "Ертіс аудандық мәслихатының кезектен тыс IV сессиясы" in events


def test_university_named_after_a_person_with_a_place_read_as_a_verb():
    facts = facts_of("Ол Бауыржан Момышұлы атындағы Жетісу университетін бітірген.")
    assert "Бауыржан Момышұлы атындағы Жетісу университеті" in labels(facts, "Organization")
    assert "Бауыржан Момышұлы" not in labels(facts, "Person")


def test_principles_in_prose_with_six_word_names_and_suyenedi():
    facts = facts_of("Президент 2035 жылға дейінгі су ресурстарын басқару тұжырымдамасын бекітті. Тұжырымдама "
                     "ашықтық, су ресурстарын ұтымды пайдалану және ғылыми зерттеулер мен өндірістің өзара "
                     "байланысы қағидаттарына сүйенеді.")
    assert {"ашықтық", "су ресурстарын ұтымды пайдалану", "ғылыми зерттеулер мен өндірістің өзара байланысы"} \
        <= labels(facts, "Principle")


@pytest.mark.parametrize("text,post", [
    ("Ол 2015–2020 жылдары «Бәйтерек» ұлттық басқарушы холдингі» АҚ басқарушы директоры болды.",
     "«Бәйтерек» ұлттық басқарушы холдингі» АҚ басқарушы директоры"),
    ("Жиында «Қазақстан тұрғын үй компаниясы» ипотекалық несие беру жөніндегі қаржы ұйымы» АҚ басқармасының "
     "төрағасы Арман Сейітов сөйледі.",
     "«Қазақстан тұрғын үй компаниясы» ипотекалық несие беру жөніндегі қаржы ұйымы» АҚ басқармасының төрағасы"),
])
def test_posts_of_companies_with_long_nested_quoted_names(text, post):
    assert post in labels(facts_of(text), "Position")


def test_period_said_of_a_word_referring_to_the_document():
    facts = facts_of("Үкімет «Таза су» ұлттық жобасын бекітті. 2027–2030 жылдарға арналған құжатты Су ресурстары "
                     "министрлігі әзірлеген.")
    [doc] = [e for e in facts.entities.values() if e.label == "«Таза су» ұлттық жобасы"]
    assert [v.lexical for v in facts.objects(doc.key, "validFrom")] == ["2027"]
    assert [v.lexical for v in facts.objects(doc.key, "validUntil")] == ["2030"]


def test_list_markers_are_no_part_of_a_listed_statement():
    facts = facts_of("Үкімет «Таза су» ұлттық жобасын бекітті.\n\nЖобаның нысаналы көрсеткіштері:\n"
                     "– 300 ауылға таза су жеткізіледі;\n– 40 тазарту құрылғысы салынады.")
    goals = labels(facts, "Goal", "PlannedMeasure", "ExpectedResult")
    assert "300 ауылға таза су жеткізіледі" in goals and not any(g.startswith("–") or g.endswith(";") for g in goals)


def test_body_named_by_an_object_and_its_verbal_noun_and_a_post_with_an_acronym_aside():
    facts = facts_of("Ол Энергетика министрлігі Атом энергиясын пайдалануды реттеу комитетінің басқарма басшысы "
                     "болып істеген. Әсел Нұрова Қазақстан Республикасы Су ресурстарын басқару агенттігінің (СРБА) "
                     "төрағасы болып тағайындалды.")
    assert "Атом энергиясын пайдалануды реттеу комитеті" in labels(facts, "Organization")
    assert ("Әсел Нұрова", "Су ресурстарын басқару агенттігінің төрағасы") in pairs(facts, "appointedTo")


def test_senator_is_a_post():
    facts = facts_of("«Заң уақтылы қабылданды», – деді сенатор Ерлан Қалиев.")
    assert ("Ерлан Қалиев", "Сенатор") in pairs(facts, "holdsPosition")


def test_regional_maslikhat_in_lower_case_its_session_secretary_and_decision():
    facts = facts_of("Павлодар облысының әкімі сессияға қатысты. Павлодар қаласында өткен облыстық мәслихаттың "
                     "кезекті XII сессиясында бюджет бекітілді. Бұл туралы мәслихаттың 12 қарашадағы № 12/4 шешімі "
                     "қабылданды. Сессияны облыстық мәслихат хатшысы Ерлан Сапаров жүргізді.")
    assert "Павлодар облыстық мәслихатының кезекті XII сессиясы" in labels(facts, "Event")
    assert ("Ерлан Сапаров", "Павлодар облыстық мәслихатының хатшысы") in pairs(facts, "holdsPosition")
    assert any(a.endswith("№ 12/4 Шешім") and b == "Павлодар облыстық мәслихаты" for a, b in pairs(facts, "issuedBy"))


def test_foreign_name_in_the_instrumental_and_a_bare_title_before_the_surname():
    from kazkg.graph.ner import load_tagger

    facts, _ = extract_article(parse_article("Жаңалық\n\n" + "Премьер-министр Бразилия Федеративтік Республикасының Сыртқы істер министрі Мауро Виейрамен "
                     "кездесті. Бұған дейін бразилиялық министр Қазақстанның Сауда министрі Арман Шаққалиевпен "
                     "келіссөздер жүргізген. Министр Виейра көрмеге шақырды."), tagger=load_tagger())
    people = labels(facts, "Person")
    assert "Мауро Виейра" in people and "Мауро Виейрамен" not in people
    posts = labels(facts, "Position")
    assert "Министр" not in posts and not any(p.startswith("бразилиялық") for p in posts)
    assert ("Арман Шаққалиев", "Қазақстанның Сауда министрі") in pairs(facts, "holdsPosition")


def test_concept_named_inside_a_decree_title_concerns_its_country():
    facts = facts_of("Мемлекет басшысы «Қазақстан Республикасында кітап оқу мәдениетін дамытудың 2026–2030 жылдарға "
                     "арналған тұжырымдамасын бекіту туралы» Жарлыққа қол қойды.")
    concept = next(e for e in facts.entities.values() if e.type == "Concept")
    assert {facts.entities[k].label for k in facts.objects(concept.key, "concerns")} == {"Қазақстан"}


def test_akimat_of_a_city_whose_name_ends_like_an_ablative():
    facts = facts_of("Түркістан қаласы әкімдігі туризмді дамытудың 2026–2028 жылдарға арналған жоспарын бекітті.")
    assert "Түркістан қаласының әкімдігі" in labels(facts, "Organization")
    assert not any("әкімдігі" in d for d in labels(facts, "Plan"))


def test_a_programme_named_in_someones_quoted_words_is_no_document():
    facts = facts_of("«Алдағы жылы бес жаңа білім беру бағдарламасын ашамыз», – деді ректор.")
    assert labels(facts, "Programme") == set()


def test_what_the_document_will_enable_is_its_aim():
    facts = facts_of("Үкімет Көлік логистикасын дамытудың 2026–2030 жылдарға арналған жоспарын бекітті. Жаңа "
                     "терминалдар жүк жеткізу мерзімін 12 тәулікке дейін қысқартуға мүмкіндік береді.")
    plan = next(e for e in facts.entities.values() if e.type == "Plan")
    goals = {facts.entities[k].label for k in facts.objects(plan.key, "hasGoal")}
    assert any(g.startswith("Жаңа терминалдар") for g in goals)


def test_a_duty_to_report_is_no_measure_or_aim():
    facts = facts_of("Үкімет Көлікті дамытудың 2026–2030 жылдарға арналған жоспарын бекітті. Жоспар жаңа жолдар "
                     "салуға бағытталған. Жоспардың орындалуы туралы ақпарат жыл сайын Үкіметке ұсынылады.")
    statements = {e.label for e in facts.entities.values() if e.type in ("Goal", "PlannedMeasure", "ExpectedResult")}
    assert "жаңа жолдар салу" in statements  # the aim's noun phrase (GOLD.md)
    assert not any("ақпарат" in s for s in statements)


def test_headline_short_name_of_a_body_is_the_body_named_in_full():
    facts = facts_of("Бәсекелестікті қорғау агенттігін жаңа төраға басқарады\n\nДинара Есенова Бәсекелестікті қорғау "
                     "және дамыту агенттігінің төрағасы болып тағайындалды.")
    assert labels(facts, "Organization") == {"Бәсекелестікті қорғау және дамыту агенттігі"}


def test_the_subjects_title_is_not_part_of_the_addressees_post():
    facts = facts_of("Кеңес өтті\n\nПрезидент Жамбыл облысының әкімі Бауыржан Ордабаевқа жұмысты жеделдетуді тапсырды.")
    assert ("Бауыржан Ордабаев", "Жамбыл облысының әкімі") in pairs(facts, "holdsPosition")
    assert not any(p.startswith("Президент ") for p in labels(facts, "Position"))


def test_foreign_ministry_named_with_a_comma_list():
    from kazkg.graph.ner import load_tagger

    facts, _ = extract_article(parse_article("Келіссөз\n\nКелісімге Хорватияның Теңіз істері, көлік және инфрақұрылым "
                                             "министрі Томо Бабич қол қойды."), tagger=load_tagger())
    assert ("Томо Бабич", "Хорватияның Теңіз істері, көлік және инфрақұрылым министрі") in pairs(facts, "holdsPosition")


def test_administrative_centre_is_no_body_and_a_library_is_one():
    facts = facts_of("Жаңалық\n\nКөкшетау – Ақмола облысының әкімшілік орталығы. Ұлттық академиялық кітапханада кездесу "
                     "өтті. Құжат кітапханалар желісін жаңғыртуға бағытталған.")
    assert labels(facts, "Organization") == {"Ұлттық академиялық кітапхана"}


def test_the_address_to_the_people_is_titled_in_the_nominative():
    facts = facts_of("Жаңалық\n\nМемлекет басшысы Қазақстан халқына Жолдауында жаңа тапсырмалар берді.")
    [address] = [e for e in facts.entities.values() if e.type == "Address"]
    assert address.label == "Қазақстан халқына Жолдау"
    assert facts.objects(address.key, "concerns") == []


def test_a_list_heading_and_a_reporting_line_are_no_roles():
    facts = facts_of("Жаңалық\n\nЖарлықпен Көші-қон және демографиялық даму агенттігі (бұдан әрі – КДДА) құрылды.\n"
                     "КДДА-ның негізгі міндеттері:\n– демографиялық үрдістерді талдау және болжау;\n"
                     "– қандастарды қоныстандыру саясатын іске асыру.\n"
                     "Агенттік Мемлекет басшысына тікелей бағынады және есеп береді.\n")
    agency = next(e for e in facts.entities.values() if e.label == "Көші-қон және демографиялық даму агенттігі")
    tasks = {facts.entities[k].label for p in ("hasGoal", "hasRole") for k in facts.objects(agency.key, p)}
    assert "демографиялық үрдістерді талдау және болжау" in tasks
    assert not any(t.endswith(":") or "есеп береді" in t for t in tasks)


def test_a_latin_source_and_a_kingdom_are_no_people():
    facts = facts_of("Жаңалық\n\nҚағидалар бекітілді, деп хабарлайды Kazakhstan Today.\n\nЕлшілік Португалиямен қатар "
                     "Марокко Корольдігінде де жұмыс істейді.\n")
    assert labels(facts, "Person") == set()
    assert "Kazakhstan Today" in labels(facts, "Publisher")


def test_bare_department_posts_name_the_department_the_article_is_about():
    text = ("Жаңалық\n\nОблыс әкімінің өкімімен Батыс Қазақстан облысының денсаулық сақтау басқармасының басшысы Руслан "
            "Тұрсынов босатылды. Ол бұған дейін Атырау облысының денсаулық сақтау басқармасы басшысының бірінші "
            "орынбасары болып істеген. Батыс Қазақстан облысының денсаулық сақтау басқармасына жаңа басшы келді. "
            "Облыс әкімінің тағы бір өкімімен басқарма басшысы болып Гүлмира Жақсылықова тағайындалды. Ол бұған дейін "
            "басқармасы басшысының орынбасары болып жұмыс істеген.")
    facts = facts_of(text)
    assert ("Гүлмира Жақсылықова", "Батыс Қазақстан облысының денсаулық сақтау басқармасының басшысы") in pairs(facts, "appointedTo")
    assert ("Гүлмира Жақсылықова", "Батыс Қазақстан облысының денсаулық сақтау басқармасы басшысының орынбасары") \
        in pairs(facts, "holdsPosition")


def test_a_time_word_opening_a_list_of_towns_is_no_part_of_a_name():
    facts = facts_of("Жаңалық\n\nБылтыр Алматы, Астана және Шымкент қалаларында 42 жатақхана пайдалануға берілген.")
    assert {"Алматы", "Астана", "Шымкент"} <= labels(facts, "Place") and "Былтыр Алматы" not in labels(facts, "Place")


def test_the_cited_agency_is_the_source_not_a_body():
    facts = facts_of("Жаңалық\n\nҮкімет отырысы өтті, деп хабарлайды Kazinform халықаралық ақпарат агенттігі.")
    assert not any("Kazinform" in o for o in labels(facts, "Organization"))
    assert "Kazinform" in labels(facts, "Publisher")


def test_what_a_law_will_change_and_the_codes_it_amends():
    facts = facts_of("Заң қабылданды\n\nПрезидент «Дене шынықтыру және спорт туралы» Заңға қол қойды. Заң балалар спортына "
                     "мемлекеттік тапсырыс енгізуді көздейді. Енді спорт секцияларындағы сабақтар мемлекет есебінен "
                     "өтеледі. Осыған байланысты Әкімшілік құқық бұзушылық туралы кодекске тиісті түзетулер енгізіледі. "
                     "Кеше жаңбыр жауды.")
    goals = goals_of(facts, "Заң")
    assert any(g.startswith("Енді спорт секцияларындағы") for g in goals)
    assert any(g.startswith("Осыған байланысты") for g in goals)  # the law's, not the amended code's
    assert goals_of(facts, "Кодекс") == set()
    assert not any("жаңбыр" in g for g in goals)


def test_what_a_named_document_will_enable_is_its_aim_but_a_bodys_contribution_is_its_role():
    facts = facts_of("Жоспар бекітілді\n\nҮкімет Қонаев қаласын дамытудың 2026–2030 жылдарға арналған кешенді жоспарын "
                     "бекітті. Кешенді жоспар қаланың түйткілдерін шешуге мүмкіндік береді. Құжатқа сәйкес, Ассамблея "
                     "бірлікті нығайтуға ықпал етеді.")
    goals = goals_of(facts, "жоспар")
    assert any(g.startswith("Кешенді жоспар қаланың") for g in goals)
    assert not any("Ассамблея" in g for g in goals)


def test_a_known_town_read_as_a_verb_begins_a_university_name():
    facts = facts_of("Жаңалық\n\nОл 1985 жылы туған. Қарағанды техникалық университетін бітірген.")
    assert labels(facts, "Organization") == {"Қарағанды техникалық университеті"}
    assert "Қарағанды" not in labels(facts, "Place")  # a word of the name, not a mention of the town


def test_embassy_posts_and_a_department_whose_first_word_reads_as_an_accusative():
    facts = facts_of("Жаңалық\n\nЖарлықпен Бекжан Нұрғалиев Қазақстан Республикасының Португалия Республикасындағы Төтенше "
                     "және Өкілетті Елшісі болып тағайындалды. Ол 2014–2019 жылдары Қазақстанның Италиядағы елшілігінің "
                     "кеңесшісі, 2019 жылдан бастап Сыртқы істер министрлігі Көпжақты ынтымақтастық департаментінің "
                     "директоры қызметін атқарды.")
    assert ("Бекжан Нұрғалиев", "Қазақстан Республикасының Португалия Республикасындағы Төтенше және Өкілетті Елшісі") \
        in pairs(facts, "appointedTo")
    held = {p for s, p in pairs(facts, "holdsPosition") if s == "Бекжан Нұрғалиев"}
    assert "Сыртқы істер министрлігі Көпжақты ынтымақтастық департаментінің директоры" in held
    assert "Қазақстанның Италиядағы елшілігінің кеңесшісі" in held


def test_deputy_prime_minister_is_one_post_however_inflected():
    facts = facts_of("Жаңалық\n\nЖарлықпен Нұрлыбек Сағынбаев Қазақстан Республикасы Премьер-министрінің орынбасары болып "
                     "тағайындалды. Премьер-министрінің орынбасары цифрландыру мәселелеріне жетекшілік етеді.")
    assert {p for p in labels(facts, "Position") if "орынбасары" in p} == {"Премьер-министрдің орынбасары"}


def test_akimats_by_their_legal_name_and_numbers_with_a_letter():
    facts = facts_of("Жаңалық\n\nКөкшетау қаласы әкімдігінің 2026 жылғы 3 ақпандағы № А-2/118 қаулысымен Көкшетау қаласын "
                     "дамытудың 2026–2030 жылдарға арналған кешенді жоспары бекітілді.")
    [akimat] = facts.of_type("Organization")
    assert akimat.label == "Көкшетау қаласының әкімдігі" and "Көкшетау қаласы әкімдігі" in akimat.alt_labels
    assert "2026 жылғы 3 ақпандағы № А-2/118 Қаулы" in labels(facts, "Resolution")


def test_bare_region_akimat_is_the_articles_region():
    facts = facts_of("Жаңалық\n\nСолтүстік Қазақстан облысында жиын өтті. Жоспар облыс әкімдігінің 2026 жылғы 14 "
                     "қаңтардағы № 9 қаулысымен бекітілген. Бұл туралы облыс әкімдігінің баспасөз қызметі хабарлады.")
    assert ("2026 жылғы 14 қаңтардағы № 9 Қаулы", "Солтүстік Қазақстан облысының әкімдігі") in pairs(facts, "issuedBy")


def test_another_states_government_is_its_own_body():
    facts = facts_of("Жаңалық\n\nҚазақстан Республикасының Үкіметі мен Кения Республикасының Үкіметі арасындағы келісімге "
                     "қол қойылды. Кения Үкіметі жобаны қолдайды.")
    kenya = next(e for e in facts.of_type("Organization") if e.label == "Кения Үкіметі")
    assert "Кения Республикасының Үкіметі" in kenya.alt_labels and len(kenya.mentions) == 2
    assert "Үкімет" in labels(facts, "Organization")  # Kazakhstan's, linked to the gazetteer entry


def test_government_house_is_a_place_not_the_government_or_a_foreign_post():
    facts = facts_of("Жаңалық\n\nҮкімет үйінде Премьер-министр Олжас Бектеновтің төрағалығымен Үкіметтің кеңейтілген "
                     "отырысы өтті.")
    assert "Үкімет үйі" in labels(facts, "Place")
    assert ("Олжас Бектенов", "Премьер-министр") in pairs(facts, "holdsPosition")
    gov = next(e for e in facts.of_type("Organization") if e.label == "Үкімет")
    assert all(m.text != "Үкімет" for m in gov.mentions)  # "Үкімет үйінде" names the building


def test_a_nested_quoted_company_is_also_called_by_its_quoted_name():
    facts = facts_of("Жаңалық\n\nКелісімге «Даму» кәсіпкерлікті дамыту қоры» АҚ басқарма төрағасы қол қойды.")
    fund = next(e for e in facts.of_type("Organization") if "Даму" in e.label)
    assert "Даму" in fund.alt_labels | {fund.label}


@pytest.mark.parametrize("text,holder,post,predicate", [
    # an order opening a task sentence is no part of the post
    ("Жаңалық\n\nЖамбыл облысының әкімі өкімге қол қойды. Өкімнің орындалуын бақылау облыс әкімінің орынбасары "
     "Асқар Нұрпейісовке жүктелді.", "Асқар Нұрпейісов", "Жамбыл облысы әкімінің орынбасары", "holdsPosition"),
    # a task sentence before a post is no part of it
    ("Түркістан қаласы әкімдігі жоспарды бекітті. Жоспардың орындалуын бақылау қала әкімінің орынбасары Әсел "
     "Тұрсынбековаға жүктелді.", "Әсел Тұрсынбекова", "Түркістан қаласы әкімінің орынбасары", "holdsPosition"),
    # where and when a post was held is no part of its name
    ("Жаңалық\n\nАйдос Құрманғалиев 2016-2019 жылдары Павлодар облысының энергетика басқармасының басшысы болған. "
     "Кейін «KEGOC» АҚ-та департамент директоры болып жұмыс істеген.", "Айдос Құрманғалиев", "департамент директоры",
     "holdsPosition"),
    # a bare body noun names the body of that kind named before
    ("Жаңа тағайындаулар\n\nЖарлықпен Динара Есенова Бәсекелестікті қорғау және дамыту агенттігінің төрағасы болып "
     "тағайындалды. Бұл Жарлықпен Ғалымжан Тілеубаев агенттік төрағасы лауазымынан босатылды.", "Ғалымжан Тілеубаев",
     "Бәсекелестікті қорғау және дамыту агенттігінің төрағасы", "dismissedFrom"),
    # a bare city is the one named last before it in its sentence
    ("Жаңалық\n\nОл бұған дейін Екібастұз қаласы әкімінің орынбасары болған. Сонымен қатар Павлодар қаласының әкімі "
     "Әлібек Жанұзақовтың өкімімен Даурен Қалиев қала әкімінің орынбасары болып тағайындалды.", "Даурен Қалиев",
     "Павлодар қаласы әкімінің орынбасары", "appointedTo"),
    # a bare city in the genitive is the article's city
    ("Жаңалық\n\nВиталий Петренко Рудный қаласының әкімі болып тағайындалды. Бұған дейін ол қаланың әкімінің "
     "орынбасары болған.", "Виталий Петренко", "Рудный қаласы әкімінің орынбасары", "holdsPosition"),
    # a comma before a bare title separates two posts
    ("Заң\n\nСенаттың Әлеуметтік-мәдени даму және ғылым комитетінің мүшесі, сенатор Жанна Қуанышева сөз сөйледі.",
     "Жанна Қуанышева", "Сенатор", "holdsPosition"),
])
def test_post_phrase_boundaries(text, holder, post, predicate):
    assert (holder, post) in pairs(facts_of(text), predicate)


def test_issuer_before_an_unquoted_title():
    facts = facts_of("Жаңалық\n\n1 наурыз күні Президенттің бірегей институт – Қазақстан халқы Ассамблеясын құру туралы "
                     "Жарлығына қол қойылғанына 30 жыл толады.")
    [act] = facts.of_type("Decree")
    assert act.label == "Қазақстан халқы Ассамблеясын құру туралы Жарлық"  # title and type (GOLD.md)
    assert {facts.entities[k].label for k in facts.objects(act.key, "issuedBy")} == {"Президент"}


def test_the_subjects_own_act():
    facts = facts_of("Жаңалық\n\nМемлекет басшысы Нұрсұлтан Назарбаев 2007 жылы 5 маусым күні өз Жарлығымен 23 маусымды – "
                     "Полиция күні деп бекіткен еді.")
    [act] = facts.of_type("Decree")
    assert {facts.entities[k].label for k in facts.objects(act.key, "issuedBy")} == {"Нұрсұлтан Назарбаев"}


@pytest.mark.parametrize("text,place", [
    ("Жүк Каспий теңізі арқылы тасымалданады.", "Каспий теңізі"),
    ("Қазақстан Парсы шығанағы елдерімен сауданы арттырды.", "Парсы шығанағы"),
    ("Шу аңғарындағы алқаптар жойылады.", "Шу аңғары"),
])
def test_seas_gulfs_and_valleys_are_places_named_with_their_noun(text, place):
    facts = facts_of("Жаңалық\n\n" + text)
    assert place in labels(facts, "Place") and place.split()[0] not in labels(facts, "Place")


def test_a_lake_is_also_called_by_its_name_alone():
    facts = facts_of("Жаңалық\n\nАлакөл көлінде балық көп.")
    [lake] = facts.of_type("Place")
    assert lake.label == "Алакөл көлі" and "Алакөл" in lake.alt_labels


def test_a_post_before_a_party_membership_and_the_membership():
    facts = facts_of("Жаңалық\n\n«Біз жұмыс істейміз», – деді Мәжіліс депутаты, «Ақ жол» демократиялық партиясының мүшесі "
                     "Серік Тілеубердиев.")
    assert ("Серік Тілеубердиев", "Мәжіліс депутаты") in pairs(facts, "holdsPosition")
    assert ("Серік Тілеубердиев", "Ақ жол") in pairs(facts, "memberOf")


def test_a_bodys_seat():
    facts = facts_of("Жаңалық\n\nЖарлықпен Көші-қон және демографиялық даму агенттігі құрылды. Агенттіктің орталық аппараты "
                     "Астана қаласында орналасады.")
    assert ("Көші-қон және демографиялық даму агенттігі", "Астана") in pairs(facts, "locatedIn")
