"""A test module with module-level fixtures, used by suite_fixtures.py."""
import unittest

events = []


def setUpModule():
    events.append('helpers setUpModule')


def tearDownModule():
    events.append('helpers tearDownModule')
    raise RuntimeError('helpers tearDownModule broke')


class HelperTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append('HelperTests setUpClass')

    @classmethod
    def tearDownClass(cls):
        events.append('HelperTests tearDownClass')

    def test_helper(self):
        events.append('test_helper')
