# unittest.main's arguments and command line: exit=False, verbosity, -v/-q, test names,
# -k patterns, -f (failfast), -b (buffer), defaultTest, module=, and the exit statuses.
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Calc(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_sub_wrong(self):
        print('output of test_sub_wrong')
        self.assertEqual(3 - 1, 1)

    def test_div(self):
        print('output of test_div is hidden with -b')
        self.assertEqual(6 // 2, 3)


class Strings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('a'.upper(), 'A')

    def test_add_strings(self):
        self.assertEqual('a' + 'b', 'ab')


def run_main(label, **kwargs):
    print('===', label)
    saved = sys.stderr
    sys.stderr = io.StringIO()
    kwargs.setdefault('testLoader', unittest.TestLoader())
    try:
        program = unittest.main(**kwargs)
        status = 'no exit'
    except SystemExit as e:
        program = None
        status = 'exit %r' % (e.code,)
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    text = re.sub(r' in \d+\.\d\d\ds\n', ' in X.XXXs\n', text.replace(HERE, ''))
    print(text, end='')
    print(status)
    return program


p = run_main('exit=False', argv=['prog'], exit=False)
print(type(p).__name__, type(p.result).__name__, p.result.testsRun, p.result.wasSuccessful())
print(p.verbosity, p.failfast, p.buffer, p.catchbreak, p.testNames, p.testNamePatterns)
run_main('verbose flag', argv=['prog', '-v', 'Strings'])
run_main('quiet flag', argv=['prog', '--quiet', 'Calc.test_add', 'Strings.test_upper'])
run_main('verbosity argument', argv=['prog', 'Strings'], verbosity=2)
run_main('-k substring', argv=['prog', '-v', '-k', 'add'])
run_main('-k wildcard', argv=['prog', '-k', '*Strings.test_u*'])
run_main('failfast', argv=['prog', '-f', 'Calc'])
run_main('buffer', argv=['prog', '-b', 'Calc'])
run_main('defaultTest', argv=['prog'], defaultTest='Strings')
run_main('defaultTest list', argv=['prog', '-v'], defaultTest=['Calc.test_add', 'Strings.test_upper'])
run_main('module object', argv=['prog'], module=sys.modules[__name__], exit=False)
run_main('success exits 0', argv=['prog', 'Strings'])
run_main('unknown name', argv=['prog', 'NoSuchTest'])
run_main('explicit failfast', argv=['prog', 'Calc'], failfast=True, buffer=True)
out = io.StringIO()
run_main('testRunner instance', argv=['prog', 'Strings'],
         testRunner=unittest.TextTestRunner(stream=out, verbosity=2))
print(re.sub(r' in \d+\.\d\d\ds\n', ' in X.XXXs\n', out.getvalue()), end='')
print('=== shared default loader keeps -k patterns')
run_main('first', argv=['prog', '-k', 'upper'], exit=False, testLoader=unittest.defaultTestLoader)
run_main('second', argv=['prog'], exit=False, testLoader=unittest.defaultTestLoader)
