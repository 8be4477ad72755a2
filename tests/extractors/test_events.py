"""Event extractors (signing, appointment, dismissal, establishment, instruction, statement) on
sentences written for these tests, not taken from the dev articles."""

from __future__ import annotations

import pytest

from graph.article import parse_article
from graph.build import extract_article
from graph.facts import Value


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
