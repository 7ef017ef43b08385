# DocTestParser, Example and DocTest objects, script_from_examples.
import doctest

TEXT = """
    Some prose before the first example.

    >>> x = 12
    >>> x * 2
    24
    >>> for i in range(3):
    ...     print(i, end=' ')
    0 1 2
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b

    More prose.
      >>> # only a comment, skipped
      >>> raise KeyError('k')
      Traceback (most recent call last):
        File "x.py", line 1, in <module>
      KeyError: 'k'
    >>> 1/0    # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    Traceback (innermost last):
    ...
    ZeroDivisionError: division by zero
    second line of message
    >>> print('tab\\there')    # doctest: +NORMALIZE_WHITESPACE +SKIP
    tab here
    The end"""

parser = doctest.DocTestParser()
pieces = parser.parse(TEXT, 'sample')
print(len(pieces))
for piece in pieces:
    if isinstance(piece, doctest.Example):
        opts = sorted((name, piece.options[flag])
                      for name, flag in doctest.OPTIONFLAGS_BY_NAME.items()
                      if flag in piece.options)
        print('EX', repr(piece.source), repr(piece.want), repr(piece.exc_msg),
              piece.lineno, piece.indent, opts)
    else:
        print('TXT', repr(piece))

examples = parser.get_examples(TEXT)
print(len(examples), [e.lineno for e in examples])

test = parser.get_doctest(TEXT, {'y': 1}, 'sample', 'sample.txt', 10)
print(test)
print(test.name, test.filename, test.lineno, len(test.examples), test.globs)
print(test.docstring == TEXT)
print(parser.get_doctest("no examples here", {}, 'empty', None, None))
print(parser.get_doctest(">>> 1\n1\n", {}, 'one', 'f.py', 3))

# Example construction normalises trailing newlines
e = doctest.Example("print(1)", "1")
print(repr(e.source), repr(e.want), e.exc_msg, e.lineno, e.indent, e.options)
e2 = doctest.Example("print(1)\n", "1\n")
print(e == e2, hash(e) == hash(e2))
e3 = doctest.Example("f()", "", exc_msg="ValueError: bad", lineno=4, indent=2,
                     options={doctest.ELLIPSIS: True})
print(repr(e3.want), repr(e3.exc_msg), e3.lineno, e3.indent, e3.options)
print(e == e3)

# tests sort by name
a = parser.get_doctest(">>> 1\n1\n", {}, 'b.x', 'f', 1)
b = parser.get_doctest(">>> 1\n1\n", {}, 'a.y', 'f', 2)
print([t.name for t in sorted([a, b])])

# malformed docstrings
BAD = [
    ">>>print(1)\n",
    "    >>> if True:\n    ...print(1)\n",
    "  >>> x = 1\n  ...   y = 2\n",
    "    >>> print(1)\n   1\n",
    "  >>> print(1)\n 1\n",
    ">>> print(1)  # doctest: +NOSUCHFLAG\n1\n",
    ">>> print(1)  # doctest: ELLIPSIS\n1\n",
    "text\n>>> # doctest: +ELLIPSIS\n",
]
for bad in BAD:
    try:
        parser.parse(bad, 'bad')
        print('parsed fine')
    except ValueError as exc:
        print(type(exc).__name__, exc)

try:
    doctest.DocTest("a string", {}, 'n', None, 0, '')
except AssertionError as exc:
    print(type(exc).__name__, exc)

print("== script_from_examples ==")
print(doctest.script_from_examples(TEXT), end='')
print(doctest.script_from_examples("""
    Add numbers:

    >>> 1 + 2
    3
    >>> print('x')
    x

    Done.
    """), end='')
