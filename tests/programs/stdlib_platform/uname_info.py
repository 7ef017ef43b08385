# uname() and the single-field helpers.
import os
import platform

u = platform.uname()
print(type(u).__name__, len(u), u._fields)
print(platform.system(), platform.machine())
print(u.system == platform.system(), u.node == platform.node(),
      u.release == platform.release(), u.version == platform.version(),
      u.machine == platform.machine(), u.processor == platform.processor())
print(all(type(x) is str for x in u), u is platform.uname())
print(list(u)[:5] == [u.system, u.node, u.release, u.version, u.machine])
print(u[0] == u.system, u[-1] == u.processor, u[1:3] == (u.node, u.release))
if hasattr(os, 'uname'):
    print(tuple(os.uname()) == tuple(u)[:5])
else:
    with open('/proc/sys/kernel/osrelease') as f:
        print(f.read().strip() == u.release)

# uname_result with made-up values
r = platform.uname_result('Plan9', 'host', '4', 'v4', 'mips')
print(r)
print(len(r), list(r), r[5], r[1:], r[0:10:2], r._asdict())
print(r.count('host'), r.index('v4'), 'host' in r, r + ('x',), r == ('Plan9', 'host', '4', 'v4', 'mips'))
print(r._replace(node='other'))
print(platform.uname_result._make(['a', 'b', 'c', 'd', 'e']))
try:
    platform.uname_result('a', 'b', 'c', 'd', 'e', 'f')
except TypeError:
    print('TypeError for six values')
try:
    r[6]
except IndexError as e:
    print('IndexError', e)
import copy
print(copy.copy(r) == r, copy.deepcopy(r) == r)
