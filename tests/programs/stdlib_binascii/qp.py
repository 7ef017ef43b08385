# Quoted-printable round trips over pseudo-random data, summarised by a CRC.
import binascii
state = 7
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n
alphabet = b"ab =_.\t\r\n\xe9\x00xyz=0AF"
acc = []
for trial in range(600):
    ln = rnd(200)
    data = bytes(alphabet[rnd(len(alphabet))] for _ in range(ln))
    for q in (False, True):
        for it in (False, True):
            for h in (False, True):
                enc = binascii.b2a_qp(data, q, it, h)
                acc.append(enc)
                acc.append(binascii.a2b_qp(enc, h))
                acc.append(binascii.a2b_qp(data, h))

print(len(acc), binascii.crc32(b"|".join(acc)))
print(binascii.b2a_qp(b"h\xe9llo = world\n"), binascii.a2b_qp(b"h=E9llo =3D"), binascii.b2a_qp(b"x" * 200))
print(binascii.b2a_qp(b"line one  \r\nline two\t\r\n.\r\n"), binascii.b2a_qp(b"a b_c", header=True), binascii.a2b_qp(b"a_b=5fc=\r\nd=zz=4", header=True))
