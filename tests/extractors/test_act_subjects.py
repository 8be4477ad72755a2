"""What an act is about when the text says what was done by it (issue 12): an act in the instrumental
before a passive past verb concerns what that clause names, or approves it with бекітілді; the Address's
issuer; a quoted title's Latin look-alike letters. Texts written for these tests."""

from __future__ import annotations

from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article


def related(body: str, predicate: str) -> set[tuple[str, str]]:
    facts, _ = extract_article(parse_article(f"Жаңалықтар\n\n{body}\n"))
    return {(facts.entities[r.subject].label, facts.entities[r.object].label) for r in facts.relations.values()
            if r.predicate == predicate and r.subject in facts.entities and r.object in facts.entities}


def test_a_body_set_up_by_decree_is_what_the_decree_concerns():
    got = related("Ұлттық құрылтай өткен айда Мемлекет басшысының Жарлығымен құрылды.", "concerns")
    assert ("Жарлық", "Ұлттық құрылтай") in got
    assert not any(o == "Президент" for _, o in got)  # the issuer is no subject


def test_an_appointment_by_decree_concerns_the_post_not_the_appointee():
    got = related("Президенттің Жарлығымен Асқар Бекмұханов Сенат депутаты болып тағайындалды.", "concerns")
    objects = {o for s, o in got if s == "Жарлық"}
    assert objects and all("Бекмұханов" not in o for o in objects)
    assert any("депутат" in o.lower() or "сенатор" in o.lower() for o in objects)


def test_places_where_a_resolution_ends_a_regime_are_its_subjects():
    got = related("Үкімет қаулысымен Павлодар және Қостанай облыстарында карантин режимі тоқтатылды.", "concerns")
    assert {("Қаулы", "Павлодар облысы"), ("Қаулы", "Қостанай облысы")} <= got


def test_a_holiday_approved_by_decree_is_not_also_its_subject():
    body = "2015 жылы Президенттің Жарлығымен Ұлттық домбыра күні мерекесі бекітілді."
    assert any(s.endswith("Жарлық") and "домбыра" in o for s, o in related(body, "approves"))
    assert not any("домбыра" in o for _, o in related(body, "concerns"))


def test_an_active_verb_after_the_act_makes_no_subject():
    got = related("Министр Жарлығымен келісіп, Павлодар облысына барды.", "concerns")
    assert not got


def test_the_address_is_issued_by_the_president_the_article_names():
    body = ("Президент Қасым-Жомарт Тоқаев бүгін сөз сөйледі. «Жаңа облыс құрамыз», – деді Тоқаев "
            "Қазақстан халқына Жолдауында.")
    assert any(s.endswith("Жолдау") and o == "Қасым-Жомарт Тоқаев" for s, o in related(body, "issuedBy"))


def test_an_address_in_an_article_without_the_president_gets_no_issuer():
    body = "Әкім Қазақстан халқына Жолдауында айтылған міндеттерді талқылады."
    assert not any(s.endswith("Жолдау") for s, _ in related(body, "issuedBy"))


def test_an_unnamed_head_of_state_s_address_is_issued_by_the_post():
    body = "Әкім Мемлекет басшысының Қазақстан халқына Жолдауында айтылған міндеттерді талқылады."
    assert any(s.endswith("Жолдау") and o == "Президент" for s, o in related(body, "issuedBy"))


def test_a_body_consenting_or_registering_is_no_subject_of_the_act():
    body = ("Облыс әкімінің өкімімен Ақсу аудандық мәслихаты депутаттарының келісімімен Ержан Сапаров "
            "Ақсу ауданының әкімі болып тағайындалды. Министрдің бұйрығымен бекітілген Тексеру қағидалары "
            "Әділет министрлігінде тіркелді.")
    objects = {o for _, o in related(body, "concerns")}
    assert not any("мәслихат" in o or "Әділет" in o for o in objects)
    assert any("әкімі" in o for o in objects)  # the post the order fills still is


def test_a_quoted_title_typed_with_latin_letters_is_labelled_in_kazakh_letters():
    body = "Үкімет «Yкiметтiң кейбiр шешiмдерiнiң күшi жойылды деп тану туралы» қаулысын қабылдады."
    facts, _ = extract_article(parse_article(f"Жаңалықтар\n\n{body}\n"))
    labels = [e.label for e in facts.entities.values() if e.type == "Resolution" or e.label.endswith("Қаулы")]
    assert labels and all("Үкіметтің кейбір шешімдерінің" in lab and "Y" not in lab and "i" not in lab for lab in labels)
