"""Event extractors (signing, appointment, dismissal, establishment, instruction, statement) on
sentences written for these tests, not taken from the dev articles."""

from __future__ import annotations

import pytest

from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article
from kazkg.graph.facts import Value


def run(body: str):
    facts, _ = extract_article(parse_article(f"Жаңалықтар\n\n{body}\n"))
    return facts


def events(facts, cls):
    return facts.of_type(cls)


def obj(facts, event, predicate):
    """Labels of the entities (or lexical forms of the values) ``event`` has for ``predicate``."""
    out = []
    for o in facts.objects(event.key, predicate):
        out.append(o.lexical if isinstance(o, Value) else facts.entities[o].label)
    return out


@pytest.mark.parametrize("body, agent, object_type, date", [
    ("Мемлекет басшысы Қасым-Жомарт Тоқаев 2024 жылғы 3 ақпанда су ресурстарын басқару туралы Заңға қол қойды.",
     "Қасым-Жомарт Тоқаев", "Law", "2024-02-03"),
    ("Премьер-министр Әлихан Смайылов цифрландыру жөніндегі жоспарға қол қойды.",
     "Әлихан Смайылов", "Plan", None),
], ids=lambda v: str(v)[:24] if isinstance(v, str) else None)
def test_events_signing(body, agent, object_type, date):
    facts = run(body)
    [ev] = events(facts, "Signing")
    assert obj(facts, ev, "agent") == [agent]
    [target] = facts.objects(ev.key, "eventObject")
    assert facts.entities[target].type == object_type
    assert obj(facts, ev, "eventDate") == ([date] if date else [])


@pytest.mark.parametrize("body", [
    "Жарлық қол қойылған күнінен бастап қолданысқа енгізіледі.",  # the act is not in the dative: no event
], ids=lambda v: str(v)[:24] if isinstance(v, str) else None)
def test_events_signing_boilerplate_is_not_an_event(body):
    assert not events(run(body), "Signing")


@pytest.mark.parametrize("body, person, position, agent", [
    ("Мемлекет басшысы Қасым-Жомарт Тоқаев Астанада сөз сөйледі. ҚР Президентінің Жарлығымен Марат Сейітов "
     "Қостанай облысының әкімі болып тағайындалды.", "Марат Сейітов", "Қостанай облысының әкімі", "Қасым-Жомарт Тоқаев"),
    ("Сенат төрағалығына Әсел Жұмабаева тағайындалды.", "Әсел Жұмабаева", "Сенат Төрағасы", None),
    ("Депутаттар отырыс өткізді. Сессияда депутат Ерлан Қошанов Қарағанды облысының әкімі болып сайланды.",
     "Ерлан Қошанов", "Қарағанды облысының әкімі", None),
    ("Шымкент қаласы әкімінің міндетін атқару әкімнің орынбасары Талғат Омаровқа жүктелді.",  # an acting post
     "Талғат Омаров", "Шымкент қаласы әкімінің міндетін атқарушы", None),
    ("Кеңестің хатшысы болып Марат Оспанов бекітілді.", "Марат Оспанов", "Кеңестің хатшысы", None),  # confirmed in a post
], ids=lambda v: str(v)[:24] if isinstance(v, str) else None)
def test_events_appointment(body, person, position, agent):
    facts = run(body)
    [ev] = events(facts, "Appointment")
    assert obj(facts, ev, "eventObject") == [person]
    assert obj(facts, ev, "eventPosition") == [position]
    who = facts.entities[facts.objects(ev.key, "eventObject")[0]]
    assert [facts.entities[p].label for p in facts.objects(who.key, "appointedTo")] == [position]
    assert obj(facts, ev, "agent") == ([agent] if agent else [])
    if agent:
        assert [facts.entities[a].label for a in facts.objects(who.key, "appointedBy")] == [agent]


@pytest.mark.parametrize("body", [
    "Президент жаңа министрді қызметке тағайындайды.",  # a procedure, not a report: present tense
    "Министрлерді тағайындау рәсімі ертең өтеді.",  # a verbal noun
], ids=lambda v: str(v)[:24] if isinstance(v, str) else None)
def test_events_appointment_needs_a_reported_act(body):
    assert not events(run(body), "Appointment")


@pytest.mark.parametrize("body, person, position", [
    ("Павлодар қаласының әкімі Ерлан Досымов бүгін кездесу өткізді. Облыс әкімінің өкімімен Ерлан Досымов "
     "Павлодар қаласы әкімі қызметінен босатылды.", "Ерлан Досымов", "Павлодар қаласының әкімі"),
], ids=lambda v: str(v)[:24] if isinstance(v, str) else None)
def test_events_dismissal(body, person, position):
    facts = run(body)
    [ev] = events(facts, "Dismissal")
    assert obj(facts, ev, "eventObject") == [person]
    assert obj(facts, ev, "eventPosition") == [position]
    who = facts.entities[facts.objects(ev.key, "eventObject")[0]]
    assert [facts.entities[p].label for p in facts.objects(who.key, "dismissedFrom")] == [position]
    [act] = facts.objects(ev.key, "instrument")
    assert facts.entities[act].type == "Order"


@pytest.mark.parametrize("body, org, date", [
    ("Ұлттық инновациялар агенттігі 2019 жылғы 12 маусымда Үкіметтің қаулысымен құрылды.",
     "Ұлттық инновациялар агенттігі", "2019-06-12"),
    ("Осы айда, Ұлттық ғарыш агенттігін құру туралы Жарлыққа қол қойылды.",  # established by the act's title
     "Ұлттық ғарыш агенттігі", None),
], ids=lambda v: str(v)[:24] if isinstance(v, str) else None)
def test_events_establishment(body, org, date):
    facts = run(body)
    [ev] = events(facts, "Establishment")
    assert obj(facts, ev, "eventObject") == [org]
    [act] = facts.objects(ev.key, "instrument")
    assert facts.entities[act].type in ("Resolution", "Decree")
    assert obj(facts, ev, "eventDate") == ([date] if date else [])


@pytest.mark.parametrize("body, agent, addressee", [
    ("Мемлекет басшысы Қасым-Жомарт Тоқаев Үкіметке жол салу жұмыстарын жеделдетуді тапсырды.",
     "Қасым-Жомарт Тоқаев", "Үкімет"),
    ("Премьер-министр Әлихан Смайылов Денсаулық сақтау министрлігіне тапсырма берді.",
     "Әлихан Смайылов", "Денсаулық сақтау министрлігі"),
], ids=lambda v: str(v)[:24] if isinstance(v, str) else None)
def test_events_instruction(body, agent, addressee):
    facts = run(body)
    [ev] = events(facts, "Instruction")
    assert obj(facts, ev, "agent") == [agent]
    assert obj(facts, ev, "eventObject") == [addressee]


@pytest.mark.parametrize("body", [
    "Ол марапатты жас әріптесіне тапсырды.",  # "handed over": no task in the verbal noun
], ids=lambda v: str(v)[:24] if isinstance(v, str) else None)
def test_events_instruction_hand_over_is_not_an_instruction(body):
    assert not events(run(body), "Instruction")


@pytest.mark.parametrize("body, quotation, agent", [
    ("Министр Асқар Бекенов журналистермен кездесті. «Биыл елімізде жүз жаңа мектеп салынады. Бұл – "
     "үлкен жетістік», - деді Асқар Бекенов.",
     "Биыл елімізде жүз жаңа мектеп салынады. Бұл – үлкен жетістік", "Асқар Бекенов"),
    ("Жаңа оқу жылы қыркүйектің бірінде басталады, - деді Ерлан Сапаров.",
     "Жаңа оқу жылы қыркүйектің бірінде басталады", "Ерлан Сапаров"),
    ("Депутат Айгүл Нұрланова заң жобасын қолдайтынын мәлімдеді.",
     "заң жобасын қолдайтынын", "Айгүл Нұрланова"),
], ids=lambda v: str(v)[:24] if isinstance(v, str) else None)
def test_events_statement(body, quotation, agent):
    facts = run(body)
    [ev] = events(facts, "Statement")
    assert facts.objects(ev.key, "quotation") == [Value(quotation, "kk")]
    assert obj(facts, ev, "agent") == [agent]


@pytest.mark.parametrize("body", [
    "Бұл кітап «Абай жолы» деп аталады.",  # a title in quotes, not a statement
    "Министрлік «Балаларға арналған таза су» деп аталатын жобаны бастады.",  # a long name, still not said
], ids=lambda v: str(v)[:24] if isinstance(v, str) else None)
def test_events_statement_title_is_not_a_quotation(body):
    assert not events(run(body), "Statement")


def test_ratification_law_signed_though_its_title_names_parties_between():
    # "арасындағы" inside the quoted title names the treaty's parties, not the signers of the law
    facts = run("Президент Ержан Сейітов «Қазақстан Республикасының Үкіметі мен Малайзия Үкіметі арасындағы "
                "әуе қатынасы туралы келісімді ратификациялау туралы» Қазақстан Республикасының Заңына қол қойды. "
                "Құжатқа Президент 12 наурызда қол қойды. Ратификацияланған келісім 2025 жылғы 4 маусымда жасалған.")
    [law] = facts.of_type("Law")
    assert [facts.entities[a].label for a in facts.objects(law.key, "issuedBy")] == ["Ержан Сейітов"]
    # "Құжатқа" is the law named just before it, not the treaty inside its title (named again only later)
    assert [v.lexical for v in facts.objects(law.key, "dateOfIssue")] == ["--03-12"]
    [treaty] = facts.of_type("Agreement")
    assert [v.lexical for v in facts.objects(treaty.key, "dateOfIssue")] == ["2025-06-04"]


def test_each_chamber_approves_in_its_own_clause():
    facts = run("Бейбіт аулау туралы Заңды Парламент Мәжілісі 3 наурызда қабылдаған, ал Парламент Сенаты "
                "20 наурыздағы отырысында мақұлдады.")
    votes = {obj(facts, ev, "agent")[0]: obj(facts, ev, "eventDate") for ev in events(facts, "Approval")}
    assert votes == {"Мәжіліс": ["--03-03"], "Сенат": ["--03-20"]}  # one vote each, with its own date


def test_bare_agreement_refers_to_the_one_named_and_dates_from_its_conclusion():
    body = ("Үкімет Малайзиямен әуе қатынасы туралы келісімді ратификациялады. "
                "Ратификацияланған келісім 2025 жылғы 4 маусымда Куала-Лумпур қаласында жасалған. "
                "Ол екі ел арасындағы тікелей әуе рейстерін көбейтуге бағытталған. "
                "Келісімге сәйкес, әуе компаниялары аптасына 14 рейс орындай алатын болады. "
                "Сонымен қатар тараптар ұшу қауіпсіздігі жөнінде ақпарат алмасады. "
                "Облыс мәслихатының келісімімен жаңа әкім тағайындалды.")
    facts = run(body)
    [agreement] = facts.of_type("Agreement")
    assert [v.lexical for v in facts.objects(agreement.key, "dateOfIssue")] == ["2025-06-04"]
    goals = {facts.entities[g].label for g in facts.objects(agreement.key, "hasGoal")}
    assert "екі ел арасындағы тікелей әуе рейстерін көбейту" in goals  # the aim's noun phrase (GOLD.md)
    # the opener "Келісімге сәйкес," is dropped from the provision's label
    assert "әуе компаниялары аптасына 14 рейс орындай алатын болады" in goals
    assert "Сонымен қатар тараптар ұшу қауіпсіздігі жөнінде ақпарат алмасады" in goals
    # "мәслихатының келісімімен" is consent, not the agreement
    text = "Жаңалықтар\n\n" + body + "\n"
    surfaces = {text[m.start:m.end] for m in agreement.mentions}
    assert {"келісім", "Келісімге"} <= surfaces and "келісімімен" not in surfaces
    assert "Малайзиямен әуе қатынасы туралы келісімді" in surfaces  # titled: title and type (GOLD.md)
    assert len(goals) == 3


def test_rules_named_by_a_quoted_title_are_approved_by_the_order():
    facts = run("Денсаулық сақтау министрінің 2026 жылғы 4 наурыздағы № 88 бұйрығымен «Ауылдық жерлерде "
                "фельдшерлік пункттер ашу және олардың жұмысын ұйымдастыру қағидалары» бекітілді. "
                "Қағидалардың мақсаты – шалғай ауылдарда алғашқы көмекті жеткізу.")
    [rules] = facts.of_type("Rules")
    assert rules.label == "Ауылдық жерлерде фельдшерлік пункттер ашу және олардың жұмысын ұйымдастыру қағидалары"
    [order] = facts.of_type("Order")
    assert rules.key in facts.objects(order.key, "approves")
    assert facts.objects(rules.key, "hasGoal")  # "Қағидалардың мақсаты" refers to them


def test_budget_with_its_period_approved_by_a_numbered_decision():
    facts = run("Павлодар облыстық мәслихатының сессиясы өтті. Депутаттар 2027–2029 жылдарға арналған облыстық "
                "бюджетті бекітті. Облыстық мәслихаттың № 14-3 шешімімен бекітілген құжатқа сәйкес, кірістер өседі. "
                "Депутаттар жолдарды жөндеу туралы шешім қабылдады.")
    [budget] = facts.of_type("Budget")
    assert budget.label == "2027–2029 жылдарға арналған облыстық бюджет"
    [decision] = facts.of_type("Decision")  # "шешім қабылдады" (decided) is no act
    assert budget.key in facts.objects(decision.key, "approves")
    assert [facts.entities[o].label for o in facts.objects(decision.key, "issuedBy")] == ["Павлодар облыстық мәслихаты"]


def test_budget_word_without_a_period_is_no_document():
    facts = run("Жобаға жергілікті бюджеттен 3 млрд теңге бөлінді.")
    assert not facts.of_type("Budget")


def test_a_verbal_noun_of_adopting_reports_no_approval():
    facts = run("Президент 2030 жылға дейінгі су қауіпсіздігі тұжырымдамасын бекітті. Үкіметке тұжырымдаманы іске "
                "асыру жөнінде шаралар қабылдау тапсырылды.")
    [ev] = events(facts, "Approval")
    assert "Үкімет" not in obj(facts, ev, "agent")


def test_release_of_a_person_referred_to_by_ol():
    facts = run("Президент Жарлығымен Ерлан Жақыпов Премьер-министрдің орынбасары болып тағайындалды. Осы Жарлықпен "
                "ол Энергетика министрі лауазымынан босатылды. Ол Павлодар облысы әкімінің орынбасары болып та "
                "істеген.")
    [release] = events(facts, "Dismissal")
    assert obj(facts, release, "eventObject") == ["Ерлан Жақыпов"]
    assert obj(facts, release, "eventPosition") == ["Энергетика министрі"]
    assert not any(p.startswith("Ол ") for p in {e.label for e in facts.of_type("Position")})


def test_moving_to_a_post_is_an_appointment():
    facts = run("Қостанай облысының әкімі жиын өткізді. Аудан әкімі Болат Серікұлы облыстың энергетика және "
                "тұрғын үй-коммуналдық шаруашылық басқармасының басшысы лауазымына ауысты.")
    [ev] = events(facts, "Appointment")
    assert obj(facts, ev, "eventObject") == ["Болат Серікұлы"]
    assert obj(facts, ev, "eventPosition") == [
        "Қостанай облысының энергетика және тұрғын үй-коммуналдық шаруашылық басқармасының басшысы"]


def test_lower_case_department_after_its_region_is_a_body():
    facts = run("Маңғыстау облысының жер қатынастары және сәулет басқармасы жаңа тәртіп енгізді.")
    assert "Маңғыстау облысының жер қатынастары және сәулет басқармасы" in {e.label for e in facts.of_type("Organization")}


def test_this_decree_is_the_one_named_before():
    facts = run("Президенттің 2026 жылғы 3 ақпандағы № 50 Жарлығымен Ерлан Жақыпов Энергетика министрі болып "
                "тағайындалды. Осы Жарлықпен Марат Сапаров Энергетика вице-министрі лауазымынан босатылды. "
                "Мемлекет басшысының тағы бір Жарлығымен Әсел Нұрова Мәдениет вице-министрі болып тағайындалды.")
    decrees = facts.of_type("Decree")
    assert len(decrees) == 2  # "тағы бір Жарлығымен" is another decree
    [release] = events(facts, "Dismissal")
    [named] = [d for d in decrees if d.label.startswith("2026")]
    assert facts.objects(release.key, "instrument") == [named.key]


def test_order_numbered_with_a_slash_and_the_minister_named_bare_later():
    facts = run("Қазақстан Республикасы Мәдениет және ақпарат министрінің 2026 жылғы 2 наурыздағы № 118-ж/қ "
                "бұйрығымен Ерлан Сапаров департамент директоры болып тағайындалды. Бұйрыққа Мәдениет және ақпарат "
                "министрі Асқар Оразов қол қойды. Сол бұйрықпен Дана Әлиева лауазымынан босатылды. Министрдің "
                "тағы бір бұйрығымен Арман Қасенов комитет төрағасы болып тағайындалды.")
    orders = {o.label for o in facts.of_type("Order")}
    assert "2026 жылғы 2 наурыздағы № 118-ж/қ Бұйрық" in orders and len(orders) == 2  # "тағы бір" is another
    assert "Министр" not in {p.label for p in facts.of_type("Position")}  # the minister named in full
    for ev in events(facts, "Appointment"):
        assert obj(facts, ev, "agent") == ["Асқар Оразов"]


def test_agency_established_on_the_basis_of_a_committee_with_tasks_and_a_chair():
    facts = run("Президенттің 2026 жылғы 2 наурыздағы № 88 Жарлығымен Энергетика министрлігінің Атом энергетикасы "
                "комитеті таратылып, оның негізінде Қазақстан Республикасы Атом энергетикасы және радиациялық "
                "қауіпсіздік агенттігі (бұдан әрі – АЭРҚА) құрылды.\n\nЖарлыққа сәйкес, Агенттікке мынадай міндеттер "
                "жүктелді:\n– атом станциясының құрылысын үйлестіру;\n– радиациялық қауіпсіздікті қадағалау.\n\n"
                "Агенттіктің орталық аппараты Астана қаласында орналасады. Осы Жарлықпен АЭРҚА төрағасы болып "
                "Ерлан Сапаров тағайындалды.")
    agency = "Атом энергетикасы және радиациялық қауіпсіздік агенттігі"
    [ev] = events(facts, "Establishment")
    assert obj(facts, ev, "eventObject") == [agency]
    [body] = [o for o in facts.of_type("Organization") if o.label == agency]
    assert {facts.entities[g].label for g in facts.objects(body.key, "hasGoal")} >= {
        "атом станциясының құрылысын үйлестіру", "радиациялық қауіпсіздікті қадағалау"}
    assert not any(o.label.startswith("Агенттіктің") for o in facts.of_type("Organization"))  # "орталық аппараты"
    [appointment] = events(facts, "Appointment")
    assert obj(facts, appointment, "eventPosition") == [agency + "нің төрағасы"]


def test_combined_post_in_a_company_with_a_mixed_case_legal_form():
    facts = run("Бұйрықпен Айжан Серікова «Қ. Сәтбаев атындағы Қазақ ұлттық техникалық зерттеу университеті» КеАҚ "
                "басқарма төрағасы – ректоры болып тағайындалды. Сәтбаев университетінде 12 мың студент оқиды.")
    posts = {facts.entities[k].label for k in facts.objects(
        next(e for e in facts.entities.values() if e.label == "Айжан Серікова").key, "appointedTo")}
    assert posts == {"«Қ. Сәтбаев атындағы Қазақ ұлттық техникалық зерттеу университеті» КеАҚ басқарма төрағасы",
                     "ректор"}
    orgs = {e.label for e in facts.of_type("Organization")}
    assert "Қ. Сәтбаев атындағы Қазақ ұлттық техникалық зерттеу университеті" in orgs
    assert not any("басқарма" in o for o in orgs)  # "КеАҚ басқарма" is part of the post, not a body


def test_career_list_with_years_and_a_body_named_after_a_person():
    facts = run("Дәулет Оспанов 1980 жылы туған. 2015–2020 жылдары Денсаулық сақтау министрлігі Медициналық білім "
                "департаментінің директоры, 2020 жылдан бері С. Асфендияров атындағы Қазақ ұлттық медицина "
                "университетінің ғылым жөніндегі проректоры қызметін атқарды.")
    person = next(e for e in facts.entities.values() if e.label == "Дәулет Оспанов")
    assert {facts.entities[k].label for k in facts.objects(person.key, "holdsPosition")} == {
        "Денсаулық сақтау министрлігі Медициналық білім департаментінің директоры",
        "С. Асфендияров атындағы Қазақ ұлттық медицина университетінің ғылым жөніндегі проректоры"}


def test_short_name_of_a_body_named_after_a_person_is_that_body():
    facts = run("Ректор Х. Досмұхамедов атындағы Атырау университетінің ұжымымен кездесті. Атырау университетінде "
                "9 мың студент оқиды.")
    [uni] = [e for e in facts.of_type("Organization") if "университет" in e.label]
    assert uni.label == "Х. Досмұхамедов атындағы Атырау университеті" and len(uni.mentions) == 2


def test_appointee_described_by_a_former_post_in_a_relative_clause():
    facts = run("Ауыл шаруашылығы министрлігінің Азық-түлік қауіпсіздігі комитеті құрылды. Комитеттің төрағасы болып "
                "бұған дейін Ауыл шаруашылығы вице-министрі қызметін атқарған Ғалия Тәжібаева тағайындалды.")
    person = next(e for e in facts.entities.values() if e.label == "Ғалия Тәжібаева")
    assert "вице-министрі" not in " ".join(facts.entities[k].label for k in facts.objects(person.key, "appointedTo"))
    assert [facts.entities[k].label for k in facts.objects(person.key, "appointedTo")][0].endswith("төрағасы")
    assert "Ауыл шаруашылығы вице-министрі" in {facts.entities[k].label for k in facts.objects(person.key, "holdsPosition")}


def test_bare_committee_chain_takes_the_compound_form():
    facts = run("Министрдің бұйрығымен Гүлмира Сейітжанова Орман шаруашылығы және жануарлар дүниесі комитетінің "
                "төрағасы болып тағайындалды. Бұған дейін комитет төрағасының орынбасары қызметін атқарған Марат "
                "Тұрсынов Бурабай паркінің директоры болып тағайындалды.")
    person = next(e for e in facts.entities.values() if e.label == "Марат Тұрсынов")
    assert "Орман шаруашылығы және жануарлар дүниесі комитеті төрағасының орынбасары" in {
        facts.entities[k].label for k in facts.objects(person.key, "holdsPosition")}


def test_this_post_and_a_body_headed_before():
    facts = run("Мәжіліс төрағалығына Хабиболла Жақыпов тағайындалды. Ол бұған дейін Парламент төменгі палатасының "
                "вице-спикері болған. Енді бұл қызметті Дариға Назарбаева атқарады. Ал Дариға Назарбаева бұған дейін "
                "басқарған Парламенттің Әлеуметтік-мәдени даму комитетінің төрайымы болып Гүлнәр Ықсанова тағайындалды.")
    person = next(e for e in facts.entities.values() if e.label == "Дариға Назарбаева")
    held = {facts.entities[k].label for k in facts.objects(person.key, "holdsPosition")}
    assert "Парламент төменгі палатасының вице-спикері" in held
    assert any("комитетінің төрайымы" in p for p in held)


def test_chambers_approve_the_act_named_before_by_pronoun_or_document_word():
    facts = run("Мемлекет басшысы Құрылыс кодексіне қол қойды. Құжатты Парламент Мәжілісі 2025 жылғы 5 қарашада "
                "қабылдаған, ал Сенат депутаттары оны 18 желтоқсанда мақұлдады.")
    agents = {obj(facts, ev, "agent")[0] for ev in events(facts, "Approval") if obj(facts, ev, "approves") == ["Құрылыс кодексі"]}
    assert agents == {"Мәжіліс", "Сенат"}


def test_chambers_approve_each_of_several_laws_named_before():
    facts = run("Президент «Орман туралы» Заңға және «Су туралы» Заңға қол қойды. Мәжіліс депутаттары екі заңды "
                "2026 жылғы 17 маусымда қабылдады. Парламент Сенаты құжаттарды 2 қазанда мақұлдады.")
    approved = {(obj(facts, ev, "agent")[0], obj(facts, ev, "approves")[0]) for ev in events(facts, "Approval")}
    assert approved == {(chamber, law) for chamber in ("Мәжіліс", "Сенат")
                        for law in ("«Орман туралы» Заң", "«Су туралы» Заң")}


def test_the_document_signed_is_the_act_that_approved_the_plan():
    facts = run("Үкіметтің 2027 жылғы 4 қазандағы № 708 қаулысымен Жылумен жабдықтаудың 2028–2030 жылдарға арналған "
                "жол картасы бекітілді. Құжатқа Премьер-министр Олжас Бектенов қол қойды.")
    signed = {obj(facts, ev, "eventObject")[0] for ev in events(facts, "Signing")}
    assert signed == {"2027 жылғы 4 қазандағы № 708 Қаулы"}
