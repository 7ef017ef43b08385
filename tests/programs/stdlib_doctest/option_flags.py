# OutputChecker option flags, inline directives and reporting flags.
import doctest

checker = doctest.OutputChecker()
F = doctest

print("== check_output ==")
cases = [
    ("1\n", "True\n", 0),
    ("1\n", "True\n", F.DONT_ACCEPT_TRUE_FOR_1),
    ("0\n", "False\n", 0),
    ("a\n<BLANKLINE>\nb\n", "a\n\nb\n", 0),
    ("a\n<BLANKLINE>\nb\n", "a\n   \nb\n", 0),
    ("a\n<BLANKLINE>\nb\n", "a\n\nb\n", F.DONT_ACCEPT_BLANKLINE),
    ("[1, 2,\n 3]\n", "[1, 2, 3]\n", 0),
    ("[1, 2,\n 3]\n", "[1, 2, 3]\n", F.NORMALIZE_WHITESPACE),
    ("a   b\tc\n", "a b c\n", F.NORMALIZE_WHITESPACE),
    ("<object at ...>\n", "<object at 0x1234>\n", F.ELLIPSIS),
    ("<object at ...>\n", "<object at 0x1234>\n", 0),
    ("start...middle...end\n", "start 1 middle 2 end\n", F.ELLIPSIS),
    ("start...middle...end\n", "start 1 end middle 2\n", F.ELLIPSIS),
    ("aa...aa\n", "aa\n", F.ELLIPSIS),
    ("aa...aa\n", "aaa\n", F.ELLIPSIS),
    ("...\n", "anything at all\n", F.ELLIPSIS),
    ("x...\n", "x\n", F.ELLIPSIS),
    ("[0, 1, ..., 9]\n", "[0, 1, 2,\n 3, 4, 5, 6, 7, 8, 9]\n",
     F.ELLIPSIS | F.NORMALIZE_WHITESPACE),
    ("caf\\xe9\n", "caf\xe9\n", 0),
]
for want, got, flags in cases:
    print(repr(want), repr(got), flags, checker.check_output(want, got, flags))

print("== flag values ==")
print(F.COMPARISON_FLAGS, F.REPORTING_FLAGS, F.BLANKLINE_MARKER, F.ELLIPSIS_MARKER)
print(sorted(F.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
MY_FLAG = doctest.register_optionflag('MY_FLAG')
print(MY_FLAG, doctest.register_optionflag('MY_FLAG'), doctest.register_optionflag('ELLIPSIS'))

print("== output_difference ==")
want = "alpha\nbeta\ngamma\ndelta\n"
got = "alpha\nBETA\ngamma\ndelta\nepsilon\n"
ex = doctest.Example("letters()", want)
for flags in (0, F.REPORT_UDIFF, F.REPORT_CDIFF, F.REPORT_NDIFF):
    print(checker.output_difference(ex, got, flags), end='')
short = doctest.Example("f()", "1\n2\n")
print(checker.output_difference(short, "1\n3\n", F.REPORT_UDIFF), end='')
print(checker.output_difference(short, "1\n3\n", F.REPORT_NDIFF), end='')
print(checker.output_difference(doctest.Example("f()", ""), "x\n\ny\n", 0), end='')
print(checker.output_difference(doctest.Example("f()", ""), "x\n\ny\n",
                                F.DONT_ACCEPT_BLANKLINE), end='')
print(checker.output_difference(doctest.Example("f()", "1\n"), "", 0), end='')
print(checker.output_difference(doctest.Example("f()", ""), "", 0), end='')

DOC = '''
>>> print(list(range(20)))   # doctest: +ELLIPSIS
[0, 1, ..., 19]
>>> print(list(range(20)))   # doctest: +NORMALIZE_WHITESPACE
[0,   1, 2, 3, 4, 5, 6, 7, 8, 9,
 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
>>> print('not run')  # doctest: +SKIP
something else
>>> print(1)
2
>>> print("a\\n\\nb")
a
<BLANKLINE>
b
>>> print("one\\ntwo\\nthree\\nfour")
one
TWO
three
four
>>> 3 == 3
1
>>> 3 == 3   # doctest: +DONT_ACCEPT_TRUE_FOR_1
1
>>> print('last')
LAST
'''


def run(flags, name='flags_demo', verbose=False):
    parser = doctest.DocTestParser()
    test = parser.get_doctest(DOC, {}, name, 'demo.txt', 0)
    runner = doctest.DocTestRunner(verbose=verbose, optionflags=flags)
    chunks = []
    result = runner.run(test, out=chunks.append)
    print(''.join(chunks), end='')
    print('->', result, runner.failures, runner.tries)
    return runner


print("== plain run ==")
run(0)
print("== REPORT_UDIFF ==")
run(F.REPORT_UDIFF)
print("== REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE ==")
run(F.REPORT_NDIFF | F.REPORT_ONLY_FIRST_FAILURE)
print("== FAIL_FAST ==")
run(F.FAIL_FAST)
print("== REPORT_CDIFF, verbose ==")
runner = run(F.REPORT_CDIFF, verbose=True)
print(runner.summarize(verbose=False))
print(runner.summarize(verbose=True))

print("== directive turning a flag off ==")
doc2 = '''
>>> print('x y')   # doctest: -NORMALIZE_WHITESPACE
x  y
>>> print('x y')
x  y
'''
test = doctest.DocTestParser().get_doctest(doc2, {}, 'off', None, None)
chunks = []
r = doctest.DocTestRunner(verbose=False, optionflags=F.NORMALIZE_WHITESPACE)
print(r.run(test, out=chunks.append))
print(''.join(chunks), end='')

print("== merge ==")
a = run(0, name='first')
b = run(F.ELLIPSIS, name='second')
a.merge(b)
a.summarize(verbose=True)
