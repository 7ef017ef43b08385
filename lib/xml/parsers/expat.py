"""Exception types of the expat interface.

Ferrython has no expat library; xml.etree and xml.dom use a pure-Python
scanner instead and report errors with these classes.
"""


class ExpatError(Exception):
    """Raised for XML well-formedness errors (has code, lineno, offset)."""


error = ExpatError

EXPAT_VERSION = "expat_2.5.0"
version_info = (2, 5, 0)


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    raise NotImplementedError("xml.parsers.expat.ParserCreate is not available in Ferrython")


def ErrorString(code):
    from xml import _parser
    return _parser.MESSAGES.get(code)
