import os
os.environ['COLUMNS'] = '80'
import sys
from optparse import OptionParser

parser = OptionParser(usage='%prog [options] file...', prog='tool')
parser.add_option('-f', '--file', dest='filename', help='write report to FILE', metavar='FILE')
parser.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True,
                  help="don't print status messages to stdout")
parser.add_option('-n', '--num', type='int', default=3, help='number of things [default: %default]')
parser.add_option('--ratio', type='float')
parser.add_option('-z', type='complex', dest='z')
parser.add_option('-m', '--mode', type='choice', choices=['fast', 'slow'], default='fast')
parser.add_option('-v', action='count', dest='verbosity')
parser.add_option('-I', '--include', action='append', dest='includes', default=[])
parser.add_option('--const', action='store_const', const=42)
parser.add_option('-A', action='append_const', const='a', dest='consts')
parser.add_option('-B', action='append_const', const='b', dest='consts')
parser.add_option('--point', nargs=2, type='int')
parser.add_option('--dry-run', action='store_true')

def show(argv):
    opts, args = parser.parse_args(argv)
    d = vars(opts)
    print(argv)
    print('  ', sorted(d.items()), args)

show([])
show(['-f', 'out.txt', 'a', 'b'])
show(['--file=out.txt', '-q', 'x', '--num', '10', 'y'])
show(['-fout.txt', '-vvv', '-n0x1f', '-I', 'a', '-Ib', '--include=c'])
show(['--ratio', '2.5', '-z', '1+2j', '--mode', 'slow', '--const', '-AB', '-A'])
show(['--point', '3', '4', '--dry-run', '--', '-f', 'notanoption'])
show(['--dry', '--fi', 'abbrev', '-n', '017', '-n', '0b101'])
show(['-', 'single-dash', '-n', '-5'])
print(parser.defaults == {'filename': None, 'verbose': True, 'num': 3, 'ratio': None, 'z': None, 'mode': 'fast', 'verbosity': None, 'includes': [], 'const': None, 'consts': None, 'point': None, 'dry_run': None})
parser.disable_interspersed_args()
show(['a', '-q', 'b'])
show(['-q', 'a', '-f', 'b'])
parser.enable_interspersed_args()
show(['a', '-q', 'b'])
parser.set_defaults(num=7, mode='slow')
parser.set_default('verbose', False)
show([])
opts = parser.get_default_values()
print(opts.num, opts.mode, opts.verbose, str(opts) == str(vars(opts)))
print(opts == parser.get_default_values(), opts == vars(opts), opts != 3)
print(parser.has_option('-f'), parser.has_option('--nope'), str(parser.get_option('--file')), parser.get_option('-x'))
parser.remove_option('--dry-run')
print(parser.has_option('--dry-run'))
try:
    parser.remove_option('--dry-run')
except ValueError as e:
    print(type(e).__name__, e)
print(parser.get_prog_name(), parser.expand_prog_name('%prog: %prog'))
print(parser.get_usage(), end='')
