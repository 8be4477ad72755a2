"""Data files of the NER tagger (a package so that setuptools ships them as package data)."""
