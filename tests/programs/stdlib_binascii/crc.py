# crc32 and crc_hqx, incremental and over all byte values.
import binascii

print(binascii.crc32(b""), binascii.crc32(b"hello"), binascii.crc32(b"The quick brown fox jumps over the lazy dog"))
running = 0
for piece in [b"hello", b" ", b"world"]:
    running = binascii.crc32(piece, running)
print(running, binascii.crc32(b"hello world"))
print(binascii.crc32(bytes(range(256))), binascii.crc32(bytes(range(256)) * 40))
print(binascii.crc32(b"abc", -1), binascii.crc32(b"abc", 2**40), binascii.crc32(bytearray(b"abc"), 12345))
print(hex(binascii.crc32(b"123456789")))
print(binascii.crc_hqx(b"", 0), binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"hello", 0xFFFF), binascii.crc_hqx(b"hello", 0x1FFFF))
print(hex(binascii.crc_hqx(b"123456789", 0)), binascii.crc_hqx(bytes(range(256)), 0x1D0F))
acc = 0
for i in range(50):
    acc = binascii.crc_hqx(bytes([i, i * 3 % 256]), acc)
print(acc)
for bad in ["abc", None, 12]:
    try:
        binascii.crc32(bad)
    except TypeError as e:
        print(type(e).__name__, e)
