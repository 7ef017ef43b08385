# A small command-line front end built on getopt, the way scripts use it.
import getopt

USAGE = 'usage: tool [-v] [-o FILE] [--level=N] [--dry-run] FILE...'

def parse(argv):
    config = {'verbose': 0, 'output': None, 'level': 1, 'dry_run': False}
    try:
        opts, files = getopt.gnu_getopt(argv, 'vo:h', ['output=', 'level=', 'dry-run', 'help'])
    except getopt.GetoptError as err:
        return 'error: %s (%s)\n%s' % (err, err.opt, USAGE)
    for opt, value in opts:
        if opt == '-v':
            config['verbose'] += 1
        elif opt in ('-o', '--output'):
            config['output'] = value
        elif opt == '--level':
            try:
                config['level'] = int(value)
            except ValueError:
                return 'error: bad level %r' % value
        elif opt == '--dry-run':
            config['dry_run'] = True
        elif opt in ('-h', '--help'):
            return USAGE
    if not files:
        return 'error: no input files'
    config['files'] = files
    return config

for argv in [['a.txt'], ['-vv', 'a.txt', '-o', 'out.txt', 'b.txt'],
             ['--level=3', '--dry', 'x'], ['--lev', '5', 'x'], ['--level=abc', 'x'],
             ['-o'], ['--out'], ['-x', 'a'], ['--help'], [], ['--', '-v'],
             ['-voout', 'f'], ['--dry-run=yes', 'f']]:
    print(argv)
    print('  ', parse(argv))
