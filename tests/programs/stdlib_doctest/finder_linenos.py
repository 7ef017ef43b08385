# DocTestFinder: which objects are searched, names and line numbers.
import doctest
import io
import os
import sys
import tempfile

SOURCE = '''"""Geometry module.

>>> area(2, 3)
6
"""
import functools
from os.path import join


def area(w, h):
    """Rectangle area.

    >>> area(4, 5)
    20
    """
    return w * h


def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper


@logged
def perimeter(w, h):
    """
    >>> perimeter(1, 2)
    6
    """
    return 2 * (w + h)


def no_doc():
    pass


def empty_doc():
    """Just prose, no examples."""


class Shape:
    """Base shape.

    >>> Shape().sides
    0
    """
    sides = 0

    def describe(self):
        """
        >>> Shape().describe()
        'shape with 0 sides'
        """
        return 'shape with %d sides' % self.sides

    @staticmethod
    def kinds():
        """
        >>> Shape.kinds()
        ['square', 'triangle']
        """
        return ['square', 'triangle']

    @classmethod
    def make(cls):
        """
        >>> type(Shape.make()).__name__
        'Shape'
        """
        return cls()

    @property
    def label(self):
        """
        >>> Shape().label
        'Shape'
        """
        return type(self).__name__

    class Corner:
        """
        >>> Shape.Corner.angle
        90
        """
        angle = 90


def _private():
    """
    >>> _private()
    'hidden'
    """
    return 'hidden'


lam = lambda: None

__test__ = {
    'numbers': """
        >>> 1 + 1
        2
    """,
    'helper': _private,
}
'''


def show(tests):
    for t in tests:
        print('  %-40s line=%-5s examples=%d name_ok=%s' % (
            t.name, t.lineno, len(t.examples), t.filename.endswith('geometry.py')))


with tempfile.TemporaryDirectory() as folder:
    folder = os.path.realpath(folder)
    with open(os.path.join(folder, 'geometry.py'), 'w') as f:
        f.write(SOURCE)
    sys.path.insert(0, folder)
    import geometry

    print("== default finder ==")
    tests = doctest.DocTestFinder().find(geometry)
    show(tests)
    for t in tests:
        for ex in t.examples:
            print('   ', t.name, None if t.lineno is None else t.lineno + ex.lineno + 1, ex.source, end='')

    print("== exclude_empty=False ==")
    show(doctest.DocTestFinder(exclude_empty=False).find(geometry))

    print("== recurse=False ==")
    show(doctest.DocTestFinder(recurse=False).find(geometry))

    print("== a class on its own ==")
    show(doctest.DocTestFinder().find(geometry.Shape, module=geometry))
    show(doctest.DocTestFinder().find(geometry.Shape, 'S', module=geometry))

    print("== verbose finder ==")
    buf = io.StringIO()
    saved = sys.stdout
    sys.stdout = buf
    try:
        doctest.DocTestFinder(verbose=True).find(geometry.Shape)
    finally:
        sys.stdout = saved
    print(buf.getvalue(), end='')

    print("== globs ==")
    tests = doctest.DocTestFinder().find(geometry, globs={'x': 1}, extraglobs={'y': 2})
    print(sorted(tests[0].globs))
    tests = doctest.DocTestFinder().find(geometry)
    print('area' in tests[0].globs, tests[0].globs['__name__'])

    print("== whole module run ==")
    print(doctest.testmod(geometry, verbose=False))

    print("== testsource ==")
    print(doctest.testsource(geometry, 'geometry.Shape'), end='')
    print(doctest.testsource(geometry, 'geometry.__test__.numbers'), end='')
    try:
        doctest.testsource(geometry, 'geometry.missing')
    except ValueError as e:
        print(type(e).__name__, e)

    print("== run_docstring_examples ==")
    def square(x):
        """
        >>> square(3)
        9
        >>> square(-2)
        -4
        """
        return x * x
    buf = io.StringIO()
    sys.stdout = buf
    try:
        doctest.run_docstring_examples(square, {'square': square}, name='square')
        doctest.run_docstring_examples(square, {'square': square}, verbose=True)
    finally:
        sys.stdout = saved
    print(buf.getvalue().replace(__file__, 'THIS_FILE'), end='')
    sys.path.remove(folder)

print("== errors ==")
try:
    doctest.DocTestFinder().find(42)
except ValueError as e:
    print(type(e).__name__, e)
print(doctest.DocTestFinder().find("  >>> 2 * 21\n  42\n", "snippet", module=False))
import types
bad = types.ModuleType('bad')
bad.__test__ = {1: 'x'}
try:
    doctest.DocTestFinder().find(bad)
except ValueError as e:
    print(type(e).__name__, e)
bad.__test__ = {'k': 3.5}
try:
    doctest.DocTestFinder().find(bad)
except ValueError as e:
    print(type(e).__name__, e)
