# testfile() and DocFileSuite on text files created in a temporary folder.
import doctest
import io
import os
import sys
import tempfile
import unittest

GUIDE = """Shopping list guide
===================

Build a list:

    >>> items = ['milk', 'eggs']
    >>> items.append(extra)
    >>> items
    ['milk', 'eggs', 'bread']

Count them:

    >>> len(items)
    3
    >>> print(', '.join(items))
    milk, eggs, bread
"""

BROKEN = """A guide with mistakes.

>>> total = 2 + 2
>>> total
5
>>> print('caf\\xe9')
café
>>> sorted({'b': 1, 'a': 2})
['b', 'a']
"""

LATIN = "Encoded text: caf\xe9\n\n>>> s = 'na\xefve'\n>>> len(s)\n5\n"


def captured(folder, func, *args, **kwargs):
    buf = io.StringIO()
    saved = sys.stdout
    sys.stdout = buf
    try:
        result = func(*args, **kwargs)
    finally:
        sys.stdout = saved
    return result, buf.getvalue().replace(folder + os.sep, '')


with tempfile.TemporaryDirectory() as folder:
    folder = os.path.realpath(folder)
    guide = os.path.join(folder, 'guide.txt')
    broken = os.path.join(folder, 'broken.txt')
    latin = os.path.join(folder, 'latin.txt')
    with open(guide, 'w', encoding='utf-8') as f:
        f.write(GUIDE)
    with open(broken, 'w', encoding='utf-8') as f:
        f.write(BROKEN)
    with open(latin, 'w', encoding='latin-1') as f:
        f.write(LATIN)

    print("== passing file, verbose ==")
    result, text = captured(folder, doctest.testfile, guide, module_relative=False,
                            globs={'extra': 'bread'}, verbose=True)
    print(text, end='')
    print(result)

    print("== extraglobs and a custom name ==")
    result, text = captured(folder, doctest.testfile, guide, module_relative=False,
                            name='shopping', extraglobs={'extra': 'bread'},
                            verbose=False)
    print(repr(text), result)

    print("== failing file ==")
    result, text = captured(folder, doctest.testfile, broken, module_relative=False)
    print(text, end='')
    print(result)

    print("== option flags ==")
    result, text = captured(folder, doctest.testfile, broken, module_relative=False,
                            optionflags=doctest.REPORT_UDIFF | doctest.FAIL_FAST)
    print(text, end='')
    print(result)

    print("== encoding ==")
    result, text = captured(folder, doctest.testfile, latin, module_relative=False,
                            encoding='latin-1', verbose=True)
    print(text, end='')

    print("== relative to the current directory ==")
    saved_cwd = os.getcwd()
    os.chdir(folder)
    try:
        result, text = captured(folder, doctest.testfile, 'broken.txt',
                                module_relative=False, report=False)
        print(text.count('Failed example:'), result)
    finally:
        os.chdir(saved_cwd)

    print("== errors ==")
    try:
        doctest.testfile(guide, module_relative=False, package='os')
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        doctest.testfile(guide, module_relative=True)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        doctest.testfile(os.path.join(folder, 'nope.txt'), module_relative=False)
    except FileNotFoundError as e:
        print(type(e).__name__)

    print("== DocFileSuite ==")
    suite = doctest.DocFileSuite(guide, broken, module_relative=False,
                                 globs={'extra': 'bread'})
    print(suite.countTestCases())
    for case in suite:
        print(case.id(), str(case).replace(folder + os.sep, ''))
    stream = io.StringIO()
    res = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
    print(res.testsRun, len(res.failures), len(res.errors), res.wasSuccessful())
    for case, tb in res.failures:
        message = tb[tb.index('AssertionError: ') + len('AssertionError: '):]
        print(message.replace(folder + os.sep, ''), end='')
