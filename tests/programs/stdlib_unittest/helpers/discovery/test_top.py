import unittest


class TopTests(unittest.TestCase):
    def test_top(self):
        pass
