"""unittest.main: the command-line interface for running tests."""

import argparse
import os
import sys
import warnings

from . import loader, runner
from .signals import installHandler

__unittest = True

# unittest.main exits with this status when no test ran at all.
_NO_TESTS_EXITCODE = 5

# (argument, what it does) for the examples printed after the help text.
_MODULE_NAME_EXAMPLES = [  # python -m unittest
    ('test_module', 'run tests from test_module'),
    ('module.TestClass', 'run tests from module.TestClass'),
    ('module.Class.test_method', 'run specified test method'),
    ('path/to/test_file.py', 'run tests from test_file.py'),
]
_IN_MODULE_EXAMPLES = [  # unittest.main() in a test module
    ('', 'run default set of tests'),
    ('MyTestSuite', "run suite 'MyTestSuite'"),
    ('MyTestCase.testSomething', 'run MyTestCase.testSomething'),
    ('MyTestCase', "run all 'test*' test methods\n%sin MyTestCase" % (' ' * 39)),
]

# Options for both the plain and the "discover" command lines:
# (flags, keyword arguments of add_argument).
_SHARED_OPTIONS = [
    (('-v', '--verbose'),
     {'dest': 'verbosity', 'action': 'store_const', 'const': 2,
      'help': 'Verbose output'}),
    (('-q', '--quiet'),
     {'dest': 'verbosity', 'action': 'store_const', 'const': 0,
      'help': 'Quiet output'}),
    (('--locals',),
     {'dest': 'tb_locals', 'action': 'store_true',
      'help': 'Show local variables in tracebacks'}),
    (('--durations',),
     {'dest': 'durations', 'type': int, 'default': None, 'metavar': 'N',
      'help': 'Show the N slowest test cases (N=0 for all)'}),
]

# Switches offered only when the caller of main() left them unset (None):
# (attribute, flags, help).
_SWITCHES = [
    ('failfast', ('-f', '--failfast'), 'Stop on first fail or error'),
    ('catchbreak', ('-c', '--catch'), 'Catch Ctrl-C and display results so far'),
    ('buffer', ('-b', '--buffer'), 'Buffer stdout and stderr during tests'),
]

# The options of "discover": (flags, destination, help).
_DISCOVERY_OPTIONS = [
    (('-s', '--start-directory'), 'start', "Directory to start discovery ('.' default)"),
    (('-p', '--pattern'), 'pattern', "Pattern to match tests ('test*.py' default)"),
    (('-t', '--top-level-directory'), 'top',
     'Top level directory of project (defaults to start directory)'),
]


def _format_examples(prog, examples):
    lines = ['Examples:']
    for argument, purpose in examples:
        lines.append('  %s %-26s- %s' % (prog, argument, purpose))
    return '\n'.join(lines) + '\n'


def _name_from_argument(name):
    """Turn a path to a .py file (below the current directory) into a
    dotted module name; other names are returned unchanged."""
    if not (os.path.isfile(name) and name.lower().endswith('.py')):
        return name
    if os.path.isabs(name):
        relative = os.path.relpath(name, os.getcwd())
        if os.path.isabs(relative) or relative.startswith(os.pardir):
            return name  # outside the current directory: cannot import it
        name = relative
    dotted = os.path.normpath(name)[:-3]
    return dotted.replace('\\', '.').replace('/', '.')


def _pattern_from_k(text):
    """-k takes fnmatch patterns; a plain string matches as a substring."""
    return text if '*' in text else '*%s*' % text


_K_OPTION = {'dest': 'testNamePatterns', 'action': 'append',
             'type': _pattern_from_k,
             'help': 'Only run tests which match the given substring'}

_TESTS_ARGUMENT = {'nargs': '*',
                   'help': 'a list of any number of test modules, classes and '
                           'test methods.'}

_DISCOVERY_EPILOG = ('For test discovery all test modules must be importable '
                     'from the top level directory of the project.')


class TestProgram(object):
    """Load tests according to the command line and run them.

    Mostly used through its alias main() at the end of a test module. The
    outcome is in the result attribute; unless exit is false, the program
    exits with status 0 (success), 1 (failures or errors) or 5 (no test ran).
    """

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = None
    testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader, exit=True,
                 verbosity=1, failfast=None, catchbreak=None, buffer=None,
                 warnings=None, *, tb_locals=False, durations=None):
        self.module = _resolve_module(module)
        arguments = sys.argv if argv is None else argv
        settings = dict(exit=exit, verbosity=verbosity, failfast=failfast,
                        catchbreak=catchbreak, buffer=buffer, tb_locals=tb_locals,
                        durations=durations, defaultTest=defaultTest,
                        testRunner=testRunner, testLoader=testLoader)
        vars(self).update(settings)
        # Unless told otherwise (by this argument or by -W options), show
        # warnings that are hidden by default, such as DeprecationWarning.
        told = warnings is not None or bool(sys.warnoptions)
        self.warnings = warnings if told else 'default'
        self.progName = os.path.basename(arguments[0])
        self.parseArgs(arguments)
        self.runTests()

    # -- command line ----------------------------------------------------

    def usageExit(self, msg=None):
        """Deprecated: print *msg* and the help, then exit with status 2."""
        warnings.warn('TestProgram.usageExit() is deprecated and will be '
                      'removed in Python 3.13', DeprecationWarning, 2)
        if msg:
            print(msg)
        if not self._discovery_parser:
            self._build_parsers()
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        print(self._main_parser.format_help())
        as_module = self.module is None
        examples = _MODULE_NAME_EXAMPLES if as_module else _IN_MODULE_EXAMPLES
        print(_format_examples(self.progName, examples))
        if as_module:
            # "python -m unittest -h" also describes the discover command.
            self._discovery_parser.print_help()

    def parseArgs(self, argv):
        """Interpret the command line (argv[0] is the program name)."""
        self._build_parsers()
        options = argv[1:]
        if self.module is None and options and options[0].lower() == 'discover':
            self._do_discovery(options[1:])
            return
        self._main_parser.parse_args(options, namespace=self)
        if self.module is None and not self.tests:
            # "python -m unittest [options]" discovers tests.
            self._do_discovery([])
            return
        self.testNames = self._names_to_load()
        self.createTests()

    def _names_to_load(self):
        """The test names given on the command line or as defaultTest, or
        None for everything in self.module."""
        if self.tests:
            return [_name_from_argument(name) for name in self.tests]
        default = self.defaultTest
        if default is None:
            return None
        if isinstance(default, str):
            return (default,)
        return list(default)

    def createTests(self, from_discovery=False, Loader=None):
        """Load the tests to run into self.test."""
        chosen = self.testLoader
        if self.testNamePatterns:
            chosen.testNamePatterns = self.testNamePatterns
        if from_discovery:
            if Loader is not None:
                chosen = Loader()
            self.test = chosen.discover(self.start, self.pattern, self.top)
        elif self.testNames is not None:
            self.test = chosen.loadTestsFromNames(self.testNames, self.module)
        else:
            self.test = chosen.loadTestsFromModule(self.module)

    def _build_parsers(self):
        shared = self._shared_parser()
        self._main_parser = self._make_main_parser(shared)
        self._discovery_parser = self._make_discovery_parser(shared)

    def _shared_parser(self):
        common = argparse.ArgumentParser(add_help=False)
        for flags, options in _SHARED_OPTIONS:
            common.add_argument(*flags, **options)
        for attribute, flags, text in _SWITCHES:
            if getattr(self, attribute) is None:
                common.add_argument(*flags, dest=attribute, action='store_true',
                                    help=text)
                setattr(self, attribute, False)
        if self.testNamePatterns is None:
            common.add_argument('-k', **_K_OPTION)
            self.testNamePatterns = []
        return common

    def _make_main_parser(self, shared):
        made = argparse.ArgumentParser(parents=[shared])
        made.prog = self.progName
        # -h prints the examples too.
        made.print_help = self._print_help
        made.add_argument('tests', **_TESTS_ARGUMENT)
        return made

    def _make_discovery_parser(self, shared):
        made = argparse.ArgumentParser(parents=[shared])
        made.prog = self.progName + ' discover'
        made.epilog = _DISCOVERY_EPILOG
        for flags, destination, text in _DISCOVERY_OPTIONS:
            made.add_argument(*flags, dest=destination, help=text)
        # The same three settings may also be given positionally.
        for destination in ('start', 'pattern', 'top'):
            made.add_argument(destination, nargs='?', default=argparse.SUPPRESS,
                              help=argparse.SUPPRESS)
        return made

    def _do_discovery(self, argv, Loader=None):
        self.start, self.pattern, self.top = '.', 'test*.py', None
        if argv is not None:
            if not self._discovery_parser:
                self._build_parsers()
            self._discovery_parser.parse_args(argv, namespace=self)
        self.createTests(True, Loader)

    # -- running -----------------------------------------------------------

    def _make_runner(self):
        chosen = self.testRunner
        if chosen is None:
            chosen = runner.TextTestRunner
        if not isinstance(chosen, type):
            return chosen  # already a runner instance
        settings = {'verbosity': self.verbosity, 'failfast': self.failfast,
                    'buffer': self.buffer, 'warnings': self.warnings}
        # Older runner classes may not accept the newer arguments.
        for extra in ({'tb_locals': self.tb_locals, 'durations': self.durations}, {}):
            try:
                return chosen(**settings, **extra)
            except TypeError:
                continue
        return chosen()

    def runTests(self):
        """Run self.test and exit with the status of the outcome."""
        if self.catchbreak:
            installHandler()
        self.result = self._make_runner().run(self.test)
        if not self.exit:
            return
        if not self.result.testsRun:
            status = _NO_TESTS_EXITCODE
        else:
            status = 0 if self.result.wasSuccessful() else 1
        sys.exit(status)


def _resolve_module(module):
    """The module object for main()'s module argument (a name or a module)."""
    if not isinstance(module, str):
        return module
    found = __import__(module)
    for attribute in module.split('.')[1:]:
        found = getattr(found, attribute)
    return found


main = TestProgram
