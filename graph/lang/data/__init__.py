"""Kazakh language data as constants: letter classes, suffix allomorph tables, months, abbreviations."""
