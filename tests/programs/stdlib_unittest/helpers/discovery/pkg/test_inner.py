import unittest


class InnerTests(unittest.TestCase):
    def test_inner_a(self):
        pass

    def test_inner_b(self):
        self.assertEqual('inner', 'outer')
