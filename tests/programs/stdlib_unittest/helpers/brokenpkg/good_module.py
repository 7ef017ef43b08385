import unittest


class Good(unittest.TestCase):
    def test_good(self):
        pass

    @staticmethod
    def test_static():
        pass


suite_object = unittest.TestSuite([Good('test_good')])
not_callable = 17


def make_wrong():
    return 'a string'
