"""The kazkg explorer: the graph as one offline HTML page (model -> layout -> payload -> page)."""
