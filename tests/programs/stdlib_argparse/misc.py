import argparse
import os
import sys

# default prog comes from sys.argv[0]
p = argparse.ArgumentParser(description='uses the script name')
p.add_argument('--x', type=int, default=0)
print(p.prog)
print(p.parse_args())
p.print_usage()

# fromfile_prefix_chars
path = 'argparse_misc_args.txt'
with open(path, 'w') as f:
    f.write('--x\n7\nfile-pos\n')
ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('--x', type=int)
ff.add_argument('pos')
print(ff.parse_args(['@' + path]))
os.remove(path)

# intermixed
im = argparse.ArgumentParser(prog='im')
im.add_argument('--foo')
im.add_argument('cmd')
im.add_argument('rest', nargs='*', type=int)
print(im.parse_known_args('doit 1 --foo bar 2 3'.split()))
print(im.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))

# reprs
a = argparse.ArgumentParser(prog='r').add_argument('--n', type=int, default=3, help='n')
print(repr(a))
print(repr(argparse.FileType('w')), repr(argparse.FileType('rb', encoding='utf-8')))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE, argparse.PARSER, argparse.REMAINDER)

# custom action
class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
        print('Upper called with', option_string)

ca = argparse.ArgumentParser(prog='ca')
ca.add_argument('--name', action=Upper)
ca.add_argument('word', action=Upper)
print(ca.parse_args(['hello', '--name', 'bob']))

# custom type + formatter width
class Narrow(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, width=40, max_help_position=20)

n = argparse.ArgumentParser(prog='narrow', formatter_class=Narrow, description='A description that will be wrapped at forty columns for sure.')
n.add_argument('--alpha', help='alpha option with enough help text to wrap')
n.add_argument('beta', help='beta positional')
n.print_help()

# store into existing namespace object
class Config:
    pass
cfg = Config()
argparse.ArgumentParser(prog='c').add_argument('--v', default=1) and None
pp = argparse.ArgumentParser(prog='c')
pp.add_argument('--v', default=1)
pp.parse_args(['--v', '5'], namespace=cfg)
print(cfg.v)

# metavar on positional and choices display
mv = argparse.ArgumentParser(prog='mv')
mv.add_argument('src', metavar='SOURCE', help='the source')
mv.add_argument('kind', choices=['x', 'y'], help='the %(dest)s is one of %(choices)s')
mv.add_argument('--level', type=int, choices=range(3), default=1, help='%(type)s level, default %(default)r')
mv.print_help()

# print_help to a custom file object
class Sink:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
out = Sink()
mv.print_usage(out)
print(repr(''.join(out.data)))

# exit with message
try:
    mv.exit(3, 'leaving now\n')
except SystemExit as e:
    print('exit code', e.code)
try:
    mv.exit()
except SystemExit as e:
    print('exit code', e.code)
