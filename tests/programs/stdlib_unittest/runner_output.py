# TextTestRunner output at verbosity 0, 1 and 2: progress characters, per-test lines, the
# ERROR/FAIL blocks with their tracebacks, and the summary line.
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
    print('->', result, result.wasSuccessful())
    return result


def helper(x):
    if x == 0:
        raise ZeroDivisionError('x must not be zero')
    return 10 // x


class Mixed(unittest.TestCase):
    def test_a_ok(self):
        self.assertEqual(2 + 2, 4)

    def test_b_fail(self):
        self.assertEqual(1, 2)

    def test_c_error(self):
        raise KeyError('missing')

    def test_d_error_nested(self):
        helper(0)

    @unittest.skip("not today")
    def test_e_skip(self):
        pass

    @unittest.expectedFailure
    def test_f_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_g_xpass(self):
        pass

    def test_h_docstring(self):
        """First line of the doc.

        More lines are not shown.
        """
        self.assertIn(3, [1, 2])


class AllGood(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        """Passes too."""


loader = unittest.TestLoader()
for verbosity in (0, 1, 2):
    print('=== verbosity', verbosity)
    show(loader.loadTestsFromTestCase(Mixed), verbosity=verbosity)

print('=== all good')
show(loader.loadTestsFromTestCase(AllGood))
print('=== all good, verbose')
show(loader.loadTestsFromTestCase(AllGood), verbosity=2)
print('=== descriptions off')
show(loader.loadTestsFromTestCase(AllGood), verbosity=2, descriptions=False)
print('=== empty suite')
show(unittest.TestSuite())
print('=== one test')
show(AllGood('test_one'))
print('=== failfast')
r = show(loader.loadTestsFromTestCase(Mixed), failfast=True)
print(r.testsRun, r.shouldStop)
