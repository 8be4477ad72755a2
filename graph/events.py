"""Events declared, not hand-coded: one ``EventShape`` per kind of event, run by one engine
(``kazkg.graph.extractors.declared_events``).

A shape says which verbs trigger the event, which word must stand before the verb (its slot, by
lemma and grammatical case from the language layer), and how the roles are read: the person it is
about (the subject of a passive or intransitive verb, the accusative object of an active one), the
post named before the slot (or the one the article says the person holds), the act in the
instrumental and its issuer, the subject of an active verb, the sentence's date. Adding an event
type is an ontology class under ``kz:Event``, its SHACL shape, one declaration here and its tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from kazkg.graph.grammar.posts import SLOT_WORDS


@dataclass(frozen=True)
class EventShape:
    cls: str  # the ontology class (a subclass of kz:Event)
    label: str  # the Kazakh noun the event's label starts with ("Босату: X — post")
    triggers: tuple[str, ...]  # verb stems; a finite past form of one triggers the event
    slot_lemmas: tuple[str, ...]  # a word of these lemmas must stand right before the verb ...
    slot_cases: tuple[str, ...]  # ... in one of these cases (language-layer tags)
    passive_stems: tuple[str, ...] = ()  # forms read as passive even when the tagger misses "Pass"
    intransitive: bool = False  # the person is the verb's subject (кетті), never its object
    post_slot: bool = True  # the slot word may follow the post ("әкімі қызметінен"): read that post
    person_to_post: str | None = None  # a relation person -> post the event states ("dismissedFrom")


EVENTS: tuple[EventShape, ...] = (
    # "X ... қызметінен босатылды", "Y X-ты ... лауазымынан босатты"
    EventShape("Dismissal", "Босату", ("босат",), SLOT_WORDS, ("Abl",), passive_stems=("босатыл",),
               person_to_post="dismissedFrom"),
    # "X отставкаға кетті / шықты", "X ... қызметінен кетті", "X өз еркімен орнынан кетті"
    EventShape("Resignation", "Отставка", ("кет", "шық"), (*SLOT_WORDS, "отставка"), ("Abl", "Dat"),
               intransitive=True, person_to_post="resignedFrom"),
)
