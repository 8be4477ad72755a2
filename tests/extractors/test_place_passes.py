"""Place words inside a quoted act title are not mentions of the place (GOLD.md); sentences written
for these tests."""

from __future__ import annotations


from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article


def places(body: str) -> dict[str, list[str]]:
    facts, _ = extract_article(parse_article(f"Жаңалықтар\n\n{body}\n"))
    return {e.label: [m.text for m in e.mentions] for e in facts.of_type("Place")}


def test_a_place_inside_a_quoted_act_title_is_no_place():
    assert "Қазақстан" not in places("«Қазақстан Республикасындағы жергілікті өзін-өзі басқару туралы» Заңға "
                                     "өзгерістер енгізілді.")


def test_a_place_standing_alone_is_kept():
    found = places("Делегация Қазақстанға келді. «Қазақстан Республикасындағы сайлау туралы» Заң қабылданды.")
    assert found.get("Қазақстан") == ["Қазақстанға"]


def test_a_place_inside_a_post_title_is_kept():
    """Posts are not proper names: 'Абай облысының әкімі' names the region (GOLD.md)."""
    assert "Абай облысы" in places("Абай облысының әкімі Нұрлан Уранхаев Семейде кездесу өткізді.")
