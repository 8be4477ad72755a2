"""The grammar layer: what extractors ask of a Kazakh sentence beyond tokens and tags.

Clause roles (``clause``), noun phrases for people, posts, bodies and documents (``persons``,
``posts``, ``post_reader``, ``bodies``, ``documents``), statement sentences and lists
(``statements``), phrase shapes (``phrase``), token tests (``match``) and the genre's word lists
(``lexicon``). Extractors import from here and from shared data, never from each other
(``tests/test_architecture.py``); this layer never imports an extractor.
"""
