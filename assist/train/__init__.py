"""Training the models that ship inside the package: `python -m assist.train syntax --lang nl`.

Training needs the data sets under `../shared/data/` (or a path given with `--data`); using
the library does not.
"""

from __future__ import annotations
