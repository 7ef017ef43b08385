# unittest.main runs tests under the "default" warnings filter: DeprecationWarning is
# shown, once per location; assertWarns still captures its warnings.
import time
import unittest
import warnings

time.perf_counter = lambda: 0.0


def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)
    return 1


class Warned(unittest.TestCase):
    def test_a_deprecated(self):
        for _ in range(3):
            self.assertEqual(old_api(), 1)

    def test_b_user_warning(self):
        warnings.warn('something odd')

    def test_c_captured(self):
        with self.assertWarns(DeprecationWarning):
            old_api()


unittest.main(verbosity=2)
