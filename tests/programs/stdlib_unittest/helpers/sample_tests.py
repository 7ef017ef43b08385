"""A test module loaded by name from loader.py."""
import unittest


class Alpha(unittest.TestCase):
    def test_first(self):
        pass

    def test_second(self):
        self.assertEqual(1, 1)


class Beta(unittest.TestCase):
    def test_only(self):
        pass


def make_suite():
    return unittest.TestSuite([Beta('test_only')])


def make_case():
    return Alpha('test_first')


def not_a_test():
    return 42
