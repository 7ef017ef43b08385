import argparse
p = argparse.ArgumentParser(prog='ee', description='exits with an error')
p.add_argument('--count', type=int, default=1)
p.add_argument('files', nargs='+')
ns, extra = p.parse_known_intermixed_args(['a', '--count', '3', 'b', '--zz'])
print(ns, extra)
print(p.parse_intermixed_args(['x', '--count', '2', 'y']))
p.parse_args(['--count', 'three', 'f'])
print('not reached')
