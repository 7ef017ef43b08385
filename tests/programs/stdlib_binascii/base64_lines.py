# b2a_base64 / a2b_base64, including lenient and strict decoding.
import binascii

for n in range(7):
    chunk = bytes(range(250, 250 + n)) if n else b""
    line = binascii.b2a_base64(chunk)
    print(n, line, binascii.b2a_base64(chunk, newline=False), binascii.a2b_base64(line) == chunk)

text = b"Ferrython decodes base64 like CPython does." * 3
enc = binascii.b2a_base64(text)
print(enc)
print(binascii.a2b_base64(enc.decode("ascii")) == text)

lenient = [b"aGVsbG8=", b"aGVs\nbG8=\n", b"aGVsbG8=garbage", b"aG=VsbG8=", b"aGV=sbG8=", b"=aGVsbG8=",
           b"aGVsbA==", b"aGVsbA=x=", b"aGVsbA===", b"aGVs!bG8=", b"", b"====", b"abc=d", b"YQ==YQ==",
           b"Y\x00Q==", b"YWJj=", b"aGVsbG8", b"aGVsbG", b"aGVsb", b"a", b"ab=c", b"abcdefghi"]
for s in lenient:
    try:
        print(s, "->", binascii.a2b_base64(s))
    except binascii.Error as e:
        print(s, "-> Error:", e)

strict = [b"aGVsbG8=", b"aGVsbG8=x", b"=aGVsbG8=", b"aGV=sbG8=", b"aGVs\nbG8=", b"aGVsbA=",
          b"aGVsbA===", b"aGVsbA", b"aGVsb", b"", b"a===", b"ab==", b"abc==", b"ab=",
          b"aGVsbA==\n", b"YWJj=", b"Y=Q=", b"YWJjZA==YQ=="]
for s in strict:
    try:
        print(s, "->", binascii.a2b_base64(s, strict_mode=True))
    except binascii.Error as e:
        print(s, "-> Error:", e)

for bad in ["é", 5, None]:
    try:
        binascii.a2b_base64(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    binascii.b2a_base64("text")
except TypeError as e:
    print(type(e).__name__, e)
