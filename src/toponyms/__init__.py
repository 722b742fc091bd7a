"""toponyms: every name of every place in and around Nagorno-Karabakh; find, check and rewrite them in copy.

>>> import toponyms
>>> g = toponyms.load()
>>> g.lookup("Степанакерт").id
'khankendi'
"""

from .data import GazetteerError
from .fold import fold
from .gazetteer import AmbiguousName, Gazetteer, UnknownName, load
from .model import Candidate, Finding, Mention, Name, Place, Problem

__version__ = "0.1.0"

__all__ = [
    "load",
    "Gazetteer",
    "Place",
    "Name",
    "Mention",
    "Finding",
    "Problem",
    "Candidate",
    "GazetteerError",
    "UnknownName",
    "AmbiguousName",
    "fold",
    "__version__",
]
