"""Training the NER models and building their word clusters: run by `kazkg train-ner`, bench/ and
scripts/, never imported by the runtime (tests/test_architecture.py checks it). Needs the `ner-train`
or `ner-build` extras beyond python-crfsuite."""
