"""Titled acts labelled by title and type, quoted or not; drafts; the Constitution (sentences written
for these tests)."""

from __future__ import annotations

from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article
from kazkg.graph.grammar.titles import expand_country, fix_script
from kazkg.graph.grammar.documents import SIGNED_BY_ISSUER  # noqa: F401  (the act classes are importable)


def acts(body: str) -> dict[str, set[str]]:
    facts, _ = extract_article(parse_article(f"Жаңалықтар\n\n{body}\n"))
    out: dict[str, set[str]] = {}
    for e in facts.entities.values():
        if e.type in ("Decree", "Resolution", "Order", "Law", "Code", "Agreement", "Decision"):
            out[e.label] = {facts.entities[r.object].label for r in facts.relations.values()
                            if r.subject == e.key and r.predicate == "issuedBy" and r.object in facts.entities}
    return out


def test_an_unquoted_title_before_the_act_word_is_its_label():
    found = acts("Мемлекет басшысы Қасым-Жомарт Тоқаев облыс әкімдерін сайлау тәртібін өзгерту туралы Жарлыққа қол қойды.")
    assert "облыс әкімдерін сайлау тәртібін өзгерту туралы Жарлық" in found


def test_a_date_before_the_title_is_when_it_was_signed_not_part_of_it():
    found = acts("Президент 2027 жылғы 5 мамырда жергілікті сайлау өткізу туралы Жарлыққа қол қойды.")
    assert "жергілікті сайлау өткізу туралы Жарлық" in found
    found = acts("Үкіметтің 2024 жылғы 3 ақпандағы «Су ресурстарын басқару туралы» қаулысы күшіне енді.")
    assert "«Су ресурстарын басқару туралы» Қаулы" in found


def test_the_issuer_may_stand_between_the_title_and_the_act():
    found = acts("Сессияда Көктал ауылының атауын өзгерту туралы облыс әкімінің қаулысы қабылданды.")
    label = "Көктал ауылының атауын өзгерту туралы Қаулы"
    assert label in found and any("әкім" in i for i in found[label])


def test_a_bill_is_an_act_of_its_own_and_names_its_law():
    found = acts("Мәжіліс «Ветеринария туралы» заң жобасын мақұлдады. Депутаттар аталған заң жобасын екінші оқылымда қарады.")
    assert "«Ветеринария туралы» Заң жобасы" in found
    assert "Заң жобасы" in acts("Депутаттар осы заң жобасын бірінші оқылымда қарады.")


def test_the_basic_law_and_the_countrys_constitution():
    assert "Конституция" in acts("Ата заңның жаңа нормалары талқыланды.")
    found = acts("Қазақстан Республикасы Конституциясының 44-бабына және «ҚР-дағы сайлау туралы» "
                 "Конституциялық заңға сәйкес сайлау тағайындалды.")
    assert "Қазақстан Республикасының Конституциясы" in found
    assert "«Қазақстан Республикасындағы сайлау туралы» Конституциялық заң" in found


def test_deciding_is_no_act():
    assert not acts("Облыс әкімі туристерді тарту мақсатында қаулы етемін деді.")


def test_spelling_of_titles():
    assert fix_script("референдум өткiзу туралы") == "референдум өткізу туралы"
    assert expand_country("ҚР-ның Еңбек кодексі") == "Қазақстан Республикасының Еңбек кодексі"


def test_a_headlines_paraphrase_of_a_quoted_title_is_the_same_act():
    facts = extract_article(parse_article(
        "Президент жер қойнауын пайдалану туралы заңға қол қойды\n\nМемлекет басшысы «Қазақстан Республикасының кейбір "
        "заңнамалық актілеріне жер қойнауын пайдалану мәселелері бойынша өзгерістер енгізу туралы» Заңға қол қойды.\n"))[0]
    laws = [e for e in facts.entities.values() if e.type == "Law"]
    assert len(laws) == 1 and laws[0].label.startswith("«Қазақстан Республикасының кейбір")


def test_the_parties_are_no_part_of_an_agreements_title():
    found = acts("Қазақстан Сауда министрлігі мен Чехия министрлігі арасында туризм саласындағы ынтымақтастық туралы "
                 "меморандумға қол қойылды.")
    assert "туризм саласындағы ынтымақтастық туралы Меморандум" in found


def test_the_subject_and_the_body_addressed_are_no_part_of_a_bills_title():
    found = acts("Алдымен депутаттар Мәжіліске шағын бизнесті тексеруге мораторийді ұзарту туралы заң жобасын енгізді.")
    assert "шағын бизнесті тексеруге мораторийді ұзарту туралы Заң жобасы" in found


def test_two_acts_sharing_one_title_and_a_person_named_in_it():
    found = acts("Мерекесі қарсаңында Көктал ауылының атауын Әлихан Бөкейхан атындағы ауыл деп өзгерту туралы облыс "
                 "әкімдігінің қаулысы және облыстық мәслихаттың шешімі қабылданды.")
    title = "Көктал ауылының атауын Әлихан Бөкейхан атындағы ауыл деп өзгерту туралы"
    assert {f"{title} Қаулы", f"{title} Шешім"} <= set(found)
