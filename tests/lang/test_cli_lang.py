"""``kazkg lemmatize`` and ``kazkg analyse`` read like usage; bad input is one line, no traceback."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kazkg.cli import main


@pytest.mark.parametrize(
    "tokens, expected",
    [
        ("Тоқаевтың\nЖарлығымен\n\nҚХА-ның\n", "Тоқаевтың\tТоқаев\nЖарлығымен\tжарлық\n\nҚХА-ның\tҚХА\n"),
        ("бекітілді\n", "бекітілді\tбекіт\n"),
    ],
)
def test_cli_lemmatize_keeps_layout(tmp_path, tokens, expected):
    src, out = tmp_path / "tokens.txt", tmp_path / "out.tsv"
    src.write_text(tokens, encoding="utf-8")
    result = CliRunner().invoke(main, ["lemmatize", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == expected
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("text", ["Президент ҚХА-ның жаңа тұжырымдамасын бекітті.\n2022 жылғы 15 қыркүйектегі Жарлық."])
def test_cli_analyse_prints_tokens_and_dates(tmp_path, text):
    src = tmp_path / "a.txt"
    src.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["analyse", str(src)])
    assert result.exit_code == 0, result.output
    assert "# sentence 0" in result.output
    assert "10\t17\tҚХА-ның\tҚХА" in result.output
    assert "2022-09-15" in result.output


@pytest.mark.parametrize(
    "command, content",
    [("analyse", None), ("analyse", b""), ("analyse", b"\xff\xfe\x00bad"), ("lemmatize", b"\xc3\x28"),
     ("lemmatize", None)],
)
def test_cli_lang_bad_input_is_one_line(tmp_path, command, content):
    src = tmp_path / "in.txt"
    if content is not None:
        src.write_bytes(content)
    args = [command, str(src)] + (["-o", str(tmp_path / "o.tsv")] if command == "lemmatize" else [])
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "[K001]" in result.output
    assert "Traceback" not in result.output
