# Long options: exact names, unique prefixes, '=' values, errors.
import getopt

def show(args, longs, shorts=''):
    try:
        opts, rest = getopt.getopt(args, shorts, longs)
        print(args, longs, '->', opts, rest)
    except getopt.GetoptError as e:
        print(args, longs, '!!', type(e).__name__, e, '| opt =', repr(e.opt))

show(['--alpha', '--beta=1', '--beta', '2', 'rest'], ['alpha', 'beta='])
show(['--al'], ['alpha', 'alpine'])
show(['--alph'], ['alpha', 'alpine'])
show(['--alpha'], ['alpha', 'alphabet'])
show(['--alphab'], ['alpha', 'alphabet'])
show(['--alpha=3'], ['alpha'])
show(['--beta'], ['beta='])
show(['--beta='], ['beta='])
show(['--beta=a=b'], ['beta='])
show(['--b', 'v'], ['beta='])
show(['--zzz'], ['beta='])
show(['--x'], 'x')
show(['--x='], 'x=')
show(['--=3'], ['x'])
show(['--'], [])
show(['--a'], ['a=', 'ab'])
show(['--a'], ['a', 'a='])
show(['--beta', '--alpha'], ['alpha', 'beta='])
show(['--verbose', '-q', 'in.txt'], ('verbose', 'quiet'), 'q')
show(['--', '--alpha'], ['alpha'])
show(['--Alpha'], ['alpha'])
