# unittest.util helpers (safe_repr, strclass, three_way_cmp, sorted_list_difference,
# unorderable_list_difference), registerResult/removeResult, removeHandler as a
# decorator when no handler is installed, and the package's public names.
import unittest
from unittest import util


class BrokenRepr:
    def __repr__(self):
        raise ValueError('cannot repr')


class Outer:
    class Inner:
        pass


print(util.safe_repr([1, 'two', None]))
print(util.safe_repr('x' * 100, short=True))
print(util.safe_repr('x' * 10, short=True))
print(util.safe_repr(list(range(40)), short=True))
text = util.safe_repr(BrokenRepr())
print(text.startswith('<__main__.BrokenRepr object at 0x'), text.endswith('>'))
print(util.strclass(Outer), util.strclass(Outer.Inner), util.strclass(int))
print(util.strclass(unittest.TestCase), util.strclass(unittest.TextTestRunner))
print([util.three_way_cmp(a, b) for a, b in [(1, 2), (2, 2), (3, 2), ('b', 'a')]])
print(sorted(['b', 'a', 'c'], key=__import__('functools').cmp_to_key(util.three_way_cmp)))

print(util.sorted_list_difference([1, 2, 3, 4], [2, 4, 5]))
print(util.sorted_list_difference([1, 1, 2, 2, 3], [1, 3, 3, 4, 4]))
print(util.sorted_list_difference([], [1, 2]))
print(util.sorted_list_difference([1, 2], []))
print(util.sorted_list_difference(['a', 'b'], ['a', 'b']))

expected = [{'a': 1}, {'b': 2}, [3]]
actual = [[3], {'c': 4}, {'a': 1}]
missing, unexpected = util.unorderable_list_difference(expected, actual)
print(missing, unexpected)
print(util.unorderable_list_difference([1, 1, 2], [1]))

print('=== results registry')
first, second = unittest.TestResult(), unittest.TestResult()
unittest.registerResult(first)
unittest.registerResult(second)
unittest.registerResult(first)
print(unittest.removeResult(first), unittest.removeResult(first), unittest.removeResult(second))


@unittest.removeHandler
def decorated(a, b=2):
    """Docstring kept."""
    return a + b


print(decorated(1), decorated(1, b=5), decorated.__name__, decorated.__doc__)
print(unittest.removeHandler() is None)

print('=== public names')
print(sorted(unittest.__all__))
print('IsolatedAsyncioTestCase' in dir(unittest))
print(unittest.IsolatedAsyncioTestCase.__name__, unittest.IsolatedAsyncioTestCase.__module__)
for name in ('TestCase', 'TestSuite', 'TestLoader', 'TextTestRunner', 'TextTestResult',
             'TestResult', 'FunctionTestCase', 'SkipTest', 'TestProgram', 'BaseTestSuite'):
    print(name, getattr(unittest, name).__module__)
print(unittest.main is unittest.TestProgram, unittest.defaultTestLoader.__class__.__name__)
try:
    unittest.no_such_name
except AttributeError as e:
    print('AttributeError:', e)
print(issubclass(unittest.SkipTest, Exception), unittest.SkipTest('why').args)
print(unittest.TestCase.maxDiff, unittest.TestCase.longMessage,
      unittest.TestCase.failureException.__name__)
print(unittest.TextTestResult.separator1 == '=' * 70, unittest.TextTestResult.separator2 == '-' * 70)
print(unittest.TestLoader.testMethodPrefix, unittest.TestLoader.testNamePatterns,
      unittest.TestLoader.suiteClass.__name__)
