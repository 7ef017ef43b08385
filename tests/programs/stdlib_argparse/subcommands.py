import argparse
import sys

p = argparse.ArgumentParser(prog='git')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
pu = sub.add_parser('push', help='update remote')
pu.add_argument('remote', nargs='?', default='origin')
pu.add_argument('branch', nargs='?')
pu.add_argument('-f', '--force', action='store_true')
sub.add_parser('status')

print(p.parse_args(['commit', '-m', 'msg']))
print(p.parse_args(['--debug', 'ci', '-m', 'x', '--amend']))
print(p.parse_args(['push']))
print(p.parse_args(['push', 'up', 'main', '-f']))
print(p.parse_args(['status']))
print(p.parse_args([]))
print(p.parse_known_args(['push', 'a', 'b', 'c', '--zzz']))
p.print_help()
print('---')
c.print_help()
print('---')
pu.print_usage()
print(c.prog, pu.prog)

# required subparsers, title/description, metavar
q = argparse.ArgumentParser(prog='q')
s = q.add_subparsers(title='commands', description='valid commands', dest='cmd', required=True, metavar='CMD')
a = s.add_parser('add', help='add things')
a.add_argument('items', nargs='+', type=int)
s.add_parser('list', help='list things')
print(q.parse_args(['add', '1', '2']))
q.print_help()
print('---')

# nested subparsers
r = argparse.ArgumentParser(prog='r')
rs = r.add_subparsers(dest='top')
remote = rs.add_parser('remote')
remote_sub = remote.add_subparsers(dest='action')
add = remote_sub.add_parser('add')
add.add_argument('name')
add.add_argument('url')
print(r.parse_args(['remote', 'add', 'origin', 'http://x']))
add.print_usage()

# subparser without dest
t = argparse.ArgumentParser(prog='t')
ts = t.add_subparsers()
ts.add_parser('one').add_argument('--x', default=1)
print(t.parse_args(['one']), t.parse_args([]))
t.print_usage()

# parent parsers
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--config', default='cfg.ini')
pg = parent.add_argument_group('shared')
pg.add_argument('--shared-opt', type=int)
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('pos')
print(child.parse_args(['x', '--shared-opt', '4']))
child.print_help()

try:
    sub.add_parser('push')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
