"""kazkg: Kazakh news and official texts -> RDF knowledge graph.

Import absolutely (``from graph.lang import analyse``): ``graph`` is a generic top-level name.
"""

__version__ = "0.1.0"
