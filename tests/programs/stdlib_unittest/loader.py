# TestLoader: method names and their order, testMethodPrefix, sortTestMethodsUsing,
# testNamePatterns, loading from classes, modules and dotted names; TestSuite behaviour;
# test ids, str and repr; FunctionTestCase.
import re
import sys
import unittest

loader = unittest.TestLoader()


class Example(unittest.TestCase):
    def test_zeta(self):
        pass

    def test_alpha(self):
        pass

    def test_Beta(self):
        pass

    def test_10(self):
        pass

    def test_9(self):
        pass

    def check_other(self):
        pass

    test_not_callable = 'just a string'

    def helper(self):
        pass


class Child(Example):
    def test_child(self):
        pass


class RunTestOnly(unittest.TestCase):
    def runTest(self):
        pass


class Empty(unittest.TestCase):
    pass


print(loader.getTestCaseNames(Example))
print(loader.getTestCaseNames(Child))
print(loader.getTestCaseNames(RunTestOnly), loader.getTestCaseNames(Empty))

custom = unittest.TestLoader()
custom.testMethodPrefix = 'check'
print(custom.getTestCaseNames(Example))
custom.testMethodPrefix = 'test'
custom.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(custom.getTestCaseNames(Example))
custom.sortTestMethodsUsing = None
print(sorted(custom.getTestCaseNames(Example)) == loader.getTestCaseNames(Example))
custom = unittest.TestLoader()
custom.testNamePatterns = ['*alpha*', '*.Example.test_9']
print(custom.getTestCaseNames(Example), custom.getTestCaseNames(Child))

suite = loader.loadTestsFromTestCase(Example)
print(suite.countTestCases(), [t.id() for t in suite])
print(loader.loadTestsFromTestCase(RunTestOnly))
print(loader.loadTestsFromTestCase(Empty))
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print('TypeError:', e)

print('=== test identity')
t = Example('test_alpha')
print(t.id())
print(str(t))
print(repr(t))
print(t == Example('test_alpha'), t == Example('test_zeta'), t == Child('test_alpha'))
print(hash(t) == hash(Example('test_alpha')))
print(t.shortDescription(), t.countTestCases())
print(RunTestOnly(), RunTestOnly().id())

print('=== loading from modules and names')
sys.path.insert(0, '.')
from helpers import module_tests as module
module.Example = Example
module.Empty = Empty
module.TestCase = unittest.TestCase
module.something = 3
module_suite = loader.loadTestsFromModule(module)
print(module_suite.countTestCases(), [s.countTestCases() for s in module_suite])


def load_tests(loader, tests, pattern):
    print('load_tests called with', tests.countTestCases(), pattern)
    return unittest.TestSuite([Example('test_9')])


module.load_tests = load_tests
print(loader.loadTestsFromModule(module, pattern='p*').countTestCases())


def failing_load_tests(loader, tests, pattern):
    raise RuntimeError('cannot load')


module.load_tests = failing_load_tests
errors_before = len(loader.errors)
failed = loader.loadTestsFromModule(module)
print(failed.countTestCases(), len(loader.errors) - errors_before)
print(loader.errors[-1].splitlines()[0])
result = unittest.TestResult()
failed.run(result)
print(len(result.errors), result.errors[0][0].id(), result.errors[0][1].splitlines()[-1])

names = loader.loadTestsFromName('helpers.sample_tests')
print(names.countTestCases(), [[t.id() for t in s] for s in names])
print([t.id() for t in loader.loadTestsFromName('helpers.sample_tests.Alpha')])
print([t.id() for t in loader.loadTestsFromName('helpers.sample_tests.Alpha.test_second')])
print([t.id() for t in loader.loadTestsFromName('helpers.sample_tests.make_suite')])
print([t.id() for t in loader.loadTestsFromName('helpers.sample_tests.make_case')])
try:
    loader.loadTestsFromName('helpers.sample_tests.not_a_test')
except TypeError as e:
    print('TypeError:', re.sub('0x[0-9a-f]+', '0x...', str(e)))
print([t.id() for t in loader.loadTestsFromName('Example.test_zeta', module)])
several = loader.loadTestsFromNames(['Example.test_zeta', 'Empty'], module)
print(several.countTestCases(), len(list(several)))
missing = loader.loadTestsFromName('helpers.sample_tests.Nope')
print([t.id() for t in missing])
result = unittest.TestResult()
missing.run(result)
print(len(result.errors))
print(result.errors[0][1].splitlines()[-1])
print(loader.errors[-1].splitlines()[0])

print('=== TestSuite')
suite = unittest.TestSuite()
print(suite.countTestCases(), list(suite))
suite.addTest(Example('test_alpha'))
suite.addTests([Example('test_zeta'), unittest.TestSuite([Child('test_child')])])
print(suite.countTestCases())
print(repr(unittest.TestSuite([Example('test_alpha')])))
print(unittest.TestSuite([Example('test_alpha')]) == unittest.TestSuite([Example('test_alpha')]))
for bad in (5, Example, unittest.TestSuite):
    try:
        suite.addTest(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    suite.addTests('test_alpha')
except TypeError as e:
    print('TypeError:', e)
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, suite.countTestCases(), list(suite))
print(unittest.BaseTestSuite([Example('test_alpha')]).countTestCases())

print('=== FunctionTestCase')


def plain_test():
    """A plain function test."""
    print('plain_test runs')


def broken_test():
    assert 1 == 2, 'plain assert'


ftc = unittest.FunctionTestCase(plain_test, setUp=lambda: print('set up'),
                                tearDown=lambda: print('torn down'))
print(ftc.id(), '|', str(ftc), '|', ftc.shortDescription())
result = unittest.TestResult()
ftc.run(result)
unittest.FunctionTestCase(broken_test, description='described').run(result)
print(result.testsRun, len(result.failures), result.failures[0][0].shortDescription())
print(result.failures[0][1].splitlines()[-1])
print(loader.loadTestsFromTestCase(unittest.FunctionTestCase).countTestCases())

print('=== deprecated helpers')
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(unittest.getTestCaseNames(Example, 'test'))
    print(unittest.makeSuite(Example).countTestCases())
    print(unittest.findTestCases(module).countTestCases())
print([str(w.message).split('.')[0] for w in caught])
print([w.category.__name__ for w in caught])
