"""People and the posts they hold: "Мемлекет басшысы Қасым-Жомарт Тоқаевтың" -> Person Қасым-Жомарт
Тоқаев holdsPosition Президент (also called Мемлекет басшысы).

A name is a run of capitalised words with a surname shape (-ов/-ев/-ұлы/-қызы ...), initials
(Қ.-Ж. Тоқаев, Н.Назарбаев), a gazetteer person or a PERSON span of the tagger; only its last word is
inflected, so the label is the run with that word's case ending stripped. A post phrase right before
a name is the post that person holds. A surname alone refers back to the full name in the article.
"""

from __future__ import annotations

from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import Entity
from kazkg.graph.grammar.lexicon import UNIQUE_POSTS
from kazkg.graph.grammar.post_reader import PostReader


class PersonPostExtractor(PostReader):
    name = "person_post"
    requires = ("sentences", "lemmas", "Organization")
    provides = ("Person", "Position", "holdsPosition")

    def __call__(self, ctx: Context) -> None:
        people: list[Entity] = []
        for sent in ctx.sentences:
            for i, j in self._names(ctx, sent):
                toks = sent.tokens[i:j]
                person = self._person(ctx, toks, people)
                self._also = []
                post = self._post_before(ctx, sent, i)
                if post is None:
                    post = self._post_before_membership(ctx, sent, i)
                if post is not None and " " not in post.label and post.label not in UNIQUE_POSTS:
                    post = self._fuller_post(ctx, person, post)  # "Министр Омонди": his post named in full before
                for p in ([post] if post is not None else []) + self._also:
                    ctx.facts.relate(person.key, "holdsPosition", p.key, ctx.span(sent.tokens[self._post_start].start, toks[-1].end))
        self._bare_posts(ctx)
