import argparse

p = argparse.ArgumentParser(prog='tool')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-n', '--num', type=int, default=1)
p.add_argument('--ratio', type=float)
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('-I', '--include', action='append', default=[])
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--tag', action='append_const', const='T', dest='tags')
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--many', nargs='*')
p.add_argument('--some', nargs='+', type=int)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--ext', action='extend', nargs='+')

tests = [
    ['a'],
    ['a', 'b'],
    ['a', '-vvv', '-n', '5'],
    ['-n5', 'a', '--num=7'],
    ['a', '--ratio', '2.5', '-q', '--no-color'],
    ['a', '--mode', 'slow'],
    ['a', '-I', 'x', '-Iy', '--include=z'],
    ['a', '--const', '--tag', '--tag'],
    ['a', '--pair', 'k', 'v'],
    ['a', '--many'],
    ['a', '--many', '1', '2', '3'],
    ['a', '--some', '1', '2'],
    ['--some', '1', '2', '--', 'a', 'b'],
    ['a', '--opt'],
    ['a', '--opt', 'X'],
    ['a', '--ext', '1', '2', '--ext', '3'],
    ['-vq', 'a'],
    ['a', '--', '-b'],
    ['--', '-a', '-b'],
    ['a', '--verb', '--nu', '3'],
    ['-vn3', 'a'],
]
for t in tests:
    print(t, p.parse_args(t))

ns = p.parse_args(['a'])
print(ns.src, ns.dst, ns.verbose, 'src' in ns, 'nothing' in ns)
print(ns == argparse.Namespace(**vars(ns)), ns == 1, vars(ns) is ns.__dict__)
print(argparse.Namespace(b=1, a=2), argparse.Namespace(), argparse.Namespace(**{'with-dash': 1, 'ok': 2}))

ns, rest = p.parse_known_args(['a', '--unknown', 'x', '-z', 'b', 'c'])
print(ns.src, ns.dst, rest)

# positional nargs
q = argparse.ArgumentParser(prog='q')
q.add_argument('first')
q.add_argument('middle', nargs='*')
q.add_argument('last')
for t in [['1', '2'], ['1', '2', '3', '4'], ['1', '2', '3']]:
    print(q.parse_args(t))
q = argparse.ArgumentParser(prog='q')
q.add_argument('xs', nargs='+', type=int)
q.add_argument('--flag', action='store_true')
print(q.parse_args(['1', '2', '--flag', '3']) if False else q.parse_known_args(['1', '2', '--flag', '3']))
q = argparse.ArgumentParser(prog='q')
q.add_argument('two', nargs=2)
q.add_argument('rest', nargs=argparse.REMAINDER)
print(q.parse_args(['a', 'b', 'c', '--x', '-y']))

# defaults
d = argparse.ArgumentParser(prog='d', argument_default=argparse.SUPPRESS)
d.add_argument('--a')
d.add_argument('--b', default=3)
print(d.parse_args([]), d.parse_args(['--a', '1']))
d = argparse.ArgumentParser(prog='d')
d.add_argument('--level', type=int, default='10')
d.add_argument('--name', default='x')
d.set_defaults(extra='yes', name='y')
print(d.parse_args([]), d.get_default('name'), d.get_default('extra'), d.get_default('none'))
ns = argparse.Namespace(level=99)
print(d.parse_args([], namespace=ns) is ns, ns)

# negative numbers
n = argparse.ArgumentParser(prog='n')
n.add_argument('x', type=float)
n.add_argument('-k', type=int)
print(n.parse_args(['-5', '-k', '-3']), n.parse_args(['-.5']))

# prefix chars
pc = argparse.ArgumentParser(prog='pc', prefix_chars='+/')
pc.add_argument('+f', action='store_true')
pc.add_argument('//long')
print(pc.parse_args(['+f', '//long', 'v']))

# type callables
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return v
t = argparse.ArgumentParser(prog='t', exit_on_error=False)
t.add_argument('--e', type=even)
t.add_argument('--i', type=int)
t.add_argument('--c', choices=[1, 2, 3], type=int)
print(t.parse_args(['--e', '4', '--c', '2']))
for bad in [['--e', '3'], ['--i', 'x'], ['--c', '5'], ['--i']]:
    try:
        t.parse_args(bad)
    except argparse.ArgumentError as e:
        print('ArgumentError:', e, '|', e.argument_name, '|', e.message)

ab = argparse.ArgumentParser(prog='ab', allow_abbrev=False)
ab.add_argument('--verbose', action='store_true')
print(ab.parse_known_args(['--verb']))
fl = argparse.ArgumentParser(prog='fl')
fl.add_argument('--foo', action=argparse.BooleanOptionalAction, default=False)
print(fl.parse_args([]), fl.parse_args(['--foo']), fl.parse_args(['--no-foo']))
