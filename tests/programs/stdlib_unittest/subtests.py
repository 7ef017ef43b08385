# subTest: parameters and messages in reports, nesting, failures and errors inside subtests,
# failfast, skips inside subtests, and expectedFailure around subtests.
import io
import os
import re
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(test, **kwargs):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(test)
    text = stream.getvalue().replace(HERE, '')
    print(re.sub(r' in \d+\.\d\d\ds\n', ' in X.XXXs\n', text), end='')
    return result


class Sub(unittest.TestCase):
    def test_params(self):
        for i in range(4):
            with self.subTest(i=i, half=i / 2):
                self.assertEqual(i % 2, 0)

    def test_message(self):
        with self.subTest('first block'):
            self.assertTrue(False)
        with self.subTest('second', kind='error'):
            raise TypeError('inside a subtest')
        with self.subTest():
            self.fail('no description')
        with self.subTest('passes'):
            pass

    def test_nested(self):
        """Nested subtests."""
        with self.subTest(outer=1):
            with self.subTest(inner='a'):
                self.assertIsNone(0)
            with self.subTest('named', outer=2):
                self.assertIsNone(1)

    def test_all_pass(self):
        for word in ['a', 'b']:
            with self.subTest(word=word):
                self.assertIn(word, 'abc')

    def test_after_subtests(self):
        with self.subTest(x=1):
            self.assertEqual(1, 2)
        self.assertEqual('after', 'subtests')

    def test_skip_in_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1:
                    self.skipTest('odd one')
                self.assertLess(i, 5)

    @unittest.expectedFailure
    def test_expected(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertEqual(i, 0)


loader = unittest.TestLoader()
for verbosity in (1, 2):
    print('=== verbosity', verbosity)
    r = show(loader.loadTestsFromTestCase(Sub), verbosity=verbosity)
    print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures))
    for test, _ in r.failures + r.errors:
        print(type(test).__name__, test.id(), '|', test, '|', test.shortDescription())

print('=== failfast')
r = show(loader.loadTestsFromTestCase(Sub), verbosity=2, failfast=True)
print(r.testsRun, len(r.failures), r.shouldStop)

print('=== plain TestResult')
result = unittest.TestResult()
Sub('test_params').run(result)
print(result.testsRun, [(str(t), type(t).__name__) for t, _ in result.failures])

print('=== result without addSubTest')


class Minimal:
    shouldStop = False
    failfast = False

    def startTest(self, test):
        print('startTest', test)

    def stopTest(self, test):
        print('stopTest', test)

    def addFailure(self, test, err):
        print('addFailure', test, err[0].__name__, err[1])

    def addSuccess(self, test):
        print('addSuccess', test)

    def addDuration(self, test, elapsed):
        pass


Sub('test_params').run(Minimal())
