"""Entity extractors on sentences written for these tests (not taken from any article)."""

from __future__ import annotations

import pytest

from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article


def facts_of(text: str):
    facts, _ = extract_article(parse_article(text))
    return facts


def labels(facts, *types):
    return {e.label for e in facts.entities.values() if e.type in types}


@pytest.mark.parametrize("text,person,post", [
    ("Білім және ғылым министрі Асқар Сәрсенбаевтың бұйрығы шықты.", "Асқар Сәрсенбаев", "Білім және ғылым министрі"),
    ("Қостанай облысының әкімі Ержан Байболовқа тапсырма берілді.", "Ержан Байболов", "Қостанай облысының әкімі"),
    ("Бүгін Премьер-министр Нұрлан Есімов Астанада кеңес өткізді.", "Нұрлан Есімов", "Премьер-министр"),
    ("Ал Мәжіліс депутаты Гүлнар Ержанова сөз сөйледі.", "Гүлнар Ержанова", "Мәжіліс депутаты"),
])
def test_person_post_pairs(text, person, post):
    facts = facts_of(text)
    assert person in labels(facts, "Person")
    assert post in labels(facts, "Position")
    p = next(e for e in facts.entities.values() if e.label == person)
    q = next(e for e in facts.entities.values() if e.label == post)
    assert q.key in facts.objects(p.key, "holdsPosition")


@pytest.mark.parametrize("text,place", [
    ("Курчатов қаласының әкімі тағайындалды.", "Курчатов"),
    ("Жаңа мектеп Ұлытау облысында ашылды.", "Ұлытау облысы"),
    ("Делегация Шымкентке келді.", "Шымкент"),
    ("Жаңа жол Сарыарқа ауданында салынады.", "Сарыарқа ауданы"),  # not in the gazetteer: by its noun
    ("Ол Бөкей ордасы ауданының Сайхин ауылында туған.", "Бөкей ордасы ауданы"),  # two words, one lower-case
    ("Жол Солтүстік Қазақстан облысының Ғабит Мүсірепов ауданында жабылды.", "Ғабит Мүсірепов ауданы"),  # a person's name
    ("Орталық Маңғыстау облысының Форт-Шевченко қаласында ашылады.", "Форт-Шевченко"),  # hyphenated
    ("Орталық Жамбыл облысының Қордай ауылында ашылады.", "Қордай"),  # not "қор" (fund) + similative -дай
])
def test_place_forms(text, place):
    assert place in labels(facts_of(text), "Place")


@pytest.mark.parametrize("text,label,date,issuer", [
    ("Қазақстан Республикасы Президентінің 2021 жылғы 3 ақпандағы № 512 Жарлығымен ереже бекітілді.",
     "2021 жылғы 3 ақпандағы № 512 Жарлық", "2021-02-03", None),
    ("Үкіметтің 2020 жылғы 12 мамырдағы Қаулысымен жоспар бекітілді.", "2020 жылғы 12 мамырдағы Қаулы", "2020-05-12", "Үкімет"),
])
def test_legal_act_date_number_issuer(text, label, date, issuer):
    facts = facts_of(text)
    act = next(e for e in facts.entities.values() if e.label == label)
    assert [v.lexical for v in facts.objects(act.key, "dateOfIssue")] == [date]
    if issuer:
        assert [facts.entities[k].label for k in facts.objects(act.key, "issuedBy")] == [issuer]


def test_policy_document_period_owner_and_acronym():
    text = ("Ұлттық кәсіпкерлер палатасының (ҰКП) 2024-2028 жылдарға арналған даму бағдарламасы бекітілді. "
            "ҰКП бағдарламаны іске асырады.")
    facts = facts_of(text)
    doc = next(e for e in facts.entities.values() if e.type == "Programme")
    assert doc.label == "Ұлттық кәсіпкерлер палатасының 2024-2028 жылдарға арналған даму бағдарламасы"
    assert [v.lexical for v in facts.objects(doc.key, "validFrom")] == ["2024"]
    assert [v.lexical for v in facts.objects(doc.key, "validUntil")] == ["2028"]
    org = next(e for e in facts.entities.values() if e.type == "Organization")
    assert org.label == "Ұлттық кәсіпкерлер палатасы" and "ҰКП" in org.acronyms
    assert len(org.mentions) >= 3


@pytest.mark.parametrize("text,event,date,place", [
    ("Сенаттың кеңейтілген отырысы 12 наурызда Астанада өтті.", "Сенаттың кеңейтілген отырысы", "--03-12", "Астана"),
    ("Халықаралық Астана экономикалық форумы 2024 жылғы 5 мамырда өтті.", "Халықаралық Астана экономикалық форумы", "2024-05-05", None),
    ("Елімізде Ұлттық валюта күні атап өтілді.", "Ұлттық валюта күні", None, None),
    # a date inside the name dates the event; a compound event noun; two countries joined by a dash
    ("Жоба Үкіметтің 14 наурыздағы отырысында талқыланды.", "Үкіметтің отырысы", "--03-14", None),
    ("Заңды Мәжілістің 3 сәуірдегі жалпы отырысында депутаттар қабылдады.", "Мәжілістің жалпы отырысы", "--04-03", None),
    ("Ташкентте өткен Қазақстан–Өзбекстан бизнес-форумында 20 келісімге қол қойылды.",
     "Қазақстан–Өзбекстан бизнес-форумы", None, "Ташкент"),
    ("Министр Берлинде Еуразия туризм көрмесіне қатысты.", "Еуразия туризм көрмесі", None, "Берлин"),
    # "DATE өткен" between the owner and the session; an act word first is no part of the body
    ("Заңды Парламент Сенаты 5 ақпандағы жалпы отырысында мақұлдады.", "Сенаттың жалпы отырысы", "--02-05", None),
    ("Бүгін, 27 наурызда комиссия 19 наурызда өткен мәжіліс сайлауының қорытындысын жариялады.", "Мәжіліс сайлауы",
     "--03-19", None),
    ("Шешім Ескелді аудандық мәслихатының 24 сәуірде өткен кезектен тыс XXVII сессиясында қабылданды.",
     "Ескелді аудандық мәслихатының кезектен тыс XXVII сессиясы", "--04-24", None),
    ("Мемлекет басшысы 14 ақпанда Ақордада көктемгі егіс жұмыстарына дайындық мәселелері жөнінде кеңес өткізді.",
     "Көктемгі егіс жұмыстарына дайындық мәселелері жөніндегі кеңес", "--02-14", "Ақорда"),  # a meeting on a topic
    ("Тараптар Варшава қаласында Қазақстан–Польша іскерлік форумын өткізуге келісті.",
     "Қазақстан–Польша іскерлік форумы", None, "Варшава"),  # the place's noun carries the locative
])
def test_named_event(text, event, date, place):
    facts = facts_of(text)
    ev = next((e for e in facts.entities.values() if e.type == "Event" and e.label == event), None)
    assert ev is not None, labels(facts, "Event")
    if date:
        assert [v.lexical for v in facts.objects(ev.key, "eventDate")] == [date]
    if place:
        assert [facts.entities[k].label for k in facts.objects(ev.key, "eventPlace")] == [place]


@pytest.mark.parametrize("text", [
    "Орталық сайлау комиссиясы шешім қабылдады.",   # a body, not an election
    "Отырыста бірнеше мәселе қаралды.",              # a bare noun is no named event
])
def test_named_event_not_found(text):
    assert labels(facts_of(text), "Event") == set()


@pytest.mark.parametrize("text,date", [
    ("2015 жылы Елбасының жарлығымен жаңа мереке бекітілді.", "2015"),
    ("1997 жылғы 10 желтоқсанда Президенттің жарлығымен елорда көшірілді.", "1997-12-10"),
])
def test_legal_act_date_before_issuer(text, date):
    facts = facts_of(text)
    act = next(e for e in facts.entities.values() if e.type == "Decree")
    assert [v.lexical for v in facts.objects(act.key, "dateOfIssue")] == [date]
    assert facts.objects(act.key, "issuedBy")


def test_legal_act_issued_by_a_post_when_no_holder_is_named():
    facts = facts_of("Павлодар облысы әкімінің өкімімен жаңа басқарма құрылды.")
    act = next(e for e in facts.entities.values() if e.type == "Order")
    issuer = [facts.entities[k] for k in facts.objects(act.key, "issuedBy")]
    assert [(e.type, e.label) for e in issuer] == [("Position", "Павлодар облысының әкімі")]  # the post as written alone


def test_signer_of_a_decree_issues_it():
    facts = facts_of("Мемлекет басшысы Қасым-Жомарт Тоқаев Үкімет туралы жарлыққа қол қойды.")
    act = next(e for e in facts.entities.values() if e.type == "Decree")
    assert [facts.entities[k].label for k in facts.objects(act.key, "issuedBy")] == ["Қасым-Жомарт Тоқаев"]


def test_compound_post_is_two_posts():
    facts = facts_of("Президенттің кеңесшісі-баспасөз хатшысы Руслан Жақсылықов мәлімдеме жасады.")
    person = next(e for e in facts.entities.values() if e.type == "Person")
    posts = {facts.entities[k].label for k in facts.objects(person.key, "holdsPosition")}
    assert posts == {"Президенттің кеңесшісі", "Президенттің баспасөз хатшысы"}


@pytest.mark.parametrize("text,source", [
    ("Үкімет отырысы өтті, деп хабарлайды tengrinews.kz.", "tengrinews.kz"),
    ("Жаңа заң күшіне енді, деп хабарлайды ERNUR.KZ.", "ERNUR.KZ"),
    ("Форум өтті, деп хабарлайды «Егемен Қазақстан» тілшісі.", "Егемен Қазақстан"),
    ("Кездесу өтті, деп хабарлайды Ақорданың ресми сайты.", "Ақорданың ресми сайты"),
    ("АСТАНА. KAZINFORM – Үкімет жоспарды бекітті.", "KAZINFORM"),
])
def test_cited_source(text, source):
    assert labels(facts_of(text), "Publisher") == {source}


def test_a_press_service_that_reported_is_a_body_not_a_publisher():
    facts = facts_of("Кездесу өтті, деп хабарлайды Ақорданың баспасөз қызметі.")
    assert labels(facts, "Publisher") == set()
    assert "Ақорданың баспасөз қызметі" in labels(facts, "Organization")


@pytest.mark.parametrize("text,label", [
    ("Мемлекет басшысы ауыл шаруашылығын дамыту туралы жоспарға қол қойды.", "ауыл шаруашылығын дамыту туралы жоспар"),
    ("Үкімет су үнемдеу жөніндегі бағдарламаны бекітті.", "су үнемдеу жөніндегі бағдарлама"),
])
def test_policy_document_named_by_its_subject(text, label):
    assert label in labels(facts_of(text), "Plan", "Programme")


def test_headline_and_body_names_of_one_document_merge():
    text = ("Президент Ұлттық кеңестің жоспарына қол қойды\n\n"
            "Мемлекет басшысы Ұлттық кеңестің екінші отырысында ұсынылған бастамаларды іске асыру туралы жоспарға қол қойды.\n")
    docs = [e for e in facts_of(text).entities.values() if e.type == "Plan"]
    assert len(docs) == 1 and len(docs[0].mentions) == 2


def test_planned_measure_in_a_quotation_spanning_sentences():
    text = ("Үкімет 2025-2030 жылдарға арналған су ресурстарын басқару бағдарламасын бекітті. "
            "«Өңірлерде жаңа су қоймалары салынады. Суармалы жерлерді кеңейту жоспарлануда», "
            "- делінген құжатта. Осылайша ауыл шаруашылығы тұрақты дамымақ.")
    measures = labels(facts_of(text), "PlannedMeasure")
    assert measures == {"Өңірлерде жаңа су қоймалары салынады", "Суармалы жерлерді кеңейту жоспарлануда",
                        "Осылайша ауыл шаруашылығы тұрақты дамымақ"}


@pytest.mark.parametrize("text,goal", [
    ("Үкімет 2025-2027 жылдарға арналған су үнемдеу бағдарламасын бекітті. Бағдарлама ауыл шаруашылығын дамытуға мүмкіндік береді.",
     "Бағдарлама ауыл шаруашылығын дамытуға мүмкіндік береді"),
])
def test_goal_by_what_the_document_does(text, goal):
    assert goal in labels(facts_of(text), "Goal")


@pytest.mark.parametrize("text", [
    "Үкімет 2025-2027 жылдарға арналған су үнемдеу бағдарламасын бекітті. Бағдарлама қол қойылған күнінен бастап күшіне енеді.",
    "Үкімет 2025-2027 жылдарға арналған су үнемдеу бағдарламасын бекітті. Құжатқа сәйкес, министрлік есеп береді.",
])
def test_no_goal_from_entry_into_force_or_an_oblique_reference(text):
    assert labels(facts_of(text), "Goal") == set()


@pytest.mark.parametrize("text,person", [
    ("Вице-министр болып Айгүл Сапарбекқызы Жолдасбекова тағайындалды.", "Айгүл Жолдасбекова"),
    ("Денсаулық сақтау министрі Жанар Құдайбергенованың бұйрығы шықты.", "Жанар Құдайбергенова"),
])
def test_person_full_names(text, person):
    assert person in labels(facts_of(text), "Person")


def test_patronymic_is_kept_as_an_alternative_label_only():
    facts = facts_of("Вице-министр болып Айгүл Сапарбекқызы Жолдасбекова тағайындалды. "
                     "Айгүл Жолдасбекова бұған дейін ректор болған.")
    people = [e for e in facts.entities.values() if e.type == "Person"]
    assert [p.label for p in people] == ["Айгүл Жолдасбекова"]
    assert people[0].alt_labels == {"Айгүл Сапарбекқызы Жолдасбекова"}


@pytest.mark.parametrize("text,post", [
    ("Ғылым және жоғары білім бірінші вице-министрі Серік Байжанов сөйледі.", "Ғылым және жоғары білім бірінші вице-министрі"),
    ("Облыс әкімінің бірінші орынбасары Дәурен Сейітқалиев келді.", "Облыс әкімінің бірінші орынбасары"),
])
def test_post_with_ordinal(text, post):
    assert post in labels(facts_of(text), "Position")


def test_body_without_country_prefix_and_its_bare_head():
    facts = facts_of("Қазақстан Республикасының Климаттық саясат агенттігі құрылды. "
                     "Агенттік көміртегі саудасын реттеу функцияларын атқарады.")
    org = next(e for e in facts.entities.values() if e.type == "Organization" and "агенттігі" in e.label)
    assert org.label == "Климаттық саясат агенттігі"
    assert "Қазақстан Республикасының Климаттық саясат агенттігі" in org.alt_labels
    assert len(org.mentions) == 2 and facts.objects(org.key, "hasRole")


def test_goal_of_a_law():
    facts = facts_of("Президент «Деректерді қорғау туралы» Заңына қол қойды. "
                     "Заң азаматтардың дербес деректерін қорғауға бағытталған.")
    law = next(e for e in facts.entities.values() if e.type == "Law")
    assert facts.objects(law.key, "hasGoal")


def test_two_posts_joined_by_a_dash():
    facts = facts_of("Кездесуге Қазақстан Республикасы Президентінің кеңесшісі – Президенттің баспасөз хатшысы "
                     "Руслан Жақсылықов қатысты.")
    person = next(e for e in facts.entities.values() if e.type == "Person")
    posts = {facts.entities[k].label for k in facts.objects(person.key, "holdsPosition")}
    # the label drops the country and takes the plain genitive; the mention keeps the text's phrase
    assert posts == {"Президенттің кеңесшісі", "Президенттің баспасөз хатшысы"}
    adviser = next(e for e in facts.entities.values() if e.label == "Президенттің кеңесшісі")
    assert [m.text for m in adviser.mentions] == ["Қазақстан Республикасы Президентінің кеңесшісі"]


@pytest.mark.parametrize("text,org", [
    ("Шетелде Абай институты ашылады.", "Абай институты"),
])
def test_body_name_starts_after_an_inflected_word(text, org):
    assert org in labels(facts_of(text), "Organization")


def test_congress_of_a_quoted_party():
    facts = facts_of("Астанада «Ақ жол» демократиялық партиясының XXI съезі өтті. Съезде партия төрағасының орынбасары "
                     "болып Нұрлан Төребаев сайланды.")
    assert "«Ақ жол» демократиялық партиясының XXI съезі" in labels(facts, "Event")
    assert not any(p.startswith("Съезде") for p in labels(facts, "Position"))


def test_two_names_side_by_side_and_foreign_accusatives():
    from kazkg.graph.ner import load_tagger

    facts, _ = extract_article(parse_article(
        "Премьер-министр министр Томаш Новакты қабылдады. Бұдан кейін Томаш Новак Ерік Сағындықовпен кездесті. "
        "Жапония министрі Кэндзи Танабэні де қабылдады."), tagger=load_tagger())
    people = labels(facts, "Person")
    assert {"Томаш Новак", "Ерік Сағындықов"} <= people
    assert not any("Новак Ерік" in p or p.endswith(("Новакты", "Танабэні")) for p in people)


def test_the_word_after_a_patronymic_is_the_surname():
    facts = facts_of("Директорлар кеңесі Мирас Жұмабайұлы Төлепбергенді басқарма төрағасы етіп сайлады.")
    assert labels(facts, "Person") == {"Мирас Төлепберген"}
    assert not any("Төлепберген" in o for o in labels(facts, "Organization"))


def test_an_ambassadors_post_keeps_both_countries_before_a_capitalised_title():
    from kazkg.graph.ner import load_tagger

    facts, _ = extract_article(parse_article(
        "Кездесуге Австрия Республикасының Қазақстан Республикасындағы Төтенше және Өкілетті Елшісі Томас "
        "Шмидт қатысты."), tagger=load_tagger())
    assert "Австрия Республикасының Қазақстан Республикасындағы Төтенше және Өкілетті Елшісі" in labels(facts, "Position")


def test_the_head_of_government_is_the_prime_ministers_post():
    facts = facts_of("Үкіметтің 2027 жылғы 6 тамыздағы № 612 қаулысымен орталық құрылды. Тиісті қаулыға Үкімет "
                     "басшысы қол қойды.")
    pm = next(e for e in facts.entities.values() if e.type == "Position")
    assert pm.label == "Премьер-министр" and "Үкімет басшысы" in pm.alt_labels
    signing = next(e for e in facts.entities.values() if e.type == "Signing")
    assert facts.objects(signing.key, "agent") == [pm.key]
    government = next(e for e in facts.entities.values() if e.label == "Үкімет")
    assert [m.text for m in government.mentions] == ["Үкіметтің"]  # the post's word is not the body's mention


def test_a_headline_opening_with_a_verbal_noun_keeps_it_in_the_post():
    facts = facts_of("Оқу-ағарту вице-министрі болып Ерлан Жақсыбеков тағайындалды\n\nБұл туралы Ақорда хабарлады.")
    assert labels(facts, "Position") == {"Оқу-ағарту вице-министрі"}


@pytest.mark.parametrize("text,bodies", [
    ("Орталықтың акцияларын иелену құқығы Жасанды интеллект және цифрлық даму министрлігіне берілді.",
     {"Жасанды интеллект және цифрлық даму министрлігі"}),  # a new name ending in a known body's short name
    ("Бұл жұмысты Қаржы министрлігі мен цифрлық даму министрлігі атқарады.",
     {"Қаржы министрлігі", "Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі"}),
])
def test_a_known_body_inside_a_longer_name_is_not_that_body(text, bodies):
    assert labels(facts_of(text), "Organization") == bodies


def test_a_technopark_is_a_body_and_its_director_a_post():
    facts = facts_of("Асқар Мұхтаров бұған дейін «Сарыарқа» халықаралық технопаркінің директоры болған.")
    assert "«Сарыарқа» халықаралық технопаркінің директоры" in labels(facts, "Position")


def test_a_town_labelled_with_its_noun_is_also_called_by_its_name():
    facts = facts_of("Павлодар облысының Ақсу қаласында зауыт салынады.")
    town = next(e for e in facts.entities.values() if e.label == "Ақсу қаласы")
    assert town.alt_labels == {"Ақсу"}


def test_a_joint_order_with_a_composite_number_approves_rules_named_after_it():
    facts = facts_of("Оқу-ағарту министрі мен Денсаулық сақтау министрінің 2027 жылғы 18 қарашадағы № 441/ҚР ДСМ-152 "
                     "бірлескен бұйрығымен Білім беру ұйымдарында білім алушыларды тамақтандыруды ұйымдастыру "
                     "қағидалары бекітілді. Облыс әкімдіктері оларды орындайды.")
    assert "2027 жылғы 18 қарашадағы № 441/ҚР ДСМ-152 Бұйрық" in labels(facts, "Order")
    assert labels(facts, "Rules") == {"Білім беру ұйымдарында білім алушыларды тамақтандыруды ұйымдастыру қағидалары"}
    assert not labels(facts, "Organization") & {"Білім беру ұйымдары", "Облыс әкімдіктері"}  # kinds of bodies


def test_administrative_police_is_a_committee_not_an_administration():
    facts = facts_of("Бұл туралы Ішкі істер министрлігінің Әкімшілік полиция комитеті хабарлады.")
    assert labels(facts, "Organization") == {"Ішкі істер министрлігі", "Әкімшілік полиция комитеті"}


def test_a_bare_code_is_the_code_the_article_names_first():
    facts = facts_of("Президент Су кодексіне қол қойды. Кодекс 2028 жылы күшіне енеді. Бұған қоса Жер кодексіне "
                     "түзетулер енгізілді.")
    codes = {e.label: {m.text for m in e.mentions} for e in facts.entities.values() if e.type == "Code"}
    assert codes == {"Су кодексі": {"Су кодексіне", "Кодекс"}, "Жер кодексі": {"Жер кодексіне"}}
