"""TestSuite: a collection of tests run together, with the class and module
level fixtures (setUpClass, setUpModule and their counterparts)."""

import sys

from . import case
from . import util

__unittest = True

# Attributes TestSuite keeps on the result object while a run is going on.
_RUN_ENTERED = '_unittest_suite_run_entered'
_PREVIOUS_CLASS = '_unittest_previous_class'
_MODULE_FAILED = '_unittest_module_setup_failed'


def _is_single_test(test):
    """True for a test case (or anything test-like) that is not a suite."""
    try:
        iter(test)
    except TypeError:
        return True
    return False


class BaseTestSuite(object):
    """A collection of tests, run in the order they were added.

    Running a suite drops its tests afterwards (they are replaced by None)
    so that their resources can be freed; countTestCases() still counts them.
    """

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._count_of_dropped = 0
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (util.strclass(type(self)), list(self))

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return list(other) == list(self)
        return NotImplemented

    __hash__ = None

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        total = self._count_of_dropped
        for test in self:
            if test:
                total += test.countTestCases()
        return total

    def addTest(self, test):
        """Add a test case or a suite."""
        if not callable(test):
            raise TypeError('%r is not callable' % (test,))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        """Add every test of an iterable."""
        if isinstance(tests, (str,)):  # iterable, but surely a mistake
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def _forget(self, position):
        """Drop the test at *position* once it has run, keeping it counted."""
        try:
            done = self._tests[position]
        except TypeError:
            return  # the suite is not a plain list, leave it alone
        counter = getattr(done, 'countTestCases', None)
        if counter is not None:
            self._count_of_dropped += counter()
        self._tests[position] = None

    def run(self, result):
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._forget(position)
        return result

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        """Run the tests without a result, letting exceptions propagate."""
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A test suite that also runs class and module fixtures.

    setUpClass/tearDownClass run when the class of the tests changes and
    setUpModule/tearDownModule when their module changes, so tests of one
    class or module should be kept together.
    """

    def run(self, result, debug=False):
        outermost = not getattr(result, _RUN_ENTERED, False)
        if outermost:
            setattr(result, _RUN_ENTERED, True)
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_single_test(test):
                self._leave_previous_class(test, result)
                self._enter_module(test, result)
                self._enter_class(test, result)
                setattr(result, _PREVIOUS_CLASS, type(test))
                if (getattr(type(test), '_class_setup_failed', False)
                        or getattr(result, _MODULE_FAILED, False)):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._forget(position)
        if outermost:
            self._leave_previous_class(None, result)
            self._leave_module(result)
            setattr(result, _RUN_ENTERED, False)
        return result

    def debug(self):
        """Run the tests without a result, letting exceptions propagate."""
        self.run(_DebugResult(), debug=True)

    # -- class fixtures --------------------------------------------------

    def _enter_class(self, test, result):
        current = type(test)
        if current == getattr(result, _PREVIOUS_CLASS, None):
            return
        if getattr(result, _MODULE_FAILED, False):
            return
        if getattr(current, '__unittest_skip__', False):
            return
        try:
            current._class_setup_failed = False
        except TypeError:
            pass  # a built-in type: the "test" is a function
        set_up = getattr(current, 'setUpClass', None)
        if set_up is None:
            return
        class_name = util.strclass(current)
        _call_optional(result, '_setupStdout')
        try:
            failed = False
            try:
                set_up()
            except Exception as exc:
                if _debugging(result):
                    raise
                failed = True
                try:
                    current._class_setup_failed = True
                except TypeError:
                    pass
                self._report_fixture_error(result, exc, 'setUpClass', class_name)
            cleanups = getattr(current, 'doClassCleanups', None)
            if failed and cleanups is not None:
                cleanups()
                for info in current.tearDown_exceptions:
                    self._report_fixture_error(result, info[1], 'setUpClass',
                                               class_name, info)
        finally:
            _call_optional(result, '_restoreStdout')

    def _leave_previous_class(self, test, result):
        previous = getattr(result, _PREVIOUS_CLASS, None)
        if previous is None or previous == type(test):
            return
        if getattr(previous, '_class_setup_failed', False):
            return
        if getattr(result, _MODULE_FAILED, False):
            return
        if getattr(previous, '__unittest_skip__', False):
            return
        tear_down = getattr(previous, 'tearDownClass', None)
        cleanups = getattr(previous, 'doClassCleanups', None)
        if tear_down is None and cleanups is None:
            return
        class_name = util.strclass(previous)
        _call_optional(result, '_setupStdout')
        try:
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as exc:
                    if _debugging(result):
                        raise
                    self._report_fixture_error(result, exc, 'tearDownClass',
                                               class_name)
            if cleanups is not None:
                cleanups()
                for info in previous.tearDown_exceptions:
                    if _debugging(result):
                        raise info[1]
                    self._report_fixture_error(result, info[1], 'tearDownClass',
                                               class_name, info)
        finally:
            _call_optional(result, '_restoreStdout')

    # -- module fixtures -------------------------------------------------

    @staticmethod
    def _previous_module(result):
        previous = getattr(result, _PREVIOUS_CLASS, None)
        if previous is None:
            return None
        return previous.__module__

    def _enter_module(self, test, result):
        previous = self._previous_module(result)
        current = type(test).__module__
        if current == previous:
            return
        self._leave_module(result)
        setattr(result, _MODULE_FAILED, False)
        module = sys.modules.get(current)
        if module is None:
            return
        set_up = getattr(module, 'setUpModule', None)
        if set_up is None:
            return
        _call_optional(result, '_setupStdout')
        try:
            try:
                set_up()
            except Exception as exc:
                if _debugging(result):
                    raise
                setattr(result, _MODULE_FAILED, True)
                self._report_fixture_error(result, exc, 'setUpModule', current)
            if getattr(result, _MODULE_FAILED, False):
                try:
                    case.doModuleCleanups()
                except Exception as exc:
                    self._report_fixture_error(result, exc, 'setUpModule', current)
        finally:
            _call_optional(result, '_restoreStdout')

    def _leave_module(self, result):
        previous = self._previous_module(result)
        if previous is None or getattr(result, _MODULE_FAILED, False):
            return
        module = sys.modules.get(previous)
        if module is None:
            return
        _call_optional(result, '_setupStdout')
        try:
            tear_down = getattr(module, 'tearDownModule', None)
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as exc:
                    if _debugging(result):
                        raise
                    self._report_fixture_error(result, exc, 'tearDownModule',
                                               previous)
            try:
                case.doModuleCleanups()
            except Exception as exc:
                if _debugging(result):
                    raise
                self._report_fixture_error(result, exc, 'tearDownModule', previous)
        finally:
            _call_optional(result, '_restoreStdout')

    # -- reporting -------------------------------------------------------

    @staticmethod
    def _report_fixture_error(result, exc, fixture, owner, info=None):
        """Report an exception of a class or module fixture against a
        placeholder test named like "setUpClass (module.Class)"."""
        holder = _ErrorHolder('%s (%s)' % (fixture, owner))
        add_skip = getattr(result, 'addSkip', None)
        if add_skip is not None and isinstance(exc, case.SkipTest):
            add_skip(holder, str(exc))
            return
        if not info:
            info = (type(exc), exc, exc.__traceback__)
        result.addError(holder, info)


def _debugging(result):
    """True when running under TestSuite.debug(): errors must propagate."""
    return type(result) is _DebugResult


def _call_optional(obj, name):
    method = getattr(obj, name, None)
    if method is not None:
        method()


class _ErrorHolder(object):
    """Stands in for a test in reports of errors that happened outside any
    test: in setUpClass, tearDownModule and the like."""

    # Errors in fixtures are never failures.
    failureException = None

    def __init__(self, text):
        self.description = text

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass  # nothing to run: the error was reported already

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class _DebugResult(object):
    """The result TestSuite.debug() runs with: fixture errors propagate."""

    shouldStop = False
