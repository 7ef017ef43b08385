# More assertion behaviour: the msg argument of every assert method with longMessage on
# and off, type-specific comparisons chosen only for exact types, subclass overrides of the
# type-specific methods, bytes and unhashable elements, tuples of exception and warning
# types, assertLogs with a Logger object, and nested context managers.
import functools
import logging
import re
import warnings
import unittest

tc = unittest.TestCase()


def check(label, fn):
    try:
        value = fn()
    except AssertionError as e:
        print('%s: AssertionError: %s' % (label, e))
    except Exception as e:
        print('%s: %s: %s' % (label, type(e).__name__, e))
    else:
        print('%s: passed%s' % (label, '' if value is None else ' ' + repr(value)))


cases = [
    ('assertTrue', (0,)), ('assertFalse', (1,)), ('assertIs', (1, 2)),
    ('assertIsNot', (None, None)), ('assertIsNone', (0,)), ('assertIsNotNone', (None,)),
    ('assertIn', (1, [])), ('assertNotIn', (1, [1])), ('assertIsInstance', (1, str)),
    ('assertNotIsInstance', (1, int)), ('assertEqual', (1, 2)), ('assertNotEqual', (1, 1)),
    ('assertLess', (2, 1)), ('assertLessEqual', (2, 1)), ('assertGreater', (1, 2)),
    ('assertGreaterEqual', (1, 2)), ('assertAlmostEqual', (1, 2)),
    ('assertNotAlmostEqual', (1, 1)), ('assertRegex', ('abc', 'z')),
    ('assertNotRegex', ('abc', 'b')), ('assertCountEqual', ([1], [2])),
    ('assertListEqual', ([1], [2])), ('assertTupleEqual', ((1,), (2,))),
    ('assertSetEqual', ({1}, {2})), ('assertDictEqual', ({1: 1}, {1: 2})),
    ('assertMultiLineEqual', ('a', 'b')), ('assertSequenceEqual', ([1], [2])),
]
for long_message in (True, False):
    tc.longMessage = long_message
    print('=== longMessage', long_message)
    for name, args in cases:
        check(name, lambda: getattr(tc, name)(*args, msg='MSG'))
tc.longMessage = True

print('=== exact types only')


class MyList(list):
    pass


class MyStr(str):
    pass


check('list subclass', lambda: tc.assertEqual(MyList([1, 2]), MyList([1, 3])))
check('list vs subclass', lambda: tc.assertEqual([1, 2], MyList([1, 3])))
check('str subclass', lambda: tc.assertEqual(MyStr('a\nb'), MyStr('a\nc')))
check('bytes', lambda: tc.assertEqual(b'abc', b'abd'))
check('bytes sequence', lambda: tc.assertSequenceEqual(b'abc', b'abd'))
check('range', lambda: tc.assertSequenceEqual(range(3), [0, 1, 3]))
check('range equal', lambda: tc.assertSequenceEqual(range(3), [0, 1, 2]))
check('seq_type', lambda: tc.assertSequenceEqual([1], [1], seq_type=tuple))
check('seq_type second', lambda: tc.assertSequenceEqual((1,), [1], seq_type=tuple))
check('frozenset vs set', lambda: tc.assertEqual(frozenset([1]), {2}))
check('set of tuples', lambda: tc.assertSetEqual({(1, 2)}, {(1, 3)}))
check('set unhashable', lambda: tc.assertSetEqual({1}, [[1]]))
check('dict long', lambda: tc.assertDictEqual({'k%d' % i: 'v' * i for i in range(9)},
                                              {'k%d' % i: 'v' * i for i in range(1, 10)}))
check('count mixed', lambda: tc.assertCountEqual([{'a': 1}, 1, 1, 'x'], ['x', {'a': 1}, 2]))
check('count dict', lambda: tc.assertCountEqual({'a': 1, 'b': 2}, ['b', 'a']))
check('almost complex', lambda: tc.assertAlmostEqual(1 + 1j, 1 + 2j))
check('almost places 0', lambda: tc.assertAlmostEqual(1.4, 1.6, places=0))
check('almost both', lambda: tc.assertNotAlmostEqual(1, 5, places=1, delta=1))
check('compiled regex', lambda: tc.assertRegex('Hello', re.compile('^h', re.I)))
check('compiled not regex', lambda: tc.assertNotRegex('Hello', re.compile('L+', re.I)))
check('empty regex', lambda: tc.assertRegex('x', ''))
check('bytes regex', lambda: tc.assertRegex(b'abc', b'^b'))


class Overrides(unittest.TestCase):
    def assertListEqual(self, first, second, msg=None):
        print('custom assertListEqual called')
        super().assertListEqual(first, second, msg)


check('override used by assertEqual', lambda: Overrides().assertEqual([1], [2]))
t = unittest.TestCase()
t.addTypeEqualityFunc(int, lambda a, b, msg=None: print('int comparer', a, b, msg))
check('comparer for int', lambda: t.assertEqual(1, 2, 'm'))
check('comparer not for bool', lambda: t.assertEqual(True, False))
check('other instance unaffected', lambda: tc.assertEqual(1, 1))

print('=== exception and warning tuples')
check('raises tuple', lambda: tc.assertRaises((KeyError, ValueError), int, 'x'))
check('raises nested tuple', lambda: tc.assertRaises((KeyError, (ValueError,)), int, 'x'))
check('raises tuple with non-type', lambda: tc.assertRaises((KeyError, 1), int, 'x'))
check('raises not raised by builtin', lambda: tc.assertRaises(ValueError, int, '1'))
check('raises object without name', lambda: tc.assertRaises(ValueError, functools.partial(int, '1')))
check('warns tuple', lambda: tc.assertWarns((UserWarning, DeprecationWarning),
                                            warnings.warn, 'x', DeprecationWarning))


def nested():
    with tc.assertRaises(ZeroDivisionError) as outer:
        with tc.assertWarns(RuntimeWarning) as inner:
            warnings.warn('first', RuntimeWarning)
            1 / 0
    return type(outer.exception).__name__, hasattr(inner, 'warning')


check('nested contexts', nested)


def raises_msg_long_off():
    case = unittest.TestCase()
    case.longMessage = False
    with case.assertRaises(KeyError, msg='replaced'):
        pass


check('raises msg, longMessage off', raises_msg_long_off)


def regex_on_message():
    with tc.assertRaisesRegex(KeyError, "'k'"):
        {}['k']


check('regex against str(exception)', regex_on_message)

print('=== logs')
logger = logging.getLogger('objects')


def logs_with_object():
    with tc.assertLogs(logger, logging.DEBUG) as cm:
        logger.debug('dbg %s', 'arg')
        logging.getLogger('objects.child').critical('crit')
    return cm.output, [r.levelname for r in cm.records]


def no_logs_level():
    with tc.assertNoLogs(logger, 'WARNING'):
        logger.info('fine')
        logger.warning('not fine')


def logs_exception_passes():
    with tc.assertLogs('objects'):
        raise LookupError('through assertLogs')


check('logger object', logs_with_object)
check('no logs with level', no_logs_level)
check('exception propagates', logs_exception_passes)
print(logger.handlers, logger.level, logger.propagate)
