"""The context manager behind TestCase.assertLogs and assertNoLogs."""

import collections
import logging

__unittest = True

# What assertLogs gives to the with statement: the captured LogRecords and
# their formatted texts.
LogCapture = collections.namedtuple('LogCapture', ['records', 'output'])

_RECORD_FORMAT = '%(levelname)s:%(name)s:%(message)s'


class _KeepingHandler(logging.Handler):
    """A logging handler that keeps everything it receives."""

    def __init__(self, capture, level):
        super().__init__(level)
        self.capture = capture
        self.setFormatter(logging.Formatter(_RECORD_FORMAT))

    def flush(self):
        pass  # nothing is written anywhere

    def emit(self, record):
        kept_records, kept_texts = self.capture
        kept_records.append(record)
        kept_texts.append(self.format(record))


class LogsContext(object):
    """Temporarily replaces the handlers of a logger by a capturing one.

    With expect_none false (assertLogs), the block must log at least one
    message at the level or above; with expect_none true (assertNoLogs), it
    must log none.
    """

    def __init__(self, test_case, logger, level, expect_none):
        self.case, self.target, self.expect_none = test_case, logger, expect_none
        if not level:
            level = logging.INFO
        # Level names are accepted as well as numbers.
        self.level = logging.getLevelNamesMapping().get(level, level)
        self.msg = None

    def _logger(self):
        if isinstance(self.target, logging.Logger):
            return self.target
        return logging.getLogger(self.target)

    def __enter__(self):
        logger = self.logger = self._logger()
        self.watcher = LogCapture([], [])
        self._saved = (logger.handlers[:], logger.level, logger.propagate)
        # Only our handler sees the messages while the block runs.
        logger.handlers = [_KeepingHandler(self.watcher, self.level)]
        logger.propagate = False
        logger.setLevel(self.level)
        return None if self.expect_none else self.watcher

    def __exit__(self, exc_type, exc, tb):
        logger = self.logger
        logger.handlers, level, logger.propagate = self._saved
        logger.setLevel(level)
        if exc_type is not None:
            return False  # the block's own exception propagates
        captured = self.watcher.records
        if self.expect_none:
            if captured:
                self._fail('Unexpected logs found: %r' % (self.watcher.output,))
        elif not captured:
            self._fail('no logs of level %s or higher triggered on %s'
                       % (logging.getLevelName(self.level), logger.name))
        return False

    def _fail(self, standard):
        case = self.case
        raise case.failureException(case._formatMessage(self.msg, standard))
