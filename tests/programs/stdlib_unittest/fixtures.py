# Fixtures: setUp/tearDown, setUpClass/tearDownClass, setUpModule/tearDownModule, cleanups
# (test, class and module level) and enterContext, including what happens when they fail.
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
log = []


def show(test, **kwargs):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(test)
    text = stream.getvalue().replace(HERE, '')
    print(re.sub(r' in \d+\.\d\d\ds\n', ' in X.XXXs\n', text), end='')
    return result


def setUpModule():
    log.append('setUpModule')
    unittest.addModuleCleanup(log.append, 'module cleanup')


def tearDownModule():
    log.append('tearDownModule')


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append('enter ' + self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        log.append('exit %s %r' % (self.name, exc))
        return False


class Order(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
        cls.addClassCleanup(log.append, 'class cleanup')
        cls.shared = cls.enterClassContext(Resource('class'))

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup 1 ' + self._testMethodName)
        self.addCleanup(self.note, 'cleanup 2', suffix='!')

    def note(self, what, suffix=''):
        log.append(what + suffix)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        log.append('test_a shared=' + self.shared)
        self.assertEqual(self.enterContext(Resource('test')), 'TEST')

    def test_b_fails(self):
        log.append('test_b')
        self.fail('b failed')


class SetUpFails(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, 'cleanup after failed setUp')
        raise RuntimeError('setUp broke')

    def tearDown(self):
        log.append('tearDown must not run')

    def test_x(self):
        log.append('test_x must not run')


class TearDownFails(unittest.TestCase):
    def tearDown(self):
        raise ValueError('tearDown broke')

    def test_y(self):
        log.append('test_y ran')


class CleanupFails(unittest.TestCase):
    def test_z(self):
        self.addCleanup(log.append, 'second cleanup still runs')
        self.addCleanup(int, 'not a number')
        log.append('test_z ran')


class ClassSetUpFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, 'class cleanup after failed setUpClass')
        raise OSError('no database')

    def test_never(self):
        log.append('test_never must not run')


class ClassTearDownFails(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise LookupError('class teardown broke')

    def test_fine(self):
        log.append('test_fine ran')


class ClassCleanupFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, 'other class cleanup')
        cls.addClassCleanup(cls.broken_cleanup)

    @classmethod
    def broken_cleanup(cls):
        raise ZeroDivisionError('class cleanup broke')

    def test_fine(self):
        pass


class NotAContextManager(unittest.TestCase):
    def test_enter(self):
        with self.assertRaises(TypeError) as cm:
            self.enterContext(42)
        log.append(str(cm.exception))
        with self.assertRaises(TypeError) as cm:
            unittest.enterModuleContext(Resource)
        log.append(str(cm.exception))


loader = unittest.TestLoader()
suite = unittest.TestSuite()
for cls in (Order, SetUpFails, TearDownFails, CleanupFails, ClassSetUpFails,
            ClassTearDownFails, ClassCleanupFails, NotAContextManager):
    suite.addTests(loader.loadTestsFromTestCase(cls))
result = show(suite, verbosity=2)
print(len(result.errors), len(result.failures), result.testsRun)
for entry in log:
    print(entry)

print('=== module setUp fails')
del log[:]


def broken_setUpModule():
    log.append('broken setUpModule')
    unittest.addModuleCleanup(log.append, 'module cleanup after failure')
    raise ImportError('module setup broke')


setUpModule = broken_setUpModule
show(loader.loadTestsFromTestCase(TearDownFails))
print(log)

print('=== debug()')
del setUpModule


class Debugged(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, 'debug cleanup')

    def test_it(self):
        raise ValueError('raised through debug')


try:
    Debugged('test_it').debug()
except ValueError as e:
    print('propagated:', e)

print('=== doCleanups by hand')
t = Order('test_a')
t.addCleanup(print, 'manual cleanup', 1)
t.addCleanup(print, 'manual cleanup', 2)
print(t.doCleanups())
print('=== TestCase.run without a result')
r = Order('test_b_fails').run()
print(type(r).__name__, r.testsRun, len(r.failures))
try:
    Order('test_missing')
except ValueError as e:
    print('ValueError:', e)
