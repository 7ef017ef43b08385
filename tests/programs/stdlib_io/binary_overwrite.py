import os, tempfile
d = tempfile.mkdtemp(); p = os.path.join(d, "b.bin")
f = open(p, 'w+b'); f.write(b'x' * 10); f.seek(0); f.write(b'\xff\xfe')
f.seek(10); print(f.tell()); f.write(b'E'); print(f.seek(0, 2)); f.close(); print(open(p, 'rb').read())
f = open(p, 'r+b'); f.seek(3); f.write(b'\x80\x81\x82abc'); f.seek(1); print(f.read(4)); f.close()
print(open(p, 'rb').read(), os.path.getsize(p))
f = open(p, 'r+b'); f.seek(0); f.write(b'AB'); f.close(); print(open(p, 'rb').read())
t = os.path.join(d, "t.txt")
with open(t, 'w+') as f:
    f.write("hello world"); f.seek(0); f.write("HE"); f.seek(0); print(f.read())
os.remove(p); os.remove(t); os.rmdir(d)
