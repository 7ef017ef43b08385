import argparse, sys
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog='id')
g = p.add_mutually_exclusive_group()
g.add_argument('--foo')
g.add_argument('bar', nargs='?', default='dflt')
print(p.parse_args(['--foo', 'x']))
q = argparse.ArgumentParser(prog='id2')
g = q.add_mutually_exclusive_group()
g.add_argument('--n', nargs='?', const=5, default=5, type=int)
g.add_argument('--m', action='store_true')
print(q.parse_args(['--n', '--m']))
try:
    q.parse_args(['--n', '7', '--m'])
except SystemExit as e:
    print('exit', e.code)
r = argparse.ArgumentParser(prog='id3')
r.add_argument('xs', nargs='*', default=['a'])
r.add_argument('--z', nargs='*', default=[])
print(r.parse_args([]), r.parse_args(['--z']))
# abbreviations with = and prefix conflicts
s = argparse.ArgumentParser(prog='ab')
s.add_argument('--foobar')
s.add_argument('--foonly')
s.add_argument('-f')
for a in (['--foob=1'], ['--foo=1'], ['-f1'], ['-f', '-1'], ['--foobar', '-x']):
    try:
        print(s.parse_args(a))
    except SystemExit as e:
        print('exit', e.code)
print(s.parse_known_args(['-q', 'x', '--', '--foobar', '3']))
t = argparse.ArgumentParser(prog='neg')
t.add_argument('-1', dest='one')
t.add_argument('val', nargs='?')
for a in (['-1', '2'], ['-2'], ['-1', '-2']):
    try:
        print(t.parse_args(a))
    except SystemExit as e:
        print('exit', e.code)
