import unittest
import no_such_module_anywhere


class NeverLoaded(unittest.TestCase):
    def test_x(self):
        pass
