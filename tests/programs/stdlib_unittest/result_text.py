# TextTestRunner and TextTestResult details: the default stream, custom result classes
# and descriptions, warnings='error', failfast on errors and unexpected successes,
# buffered output of passing tests, durations with subtests and skips, and the
# verbosity 0/1/2 progress output for every outcome kind in one run.
import io
import os
import re
import sys
import time
import unittest
import warnings

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    return re.sub(r' in \d+\.\d\d\ds\n', ' in X.XXXs\n', text.replace(HERE, ''))


class Kinds(unittest.TestCase):
    """Class docstrings are not descriptions."""

    def test_1_ok(self):
        """Passes quietly."""

    def test_2_fail(self):
        self.fail('boom')

    def test_3_error(self):
        raise RuntimeError('kaput')

    def test_4_skip(self):
        self.skipTest('later')

    @unittest.expectedFailure
    def test_5_xfail(self):
        1 / 0

    @unittest.expectedFailure
    def test_6_xpass(self):
        pass

    def test_7_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                if i == 1:
                    self.skipTest('odd')
                if i == 2:
                    raise ValueError('two')
                if i == 3:
                    self.fail('three')

    def test_8_warns(self):
        warnings.warn('a warning', UserWarning)


loader = unittest.TestLoader()
for verbosity in (0, 1, 2):
    print('=== verbosity', verbosity)
    stream = io.StringIO()
    unittest.TextTestRunner(stream=stream, verbosity=verbosity, warnings='ignore').run(
        loader.loadTestsFromTestCase(Kinds))
    text = clean(stream.getvalue())
    print(text[:text.index('=====')] if '=====' in text else text)

print('=== default stream is sys.stderr')
saved = sys.stderr
sys.stderr = io.StringIO()
try:
    runner = unittest.TextTestRunner()
    runner.run(Kinds('test_1_ok'))
finally:
    text = sys.stderr.getvalue()
    sys.stderr = saved
print(repr(clean(text)))
print(runner.stream.stream is not sys.stderr, runner.verbosity, runner.descriptions,
      runner.failfast, runner.buffer, runner.warnings, runner.tb_locals, runner.durations)

print("=== warnings='error'")
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, warnings='error').run(Kinds('test_8_warns'))
print(clean(stream.getvalue()))
print(warnings.filters[0][0] != 'error')

print('=== failfast')
for names in (['test_3_error', 'test_1_ok'], ['test_6_xpass', 'test_1_ok'],
              ['test_5_xfail', 'test_4_skip', 'test_1_ok']):
    r = unittest.TextTestRunner(stream=io.StringIO(), failfast=True).run(
        unittest.TestSuite(Kinds(n) for n in names))
    print(names, r.testsRun, r.shouldStop)

print('=== custom result class')


class Described(unittest.TextTestResult):
    def getDescription(self, test):
        return 'described ' + test.id().split('.')[-1]

    def addSuccess(self, test):
        super().addSuccess(test)
        self.stream.write('(custom success hook)\n')


stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, verbosity=2, resultclass=Described).run(
    unittest.TestSuite([Kinds('test_1_ok'), Kinds('test_2_fail')]))
print(clean(stream.getvalue()))
print(type(r).__name__, r.showAll, r.dots, r.descriptions, r.durations)

print('=== descriptions off')
stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2, descriptions=False).run(Kinds('test_1_ok'))
print(clean(stream.getvalue()))

print('=== buffer hides output of passing tests')


class Printing(unittest.TestCase):
    def test_out(self):
        print('to stdout')
        print('to stderr', file=sys.stderr)


saved_out, saved_err = sys.stdout, sys.stderr
sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
try:
    r = unittest.TextTestRunner(stream=io.StringIO(), buffer=True).run(Printing('test_out'))
finally:
    out, err = sys.stdout.getvalue(), sys.stderr.getvalue()
    sys.stdout, sys.stderr = saved_out, saved_err
print(repr(out), repr(err), r.wasSuccessful())

print('=== durations')
time.perf_counter = lambda: 0.0
stream = io.StringIO()
unittest.TextTestRunner(stream=stream, durations=2, verbosity=2).run(
    unittest.TestSuite([Kinds('test_1_ok'), Kinds('test_4_skip'), Kinds('test_7_subtests')]))
print(clean(stream.getvalue())[-400:])
result = unittest.TextTestResult(io.StringIO(), True, 1, durations=5)
print(result.durations, result.collectedDurations)
result.addDuration(Kinds('test_1_ok'), 1.5)
print(result.collectedDurations)
