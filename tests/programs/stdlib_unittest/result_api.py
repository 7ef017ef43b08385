# TestResult as an API: the order of the calls a run makes, its lists and counters, stop(),
# buffering of output, custom result classes for TextTestRunner, results lacking newer
# methods, and registerResult/removeResult.
import io
import os
import re
import sys
import warnings
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Recorder(unittest.TestResult):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.calls = []

    def _note(self, name, test=None, extra=None):
        self.calls.append(name if test is None else
                          '%s %s%s' % (name, test.id(), '' if extra is None else ' ' + extra))

    def startTestRun(self):
        self._note('startTestRun')

    def stopTestRun(self):
        self._note('stopTestRun')

    def startTest(self, test):
        super().startTest(test)
        self._note('startTest', test)

    def stopTest(self, test):
        super().stopTest(test)
        self._note('stopTest', test)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._note('addSuccess', test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._note('addFailure', test, err[0].__name__)

    def addError(self, test, err):
        super().addError(test, err)
        self._note('addError', test, err[0].__name__)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._note('addSkip', test, repr(reason))

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._note('addExpectedFailure', test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._note('addUnexpectedSuccess', test)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        self._note('addSubTest', subtest, None if err is None else err[0].__name__)

    def addDuration(self, test, elapsed):
        super().addDuration(test, elapsed)
        self._note('addDuration', test, type(elapsed).__name__)


class Cases(unittest.TestCase):
    def test_ok(self):
        pass

    def test_fail(self):
        self.assertFalse(True)

    def test_error(self):
        raise OSError('disk')

    @unittest.skip('skip me')
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        raise ValueError('expected')

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_subtests(self):
        with self.subTest(n=1):
            pass
        with self.subTest(n=2):
            self.fail('second')


suite = unittest.TestLoader().loadTestsFromTestCase(Cases)
rec = Recorder()
print(repr(rec), rec.wasSuccessful(), rec.shouldStop)
suite.run(rec)
for call in rec.calls:
    print(call)
print(repr(rec), rec.wasSuccessful())
print(len(rec.errors), len(rec.failures), len(rec.skipped), len(rec.expectedFailures),
      len(rec.unexpectedSuccesses), len(rec.collectedDurations))
print(rec.skipped[0][1], rec.expectedFailures[0][1].splitlines()[-1])
print([str(t) for t, _ in rec.failures])
print([name for name, _ in rec.collectedDurations])

print('=== TestCase.run(None) calls startTestRun/stopTestRun on its own result')


class CountingResult(unittest.TestResult):
    def startTestRun(self):
        print('startTestRun')

    def stopTestRun(self):
        print('stopTestRun')


class UsesOwnResult(unittest.TestCase):
    def defaultTestResult(self):
        return CountingResult()

    def test_it(self):
        print('test runs')


r = UsesOwnResult('test_it').run()
print(type(r).__name__, r.testsRun)

print('=== stop()')


class Stopper(unittest.TestCase):
    def test_1(self):
        self._outcome.result.stop()

    def test_2(self):
        print('test_2 must not run')


rec = Recorder()
unittest.TestLoader().loadTestsFromTestCase(Stopper).run(rec)
print(rec.testsRun, rec.shouldStop)

print('=== buffer')


class Noisy(unittest.TestCase):
    def test_quiet_pass(self):
        print('hidden stdout')
        sys.stderr.write('hidden stderr\n')

    def test_noisy_fail(self):
        print('shown stdout', end='')
        sys.stderr.write('shown stderr')
        self.fail('noisy')


saved_out, saved_err = sys.stdout, sys.stderr
sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
try:
    result = unittest.TestResult()
    result.buffer = True
    unittest.TestLoader().loadTestsFromTestCase(Noisy).run(result)
finally:
    out, err = sys.stdout.getvalue(), sys.stderr.getvalue()
    sys.stdout, sys.stderr = saved_out, saved_err
print(repr(out))
print(repr(err))
print(result.failures[0][1].replace(HERE, ''))
print(sys.stdout is saved_out, sys.stderr is saved_err)

print('=== custom result classes for TextTestRunner')


class OldStyleResult(unittest.TextTestResult):
    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        print('OldStyleResult created without durations')


for resultclass in (Recorder, OldStyleResult):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, resultclass=resultclass)
    res = runner.run(unittest.TestLoader().loadTestsFromTestCase(Cases))
    text = re.sub(r' in \d+\.\d\d\ds\n', ' in X.XXXs\n', stream.getvalue())
    print(type(res).__name__, repr(text[-90:]))

print('=== results lacking newer methods')


class Bare:
    shouldStop = False
    failfast = False

    def startTest(self, test):
        pass

    def stopTest(self, test):
        pass

    def addSuccess(self, test):
        print('addSuccess', test)

    def addFailure(self, test, err):
        print('addFailure', test, err[0].__name__)

    def addError(self, test, err):
        print('addError', test, err[0].__name__)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for name in ('test_skip', 'test_xfail', 'test_xpass', 'test_ok'):
        Cases(name).run(Bare())
for w in caught:
    print(w.category.__name__, w.message)

print('=== registerResult / removeResult')
res = unittest.TestResult()
print(unittest.removeResult(res))
unittest.registerResult(res)
print(unittest.removeResult(res), unittest.removeResult(res))
