"""A unit testing framework in the xUnit style.

Tests are methods of TestCase subclasses whose names start with 'test';
they check results with the assert* methods:

    import unittest

    class ArithmeticTests(unittest.TestCase):
        def test_addition(self):
            self.assertEqual(1 + 1, 2)

        def test_division(self):
            with self.assertRaises(ZeroDivisionError):
                1 / 0

    unittest.main()   # at the end of the module: runs its tests

Tests are collected by a TestLoader into TestSuites and run by a runner
(TextTestRunner by default) that records outcomes in a TestResult.
"python -m unittest" discovers and runs the tests of a project.
"""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

# Deprecated names, kept available but out of __all__.
__all__.extend(['getTestCaseNames', 'makeSuite', 'findTestCases'])

# Frames of modules carrying this marker are left out of failure reports.
__unittest = True

from .result import TestResult
from .case import TestCase, FunctionTestCase, SkipTest
from .case import skip, skipIf, skipUnless, expectedFailure
from .case import addModuleCleanup, doModuleCleanups, enterModuleContext
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .loader import getTestCaseNames, makeSuite, findTestCases
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler

# IsolatedAsyncioTestCase is imported on first use: asyncio is costly to load.
_LAZY_NAMES = ('IsolatedAsyncioTestCase',)


def __dir__():
    return sorted(set(globals()) | set(_LAZY_NAMES))


def __getattr__(name):
    if name not in _LAZY_NAMES:
        raise AttributeError('module %r has no attribute %r' % (__name__, name))
    from .async_case import IsolatedAsyncioTestCase
    globals()[name] = IsolatedAsyncioTestCase
    return IsolatedAsyncioTestCase
