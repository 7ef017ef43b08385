# A realistic test suite: TestCase classes using @patch, class decorators, setUp patchers and
# addCleanup(patch.stopall), run through TextTestRunner on a path-stripping stdout stream.
import os
import sys
import time
import unittest
from unittest import mock
from unittest.mock import patch, MagicMock, call

time.perf_counter = lambda: 0.0
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Stream:
    def write(self, text):
        sys.stdout.write(text.replace(HERE, ''))

    def flush(self):
        sys.stdout.flush()


class Mailer:
    def __init__(self, host):
        self.host = host

    def send(self, to, body):
        raise RuntimeError('no network in tests')


class Notifier:
    def __init__(self, mailer):
        self.mailer = mailer

    def notify(self, users, message):
        sent = 0
        for user in users:
            if user.get('email'):
                self.mailer.send(user['email'], message)
                sent += 1
        return sent


def build_notifier():
    return Notifier(Mailer('smtp.example.com'))


def current_user():
    return os.environ.get('APP_USER', 'nobody')


class NotifierTests(unittest.TestCase):
    def test_notify_sends_to_users_with_email(self):
        mailer = MagicMock(spec=Mailer)
        notifier = Notifier(mailer)
        count = notifier.notify([{'email': 'a@x'}, {}, {'email': 'b@x'}], 'hi')
        self.assertEqual(count, 2)
        mailer.send.assert_has_calls([call('a@x', 'hi'), call('b@x', 'hi')])
        self.assertEqual(mailer.send.call_count, 2)

    @patch('__main__.Mailer')
    def test_build_uses_mailer(self, FakeMailer):
        notifier = build_notifier()
        FakeMailer.assert_called_once_with('smtp.example.com')
        self.assertIs(notifier.mailer, FakeMailer.return_value)

    @patch.object(Mailer, 'send')
    @patch('__main__.build_notifier')
    def test_stacked(self, build, send):
        build.return_value.notify.return_value = 7
        self.assertEqual(build().notify([], 'x'), 7)
        Mailer('h').send('to', 'body')
        build.assert_called_once_with()
        send.assert_called_once_with('to', 'body')

    @patch.dict(os.environ, {'APP_USER': 'alice'})
    def test_env(self):
        self.assertEqual(current_user(), 'alice')

    def test_send_failure_propagates(self):
        mailer = MagicMock()
        mailer.send.side_effect = ConnectionError('down')
        with self.assertRaises(ConnectionError):
            Notifier(mailer).notify([{'email': 'a@x'}], 'x')

    def test_wrong_expectation(self):
        mailer = MagicMock(name='mailer')
        Notifier(mailer).notify([{'email': 'a@x'}], 'hello')
        self.assertEqual(mailer.send.call_args, call('a@x', 'goodbye'))


@patch('__main__.current_user', return_value='patched-user')
class ClassDecorated(unittest.TestCase):
    def test_one(self, cu):
        self.assertEqual(current_user(), 'patched-user')
        cu.assert_called_once_with()

    def test_two(self, cu):
        self.assertFalse(cu.called)

    def helper_not_a_test(self):
        return 'untouched'


class SetUpPatching(unittest.TestCase):
    def setUp(self):
        patcher = patch('os.getcwd', return_value='/srv/app')
        self.getcwd = patcher.start()
        self.addCleanup(patcher.stop)
        patch.object(Mailer, 'send', return_value='queued').start()
        self.addCleanup(patch.stopall)

    def test_cwd(self):
        self.assertEqual(os.getcwd(), '/srv/app')
        self.getcwd.assert_called_once_with()

    def test_send(self):
        self.assertEqual(Mailer('h').send('a', 'b'), 'queued')


if __name__ == '__main__':
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for case in (NotifierTests, ClassDecorated, SetUpPatching):
        suite.addTests(loader.loadTestsFromTestCase(case))
    result = unittest.TextTestRunner(stream=Stream(), verbosity=2).run(suite)
    print(result.testsRun, len(result.failures), len(result.errors))
    print(ClassDecorated('test_one').helper_not_a_test())
    print(os.getcwd() != '/srv/app', Mailer.send.__name__)
