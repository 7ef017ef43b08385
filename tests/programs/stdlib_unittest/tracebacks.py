# The tracebacks in failure and error reports: only the test's own frames, helper frames
# kept, assert-method frames dropped, chained exceptions, notes, exception groups, plain
# assert statements, and the durations report.
import io
import os
import re
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(test, **kwargs):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(test)
    text = stream.getvalue().replace(HERE, '')
    print(re.sub(r' in \d+\.\d\d\ds\n', ' in X.XXXs\n', text), end='')
    return result


def deep(n):
    if n == 0:
        raise LookupError('bottom reached')
    deep(n - 1)


def check_value(case, value):
    case.assertEqual(value, 'expected')


class Reports(unittest.TestCase):
    def test_deep(self):
        deep(3)

    def test_helper_assert(self):
        check_value(self, 'actual')

    def test_plain_assert(self):
        total = 3
        assert total == 4, 'total is %d' % total

    def test_note(self):
        err = ValueError('with a note')
        err.add_note('first note')
        err.add_note('second note')
        raise err

    def test_group(self):
        raise ExceptionGroup('several', [ValueError('one'), TypeError('two')])

    def test_suppressed_context(self):
        try:
            deep(0)
        except LookupError:
            raise KeyError('replacement') from None

    def test_failure_in_handler(self):
        try:
            deep(1)
        except LookupError:
            self.fail('deep failed')

    def test_assert_raises_wrong(self):
        with self.assertRaises(TypeError):
            deep(0)

    def test_custom_exception(self):
        class Problem(Exception):
            def __str__(self):
                return 'custom str'
        raise Problem()

    def test_unicode(self):
        self.assertEqual('caf\u00e9', 'cafe')

    def test_exit(self):
        raise SystemExit(3)


class Locals(unittest.TestCase):
    def test_locals(self):
        number = 42
        self.assertEqual(number, 41)


loader = unittest.TestLoader()
r = show(loader.loadTestsFromTestCase(Reports))
print('=== durations')
time.perf_counter = lambda: 0.0
show(loader.loadTestsFromTestCase(Locals), durations=0)
show(loader.loadTestsFromTestCase(Locals), durations=3, verbosity=2)
