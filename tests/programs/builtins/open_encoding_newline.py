import os
with open("enc_probe.txt", "w", encoding="latin-1") as f:
    f.write("caf\xe9\n")
print(open("enc_probe.txt", "rb").read())
print(repr(open("enc_probe.txt", encoding="latin-1").read()))
try:
    open("enc_probe.txt").read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
with open("enc_probe.txt", "w", newline="\r\n") as f:
    f.write("a\nb\n")
print(open("enc_probe.txt", "rb").read())
print(repr(open("enc_probe.txt").read()), repr(open("enc_probe.txt", newline="").read()))
with open("enc_probe.txt", "wb") as f:
    f.write(b"x\ry\r\nz")
print(repr(open("enc_probe.txt").read()), open("enc_probe.txt").readlines())
try:
    with open("enc_probe.txt", "w", encoding="ascii") as f:
        f.write("\xe9")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason)
try:
    open("enc_probe.txt", "w", newline="x")
except ValueError as e:
    print(e)
try:
    open("enc_probe.txt", "rb", encoding="utf-8")
except ValueError as e:
    print(e)
try:
    open("enc_probe.txt", encoding="no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(open("enc_probe.txt", encoding="utf-8").encoding)
os.remove("enc_probe.txt")
