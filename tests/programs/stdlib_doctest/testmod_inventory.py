# testmod on a small module written to a temporary folder and imported.
import doctest
import io
import os
import re
import sys
import tempfile

MODULE_SOURCE = '''"""Inventory helpers.

>>> inv = Inventory()
>>> inv.add("apple", 3)
3
>>> inv.add("apple", 2)
5
"""


def total(prices):
    """Sum a list of prices.

    >>> total([1, 2, 3])
    6
    >>> total([])
    0
    >>> total([0.5, 0.25])
    0.75
    """
    return sum(prices)


def describe(name, count):
    """Return a short description.

    >>> describe("pear", 2)
    '2 x pear'
    >>> describe("plum", 1)   # deliberately wrong expectation
    '1 x plums'
    >>> print(describe("fig", 4))
    4 x fig
    """
    return "%d x %s" % (count, name)


def undocumented(x):
    return x


class Inventory:
    """A counter of items.

    >>> Inventory().items
    {}
    """

    def __init__(self):
        self.items = {}

    def add(self, name, count):
        """Add items and return the new count.

        >>> i = Inventory()
        >>> i.add("kiwi", 1)
        1
        >>> i.add("kiwi", 1)
        3
        """
        self.items[name] = self.items.get(name, 0) + count
        return self.items[name]

    @staticmethod
    def unit():
        """
        >>> Inventory.unit()
        'piece'
        """
        return "piece"

    @classmethod
    def empty(cls):
        """
        >>> len(Inventory.empty().items)
        0
        """
        return cls()

    @property
    def size(self):
        """Number of distinct items.

        >>> inv = Inventory(); n = inv.add("a", 1); inv.size
        1
        """
        return len(self.items)


__test__ = {
    "extra": """
    >>> total([10, 20])
    30
    >>> missing_name
    42
    """,
}
'''

PASSING_SOURCE = '''"""Tiny math module.

>>> square(3)
9
"""


def square(x):
    """
    >>> square(4)
    16
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    """
    return x * x


def cube(x):
    """
    >>> cube(2)
    8
    """
    return x * x * x


def helper():
    pass
'''

TB_HEADER = re.compile(r'^( *)Traceback \(most recent call last\):$')


def clean(text, folder):
    """Drop absolute paths and the frames of tracebacks."""
    text = text.replace(folder + os.sep, '')
    out = []
    depth = None
    for line in text.split('\n'):
        if depth is not None:
            stripped = line.lstrip(' ')
            if len(line) - len(stripped) > depth:
                continue
            depth = None
        m = TB_HEADER.match(line)
        if m:
            depth = len(m.group(1))
        out.append(line)
    return '\n'.join(out)


def captured(folder, func, *args, **kwargs):
    buf = io.StringIO()
    saved = sys.stdout
    sys.stdout = buf
    try:
        result = func(*args, **kwargs)
    finally:
        sys.stdout = saved
    return result, clean(buf.getvalue(), folder)


with tempfile.TemporaryDirectory() as folder:
    folder = os.path.realpath(folder)
    with open(os.path.join(folder, 'inventory.py'), 'w') as f:
        f.write(MODULE_SOURCE)
    with open(os.path.join(folder, 'tinymath.py'), 'w') as f:
        f.write(PASSING_SOURCE)
    sys.path.insert(0, folder)
    import inventory
    import tinymath

    print("== non-verbose run with failures ==")
    result, text = captured(folder, doctest.testmod, inventory, verbose=False)
    print(text, end='')
    print(result, result.failed, result.attempted)

    print("== verbose run on a passing module ==")
    result, text = captured(folder, doctest.testmod, tinymath, verbose=True)
    print(text, end='')
    print(result)

    print("== verbose, exclude_empty=True ==")
    result, text = captured(folder, doctest.testmod, tinymath, verbose=True,
                            exclude_empty=True)
    print(text, end='')

    print("== report=False and a custom name ==")
    result, text = captured(folder, doctest.testmod, inventory, name='inv',
                            report=False)
    print(text, end='')
    print(result)

    print("== extraglobs supplies the missing name ==")
    result, text = captured(folder, doctest.testmod, inventory,
                            extraglobs={'missing_name': 42})
    print(text.count('Failed example:'), result)

    print("== globs replaces the module namespace ==")
    result, text = captured(folder, doctest.testmod, tinymath,
                            globs={'square': lambda x: x + x, 'cube': tinymath.cube})
    print(text, end='')
    print(result)

    sys.path.remove(folder)

print("== errors ==")
try:
    doctest.testmod("not a module")
except TypeError as e:
    print(type(e).__name__, e)
try:
    doctest.testmod(42)
except TypeError as e:
    print(type(e).__name__, e)
print(doctest.master is not None)
