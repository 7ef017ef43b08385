# Short options: clusters, attached and detached values, stopping rules.
import getopt

def show(args, spec):
    try:
        opts, rest = getopt.getopt(args, spec)
        print(args, spec, '->', opts, rest)
    except getopt.GetoptError as e:
        print(args, spec, '!!', e.msg, repr(e.opt))

show(['-a', '-b', 'val', '-cfoo', 'x', '-a'], 'ab:c:')
show(['-abc'], 'abc')
show(['-abvalue'], 'ab:')
show(['-b', '-a'], 'ab:')
show(['-b'], 'ab:')
show(['-z'], 'ab')
show(['-a', '--', '-b'], 'ab')
show(['-', '-a'], 'a')
show(['', '-a'], 'a')
show([], 'a')
show(['-a:'], 'a:')
show(['-:'], 'a:')
show(['-a', 'file', '-b'], 'ab')
show(('-a', 'x', 'y'), 'a')
show(['-vvv'], 'v')
show(['-o', ''], 'o:')
show(['-o='], 'o:')
show(['-ax'], 'a')
