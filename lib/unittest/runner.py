"""TextTestRunner and TextTestResult: running tests and reporting on a
text stream."""

import sys
import time
import warnings

from . import result
from .case import _SubTest
from .signals import registerResult

__unittest = True


class _WritelnDecorator(object):
    """Wraps a stream, adding a writeln() method."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        if name in ('stream', '__getstate__'):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(result.TestResult):
    """A test result that reports progress on a stream as tests run.

    At verbosity 1 each outcome prints a character (. F E s x u); at 2 or
    more each test gets a line with its description and outcome.
    """

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions, self.durations = stream, descriptions, durations
        # One line per test above verbosity 1, one character at exactly 1.
        self.showAll, self.dots = verbosity >= 2, verbosity == 1
        # False while a "description ... " is waiting for its outcome.
        self._line_done = True

    def getDescription(self, test):
        """str(test), followed on a new line by its short description when
        descriptions are enabled and it has one."""
        summary = test.shortDescription()
        if self.descriptions and summary:
            return '%s\n%s' % (test, summary)
        return str(test)

    def _write_header(self, test, indent=''):
        self.stream.write('%s%s ... ' % (indent, self.getDescription(test)))

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self._write_header(test)
            self.stream.flush()
            self._line_done = False

    def _show_outcome(self, test, word, letter):
        """Print an outcome: *word* in verbose mode, *letter* in dots mode."""
        if self.showAll:
            if isinstance(test, _SubTest):
                # Subtests get indented lines of their own.
                if not self._line_done:
                    self.stream.writeln()
                self._write_header(test, '  ')
            elif self._line_done:
                # No header pending (e.g. a skip reported without startTest).
                self._write_header(test)
            self.stream.writeln(word)
            self.stream.flush()
            self._line_done = True
        elif self.dots:
            self.stream.write(letter)
            self.stream.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._show_outcome(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._show_outcome(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._show_outcome(test, 'FAIL', 'F')

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            self._show_outcome(subtest, *(('FAIL', 'F') if failed else ('ERROR', 'E')))
        super().addSubTest(test, subtest, err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._show_outcome(test, 'skipped %r' % (reason,), 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._show_outcome(test, 'expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._show_outcome(test, 'unexpected success', 'u')

    def printErrors(self):
        """Print the reports of errors, failures and unexpected successes."""
        out = self.stream
        if self.showAll or self.dots:
            out.writeln()  # end the line of progress characters
            out.flush()
        for flavour, entries in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, entries)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            out.writeln(self.separator1)
            for test in surprises:
                out.writeln('UNEXPECTED SUCCESS: %s' % self.getDescription(test))
            out.flush()

    def printErrorList(self, flavour, errors):
        """Print one block per (test, formatted traceback) entry."""
        out = self.stream
        for test, report in errors:
            out.write('%s\n%s: %s\n%s\n%s\n' % (
                self.separator1, flavour, self.getDescription(test),
                self.separator2, report))
            out.flush()


class TextTestRunner(object):
    """Runs tests and reports on a stream (default sys.stderr): progress as
    they run, then the failure reports and a summary."""

    # The class of the results it makes, unless told otherwise.
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *,
                 tb_locals=False, durations=None):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        # How to report.
        vars(self).update(descriptions=descriptions, verbosity=verbosity,
                          tb_locals=tb_locals, durations=durations)
        # How to run: these are handed to the result.
        vars(self).update(failfast=failfast, buffer=buffer, warnings=warnings)
        self.resultclass = type(self).resultclass if resultclass is None else resultclass

    def _makeResult(self):
        positional = (self.stream, self.descriptions, self.verbosity)
        try:
            return self.resultclass(*positional, durations=self.durations)
        except TypeError:
            # A result class written before the durations argument existed.
            return self.resultclass(*positional)

    def _print_durations(self, outcome):
        timings = getattr(outcome, 'collectedDurations', None)
        if not timings:
            return
        timings = sorted(timings, key=lambda entry: entry[1], reverse=True)
        if self.durations > 0:
            timings = timings[:self.durations]
        self.stream.writeln('Slowest test durations')
        if hasattr(outcome, 'separator2'):
            self.stream.writeln(outcome.separator2)
        hidden = False
        show_all = self.verbosity >= 2
        for description, elapsed in timings:
            if elapsed < 0.001 and not show_all:
                hidden = True
            else:
                self.stream.writeln('%-10s %s' % ('%.3fs' % elapsed, description))
        if hidden:
            self.stream.writeln('\n(durations < 0.001s were hidden; '
                                'use -v to show these durations)')
        else:
            self.stream.writeln('')

    def run(self, test):
        """Run a test or suite and print the report; returns the result."""
        outcome = self._makeResult()
        registerResult(outcome)
        outcome.failfast = self.failfast
        outcome.buffer = self.buffer
        outcome.tb_locals = self.tb_locals
        saved_filters = warnings.catch_warnings()
        with saved_filters:
            if self.warnings:
                # Applies to every warning raised while the tests run.
                warnings.simplefilter(action=self.warnings)
            started = time.perf_counter()
            begin = getattr(outcome, 'startTestRun', None)
            if begin is not None:
                begin()
            try:
                test(outcome)
            finally:
                end = getattr(outcome, 'stopTestRun', None)
                if end is not None:
                    end()
            finished = time.perf_counter()
        outcome.printErrors()
        if self.durations is None:
            pass  # no durations report asked for
        else:
            self._print_durations(outcome)
        if hasattr(outcome, 'separator2'):
            self.stream.writeln(outcome.separator2)
        count = outcome.testsRun
        self.stream.writeln('Ran %d test%s in %.3fs'
                            % (count, '' if count == 1 else 's', finished - started))
        self.stream.writeln()
        self._print_summary(outcome, count)
        self.stream.flush()
        return outcome

    def _print_summary(self, outcome, count):
        details = []
        if not outcome.wasSuccessful():
            self.stream.write('FAILED')
            for label, items in (('failures', outcome.failures),
                                 ('errors', outcome.errors)):
                if items:
                    details.append('%s=%d' % (label, len(items)))
        elif count == 0:
            self.stream.write('NO TESTS RAN')
        else:
            self.stream.write('OK')
        for label, attribute in (('skipped', 'skipped'),
                                 ('expected failures', 'expectedFailures'),
                                 ('unexpected successes', 'unexpectedSuccesses')):
            amount = len(getattr(outcome, attribute, ()))
            if amount:
                details.append('%s=%d' % (label, amount))
        if details:
            self.stream.writeln(' (%s)' % ', '.join(details))
        else:
            self.stream.write('\n')
