"""TestCase, the unit of testing, with its assertion methods, fixtures,
cleanups and subtests; FunctionTestCase and the skip decorators."""

import difflib
import functools
import pprint
import re
import sys
import time
import traceback
import types
import warnings

from .result import TestResult as _DefaultResult
from .util import safe_repr, strclass, count_differences, _common_shorten_repr

__unittest = True

DIFF_OMITTED = ('\nDiff is %s characters long. '
                 'Set self.maxDiff to None to see it.')


class SkipTest(Exception):
    """Raise this to skip a test; the argument is the reason shown.

    It may be raised from a test method, setUp, setUpClass, setUpModule, or
    while importing a module found by test discovery.
    """


class _StopTest(Exception):
    """Ends a test body early: a subtest failed under failfast, or a test
    marked as an expected failure has failed."""


class _UnexpectedSuccess(Exception):
    """Stands for an unexpected success with results that cannot record one."""


# -- reporting to results that may lack the newer methods -------------------

def _report_skip(result, test, reason):
    add = getattr(result, 'addSkip', None)
    if add is not None:
        add(test, reason)
    else:
        warnings.warn('TestResult has no addSkip method, skips not reported',
                      RuntimeWarning, 2)
        result.addSuccess(test)


def _report_error(outcome, test, exc_info):
    """Send an exception to the result as a failure or an error."""
    if outcome is None or exc_info is None:
        return
    failed = issubclass(exc_info[0], test.failureException)
    (outcome.addFailure if failed else outcome.addError)(test, exc_info)


class _RunState(object):
    """What TestCase.run knows about the test it is running.

    Attributes: result (where outcomes go), success (no part of the test
    went wrong so far), expecting_failure (the test body runs under
    expectedFailure), expectedFailure (the exc_info of the failure that was
    expected, once it happened) and result_supports_subtests.
    """

    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        # Nothing went wrong yet, and no failure is expected or was seen.
        self.success, self.expecting_failure, self.expectedFailure = True, False, None

    def part(self, test_case, as_subtest=False):
        """A context manager running one part of a test (setUp, the test
        body, tearDown, a cleanup or a subtest) and recording what it raises."""
        return _PartGuard(self, test_case, as_subtest)


class _PartGuard(object):
    """Reports the exception (if any) raised by the block it guards."""

    def __init__(self, state, target, as_subtest):
        self.state, self.target, self.as_subtest = state, target, as_subtest
        self.earlier_success = True

    def __enter__(self):
        self.earlier_success = self.state.success
        self.state.success = True
        return self

    def __exit__(self, exc_type, exc, tb):
        state = self.state
        try:
            if exc_type is None:
                if self.as_subtest and state.success:
                    state.result.addSubTest(self.target.test_case, self.target, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                state.success = False
                _report_skip(state.result, self.target, str(exc))
            elif issubclass(exc_type, _StopTest):
                pass
            elif state.expecting_failure:
                state.expectedFailure = (exc_type, exc, tb)
            else:
                state.success = False
                info = (exc_type, exc, tb)
                if self.as_subtest:
                    state.result.addSubTest(self.target.test_case, self.target, info)
                else:
                    _report_error(state.result, self.target, info)
            return True
        finally:
            state.success = state.success and self.earlier_success


# -- skipping ------------------------------------------------------------------

def _mark_skipped(item, reason):
    if not isinstance(item, type):
        original = item

        @functools.wraps(original)
        def skipped(*args, **kwargs):
            raise SkipTest(reason)
        item = skipped
    item.__unittest_skip__ = True
    item.__unittest_skip_why__ = reason
    return item


def skip(reason):
    """Skip the decorated test (method or class) unconditionally.

    Also usable bare, as @skip, which gives an empty reason.
    """
    used_bare = isinstance(reason, types.FunctionType)
    if used_bare:
        return _mark_skipped(reason, '')

    def decorator(item):
        return _mark_skipped(item, reason)
    return decorator


def _unchanged(item):
    return item


def skipIf(condition, reason):
    """Skip the decorated test when *condition* is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Skip the decorated test unless *condition* is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    """Mark a test as known to fail: its failure is not counted as one, and
    its success is reported as unexpected."""
    setattr(test_item, '__unittest_expecting_failure__', True)
    return test_item


def _skip_reason(test_class, method):
    """The skip reason set by a decorator on the class or method, or None."""
    for holder in (test_class, method):
        if getattr(holder, '__unittest_skip__', False):
            return (getattr(test_class, '__unittest_skip_why__', '')
                    or getattr(method, '__unittest_skip_why__', ''))
    return None


# -- context managers as fixtures -------------------------------------------

def _enter_and_register(cm, register):
    """Enter *cm* and register its __exit__ with the cleanup function."""
    kind = type(cm)
    try:
        enter = kind.__enter__
        leave = kind.__exit__
    except AttributeError:
        raise TypeError("'%s.%s' object does not support the context manager "
                        "protocol" % (kind.__module__, kind.__qualname__)) from None
    value = enter(cm)
    register(leave, cm, None, None, None)
    return value


# (function, args, kwargs) entries registered by addModuleCleanup.
_module_cleanup_stack = []


def addModuleCleanup(func, /, *args, **kwargs):
    """Register a function to call after the last test of the module (or
    after setUpModule failed); cleanups run last-in first-out."""
    _module_cleanup_stack.append((func, args, kwargs))


def enterModuleContext(cm):
    """Enter a context manager now and exit it with the module cleanups."""
    return _enter_and_register(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups; re-raise the first exception any raised."""
    first_problem = None
    while _module_cleanup_stack:
        func, positional, named = _module_cleanup_stack.pop()
        try:
            func(*positional, **named)
        except Exception as exc:
            if first_problem is None:
                first_problem = exc
    if first_problem is not None:
        raise first_problem


# -- assertRaises, assertWarns ----------------------------------------------

def _is_subtype(expected, base):
    """True for a subclass of *base* or a (nested) tuple of them."""
    pending = [expected]
    while pending:
        item = pending.pop()
        if isinstance(item, tuple):
            pending.extend(item)
        elif not (isinstance(item, type) and issubclass(item, base)):
            return False
    return True


class _Expectation(object):
    """Common part of the assertRaises and assertWarns helpers, which work
    as context managers or call a function themselves."""

    # What the first argument must be, and how to say so.
    _allowed_base = BaseException
    _allowed_text = 'an exception type or tuple of exception types'

    def __init__(self, expected, case, expected_regex=None):
        self.expected, self.case = expected, case
        self.expected_regex = (None if expected_regex is None
                               else re.compile(expected_regex))
        self.obj_name = self.msg = None

    def _expected_name(self):
        try:
            return self.expected.__name__
        except AttributeError:
            return str(self.expected)

    def _raiseFailure(self, standard):
        case = self.case
        raise case.failureException(case._formatMessage(self.msg, standard))

    def _missing(self, verb):
        """Fail because nothing matching was raised or triggered."""
        text = '%s not %s' % (self._expected_name(), verb)
        if self.obj_name:
            text += ' by %s' % self.obj_name
        self._raiseFailure(text)

    def handle(self, name, args, kwargs):
        """Run the assertion: as a context manager when *args* is empty,
        otherwise by calling args[0] with the remaining arguments."""
        if not _is_subtype(self.expected, self._allowed_base):
            raise TypeError('%s() arg 1 must be %s' % (name, self._allowed_text))
        if not args:
            if 'msg' in kwargs:
                self.msg = kwargs.pop('msg')
            if kwargs:
                unknown = next(iter(kwargs))
                raise TypeError('%r is an invalid keyword argument for this '
                                'function' % (unknown,))
            return self
        target, rest = args[0], args[1:]
        self.obj_name = getattr(target, '__name__', None)
        if self.obj_name is None:
            self.obj_name = str(target)
        with self:
            target(*rest, **kwargs)
        return None


class _RaisesContext(_Expectation):
    """What assertRaises and assertRaisesRegex return as context managers.
    After the block, .exception holds the exception that was caught."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self._missing('raised')
        # The frames of the traceback are not needed any more; clearing them
        # lets go of their local variables right away.
        traceback.clear_frames(tb)
        if not issubclass(exc_type, self.expected):
            return False  # not the expected kind: let it propagate
        # Keep the exception, but not the frames its traceback holds on to.
        self.exception = exc.with_traceback(None)
        if self.expected_regex is not None:
            text = str(exc)
            if not self.expected_regex.search(text):
                self._raiseFailure('"%s" does not match "%s"'
                                   % (self.expected_regex.pattern, text))
        return True


class _WarnsContext(_Expectation):
    """What assertWarns and assertWarnsRegex return as context managers.
    After the block, .warning, .filename and .lineno describe the warning."""

    _allowed_base = Warning
    _allowed_text = 'a warning type or tuple of warning types'

    def __enter__(self):
        # A warning already shown once from some place would be suppressed
        # by the registries; start with clean ones.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc, tb):
        self._catcher.__exit__(exc_type, exc, tb)
        if exc_type is not None:
            return None  # an exception in the block propagates
        first_of_kind = None
        for record in self.warnings:
            message = record.message
            if not isinstance(message, self.expected):
                continue
            if first_of_kind is None:
                first_of_kind = message
            if (self.expected_regex is not None
                    and not self.expected_regex.search(str(message))):
                continue
            self.warning = message
            self.filename = record.filename
            self.lineno = record.lineno
            return None
        if first_of_kind is not None:
            self._raiseFailure('"%s" does not match "%s"'
                               % (self.expected_regex.pattern, str(first_of_kind)))
        self._missing('triggered')


# -- subtests -----------------------------------------------------------------

_NO_MESSAGE = object()


class _SubTestScope(object):
    """The context manager returned by TestCase.subTest."""

    def __init__(self, owner, message, params):
        self.owner, self.message, self.params = owner, message, params
        self.guard = self.parent = None

    def __enter__(self):
        case = self.owner
        state = case._outcome
        if state is None or not state.result_supports_subtests:
            return None  # failures simply end the test, as without subTest
        self.parent = case._subtest
        params = dict(self.params)
        if self.parent is not None:
            for key, value in self.parent.params.items():
                params.setdefault(key, value)
        case._subtest = _SubTest(case, self.message, params)
        self.guard = state.part(case._subtest, as_subtest=True)
        self.guard.__enter__()
        return None

    def __exit__(self, exc_type, exc, tb):
        if self.guard is None:
            return False
        case = self.owner
        state = case._outcome
        try:
            if not self.guard.__exit__(exc_type, exc, tb):
                return False
            if not state.success:
                if getattr(state.result, 'failfast', False):
                    raise _StopTest
            elif state.expectedFailure is not None:
                # The expected failure happened; the rest cannot matter.
                raise _StopTest
            return True
        finally:
            case._subtest = self.parent


class TestCase(object):
    """A test case: each instance runs one test method.

    Subclass it and write methods whose names start with 'test'. Override
    setUp/tearDown for per-test fixtures and the class methods
    setUpClass/tearDownClass for per-class ones. The assert* methods check
    conditions and raise failureException with a descriptive message.

    Class attributes that can be overridden:
      failureException: the exception raised by failed assertions.
      longMessage: when true (the default), a msg given to an assert
        method is added to the standard message instead of replacing it.
      maxDiff: diffs in failure messages longer than this many characters
        are left out; None means no limit.
    """

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # Strings longer than this are compared without a diff (it is too slow).
    _diffThreshold = 2 ** 16

    # The assertion used by assertEqual for two values of exactly one type.
    _DEFAULT_EQUALITY = {
        dict: 'assertDictEqual',
        list: 'assertListEqual',
        tuple: 'assertTupleEqual',
        set: 'assertSetEqual',
        frozenset: 'assertSetEqual',
        str: 'assertMultiLineEqual',
    }

    _class_setup_failed = False
    _class_cleanup_queue = []

    def __init_subclass__(cls, **kwargs):
        # Each class gets its own setUpClass flag and class cleanups.
        cls._class_setup_failed = False
        cls._class_cleanup_queue = []
        super().__init_subclass__(**kwargs)

    def __init__(self, methodName='runTest'):
        """Make a test that runs the method called *methodName*.

        A missing method is an error, except for the default 'runTest', so
        that TestCase() can be used for its assert methods alone.
        """
        self._testMethodName, self._outcome = methodName, None
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName == 'runTest':
                method = None  # TestCase() used only for its assertions
            else:
                raise ValueError('no such test method in %s: %s'
                                 % (type(self), methodName)) from None
        self._testMethodDoc = 'No test' if method is None else method.__doc__
        self._cleanups, self._subtest, self._equality_checkers = [], None, {}

    # -- identity ------------------------------------------------------

    def id(self):
        return '%s.%s' % (strclass(type(self)), self._testMethodName)

    def __str__(self):
        return '%s (%s.%s)' % (self._testMethodName, strclass(type(self)),
                               self._testMethodName)

    def __repr__(self):
        return '<%s testMethod=%s>' % (strclass(type(self)), self._testMethodName)

    def __eq__(self, other):
        if type(other) is type(self):
            return other._testMethodName == self._testMethodName
        return NotImplemented

    def __hash__(self):
        return hash((self._testMethodName, type(self)))

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        text = self._testMethodDoc
        if text:
            return text.strip().partition('\n')[0].strip()
        return None

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return _DefaultResult()

    # -- fixtures and cleanups -------------------------------------------

    def setUp(self):
        """Prepare the fixture; runs before each test method."""

    def tearDown(self):
        """Dismantle the fixture; runs after each test method whose setUp
        succeeded, whatever the test's outcome."""

    @classmethod
    def setUpClass(cls):
        """Runs once before the tests of the class."""

    @classmethod
    def tearDownClass(cls):
        """Runs once after the tests of the class."""

    def addCleanup(self, func, /, *args, **kwargs):
        """Register a function to call after tearDown (or after a failed
        setUp). Cleanups run last-in first-out, even when some fail."""
        self._cleanups.append((func, args, kwargs))

    def enterContext(self, cm):
        """Enter a context manager now and exit it as a cleanup; returns
        what its __enter__ returned."""
        return _enter_and_register(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, func, /, *args, **kwargs):
        """Like addCleanup, for after tearDownClass (or a failed setUpClass)."""
        cls._class_cleanup_queue.append((func, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        """Like enterContext, exiting with the class cleanups."""
        return _enter_and_register(cm, cls.addClassCleanup)

    def doCleanups(self):
        """Run the registered cleanups; errors are reported to the result.
        Returns True when all of them succeeded."""
        state = self._outcome or _RunState()
        pending = self._cleanups
        while pending:
            entry = pending.pop()
            with state.part(self):
                self._invoke_cleanup(*entry)
        return state.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups; the exc_info of every exception they raise
        is kept in cls.tearDown_exceptions."""
        cls.tearDown_exceptions = problems = []
        pending = cls._class_cleanup_queue
        while pending:
            func, positional, named = pending.pop()
            try:
                func(*positional, **named)
            except Exception:
                problems.append(sys.exc_info())

    # The steps of a test; IsolatedAsyncioTestCase runs them in an event loop.

    def _invoke_setup(self):
        self.setUp()

    def _invoke_test(self, method):
        if method() is not None:
            # The warning points at the code that called run().
            warnings.warn('It is deprecated to return a value that is not None '
                          'from a test case (%s)' % (method,),
                          DeprecationWarning, stacklevel=4)

    def _invoke_teardown(self):
        self.tearDown()

    def _invoke_cleanup(self, func, positional, named):
        func(*positional, **named)

    # -- running -------------------------------------------------------

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def run(self, result=None):
        """Run the test, reporting to *result* (a fresh defaultTestResult()
        when None, which is then returned)."""
        outcome = result
        private = outcome is None
        if private:
            outcome = self.defaultTestResult()
            _call_if_present(outcome, 'startTestRun')
        try:
            method = getattr(self, self._testMethodName)
            reason = _skip_reason(type(self), method)
            if reason is None:
                outcome.startTest(self)
                self._run_steps(outcome, method)
            else:
                _report_skip(outcome, self, reason)
            return outcome
        finally:
            outcome.stopTest(self)
            if private:
                _call_if_present(outcome, 'stopTestRun')

    def _run_steps(self, outcome, method):
        xfail = (getattr(self, '__unittest_expecting_failure__', False)
                 or getattr(method, '__unittest_expecting_failure__', False))
        state = _RunState(outcome)
        self._outcome = state
        began = time.perf_counter()
        try:
            with state.part(self):
                self._invoke_setup()
            if state.success:
                state.expecting_failure = xfail
                with state.part(self):
                    self._invoke_test(method)
                state.expecting_failure = False
                with state.part(self):
                    self._invoke_teardown()
            self.doCleanups()
            self._report_duration(outcome, time.perf_counter() - began)
            if not state.success:
                return
            if not xfail:
                outcome.addSuccess(self)
            elif state.expectedFailure is not None:
                self._report_expected_failure(outcome, state.expectedFailure)
            else:
                self._report_unexpected_success(outcome)
        finally:
            # The exc_info refers to frames that refer back to the state.
            state.expectedFailure = None
            self._outcome = None

    def _report_duration(self, outcome, elapsed):
        add = getattr(outcome, 'addDuration', None)
        if add is None:
            warnings.warn('TestResult has no addDuration method', RuntimeWarning)
        else:
            add(self, elapsed)

    def _report_expected_failure(self, outcome, exc_info):
        add = getattr(outcome, 'addExpectedFailure', None)
        if add is None:
            warnings.warn('TestResult has no addExpectedFailure method, '
                          'reporting as passes', RuntimeWarning)
            outcome.addSuccess(self)
        else:
            add(self, exc_info)

    def _report_unexpected_success(self, outcome):
        add = getattr(outcome, 'addUnexpectedSuccess', None)
        if add is not None:
            add(self)
            return
        warnings.warn('TestResult has no addUnexpectedSuccess method, '
                      'reporting as failure', RuntimeWarning)
        try:
            raise _UnexpectedSuccess from None
        except _UnexpectedSuccess as exc:
            outcome.addFailure(self, (type(exc), exc, exc.__traceback__))

    def debug(self):
        """Run the test without a result: exceptions propagate to the caller,
        which helps when running it under a debugger."""
        method = getattr(self, self._testMethodName)
        reason = _skip_reason(type(self), method)
        if reason is not None:
            raise SkipTest(reason)
        self._invoke_setup()
        self._invoke_test(method)
        self._invoke_teardown()
        pending = self._cleanups
        while pending:
            self._invoke_cleanup(*pending.pop())

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    def subTest(self, msg=_NO_MESSAGE, **params):
        """A context manager marking its block as a subtest, identified by
        *msg* and/or *params*. A failing subtest is reported on its own and
        the test goes on after the block."""
        return _SubTestScope(self, msg, params)

    # -- assertion helpers ---------------------------------------------

    def fail(self, msg=None):
        """Fail immediately with *msg*."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        """Combine the standard failure message with the user's *msg*:
        appended when longMessage is true, replacing it otherwise."""
        if not self.longMessage:
            return msg if msg else standardMsg
        if msg is None:
            return standardMsg
        try:
            return f'{standardMsg} : {msg}'
        except UnicodeDecodeError:
            return f'{safe_repr(standardMsg)} : {safe_repr(msg)}'

    def _fail_because(self, msg, standard):
        self.fail(self._formatMessage(msg, standard))

    def _truncateMessage(self, message, diff):
        """Append *diff* to *message* unless it is longer than maxDiff."""
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + DIFF_OMITTED % len(diff)

    @staticmethod
    def _pretty_diff(first, second):
        """An ndiff of the pretty-printed forms of two values."""
        return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                              pprint.pformat(second).splitlines()))

    # -- assertions ------------------------------------------------------

    def assertTrue(self, expr, msg=None):
        """Check that *expr* is true."""
        if not expr:
            self._fail_because(msg, '%s is not true' % safe_repr(expr))

    def assertFalse(self, expr, msg=None):
        """Check that *expr* is false."""
        if expr:
            self._fail_because(msg, '%s is not false' % safe_repr(expr))

    def addTypeEqualityFunc(self, typeobj, function):
        """Make assertEqual call function(first, second, msg=None) when both
        values are of exactly the type *typeobj*. It must raise
        self.failureException when they differ."""
        self._equality_checkers[typeobj] = function

    def _getAssertEqualityFunc(self, first, second):
        """The assertion assertEqual delegates to for these two values."""
        checker = None
        kind = type(first)
        if kind is type(second):
            checker = self._equality_checkers.get(kind,
                                                  self._DEFAULT_EQUALITY.get(kind))
        if checker is None:
            checker = '_baseAssertEqual'
        return getattr(self, checker) if isinstance(checker, str) else checker

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._fail_because(msg, '%s != %s' % _common_shorten_repr(first, second))

    def assertEqual(self, first, second, msg=None):
        """Check that first == second, with a type-specific message."""
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Check that first != second."""
        if not first != second:
            self._fail_because(msg, '%s == %s' % (safe_repr(first),
                                                  safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Check that two numbers differ by at most *delta*, or else that
        their difference rounds to zero at *places* decimal places
        (default 7). Equal values always pass."""
        if first == second:
            return
        if places is not None and delta is not None:
            raise TypeError('specify delta or places not both')
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            standard = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta),
                safe_repr(gap))
        else:
            if places is None:
                places = 7
            if round(gap, places) == 0:
                return
            standard = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(gap))
        self._fail_because(msg, standard)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None,
                             delta=None):
        """The opposite of assertAlmostEqual: equal values always fail."""
        if places is not None and delta is not None:
            raise TypeError('specify delta or places not both')
        gap = abs(first - second)
        if delta is not None:
            if not (first == second) and gap > delta:
                return
            standard = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta),
                safe_repr(gap))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(gap, places) != 0:
                return
            standard = '%s == %s within %r places' % (
                safe_repr(first), safe_repr(second), places)
        self._fail_because(msg, standard)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Check that two sequences have equal items; the message names the
        first differing item and shows a diff. When *seq_type* is given,
        both must be instances of it."""
        if seq_type is None:
            kind = 'sequence'
        else:
            kind = seq_type.__name__
            for label, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s'
                                                % (label, kind, safe_repr(seq)))
        report = self._sequence_report(seq1, seq2, seq_type, kind)
        if report is None:
            return
        report = self._truncateMessage(report, self._pretty_diff(seq1, seq2))
        self.fail(self._formatMessage(msg, report))

    def _sequence_report(self, seq1, seq2, seq_type, kind):
        """The explanation of how two sequences differ, or None if they
        count as equal."""
        sizes = []
        for label, seq in (('First', seq1), ('Second', seq2)):
            try:
                sizes.append(len(seq))
            except (TypeError, NotImplementedError):
                return '%s %s has no length.    Non-sequence?' % (label, kind)
        len1, len2 = sizes
        if seq1 == seq2:
            return None
        report = '%ss differ: %s != %s\n' % ((kind.capitalize(),)
                                             + _common_shorten_repr(seq1, seq2))
        for index in range(min(len1, len2)):
            pair = []
            for label, seq in (('first', seq1), ('second', seq2)):
                try:
                    pair.append(seq[index])
                except (TypeError, IndexError, NotImplementedError):
                    return report + ('\nUnable to index element %d of %s %s\n'
                                     % (index, label, kind))
            if pair[0] != pair[1]:
                report += ('\nFirst differing element %d:\n%s\n%s\n'
                           % ((index,) + _common_shorten_repr(*pair)))
                break
        else:
            if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                return None  # equal items, different sequence types
        if len1 != len2:
            longer, label = (seq1, 'First') if len1 > len2 else (seq2, 'Second')
            shorter_len = min(len1, len2)
            report += ('\n%s %s contains %d additional elements.\n'
                       % (label, kind, abs(len1 - len2)))
            try:
                report += ('First extra element %d:\n%s\n'
                           % (shorter_len, safe_repr(longer[shorter_len])))
            except (TypeError, IndexError, NotImplementedError):
                report += ('Unable to index element %d of %s %s\n'
                           % (shorter_len, label.lower(), kind))
        return report

    def assertListEqual(self, list1, list2, msg=None):
        """assertSequenceEqual for two lists."""
        return self.assertSequenceEqual(list1, list2, msg=msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """assertSequenceEqual for two tuples."""
        return self.assertSequenceEqual(tuple1, tuple2, msg=msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Check that two sets (or objects with a set-like difference()
        method) are equal, listing the items found in only one of them."""
        extra = []
        for label, this, other in (('first', set1, set2), ('second', set2, set1)):
            try:
                extra.append(this.difference(other))
            except TypeError as problem:
                self.fail('invalid type when attempting set difference: '
                          + str(problem))
            except AttributeError as problem:
                self.fail('%s argument does not support set difference: %s'
                          % (label, problem))
        if not (extra[0] or extra[1]):
            return
        lines = []
        for items, title in ((extra[0], 'Items in the first set but not the second:'),
                             (extra[1], 'Items in the second set but not the first:')):
            if items:
                lines.append(title)
                lines.extend(repr(item) for item in items)
        self._fail_because(msg, '\n'.join(lines))

    def assertIn(self, member, container, msg=None):
        """Check that member in container."""
        if not (member in container):
            self._fail_because(msg, '%s not found in %s' % (safe_repr(member),
                                                            safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        """Check that member not in container."""
        if member in container:
            self._fail_because(msg, '%s unexpectedly found in %s'
                               % (safe_repr(member), safe_repr(container)))

    def assertIs(self, expr1, expr2, msg=None):
        """Check that expr1 is expr2."""
        if expr1 is not expr2:
            self._fail_because(msg, '%s is not %s' % (safe_repr(expr1),
                                                      safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        """Check that expr1 is not expr2."""
        if expr1 is expr2:
            self._fail_because(msg, 'unexpectedly identical: %s' % safe_repr(expr1))

    def assertDictEqual(self, d1, d2, msg=None):
        """Check that two dicts are equal, showing a diff when they are not."""
        for label, value in (('First', d1), ('Second', d2)):
            self.assertIsInstance(value, dict, label + ' argument is not a dictionary')
        if d1 != d2:
            standard = '%s != %s' % _common_shorten_repr(d1, d2)
            standard = self._truncateMessage(standard, self._pretty_diff(d1, d2))
            self._fail_because(msg, standard)

    def assertCountEqual(self, first, second, msg=None):
        """Check that two iterables hold the same elements the same number
        of times, in any order."""
        differences = count_differences(list(first), list(second))
        if not differences:
            return
        lines = ['First has %d, Second has %d:  %r' % entry for entry in differences]
        standard = self._truncateMessage('Element counts were not equal:\n',
                                   '\n'.join(lines))
        self.fail(self._formatMessage(msg, standard))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Check that two strings are equal, showing a line diff when not."""
        for label, value in (('First', first), ('Second', second)):
            self.assertIsInstance(value, str, label + ' argument is not a string')
        if first == second:
            return
        if max(len(first), len(second)) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg=msg)
        # Give the last lines a newline when one of them lacks it, so that
        # a missing final newline shows up in the diff as a line of its own.
        if first and second:
            if not (first.endswith('\n') and second.endswith('\n')):
                first_text, second_text = first + '\n', second + '\n'
            else:
                first_text, second_text = first, second
        else:
            first_text = first if not first or first.endswith('\n') else first + '\n'
            second_text = second if not second or second.endswith('\n') else second + '\n'
        diff = ''.join(difflib.ndiff(first_text.splitlines(keepends=True),
                                     second_text.splitlines(keepends=True)))
        standard = '%s != %s' % _common_shorten_repr(first, second)
        standard = self._truncateMessage(standard, '\n' + diff)
        self.fail(self._formatMessage(msg, standard))

    def assertLess(self, a, b, msg=None):
        """Check that a < b."""
        if not a < b:
            self._fail_because(msg, '%s not less than %s' % (safe_repr(a),
                                                             safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        """Check that a <= b."""
        if not a <= b:
            self._fail_because(msg, '%s not less than or equal to %s'
                               % (safe_repr(a), safe_repr(b)))

    def assertGreater(self, a, b, msg=None):
        """Check that a > b."""
        if not a > b:
            self._fail_because(msg, '%s not greater than %s' % (safe_repr(a),
                                                                safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        """Check that a >= b."""
        if not a >= b:
            self._fail_because(msg, '%s not greater than or equal to %s'
                               % (safe_repr(a), safe_repr(b)))

    def assertIsNone(self, obj, msg=None):
        """Check that obj is None."""
        if obj is not None:
            self._fail_because(msg, '%s is not None' % safe_repr(obj))

    def assertIsNotNone(self, obj, msg=None):
        """Check that obj is not None."""
        if obj is None:
            self._fail_because(msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        """Check that isinstance(obj, cls)."""
        if isinstance(obj, cls):
            return
        self._fail_because(msg, '%s is not an instance of %r' % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        """Check that not isinstance(obj, cls)."""
        if isinstance(obj, cls):
            self._fail_because(msg, '%s is an instance of %r' % (safe_repr(obj), cls))

    def assertRegex(self, text, expected_regex, msg=None):
        """Check that *expected_regex* (a pattern string or a compiled
        pattern) is found somewhere in *text*."""
        if isinstance(expected_regex, (bytes, str)):
            assert expected_regex, 'expected_regex must not be empty.'
        pattern = re.compile(expected_regex)
        if pattern.search(text) is None:
            self._fail_because(msg, "Regex didn't match: %r not found in %r"
                               % (pattern.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Check that *unexpected_regex* is not found anywhere in *text*."""
        pattern = re.compile(unexpected_regex)
        found = pattern.search(text)
        if found:
            self._fail_because(msg, 'Regex matched: %r matches %r in %r' % (
                found.group(), pattern.pattern, text))

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Check that an exception of the given type(s) is raised.

        With a callable (and its arguments), call it and check; otherwise
        return a context manager checking its block, whose .exception
        attribute holds the exception afterwards. A msg keyword argument is
        only accepted in the context manager form.
        """
        checker = _RaisesContext(expected_exception, self)
        return checker.handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """Like assertRaises, also checking that the exception's text
        matches *expected_regex*."""
        checker = _RaisesContext(expected_exception, self, expected_regex)
        return checker.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Check that a warning of the given category(ies) is triggered;
        used like assertRaises. The context manager has .warning, .filename
        and .lineno afterwards."""
        checker = _WarnsContext(expected_warning, self)
        return checker.handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        """Like assertWarns, also checking the warning's text."""
        checker = _WarnsContext(expected_warning, self, expected_regex)
        return checker.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """A context manager checking that at least one message of *level*
        (default INFO) or above is logged on *logger* (default the root
        logger) or its children. It gives an object whose .records and
        .output lists hold the records and their "LEVEL:name:message"
        texts."""
        from ._logcapture import LogsContext
        return LogsContext(self, logger, level, expect_none=False)

    def assertNoLogs(self, logger=None, level=None):
        """A context manager checking that nothing of *level* (default INFO)
        or above is logged on *logger* or its children."""
        from ._logcapture import LogsContext
        return LogsContext(self, logger, level, expect_none=True)


class FunctionTestCase(TestCase):
    """Adapts a plain function (with optional setUp and tearDown functions)
    into a test case."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._parts = (setUp, tearDown, testFunc, description)

    def setUp(self):
        before = self._parts[0]
        if before is not None:
            before()

    def tearDown(self):
        after = self._parts[1]
        if after is not None:
            after()

    def runTest(self):
        self._parts[2]()

    def id(self):
        return self._parts[2].__name__

    def __eq__(self, other):
        if type(other) is type(self):
            return other._parts == self._parts
        return NotImplemented

    def __hash__(self):
        return hash(self._parts + (type(self),))

    def __str__(self):
        return '%s (%s)' % (strclass(type(self)), self.id())

    def __repr__(self):
        return '<%s tec=%s>' % (strclass(type(self)), self._parts[2])

    def shortDescription(self):
        """The description given to the constructor, else the first line of
        the function's docstring."""
        given = self._parts[3]
        if given is not None:
            return given
        text = self._parts[2].__doc__
        return (text.split('\n')[0].strip() or None) if text else None


class _SubTest(TestCase):
    """Stands for one subTest block of a running test in reports."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case, self.params, self._message = test_case, params, message

    @property
    def failureException(self):
        return self.test_case.failureException

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def _describe(self):
        parts = []
        if self._message is not _NO_MESSAGE:
            parts.append('[%s]' % (self._message,))
        if self.params:
            parts.append('(%s)' % ', '.join('%s=%r' % item
                                            for item in self.params.items()))
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return '%s %s' % (self.test_case.id(), self._describe())

    def shortDescription(self):
        parent = self.test_case
        return parent.shortDescription()

    def __str__(self):
        return '%s %s' % (self.test_case, self._describe())


def _call_if_present(obj, name):
    """Call the method *name* of *obj* without arguments, if it has one."""
    method = getattr(obj, name, None)
    if method is not None:
        method()
