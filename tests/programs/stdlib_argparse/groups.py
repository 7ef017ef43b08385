import argparse

p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group()
g.add_argument('-a', '--alpha', action='store_true')
g.add_argument('-b', '--beta', action='store_true')
g.add_argument('--gamma', type=int)
p.add_argument('file', nargs='?')
print(p.parse_args([]), p.parse_args(['-a']), p.parse_args(['--gamma', '3', 'f']))
p.print_help()

r = argparse.ArgumentParser(prog='req')
rg = r.add_mutually_exclusive_group(required=True)
rg.add_argument('--on', action='store_true')
rg.add_argument('--off', action='store_true')
rg.add_argument('--hidden', action='store_true', help=argparse.SUPPRESS)
r.add_argument('--level', choices=range(1, 4), type=int)
print(r.parse_args(['--on']), r.parse_args(['--off', '--level', '2']))
r.print_usage()

single = argparse.ArgumentParser(prog='single')
sg = single.add_mutually_exclusive_group(required=True)
sg.add_argument('--only')
single.print_usage()

# groups inside argument groups
ag = argparse.ArgumentParser(prog='ag')
grp = ag.add_argument_group('output', 'Output control')
mg = grp.add_mutually_exclusive_group()
mg.add_argument('--json', action='store_true', help='json output')
mg.add_argument('--text', action='store_true', help='text output')
grp.add_argument('--out', metavar='PATH', help='where to write')
ag.add_argument('x')
ag.print_help()
print(ag.parse_args(['--json', 'X']))

# positionals in mutually exclusive group
pm = argparse.ArgumentParser(prog='pm')
pmg = pm.add_mutually_exclusive_group()
pmg.add_argument('--foo')
pmg.add_argument('bar', nargs='?')
print(pm.parse_args(['val']), pm.parse_args(['--foo', 'f']))
pm.print_usage()

try:
    g2 = p.add_mutually_exclusive_group()
    g2.add_argument('--must', required=True)
except ValueError as e:
    print('ValueError:', e)

# conflict handling
c = argparse.ArgumentParser(prog='c', conflict_handler='resolve')
c.add_argument('-x', '--xx', help='old')
c.add_argument('-x', help='new')
c.print_help()
e = argparse.ArgumentParser(prog='e')
e.add_argument('--dup')
try:
    e.add_argument('--dup')
except argparse.ArgumentError as err:
    print('ArgumentError:', err)
try:
    e.add_argument('-h')
except argparse.ArgumentError as err:
    print('ArgumentError:', err)

# long usage wrapping with groups and positionals
w = argparse.ArgumentParser(prog='a_rather_long_program_name_for_wrapping_tests')
wg = w.add_mutually_exclusive_group()
for i in range(6):
    wg.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i)
for i in range(4):
    w.add_argument('positional_argument_%d' % i)
w.print_usage()
w2 = argparse.ArgumentParser(prog='p' * 70)
w2.add_argument('--aa')
w2.add_argument('--bb')
w2.add_argument('pos')
w2.print_usage()
w3 = argparse.ArgumentParser(prog='short')
for i in range(12):
    w3.add_argument('positional%d' % i)
w3.print_usage()
