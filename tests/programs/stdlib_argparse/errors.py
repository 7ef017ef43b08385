import argparse
import sys

def attempt(parser, args):
    try:
        result = parser.parse_args(args)
        print('ok', result)
    except SystemExit as e:
        print('exit', e.code)

p = argparse.ArgumentParser(prog='err')
p.add_argument('name')
p.add_argument('-n', type=int)
p.add_argument('--mode', choices=['a', 'b'])
p.add_argument('--pair', nargs=2)
p.add_argument('--req', required=False)
p.add_argument('--verbose', action='store_true')
p.add_argument('--version-info', action='store_true')
for args in [[], ['x', 'y'], ['x', '-n', 'abc'], ['x', '--mode', 'c'], ['x', '--pair', '1'],
             ['x', '-n'], ['x', '--verb=1'], ['x', '--ver'], ['x', '--bogus'], ['x', '-n', '1', '-n', '2']]:
    attempt(p, args)

r = argparse.ArgumentParser(prog='required')
r.add_argument('--must', required=True)
r.add_argument('a')
r.add_argument('b', nargs='+')
attempt(r, [])
attempt(r, ['1', '2'])

m = argparse.ArgumentParser(prog='mutex')
g = m.add_mutually_exclusive_group(required=True)
g.add_argument('--x', action='store_true')
g.add_argument('--y', action='store_true')
attempt(m, ['--x', '--y'])
attempt(m, [])

h = argparse.ArgumentParser(prog='helper')
h.add_argument('--version', action='version', version='helper 2.0')
attempt(h, ['--help'])
attempt(h, ['--version'])
attempt(h, ['-h', '--bogus'])

s = argparse.ArgumentParser(prog='subs')
sp = s.add_subparsers(dest='cmd', required=True)
sp.add_parser('go')
attempt(s, [])
attempt(s, ['stop'])

try:
    p.add_argument('pos', required=True)
except TypeError as e:
    print('TypeError:', e)
try:
    p.add_argument('--z', nargs=0)
except ValueError as e:
    print('ValueError:', e)
try:
    p.add_argument('--w', action='nonsense')
except ValueError as e:
    print('ValueError:', e)
try:
    p.add_argument('--v', type='int')
except ValueError as e:
    print('ValueError:', e)
try:
    p.add_argument('--t', nargs=2, metavar=('A', 'B', 'C'))
except ValueError as e:
    print('ValueError:', e)
try:
    p.add_argument('bad', 'names')
except ValueError as e:
    print('ValueError:', e)
try:
    p.add_argument('--c', const=1)
except ValueError as e:
    print('ValueError:', e)

p.exit(0, '') if False else None
p.error('final failure with %s' % 'details')
