# Skipping: the skip decorators on methods and classes, skipTest in a test and in setUp,
# SkipTest raised from setUpClass and setUpModule, and the skip reasons in reports.
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(test, **kwargs):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(test)
    text = stream.getvalue().replace(HERE, '')
    print(re.sub(r' in \d+\.\d\d\ds\n', ' in X.XXXs\n', text), end='')
    print('skipped:', [(str(t), reason) for t, reason in result.skipped])
    return result


class Methods(unittest.TestCase):
    @unittest.skip('always')
    def test_skip(self):
        print('never printed')

    @unittest.skip
    def test_bare_skip(self):
        print('never printed')

    @unittest.skipIf(sys.version_info >= (3,), 'python 3')
    def test_skip_if_true(self):
        print('never printed')

    @unittest.skipIf(False, 'not used')
    def test_skip_if_false(self):
        pass

    @unittest.skipUnless(False, 'requires magic')
    def test_skip_unless_false(self):
        pass

    @unittest.skipUnless(True, 'not used')
    def test_skip_unless_true(self):
        pass

    def test_skip_test(self):
        self.skipTest('decided at run time')
        print('never printed')

    def test_raise_skip(self):
        raise unittest.SkipTest('raised directly')


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass of a skipped class must not run')

    def test_one(self):
        pass

    def test_two(self):
        pass


class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, 'cleanup runs after skip in setUp')
        self.skipTest('setUp says no')

    def tearDown(self):
        print('tearDown must not run')

    def test_it(self):
        pass


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('class not supported')

    def test_it(self):
        pass


class WithSubclass(SkippedClass):
    pass


loader = unittest.TestLoader()
suite = unittest.TestSuite()
for cls in (Methods, SkippedClass, SkipInSetUp, SkipInSetUpClass, WithSubclass):
    suite.addTests(loader.loadTestsFromTestCase(cls))
r = show(suite, verbosity=2)
print(r.testsRun, r.wasSuccessful())
r = show(loader.loadTestsFromTestCase(Methods))
print(Methods.test_skip.__unittest_skip__, Methods.test_skip.__unittest_skip_why__)
print(Methods.test_skip.__name__, Methods.test_bare_skip.__unittest_skip_why__ == '')
print(SkippedClass.__unittest_skip_why__)
print(unittest.skipIf(False, 'x')(len) is len)

print('=== debug() of a skipped test')
try:
    Methods('test_skip').debug()
except unittest.SkipTest as e:
    print('SkipTest:', e)
