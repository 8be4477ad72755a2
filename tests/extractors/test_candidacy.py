"""Candidacies (issue 12): a body that supports a candidacy approves the post it is for (GOLD.md);
sentences written for these tests."""

from __future__ import annotations

from kazkg.graph.article import parse_article
from kazkg.graph.build import build_graph, extract_article
from kazkg.graph.evaluate import graph_to_records
from kazkg.graph.validate import validate


def approved(body: str, tmp_path) -> set[tuple[str, str]]:
    path = tmp_path / "a.txt"
    path.write_text(f"Жаңалықтар\n\n{body}\n", encoding="utf-8")
    rec = graph_to_records(build_graph([path]))
    names = {e["id"]: e["label"] for e in rec["entities"]}
    return {(names.get(r["subject"]), names.get(r["object"])) for r in rec["relations"] if r["predicate"] == "approved"}


def test_a_committee_supporting_a_candidacy_approves_the_post_named(tmp_path):
    body = "Сенаттың Қаржы және бюджет комитеті Қаржы министрі лауазымына тағайындау үшін Ерлан Сапаровтың кандидатурасын қолдады."
    assert ("Қаржы және бюджет комитеті", "Қаржы министрі") in approved(body, tmp_path)


def test_deputies_voting_for_a_candidacy_are_their_chamber(tmp_path):
    body = "Сенат төрағалығына Ерлан Сапаров сайланды. Сапаровтың кандидатурасын 40 депутат қолдады."
    assert any(agent == "Сенат" and "Төрағасы" in post for agent, post in approved(body, tmp_path))


def test_a_candidacy_proposed_is_not_approved(tmp_path):
    body = "Сенаттың Қаржы және бюджет комитеті Қаржы министрі лауазымына Ерлан Сапаровтың кандидатурасын ұсынды."
    assert not approved(body, tmp_path)


def test_the_candidate_is_no_approved_thing(tmp_path):
    body = "Сенаттың Қаржы және бюджет комитеті Қаржы министрі лауазымына тағайындау үшін Ерлан Сапаровтың кандидатурасын қолдады."
    assert not any(obj == "Ерлан Сапаров" for _, obj in approved(body, tmp_path))


def test_a_candidacy_approval_conforms_to_the_shapes(tmp_path):
    body = "Сенаттың Қаржы және бюджет комитеті Қаржы министрі лауазымына тағайындау үшін Ерлан Сапаровтың кандидатурасын қолдады."
    facts, _ = extract_article(parse_article(f"Жаңалықтар\n\n{body}\n"))
    assert any(e.type == "Approval" for e in facts.entities.values())
    path = tmp_path / "a.txt"
    path.write_text(f"Жаңалықтар\n\n{body}\n", encoding="utf-8")
    report = validate(build_graph([path]))
    assert report.conforms, report.text
