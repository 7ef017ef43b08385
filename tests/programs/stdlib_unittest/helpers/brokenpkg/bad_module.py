import unittest
import not_installed_anywhere_123


class Never(unittest.TestCase):
    def test_never(self):
        pass
