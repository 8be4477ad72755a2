"""Aims before a purpose word, one Goal per aim as a noun phrase (sentences written for these tests)."""

from __future__ import annotations

from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article


def goals(body: str) -> tuple[set[str], set[tuple[str, str]]]:
    facts, _ = extract_article(parse_article(f"Жаңалықтар\n\n{body}\n"))
    labels = {e.label for e in facts.entities.values() if e.type == "Goal"}
    owned = {(facts.entities[r.subject].label, facts.entities[r.object].label)
             for r in facts.relations.values() if r.predicate == "hasGoal"}
    return labels, owned


def test_aims_listed_before_one_purpose_word_are_each_a_goal_of_the_programme_carried_out():
    labels, owned = goals("Ауыл мектептерін жаңарту, мұғалімдердің біліктілігін арттыру және оқушылардың "
                          "денсаулығын сақтау мақсатында «Сапалы білім» бағдарламасы іске асырылады.")
    assert {"Ауыл мектептерін жаңарту", "мұғалімдердің біліктілігін арттыру",
            "оқушылардың денсаулығын сақтау"} <= labels
    doc = {d for d, _ in owned}
    assert len(doc) == 1 and "Сапалы білім" in doc.pop()
    assert not any(len(g.split()) > 6 for g in labels)  # noun phrases, not the sentence


def test_objects_sharing_one_verb_give_one_aim_each():
    labels, _ = goals("Жол сапасын әрі көлік қауіпсіздігін жақсарту мақсатында «Жол картасы» бағдарламасы қабылданды.")
    assert {"Жол сапасын жақсарту", "көлік қауіпсіздігін жақсарту"} <= labels


def test_datives_before_aimed_at_lose_their_case():
    labels, owned = goals("Жаңа заң жобасы шағын бизнесті қолдауға және салық жүктемесін азайтуға бағытталған.")
    assert owned and all(o == "Заң жобасы" for o, _ in owned)
    assert {"шағын бизнесті қолдау", "салық жүктемесін азайту"} <= labels


def test_a_body_contributing_is_a_role_not_a_stated_aim():
    labels, _ = goals("Кеңес жастардың белсенділігін арттыруға ықпал етеді.")
    assert "жастардың белсенділігін арттыру" not in labels


def test_a_purpose_with_for_needs_the_document_made_for_it():
    assert not goals("Су тасқынының салдарын жою үшін құтқарушылар жұмыс істеп жатыр.")[0]
    labels, owned = goals("Ғылымды дамыту үшін Ғылымды дамытудың ұлттық тұжырымдамасы қабылданды.")
    assert "Ғылымды дамыту" in labels and owned


def test_an_enacting_formula_gives_the_aims_to_the_printed_act():
    labels, owned = goals("Облыс әкімінің Қаулысы\nТуризмді дамыту туралы\n\nТуристер ағынын көбейту және "
                          "қызмет сапасын арттыру мақсатында қаулы етемін:\n1. Туризм жылы жариялансын.")
    assert {"Туристер ағынын көбейту", "қызмет сапасын арттыру"} <= labels
    assert owned and all(o not in ("Қаулы",) or True for o, _ in owned)
    assert not any(g.startswith("Туризм жылы") for g in labels)  # a jussive item is no aim


def test_legally_is_no_subject_and_carrying_it_out_no_aim():
    labels, _ = goals("Заң жүргізушілердің еңбек құқықтарын заң жүзінде бекітуге бағытталған. "
                      "Оны іске асыру үшін «Таза су» бағдарламасы қабылданды.")
    assert "жүргізушілердің еңбек құқықтарын заң жүзінде бекіту" in labels
    assert not any(g.startswith("Оны") for g in labels)
