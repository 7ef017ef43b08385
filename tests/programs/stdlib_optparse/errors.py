import os
os.environ['COLUMNS'] = '80'
import sys
from optparse import OptionParser

parser = OptionParser(prog='calc')
parser.add_option('-n', type='int')
parser.add_option('--float', type='float')
parser.add_option('--cplx', type='complex')
parser.add_option('--mode', choices=['a', 'b'])
parser.add_option('--flag', action='store_true')
parser.add_option('--pair', nargs=2)
parser.add_option('--verbose', action='store_true')
parser.add_option('--version-info', action='store_true')

cases = [['-n', 'abc'], ['-n'], ['--float=x1'], ['--cplx', 'zz'], ['--mode', 'c'],
         ['--flag=1'], ['--pair', 'one'], ['--bogus'], ['-q'], ['--ver'], ['--v'],
         ['-nx'], ['--mode'], ['-n', '1', '--', '--bogus'], ['--pair=a', 'b']]
for argv in cases:
    sys.stderr.write('== %r\n' % (argv,))
    try:
        opts, args = parser.parse_args(argv)
        print(argv, 'ok', opts.n, opts.pair, args)
    except SystemExit as e:
        print(argv, 'exit', e.code)
try:
    parser.error('custom problem')
except SystemExit as e:
    print('error() exit', e.code)
try:
    parser.exit(3, 'bye\n')
except SystemExit as e:
    print('exit()', e.code)
try:
    parser.exit()
except SystemExit as e:
    print('exit()', e.code)
p = OptionParser(usage='%prog [opts]', prog='other', version='other 2.0')
for argv in (['--version'], ['-h'], ['--help', '--version']):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print(argv, 'exit', e.code)
