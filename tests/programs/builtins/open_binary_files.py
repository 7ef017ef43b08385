import os
p = '/tmp/_ferry_bin.dat'
with open(p, 'wb') as f:
    print(type(f).__name__, f.write(bytes(range(256))), f.write(b'\nline2\n'))
with open(p, 'rb') as f:
    data = f.read()
    print(type(f).__name__, len(data), data[:5], data[250:])
with open(p, 'rb') as f:
    print(f.read(3), f.readline()[-3:], f.readline(), f.read())
with open(p, 'ab') as f:
    f.write(bytearray(b'tail'))
with open(p, 'rb') as f:
    print(f.read()[-8:], [l[-2:] for l in f])
try:
    with open(p, 'wb') as f:
        f.write('text')
except TypeError as e:
    print(e)
os.remove(p)
