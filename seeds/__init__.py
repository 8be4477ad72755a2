"""The bundled seed article, shipped as package data so `kazkg build` with no path works when installed."""

from importlib.resources import files

SEEDS_DIR = files("kazkg.seeds")
