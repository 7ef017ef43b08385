# TestSuite and fixtures across classes and modules: the order of module and class
# fixtures when tests of several modules are mixed, errors in tearDownModule and module
# cleanups, SkipTest from setUpClass and setUpModule, output of fixtures in buffer mode,
# TestSuite.debug(), shouldStop between tests, and BaseTestSuite (no fixtures at all).
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from helpers import fixture_module

events = fixture_module.events


def show(test, **kwargs):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(test)
    text = stream.getvalue().replace(HERE, '')
    print(re.sub(r' in \d+\.\d\d\ds\n', ' in X.XXXs\n', text), end='')
    return result


def setUpModule():
    events.append('main setUpModule')
    unittest.addModuleCleanup(events.append, 'main module cleanup')


def tearDownModule():
    events.append('main tearDownModule')


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append('First setUpClass')

    @classmethod
    def tearDownClass(cls):
        events.append('First tearDownClass')

    def test_1(self):
        events.append('First.test_1')

    def test_2(self):
        events.append('First.test_2')


class Second(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append('Second setUpClass')
        raise unittest.SkipTest('Second is not supported')

    @classmethod
    def tearDownClass(cls):
        events.append('Second tearDownClass must not run')

    def test_x(self):
        events.append('Second.test_x must not run')


print('=== mixed modules and classes')
suite = unittest.TestSuite([
    First('test_1'),
    fixture_module.HelperTests('test_helper'),
    First('test_2'),
    unittest.TestSuite([Second('test_x'), First('test_1')]),
])
result = show(suite, verbosity=2)
print(result.testsRun, [str(t) for t, _ in result.skipped], [str(t) for t, _ in result.errors])
for e in events:
    print(' ', e)

print('=== module cleanup fails')
del events[:]


def broken_cleanup():
    raise ValueError('module cleanup broke')


def setUpModule():
    events.append('setUpModule with broken cleanup')
    unittest.addModuleCleanup(events.append, 'earlier cleanup still runs')
    unittest.addModuleCleanup(broken_cleanup)


show(unittest.TestSuite([First('test_1')]))
print(events)

print('=== setUpModule skips')
del events[:]


def setUpModule():
    raise unittest.SkipTest('module skipped')


r = show(unittest.TestSuite([First('test_1'), First('test_2')]), verbosity=2)
print(r.testsRun, r.skipped[0][0], r.skipped[0][1], events)

print('=== buffer mode with fixture output')
del setUpModule


class Noisy(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('printed by setUpClass')
        raise KeyError('setUpClass broke')

    def test_a(self):
        pass


class Quiet(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('quiet setUpClass output is hidden')

    def test_b(self):
        print('quiet test output is hidden')


saved = sys.stdout
sys.stdout = captured = io.StringIO()
try:
    r = show(unittest.TestSuite([Quiet('test_b'), Noisy('test_a')]), buffer=True)
finally:
    sys.stdout = saved
print(captured.getvalue(), end='')
print(repr(r.errors[0][1].splitlines()[-1]))

print('=== TestSuite.debug')


class Debugged(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError('class fixture broke under debug')

    def test_a(self):
        pass


try:
    unittest.TestSuite([Debugged('test_a')]).debug()
except OSError as e:
    print('OSError:', e)
try:
    unittest.TestSuite([unittest.FunctionTestCase(lambda: 1 / 0)]).debug()
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)

print('=== shouldStop between tests')


class Stops(unittest.TestCase):
    def test_a(self):
        events.append('Stops.test_a')
        self._outcome.result.stop()

    def test_b(self):
        events.append('Stops.test_b must not run')


del events[:]
r = unittest.TestResult()
unittest.TestSuite([unittest.TestSuite([Stops('test_a')]), Stops('test_b')]).run(r)
print(r.testsRun, r.shouldStop, events)

print('=== BaseTestSuite')
r = unittest.TestResult()
base = unittest.BaseTestSuite([Debugged('test_a'), First('test_1')])
base.run(r)
print(r.testsRun, len(r.errors), list(base), base.countTestCases())
unittest.BaseTestSuite([First('test_1')]).debug()
print('debug ok')
