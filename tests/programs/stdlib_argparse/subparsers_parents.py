import argparse, sys
sys.stderr = sys.stdout
def attempt(p, args, intermixed=False):
    try:
        if intermixed:
            print('ok', p.parse_intermixed_args(args))
        else:
            print('ok', p.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)
    except Exception as e:
        print('EXC', type(e).__name__, e)

# subparsers in detail
p = argparse.ArgumentParser(prog='top', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--level', type=int, default=2, help='lvl')
p.add_argument('name')
sp = p.add_subparsers(title='actions', dest='act', help='what to do', metavar='ACTION')
a = sp.add_parser('alpha', aliases=['a', 'al'], help='the alpha', description='Alpha desc')
a.add_argument('--x', default='X', help='x value')
b = sp.add_parser('beta', help='the beta')
b.add_argument('vals', nargs='*', default=[1])
sp.add_parser('gamma')
sp.add_parser('hidden', help=argparse.SUPPRESS)
p.print_help()
a.print_help()
b.print_help()
attempt(p, ['n', 'al', '--x', '5'])
attempt(p, ['n', 'beta', '1', '2'])
attempt(p, ['n', 'beta'])
attempt(p, ['n', 'zeta'])
attempt(p, ['n', 'alpha', '--bad'])
attempt(p, ['n', 'alpha', '-h'])
print(p.parse_known_args(['n', 'alpha', '--bad', 'q']))
try:
    p.add_subparsers()
except SystemExit as e:
    print('exit', e.code)

# parent with mutex
par = argparse.ArgumentParser(add_help=False)
mg = par.add_mutually_exclusive_group()
mg.add_argument('--one', action='store_true')
mg.add_argument('--two', action='store_true')
par.set_defaults(flavor='vanilla')
ch = argparse.ArgumentParser(prog='ch', parents=[par])
ch.print_help()
attempt(ch, ['--one', '--two'])
attempt(ch, ['--one'])

# resolve removing fully
rs = argparse.ArgumentParser(prog='rs', conflict_handler='resolve')
rs.add_argument('--a', help='first')
rs.add_argument('--a', help='second')
rs.add_argument('-h', '--help', action='store_true', help='own help')
rs.print_help()
attempt(rs, ['-h'])
try:
    argparse.ArgumentParser(conflict_handler='bogus')
except ValueError as e:
    print('ValueError', e)

# intermixed
im = argparse.ArgumentParser(prog='im')
im.add_argument('a')
im.add_argument('--f', action='store_true')
im.add_argument('b', nargs='*')
attempt(im, ['x', '--f', 'y', 'z'], True)
attempt(im, [], True)
im2 = argparse.ArgumentParser(prog='im2')
im2.add_argument('r', nargs=argparse.REMAINDER)
attempt(im2, ['x'], True)

# exit_on_error False
ee = argparse.ArgumentParser(prog='ee', exit_on_error=False)
ee.add_argument('--n', type=int)
ee.add_argument('--m', nargs=2)
for bad in [['--n', 'x'], ['--m', '1'], ['--zzz']]:
    attempt(ee, bad)

# existing namespace values preserved
ns = argparse.Namespace(keep='yes', n=5)
ee.parse_args([], namespace=ns)
print(ns)

# help with literal percent, suppressed usage, empty help
pc = argparse.ArgumentParser(prog='pc', usage=argparse.SUPPRESS, description='100%% sure')
pc.add_argument('--rate', help='rate in %%')
pc.add_argument('--empty', help='')
pc.add_argument('--space', help='   ')
pc.print_help()
print(repr(pc.format_usage()))
print(repr(p))
print(repr(argparse.Namespace(a=1) == argparse.Namespace(a=1)), argparse.Namespace(a=1) != argparse.Namespace(a=2))

# FileType
ft = argparse.ArgumentParser(prog='ft')
ft.add_argument('inp', type=argparse.FileType('r'))
attempt(ft, ['/nonexistent/file'])
print(ft.parse_args(['-']).inp is sys.stdin)
try:
    ft.add_argument('--bad', type=argparse.FileType)
except ValueError as e:
    print('ValueError', e)

# custom action with nargs=0 and const
class Flag(argparse.Action):
    def __init__(self, option_strings, dest, **kw):
        super().__init__(option_strings, dest, nargs=0, **kw)
    def __call__(self, parser, ns, values, option_string=None):
        setattr(ns, self.dest, 'set-by-' + option_string)
ca = argparse.ArgumentParser(prog='ca')
ca.add_argument('--flag', '-F', action=Flag, help='custom')
attempt(ca, ['-F'])
ca.print_help()
print(argparse.ArgumentTypeError('x'), argparse.ArgumentError(None, 'plain'))
