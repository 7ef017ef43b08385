import argparse, sys
import os
for _cols in ['', '30', '50', '120', '10']:
    os.environ['COLUMNS'] = _cols
    print('=== COLUMNS', repr(_cols))
    p = argparse.ArgumentParser(prog='wrapper', description='A fairly long description line that will need to be wrapped across several lines depending on COLUMNS. ' * 2, epilog='Epilog text\n\nwith paragraphs that are reasonably long so they wrap as well when narrow.')
    p.add_argument('--alpha-option', metavar='ALPHA_VALUE', help='alpha help text that is long enough to wrap when the terminal is narrow')
    p.add_argument('-b', '--beta', nargs='+', help='beta')
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument('--gg', action='store_true')
    g.add_argument('--hh', type=int)
    p.add_argument('source_file', help='source')
    p.add_argument('dest_files', nargs='*', help='destinations')
    p.add_argument('tail', nargs=2)
    p.add_argument('--pair', nargs=2, metavar=('T1', 'T2'))
    p.print_help()
    q = argparse.ArgumentParser(prog='x' * 45)
    q.add_argument('--something', nargs='?')
    q.add_argument('--other', required=True)
    q.add_argument('more', nargs='+')
    q.add_argument('opt', nargs='?')
    q.print_usage()
    r = argparse.ArgumentParser(prog='r')
    for i in range(8):
        r.add_argument('--opt%d' % i, help='help %d' % i)
    r.print_usage()
