"""``kazkg tag`` and ``kazkg train-ner`` from the command line."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kazkg.cli import main

LAYOUT = "Мемлекет\nбасшысы\nҚасым-Жомарт\nТоқаевтың\n.\n\n\nАстана\nқаласында\nEl.kz\n\nжиын\nөтті\n"


@pytest.mark.parametrize("text", [LAYOUT, LAYOUT.rstrip("\n"), "\n\nАлматы\n"])
def test_cli_tag_keeps_layout(tmp_path, text):
    src = tmp_path / "tokens.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out.txt"
    result = CliRunner().invoke(main, ["tag", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    got = out.read_text(encoding="utf-8").splitlines()
    want = text.splitlines()
    assert len(got) == len(want)
    for g, w in zip(got, want):
        if not w.strip():
            assert g == ""
        else:
            tok, lab = g.split(" ")
            assert tok == w
            assert lab == "O" or lab[:2] in ("B-", "I-")


@pytest.mark.parametrize("content", [b"", b"\n\n"])
def test_cli_tag_empty_input(tmp_path, content):
    src = tmp_path / "empty.txt"
    src.write_bytes(content)
    out = tmp_path / "out.txt"
    result = CliRunner().invoke(main, ["tag", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").splitlines() == content.decode().splitlines()


@pytest.mark.parametrize("content", [b"\xff\xfe\x00bad"])
def test_cli_tag_bad_input_is_one_line(tmp_path, content):
    src = tmp_path / "bad.txt"
    src.write_bytes(content)
    result = CliRunner().invoke(main, ["tag", str(src), "-o", str(tmp_path / "o.txt")])
    assert result.exit_code == 2
    assert result.output.strip().startswith("kazkg: [K001]")
    assert "Traceback" not in result.output


def test_cli_tag_missing_file(tmp_path):
    result = CliRunner().invoke(main, ["tag", str(tmp_path / "none.txt"), "-o", str(tmp_path / "o.txt")])
    assert result.exit_code == 2
    assert "[K001]" in result.output


def test_cli_train_ner_bad_labels(tmp_path):
    src = tmp_path / "bad.iob"
    src.write_text("Астана B-GPE\nқаласы XYZ\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["train-ner", str(src), "-o", str(tmp_path / "m.crfsuite")])
    assert result.exit_code == 2
    assert "[K001]" in result.output


def test_cli_train_ner_small_round_trip(tmp_path, shared_dir):
    lines = (shared_dir / "kaznerd" / "IOB2_valid.txt").read_text(encoding="utf-8").split("\n\n")[:200]
    src = tmp_path / "small.iob"
    src.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    model = tmp_path / "m.crfsuite"
    result = CliRunner().invoke(main, ["train-ner", str(src), "-o", str(model)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "o.txt"
    result = CliRunner().invoke(main, ["tag", str(src), "-o", str(out), "-m", str(model)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(src.read_text(encoding="utf-8").splitlines())
