# DocTestSuite integration with unittest, with setUp/tearDown and flags.
import doctest
import io
import os
import re
import sys
import tempfile
import unittest

SOURCE = '''"""Temperature conversions.

>>> to_fahrenheit(100)
212.0
"""


def to_fahrenheit(c):
    """
    >>> to_fahrenheit(0)
    32.0
    >>> to_fahrenheit(-40)
    -40.0
    """
    return c * 9 / 5 + 32


def to_celsius(f):
    """
    >>> to_celsius(212)
    100.0
    >>> to_celsius(50)
    10
    >>> [round(to_celsius(t)) for t in (32, 41, 50, 59)]
    [0, 5, 10, 16]
    """
    return (f - 32) * 5 / 9


def scale_name():
    """
    >>> scale_name()
    'celsius'
    >>> UNIT
    'C'
    """
    return "celsius"


def nothing_here():
    return None


class Thermometer:
    """
    >>> t = Thermometer(20)
    >>> t.reading
    20
    """

    def __init__(self, reading):
        self.reading = reading

    def warmer(self, delta):
        """
        >>> Thermometer(1).warmer(2).reading
        3
        """
        return Thermometer(self.reading + delta)
'''

TIMING = re.compile(r'Ran (\d+) tests? in [0-9.]+s')


def run_suite(suite, folder, verbosity=2):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    text = TIMING.sub(r'Ran \1 tests', stream.getvalue())
    lines = []
    skipping = False
    for line in text.split('\n'):
        # keep unittest's headings but not the Python-level frames
        if line.startswith('Traceback (most recent call last):'):
            skipping = True
            continue
        if skipping:
            if line.startswith('AssertionError: '):
                skipping = False
                lines.append(line)
            continue
        lines.append(line)
    print('\n'.join(lines).replace(folder + os.sep, ''), end='')
    return result


with tempfile.TemporaryDirectory() as folder:
    folder = os.path.realpath(folder)
    with open(os.path.join(folder, 'temperature.py'), 'w') as f:
        f.write(SOURCE)
    sys.path.insert(0, folder)
    import temperature

    print("== suite contents ==")
    suite = doctest.DocTestSuite(temperature, extraglobs={'UNIT': 'C'})
    print(suite.countTestCases())
    for case in suite:
        print(case.id(), '|', str(case), '|', case.shortDescription())

    print("== verbose run ==")
    result = run_suite(suite, folder)
    print(result.testsRun, len(result.failures), len(result.errors))

    print("== setUp / tearDown and reporting flags ==")
    calls = []

    def set_up(test):
        calls.append('setUp ' + test.name)
        test.globs['UNIT'] = 'K'

    def tear_down(test):
        calls.append('tearDown ' + test.name)

    suite = doctest.DocTestSuite('temperature', setUp=set_up, tearDown=tear_down,
                                 optionflags=doctest.REPORT_NDIFF)
    result = run_suite(suite, folder, verbosity=1)
    print(result.testsRun, len(result.failures))
    print('\n'.join(calls))

    print("== set_unittest_reportflags ==")
    old = doctest.set_unittest_reportflags(doctest.REPORT_ONLY_FIRST_FAILURE)
    print(old)
    suite = doctest.DocTestSuite(temperature, extraglobs={'UNIT': 'C'})
    result = run_suite(suite, folder, verbosity=0)
    print(doctest.set_unittest_reportflags(old))
    try:
        doctest.set_unittest_reportflags(doctest.ELLIPSIS)
    except ValueError as e:
        print(type(e).__name__, e)

    print("== custom finder ==")
    finder = doctest.DocTestFinder(recurse=False)
    suite = doctest.DocTestSuite(temperature, test_finder=finder)
    print([case.id() for case in suite])
    print(run_suite(suite, folder, verbosity=1).wasSuccessful())

    print("== DocTestCase.debug ==")
    tests = doctest.DocTestFinder().find(temperature)
    by_name = {t.name: t for t in tests}
    case = doctest.DocTestCase(by_name['temperature.to_celsius'])
    try:
        case.debug()
    except doctest.DocTestFailure as failure:
        print(type(failure).__name__, repr(failure.example.source), repr(failure.got))
    doctest.DocTestCase(by_name['temperature.to_fahrenheit']).debug()
    print('debug passed')
    sys.path.remove(folder)
