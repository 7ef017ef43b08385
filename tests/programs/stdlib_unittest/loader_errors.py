# TestLoader's error handling and less common cases: failed imports inside packages,
# attributes that are not tests, static methods, suites as attributes, discovery from a
# dotted module name, the accumulated errors list, and name ordering options.
import os
import re
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def ids(suite):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            yield from ids(test)
        else:
            yield test.id()


def first_and_last(text):
    lines = text.replace(HERE, '').splitlines()
    return lines[0] + ' ... ' + lines[-1]


def run(suite):
    result = unittest.TestResult()
    suite.run(result)
    return [(str(t), first_and_last(report)) for t, report in result.errors + result.failures]


loader = unittest.TestLoader()
for name in ['helpers.brokenpkg.bad_module', 'helpers.brokenpkg.bad_module.Never',
             'helpers.brokenpkg.missing_module', 'helpers.brokenpkg.good_module.Nope',
             'helpers.brokenpkg.good_module.Good.test_nope', 'completely_missing_top_level']:
    suite = loader.loadTestsFromName(name)
    print(name, '->', list(ids(suite)))
    print('   ', run(suite))
    print('    error:', first_and_last(loader.errors[-1]))
print(len(loader.errors))

for name in ['helpers.brokenpkg.good_module.Good.test_static',
             'helpers.brokenpkg.good_module.suite_object',
             'helpers.brokenpkg.good_module.not_callable',
             'helpers.brokenpkg.good_module.make_wrong']:
    try:
        print(name, '->', list(ids(loader.loadTestsFromName(name))))
    except Exception as e:
        print(name, '->', type(e).__name__, re.sub('0x[0-9a-f]+', '0x...', str(e)))

from helpers.brokenpkg import good_module
print(list(ids(loader.loadTestsFromName('Good.test_good', good_module))))
print(list(ids(loader.loadTestsFromNames(['Good', 'suite_object'], good_module))))
print(list(ids(loader.loadTestsFromName('brokenpkg.good_module.Good', __import__('helpers')))))

print('=== discover from a dotted name')
loader = unittest.TestLoader()
suite = loader.discover('helpers.discovery.pkg', top_level_dir=HERE)
print(list(ids(suite)), loader.errors)
try:
    unittest.TestLoader().discover('no_such_dotted.name')
except ImportError as e:
    print('ImportError:', e)
try:
    unittest.TestLoader().discover('sys')
except TypeError as e:
    print('TypeError:', e)

print('=== method names')


class Ordering(unittest.TestCase):
    test_attribute = 5

    def test_b(self):
        pass

    def test_a(self):
        pass

    def test_C(self):
        pass

    def testz(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Ordering))
loader.sortTestMethodsUsing = None
print(sorted(loader.getTestCaseNames(Ordering)))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: len(a) - len(b) or (a > b) - (a < b)
print(loader.getTestCaseNames(Ordering))
loader.testMethodPrefix = 'testz'
print(loader.getTestCaseNames(Ordering), loader.loadTestsFromTestCase(Ordering).countTestCases())
loader = unittest.TestLoader()
loader.testNamePatterns = ['*_a', '*C']
print(loader.getTestCaseNames(Ordering))
loader.suiteClass = list
print(loader.loadTestsFromTestCase(Ordering))
