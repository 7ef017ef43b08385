# libc_ver() on binaries written by the test, and on the interpreter.
import os
import platform

files = {
    'libc_glibc.bin': b'\0junk GLIBC_2.2.5\0GLIBC_2.17\0GLIBC_2.28\0GLIBC_2.3.4\0end',
    'libc_none.bin': b'no version markers here at all\n' * 20,
    'libc_soname.bin': b'\0\0libc.so.6\0\0more\0',
}
# A tag that crosses the 16 KiB read boundary must still be found.
pad = b'x' * (16384 - 4)
files['libc_boundary.bin'] = pad + b'GLIBC_2.31\0' + b'GLIBC_2.4\0'
for name, data in files.items():
    with open(name, 'wb') as f:
        f.write(data)
try:
    for name in sorted(files):
        print(name, platform.libc_ver(name), platform.libc_ver(name, 'dflt', '0'))
    print(platform.libc_ver('libc_boundary.bin', chunksize=100))
finally:
    for name in files:
        os.remove(name)

for bad in ('/no/such/file',):
    try:
        platform.libc_ver(bad)
    except OSError as e:
        print(type(e).__name__, e.errno)

lib, ver = platform.libc_ver()
print(type(lib).__name__, type(ver).__name__)
if platform.system() == 'Linux':
    print(lib, all(part.isdigit() for part in ver.split('.')) and ver != '')
