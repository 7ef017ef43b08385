# Examples that raise: expected tracebacks, detail matching, DebugRunner.
import doctest
import re

TB_HEADER = re.compile(r'^( *)Traceback \(most recent call last\):$')


def drop_frames(text):
    out = []
    depth = None
    for line in text.split('\n'):
        if depth is not None:
            if len(line) - len(line.lstrip(' ')) > depth:
                continue
            depth = None
        m = TB_HEADER.match(line)
        if m:
            depth = len(m.group(1))
        out.append(line)
    return '\n'.join(out)


class BankError(Exception):
    pass


class Account:
    def __init__(self, balance=0):
        self.balance = balance

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive, got %r" % amount)
        if amount > self.balance:
            raise BankError("insufficient funds: %d > %d" % (amount, self.balance))
        self.balance -= amount
        return self.balance


DOC = '''
>>> acct = Account(100)
>>> acct.withdraw(30)
70
>>> acct.withdraw(-5)
Traceback (most recent call last):
  File "bank.py", line 12, in withdraw
ValueError: amount must be positive, got -5
>>> acct.withdraw(500)
Traceback (most recent call last):
    ...
BankError: insufficient funds: 500 > 70
>>> acct.withdraw(1000)
Traceback (most recent call last):
    ...
BankError: insufficient funds: 999 > 70
>>> acct.withdraw(1000)   # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
    ...
bank.errors.BankError: something else entirely
>>> acct.withdraw(1000)   # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
    ...
ValueError: wrong type is still caught
>>> acct.withdraw(0)   # doctest: +ELLIPSIS
Traceback (most recent call last):
    ...
ValueError: amount must be ...
>>> {}['missing']
Traceback (most recent call last):
KeyError: 'missing'
>>> int('x')
Traceback (innermost last):
ValueError: invalid literal for int() with base 10: 'x'
>>> 1 +
Traceback (most recent call last):
SyntaxError: invalid syntax
>>> print('fine'); undefined_name
Traceback (most recent call last):
    ...
NameError: name 'undefined_name' is not defined
>>> print('no exception')
Traceback (most recent call last):
ValueError: expected but not raised
>>> acct.balance
70
>>> [].pop()
'surprise'
'''

parser = doctest.DocTestParser()


def run(flags=0, verbose=False):
    test = parser.get_doctest(DOC, {'Account': Account, 'BankError': BankError},
                              'bank', 'bank.txt', 0)
    runner = doctest.DocTestRunner(verbose=verbose, optionflags=flags)
    chunks = []
    result = runner.run(test, out=chunks.append)
    print(drop_frames(''.join(chunks)), end='')
    print(result)


print("== default ==")
run()
print("== IGNORE_EXCEPTION_DETAIL everywhere ==")
run(doctest.IGNORE_EXCEPTION_DETAIL)
print("== verbose, only first failure ==")
run(doctest.REPORT_ONLY_FIRST_FAILURE, verbose=True)

print("== DebugRunner ==")
ok_doc = '''
>>> a = Account(10)
>>> a.withdraw(3)
7
'''
runner = doctest.DebugRunner(verbose=False)
test = parser.get_doctest(ok_doc, {'Account': Account}, 'ok', 'ok.txt', 0)
print(runner.run(test), test.globs)

bad_doc = '''
>>> a = Account(10)
>>> a.withdraw(3)
8
'''
test = parser.get_doctest(bad_doc, {'Account': Account}, 'bad', 'bad.txt', 5)
try:
    runner.run(test)
except doctest.DocTestFailure as failure:
    print(type(failure).__name__, failure)
    print(failure.test.name, repr(failure.example.source), repr(failure.example.want),
          repr(failure.got), failure.example.lineno)
    print(sorted(k for k in failure.test.globs if k != '__builtins__'))

boom_doc = '''
>>> a = Account(10)
>>> a.withdraw(30)
'''
test = parser.get_doctest(boom_doc, {'Account': Account, 'BankError': BankError},
                          'boom', 'boom.txt', 2)
try:
    runner.run(test)
except doctest.UnexpectedException as failure:
    print(type(failure).__name__, failure)
    exc_type, exc_value, tb = failure.exc_info
    print(exc_type.__name__, exc_value, failure.example.source, end='')

print("== testmod(raise_on_error=True) ==")
import types
mod = types.ModuleType('ledger')
exec('''
def balance(entries):
    """
    >>> balance([1, 2])
    3
    >>> balance([1, -1])
    1
    """
    return sum(entries)
''', mod.__dict__)
try:
    doctest.testmod(mod, raise_on_error=True)
except doctest.DocTestFailure as failure:
    print(type(failure).__name__, failure.test.name, repr(failure.got))
print(doctest.testmod(mod, report=False, verbose=False, optionflags=doctest.REPORT_NDIFF))
