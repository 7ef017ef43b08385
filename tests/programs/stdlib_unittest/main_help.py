# unittest.main's command-line help (-h) and a bad option: argparse output and exit status.
import io
import sys
import unittest


class Nothing(unittest.TestCase):
    def test_nothing(self):
        pass


for argv in (['prog', '-h'], ['prog', '--no-such-option']):
    print('===', argv)
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        unittest.main(argv=argv, testLoader=unittest.TestLoader())
    except SystemExit as e:
        print('exit', e.code)
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    print(text, end='')
