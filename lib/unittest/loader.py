"""TestLoader: finds tests in classes, modules, dotted names and directory
trees and bundles them into suites."""

import fnmatch
import functools
import os
import re
import sys
import traceback
import types
import warnings

from . import case, suite, util

__unittest = True

# Files that discovery considers: valid module names ending with .py.
_MODULE_FILE = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


class _FailedTest(case.TestCase):
    """A test that re-raises an exception met while loading tests, so that
    the problem shows up in the report of the run."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._problem = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        # Only called for missing attributes: the test method is one.
        if name == self._testMethodName:
            problem = self._problem

            def testFailure():
                raise problem
            return testFailure
        raise AttributeError('%r object has no attribute %r'
                             % (type(self).__name__, name))


def _failed_test(name, exception, suite_class, message):
    """A suite holding a _FailedTest, and the message for loader.errors."""
    return suite_class((_FailedTest(name, exception),)), message


def _failed_import(name, suite_class):
    """For use in an except block: the import of *name* failed."""
    message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    return _failed_test(name, ImportError(message), suite_class, message)


def _failed_load_tests(name, exception, suite_class):
    """For use in an except block: a module's load_tests raised."""
    message = 'Failed to call load_tests:\n' + traceback.format_exc()
    return _failed_test(name, exception, suite_class, message)


def _skipped_module(name, exception, suite_class):
    """A suite with one skipped test standing for a module that raised
    SkipTest when imported."""
    @case.skip(str(exception))
    def placeholder(self):
        pass
    test_class = type('ModuleSkipped', (case.TestCase,),
                      {name: placeholder, '__module__': __name__})
    return suite_class((test_class(name),))


def _is_case_class(thing):
    return isinstance(thing, type) and issubclass(thing, case.TestCase)


def _without_extension(path):
    stem, _ = os.path.splitext(path)
    return stem


class TestLoader(object):
    """Builds test suites.

    testMethodPrefix selects the methods that are tests, sortTestMethodsUsing
    orders them (a cmp-style function, or None to keep dir() order),
    testNamePatterns (fnmatch patterns matched against the full dotted name)
    restricts them, and suiteClass is the suite type made. Problems met
    while loading are kept as messages in the errors list.
    """

    testMethodPrefix = 'test'
    testNamePatterns = None
    # Sorting function for test method names (alphabetical by default).
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    # The type of the suites made.
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super().__init__()
        self.errors = []
        # Packages whose tests are being loaded, against loading them twice.
        self._packages_in_progress = set()

    # -- from classes and modules ----------------------------------------

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of all the tests of a TestCase subclass."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite.'
                            ' Maybe you meant to derive from TestCase?')
        names = []
        # The base classes hold no tests of their own.
        if testCaseClass is not case.TestCase and testCaseClass is not case.FunctionTestCase:
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *, pattern=None):
        """A suite of the tests of every TestCase class in *module*.

        When the module defines load_tests(loader, tests, pattern), its
        return value is used instead.
        """
        found = []
        for attribute in dir(module):
            candidate = getattr(module, attribute)
            if (isinstance(candidate, type) and issubclass(candidate, case.TestCase)
                    and candidate not in (case.TestCase, case.FunctionTestCase)):
                found.append(self.loadTestsFromTestCase(candidate))
        everything = self.suiteClass(found)
        hook = getattr(module, 'load_tests', None)
        if hook is None:
            return everything
        try:
            return hook(self, everything, pattern)
        except Exception as exc:
            failed, message = _failed_load_tests(module.__name__, exc,
                                                 self.suiteClass)
            self.errors.append(message)
            return failed

    def loadTestsFromName(self, name, module=None):
        """A suite for a dotted name: a module, class, method, suite, or a
        callable returning a test or suite. The name is resolved relative to
        *module* when given, otherwise it is imported."""
        parts = name.split('.')
        import_problem = None
        if module is None:
            module, parts, import_problem = self._import_longest_prefix(parts)
            if module is None:
                self.errors.append(import_problem[1])
                return import_problem[0]
        parent, obj = None, module
        for part in parts:
            try:
                found = getattr(obj, part)
            except AttributeError as exc:
                if import_problem is not None and getattr(obj, '__path__', None) is not None:
                    # In a package, a missing attribute may well be a module
                    # that failed to import: report that error instead.
                    self.errors.append(import_problem[1])
                    return import_problem[0]
                failed, message = _failed_test(
                    part, exc, self.suiteClass,
                    'Failed to access attribute:\n%s' % (traceback.format_exc(),))
                self.errors.append(message)
                return failed
            parent, obj = obj, found
        return self._tests_from_object(obj, parent, parts)

    def _import_longest_prefix(self, parts):
        """Import the longest importable prefix of a dotted name.

        Returns (top-level package, remaining attribute names, problem),
        where problem is (failed suite, message) for the last import that
        failed, or None. The package is None when nothing could be imported.
        """
        problem = None
        candidate = list(parts)
        while candidate:
            try:
                top = __import__('.'.join(candidate))
            except ImportError:
                missing = candidate.pop()
                problem = _failed_import(missing, self.suiteClass)
            else:
                return top, parts[1:], problem
        return None, parts, problem

    def _tests_from_object(self, target, parent, parts):
        """The tests for the object a dotted name led to."""
        if isinstance(target, types.ModuleType):
            return self.loadTestsFromModule(target)
        if _is_case_class(target):
            return self.loadTestsFromTestCase(target)
        if isinstance(target, types.FunctionType) and _is_case_class(parent):
            method_name = parts[-1]
            instance = parent(method_name)
            # A static method is an ordinary callable: handled below.
            if not isinstance(getattr(instance, method_name), types.FunctionType):
                return self.suiteClass([instance])
        elif isinstance(target, suite.TestSuite):
            return target
        if not callable(target):
            raise TypeError("don't know how to make test from: %s" % (target,))
        obj = target
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError('calling %s returned %s, not a test' % (obj, made))

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites loadTestsFromName makes for each name."""
        return self.suiteClass([self.loadTestsFromName(name, module)
                                for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods of a TestCase subclass."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def is_test(attribute):
            if not attribute.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attribute)):
                return False
            if patterns is None:
                return True
            full_name = '%s.%s.%s' % (testCaseClass.__module__,
                                      testCaseClass.__qualname__, attribute)
            return any(fnmatch.fnmatchcase(full_name, p) for p in patterns)

        names = [name for name in dir(testCaseClass) if is_test(name)]
        ordering = self.sortTestMethodsUsing
        if ordering:
            names.sort(key=functools.cmp_to_key(ordering))
        return names

    # -- discovery ---------------------------------------------------------

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Find the test modules below a directory and load their tests.

        Modules whose file names match *pattern* are imported by their name
        relative to *top_level_dir* (default: *start_dir*), which is put on
        sys.path. Only packages (directories with an __init__.py) are
        searched. A package whose __init__ defines load_tests is not
        searched further; load_tests(loader, tests, pattern) decides what it
        contributes. *start_dir* may also be a dotted module name.
        """
        previous_top = self._top_level_dir
        top, implicit_top = top_level_dir, False
        if top is None:
            if previous_top is not None:
                top = previous_top  # a nested discover() from a package's load_tests
            else:
                top, implicit_top = start_dir, True
        top = os.path.abspath(top)
        if top not in sys.path:
            # Test modules are imported by their names relative to it.
            sys.path.insert(0, top)
        self._top_level_dir = top

        importable = True
        start = os.path.abspath(start_dir)
        if os.path.isdir(start):
            if start != top:
                importable = os.path.isfile(os.path.join(start, '__init__.py'))
        else:
            start, importable = self._directory_of_module(start_dir, top, implicit_top)
        if not importable:
            raise ImportError('Start directory is not importable: %r' % (start,))
        # The top-level directory stays set: a later discover() without one
        # (as from a package's load_tests) uses it.
        return self.suiteClass(list(self._find_tests(start, pattern)))

    def _directory_of_module(self, name, top, implicit_top):
        """Discovery from a dotted module name: (its directory, importable)."""
        try:
            __import__(name)
        except ImportError:
            return name, False
        module = sys.modules[name]
        try:
            directory = os.path.abspath(os.path.dirname(module.__file__))
        except (AttributeError, TypeError):
            if module.__name__ in sys.builtin_module_names:
                raise TypeError('Can not use builtin modules '
                                'as dotted module names') from None
            raise TypeError("don't know how to discover from %r" % (module,)) from None
        if implicit_top:
            top_package = name.split('.')[0]
            self._top_level_dir = self._directory_holding(top_package)
            sys.path.remove(top)  # the package's own location is used instead
        return directory, True

    @staticmethod
    def _directory_holding(module_name):
        """The directory from which a top-level module or package was imported."""
        path = os.path.abspath(sys.modules[module_name].__file__)
        if os.path.basename(path).lower().startswith('__init__.py'):
            # A package: its directory's parent is what is on sys.path.
            return os.path.dirname(os.path.dirname(path))
        return os.path.dirname(path)

    def _name_from_path(self, path):
        """The dotted module name for a path below the top-level directory."""
        top = self._top_level_dir
        if path == top:
            return '.'
        relative = os.path.relpath(_without_extension(path), top)
        if os.path.isabs(relative) or relative.startswith('..'):
            raise AssertionError('Path must be within the project')
        return relative.replace(os.path.sep, '.')

    @staticmethod
    def _import(name):
        __import__(name)
        return sys.modules[name]

    def _find_tests(self, start_dir, pattern):
        """Yield the suites for the start directory and everything below."""
        package_name = self._name_from_path(start_dir)
        if package_name != '.' and package_name not in self._packages_in_progress:
            # The start directory is itself a package: its load_tests counts.
            tests, descend = self._tests_at(start_dir, pattern)
            if tests is not None:
                yield tests
            if not descend:
                return
        for entry in sorted(os.listdir(start_dir)):
            path = os.path.join(start_dir, entry)
            tests, descend = self._tests_at(path, pattern)
            if tests is not None:
                yield tests
            if descend:
                package = self._name_from_path(path)
                self._packages_in_progress.add(package)
                try:
                    yield from self._find_tests(path, pattern)
                finally:
                    self._packages_in_progress.discard(package)

    def _tests_at(self, path, pattern):
        """(suite or None, whether to search inside) for one directory entry."""
        if os.path.isfile(path):
            return self._tests_of_file(path, pattern), False
        if not os.path.isdir(path):
            return None, False
        if not os.path.isfile(os.path.join(path, '__init__.py')):
            return None, False
        name = self._name_from_path(path)
        try:
            package = self._import(name)
        except case.SkipTest as exc:
            return _skipped_module(name, exc, self.suiteClass), False
        except:
            failed, message = _failed_import(name, self.suiteClass)
            self.errors.append(message)
            return failed, False
        in_progress = self._packages_in_progress
        in_progress.add(name)
        try:
            loaded = self.loadTestsFromModule(package, pattern=pattern)
        finally:
            in_progress.discard(name)
        # A package with load_tests takes charge of its own subpackages.
        return loaded, getattr(package, 'load_tests', None) is None

    def _tests_of_file(self, path, pattern):
        base = os.path.basename(path)
        if not _MODULE_FILE.match(base):
            return None
        if not fnmatch.fnmatch(base, pattern):
            return None
        name = self._name_from_path(path)
        try:
            module = self._import(name)
        except case.SkipTest as exc:
            return _skipped_module(name, exc, self.suiteClass)
        except:
            failed, message = _failed_import(name, self.suiteClass)
            self.errors.append(message)
            return failed
        loaded_from = _without_extension(os.path.abspath(getattr(module, '__file__', path)))
        if loaded_from.lower() != _without_extension(path).lower():
            raise ImportError(
                '%r module incorrectly imported from %r. Expected %r. '
                'Is this module globally installed?'
                % (_without_extension(base), os.path.dirname(loaded_from),
                   os.path.dirname(path)))
        return self.loadTestsFromModule(module, pattern=pattern)


# The loader used by unittest.main() unless told otherwise.
defaultTestLoader = TestLoader()


# -- deprecated module-level helpers -------------------------------------------

def _configured_loader(prefix, sort_using, suite_class=None, name_patterns=None):
    made = TestLoader()
    made.testMethodPrefix, made.sortTestMethodsUsing = prefix, sort_using
    made.testNamePatterns = name_patterns
    if suite_class:
        made.suiteClass = suite_class
    return made


def _deprecated(old, new):
    warnings.warn('unittest.%s() is deprecated and will be removed in Python '
                  '3.13. Please use unittest.TestLoader.%s() instead.' % (old, new),
                  DeprecationWarning, stacklevel=3)


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp,
                     testNamePatterns=None):
    """Deprecated: use TestLoader().getTestCaseNames()."""
    _deprecated('getTestCaseNames', 'getTestCaseNames')
    loader = _configured_loader(prefix, sortUsing, name_patterns=testNamePatterns)
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp,
              suiteClass=suite.TestSuite):  # deprecated
    """Deprecated: use TestLoader().loadTestsFromTestCase()."""
    _deprecated('makeSuite', 'loadTestsFromTestCase')
    loader = _configured_loader(prefix, sortUsing, suiteClass)
    return loader.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp,
                  suiteClass=suite.TestSuite):  # deprecated
    """Deprecated: use TestLoader().loadTestsFromModule()."""
    _deprecated('findTestCases', 'loadTestsFromModule')
    loader = _configured_loader(prefix, sortUsing, suiteClass)
    return loader.loadTestsFromModule(module)
