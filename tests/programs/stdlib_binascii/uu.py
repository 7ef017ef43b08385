# uuencoding lines with b2a_uu / a2b_uu.
import binascii

for chunk in [b"", b"h", b"hi", b"hello", b"Cat", bytes(range(45))]:
    line = binascii.b2a_uu(chunk)
    tick = binascii.b2a_uu(chunk, backtick=True)
    print(line, tick, binascii.a2b_uu(line) == chunk, binascii.a2b_uu(tick) == chunk)

print(binascii.a2b_uu(b"%:&5L;&\\\n"), binascii.a2b_uu("#0V%T\n"), binascii.a2b_uu(b"%:&5L;&\\"))
print(binascii.a2b_uu(b""), binascii.a2b_uu(b" \n"), binascii.a2b_uu(b"!"))
for bad in [b"x" * 46]:
    try:
        binascii.b2a_uu(bad)
    except binascii.Error as e:
        print("Error:", e)
for bad in [b"%:&5L;&\\ xyz\n", b"#\x01\x02\x03\x04\n"]:
    try:
        print(binascii.a2b_uu(bad))
    except binascii.Error as e:
        print("Error:", e)
