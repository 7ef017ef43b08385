# unittest.main() finding no tests: "NO TESTS RAN" and exit status 5.
import time
import unittest

time.perf_counter = lambda: 0.0


class NotATest:
    def test_ignored(self):
        pass


unittest.main()
