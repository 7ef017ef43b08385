# gnu_getopt: options and operands may be interleaved.
import getopt, os

def show(args, shorts, longs=()):
    try:
        print(args, repr(shorts), '->', getopt.gnu_getopt(args, shorts, longs))
    except getopt.GetoptError as e:
        print(args, repr(shorts), '!!', e)

show(['x', '-a', 'y', '--beta', '1', 'z', '--', '-a'], 'a', ['beta='])
show(['x', '-a', 'y'], '+a')
show(['-a', 'x', '-a'], '+a')
show(['-', '-a'], 'a')
show(['', '-a'], 'a')
show(['-z'], 'a')
show(['--beta'], 'a', ['beta='])
show(('x', '-a', '--', 'y'), 'a')
show(['in', '-o', 'out', 'more', '-v'], 'o:v')
show(['--long=1', 'pos', '--long', '2'], '', 'long=')

os.environ['POSIXLY_CORRECT'] = '1'
show(['x', '-a'], 'a')
show(['-a', 'x', '-a'], 'a')
os.environ['POSIXLY_CORRECT'] = ''
show(['x', '-a'], 'a')
del os.environ['POSIXLY_CORRECT']
show(['x', '-a'], 'a')
print(getopt.getopt(['x', '-a'], 'a'))
