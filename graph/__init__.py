"""kazkg: Kazakh news and official texts -> RDF knowledge graph.

Import absolutely (``from kazkg.graph.lang import analyse``): ``graph`` is a generic top-level name.
"""

import os as _os

# The NER runs small matrices through numpy: one BLAS thread per process is fastest, and with several
# worker processes, BLAS threads in each oversubscribe the cores (a 1,000-article build on 2 cores
# took 100 s instead of about 35 s). Set before numpy is first imported; a user's own setting wins.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_var, "1")


__version__ = "0.1.0"
