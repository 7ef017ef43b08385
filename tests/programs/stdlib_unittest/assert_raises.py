# assertRaises / assertRaisesRegex as context managers and with a callable, and
# assertWarns / assertWarnsRegex, assertLogs / assertNoLogs.
import logging
import sys
import warnings
import unittest

tc = unittest.TestCase()


def attempt(label, fn):
    try:
        value = fn()
    except AssertionError as e:
        print('%s: AssertionError: %s' % (label, e))
    except Exception as e:
        print('%s: %s: %s' % (label, type(e).__name__, e))
    else:
        print('%s: passed' % label, '' if value is None else value)


def boom(kind='value', text='bad value'):
    if kind == 'value':
        raise ValueError(text)
    if kind == 'key':
        raise KeyError(text)
    return 'no error'


def cm_ok():
    with tc.assertRaises(ValueError) as cm:
        boom()
    return (type(cm.exception).__name__, cm.exception.args, cm.exception.__traceback__)


def cm_not_raised():
    with tc.assertRaises(ValueError):
        pass


def cm_tuple_not_raised():
    with tc.assertRaises((ValueError, TypeError)):
        pass


def cm_wrong_type():
    with tc.assertRaises(ValueError):
        boom('key')


def cm_subclass():
    with tc.assertRaises(LookupError) as cm:
        boom('key')
    return repr(cm.exception)


def cm_msg():
    with tc.assertRaises(ValueError, msg='should have raised'):
        pass


def cm_bad_kwarg():
    with tc.assertRaises(ValueError, foo=1):
        pass


def regex_ok():
    with tc.assertRaisesRegex(ValueError, r'bad \w+'):
        boom()


def regex_mismatch():
    with tc.assertRaisesRegex(ValueError, r'^good'):
        boom()


def regex_compiled():
    import re
    with tc.assertRaisesRegex(ValueError, re.compile('VALUE', re.I)) as cm:
        boom()
    return cm.expected_regex.pattern


attempt('cm ok', cm_ok)
attempt('cm not raised', cm_not_raised)
attempt('cm tuple not raised', cm_tuple_not_raised)
attempt('cm wrong type', cm_wrong_type)
attempt('cm subclass', cm_subclass)
attempt('cm msg', cm_msg)
attempt('cm bad kwarg', cm_bad_kwarg)
attempt('callable ok', lambda: tc.assertRaises(ValueError, boom))
attempt('callable args', lambda: tc.assertRaises(KeyError, boom, 'key', text='k'))
attempt('callable not raised', lambda: tc.assertRaises(ValueError, boom, 'none'))
attempt('callable lambda', lambda: tc.assertRaises(ValueError, lambda: None))
attempt('not a type', lambda: tc.assertRaises(3))
attempt('not an exception', lambda: tc.assertRaises(int))
attempt('regex ok', regex_ok)
attempt('regex mismatch', regex_mismatch)
attempt('regex compiled', regex_compiled)
attempt('regex callable', lambda: tc.assertRaisesRegex(ValueError, 'nope', boom))
attempt('regex callable ok', lambda: tc.assertRaisesRegex(ValueError, 'val', boom, text='a value'))
attempt('regex bad type', lambda: tc.assertRaisesRegex('x', 'y'))
attempt('system exit', lambda: tc.assertRaises(SystemExit, sys.exit, 3))


print('=== warnings')


def warn(category=UserWarning, text='careful'):
    warnings.warn(text, category)


def warns_ok():
    with tc.assertWarns(DeprecationWarning) as cm:
        warn(DeprecationWarning, 'old api')
    return (str(cm.warning), type(cm.warning).__name__, cm.lineno > 0)


def warns_missing():
    with tc.assertWarns(UserWarning):
        pass


def warns_other_category():
    with tc.assertWarns(DeprecationWarning):
        warn(RuntimeWarning)


def warns_regex_mismatch():
    with tc.assertWarnsRegex(UserWarning, 'danger'):
        warn(UserWarning, 'careful now')


def warns_regex_ok():
    with tc.assertWarnsRegex(UserWarning, 'now$') as cm:
        warn(UserWarning, 'careful first')
        warn(UserWarning, 'careful now')
    return str(cm.warning)


def warns_twice():
    for _ in range(2):
        with tc.assertWarns(UserWarning):
            warn()
    return 'twice'


attempt('warns ok', warns_ok)
attempt('warns missing', warns_missing)
attempt('warns other category', warns_other_category)
attempt('warns regex mismatch', warns_regex_mismatch)
attempt('warns regex ok', warns_regex_ok)
attempt('warns twice', warns_twice)
attempt('warns callable', lambda: tc.assertWarns(UserWarning, warn))
attempt('warns callable missing', lambda: tc.assertWarns(UserWarning, boom, 'none'))
attempt('warns bad type', lambda: tc.assertWarns(ValueError))

print('=== logs')


def logs_ok():
    with tc.assertLogs('app', level='INFO') as cm:
        logging.getLogger('app').info('first')
        logging.getLogger('app.sub').error('second %d', 2)
        logging.getLogger('app').debug('hidden')
    return cm.output, [r.getMessage() for r in cm.records]


def logs_root_default():
    with tc.assertLogs() as cm:
        logging.getLogger('x.y').warning('rooted')
    return cm.output


def logs_none():
    with tc.assertLogs('quiet'):
        logging.getLogger('quiet').debug('too low')


def logs_level_number():
    with tc.assertLogs('app', logging.WARNING):
        logging.getLogger('app').info('too low')


def no_logs_ok():
    with tc.assertNoLogs('app', level='ERROR'):
        logging.getLogger('app').warning('below error')


def no_logs_fail():
    with tc.assertNoLogs('app'):
        logging.getLogger('app').info('oops')


def logs_restore():
    logger = logging.getLogger('restore')
    before = (logger.handlers[:], logger.level, logger.propagate)
    with tc.assertLogs(logger, 'DEBUG'):
        logger.debug('x')
    return before == (logger.handlers[:], logger.level, logger.propagate)


attempt('logs ok', logs_ok)
attempt('logs root default', logs_root_default)
attempt('logs none', logs_none)
attempt('logs level number', logs_level_number)
attempt('no logs ok', no_logs_ok)
attempt('no logs fail', no_logs_fail)
attempt('logs restore', logs_restore)
