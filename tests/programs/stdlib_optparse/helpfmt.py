import os
os.environ['COLUMNS'] = '80'
import sys
from optparse import (OptionParser, OptionGroup, make_option, SUPPRESS_HELP,
                      SUPPRESS_USAGE, TitledHelpFormatter, IndentedHelpFormatter)

parser = OptionParser(prog='backup', version='%prog 1.4',
                      description='Back up the given directories to a remote host. '
                                  'This description is long enough that it has to be '
                                  'wrapped over several lines by the formatter.',
                      epilog='Report bugs to the maintainers. %prog is not expanded here.')
parser.add_option('-v', '--verbose', action='store_true', help='be chatty')
parser.add_option('-o', '--output', metavar='DIR', help='directory to write the archive into (default: %default)', default='/tmp/x')
parser.add_option('-j', '--jobs', type='int', default=4, help='number of parallel jobs [default: %default]')
parser.add_option('--exclude-pattern-that-is-very-long', dest='excl', action='append',
                  help='a pattern of files to leave out; may be given several times so that a long list builds up')
parser.add_option('--secret', help=SUPPRESS_HELP)
parser.add_option('-x')
parser.add_option('--level', type='choice', choices=('low', 'high'))
group = OptionGroup(parser, 'Dangerous Options',
                    'Caution: use these options at your own risk. It is believed that some of them bite.')
group.add_option('-g', action='store_true', help='Group option.')
group.add_option('--force', action='store_true', help='overwrite existing archives without asking')
parser.add_option_group(group)
g2 = parser.add_option_group('Debugging')
g2.add_option('-d', '--debug', action='count', help='Print debug information')
g2.add_option('--trace', metavar='FILE', help='trace to FILE')
parser.print_help()
print('-----')
print(parser.format_option_help())
print('-----')
print(parser.get_option_group('--force').title, parser.get_option_group('-v'))
parser.print_version()
print(repr(parser.get_version()))

p2 = OptionParser(usage='usage: %prog [-a] ARG', prog='small', add_help_option=False,
                  formatter=TitledHelpFormatter())
p2.add_option('-a', '--all', action='store_true', help='everything')
p2.add_option('-n', '--name', help='the name')
g = OptionGroup(p2, 'Extra', 'More stuff.')
g.add_option('-e', help='extra')
p2.add_option_group(g)
p2.print_help()
print('-----')
p3 = OptionParser(usage=SUPPRESS_USAGE, prog='nouse', option_list=[make_option('-k', '--key', help='the key'), make_option('--long-option-name-here', metavar='VALUE', help='something long')])
p3.print_help()
print(repr(p3.get_usage()))
print('-----')
f = IndentedHelpFormatter(indent_increment=4, max_help_position=40, width=60, short_first=0)
f.set_short_opt_delimiter('')
f.set_long_opt_delimiter(' ')
p4 = OptionParser(prog='fmt', formatter=f)
p4.add_option('-o', '--output', help='where the output goes, wrapped to sixty columns because of the width parameter')
p4.add_option('-c', type='int', metavar='N', help='count')
p4.print_help()
for bad in [lambda: f.set_short_opt_delimiter('='), lambda: f.set_long_opt_delimiter('x')]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
