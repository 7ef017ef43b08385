# tb_locals (the --locals option of unittest.main): each frame of a report lists its local
# variables, sorted by name.
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def helper(limit):
    values = list(range(limit))
    if len(values) < 5:
        raise IndexError('only %d values' % len(values))


class Locals(unittest.TestCase):
    def test_failure(self):
        number = 42
        words = ['a', 'b']
        self.assertEqual(number, 41)

    def test_error(self):
        limit = 3
        helper(limit)


for argv in (['prog', '--locals'], ['prog']):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        unittest.main(argv=argv, exit=False, testLoader=unittest.TestLoader())
    finally:
        text = sys.stderr.getvalue().replace(HERE, '')
        sys.stderr = saved
    print(re.sub(r' in \d+\.\d\d\ds\n', ' in X.XXXs\n', text), end='')
