"""TestResult: the object a test run reports its outcomes to."""

import functools
import io
import sys
import traceback

from . import util

__unittest = True

_CAPTURED_OUT = '\nStdout:\n%s'
_CAPTURED_ERR = '\nStderr:\n%s'


def failfast(method):
    """Make a reporting method stop the run first when failfast is set."""
    @functools.wraps(method)
    def reporting(result, *args, **kwargs):
        if getattr(result, 'failfast', False):
            result.stop()
        return method(result, *args, **kwargs)
    return reporting


def _in_unittest(frame):
    """True for frames running code of a module marked with __unittest."""
    return '__unittest' in frame.f_globals


def _relevant_span(tb, is_failure):
    """The (start, stop) slice of the entries of *tb* worth showing.

    Frames of unittest's own machinery at the start are dropped. For a
    failure, everything from the next unittest frame on (the assert method
    that raised it and whatever it called) is dropped as well.
    """
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    start = 0
    while start < len(frames) and _in_unittest(frames[start]):
        start += 1
    stop = len(frames)
    if is_failure:
        for index in range(start, len(frames)):
            if _in_unittest(frames[index]):
                stop = index
                break
    return start, stop


def _trim_report(report, exc, tb, failure_type):
    """Remove unittest's own frames from a TracebackException, including the
    exceptions chained to it and the members of exception groups."""
    pending = [(report, exc, tb)]
    done = set()
    while pending:
        snapshot, real, trace = pending.pop()
        if snapshot is None or real is None or id(snapshot) in done:
            continue
        done.add(id(snapshot))
        is_failure = failure_type is not None and isinstance(real, failure_type)
        start, stop = _relevant_span(trace, is_failure)
        del snapshot.stack[stop:]
        del snapshot.stack[:start]
        for linked_snapshot, linked in ((snapshot.__cause__, real.__cause__),
                                        (snapshot.__context__, real.__context__)):
            if linked is not None:
                pending.append((linked_snapshot, linked, linked.__traceback__))
        members = getattr(snapshot, 'exceptions', None)
        if members and isinstance(real, BaseExceptionGroup):
            for member_snapshot, member in zip(members, real.exceptions):
                pending.append((member_snapshot, member, member.__traceback__))


class TestResult(object):
    """Collects the outcomes of tests.

    The runner calls startTest/stopTest around each test and one of the add*
    methods for its outcome. failures and errors hold (test, formatted
    traceback) pairs, skipped holds (test, reason) pairs, expectedFailures
    (test, formatted traceback) pairs and unexpectedSuccesses the tests.
    """

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        # The outcome lists.
        for name in ('failures', 'errors', 'skipped', 'expectedFailures',
                     'unexpectedSuccesses', 'collectedDurations'):
            setattr(self, name, [])
        self.testsRun = 0
        # Settings, normally copied from the runner.
        self.failfast = self.buffer = self.tb_locals = False
        self.shouldStop = False
        # Output capture for buffer mode.
        self._stdout_buffer = self._stderr_buffer = None
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._mirrorOutput = False  # show the captured output of this test

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            util.strclass(type(self)), self.testsRun, len(self.errors),
            len(self.failures))

    # -- the life cycle of a run ---------------------------------------

    def startTestRun(self):
        """Called once before any test runs."""

    def stopTestRun(self):
        """Called once after all tests ran."""

    def startTest(self, test):
        """Called when *test* is about to run."""
        self.testsRun += 1
        self._mirror(False)
        self._setupStdout()

    def stopTest(self, test):
        """Called when *test* has finished, whatever its outcome."""
        self._restoreStdout()
        self._mirror(False)

    def _mirror(self, flag):
        # Whether the output captured for the current test is to be shown.
        self._mirrorOutput = flag

    def printErrors(self):
        """Called by the runner after the run; a plain result prints nothing."""

    def stop(self):
        """Ask the run to end after the current test."""
        self.shouldStop = True

    def wasSuccessful(self):
        """True when nothing failed, errored or passed unexpectedly."""
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    # -- outcomes --------------------------------------------------------

    def _record(self, bucket, test, err):
        bucket.append((test, self._exc_info_to_string(err, test)))
        self._mirror(True)

    @failfast
    def addError(self, test, err):
        """*test* raised an unexpected exception; err is an exc_info triple."""
        self._record(self.errors, test, err)

    @failfast
    def addFailure(self, test, err):
        """*test* failed an assertion; err is an exc_info triple."""
        self._record(self.failures, test, err)

    def addSuccess(self, test):
        """*test* passed."""

    def addSkip(self, test, reason):
        """*test* was skipped for *reason*."""
        self.skipped.append((test, reason))  # the reason is kept as given

    def addExpectedFailure(self, test, err):
        """*test*, marked with expectedFailure, failed as expected."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """*test*, marked with expectedFailure, passed nonetheless."""
        self.unexpectedSuccesses += [test]

    def addSubTest(self, test, subtest, err):
        """A subtest of *test* finished; err is None when it passed."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        failed = issubclass(err[0], test.failureException)
        bucket = self.failures if failed else self.errors
        # The report is made as for the test, but filed under the subtest.
        bucket.append((subtest, self._exc_info_to_string(err, test)))
        self._mirror(True)

    def addDuration(self, test, elapsed):
        """*test* took *elapsed* seconds, fixtures and cleanups included."""
        # Results made before durations existed may lack the list.
        timings = getattr(self, 'collectedDurations', None)
        if timings is not None:
            # The description rather than the test: tests hold resources.
            timings.append((str(test), elapsed))

    # -- output buffering ------------------------------------------------

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stdout_buffer is None:
            self._stdout_buffer, self._stderr_buffer = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            # Something went wrong: show what the test printed.
            for captured, template, target in (
                    (sys.stdout, _CAPTURED_OUT, self._original_stdout),
                    (sys.stderr, _CAPTURED_ERR, self._original_stderr)):
                text = _with_newline(captured.getvalue())
                if text:
                    target.write(template % text)
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for captured in (self._stdout_buffer, self._stderr_buffer):
            captured.seek(0)
            captured.truncate()

    # -- formatting ------------------------------------------------------

    def _exc_info_to_string(self, err, test):
        """Format an exc_info triple as the report of *test*, leaving out
        unittest's own frames and adding any buffered output."""
        exc_type, exc, tb = err
        report = traceback.TracebackException(
            exc_type, exc, tb, capture_locals=self.tb_locals, compact=True)
        _trim_report(report, exc, tb, getattr(test, 'failureException', None))
        pieces = list(report.format())
        if self.buffer:
            out = _with_newline(sys.stdout.getvalue())
            if out:
                pieces.append(_CAPTURED_OUT % out)
            errors = _with_newline(sys.stderr.getvalue())
            if errors:
                pieces.append(_CAPTURED_ERR % errors)
        return ''.join(pieces)


def _with_newline(text):
    """*text* ending with a newline, unless it is empty."""
    if text and not text.endswith('\n'):
        text += '\n'
    return text
