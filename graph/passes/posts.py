"""Passes after the people-and-posts extractor."""

from __future__ import annotations

from kazkg.graph.context import Context
from kazkg.graph.grammar.posts import HEADS_OF
from kazkg.graph.passes import settles

HEAD_POSTS = {label for label, _ in HEADS_OF.values()}


@settles(after="person_post", edits=("Organization",))
def body_word_of_head_post(ctx: Context) -> None:
    """"Үкімет басшысы" names the Prime Minister's post: its first word is part of the post's mention,
    not a mention of the Government (which the organization extractor found there first)."""
    bodies = ctx.facts.of_type("Organization")
    for post in ctx.facts.of_type("Position"):
        if post.label not in HEAD_POSTS:
            continue
        for m in post.mentions:
            if " " in m.text:
                for body in bodies:
                    ctx.facts.forget(body, m.start, m.end)
