import os
os.environ['COLUMNS'] = '80'
from optparse import OptionParser, OptionValueError, Option, Values
import copy

log = []
def record(option, opt_str, value, parser, *args, **kw):
    log.append((str(option), opt_str, value, args, sorted(kw.items()), list(parser.largs), list(parser.rargs)))
    setattr(parser.values, option.dest, value)

def varargs(option, opt_str, value, parser):
    got = []
    while parser.rargs and not parser.rargs[0].startswith('-'):
        got.append(parser.rargs.pop(0))
    setattr(parser.values, option.dest, got)

def check_even(option, opt_str, value, parser):
    if value % 2:
        raise OptionValueError('%s must be even, got %d' % (opt_str, value))
    parser.values.even = value

parser = OptionParser(prog='cb')
parser.add_option('-r', '--record', action='callback', callback=record, type='string', dest='rec',
                  callback_args=(1, 2), callback_kwargs={'k': 'v'})
parser.add_option('-F', action='callback', callback=record, dest='flag')
parser.add_option('--files', action='callback', callback=varargs, dest='files')
parser.add_option('--even', type='int', action='callback', callback=check_even)
parser.add_option('--pt', action='callback', callback=record, type='float', nargs=2, dest='pt')
opts, args = parser.parse_args(['a', '-r', 'x', 'b', '-F', '--files', 'f1', 'f2', '-F', '--pt', '1', '2.5', 'c'])
for entry in log:
    print(entry)
print(sorted(vars(opts).items()), args)
try:
    parser.parse_args(['--even', '3'])
except SystemExit as e:
    print('exit', e.code)
opts, args = parser.parse_args(['--even', '4'])
print(opts.even)

# custom option class with a new type and a new action
def check_csv(option, opt, value):
    return [v.strip() for v in value.split(',')]

class MyOption(Option):
    TYPES = Option.TYPES + ('csv',)
    TYPE_CHECKER = copy.copy(Option.TYPE_CHECKER)
    TYPE_CHECKER['csv'] = check_csv
    ACTIONS = Option.ACTIONS + ('extend',)
    STORE_ACTIONS = Option.STORE_ACTIONS + ('extend',)
    TYPED_ACTIONS = Option.TYPED_ACTIONS + ('extend',)
    ALWAYS_TYPED_ACTIONS = Option.ALWAYS_TYPED_ACTIONS + ('extend',)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == 'extend':
            values.ensure_value(dest, []).extend(value)
        else:
            Option.take_action(self, action, dest, opt, value, values, parser)

p = OptionParser(option_class=MyOption, prog='ext')
p.add_option('-c', '--cols', type='csv')
p.add_option('-e', action='extend', type='csv', dest='names')
opts, args = p.parse_args(['-c', 'a, b,c', '-e', 'x,y', '-e', 'z', 'rest'])
print(opts.cols, opts.names, args)

v = Values({'a': 1, 'b': None})
print(v.ensure_value('a', 5), v.ensure_value('b', 6), v.ensure_value('c', 7), sorted(vars(v).items()))
v._update_careful({'a': 10, 'zz': 3, 'b': None})
print(sorted(vars(v).items()))
v._update_loose({'zz': 3})
print(sorted(vars(v).items()))
try:
    v._update({}, 'weird')
except ValueError as e:
    print(type(e).__name__, e)
p = OptionParser(prog='vals')
p.add_option('-n', type='int', default='12')
p.add_option('-s', default='txt')
print(p.parse_args([])[0].n, p.parse_args([])[0].s)
p.set_process_default_values(False)
print(repr(p.parse_args([])[0].n))
p.set_process_default_values(True)
p.set_default('n', 'oops')
try:
    p.parse_args([])
except Exception as e:
    print(type(e).__name__, e)
mine = Values()
res, rest = p.parse_args(['-n', '5', 'q'], values=mine)
print(res is mine, mine.n, rest)
