# platform(), system_alias() and architecture().
import platform
import sys

p = platform.platform()
print(type(p).__name__, p.startswith(platform.system()), platform.machine() in p)
print(p == platform.platform(aliased=True), p == platform.platform(terse=False))
print(' ' not in p, '/' not in p, '--' not in p, not p.endswith('-'))
if platform.system() == 'Linux':
    lib, ver = platform.libc_ver()
    print(p.endswith('-with-' + lib + ver))
    print(platform.platform(terse=True) == p)

for args in [('SunOS', '5.8', 'v'), ('SunOS', '4.1', 'v'), ('SunOS', '5', 'v'),
             ('SunOS', '', 'v'), ('SunOS', '5.10', 'v'), ('SunOS', '6.x.1', 'v'),
             ('SunOS', 'a.b', 'c'), ('SunOS', 'x', 'v'), ('IRIX64', '6.5', 'v'),
             ('win32', 'x', 'y'), ('win16', 'a', 'b'), ('Windows', '10', '10.0'),
             ('Linux', '5', 'v'), ('Darwin', '22.1.0', 'x')]:
    print(args, platform.system_alias(*args))

bits, linkage = platform.architecture()
print(bits, linkage)
print(platform.architecture(bits='16bit')[0] == bits)
print(platform.architecture('/no/such/file'), platform.architecture('/no/such/file', 'B', 'L'))

# Headers written by the test itself.
import struct

def elf(word_size, file_type, machine):
    ident = b'\x7fELF' + bytes([word_size, 1, 1]) + bytes(9)
    return ident + struct.pack('<HHI', file_type, machine, 1) + bytes(44)

samples = {
    'elf32_exec.bin': elf(1, 2, 3),
    'elf64_exec.bin': elf(2, 2, 62),
    'elf64_shared.bin': elf(2, 3, 62),
    'elf32_shared.bin': elf(1, 3, 40),
    'elf64_reloc.bin': elf(2, 1, 62),
    'elf64_core.bin': elf(2, 4, 62),
    'dos.bin': b'MZ' + bytes(100),
    'text.bin': b'just some text\n' * 5,
}
for name, data in samples.items():
    with open(name, 'wb') as f:
        f.write(data)
try:
    for name in samples:
        print(name, platform.architecture(name), platform.architecture(name, 'B', 'L'))
finally:
    import os
    for name in samples:
        os.remove(name)
