# The failure messages of the assert* methods, including diffs, shortened reprs, the msg
# argument with longMessage on and off, and maxDiff.
import unittest

tc = unittest.TestCase()


def check(name, *args, **kwargs):
    try:
        getattr(tc, name)(*args, **kwargs)
    except AssertionError as e:
        print('%s: %s' % (name, e))
        print('-' * 20)
    else:
        print(name, 'passed')


class Thing:
    def __repr__(self):
        return '<Thing>'


class BadRepr:
    def __repr__(self):
        raise RuntimeError('no repr')


check('assertEqual', 1, 2)
check('assertEqual', 1, 1)
check('assertEqual', 'a', 'b')
check('assertEqual', 1.5, 2)
check('assertEqual', None, 0)
check('assertEqual', Thing(), 3)
check('assertEqual', [1, 2, 3], [1, 2, 4])
check('assertEqual', [1, 2, 3], [1, 2])
check('assertEqual', [1, 2], [1, 2, 3, 4])
check('assertEqual', (1, 'a'), (1, 'b'))
check('assertEqual', [1, 2], (1, 2))
check('assertEqual', {'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3], 'c': None})
check('assertEqual', {1, 2, 3}, {2, 3, 4})
check('assertEqual', frozenset([1]), frozenset())
check('assertEqual', 'hello world', 'hello there')
check('assertEqual', 'one\ntwo\nthree\n', 'one\nthree\nfour\n')
check('assertEqual', 'abc\n', 'abc')
check('assertEqual', 'tab\there\n', 'tab\tHere\n')
check('assertEqual', '', 'x')
check('assertEqual', 'x' * 100, 'x' * 99 + 'y')
check('assertEqual', 'a' * 50 + 'b' * 50, 'a' * 50 + 'c' * 50)
check('assertEqual', list(range(30)), list(range(29)) + [99])
check('assertEqual', {'key%d' % i: i for i in range(12)}, {'key%d' % i: i + (i == 7) for i in range(12)})
check('assertNotEqual', 3, 3)
check('assertNotEqual', [1], [1])
check('assertTrue', 0)
check('assertTrue', [])
check('assertFalse', 'yes')
check('assertIs', 1, None)
check('assertIsNot', None, None)
check('assertIsNone', 5)
check('assertIsNotNone', None)
check('assertIn', 4, [1, 2, 3])
check('assertIn', 'z', 'abc')
check('assertNotIn', 2, {1: 'a', 2: 'b'})
check('assertIsInstance', 3, str)
check('assertIsInstance', 3, (str, list))
check('assertNotIsInstance', 'x', str)
check('assertLess', 3, 2)
check('assertLessEqual', 3, 2)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.01, places=3)
check('assertAlmostEqual', 10, 12, delta=1)
check('assertAlmostEqual', 10, 11, delta=1)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.0)
check('assertNotAlmostEqual', 5, 6, delta=2)
check('assertRegex', 'hello', r'^wor')
check('assertNotRegex', 'hello world', r'o w')
check('assertCountEqual', [1, 2, 2, 3], [3, 2, 1, 1])
check('assertCountEqual', [1, 2], [1, 2, 3])
check('assertCountEqual', [[1], [2], [2]], [[2], [1]])
check('assertCountEqual', 'abc', 'cba')
check('assertSetEqual', {1, 2}, {2})
check('assertSetEqual', set(), {'x'})
check('assertSetEqual', {1}, [1])
check('assertSetEqual', 5, {1})
check('assertDictEqual', {'a': 1}, {'a': 2})
check('assertDictEqual', [], {})
check('assertListEqual', (1,), [1])
check('assertListEqual', [1], (1,))
check('assertTupleEqual', (1, 2), (2, 1))
check('assertSequenceEqual', 'abc', 'abd')
check('assertSequenceEqual', [1, 2], (1, 2))
check('assertSequenceEqual', [1, 2], (1, 3))
check('assertSequenceEqual', 5, [1])
check('assertMultiLineEqual', 'a', 1)
check('assertMultiLineEqual', 'first line\nsecond line\n', 'first line\nsecond lime\nthird\n')
try:
    tc.assertEqual(BadRepr(), 1)
except AssertionError as e:
    text = str(e)
    print('bad repr:', text.startswith('<__main__.BadRepr object at 0x'), text.endswith('> != 1'))
check('assertEqual', [1], [2], 'custom message')
check('assertTrue', False, 'custom message')
check('assertIn', 1, [], msg='not there')
check('fail')
check('fail', 'explicit failure')

print('=== longMessage off')
tc.longMessage = False
check('assertEqual', 1, 2, 'only this')
check('assertEqual', 1, 2)
check('assertIsNone', 3, 'only this')
tc.longMessage = True

print('=== maxDiff')
tc.maxDiff = 20
check('assertEqual', [1, 2, 3, 4, 5], [1, 2, 3, 4, 6])
check('assertEqual', 'a\nb\nc\n', 'a\nB\nc\n')
check('assertCountEqual', [1, 2, 3, 4, 5, 6], [7, 8, 9])
tc.maxDiff = None
check('assertEqual', list(range(100)), list(range(1, 101)))
tc.maxDiff = 640

print('=== failureException')


class MyError(Exception):
    pass


class Custom(unittest.TestCase):
    failureException = MyError


try:
    Custom().assertEqual(1, 2)
except MyError as e:
    print('MyError:', e)


print('=== addTypeEqualityFunc')


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)


def point_equal(a, b, msg=None):
    if a != b:
        raise tc.failureException('points differ in %s' % ('x' if a.x != b.x else 'y'))


tc.addTypeEqualityFunc(Point, point_equal)
check('assertEqual', Point(1, 2), Point(1, 3))
check('assertEqual', Point(1, 2), Point(1, 2))
