import optparse
from optparse import Option, OptionParser, OptionError, OptionConflictError

def attempt(label, *args, **kw):
    try:
        o = Option(*args, **kw)
        print(label, 'ok', str(o), o.action, o.type, o.dest, o.nargs, o.default == optparse.NO_DEFAULT if hasattr(optparse, 'NO_DEFAULT') else None)
    except (OptionError, TypeError) as e:
        print(label, type(e).__name__, e)

attempt('none')
attempt('empty', '')
attempt('short1', '-')
attempt('short2', '--')
attempt('short3', 'ab')
attempt('long', '-abc')
attempt('long2', '---abc')
attempt('multi', '-a', '--all-things', '-b')
attempt('kw', '-a', foo=1, bar=2)
attempt('action', '-a', action='frobnicate')
attempt('type', '-a', type='decimal')
attempt('typeobj', '-a', type=int)
attempt('typestr', '-a', type=str)
attempt('typefloat', '-a', type=float)
attempt('typeaction', '-a', action='store_true', type='int')
attempt('nochoices', '-a', type='choice')
attempt('badchoices', '-a', type='choice', choices='ab')
attempt('choicesdict', '-a', type='choice', choices={'a': 1})
attempt('choicesint', '-a', type='int', choices=[1])
attempt('choices', '-a', choices=('x', 'y'))
attempt('const', '-a', action='store', const=1)
attempt('nargs', '-a', action='count', nargs=2)
attempt('cbnc', '-a', action='callback', callback=5)
attempt('cbargs', '-a', action='callback', callback=print, callback_args=[1])
attempt('cbkw', '-a', action='callback', callback=print, callback_kwargs=[1])
attempt('cbok', '-a', action='callback', callback=print, type='int', nargs=3)
attempt('cbbad', '-a', callback=print)
attempt('cbargs2', '-a', callback_args=(1,))
attempt('cbkw2', '-a', callback_kwargs={})
attempt('dest', '-x', '--some-long-name')
attempt('dest2', '-x', action='store_const', const=3)
attempt('dest3', '-x', action='help')
attempt('dest4', '--ver', action='version')
attempt('default', '-x', default=5)

p = OptionParser(prog='p')
p.add_option('-a', '--alpha')
try:
    p.add_option('-a', '--beta')
except OptionConflictError as e:
    print(type(e).__name__, e)
try:
    p.add_option('-c', '--alpha', '-h')
except OptionConflictError as e:
    print(type(e).__name__, e)
try:
    p.add_option(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.add_option(Option('-z'), 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.set_conflict_handler('ignore')
except ValueError as e:
    print(type(e).__name__, e)
p.set_conflict_handler('resolve')
p.add_option('-a', '--apple', help='new a')
p.add_option('--alpha', help='new alpha')
print([str(o) for o in p.option_list])
print(sorted(p._short_opt), sorted(p._long_opt))
try:
    p.add_option_group(5)
except TypeError as e:
    print(type(e).__name__, e)
other = OptionParser()
g = optparse.OptionGroup(other, 'G')
try:
    p.add_option_group(g)
except ValueError as e:
    print(type(e).__name__, e)
try:
    p.add_option_group(g, 'x')
except TypeError as e:
    print(type(e).__name__, e)
for exc in [optparse.OptionValueError('bad value'), optparse.BadOptionError('--x'),
            optparse.AmbiguousOptionError('--a', ['--ab', '--ac']), optparse.OptParseError('m'),
            OptionError('msg', Option('-q', '--quiet'))]:
    print(type(exc).__name__, str(exc), isinstance(exc, optparse.OptParseError), isinstance(exc, Exception))
print(optparse.SUPPRESS_HELP, optparse.SUPPRESS_USAGE, optparse.make_option is Option)
print(Option.TYPES, Option.ACTIONS)
