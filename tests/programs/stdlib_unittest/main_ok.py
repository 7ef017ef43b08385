# unittest.main() with -v on the command line: verbose report on stderr, exit status 0.
import sys
import time
import unittest

time.perf_counter = lambda: 0.0
sys.argv[1:] = ['-v']


class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 2, 3)

    def test_mul(self):
        """Multiplication works."""
        self.assertEqual(2 * 3, 6)

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(0.1 + 0.2, 0.3)

    @unittest.skipIf(True, 'skipped on purpose')
    def test_skipped(self):
        pass

    def test_subtests(self):
        for n in range(3):
            with self.subTest(n=n):
                self.assertGreaterEqual(n, 0)


if __name__ == '__main__':
    unittest.main()
