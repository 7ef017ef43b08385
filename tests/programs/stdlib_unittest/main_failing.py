# unittest.main() in a test module: the report on stderr and exit status 1. The runner
# times the run with time.perf_counter; replacing it makes "Ran N tests in 0.000s" fixed.
import time
import unittest
import warnings

time.perf_counter = lambda: 0.0


def parse(text):
    if not text:
        raise ValueError('empty input')
    return text.split(',')


class ParserTests(unittest.TestCase):
    def test_split(self):
        self.assertEqual(parse('a,b'), ['a', 'b'])

    def test_wrong_expectation(self):
        self.assertEqual(parse('a,b,c'), ['a', 'b'])

    def test_empty(self):
        parse('')

    def test_chained(self):
        try:
            parse('')
        except ValueError as e:
            raise RuntimeError('parsing failed') from e

    def test_context(self):
        try:
            lookup = {}
            lookup.pop('key')
        except KeyError:
            raise TypeError('while handling')

    @unittest.skip('later')
    def test_later(self):
        pass

    def test_with_message(self):
        self.assertTrue(parse('x') == [], 'parse should give nothing')


class OtherTests(unittest.TestCase):
    def test_ok(self):
        pass

    def test_helper_failure(self):
        self.check_positive(-1)

    def check_positive(self, n):
        self.assertGreater(n, 0)


if __name__ == '__main__':
    print('stdout is separate from the report')
    unittest.main()
