"""2021 Kazakh Latin alphabet (KAZAKH.md §6) with the project convention for Russian letters."""

from __future__ import annotations

import pytest

from kazkg.graph.lang import transliterate


@pytest.mark.parametrize(
    "cyr, lat",
    [
        ("Президент ҚХА-ның жаңа тұжырымдамасын бекітті", "Prezident QHA-nyñ jaña tūjyrymdamasyn bekıttı"),
        ("Қасым-Жомарт Тоқаев", "Qasym-Jomart Toqaev"),
        ("Қазақстан халқы Ассамблеясы", "Qazaqstan halqy Assambleiasy"),
        ("Ұлттық қауіпсіздік комитеті", "Ūlttyq qauıpsızdık komitetı"),
        ("Іле Ілияс", "Ile Iliias"),
        ("Иран Йемен", "İran İemen"),
        ("ЮНЕСКО Юлия", "İUNESKO İuliia"),
        ("Чечня Щучинск съезд Эстония ёлка", "Çeçnia Şçuçinsk sezd Estoniia iolka"),
        ("Һ һ Ғ ғ Ң ң Ө ө Ү ү Ә ә", "H h Ğ ğ Ñ ñ Ö ö Ü ü Ä ä"),
        ("2022 жылғы 15 қыркүйек", "2022 jylğy 15 qyrküiek"),
    ],
)
def test_translit_transliterate(cyr, lat):
    assert transliterate(cyr) == lat


@pytest.mark.parametrize("cyr", ["Іс", "и"])
def test_translit_no_python_casing_traps(cyr):
    out = transliterate(cyr)
    assert "i̇" not in out and ("I" in out or "i" in out)
